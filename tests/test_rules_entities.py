"""Tables of real phrasings (news and statute style) and the spans the rule components find."""

import pytest

ENTITIES = [
    # statute style (adilet translations)
    (
        "shall be punished by a fine in the amount of up to two hundred monthly calculation indices",
        [("fine in the amount of up to two hundred monthly calculation indices", "PENALTY")],
    ),
    (
        "or corrective labors in the same amount, or community services for a term of up to two hundred hours",
        [
            ("corrective labors in the same amount", "PENALTY"),
            ("community services for a term of up to two hundred hours", "PENALTY"),
        ],
    ),
    (
        "shall be punished by restriction of liberty for the term up to three years or imprisonment for the same term.",
        [
            ("restriction of liberty for the term up to three years", "PENALTY"),
            ("imprisonment for the same term", "PENALTY"),
        ],
    ),
    (
        "shall be punished with imprisonment for a term of twelve to fifteen years with confiscation of property.",
        [("imprisonment for a term of twelve to fifteen years", "PENALTY"), ("confiscation of property", "PENALTY")],
    ),
    ("shall be punished by life imprisonment.", [("life imprisonment", "PENALTY")]),
    (
        "shall entail a fine in amount of fifteen monthly calculation indices or administrative arrest for a term up to five days.",
        [
            ("fine in amount of fifteen monthly calculation indices", "PENALTY"),
            ("administrative arrest for a term up to five days", "PENALTY"),
        ],
    ),
    (
        "shall entail a fine on individuals in amount of five, on officials – in amount of ten monthly calculation indices.",
        [
            (
                "fine on individuals in amount of five, on officials – in amount of ten monthly calculation indices",
                "PENALTY",
            )
        ],
    ),
    (
        "entails a warning or a fine in the amount of ten monthly calculation indices.",
        [("warning", "PENALTY"), ("fine in the amount of ten monthly calculation indices", "PENALTY")],
    ),
    (
        "with deprivation of the right to hold certain positions or engage in certain activities for a term of up to three years or without it",
        [
            (
                "deprivation of the right to hold certain positions or engage in certain activities for a term of up to three years",
                "PENALTY",
            )
        ],
    ),
    ("The acts provided for by Article 190 of this Code", [("Article 190", "ARTICLE")]),
    ("as amended by the Law of the Republic of Kazakhstan dated 07.11.2014 No. 248-V", [("07.11.2014", "DATE")]),
    # news style
    (
        "Article 115-1 of the Criminal Code came into force on August 20.",
        [("Article 115-1", "ARTICLE"), ("Criminal Code", "LAW"), ("August 20", "DATE")],
    ),
    (
        "He was charged under Part 4 of Article 366 of the Criminal Code.",
        [("Part 4 of Article 366", "ARTICLE"), ("Criminal Code", "LAW")],
    ),
    (
        "The case was opened under Articles 337 and 339 of the Criminal Code of Kazakhstan.",
        [("Articles 337 and 339", "ARTICLE"), ("Criminal Code of Kazakhstan", "LAW")],
    ),
    (
        "a violation of Art. 434 of the Code on Administrative Offenses",
        [("Art. 434", "ARTICLE"), ("Code on Administrative Offenses", "LAW")],
    ),
    (
        "penalties can include a fine of up to 200 MCI, up to 200 hours of community service, or arrest for up to 50 days.",
        [
            ("fine of up to 200 MCI", "PENALTY"),
            ("up to 200 hours of community service", "PENALTY"),
            ("arrest for up to 50 days", "PENALTY"),
        ],
    ),
    ("forced marriage is punishable by up to ten years in prison", [("up to ten years in prison", "PENALTY")]),
    ("The court sentenced him to seven years in a medium-security penal colony.", [("seven years", "PENALTY")]),
    ("He faces three to eight years of imprisonment.", [("three to eight years of imprisonment", "PENALTY")]),
    (
        "The driver was fined 100 MCI and deprived of the right to drive for a year.",
        [("100 MCI", "PENALTY"), ("deprived of the right to drive for a year", "PENALTY")],
    ),
    ("She received a fine of 2,000,000 tenge (about $4,000).", [("fine of 2,000,000 tenge", "PENALTY")]),
    (
        "The law, signed by the president on July 16, takes effect in mid-July 2026.",
        [("July 16", "DATE"), ("mid-July 2026", "DATE")],
    ),
    ("In 2023, the figure doubled.", [("2023", "DATE")]),
    (
        "Minister of Justice Azamat Temirkhanov said the bill was ready.",
        [("Minister of Justice", "TITLE"), ("Azamat Temirkhanov", "OFFICIAL")],
    ),
    (
        "Aliya Nurpeisova, spokesperson for the Ministry of Internal Affairs, said",
        [("Aliya Nurpeisova", "OFFICIAL"), ("spokesperson", "TITLE"), ("Ministry of Internal Affairs", "ORG")],
    ),
    ("said Senator Olga Sedykh.", [("Senator", "TITLE"), ("Olga Sedykh", "OFFICIAL")]),
    (
        "President Kassym-Jomart Tokayev signed the law.",
        [("President", "TITLE"), ("Kassym-Jomart Tokayev", "OFFICIAL")],
    ),
    ("The Prosecutor General’s Office explained the rules.", [("Prosecutor General’s Office", "ORG")]),
]


@pytest.mark.parametrize("text,expected", ENTITIES, ids=[t[:60] for t, _ in ENTITIES])
def test_rule_entities(rules_nlp, ents, text, expected):
    assert ents(rules_nlp, text) == expected


# The "Not penalties" list, and people who are not officials
NEGATIVES = [
    "Children under 16 may not buy energy drinks.",
    "In the past five years, 257 cases were opened, most of which were closed.",
    "The package amends 15 legislative acts.",
    "He drove at 120 km/h in a 60 km/h zone.",
    "Crime fell by 12 percent last year.",
    "He received a bribe of 5 million tenge.",
    "The verdict may be appealed within 15 days.",
    "The law enters into force ten days after its first official publication.",
    "Lawyer Dana Omarova said the verdict would be appealed.",
    "Original Author: Ruslan Loginov",
    "The law was signed by the president.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:50] for t in NEGATIVES])
def test_not_penalties_or_officials(rules_nlp, ents, text):
    labels = [label for _, label in ents(rules_nlp, text)]
    assert "PENALTY" not in labels and "OFFICIAL" not in labels


def test_defendant_is_not_an_official(rules_nlp, ents):
    text = "Former deputy akim Marat Aliyev was sentenced to eight years for bribery."
    assert ("Marat Aliyev", "OFFICIAL") not in ents(rules_nlp, text)


def test_boilerplate_list_is_ignored(rules_nlp):
    text = (
        "The fine is up to 100 MCI.\nLatest news\n- Ex-Akim Sentenced to Seven Years for Bribery\n"
        "- Minister of Energy Almasadam Satkaliyev Visits Atyrau"
    )
    doc = rules_nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("fine is up to 100 MCI", "PENALTY")]
