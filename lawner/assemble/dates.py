"""Dates: each DATE span resolved against the reference date, with the tense of its own clause,
the year of the dates written near it, and ranges of years and days."""

from __future__ import annotations

import datetime as dt
import re

from ..find.dates import COUNTED_EVENTS
from ..normalize.dates import MONTHS, RELATIVE_YEAR, DateError, day_range, parse_date, tense_of
from ..records import DateMention
from .layout import Entity, Layout, confidence

# where the clause of a date starts: after a reporting verb, "that" or a comma
_CLAUSE_START = re.compile(r"\b(?:said|says|told|noted|stated|added|announced|explained|reported|that)\b|,")
# where a clause ends, on either side of a date: a comma, a semicolon, "and", "but", "until"
_CLAUSE_BOUNDARY = re.compile(r"[,;]|\b(?:and|but|while|whereas|until|till|which|after|before)\b", re.IGNORECASE)
_PROGRAMME_PERIOD = re.compile(r"\bfor\s+$", re.IGNORECASE)
_SAME_MONTH = re.compile(r"(?:that\s+(?:same\s+)?|same\s+)month", re.IGNORECASE)
# a year inside a name: "the 2025-2027 Action Plan to Fight Fraud", "the Astana Legal Forum 2024",
# "Strategy 2050" (the guidelines: years inside names are no dates)
_BARE_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2}))?")
_NAME_NOUN = (
    r"(?:(?i:plan|programme|program|strategy|concept|roadmap|road\s+map)|Forum|Agenda|Summit|Expo|EXPO|Games|Olympics"
    r"|Cup|Championship|Festival|Congress|Initiative|Framework|Doctrine|Vision|Week|Award|Awards|Prize|Medal|Marathon"
    r"|Tournament|Olympiad|Biennale|Conference)"
)
_NAME_AFTER_YEAR = re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,4}}{_NAME_NOUN}\b")
# a count that looks like a year: "In 2017, 2014 crimes were committed"
_COUNT_AFTER_YEAR = re.compile(
    rf"\s+(?:{COUNTED_EVENTS}|people|persons|cases|residents|citizens|drivers|migrants)\b",
    re.IGNORECASE,
)
# (an operation's name: "Operation Bekire-2025", "Nerest-2023"; not "Mid-2025"; a statute's name
# that ends in its year: "the Domestic Abuse Act 2021")
_NAME_BEFORE_YEAR = re.compile(
    rf"\b{_NAME_NOUN}\s+$|(?<=[a-z] )(?-i:Act|Convention|Regulations|Treaty|Declaration|Charter)\s+$"
    rf"|(?<![\w-])(?!(?:Mid|Pre|Post|Early|Late)-)(?-i:[A-Z][a-z]{{2,}})-$"
    # a case's number: "Case No. 2 of 2020"
    r"|\b[Cc]ase\s+No\.?\s*\d[\w/-]*\s+of\s+$"
)
_UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
_BARE_UNTIL = re.compile(r"\W*(?:from\s+[^,;]{1,30}?\s+)?(?:until|till)\s+(?:mid-|early\s+|late\s+)?", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:mid-|early\s+|late\s+)?$", re.IGNORECASE)
# the start of a regime, which a past decision may set in the future: "decided to introduce a
# quarantine starting from July 5", "effective from February 1"
# a day kept every year, in the present: "which is celebrated on April 28", "is marked on"
_HABITUAL = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|now\s+)?(?:celebrated|marked|observed|commemorated)\s+(?:annually\s+|every\s+year\s+)?(?:on|in)\s+$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
_STARTING_BEFORE = re.compile(
    r"\b(?:starting|beginning|commencing|effective)(?:\s+(?:from|on|as\s+of))?\s+$|\bas\s+from\s+$", re.IGNORECASE
)
# the new date of something put off, which a past decision sets ahead: "decided to postpone the exam to
# June 9", "the hearing was rescheduled for June 20", "from June 6 to June 7"
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing)|reschedul(?:e|es|ed|ing)|defer(?:s|red|ring)?|put\s+off|pushed\s+back|moved)\b"
    r"[^.;]{0,90}?\b(?:to|until|till|for)\s+$",
    re.IGNORECASE,
)
# a DATE span that is a range of years: "1976-1978", "2012 – 2013"
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2}|\d{2})")
# months named as a season: "the winter months of December, January and February"
# the other end of a range of months that carries the year both share: "from March [to April 2020]",
# "between June [and August 2019]", "May 5 [- June 10, 2021]"
_MONTH_WORD = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_SHARED_YEAR = re.compile(
    rf"\s*(?:to|and|-|–|—|through|till|until)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTH_WORD})\b\.?"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:of\s+)?((?:19|20)\d{{2}})\b"
    # ... or a year said relative to the reference: "in June - July of the current year"
    rf"|\s+({RELATIVE_YEAR}))",
    re.IGNORECASE,
)
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")


