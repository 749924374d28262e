"""Issue 11, thirteenth pass: classes of error of probes 130 to 134 (corruption trials,
administrative offences, new laws, speech and religion cases, economic crime;
annotations/probes/README.md) and the twelfth pass's left classes, one table per class. The
sentences are invented in the shape of the real ones; rules only."""

from __future__ import annotations

import pytest
from tables import dates, officials, penalties, record


def articles(text: str) -> list[tuple]:
    return [(a.number, a.part, a.code) for a in record(text).articles]


def linked(text: str) -> list[str | None]:
    return [p.article for p in record(text).penalties]


CC = "Criminal Code"


@pytest.mark.parametrize(
    "text,expected",
    [
        # each number of a list with its part after a dot (GUIDELINES: "Article 272.3" is part 3)
        ("He was charged under Articles 296.2 and 296.4 of the Criminal Code.", [("296", "2", CC), ("296", "4", CC)]),
        (
            "He was charged under Articles 296.2 to 296.4 of the Criminal Code.",
            [("296", "2", CC), ("296", "3", CC), ("296", "4", CC)],
        ),
        # a range written with "to", like "Articles 62-64"
        (
            "The offences are regulated by Articles 190 to 192 of the Kazakhstani Criminal Code.",
            [("190", None, CC), ("191", None, CC), ("192", None, CC)],
        ),
        ("Articles 62-64 of the Criminal Code apply.", [("62", None, CC), ("63", None, CC), ("64", None, CC)]),
        # a term after the article is no range
        ("He was sentenced under Article 190 to 5 years in prison.", [("190", None, None)]),
        ("They were convicted under Articles 190 and 218 to seven years.", [("190", None, None), ("218", None, None)]),
        # unchanged: one dotted part, parts named per number
        ("Article 272.3 of the Criminal Code", [("272", "3", CC)]),
        ("Articles 189, Part 4, and 361, Part 4 of the Criminal Code", [("189", "4", CC), ("361", "4", CC)]),
    ],
)
def test_article_lists_with_dotted_parts_and_ranges(text, expected):
    assert articles(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # GUIDELINES: a penalty in a sentence that names several articles takes the last one named before it
        ("He was sentenced under Articles 190 and 218 to seven years.", ["218"]),
        ("Under Part 2 of Articles 190 and 218 he got two years.", ["218"]),
        ("Under Article 405, Part 2, he got two years.", ["405"]),
        ("Under Article 190 he got two years.", ["190"]),
    ],
)
def test_a_penalty_after_a_list_takes_its_last_article(text, expected):
    assert linked(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # time spent, not a sentence
        ("A court ordered the release of a dissident poet who has been in prison for 14 years.", []),
        ("He has been behind bars for two years.", []),
        ("She has been serving her sentence for three years and four months.", []),
        ("Today marks three years since he was arrested.", []),
        # custody counted in months before a verdict (an arrest as a punishment is counted in days)
        ("Five men who have been in secret police detention for five months were charged.", []),
        ("They have been held by the secret police in detention for nearly six months.", []),
        # sentences stay
        ("He has been sentenced to five years.", [("imprisonment", None, 5, "years", "exact")]),
        ("He has been jailed for five years.", [("imprisonment", None, 5, "years", "exact")]),
        ("He has been in court for two hours and was fined 100 MCI.", [("fine", None, 100, "MCI", "exact")]),
        # "has been" before a sanction's size is no time spent
        ("The fine for this offence has been 100 MCI since 2020.", [("fine", None, 100, "MCI", "exact")]),
        ("He has been held in custody for 5 months.", []),
    ],
)
def test_time_served_and_custody_are_no_sentence(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,expected_penalties,expected_dates",
    [
        # a year before "to N years" is a date, not a range's first end
        (
            "He was sentenced in 2016 to 14 years in a high-security prison.",
            [("imprisonment", None, 14, "years", "exact")],
            ["2016"],
        ),
        ("She was sentenced in 2019 to seven years.", [("imprisonment", None, 7, "years", "exact")], ["2019"]),
        # a money range that starts at a number like a year stays a range
        ("The fine ranges from 2000 to 5000 tenge.", [("fine", 2000, 5000, "KZT", "range")], []),
    ],
)
def test_a_year_before_a_term(text, expected_penalties, expected_dates):
    assert (penalties(text), dates(text)) == (expected_penalties, expected_dates)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a dateline with the weekday glued to the day
        ("ALMATY, Thursday20 March 2025 - The court fined the company.", ["2025-03-20"]),
        ("Tuesday4 February 2025. The court ruled.", ["2025-02-04"]),
        # no weekday, no date
        ("His birthday20 guests came.", []),
    ],
)
def test_glued_weekday_datelines(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a code as translations write it
        (
            "He was attracted by the article 373 parts 1 Administrative Codex of RK.",
            [("373", "1", "Code on Administrative Offences")],
        ),
        (
            'He broke subparagraph 7) of paragraph 1 of article 343 of the Code "On Customs Regulation in the Republic of Kazakhstan,"',
            [("343", None, "Customs Code")],
        ),
        ("He was charged under article 190 of the Criminal Codex.", [("190", None, CC)]),
        # a part in brackets as a translation's "section"
        (
            "Commentary to Article 490 (section 1) of the Code of the Republic of Kazakhstan on Administrative Offences",
            [("490", "1", "Code on Administrative Offences")],
        ),
        ("Articles 125 (section three), 128 (part four) of the Criminal Code", [("125", "3", CC), ("128", "4", CC)]),
        ("Articles 366 through 368 of the Criminal Code", [("366", None, CC), ("367", None, CC), ("368", None, CC)]),
    ],
)
def test_codes_and_parts_as_translations_write_them(text, expected):
    assert articles(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a life sentence with no kind's word
        (
            "Poachers sentenced to life for murder of Kazakh antelope defender",
            [("life_imprisonment", None, None, None, "exact")],
        ),
        ("They were sentenced to life.", [("life_imprisonment", None, None, None, "exact")]),
        ("He was sentenced to life in prison.", [("life_imprisonment", None, None, None, "exact")]),
        # a ban whose object is a full name
        (
            "The court also barred Ulasbek Akhmetov from taking part in public and political activities for five years.",
            [("deprivation_of_right", None, 5, "years", "exact")],
        ),
    ],
)
def test_probe_130_penalties(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("three and a half thousand", 3500),
        ("two and a half million", 2_500_000),
        ("5 and a half thousand", 5500),
        ("one and a half", 1.5),
    ],
)
def test_and_a_half_before_a_scale(text, expected):
    from lawner.normalize.numbers import parse_number

    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text,ref,expected",
    [
        # site timestamps: a Russian month with a time and no year, a month between dashes
        ("Posted 9 марта 07:36", "2023-03-09", ["2023-03-09"]),
        ("Date post: 14-Sep-2019", "2019-09-15", ["2019-09-14"]),
        # a caption credited to an agency is boilerplate
        (
            "The court fined him 100 MCI.\nActivist cradling a baby saiga in Almaty February 20, 2020. — AFP pic\n"
            "On March 3, 2020 the court ruled.",
            "2020-03-05",
            ["2020-03-03"],
        ),
    ],
)
def test_probe_130_dates(text, ref, expected):
    assert dates(text, ref) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "former" before the country's adjective (gold: "Kazakh President X" is a "President")
        (
            "In 2003, former Kazakh President Nursultan Nazarbayev signed a decree introducing a moratorium.",
            [("Nursultan Nazarbayev", "former President", None)],
        ),
        ("Kazakh President Kassym-Jomart Tokayev signed the law.", [("Kassym-Jomart Tokayev", "President", None)]),
        # the president of anything but the country is no state official
        ("Tamara Kaleyeva, president of Adil Soz, is unimpressed and described the changes as partial.", []),
        (
            "Kassym-Jomart Tokayev, President of Kazakhstan, signed the law.",
            [("Kassym-Jomart Tokayev", "President of Kazakhstan", None)],
        ),
        # a title before a comma, its body after "for Kazakhstan's", in lower case
        (
            "A spokesman for Kazakhstan's prosecutor general's office, Nurdaulet Suindikov, pointed out that the case was closed.",
            [("Nurdaulet Suindikov", "spokesman", "prosecutor general's office")],
        ),
        # an honorific after the comma; an event's name is no person's name
        (
            "During the presentation of the Project, Prosecutor General, Mr. Zhakip Assanov addressed his core messages.",
            [("Zhakip Assanov", "Prosecutor General", None)],
        ),
        # a place's and a body's words before a title in lower case
        (
            "According to Gulnazira MUKHTAROVA, Atyrau Oblast Internal Affairs press secretary, 193 violations were revealed.",
            [("Gulnazira MUKHTAROVA", "Atyrau Oblast Internal Affairs press secretary", None)],
        ),
        # (not a possessive: "X, Y's deputy, enters into an agreement" names no post in a body)
        ("On October 26, 2022, Adilet Akhataev, Karim Kokrekbaev's deputy, enters into an additional agreement.", []),
        # the detained and the victims are no officials at work
        (
            "Among the detained patrons of the criminal oil business are officers of the police and Kyzylorda transport "
            "prosecutor Nurlan Serikbayev.",
            [],
        ),
        (
            "On January 13, 2019, Yerlan Nurgaliyev, an inspector of the Ecology Committee, was killed by poachers.",
            [],
        ),
        (
            "Among the speakers were Prosecutor General Berik Asylov and judge Marat Bekov.",
            [("Berik Asylov", "Prosecutor General", None), ("Marat Bekov", "judge", None)],
        ),
    ],
)
def test_probe_130_officials(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # probes 135 to 139: a list of parts, each of its own article; a paragraph before a subparagraph
        (
            "He was convicted under Part 1 of Article 251, Part 1 of Article 252, and Part 3 of Article 259 of the Criminal Code.",
            [("251", "1", CC), ("252", "1", CC), ("259", "3", CC)],
        ),
        ("Article 366, Part 4 of the Criminal Code", [("366", "4", CC)]),
        ("under Article 120 of the Code on Subsoil and Subsoil Use", [("120", None, "Subsoil Code")]),
    ],
)
def test_probe_135_articles(text, expected):
    assert articles(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("According to subparagraphs 3 and 5 of paragraph 1 of Article 91 of the Criminal Code, it is allowed.", "1"),
        ("He broke subparagraph 7) of paragraph 1 of article 343 of the Customs Code.", "1"),
        ("He broke paragraph 2) of part 2 of Article 99 of the Criminal Code.", "2"),
        ("He broke subparagraph 3) of Article 5 of the Criminal Code.", "3"),
    ],
)
def test_a_paragraph_before_its_subparagraph(text, expected):
    assert [a.paragraph for a in record(text).articles] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # administrative arrest as "N-day sentence(s)" and "N-day terms"
        (
            "Bolat Abilov received an 18-day sentence, and 15-day terms were handed to deputy leader Amirzhan Kosanov.",
            [("arrest", None, 18, "days", "exact"), ("arrest", None, 15, "days", "exact")],
        ),
        ("Three activists got 15-day sentences.", [("arrest", None, 15, "days", "exact")]),
        ("He has a 10-day term to appeal.", []),
        # no punishment: a payment into a fund, damages, a limit, detention that is no sentence
        ("The court ordered him to pay 78,000 tenge ($150 USD) into the victims' compensation fund.", []),
        (
            "The court denied parole to A., sentenced to 3 years and 6 months of imprisonment, due to non-compensation "
            "of damages amounting to 423,000 tenge.",
            [("imprisonment", None, 42, "months", "exact")],
        ),
        ("They proposed lifetime supervision, an escalation from the current eight-year limit.", []),
        ("Kazakhstan: Conscientious objector's 6 months in military detention", []),
        # a maximum the law sets
        (
            "The law sets the maximum sentence for spousal assault and battery at 10 years in prison.",
            [("imprisonment", None, 10, "years", "max")],
        ),
        # (gold rn-b-017: an unsized kind in a comma list does not share the last kind's term)
        (
            "Punishments include fines, corrective labor, restriction of freedom, or imprisonment for up to 10 years.",
            [("imprisonment", None, 10, "years", "max")],
        ),
    ],
)
def test_probe_135_penalties(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,ref,expected",
    [
        # a future the sentence gives to a date after "Starting"; a start already passed after "Since"
        (
            "Starting August 30, e-scooters and other small electric vehicles will be officially recognized as such.",
            "2026-12-03",
            ["2027-08-30"],
        ),
        ("Starting August 30, fines were raised.", "2026-12-03", ["2026-08-30"]),
        (
            "Since January 1, all banks must store ATM camera footage for at least 180 days.",
            "2026-12-03",
            ["2026-01-01"],
        ),
        # a comma before the relative year
        ("China cracked down on the industry in May, last year.", "2026-12-03", ["2025-05"]),
        # a Russian dateline glued to the headline
        ("MPs waive off legalization of polygamy in Kazakhstan14 января 2014, 13:58", "2014-01-14", ["2014-01-14"]),
        # "today's" before a body's name and a meeting
        ("At today’s Government meeting, the Prime Minister spoke.", "2025-03-26", ["2025-03-26"]),
    ],
)
def test_probe_135_dates(text, ref, expected):
    assert dates(text, ref) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list of titled names: the post after the comma is the next person's
        (
            "Minister of Energy Nurlan Nogayev, Minister of Industry and Infrastructure Development Beibut Atamkulov, "
            "Chair of Sovereign Wealth Fund Samruk-Kazyna JSC Akhmetzhan Yessimov reported on the work in this area.",
            [
                ("Nurlan Nogayev", "Minister of Energy", "Ministry of Energy"),
                (
                    "Beibut Atamkulov",
                    "Minister of Industry and Infrastructure Development",
                    "Ministry of Industry and Infrastructure Development",
                ),
            ],
        ),
        (
            "The President of Kazakhstan, Kassym-Jomart Tokayev, signed the law.",
            [("Kassym-Jomart Tokayev", "President of Kazakhstan", None)],
        ),
    ],
)
def test_probe_135_officials(text, expected):
    assert officials(text) == expected


