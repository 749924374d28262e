"""DATE patterns: the normalizers' date forms, and bare years and months placed in time by a word."""

from __future__ import annotations

import re

from ..normalize.dates import DATE_PATTERNS, MONTH, YEAR

# a year placed in time by a preposition: "in 2023", "since 2019", "from 2024 to 2026"
# a count or measure, not a year: "a net of 2000 meters", "of 2000 tenge", "in 2020 cases"
_MEASURE = (
    r"|\s+(?:m|meters?|metres?|km|kilomet(?:er|re)s?|hectares?|ha|tons?|tonnes?|kg|kilograms?|liters?|litres?"
    r"|people|persons|residents|units|pieces|heads?|cases|tenge|KZT|dollars|USD|MCI|MRP|times)\b"
)
# (a year followed by a dash and a share is no range: "in 2018 – 46%"; nor one followed by a dash and a
# count: "in 2020 – 8 thousand")
# ("in summer 2021", "autumn 2019": only the year is a date, as for "in the summer of 2018"; and
# "The year 2023 was ...", "As the year 2014 drew to a close")
BARE_YEAR = rf"\b(?:(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]etween|both|by|until|till|before|after|during|throughout|of|to|and|[Ss]ummer|[Ss]pring|[Aa]utumn|[Ww]inter)\s+(?:the\s+year\s+)?|[Tt]he\s+year\s+)(?P<span>{YEAR})(?![\w-]|\s*[-–/]\s*\d+(?![\d%])(?!\s*(?:%|per\s*cent|thousand|million|billion)){_MEASURE})"
# the next years of a list: "in 2019, 2020 and 2021" (the lookahead skips non-digits fast)
YEAR_LIST = rf"(?=\d)(?:(?<=\d{{4}}, )|(?<=\d{{4}} and )|(?<=\d{{4}} or ))(?P<span>{YEAR})(?![\w-])"
# a month placed in time by a preposition: "in July", "since March" (not "May be")
BARE_MONTH = rf"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]etween|by|until|till|before|after|during|of|to)\s+(?P<span>{MONTH})(?![\w-]|\s+\d)"
# (a page's timestamp may glue the time to the date: "13:4120.04.2024")
DATE_RES = [
    (name, re.compile(rf"(?:(?<![\w])|(?<=\d:\d\d))(?P<span>{pattern})")) for name, pattern in DATE_PATTERNS.items()
] + [
    ("bare_year", re.compile(BARE_YEAR)),
    ("year_list", re.compile(YEAR_LIST)),
    ("bare_month", re.compile(BARE_MONTH)),
    # a year before the event it dates: "the 1986 youth uprising", "before the 1991 collapse", "the 2022 January unrest"
    (
        "event_year",
        re.compile(
            # ("the 2004 murder of X", "the 1991 Soviet breakup", "a 2016 mass amnesty")
            rf"(?:(?<=\bthe )|(?<=\ba ))(?P<span>{YEAR})(?=\s+(?:[A-Za-z]+\s+){{0,2}}?(?:uprising|collapse|breakup|events?|protests?"
            r"|unrest|riots?|massacre|tragedy|crisis|coup|war|earthquake|floods?|elections?|referendum|census|pandemic|attacks?"
            r"|murder|killing|assassination|amnesty|verdict|trial|arrest|conviction|ruling|law|decision|decree|amendments?"
            r"|data|report)\b)"
        ),
    ),
    # the second month of "between January and May" (a bare "and May" is no date)
    ("month_pair", re.compile(rf"\b[Bb]etween\s+{MONTH}\s+and\s+(?P<span>{MONTH})(?![\w-]|\s+\d)")),
]