def _day_month(written: str) -> tuple[int | None, int | None]:
    """The day and month a date mention names ("22 November", "Nov. 22, 2013"), if it does."""
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", written.lower()) if w in MONTHS), None)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?![.:/-]\d)", written)
    return (int(day[1]) if day else None), month


# a recurring period, not dates: "carried out annually from June to October", "every year from May"
_RECURRING = re.compile(
    r"\b(?:annually|every\s+year|each\s+year|yearly|every\s+(?:summer|spring|autumn|winter|season))\b", re.IGNORECASE
)
# a year said relative to the reference date ("in January last year"): never the year of a date near it
_RELATIVE_YEAR = re.compile(r"\b(?:last|next|this|previous|past|coming|current)\s+year\b", re.IGNORECASE)
# between the two months of a range: "from May [to] October", "between June [and] August"
_MONTH_RANGE_GAP = re.compile(r"\s*(?:to|till|until|through|-|–|—|and)\s*", re.IGNORECASE)
_MONTH_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s*$", re.IGNORECASE)

# a range of months in one span: "October-December 2020", "February–March"
_MONTH_SPAN = re.compile(
    rf"({_MONTH_WORD})\.?\s*[-–—]\s*({_MONTH_WORD})\.?"
    rf"(?:,?\s+((?:19|20)\d{{2}})|\s+({RELATIVE_YEAR}))?",
    re.IGNORECASE,
)
# "March 19 of the same year", "in May that same year"
_SAME_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:of\s+)?(?:the|that)\s+(?:same\s+)?year\b(?!\s+(?:before|after|earlier|later))", re.IGNORECASE
)

_SEASON = re.compile(
    r"\b(?:winter|summer|spring|autumn|fall|cold|warm|hot|heating|[\w-]*christmas|holiday|fishing|hunting|spawning|"
    r"tourist|festive|sowing|harvest)\s+(?:months|season)\b[^.;]*$",
    re.IGNORECASE,
)


# a date as the adjective of something done: "the January 15 ruling", "the March 3 raid"
_DONE_EVENT_AFTER = re.compile(
    r"\s+(?:ruling|verdict|decision|judg(?:e)?ment|sentencing|decree|raid|arrest|detention|attack|incident|killing|explosion)\b",
    re.IGNORECASE,
)


def date_tense(text: str, ent: Entity, layout: Layout) -> str | None:
    """The tense of a date's own clause: the words just before it ("said the law would take
    effect on ..."), else its clause on both sides, else the whole sentence. A "will" or "until" in
    another clause says nothing of a date whose own clause has a tense ("the arrest was extended on
    May 12 until January")."""
    if _DONE_EVENT_AFTER.match(text, ent.end_char):
        return "past"  # "he will appeal the January 15 ruling": a ruling already given
    s_start, s_end = layout.sentences[layout.sentence(ent.start_char)] if layout.sentences else (0, len(text))
    near = _CLAUSE_START.split(text[max(s_start, ent.start_char - 60) : ent.start_char])[-1]
    if _SINCE_BEFORE.search(near):  # "Since January 1, all banks must store ...": a start already passed
        return "past"
    if _STARTING_BEFORE.search(near):
        # "Starting August 30, e-scooters will be recognized ...": the sentence's future is the date's
        return "future" if tense_of(text[s_start:s_end]) == "future" else "nearest"
    if _MOVED_TO_BEFORE.search(text, max(s_start, ent.start_char - 120), ent.start_char):
        return "nearest"
    # (a bare "until" or "from X until" before the date is no future: the clause's verb says the tense,
    # "From 20 April until 1 May protests were held")
    tense = None if _BARE_UNTIL.fullmatch(near) else tense_of(near)
    if tense:
        return tense
    before = _CLAUSE_BOUNDARY.split(text[s_start : ent.start_char])[-1]
    after = _CLAUSE_BOUNDARY.split(text[ent.end_char : s_end])[0]
    # a date that is a clause of its own ("On April 24, X received ...") takes the sentence's tense
    # ("until" there is another clause's: "prolonged on March 20 ... until February"); a date right
    # after "until" keeps the nearest year
    if _UNTIL_BEFORE.search(text[max(s_start, ent.start_char - 12) : ent.start_char]):
        return tense_of(before + " " + after) or "nearest"
    if _HABITUAL.search(before):  # "the day of labour protection, which is celebrated on April 28"
        return "nearest"
    return tense_of(before + " " + after) or tense_of(_UNTIL.sub(" ", text[s_start:s_end]))


