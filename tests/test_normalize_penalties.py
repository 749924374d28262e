import pytest

from lawner.normalize.penalties import parse_penalty

# (span text, text before it in the sentence, kind, amount, amount_min, unit, bound)
PENALTIES = [
    ("fine of up to 200 MCI", "", "fine", 200, None, "MCI", "max"),
    ("up to 200 hours of community service", "", "community_service", 200, None, "hours", "max"),
    ("arrest for up to 50 days", "", "arrest", 50, None, "days", "max"),
    ("up to ten years in prison", "", "imprisonment", 10, None, "years", "max"),
    ("imprisonment for the term of eight to fifteen years", "", "imprisonment", 15, 8, "years", "range"),
    ("imprisonment for a term of three to eight years", "", "imprisonment", 8, 3, "years", "range"),
    ("fine in the amount of up to two thousand monthly calculation indices", "", "fine", 2000, None, "MCI", "max"),
    ("fine of 20 MCI", "", "fine", 20, None, "MCI", "exact"),
    ("fines of 30 to 50 MCI", "", "fine", 50, 30, "MCI", "range"),
    ("fine of 2,000,000 tenge", "", "fine", 2_000_000, None, "KZT", "exact"),
    ("fine of 1.2 million tenge", "", "fine", 1_200_000, None, "KZT", "exact"),
    ("fine of $1,000", "", "fine", 1000, None, "USD", "exact"),
    ("community service for a term of up to four hundred hours", "", "community_service", 400, None, "hours", "max"),
    ("involvement in community works for up to 600 hours", "", "community_service", 600, None, "hours", "max"),
    ("restriction of liberty for the term of three years", "", "restriction_of_freedom", 3, None, "years", "exact"),
    ("restraint of liberty for a term up to six years", "", "restriction_of_freedom", 6, None, "years", "max"),
    ("deprivation of liberty for a period of up to 10 years", "", "imprisonment", 10, None, "years", "max"),
    ("administrative arrest for a term of up to ten days", "", "arrest", 10, None, "days", "max"),
    ("detention for 15 days", "", "arrest", 15, None, "days", "exact"),
    ("life imprisonment", "", "life_imprisonment", None, None, None, "exact"),
    (
        "deprivation of the right to hold certain positions or engage in certain activities for a term of up to three years",
        "",
        "deprivation_of_right",
        3,
        None,
        "years",
        "max",
    ),
    ("seven years", "The court sentenced him to ", "imprisonment", 7, None, "years", "exact"),
    # the kind of a bare term comes from the verb nearest before it; a weak verb ("get") only
    # right before the term
    (
        "two years",
        "She is not allowed to get involved in politics for ",
        "deprivation_of_right",
        2,
        None,
        "years",
        "exact",
    ),
    ("three years", "The court banned them for ", "deprivation_of_right", 3, None, "years", "exact"),
    ("a five-year ban", "He received ", "deprivation_of_right", 5, None, "years", "exact"),
    ("four years", "He got ", "imprisonment", 4, None, "years", "exact"),
    # a maximum said before the amount
    (
        "ten years",
        "Parliament raised the maximum prison term for the crime to ",
        "imprisonment",
        10,
        None,
        "years",
        "max",
    ),
    ("1,000 MCI", "For repeat offenders, fines could climb to ", "fine", 1000, None, "MCI", "max"),
    ("five and a half years in prison", "", "imprisonment", 66, None, "months", "exact"),  # a compound term, in months
    ("seven years and six months", "was sentenced to ", "imprisonment", 90, None, "months", "exact"),
    ("100 MCI", "The driver was fined ", "fine", 100, None, "MCI", "exact"),
    ("two weeks of administrative arrest", "", "arrest", 14, None, "days", "exact"),
    ("fine in the amount of one hundred percent", "", "fine", 100, None, "percent", "exact"),
    ("confiscation of property", "", "other", None, None, None, "exact"),
    ("warning", "", "other", None, None, None, "exact"),
    ("fine of at least 50 MCI", "", "fine", 50, None, "MCI", "min"),
]


@pytest.mark.parametrize("text,before,kind,amount,amount_min,unit,bound", PENALTIES, ids=[p[0][:50] for p in PENALTIES])
def test_parse_penalty(text, before, kind, amount, amount_min, unit, bound):
    p = parse_penalty(text, before)
    assert (p.kind, p.amount, p.amount_min, p.unit, p.bound) == (kind, amount, amount_min, unit, bound)


def test_same_amount_refers_back():
    p = parse_penalty("correctional labor in the same amount")
    assert p.kind == "correctional_labor" and p.same_as_previous and p.amount is None


def test_tiered_fine():
    p = parse_penalty(
        "fine on individuals in the amount of ten, on officials – in the amount of twenty, "
        "on legal entities – in the amount of one hundred monthly calculation indices"
    )
    assert [(t.subject, t.amount) for t in p.tiers] == [
        ("on individuals", 10),
        ("on officials", 20),
        ("on legal entities", 100),
    ]
    assert p.unit == "MCI"


def test_tiers_after_the_unit():
    p = parse_penalty(
        "fine of fifteen monthly calculation indices for small business entities, "
        "thirty for medium-sized business entities, and seventy for large business entities"
    )
    assert [t.amount for t in p.tiers] == [15, 30, 70]
