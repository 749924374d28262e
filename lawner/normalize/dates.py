"""Dates as news and statutes write them, to ISO 8601 strings.

Values are full dates ``2025-08-20``, months ``2025-07``, years ``2023``, ISO weeks
``2025-W33`` ("last week"), or, when the year
is missing and there is no reference date to take it from, ``XXXX-08-20`` / ``XXXX-07``.

>>> parse_date("August 20", reference_date="2025-08-21")
'2025-08-20'
>>> parse_date("mid-July", reference_date="2025-08-21")
'2025-07'
>>> parse_date("20.08.2025")
'2025-08-20'
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# Russian month names, as the datelines of Kazakh sites' English pages write them: "22 марта 2024",
# "16 фев 2022" (genitive, nominative and three-letter forms)
RU_MONTHS = {
    **dict.fromkeys(("января", "январь", "янв"), 1),
    **dict.fromkeys(("февраля", "февраль", "фев"), 2),
    **dict.fromkeys(("марта", "март", "мар"), 3),
    **dict.fromkeys(("апреля", "апрель", "апр"), 4),
    **dict.fromkeys(("мая", "май"), 5),
    **dict.fromkeys(("июня", "июнь", "июн"), 6),
    **dict.fromkeys(("июля", "июль", "июл"), 7),
    **dict.fromkeys(("августа", "август", "авг"), 8),
    **dict.fromkeys(("сентября", "сентябрь", "сен", "сент"), 9),
    **dict.fromkeys(("октября", "октябрь", "окт"), 10),
    **dict.fromkeys(("ноября", "ноябрь", "ноя"), 11),
    **dict.fromkeys(("декабря", "декабрь", "дек"), 12),
}
RU_MONTH = "(?:" + "|".join(sorted(RU_MONTHS, key=len, reverse=True)) + r")\.?"

# A month name, capitalized as in running text: "August", "Aug.", "Sept."
# (and in capitals, as page datelines write it: "JULY 6, 2017")
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
# a day of the month: "20", "20th", "1st"
# (never the hour of a time: "27 Mar. 17:25")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![:.]\d\d(?!\d))"
# a four-digit year from 1900 to 2099
YEAR = r"(?:19|20)\d{2}"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# a year said relative to the reference date: "last year", "of this year", "the current year"
RELATIVE_YEAR = r"(?:of\s+)?(?:last|this|next|(?:the\s+)?current)\s+year\b"
# ... after a day or a month: "January 5-6 last year" (a comma between: "in May, last year")
REL_YEAR = rf",?\s+{RELATIVE_YEAR}"
# the joint of a range or pair of days: "16-17 December", "June 9 and 10", "January 4 to 7"
DAY_JOINT = r"(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)"


class DateError(ValueError):
    """Raised for text that is not a date lawner understands."""


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


# words that put a sentence in the future or the past, for dates written without a year
_FUTURE = re.compile(
    # ("protests were planned for 21 May", "the hearing was scheduled for": planned in the past)
    r"\b(?:will|would|shall|is to|are to|going to|(?<!was )(?<!were )(?:expected|scheduled|planned)|plans?|"
    r"until|till|(?<=\w)'ll|(?:is|are)\s+due\s+to\s+(?:be|take|start|begin|open|enter|come|end|expire)"
    # an obligation or a deadline: "reports must be submitted no later than March 10"
    r"|must|no\s+later\s+than"
    # a plan that was to happen: "the amendments were supposed to come into force on July 1"
    r"|supposed\s+to"
    # a headline's infinitive: "Results of investigation to be announced Nov 23"
    r"|to\s+be\s+(?:announced|held|published|considered|released|signed|launched|opened|completed|heard|unveiled|adopted)"
    # the present progressive of an arrangement: "who is running for re-election on November 20"
    r"|(?:is|are|am)\s+(?:now\s+)?(?!being\b)(?-i:[a-z]{2,}ing))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    # (not a passive after "be": "will be adopted", "to be announced", "must be submitted")
    r"\b(?<!be )(?:was|were|had|came|took|entered|signed|adopted|approved|passed|said|"
    r"reported|announced|ruled|sentenced|detained|opened|surfaced|held|last|extended|found|began|"
    r"started|launched|filed|issued|released|convicted|arrested|charged|published|registered|died|"
    r"occurred|happened|met|visited|decided|initiated|instituted|fined|dismissed|appointed|ago|"
    r"received|got|gave|handed|imposed|upheld|rejected|jailed|killed|prolonged|summoned|prepared|drafted|developed|"
    r"submitted|introduced|accused|confirmed|ordered|has\s+been|have\s+been"
    # irregular past forms, and (checked after the future words) any verb in "-ed"
    r"|underwent|went|told|sent|brought|fled|fought|left|lost|paid|sold|spoke|wrote|stole|won|ran|saw|"
    r"became|kept|led|rose|fell|broke|chose|drove|shot|struck|threw|withdrew|did|made|"
    # (not a present passive: "camps are also banned from February 1")
    r"(?<!is )(?<!are )(?<!is also )(?<!are also )(?<!is now )(?<!are now )(?<!be )(?-i:[a-z]{2,}(?<!need)ed))\b",
    re.IGNORECASE,
)


_BE_ADVERB = re.compile(r"\b(be|been)\s+(?:(?-i:[a-z]+ly)\s+)+", re.IGNORECASE)


def tense_of(sentence: str) -> str | None:
    """ "future", "past" or ``None`` for the sentence a year-less date stands in."""
    # (an adverb after "be" leaves the participle a passive: "will be officially recognized")
    sentence = _BE_ADVERB.sub(r"\1 ", sentence)
    future, past = bool(_FUTURE.search(sentence)), bool(_PAST.search(sentence))
    if future and not past:
        return "future"
    if past and not future:
        return "past"
    return None


def _resolve_year(month: int, day: int | None, reference: dt.date | None, tense: str | None = None) -> str:
    """Year for a date written without one: with ``tense`` "future" the next such date on or
    after the reference date, with "past" the last one on or before it, with "nearest" the
    nearest, else the nearest but next year's only within a month of the reference date."""
    if reference is None:
        return "XXXX"
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append((dt.date(year, month, day or 15), year))
        except ValueError:
            continue
    if not candidates:  # no such day in any year: "February 30", "August 2000:0"
        raise DateError(f"no such date: month {month}, day {day}")
    if day is None:  # a month: it is "now" when the reference date falls in it
        for _candidate, year in candidates:
            if (year, month) == (reference.year, reference.month):
                return str(year)
    if tense == "future":
        later = [c for c in candidates if c[0] >= reference]
        if later:
            return str(min(later)[1])
    if tense == "past":
        earlier = [c for c in candidates if c[0] <= reference]
        if earlier:
            return str(max(earlier)[1])
    nearest = min(candidates, key=lambda c: abs((c[0] - reference).days))
    # news tells of the past: a date with no tense of its own goes into the next year only when
    # it is close ("on January 5" on a page of December 20), not because the next year's is
    # nearer ("on April 19, a rumour spread" on a page of December 2 is this year's April)
    if tense != "nearest" and nearest[1] > reference.year and (nearest[0] - reference).days > _NEXT_YEAR_DAYS:
        return str(reference.year)
    return str(nearest[1])