def test_a_head_date_keeps_one_line():
    from lawner.components.ner import _longest_line

    text = "caseCEFR B2\n7 May 2025\nThe court"
    start = text.index("B2")
    assert text[slice(*_longest_line(text, start, text.index("\nThe")))] == "7 May 2025"
    text = "in early January. \n  4. The second"
    start = text.index("early")
    assert text[slice(*_longest_line(text, start, text.index("4") + 1))] == "early January"


def test_the_president_of_an_association_is_no_official_with_the_head():
    """The head finds the name (the rules do not): the post before the comma keeps it out."""
    text = "The President of the Self-Regulatory Organization of Bookmakers of Kazakhstan, Rauan Kenzhalin, spoke."
    assert record(text, rules_only=False).officials == []
    assert [
        o.name
        for o in record(
            text.replace("Self-Regulatory Organization of Bookmakers of", "Republic of"), rules_only=False
        ).officials
    ] == ["Rauan Kenzhalin"]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Former Supreme Court Chairman (i.e., Chief Justice) Kairat Mami was appointed.",
            [("Kairat Mami", "Former Supreme Court Chairman", "Supreme Court")],
        ),
        (
            "After the retirement of the previous Governor Nurmukhanbet Abdibekov",
            [("Nurmukhanbet Abdibekov", "previous Governor", None)],
        ),
        (
            "Former Minister of Justice Marat Beketayev said",
            [("Marat Beketayev", "Former Minister of Justice", "Ministry of Justice")],
        ),
    ],
)
def test_former_before_a_title(text, expected):
    assert officials(text) == expected