def date_mentions(ents: list[Entity], text: str, layout: Layout, reference_date: dt.date | None) -> list[DateMention]:
    """The dates of the DATE entities ``ents`` (in text order), each resolved against
    ``reference_date``; the normalized value is also written to ``ent._.lawner_value``."""
    mentions: list[DateMention] = []
    context_year: int | None = None
    context_month: str | None = None  # the last date's month, for "the same month"
    dated: tuple | None = None  # the last date written with its year: day, month, year, sentence, end
    previous_month: tuple | None = None  # the last mention if a bare month: mention, month, entity
    for ent in ents:
        # "the winter months of December, January and February": not dates (but "the heating season
        # started on 15 October 2022" has one)
        if not any(c.isdigit() for c in ent.text) and _SEASON.search(
            text[max(0, ent.start_char - 60) : ent.start_char]
        ):
            continue
        if _BARE_YEARS.fullmatch(ent.text) and (
            _NAME_AFTER_YEAR.match(text, ent.end_char)
            or _COUNT_AFTER_YEAR.match(text, ent.end_char)
            or _NAME_BEFORE_YEAR.search(text[max(0, ent.start_char - 30) : ent.start_char])
        ):
            continue
        years = _YEAR_RANGE.fullmatch(ent.text)
        if years and len(years.group(2)) == 2 and not 0 < int(years.group(2)) - int(years.group(1)[2:]) <= 30:
            years = None  # "2021-05" is no range of years
        if years:  # "1976-1978": one entry per year (GUIDELINES); "the Concept for 2022-2026" names a programme
            if _PROGRAMME_PERIOD.search(text[max(0, ent.start_char - 5) : ent.start_char]):
                continue
            ent._.lawner_value = years.group(1)
            first = int(years.group(1))
            last = int(years.group(2) if len(years.group(2)) == 4 else years.group(1)[:2] + years.group(2))  # "2003-06"
            # (a backward or a century-long "range" keeps its two ends only)
            for year in range(first, last + 1) if 0 < last - first <= 30 else (first, last):
                # each end at its own digits, the years between over the whole range
                i = 1 if year == first else 2 if year == last else 0
                start, end = ent.start_char + years.start(i), ent.start_char + years.end(i)
                mentions.append(DateMention(text[start:end], start, end, confidence(ent), str(year)))
            context_year = last
            continue
        months = _MONTH_SPAN.fullmatch(ent.text)
        if months:  # "October-December 2020", "February-March": each end is a date, as with years
            year = months.group(3) or months.group(4) or ""  # "2020", "this year"
            tense = date_tense(text, ent, layout)
            try:
                ends = [
                    parse_date(f"{months.group(i)} {year}".strip(), reference_date, tense, context_year) for i in (1, 2)
                ]
            except DateError:
                continue
            if (
                not year
                and ends[0][:4].isdigit()
                and MONTHS[months.group(1).lower()] <= MONTHS[months.group(2).lower()]
            ):
                ends[1] = ends[0][:4] + ends[1][4:]  # one year for both ends
            ent._.lawner_value = ends[0]
            for i, value in zip((1, 2), ends, strict=True):
                start = ent.start_char + months.start(i)
                end = ent.start_char + (months.end(3) if i == 2 and year else months.end(i))
                mentions.append(DateMention(text[start:end], start, end, confidence(ent), value))
            if ends[1][:4].isdigit():
                context_year = int(ends[1][:4])
            continue
        if _SAME_MONTH.fullmatch(ent.text):  # "the same month", "that same month": the month spoken of
            if context_month is not None:
                ent._.lawner_value = context_month
                mentions.append(DateMention(ent.text, ent.start_char, ent.end_char, confidence(ent), context_month))
            continue
        written = ent.text
        shared = None if _HAS_YEAR.search(written) else _SHARED_YEAR.match(text, ent.end_char)
        if shared:
            written = f"{written} {shared.group(1) or shared.group(2)}"
        elif context_year and not _HAS_YEAR.search(written) and _SAME_YEAR_AFTER.match(text, ent.end_char):
            written = f"{written} {context_year}"  # "on March 19 of the same year": the year spoken of
        # a date written without its year takes the year of one just written with it: in the same
        # sentence, the same month ("on 20 November 2013, while the stated date was 22
        # November"); close by, the same day ("Update, March 30, 2016. The court on March 30 ...")
        day_month = _day_month(written)
        sentence = layout.sentence(ent.start_char) if layout.sentences else 0
        if _HAS_YEAR.search(written):
            if day_month[1]:
                dated = (*day_month, _HAS_YEAR.search(written)[0], sentence, ent.end_char)
        elif (
            day_month[1]
            and dated
            and reference_date
            and dated[1] == day_month[1]
            and not _RELATIVE_YEAR.search(written)  # "than in January last year"
        ):
            if dated[3] == sentence or (day_month[0] and dated[0] == day_month[0] and ent.start_char - dated[4] < 300):
                written = f"{written} {dated[2]}"
        bare_month = bool(day_month[1]) and not day_month[0] and not _HAS_YEAR.search(written)
        if bare_month and _is_recurring(text, ent, layout):
            continue  # "annually from June to October": a season, not dates
        # "June 9 and 10, 2019", "16-17 December": one entry per day (GUIDELINES); else the one date
        days = day_range(written) or [written]
        tense = date_tense(text, ent, layout)
        try:
            values = [parse_date(day, reference_date, tense, context_year) for day in days]
        except DateError:
            continue
        if len(values) > 1 and values[0][:4].isdigit() and not _HAS_YEAR.search(written):
            # one range, one year: "May 13-17" read on May 15 is 13 to 17 May of that year, not two years
            values = [values[0][:4] + v[4:] for v in values]
        if values[-1][:4].isdigit():
            context_year = int(values[-1][:4])
        if len(values[-1]) >= 7:
            context_month = values[-1][:7]
        if bare_month and previous_month and len(values) == 1 and len(values[0]) == 7:
            # "from May to October": one year for both ends (the end's, when the range is past)
            first, first_month, first_ent = previous_month
            if (
                first_month <= day_month[1]
                and _MONTH_RANGE_GAP.fullmatch(text, first_ent.end_char, ent.start_char)
                and _MONTH_RANGE_BEFORE.search(text, max(0, first_ent.start_char - 12), first_ent.start_char)
            ):
                if tense == "past":
                    first.value = first_ent._.lawner_value = values[0][:4] + first.value[4:]
                else:
                    values = [first.value[:4] + values[0][4:]]
        previous_month = None
        ent._.lawner_value = values[0]
        mentions.extend(DateMention(ent.text, ent.start_char, ent.end_char, confidence(ent), v) for v in values)
        if bare_month and len(values) == 1 and len(values[0]) == 7 and values[0][:4].isdigit():
            previous_month = (mentions[-1], day_month[1], ent)
    return mentions


def _is_recurring(text: str, ent: Entity, layout: Layout) -> bool:
    """A month in a sentence that speaks of a recurring period ("annually", "every year")."""
    start, end = layout.sentences[layout.sentence(ent.start_char)] if layout.sentences else (0, len(text))
    return bool(_RECURRING.search(text, start, end))