# how far after the reference date a date with no year and no tense may fall and still be
# taken as next year's
_NEXT_YEAR_DAYS = 31


def _format(year: str, month: int | None, day: int | None) -> str:
    if month is None:
        return year
    if day is None:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{day:02d}"


_RELATIVE = re.compile(
    r"(?:(?:earlier|later|early|late|mid-?)\s*)?(?P<which>last|this|next|that|the same)\s+"
    r"(?P<what>week|month|year|\w+)"
    r"|(?:(?:mid-?|early|late|the end of|the beginning of)\s*)?(?P<month>\w+)\s+(?:of\s+)?"
    r"(?P<year>last|this|next)\s+year"
    r"|(?P<day>yesterday|today|tomorrow)"
    r"|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:of\s+)?(?P<week>last|this|next)\s+week)?"
)
_SHIFT = {"last": -1, "this": 0, "next": 1}
_OF_THAT_YEAR = re.compile(r"^(\w+)\s+(?:of\s+)?(?:that|the\s+same)\s+year$")
_MONTH_NAMES = [name for name in MONTHS if len(name) > 4 or name in {"may", "june", "july"}]
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?", re.IGNORECASE)
_LABEL = re.compile(r"^(?:date|dated|published|updated|posted)\s*:?\s+", re.IGNORECASE)


_CURRENT_YEAR = re.compile(r"\s+(?:of\s+)?(?:the\s+)?current\s+year\b")
_DAY_REL_YEAR = re.compile(r"(.*\d.*?)\s+(?:of\s+)?(last|this|next)\s+year")


