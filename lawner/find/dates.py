"""DATE patterns: the date forms :func:`lawner.normalize.dates.parse_date` reads (``DATE_PATTERNS``,
built from the month, day and year pieces of :mod:`lawner.normalize.dates`), and bare years and
months placed in time by a word."""

from __future__ import annotations

import re

from ..normalize.dates import DAY, DAY_JOINT, MONTH, REL_YEAR, RU_MONTH, YEAR

# "mid-", "early", "late", "the end of" in front of a month or year
MODIFIER = r"(?:mid[-‑]|mid\s|early\s|late\s|[Tt]he\s+end\s+of\s|[Tt]he\s+beginning\s+of\s)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# no word after a range of days but one a date is followed by: "June 9 and 10 in Almaty" is a date,
# "May 5 and 6 people" is not
_NO_NOUN = (
    r"(?!\s+(?!(?:in|at|on|and|or|when|while|during|after|before|of|the|last|this|next|was|were|is|are|will|"
    r"has|have|had|to|from|until|respectively|a|an)\b)[a-z])"
)

DATE_PATTERNS = {
    # a range or pair of days, one span with one entry per day ("16-17 December 2011", "January 5-6",
    # "June 9 and 10, 2019"): before the single days, which would take its first day alone
    # (not a count after it: "on May 5 and 6 people were detained")
    "month_day_range": rf"{MONTH}\s+{DAY}{DAY_JOINT}{DAY}(?:{REL_YEAR}|(?:,?\s+{YEAR})?(?![\d-]){_NO_NOUN})",
    "day_range_month": rf"{DAY}{DAY_JOINT}{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR}(?![\d-])|{REL_YEAR})?(?![\d-])",
    # "from 1 to November 30": the month written with the last day only (after "from", so no count
    # reads as a day: "sentenced 5 to November 30")
    "day_to_month_day": rf"(?<=[Ff]rom ){DAY}\s+(?:to|through|until|till)\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?![\d-])",
    # "January 5 last year", "5 January this year": a day in a year given relative to the reference
    "month_day_relative": rf"(?:{MONTH}\s+{DAY}|{DAY}(?:\s+of)?\s+{MONTH}){REL_YEAR}",
    # "October-December 2020", "February–March", "January-June this year": a range of months (the record
    # takes both ends; before the relative month, which would take the last month alone)
    "month_range": rf"{MONTH}\s*[-–]\s*{MONTH}(?:,?\s+{YEAR}|{REL_YEAR})?(?![\w-])",
    # "May last year", "March this year", "January next year", "March of this year"
    "month_relative": rf"{MODIFIER}?{MONTH}{REL_YEAR}",
    # "that January": the year of the date the text spoke of before
    "that_month": (
        rf"(?:[Tt]hat|[Tt]he\s+same)\s+{MONTH}(?![\w-]|\s+\d)|{MONTH}\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"
    ),
    # "the same month", "that same month", "later that month": the month of the date before (the
    # record builder gives the value; "the" stays outside, as for "the same year")
    "same_month": r"(?:(?<=[Tt]he )same\s+month|[Tt]hat\s+(?:same\s+)?month)\b(?!['’])",
    # "Q1 2025": the year (a quarter itself is no date)
    "quarter_year": rf"(?<=Q[1-4] ){YEAR}(?![\w-])",
    # "last year", "this month", "earlier this year", "next week" (not "the last year", a duration)
    "relative": (
        # (not a weekday's week: "on Thursday last week" is one date)
        # (nor the month of a day just written: "September 8th of this month")
        r"(?<![Tt]he )(?<![Pp]ast )(?<!day )(?<!day of )(?<!\d of )(?<!\dth of )(?<!\dst of )(?<!\dnd of )(?<!\drd of )"
        r"(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?"
        r"(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:week|month|year)\b(?!\s+(?:and|or)\s+a\b)"
    ),
    # "yesterday", "today", "tomorrow" (not "today's Kazakhstan")
    # (not the agency "Kazakhstan Today")
    # ("today's meeting", "yesterday's hearing": the day of an event, its "'s" outside)
    "relative_day": (
        # (nor the outlet "Today.Az")
        r"\b(?<!Kazakhstan )(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b(?!['’]|\.[A-Za-z])"
        # (a body's name may stand between: "At today's Government meeting")
        r"|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)(?=['’]s\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:meeting|session|sitting|conversation|interview|hearing"
        r"|verdict|ruling|decision|briefing|press\s+conference|trial|talks|event|announcement|forum|summit|plenary))"
    ),
    # "last Monday", "on Tuesday", "said Thursday", "5 p.m. Wednesday", "confirmed Thursday" (news
    # agencies put the weekday right after a past verb; the weekday alone: the preposition or verb is outside)
    "weekday": (
        rf"(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+{_WEEKDAY}|(?:(?<=on )|(?<=On )|(?<=said )|(?<=says )|(?<=announced )"
        rf"|(?<=[a-z]ed )(?<!called )"
        rf"|(?<=reported )|(?<=told reporters )|(?<=p\.m\. )|(?<=a\.m\. )){_WEEKDAY}"
        # "A court in Kazakhstan Monday sentenced ...": agencies put the weekday before the past verb
        rf"|(?<=[a-z] )(?<![Oo]n )(?<![Ll]ast )(?<![Nn]ext )(?<![Tt]his ){_WEEKDAY}"
        rf"(?=\s+(?:[a-z]{{3,}}ed|said|gave|found|upheld|told|took|began|held|sent|won|lost|made|met)\b)"
        # "said in a statement Tuesday that ...", "held a march Monday along ...": the weekday after
        # any lower-case word, before a clause word or a stop (not "every Monday", "a Monday")
        rf"|(?<=[a-z] )(?<!\ba )(?<!every )(?<!each )(?<![Oo]n )(?<![Ll]ast )(?<![Nn]ext )(?<![Tt]his ){_WEEKDAY}"
        rf"(?=[.,;]|\s+(?:that|to|along|in|at|with|after|before|for|and|as|when|while|outside|near|against|over|amid"
        rf"|morning|evening|night|afternoon)\b)"
        # "at a Tuesday session of the Government": a weekday as the adjective of a meeting
        rf"|(?<=\ba ){_WEEKDAY}"
        rf"(?=\s+(?:session|meeting|briefing|hearing|plenary|sitting|conference|press\s+conference|court\s+hearing)\b))\b(?!['’])"
        # the week it falls in, in one span: "on Thursday last week"
        r"(?:\s+(?:of\s+)?(?:last|this|next)\s+week\b)?"
        # the date written after it is the entry: "on Sunday, June 16" is one date
        rf"(?!,?\s+(?:{MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}))"
    ),
    # "last December", "next March": the nearest such month before or after the reference date
    # ("this May": the month of the reference year)
    "last_month": rf"(?:[Ll]ast|[Nn]ext|[Tt]his)\s+{MONTH}(?![\w-]|\s+\d)",
    # "the January events", "during the January unrest": a month named for what happened in it
    "event_month": (
        rf"(?:(?<=the )|(?<=tragic )|(?<=bloody )|(?<=deadly )|(?<=violent )|(?<=mass )){MONTH}"
        r"(?=\s+(?:events?|unrest|riots?|protests?|tragedy|violence|uprising|crisis|massacre"
        r"|clashes|demonstrations|disturbances|turmoil)\b)"
    ),
    # "Jul.19.2024", "Aug. 20. 2025": a site's dateline with the month's abbreviation first
    "month_dot_day": rf"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s?{DAY}\.\s?{YEAR}(?![\d-])",
    # "August 20", "August 20, 2025", "Aug. 20th 2025"
    "month_day": rf"{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?![\d-])",
    # "20 August", "20 August 2025", "20th of August, 2025"
    "day_month": rf"{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?(?![\d-])",
    # "4 may 2010": a lowercase month between a day and a year (as some sites' datelines write it)
    "day_month_lower": (
        rf"{DAY}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
        rf"\s+{YEAR}(?![\d-])"
    ),
    # a Russian dateline: "22 марта 2024", "16 фев 2022"
    "day_month_ru": rf"{DAY}\s+{RU_MONTH}\s+{YEAR}(?![\d-])",
    # a site's timestamp with no year: "Posted 9 марта 07:36" (the reference year)
    "day_month_ru_time": rf"{DAY}\s+{RU_MONTH}(?=,?\s+\d{{1,2}}:\d\d(?!\d))",
    # "14-Sep-2019": a site's dateline with the month's abbreviation between dashes
    "day_mon_year": rf"{DAY}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)-{YEAR}(?![\d-])",
    # "20.08.2025", "20/08/2025", "20-08-2025"
    "numeric_dmy": r"(?:[12]\d|3[01]|0?[1-9])(?P<sep>[./-])(?:1[0-2]|0?[1-9])(?P=sep)(?:19|20)\d{2}(?!\d)",
    # "06/26/2009": month first, as US sites write it (only where the second number cannot be a month)
    "numeric_mdy": r"(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d{2}(?!\d)",
    # "2025-08-20"
    "iso": r"(?:19|20)\d{2}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])(?!\d)",
    # "2023.10.09": year first with dots, as Uzbek and Kazakh sites' datelines write it
    "numeric_ymd": r"(?<![\d.])(?:19|20)\d{2}\.(?:1[0-2]|0[1-9])\.(?:[12]\d|3[01]|0[1-9])(?![\d.])",
    # "July 2025", "early March 2024"
    "month_year": rf"{MODIFIER}?{MONTH},?\s+(?:of\s+)?{YEAR}(?![\w-])",
    # "mid-July", "late December"
    "modified_month": rf"{MODIFIER}{MONTH}(?![\w-])",
    # "(1976-1978)", "between 2012-2013", "in 2003-06": a range of years (the record takes each year); not the
    # period in a programme's name ("the Anti-Corruption Concept for 2022-2026")
    "year_range": (
        # (a two-digit end only right after the dash: "in 2018 - 45 positive samples" is a count)
        # (nor a numeric date's year: "27.03.2012-19.04.2012" is two dates)
        rf"(?<!for )(?<![\d][./]){YEAR}(?:\s*[-–]\s*{YEAR}|[-–]\d{{2}}(?![./]\d))(?![\w-]|\s*(?:%|per\s*cent|(?:thousand|million|billion)\b))"
    ),
    # a timeline's line that opens with its year: "2014: Sale of strong alcohol ...", "2020 – Minimum age ..."
    "timeline_year": r"(?<![^\n])(?:19|20)\d{2}(?=\s*[:–—]\s+[A-Z])",
    "modified_year": rf"{MODIFIER}{YEAR}(?![\w-])",
}