def test_a_range_of_numeric_dates():
    assert dates("The court in Aktau: chronology of events 27.03.2012-19.04.2012") == ["2012-03-27", "2012-04-19"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the head finds these terms (the rules do not): a parole restriction is probation's kind, supervision
        # after release no penalty
        (
            "A court in Kazakhstan has upheld a three-year parole restriction on Kazakh activist Maks Boqaev.",
            [("other", 3, "years")],
        ),
        ("He was placed under administrative supervision for three years.", []),
        ("He was placed in a penal colony for three years.", [("imprisonment", 3, "years")]),
    ],
)
def test_parole_and_supervision_with_the_head(text, expected):
    assert [(p.kind, p.amount, p.unit) for p in record(text, rules_only=False).penalties] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # probes 140 to 144: a sanction feared, not due or rejected
        ("They find themselves stuck in Kazakhstan, living with the constant fear of deportation.", []),
        ("The judge also ruled that Sauytbay would not be liable for deportation, as normally required by law.", []),
        ("Kazakh Court Rejects China Deportation", []),
        ("The court ordered his deportation.", [("other", None, None, None, "exact")]),
        # custody before an extradition, time spent
        ("Akylbek Muratov is still imprisoned in Almaty and facing extradition for up to a year.", []),
        ("She had been released after spending exactly one year in detention awaiting a court decision.", []),
        (
            "He was sentenced to 5 years after his extradition from Spain.",
            [("imprisonment", None, 5, "years", "exact")],
        ),
        # parole with a size; parole alone is none
        ("Judge X sentenced Sauytbay to six months of parole.", [("other", None, 6, "months", "exact")]),
        ("He was released on parole.", []),
        # a regulator's certificate or licence, revoked, recalled or suspended in the passive
        (
            "The aviation activities certificates were recalled from DETA Air, MEGA Aircompany and KazAir West companies.",
            [("deprivation_of_right", None, None, None, "exact")],
        ),
        ("The operator certificate of Bek Air JSC is recalled.", [("deprivation_of_right", None, None, None, "exact")]),
        ("The licence of the company was revoked.", [("deprivation_of_right", None, None, None, "exact")]),
        (
            "The licenses of Irtysh-Air and Jet Airlines were suspended because of the lack of staff.",
            [("other", None, None, None, "exact")],
        ),
        ("The medical certificate was cancelled.", []),
        # a loan's term; a ban "for the next three years" is one entry with its term
        ("The borrower may be offered a unified repayment schedule for up to 5 years.", []),
        (
            "He has been barred from engaging in public and political activities for the next three years.",
            [("deprivation_of_right", None, 3, "years", "exact")],
        ),
    ],
)
def test_probe_140_penalties(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a suspect past a long apposition
        (
            "Baurzhan Mairikhov, the head of the education department of the Saryagash district, is suspected of being "
            "the mastermind of the crime.",
            [],
        ),
        # a name with a macron
        (
            "Kazakhstan's health minister, Elzhan Bīrtanov, says donors negotiated a sale.",
            [("Elzhan Bīrtanov", "health minister", "Ministry of Health")],
        ),
    ],
)
def test_probe_140_officials(text, expected):
    assert officials(text) == expected


