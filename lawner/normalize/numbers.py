"""Numbers written in digits or words, as statutes and news write them.

>>> parse_number("one hundred and twenty")
120
>>> parse_number("2,000,000")
2000000
>>> parse_number("1.2 million")
1200000
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # abbreviations business news writes: "$28 mn", "$5 bln", "2 trln tenge" (and "KZT39m" after a sign)
    "mn": 1_000_000,
    "bln": 1_000_000_000,
    "trln": 1_000_000_000_000,
    "m": 1_000_000,
}
# a scale word after digits: "1.2 million", "5 mln", "3.2 bn", "2.3 trillion"
_SCALE_NAMES = "million|mln|mn|billion|bln|bn|trillion|trln|thousand"
SCALE_WORD = rf"(?:{_SCALE_NAMES})"
# ... and after a currency sign also "m": "KZT39m", "$5m"
SIGNED_SCALE = rf"(?:\s*{SCALE_WORD}\b|m\b)"
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

# Word alternatives for regexes elsewhere: longest first so "fourteen" wins over "four".
NUMBER_WORDS = sorted(
    set(UNITS) - {"a", "an"} | set(SCALES) - {"mln", "bn", "mn", "bln", "trln", "m"}, key=len, reverse=True
)
_WORD_RE = "(?:" + "|".join(NUMBER_WORDS) + ")"
# "two hundred", "one hundred and twenty", "forty-five", "one thousand two hundred", "five and a half";
# "and" joins only after a scale word, so "between three and seven" stays two numbers
# (adilet also writes "twenty – five" with a spaced dash, only between tens and units)
_JOIN = (
    r"(?:(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|(?<=million)\s+and\s+"
    r"|(?<=ty)\s+[-–]\s+(?=(?:one|two|three|four|five|six|seven|eight|nine)\b)|\s+|-)"
)
# "and a half", also hyphenated as a compound adjective: "four-and-a-half years"
# ("one and half years", as translations write it)
_AND_A_HALF = r"(?:\s+|-)and(?:\s+|-)(?:a(?:\s+|-))?half"
NUMBER_WORDS_PATTERN = (
    rf"\b(?:{_WORD_RE}(?:{_JOIN}{_WORD_RE})*(?:{_AND_A_HALF})?"
    rf"|(?:a|one){_AND_A_HALF}|half\s+a)\b"
)
# "200", "2,000,000", "2 000 000", "1.5", "1,5" (decimal comma, Russian style, one or two digits)
# ("2.356 trillion", "1.715 billion": three decimals before a scale word)
DIGITS_PATTERN = (
    r"(?<![\d.,])(?:\d{1,3}\.\d{3}(?=\s*(?:trillion|billion|million|trln|bln|bn|mln)\b)"
    r"|\d{1,3}(?:(?:,|\u00a0| )\d{3})+(?!\d)|\d+(?:[.,]\d{1,2}(?!\d))?)"
)
# an amount in digits or words, with an optional scale word: "1.2 million", "5 mln", "two";
# "12 thousand 340" (Russian-style news: 12 340)
# "3 1/2", "3½": a half after whole digits
HALF_PATTERN = rf"(?:(?:\s+|-)1/2(?![\d/])|\s?½|{_AND_A_HALF}\b)"  # (also "7-1/2", as US wires write it)
# "5 million 175 thousand", "1 billion 200 million" (Russian-style news): digits with a scale
# word, then smaller scales
_SCALED_SUM = r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:billion|bn|million|mln)(?:,?\s+\d{1,3}\s*(?:million|mln|thousand)\b)+"
# the number in words after its digits, as laws and legal news write it: "200 (two hundred)"
_WORDS_GLOSS = rf"\s*\(\s*{NUMBER_WORDS_PATTERN}\s*\)"
_GLOSS_AT_END = re.compile(_WORDS_GLOSS + "$", re.IGNORECASE)
NUMBER_PATTERN = (
    rf"(?:\d{{1,3}}{HALF_PATTERN}|(?<![\d.,]){_SCALED_SUM}|{DIGITS_PATTERN}(?:\s*thousand\s+\d{{1,3}}(?![\d.,]\d)|\s*{SCALE_WORD}\b)?"
    rf"(?:{_WORDS_GLOSS})?|{NUMBER_WORDS_PATTERN})"
)

# what joins the two ends of a range: "3 to 8", "3-8", "seven- to eight-year"
# "3 to 8", "3-8", "3 up to 8" (a translation of "от 3 до 8")
RANGE_JOIN = r"(?:[-–]?\s*(?:up\s+)?to(?:[-–](?=\w))?|-|–|—)"  # also "three-to-six"

_SCALED_PART = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*(billion|bn|million|mln|thousand)")
_DIGITS_FULL = re.compile(r"(?:\d{1,3}\.\d{3}$|" + DIGITS_PATTERN + r"$)")
_SPACED_DASH = re.compile(r"(?<=ty)\s+[-–]\s+(?=(?:one|two|three|four|five|six|seven|eight|nine)\b)")


def _parse_digits(text: str) -> float | None:
    text = text.replace("\u00a0", " ")
    if not _DIGITS_FULL.match(text):
        return None
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+", text):
        return float(text.replace(",", "").replace(" ", ""))
    return float(text.replace(",", "."))


def _parse_words(words: list[str]) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word == "and":
            continue
        if word in UNITS:
            low = current % 100
            if low and not (low % 10 == 0 and low >= 20 and UNITS[word] < 10):
                # a second number, not a part of this one: "two five-day terms" is two terms of five
                total, current = 0.0, 0.0
            current += UNITS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> int | float | None:
    """Parse a number written in digits, words or both; ``None`` if it is not a number.

    Handles thousands separators ("2,000,000", "2 000 000"), decimals ("1.5", "1,5"),
    scale words ("1.2 million", "5 mln"), words ("forty-five", "one hundred and twenty"),
    and halves ("five and a half", "one and a half", "half a", "3 1/2", "3½").
    """
    text = text.strip().lower()
    if text.endswith(")"):
        text = _GLOSS_AT_END.sub("", text)  # "200 (two hundred)"
    if not text:
        return None
    half = 0.0
    m = re.fullmatch(rf"(.+?){_AND_A_HALF}\s+({_SCALE_NAMES})", text)
    if m:  # "three and a half thousand": 3,500
        base = parse_number(m.group(1))
        return None if base is None else _rounded((base + 0.5) * SCALES[m.group(2)])
    m = re.fullmatch(rf"(.+?){_AND_A_HALF}|(\d+)" + HALF_PATTERN, text)
    if m:
        text, half = m.group(1) or m.group(2), 0.5
    elif re.fullmatch(r"half(?:\s+an?)?", text):
        return 0.5
    value: float | None
    if re.fullmatch(_SCALED_SUM, text):
        return _rounded(sum(float(n.replace(",", ".")) * SCALES[s] for n, s in _SCALED_PART.findall(text)))
    m = re.fullmatch(rf"({DIGITS_PATTERN})\s*thousand\s+(\d{{1,3}})", text)
    if m:
        base = _parse_digits(m.group(1))
        return None if base is None else _rounded(base * 1000 + int(m.group(2)))
    m = re.fullmatch(rf"({DIGITS_PATTERN})\s*({_SCALE_NAMES}|m)", text)
    if m:
        base = _parse_digits(m.group(1))
        # (rounded to cents: 134.2 * 1e9 is 134199999999.99998)
        value = None if base is None else round(base * SCALES[m.group(2)], 2)
    else:
        value = _parse_digits(text)
        if value is None:
            value = _parse_words(re.split(r"[\s-]+", _SPACED_DASH.sub("-", text)))
    if value is None:
        return None
    return _rounded(value + half)


def _rounded(value: float) -> int | float:
    value = round(value, 6)  # 639.6 * 1e6 is 639599999.9999999
    return int(value) if float(value).is_integer() else value


def parse_ordinal(text: str) -> int | None:
    """Parse "one", "first", "2", "second" as used for parts of an article."""
    text = text.strip().lower()
    if text in ORDINALS:
        return ORDINALS[text]
    value = parse_number(text)
    return int(value) if isinstance(value, int) else None