# a year placed in time by a preposition: "in 2023", "since 2019", "from 2024 to 2026"
# a count or measure, not a year: "a net of 2000 meters", "of 2000 tenge", "in 2020 cases"
# events counted in a number that looks like a year: "In 2017, 2014 crimes were committed"
COUNTED_EVENTS = (
    r"crimes|offen[cs]es|violations|accidents|incidents|fires|deaths|arrests|complaints|appeals|inspections"
)
_MEASURE = (
    r"|\s+(?:m|meters?|metres?|km|kilomet(?:er|re)s?|hectares?|ha|tons?|tonnes?|kg|kilograms?|liters?|litres?"
    r"|people|persons|residents|units|pieces|heads?|cases|tenge|KZT|dollars|USD|MCI|MRP|times"
    rf"|{COUNTED_EVENTS})\b"
)
# (a year followed by a dash and a share is no range: "in 2018 – 46%"; nor one followed by a dash and a
# count: "in 2020 – 8 thousand")
# ("in summer 2021", "autumn 2019": only the year is a date, as for "in the summer of 2018"; and
# "The year 2023 was ...", "As the year 2014 drew to a close")
BARE_YEAR = rf"\b(?:(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]etween|both|by|until|till|before|after|during|throughout|of|to|and|[Ss]ummer|[Ss]pring|[Aa]utumn|[Ww]inter)\s+(?:the\s+year\s+)?|[Tt]he\s+year\s+)(?P<span>{YEAR})(?![\w-]|\s*[-–/]\s*\d+(?![\d%])(?!\s*(?:%|per\s*cent|thousand|million|billion)){_MEASURE})"
# the next years of a list: "in 2019, 2020 and 2021" (the lookahead skips non-digits fast)
# (not a count after a year: "In 2017, 2014 crimes were committed")
YEAR_LIST = rf"(?=\d)(?:(?<=\d{{4}}, )|(?<=\d{{4}} and )|(?<=\d{{4}} or ))(?P<span>{YEAR})(?![\w-]{_MEASURE})"
# a month placed in time by a preposition: "in July", "since March" (not "May be")
BARE_MONTH = rf"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]etween|by|until|till|before|after|during|of|to)\s+(?P<span>{MONTH})(?![\w-]|\s+\d)"
# (a page's timestamp may glue the time to the date: "13:4120.04.2024"; a dateline the weekday:
# "Thursday20 March 2025"; a Russian dateline the headline: "polygamy in Kazakhstan14 января 2014")
DATE_RES = [
    (
        name,
        re.compile(
            rf"(?:(?<![\w])|(?<=\d:\d\d)|(?<=[a-z]day)(?=\d)|(?<=[a-z])(?=\d{{1,2}}\s+[а-яё]{{3}}))(?P<span>{pattern})"
        ),
    )
    for name, pattern in DATE_PATTERNS.items()
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