def test_probe_140_articles_and_dates():
    assert articles("(Article 34, p. 15, effective from 02.09.2025)") == [("34", "15", None)]
    assert dates("Today.Az » World news » Kazakhstan's Aviation Administration makes statement") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list of terms whose first number's hyphen waits for the unit (probe 144)
        (
            "The court sentenced two of the accused to six- and 14-year jail terms.",
            [("imprisonment", None, 6, "years", "exact"), ("imprisonment", None, 14, "years", "exact")],
        ),
        (
            "They received six- and seven-year prison terms.",
            [("imprisonment", None, 6, "years", "exact"), ("imprisonment", None, 7, "years", "exact")],
        ),
        (
            "They were sentenced to 12, 10 and four years.",
            [("imprisonment", None, 12, "years", "exact"), ("imprisonment", None, 10, "years", "exact")]
            + [("imprisonment", None, 4, "years", "exact")],
        ),
    ],
)
def test_suspended_hyphen_lists(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a restriction of freedom by its verb (probe 141)
        (
            "The court restricted his freedom of movement for three years.",
            [("restriction_of_freedom", None, 3, "years", "exact")],
        ),
        ("The court restricted their liberty for two years.", [("restriction_of_freedom", None, 2, "years", "exact")]),
        ("The court sentenced him to three years.", [("imprisonment", None, 3, "years", "exact")]),
    ],
)
def test_restricted_freedom_by_its_verb(text, expected):
    assert penalties(text) == expected


def test_a_footnote_number_glued_to_a_code():
    """(Noticed on the sixth batch's second read: the range rule gave every number, and each lost its code.)"""
    text = (
        "Bribery is regulated by Articles 366 to 368 of the Kazakhstani Criminal Code1, Articles 676 to 681 of the "
        "Code of Administrative Offenses2 and the Law."
    )
    cao = "Code on Administrative Offences"
    assert articles(text) == [("366", None, CC), ("367", None, CC), ("368", None, CC)] + [
        (str(n), None, cao) for n in range(676, 682)
    ]
    assert articles("He cited Article 190 of the Criminal Code2014 edition.") == [("190", None, None)]
