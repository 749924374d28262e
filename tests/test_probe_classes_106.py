"""Issue 11, twelfth pass: classes of error the eleventh pass's probes left open (foreigners in
court, fine explainers, article-heavy legal pages, land and construction, online platforms;
annotations/probes/README.md), one table per class. The sentences are invented in the shape of the
real ones; rules only."""

from __future__ import annotations

import pytest
from tables import penalties, record


def articles(text: str) -> list[tuple]:
    return [(a.number, a.part, a.paragraph, a.code) for a in record(text).articles]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an entry ban is a ban, never a prison term
        (
            "The court decided to ban him from returning to Kazakhstan for five years.",
            [("deprivation_of_right", None, 5, "years", "exact")],
        ),
        (
            "The foreigner was deported with a ban on entry for 5 years.",
            [("deprivation_of_right", None, 5, "years", "exact")],
        ),
        (
            "The court expelled him with a ban on entering Kazakhstan for three years.",
            [("deprivation_of_right", None, 3, "years", "exact")],
        ),
        ("He received a five-year entry ban.", [("deprivation_of_right", None, 5, "years", "exact")]),
        ("He was deported with a ban on entering the country.", [("deprivation_of_right", None, None, None, "exact")]),
        # no sanction: a place's rule, a lifted travel measure
        ("There is a ban on entry to the park for dogs.", []),
        ("The entry ban on tourists was lifted in May.", []),
    ],
)
def test_entry_bans(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a licence suspended in the passive is a suspension of activity (kind other)
        ("The licence of the company was suspended for six months.", [("other", None, 6, "months", "exact")]),
        ('The license of LLP "Kazakh Gold" was suspended for 6 months.', [("other", None, 6, "months", "exact")]),
        (
            "Licences of 12 companies have been suspended for a period of three months.",
            [("other", None, 3, "months", "exact")],
        ),
        ("The company had its licence suspended for three months.", [("other", None, 3, "months", "exact")]),
        # a driving licence suspended is a ban on driving
        (
            "His driving licence was suspended for six months.",
            [("deprivation_of_right", None, 6, "months", "exact")],
        ),
    ],
)
def test_licence_suspensions(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a first and a repeat offence's fine, the second after "increases to"
        (
            "The fine for the first violation is 5 MRP, and for a repeated one it increases to 10 MRP.",
            [("fine", None, 5, "MCI", "exact"), ("fine", None, 10, "MCI", "exact")],
        ),
        (
            "A fine of 10 MCI applies; for a repeated violation within a year, it increases to 20 MCI.",
            [("fine", None, 10, "MCI", "exact"), ("fine", None, 20, "MCI", "exact")],
        ),
        # tiers written with "MRP"
        (
            "The law sets a fine on individuals of 5 MRP, on officials 10 MRP.",
            [("fine", None, 5, "MCI", "exact"), ("fine", None, 10, "MCI", "exact")],
        ),
    ],
)
def test_repeat_fines(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a translation's inverted order: the part after the article
        (
            "He was charged under article 211 of part 3 of the Criminal Code.",
            [("211", "3", None, "Criminal Code")],
        ),
        # a paragraph of an ordinal part with "the"
        (
            "He was fined under paragraph 1) of the second part of Article 484 of the Code of Administrative Offences.",
            [("484", "2", "1", "Code on Administrative Offences")],
        ),
        # "of part 2" that belongs to the next article stays with it
        (
            "See paragraph 2 of part 1 of article 45 and part 2 of article 46.",
            [("45", "1", "2", None), ("46", "2", None, None)],
        ),
    ],
)
def test_parts_after_the_number(text, expected):
    assert articles(text) == expected
