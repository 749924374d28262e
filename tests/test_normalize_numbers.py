import pytest

from lawner.normalize.numbers import parse_number, parse_ordinal

NUMBERS = [
    ("200", 200),
    ("2,000,000", 2_000_000),
    ("2 000 000", 2_000_000),
    ("1.2 million", 1_200_000),
    ("5 mln", 5_000_000),
    ("3 thousand", 3000),
    ("1,5", 1.5),
    ("ten", 10),
    ("two hundred", 200),
    ("three thousand", 3000),
    ("one hundred and twenty", 120),
    ("one hundred twenty", 120),
    ("forty five", 45),
    ("forty-five", 45),
    ("one thousand two hundred", 1200),
    ("seventeen", 17),
    ("five and a half", 5.5),
    ("four-and-a-half", 4.5),
    ("3 and a half", 3.5),
    ("5 million 175 thousand", 5175000),
    ("1 billion 200 million", 1200000000),
    ("2.5 million 300 thousand", 2800000),
    ("3 1/2", 3.5),
    ("3½", 3.5),
    ("twenty – five", 25),  # adilet's spaced dash between tens and units
    ("five – ten", None),  # a range, not a number
    ("one and a half", 1.5),
    ("two hundred and fifty", 250),
    ("Fifty", 50),
]


@pytest.mark.parametrize("text,expected", NUMBERS, ids=[t for t, _ in NUMBERS])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "tenge", "cases", "MCI", "abc"])
def test_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,expected", [("4", 4), ("two", 2), ("second", 2), ("first", 1), ("x", None)])
def test_parse_ordinal(text, expected):
    assert parse_ordinal(text) == expected
