"""Officials on fresh real pages (probes 10-13): classes of errors in who is an official and what
their title and organization are, one table per class. The sentences are invented in the shape
of the real ones (other names, bodies and regions); rules only, so the tables test the rules."""

from __future__ import annotations

import pytest

import lawner


def officials(text: str) -> list[tuple[str, str | None, str | None]]:
    record = lawner.extract(text, reference_date="2025-08-21", rules_only=True)
    return [(o.name, o.title, o.organization) for o in record.officials]


# O1: appointment and dismissal phrasing links the title by "as", "of the post of", "became",
# "will serve as", "replaced ... as"; a body "led by" a person gives the body
APPOINTMENTS = [
    (
        "In a decree, the President relieved Marat Zhakupov of his duties as the Governor of Kostanay region.",
        [("Marat Zhakupov", "Governor of Kostanay region", None)],
    ),
    (
        "The Head of State signed a decree relieving Aidos Temirov of the post of Finance Minister.",
        [("Aidos Temirov", "Finance Minister", "Ministry of Finance")],
    ),
    (
        "Nurlan Zhexenov has replaced Askhat Beisenov as the Head of the Presidential Administration.",
        [("Nurlan Zhexenov", "Head of the Presidential Administration", "Presidential Administration")],
    ),
    (
        "Yerbol Kassenov will serve as the interim mayor until the election.",
        [("Yerbol Kassenov", "interim mayor", None)],
    ),
    (
        "Saule Abenova became the governor of the Abai Region after the vote.",
        [("Saule Abenova", "governor of the Abai Region", None)],
    ),
    (
        "Daniyar Ospanov, who previously served as the country's First Vice Minister of Trade, spoke.",
        [("Daniyar Ospanov", "First Vice Minister of Trade", "Ministry of Trade")],
    ),
    (
        "The new government led by Arman Tulegenov presented its programme.",
        [("Arman Tulegenov", None, "government")],
    ),
    # a defendant stays a defendant whatever post he held
    (
        "Serik Omarov, who served as energy minister until 2021, was given a four-year suspended sentence.",
        [],
    ),
    (
        "Former head of the region Ayan Zhunusov was sentenced to 6 years, ex-mayor of Kentau Erlan Bekov - to 3 years.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOINTMENTS)
def test_appointment_phrasing(text: str, expected: list) -> None:
    assert officials(text) == expected


# O3: titles outside the lexicon: the speaker of the lower or upper house, the secretary or a
# deputy of a maslikhat (a local representative body, like the Mazhilis for MPs: its deputies
# and secretary are state officials), a state inspector, a parliament deputy
LEXICON = [
    (
        "The proposal was backed by the speaker of the lower house, Bolat Sagyndykov.",
        [("Bolat Sagyndykov", "speaker of the lower house", None)],
    ),
    (
        "The secretary of the Pavlodar regional maslikhat, Zhanna Utegenova, opened the session.",
        [("Zhanna Utegenova", "secretary of the Pavlodar regional maslikhat", "Pavlodar regional maslikhat")],
    ),
    (
        "Among the guests was the deputy of the city maslikhat Olzhas Kenesbayev.",
        [("Olzhas Kenesbayev", "deputy of the city maslikhat", None)],
    ),
    (
        "The state inspector of the Presidential Administration, Dauren Abilov, inspected the akimat.",
        [("Dauren Abilov", "state inspector of the Presidential Administration", "Presidential Administration")],
    ),
    (
        "The law was criticised by parliament deputy, Aset Myrzakhmetov.",
        [("Aset Myrzakhmetov", "parliament deputy", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON)
def test_title_lexicon(text: str, expected: list) -> None:
    assert officials(text) == expected


# O2, C5: the organization is the body the title names ("head of the X" gives X, as written);
# a body beside another mention does not override it; each title of a list goes with its own name
ORGANIZATIONS = [
    (
        "Head of the Executive Office Kanat Seitkali presented the report.",
        [("Kanat Seitkali", "Head of the Executive Office", "Executive Office")],
    ),
    (
        "S. Akhmetov, head of the police department of Turkistan region, B. Zhaksylykov, head of the"
        " police department of Kazygurt district, were reprimanded.",
        [
            (
                "S. Akhmetov",
                "head of the police department of Turkistan region",
                "police department of Turkistan region",
            ),
            (
                "B. Zhaksylykov",
                "head of the police department of Kazygurt district",
                "police department of Kazygurt district",
            ),
        ],
    ),
    (
        "Later, Timur Abdikarimov of the Senate spoke. First Deputy Minister of Health Timur Abdikarimov"
        " said the plan was ready.",
        [("Timur Abdikarimov", "First Deputy Minister of Health", "Ministry of Health")],
    ),
    (
        "The Chairman of the Mazhilis of Kazakhstan, Yerlan Koshkarov, thanked the deputies.",
        [("Yerlan Koshkarov", "Chairman of the Mazhilis of Kazakhstan", "Mazhilis of Kazakhstan")],
    ),
    (
        "The report cites the head of the Ministry of Energy press service, Aliya Baimukhanova.",
        [("Aliya Baimukhanova", "head of the Ministry of Energy press service", "Ministry of Energy")],
    ),
    # a body word alone names no body
    (
        "Nurlan Ospanov, the director of the Department, resigned.",
        [("Nurlan Ospanov", "director of the Department", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANIZATIONS)
def test_organization_from_title(text: str, expected: list) -> None:
    assert officials(text) == expected


# O6, O7, C5, G and p13's one-offs: who is not an official. A relative named after an
# official's title is a relative; a former official "accused of" something in apposition is a
# defendant; a union's or another body's president is not the state's; and the official named
# inside "a critic of President X" or "an ally of Prime Minister X" keeps his entry when the
# critic or ally is jailed
NOT_OFFICIALS = [
    ("The eldest daughter of the first president, Aliya Sarsenova, opened a gallery.", []),
    ("Akim Nurlanov's brother-in-law, Dias Tokenov, won the tender.", [("Nurlanov", "Akim", None)]),
    (
        "Yerzhan Amirov, the former head of the third department of the KNB, accused of abuse of power,"
        " denied the charges.",
        [],
    ),
    ("The statement was signed by union President Rakhat Dzhumabekov.", []),
    ("The KTUC Vice President Zhanat Ibrayev addressed the rally.", []),
    ("RK President Kassym-Jomart Tokayev signed the decree.", [("Kassym-Jomart Tokayev", "President", None)]),
    (
        "A prominent critic of President Kassym-Jomart Tokayev was jailed for five years.",
        [("Kassym-Jomart Tokayev", "President", None)],
    ),
    (
        "A longtime ally of Prime Minister Askar Mamin was sentenced to six years.",
        [("Askar Mamin", "Prime Minister", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_OFFICIALS)
def test_not_officials(text: str, expected: list) -> None:
    assert officials(text) == expected


# O5, G: a title word is not part of the name ("Deputy Chair X", "First President Elbasy X"),
# and the body after "Title X of the" is the organization ("Judge X of the Y Court")
TITLE_WORDS = [
    (
        "Deputy Chairwoman Saltanat Kuanysheva of the Accounts Committee declined to comment.",
        [("Saltanat Kuanysheva", "Deputy Chairwoman", "Accounts Committee")],
    ),
    ("Deputy Chair Arman Seitov refused to comment.", [("Arman Seitov", "Deputy Chair", None)]),
    (
        "The course of First President Elbasy Nursultan Nazarbayev was recalled.",
        [("Nursultan Nazarbayev", "First President Elbasy", None)],
    ),
    (
        "Judge B. S. Kenzhebekova of the Specialized Interdistrict Economic Court dismissed the claim.",
        [("B. S. Kenzhebekova", "Judge", "Specialized Interdistrict Economic Court")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_WORDS)
def test_title_words(text: str, expected: list) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Kazakh diplomats are officials; the country they serve in does not make them foreign
        (
            "Kazakhstan's Ambassador to Turkey Yerlan Kassenov told reporters in Ankara that talks went well.",
            [("Yerlan Kassenov", "Ambassador to Turkey")],
        ),
        (
            "Ambassador of Kazakhstan to the United States Yerzhan Abenov spoke.",
            [("Yerzhan Abenov", "Ambassador of Kazakhstan to the United States")],
        ),
        (
            "Daniyar Sarsenov, consul of the Kazakh embassy in Kyrgyzstan, attended every hearing.",
            [("Daniyar Sarsenov", "consul of the Kazakh embassy in Kyrgyzstan")],
        ),
        # a foreign state's ambassador is not
        ("US Ambassador Daniel Rosen met the minister.", []),
        ("Chinese Ambassador Zhang Xiao met Kazakh officials.", []),
        # an honorific is neither title nor name
        (
            "On 14 February 2025, Deputy Prosecutor General Mr. Aidos Serikov met the delegation.",
            [("Aidos Serikov", "Deputy Prosecutor General")],
        ),
    ],
)
def test_diplomats_and_honorifics(text, expected):
    officials = lawner.extract(text, reference_date="2025-08-21", rules_only=True).officials
    assert [(o.name, o.title) for o in officials] == expected


@pytest.mark.parametrize(
    "text,names",
    [
        # a foreign or international post before the name, whoever found the span
        (
            "Minister of Foreign Affairs Murat Nurtayev received Acting Deputy Secretary of State John Mills.",
            ["Murat Nurtayev"],
        ),
        ("Minister of Justice Azamat Temirov met UN High Commissioner Volker Tanner on Monday.", ["Azamat Temirov"]),
        ("Russian Foreign Minister Sergey Lavrin met President Kassym-Jomart Tokayev.", ["Kassym-Jomart Tokayev"]),
    ],
)
def test_foreign_posts_before_a_name(text, names):
    for nlp_rules_only in (True, False):
        officials = lawner.extract(text, reference_date="2025-08-21", rules_only=nlp_rules_only).officials
        assert [o.name for o in officials] == names


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title after a body's possessive: "the chamber's speaker, X", "X, the agency's chairman"
        (
            "Speaking at the Mazhilis on March 5, the chamber's speaker, Yerlan Koshenov, said the bill would pass.",
            [("Yerlan Koshenov", "speaker")],
        ),
        (
            "The decision was made, said Nurlan Alimov, the agency's chairman, at a briefing.",
            [("Nurlan Alimov", "chairman")],
        ),
        (
            "Kazinform reports citing the Office's official representative Aidar Mukashev.",
            [("Aidar Mukashev", "official representative")],
        ),
    ],
)
def test_titles_after_a_bodys_possessive(text, expected):
    officials = lawner.extract(text, reference_date="2025-08-21", rules_only=True).officials
    assert [(o.name, o.title) for o in officials] == expected
