import pytest

from lawner.normalize.dates import DateError, parse_date

REF = "2025-08-21"
DATES = [
    ("August 20", REF, "2025-08-20"),
    ("July 16", REF, "2025-07-16"),
    ("Aug. 20th, 2025", REF, "2025-08-20"),
    ("20 August 2025", None, "2025-08-20"),
    ("1 January 2026", None, "2026-01-01"),
    ("20.08.2025", None, "2025-08-20"),
    ("07.11.2014", None, "2014-11-07"),
    ("2025-08-20", None, "2025-08-20"),
    ("mid-July", REF, "2025-07"),
    ("early March 2024", None, "2024-03"),
    ("July 2025", None, "2025-07"),
    ("late 2023", None, "2023"),
    ("2023", None, "2023"),
    ("August 20", None, "XXXX-08-20"),
    ("mid-July", None, "XXXX-07"),
    # a year-less date takes the year that puts it nearest the reference date
    ("December 28", "2026-01-05", "2025-12-28"),
    ("January 3", "2025-12-20", "2026-01-03"),
]


@pytest.mark.parametrize("text,ref,expected", DATES, ids=[f"{t}@{r}" for t, r, _ in DATES])
def test_parse_date(text, ref, expected):
    assert parse_date(text, ref) == expected


@pytest.mark.parametrize(
    "text", ["the past five years", "31.02.2025", "over the last year", "ten days", "February 30", "August 2000:0"]
)
def test_not_a_date(text):
    with pytest.raises(DateError):
        parse_date(text, REF)


# relative dates resolve against the reference date (issue 11); 2025-08-21 is a Thursday
RELATIVE = [
    ("yesterday", "2025-08-20"),
    ("today", "2025-08-21"),
    ("May last year", "2024-05"),
    ("March this year", "2025-03"),
    ("January next year", "2026-01"),
    ("last year", "2024"),
    ("this year", "2025"),
    ("earlier this year", "2025"),
    ("next month", "2025-09"),
    ("last month", "2025-07"),
    ("last week", "2025-W33"),
    ("next week", "2025-W35"),
    ("Monday", "2025-08-18"),
    ("on Tuesday", "2025-08-19"),
    ("Thursday", "2025-08-21"),
    ("last Friday", "2025-08-15"),
    ("next Tuesday", "2025-08-26"),
]


@pytest.mark.parametrize("text,expected", RELATIVE, ids=[t for t, _ in RELATIVE])
def test_relative_dates(text, expected):
    assert parse_date(text, REF) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("22 марта 2024", "2024-03-22"),
        ("4 июля 2025", "2025-07-04"),
        ("16 фев 2022", "2022-02-16"),
        ("date 2024-04-22 12:08", "2024-04-22"),
        ("Jun 3, 2025 10:15 AM", "2025-06-03"),
    ],
)
def test_datelines(text, expected):
    assert parse_date(text, REF) == expected


def test_relative_date_needs_a_reference_date():
    with pytest.raises(DateError):
        parse_date("last week")


def test_relative_dates_across_a_year_end():
    assert parse_date("last month", "2026-01-10") == "2025-12"
    assert parse_date("last week", "2026-01-02") == "2025-W52"


def test_that_month_takes_the_year_in_context():
    assert parse_date("that January", REF, None, 2023) == "2023-01"


TENSES = [
    ("January 1", "2025-03-20", "The changes will take effect on January 1.", "2026-01-01"),
    ("January 1", "2025-03-20", "The changes took effect on January 1.", "2025-01-01"),
    ("August 20", "2025-08-21", "A new article came into force on August 20.", "2025-08-20"),
    ("September 1", "2025-08-21", "The ban will apply from September 1.", "2025-09-01"),
    ("December", "2025-12-10", "It was adopted in December.", "2025-12"),
]


@pytest.mark.parametrize("text,ref,sentence,expected", TENSES, ids=[t[2][:40] for t in TENSES])
def test_year_from_tense(text, ref, sentence, expected):
    from lawner.normalize.dates import tense_of

    assert parse_date(text, ref, tense_of(sentence)) == expected