def _relative(lower: str, reference: dt.date | None, tense: str | None, context_year: int | None) -> str | None:
    """The value of a date written relative to the reference date ("last year", "May last
    year", "yesterday", "on Monday", "that January"); ``None`` if ``lower`` is not one."""
    lower = _OF_THAT_YEAR.sub(r"that \1", lower)  # "february of the same year" is "that february"
    m = _RELATIVE.fullmatch(lower)
    if m is None:
        return None
    which, what = m.group("which"), m.group("what")
    if which in {"that", "the same"}:
        if what not in MONTHS:
            return None
        if context_year is None:
            return _format(_resolve_year(MONTHS[what], None, reference, tense), MONTHS[what], None)
        return _format(str(context_year), MONTHS[what], None)
    if reference is None:
        raise DateError(f"a relative date needs a reference date: {lower!r}")
    if m.group("day"):
        day = reference + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("day")])
        return day.isoformat()
    if m.group("month"):
        if m.group("month") not in MONTHS:
            return None
        return _format(str(reference.year + _SHIFT[m.group("year")]), MONTHS[m.group("month")], None)
    if which == "this" and what in MONTHS:  # "dismissed this May": the reference year's
        return _format(str(reference.year), MONTHS[what], None)
    if which in {"last", "next"} and what in MONTHS:
        # "last December" read in June 2012 is 2011-12; "next March" read in June is next year's
        month = MONTHS[what]
        if which == "last":
            year = reference.year if month < reference.month else reference.year - 1
        else:
            year = reference.year if month > reference.month else reference.year + 1
        return _format(str(year), month, None)
    weekday = m.group("weekday") or (what if what in WEEKDAYS else None)
    if weekday and m.group("week"):  # "Thursday last week": that day of the week before the reference's
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=_SHIFT[m.group("week")])
        return (monday + dt.timedelta(days=WEEKDAYS.index(weekday))).isoformat()
    if weekday:
        shift = _SHIFT.get(which or "", 0)
        back = (reference.weekday() - WEEKDAYS.index(weekday)) % 7
        if shift == 1 or (shift == 0 and which is None and tense == "future"):
            # (the reference date's own weekday is that day, GUIDELINES: "are competing Sunday" on a Sunday)
            day = reference + dt.timedelta(days=(WEEKDAYS.index(weekday) - reference.weekday()) % 7 or 7 * shift)
        else:
            day = reference - dt.timedelta(days=back or (7 if shift == -1 else 0))
        return day.isoformat()
    shift = _SHIFT[which]
    if what == "year":
        return str(reference.year + shift)
    if what == "month":
        month_index = reference.year * 12 + reference.month - 1 + shift
        return _format(str(month_index // 12), month_index % 12 + 1, None)
    if what == "week":
        year, week, _ = (reference + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}"
    return None


def parse_date(
    text: str,
    reference_date: dt.date | str | None = None,
    tense: str | None = None,
    context_year: int | None = None,
) -> str:
    """Normalize a date mention to ISO; raise :class:`DateError` when ``text`` is not a date.

    A missing year is resolved from ``reference_date``: the year that puts the date nearest
    to it ("December 28" read on 2026-01-05 is 2025-12-28), or, with ``tense`` ("future" or
    "past", see :func:`tense_of`), the next or the last such date. Without one it is ``XXXX``.

    Relative dates resolve against ``reference_date``: "yesterday" and "on Monday" to a day,
    "May last year" and "next month" to a month, "this year" to a year, "last week" to an ISO
    week (``2025-W33``). "that January" takes ``context_year``, the year of the date spoken of
    before. A relative date without a reference date raises :class:`DateError`.
    """
    reference = _as_date(reference_date)
    clean = " ".join(text.replace("\u00a0", " ").split()).strip(" ,.")
    # a time of day and a "date"/"published" label beside a dateline: " date 2024-04-22 12:08"
    clean = _TIME.sub("", _LABEL.sub("", clean)).strip(" ,.")
    lower = re.sub(r"^on\s+", "", clean.lower())
    lower = _CURRENT_YEAR.sub(" this year", lower)  # "June of the current year" is "June this year"
    lower = re.sub(rf",(?=\s+{RELATIVE_YEAR})", "", lower)  # "May, last year" is "May last year"
    for ru, number in RU_MONTHS.items():
        if ru in lower:
            lower = re.sub(rf"\b{ru}\b\.?", _MONTH_NAMES[number - 1], lower)
            break
    relative = _relative(lower, reference, tense, context_year)
    if relative is not None:
        return relative
    shifted = _DAY_REL_YEAR.fullmatch(lower)
    if shifted:  # "january 5 last year": the day in the year before the reference date's
        if reference is None and shifted.group(2) == "this":
            lower = clean = shifted.group(1)  # "December 23 of this year": a day, its year unknown
        elif reference is None:
            raise DateError(f"a relative date needs a reference date: {lower!r}")
        else:
            lower = f"{shifted.group(1)} {reference.year + _SHIFT[shifted.group(2)]}"
            clean = lower
    m = re.fullmatch(r"((?:19|20)\d{2})[-.](\d{2})[-.](\d{2})", clean)  # "2025-08-20", "2023.10.09"
    if m:
        return _checked(m.group(1), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})", clean)
    if m and int(m.group(2)) > 12 and int(m.group(1)) <= 12:  # "06/26/2009": month first
        return _checked(m.group(3), int(m.group(1)), int(m.group(2)))
    if (
        m
        and "/" in clean
        and reference is not None
        and (int(m.group(3)), int(m.group(1)), int(m.group(2)))
        == (
            reference.year,
            reference.month,
            reference.day,
        )
    ):  # "1/3/2024" on a page of 2024-01-03: a US site's dateline, month first
        return _checked(m.group(3), int(m.group(1)), int(m.group(2)))
    if m:
        return _checked(m.group(3), int(m.group(2)), int(m.group(1)))
    lower = re.sub(r"^(?:mid[-‑]?|early|late|the end of|the beginning of)\s*", "", lower)
    # "summer 2021", "the autumn of 2019": the year (GUIDELINES: "in the summer of 2018" is the year)
    lower = re.sub(r"^(?:the\s+)?(?:summer|spring|autumn|fall|winter)\s+(?:of\s+)?(?=(?:19|20)\d\d$)", "", lower)
    m = re.fullmatch(r"((?:19|20)\d{2})", lower)
    if m:
        return m.group(1)
    year_m = re.search(r"\b((?:19|20)\d{2})$", lower)
    year = year_m.group(1) if year_m else None
    rest = lower[: year_m.start()].strip(" ,") if year_m else lower
    words = re.findall(r"[a-z]+|\d+", rest)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    days = [int(w) for w in re.findall(r"\d+", rest)]
    if month is None:
        raise DateError(f"not a date: {text!r}")
    day = days[0] if days else None
    if year is None:
        year = _resolve_year(month, day, reference, tense)
    return _checked(year, month, day)


_DAY_RANGE = re.compile(
    rf"(?:(?P<m1>{MONTH})\s+(?P<a1>\d{{1,2}})(?:st|nd|rd|th)?(?P<j1>{DAY_JOINT})(?P<b1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<a2>\d{{1,2}})(?:st|nd|rd|th)?(?P<j2>{DAY_JOINT})(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m2>{MONTH})"
    rf"|(?P<a3>\d{{1,2}})(?:st|nd|rd|th)?(?P<j3>\s+(?:to|through|until|till)\s+)(?P<m3>{MONTH})\s+(?P<b3>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"(?P<year>,?\s+{YEAR}|{REL_YEAR})?"
)


def day_range(text: str) -> list[str] | None:
    """The single days of a range or pair of days, each written out ("June 9 and 10, 2019" gives
    "June 9, 2019" and "June 10, 2019"; "16-17 December" gives "December 16" and "December 17";
    "January 2 to 10" and "1 to November 30" its two ends), or ``None`` when ``text`` is not one. A dashed range of more
    than two weeks gives its two ends."""
    m = _DAY_RANGE.fullmatch(" ".join(text.split()))
    if not m:
        return None
    month = m.group("m1") or m.group("m2") or m.group("m3")
    first = int(m.group("a1") or m.group("a2") or m.group("a3"))
    last = int(m.group("b1") or m.group("b2") or m.group("b3"))
    joint = (m.group("j1") or m.group("j2") or m.group("j3")).strip()
    if not 1 <= first < last <= 31:
        return None
    # a dashed range is every day in it (its two ends past two weeks: "May 1-16"); "9 and 10" the two
    # days; "from January 2 to 10" its two ends
    days = list(range(first, last + 1)) if joint in {"-", "–"} and last - first <= 14 else [first, last]
    return [f"{month} {day}{m.group('year') or ''}" for day in days]


def _checked(year: str, month: int, day: int | None) -> str:
    if year != "XXXX":
        try:
            dt.date(int(year), month, day or 1)
        except ValueError as exc:
            raise DateError(f"no such date: {year}-{month}-{day}") from exc
    elif not (1 <= month <= 12 and (day is None or 1 <= day <= 31)):
        raise DateError(f"no such date: {month}-{day}")
    return _format(year, month, day)
