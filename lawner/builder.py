"""Build a document's :class:`~lawner.records.Record` from its entities: normalize each span,
then link penalties to their article and officials to their title and organization."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .normalize.codes import code_table, normalize_code
from .normalize.dates import MONTHS, DateError, day_range, parse_date, tense_of
from .normalize.mci import mci_value
from .normalize.numbers import parse_ordinal
from .normalize.penalties import ParsedPenalty, parse_penalty
from .people import (
    AS_VERB,
    NON_STATE_POST,
    NON_STATE_TITLE,
    OF_POST,
    RELATIVE_NAMED,
    STATE_RIGHTS_POST,
    SURNAME_FORM,
    clean_name,
    defendants,
    ministry_end,
    spelling_key,
    surname,
)
from .records import ArticleRef, DateMention, LawRef, Official, Penalty, Record
from .regexes import (
    ARTICLE_HEADING_RE,
    ARTICLE_NUMBER,
    CHANGE_VERB,
    PART_NUMBER,
    SOURCE_HEADING_RE,
    THIS_CODE_RE,
    load_data,
)
from .text import NON_ENGLISH_KEY, doc_sentences, doc_text, inside, lines, skipped_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_NUMBERS = re.compile(rf"(?<![\w-]){ARTICLE_NUMBER}")
_ARTICLE_WORD = re.compile(r"\b(?:articles?|arts?\.?)\s*", re.IGNORECASE)
_PART = re.compile(
    rf"\b(?:parts?|sections?)\s+(?P<n>{PART_NUMBER})\b|\((?P<p>\d{{1,2}})\)|\bpt?\.\s?(?P<d>\d{{1,2}})\b", re.IGNORECASE
)
_PARAGRAPH = re.compile(rf"\b(?:sub-?)?(?:paragraph|clause|item|point)s?\s+(?P<n>{PART_NUMBER})\b", re.IGNORECASE)
# between an article and its code: " of the ", " of Kazakhstan's ", " of the RK "
# (the article's title in quotes or brackets may stand between: 'article 174 p.1 “Incitement of
# National Enmity” of', "Article 190 (fraud) of")
_ARTICLE_TO_CODE = re.compile(
    r"^\s*,?\s*(?:[\"“«][^\"”»\n]{1,200}[\"”»]|\([^()\n]{1,200}\))?\s*,?\s*"
    # "Article 127-2 was added to the Code ...", "a new Article 405-1 will be introduced into the Code"
    r"(?:of|under|in|(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:added|introduced|inserted|included)\s+(?:to|into|in))\s+(?:the\s+)?"
    r"(?:Kazakhstan['’]s\s+|Kazakhstan\s+|Kazakh\s+|RoK\s+|RK\s+|new\s+|current\s+|old\s+|former\s+)?$",
    re.IGNORECASE,
)
# between an article and its code, across other articles of a list: " and Clause 2, Part 4,
# Article 189 of the "
_ARTICLE_LIST_TO_CODE = re.compile(
    r"^(?:\s*(?:,|and|or|of|the|parts?|articles?|arts?\.?|clauses?|paragraphs?|points?|subparagraphs?|\d{1,4}(?:-\d{1,3})?\)?"
    # an article's name in brackets: "Art. 190 (fraud) and Art. 245 (tax evasion) of the Criminal Code"
    r"|\([^()\n]{1,60}\)))*"
    r"\s*(?:of|under|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the words of a list of articles after one of them, up to the last number
_ARTICLE_LIST_WORDS = re.compile(
    r"(?:\s*(?:,|and|or|of|the|parts?|articles?|arts?\.?|clauses?|paragraphs?|points?|subparagraphs?"
    r"|\d{1,4}(?:-\d{1,3})?\)?|[\"“«'][a-z][\"”»']))*",
    re.IGNORECASE,
)
# an amending law in an amendment note: "as amended by the Law № 292-VI of ... (the enforcement
# procedure is in Art.2)"
_AMENDING_LAW = re.compile(r"\bLaw\s+(?:№|No\.?)\s*[\w-]+")
# between a title and its body: " of the ", " for the ", " at the "
_TITLE_TO_ORG = re.compile(r"^\s*,?\s*(?:of|for|at|from|in)\s+(?:the\s+)?$", re.IGNORECASE)
# a body and the name after it: "the Ministry of Energy's X"; "the new cabinet led by X"
_ORG_TO_TITLE = re.compile(
    r"^\s*(?:['’]s)?\s*$|^,?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:led|headed|chaired)\s+by\s+$"
)
_TITLE_TO_NAME = re.compile(
    r"^\s*(?:(?-i:RK|RoK)\s+|\((?-i:[A-Z]{2,6})\)\s+)?,?\s*(?:\d{1,3},\s+)?(?:(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|elected)\s+(?:as\s+)?"
    # appointment and dismissal phrasing: "X will serve as the", "X has replaced Y as the",
    # "relieve X of his duties as the"
    rf"|who\s+is\s+(?:now\s+)?|{AS_VERB}|{OF_POST})?"
    # ("X, the agency's chairman": the body's possessive)
    r"(?:the\s+|a\s+|an\s+|Kazakhstan['’]s\s+|the\s+(?:country|region|city|agency|ministry|committee|chamber|court|office|service|body|department)['’]s\s+)?$",
    re.IGNORECASE,
)
# an item of a bulleted list: "- Fine of up to 200 MCI", "• Arrest for up to 50 days"
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")
# where the clause of a date starts: after a reporting verb, "that" or a comma
_CLAUSE_START = re.compile(r"\b(?:said|says|told|noted|stated|added|announced|explained|reported|that)\b|,")
# what a number after which is no penalty: the old amount of a change ("rises from 7 MCI to
# 12 MCI", "12 MCI instead of 7"), a reduction ("cut by two years"), a deadline ("within the term
# of two months"), custody before trial ("held in police custody for a day")
_OLD_AMOUNT = re.compile(
    rf"(?:{CHANGE_VERB}[^.;]{{0,80}}\bfrom|\binstead\s+of|\bpreviously|\bformerly|\bcompared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)
_REDUCTION = re.compile(
    r"\b(?:cut|reduced|shortened|lowered|decreased|commuted|softened|mitigated|extended|prolonged)\s+(?:\w+\s+){0,2}?by\s*$",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\bwithin\s+(?:the\s+|a\s+)?(?:(?:term|period)\s+of\s+)?$", re.IGNORECASE)
_TIME_TO_ACT = re.compile(
    r"^\s*(?:in\s+which\s+)?to\s+(?:appeal|pay|file|leave|comply|challenge|respond|submit|object|apply)\b",
    re.IGNORECASE,
)
# time spent in prison, not a penalty: "spent only 7 years behind bars" (a penalty "served" is one:
# "served 5 days of administrative arrest")
_SERVED = re.compile(
    r"\b(?:spent|has\s+spent|had\s+spent|having\s+spent)\s+"
    r"(?:(?:only|just|almost|nearly|about|some|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
_COUNTERFACTUAL = re.compile(r"\bshould\s+have\s+(?:been\s+)?\w+\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)
_CUSTODY = re.compile(
    r"\b(?:custody|remand|pre-?trial\s+detention|temporary\s+detention|detention\s+cent(?:er|re)|house\s+arrest"
    # a forensic psychiatric examination: "placed in a psychiatric clinic for 18 days"
    r"|psychiatric\s+(?:clinic|hospital|ward|facility|institution))\b",
    re.IGNORECASE,
)
# the sum of many fines: "fines totalling 332,280 tenge were issued", "having fined violators at more
# than 2 billion tenge"
_SUM_OF_FINES = re.compile(
    r"\bfines\s+(?:totall?ing|amounting\s+to|worth\s+a\s+total\s+of|for\s+a\s+total\s+of)\b"
    r"|\bfined\s+(?:[\w-]+\s+){0,2}?(?:violators|offenders|entities|companies|businesses|enterprises)\s+(?:at|for)\s+(?:a\s+total\s+of\s+)?"
    r"(?:more\s+than\s+|over\s+|about\s+|almost\s+|nearly\s+)?[\d$₸]",
    re.IGNORECASE,
)
# "inspectors have fined shop owners 215 million tenge", "police fined cafes 48 million tenge":
# many people's fines, summed (a plural object in lower case and a sum in millions; not "... each")
_FINED_MANY = re.compile(
    r"\bfined\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z-]+(?<!ss)s)\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+|almost\s+|nearly\s+)?"
    r"[\d.,]+\s*(?:million|billion|mln|bn)\b",
    re.IGNORECASE,
)
_EACH_AFTER = re.compile(r"[^.;]{0,40}\beach\b", re.IGNORECASE)
# the old penalty of a change, in its own clause: "Previously, the punishment ranged from 7 to 10
# years", "While previously such offences carried ..., the new law now stipulates ..." (a "now"
# or "new" after it starts the new penalty's clause)
_PREVIOUSLY = re.compile(
    r"\b(?:previously|formerly|before\s+the\s+(?:amendments|changes|reform))\b(?![^.;]*\b(?:now|new|currently|will|would|today|said|stated|announced|noted|reported|told|proposed)\b)"
    r"[^.;]*\b(?:carried|provided|ranged|punishable|stipulated|entailed|envisaged|(?:penalty|punishment|fine|sanction|term)s?\s+(?:was|were))\b"
    r"(?![^.;]*\b(?:now|new|currently|will|today)\b)[^.;]*$",
    re.IGNORECASE,
)
# "detention for a period not exceeding 72 hours is allowed", "... is admitted in order to establish
# the identity of the suspect"
_DETENTION_ALLOWED = re.compile(
    r"\s*,?\s*(?:is|are|may\s+be)\s+(?:allowed|admitted|permitted|possible|applied)\b", re.IGNORECASE
)
_CHANGE = re.compile(rf"{CHANGE_VERB}[^.;]*$", re.IGNORECASE)
_SPEED = re.compile(r"^\s*(?:km|kilomet|kph|mph|per\s+hour|an\s+hour|/\s*h\b)", re.IGNORECASE)
# where a clause ends, on either side of a date: a comma, a semicolon, "and", "but", "until"
_CLAUSE_BOUNDARY = re.compile(r"[,;]|\b(?:and|but|while|whereas|until|till|which|after|before)\b", re.IGNORECASE)
# after an export block header: a title line, then part one (a whole article, not a cut)
_WHOLE_ARTICLE = re.compile(r"[^\n]*\n[ \t]*[A-Z][^\n]*\n[ \t]*1\.\s")
_PROGRAMME_PERIOD = re.compile(r"\bfor\s+$", re.IGNORECASE)
_SAME_MONTH = re.compile(r"(?:that\s+(?:same\s+)?|same\s+)month", re.IGNORECASE)
# a year inside a name: "the 2025-2027 Action Plan to Fight Fraud", "the Astana Legal Forum 2024",
# "Strategy 2050" (the guidelines: years inside names are no dates)
_BARE_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2}))?")
_NAME_NOUN = (
    r"(?:(?i:plan|programme|program|strategy|concept|roadmap|road\s+map)|Forum|Agenda|Summit|Expo|EXPO|Games|Olympics"
    r"|Cup|Championship|Festival|Congress|Initiative|Framework|Doctrine|Vision|Week)"
)
_NAME_AFTER_YEAR = re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,4}}{_NAME_NOUN}\b")
_NAME_BEFORE_YEAR = re.compile(rf"\b{_NAME_NOUN}\s+$")
_UNTIL = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:mid-|early\s+|late\s+)?$", re.IGNORECASE)
# a DATE span that is a range of years: "1976-1978", "2012 – 2013"
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2}|\d{2})")
# months named as a season: "the winter months of December, January and February"
# the other end of a range of months that carries the year both share: "from March [to April 2020]",
# "between June [and August 2019]", "May 5 [- June 10, 2021]"
_MONTH_WORD = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_SHARED_YEAR = re.compile(
    rf"\s*(?:to|and|-|–|—|through|till|until)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTH_WORD})\b\.?"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")


def _day_month(written: str) -> tuple[int | None, int | None]:
    """The day and month a date mention names ("22 November", "Nov. 22, 2013"), if it does."""
    month = next((MONTHS[w] for w in re.findall(r"[a-z]+", written.lower()) if w in MONTHS), None)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?![.:/-]\d)", written)
    return (int(day[1]) if day else None), month


_SEASON = re.compile(
    r"\b(?:winter|summer|spring|autumn|fall|cold|warm|hot|heating)\s+(?:months|season)\b[^.;]*$", re.IGNORECASE
)
_SAME_AMOUNT = re.compile(r"\bsame\s+(?:amount|size|sum)\b", re.IGNORECASE)
_OPEN_BRACKET = re.compile(r"^\s*\(\s*(?:about|approximately|around|roughly|some|or|~|≈)?\s*$", re.IGNORECASE)


class Entity:
    """An entity's fields, read once: ``Span.text`` rebuilds the text from the tokens on each
    access, and the record builder reads it many times. ``_`` holds ``lawner_value``: a Span's
    own extensions (``ent._.lawner_value = ...`` writes to the span), or a :class:`Values` when
    there is no Doc (:mod:`lawner.rules_engine`)."""

    __slots__ = ("_", "start_char", "end_char", "label_", "text", "confidence")

    def __init__(self, start: int, end: int, label: str, text: str, confidence: float | None, values=None) -> None:
        self.start_char, self.end_char, self.label_ = start, end, label
        self.text = text[start:end]
        self.confidence = confidence
        self._ = values if values is not None else Values()

    @classmethod
    def of_span(cls, span: Span, text: str) -> Entity:
        return cls(span.start_char, span.end_char, span.label_, text, span._.lawner_confidence, span._)


class Values:
    """Where the builder writes an entity's normalized ``lawner_value`` when it is not a Span."""

    __slots__ = ("lawner_value",)

    def __init__(self) -> None:
        self.lawner_value = None


class _Layout:
    """Sentence and line (paragraph) index of character offsets."""

    def __init__(self, text: str, sentence_spans: list[tuple[int, int]]) -> None:
        self.sentences = sentence_spans
        self.text = text
        self.lines = lines(text)
        self._sentence_starts = [s for s, _ in self.sentences]
        self._line_starts = [s for s, _ in self.lines]

    def sentence(self, offset: int) -> int:
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def line(self, offset: int) -> int:
        return max(bisect.bisect_right(self._line_starts, offset) - 1, 0)

    def sentence_start(self, offset: int) -> int:
        return self.sentences[self.sentence(offset)][0] if self.sentences else 0

    def list_start(self, index: int) -> int:
        """The first line of the bulleted list that line ``index`` is an item of (else ``index``)."""
        if not self.lines or not _BULLET.match(self.line_text(index)):
            return index
        while index > 0 and _BULLET.match(self.line_text(index - 1)):
            index -= 1
        return index

    def line_text(self, index: int) -> str:
        start, end = self.lines[index] if self.lines else (0, len(self.text))
        return self.text[start:end]

    def sentence_end(self, offset: int) -> int:
        return self.sentences[self.sentence(offset)][1] if self.sentences else len(self.text)


def document_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def build_record(
    doc: Doc,
    *,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    default_code: str | None = None,
) -> Record:
    """The record of ``doc``: its entities, normalized and linked (see the README's schema)."""
    text = doc_text(doc)
    return record_of(
        text,
        [Entity.of_span(e, text) for e in doc.ents],
        sentences=doc_sentences(doc),
        skip=skipped_ranges(doc),
        non_english=[(s.start_char, s.end_char, s.label_) for s in doc.spans.get(NON_ENGLISH_KEY, [])],
        warnings=doc._.lawner_warnings,
        reference_date=reference_date,
        doc_id=doc_id,
        default_code=default_code,
    )


def record_of(
    text: str,
    entities: list[Entity],
    *,
    sentences: list[tuple[int, int]],
    skip: list[tuple[int, int]] = (),
    non_english: list[tuple[int, int, str]] = (),
    warnings: list[str] | None = None,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    default_code: str | None = None,
) -> Record:
    """The record of ``text`` from its ``entities`` (in text order) and ``sentences``.

    Entities inside ``skip`` (page boilerplate, non-English paragraphs) are left out; each
    ``(start, end, language)`` in ``non_english`` adds a warning.
    """
    if isinstance(reference_date, dt.date):
        reference_date = reference_date.isoformat()
    ents = [e for e in entities if not inside(skip, e.start_char, e.end_char)]
    layout = _Layout(text, sentences)
    record = Record(id=doc_id or document_id(text), reference_date=reference_date)
    laws = [e for e in ents if e.label_ == "LAW"]
    record.laws = [_law(e) for e in laws]
    headings = statute_headings(text)
    code = default_code or (_main_code(record.laws) if headings else None)
    articles = [e for e in ents if e.label_ == "ARTICLE"]
    for ent in articles:
        record.articles.extend(_articles(ent, text, laws, layout, code))
    record.penalties = _penalties(
        [e for e in ents if e.label_ == "PENALTY"], text, articles, laws, layout, headings, reference_date
    )
    context_year: int | None = None
    context_month: str | None = None  # the last date's month, for "the same month"
    dated: tuple | None = None  # the last date written with its year: day, month, year, sentence, end
    for ent in (e for e in ents if e.label_ == "DATE"):
        if _SEASON.search(text[max(0, ent.start_char - 60) : ent.start_char]):
            continue  # "the winter months of December, January and February": not dates
        if _BARE_YEARS.fullmatch(ent.text) and (
            _NAME_AFTER_YEAR.match(text, ent.end_char)
            or _NAME_BEFORE_YEAR.search(text[max(0, ent.start_char - 30) : ent.start_char])
        ):
            continue
        years = _YEAR_RANGE.fullmatch(ent.text)
        if years and len(years.group(2)) == 2 and not 0 < int(years.group(2)) - int(years.group(1)[2:]) <= 30:
            years = None  # "2021-05" is no range of years
        if years:  # "1976-1978": each end is a date; "the Concept for 2022-2026" names a programme
            if _PROGRAMME_PERIOD.search(text[max(0, ent.start_char - 5) : ent.start_char]):
                continue
            ent._.lawner_value = years.group(1)
            first = years.group(1)
            last = years.group(2) if len(years.group(2)) == 4 else first[:2] + years.group(2)  # "2003-06"
            for i, value in ((1, first), (2, last)):
                start, end = ent.start_char + years.start(i), ent.start_char + years.end(i)
                record.dates.append(DateMention(years.group(i), start, end, _conf(ent), value))
            context_year = int(last)
            continue
        if _SAME_MONTH.fullmatch(ent.text):  # "the same month", "that same month": the month spoken of
            if context_month is not None:
                ent._.lawner_value = context_month
                record.dates.append(DateMention(ent.text, ent.start_char, ent.end_char, _conf(ent), context_month))
            continue
        written = ent.text
        shared = None if _HAS_YEAR.search(written) else _SHARED_YEAR.match(text, ent.end_char)
        if shared:
            written = f"{written} {shared.group(1)}"
        # a date written without its year takes the year of one just written with it: in the same
        # sentence, the same month ("on 20 November 2013, while the stated date was 22
        # November"); close by, the same day ("Update, March 30, 2016. The court on March 30 ...")
        day_month = _day_month(written)
        sentence = layout.sentence(ent.start_char) if layout.sentences else 0
        if _HAS_YEAR.search(written):
            if day_month[1]:
                dated = (*day_month, _HAS_YEAR.search(written)[0], sentence, ent.end_char)
        elif day_month[1] and dated and reference_date and dated[1] == day_month[1]:
            if dated[3] == sentence or (day_month[0] and dated[0] == day_month[0] and ent.start_char - dated[4] < 300):
                written = f"{written} {dated[2]}"
        # "June 9 and 10, 2019", "16-17 December": one entry per day (GUIDELINES); else the one date
        days = day_range(written) or [written]
        tense = _tense(text, ent, layout)
        try:
            values = [parse_date(day, reference_date, tense, context_year) for day in days]
        except DateError:
            continue
        if values[-1][:4].isdigit():
            context_year = int(values[-1][:4])
        if len(values[-1]) >= 7:
            context_month = values[-1][:7]
        ent._.lawner_value = values[0]
        record.dates.extend(DateMention(ent.text, ent.start_char, ent.end_char, _conf(ent), v) for v in values)
    record.officials = _officials(ents, text, layout)
    record.warnings = list(warnings or []) + _warnings(record, reference_date)
    for start, end, language in non_english:
        record.warnings.append(f"non-English paragraph ({language}) at {start}-{end}: not extracted")
    return record


# a date as the adjective of something done: "the January 15 ruling", "the March 3 raid"
_DONE_EVENT_AFTER = re.compile(
    r"\s+(?:ruling|verdict|decision|judg(?:e)?ment|sentencing|decree|raid|arrest|detention|attack|incident|killing|explosion)\b",
    re.IGNORECASE,
)


def _tense(text: str, ent: Entity, layout: _Layout) -> str | None:
    """The tense of a date's own clause: the words just before it ("said the law would take
    effect on ..."), else its clause on both sides, else the whole sentence. A "will" or "until" in
    another clause says nothing of a date whose own clause has a tense ("the arrest was extended on
    May 12 until January")."""
    if _DONE_EVENT_AFTER.match(text, ent.end_char):
        return "past"  # "he will appeal the January 15 ruling": a ruling already given
    s_start, s_end = layout.sentences[layout.sentence(ent.start_char)] if layout.sentences else (0, len(text))
    near = _CLAUSE_START.split(text[max(s_start, ent.start_char - 60) : ent.start_char])[-1]
    tense = tense_of(near)
    if tense:
        return tense
    before = _CLAUSE_BOUNDARY.split(text[s_start : ent.start_char])[-1]
    after = _CLAUSE_BOUNDARY.split(text[ent.end_char : s_end])[0]
    # a date that is a clause of its own ("On April 24, X received ...") takes the sentence's tense
    # ("until" there is another clause's: "prolonged on March 20 ... until February"); a date right
    # after "until" keeps the nearest year
    if _UNTIL_BEFORE.search(text[max(s_start, ent.start_char - 12) : ent.start_char]):
        return tense_of(before + " " + after) or "nearest"
    return tense_of(before + " " + after) or tense_of(_UNTIL.sub(" ", text[s_start:s_end]))


def _conf(ent: Entity) -> float:
    return round(float(ent.confidence), 4) if ent.confidence is not None else 1.0


def _law(ent: Entity) -> LawRef:
    name = normalize_code(ent.text) or " ".join(ent.text.split())
    ent._.lawner_value = name
    return LawRef(ent.text, ent.start_char, ent.end_char, _conf(ent), name)


def _main_code(laws: list[LawRef]) -> str | None:
    names = Counter(law.name for law in laws)
    return names.most_common(1)[0][0] if names else None


def statute_headings(text: str) -> list[tuple[int, str]]:
    """(offset, number) of statute article headings: "Article 115-1. Stalking" lines and the
    adilet export's "Original section/article: 115-1" block headers."""
    found = [(m.start(), m.group("number")) for m in ARTICLE_HEADING_RE.finditer(text)]
    found += _source_headings(text)
    return sorted(found)


def _source_headings(text: str) -> list[tuple[int, str]]:
    """The adilet export's block headers that start an article. The export also cuts the text
    at each article a sanction cites ("... provided by [header: 416] Article 416 of this Code"),
    so a header whose number jumps away from the article being read (back, or more than five
    ahead) continues that article, unless a title line and a part one follow it: then it is a
    whole article the export placed out of order, and the code's order resumes after it."""
    out: list[tuple[int, str]] = []
    current: str | None = None  # the article of the code's own order, which a cut header interrupts
    for m in SOURCE_HEADING_RE.finditer(text):
        number = m.group("number")
        if out and number == out[-1][1]:
            continue  # the same article's next block
        if current is not None:
            last, new = int(current.split("-")[0]), int(number.split("-")[0])
            if not last <= new <= last + 5:
                if _WHOLE_ARTICLE.match(text, m.end()):
                    out.append((m.start(), number))  # a whole article the export placed out of order
                continue
        out.append((m.start(), number))
        current = number
    return out


_NUMBER_FIRST = re.compile(r"(\d{1,4}(?:-\d{1,3})?)\s+article", re.IGNORECASE)
# an article of a law the pipeline does not mark: "Article 4 of Kazakhstan's media law"
_OF_OTHER_LAW = re.compile(
    r"\s*,?\s*of\s+(?:the\s+)?[^.;,\n]{0,40}?\b(?:law|act|constitution|decree|resolution|regulations?|rules|treaty|convention|covenant|charter|declaration)\b"
    r"|\s*,?\s*of\s+(?:the\s+)?(?-i:ICCPR|ECHR|UDHR|ICESCR)\b",
    re.IGNORECASE,
)


def _code_name(law: str) -> str | None:
    """The code an article of ``law`` is in: a code's canonical name, else ``None`` (an article of a
    titled law such as 'Law "On the Prosecutor's Office"' is in no code; the law itself is in
    ``Record.laws``)."""
    name = normalize_code(law)
    return None if name is None or name.startswith("Law ") else name


def _code_for(ent: Entity, text: str, laws: Sequence[Entity], layout: _Layout, doc_code: str | None) -> str | None:
    """The code an article belongs to: named right after it, "this Code", or the one in context."""
    for law in laws:
        if law.start_char >= ent.end_char and _ARTICLE_TO_CODE.match(text[ent.end_char : law.start_char]):
            return _code_name(law.text)
    after = text[ent.end_char : ent.end_char + 25]
    if THIS_CODE_RE.match(re.sub(r"^\s*,?\s*of\s+", "", after)):
        return doc_code
    short = _short_code().match(after)  # "Article 176 CCK", "Article 190 of the CC RK"
    if short:
        return normalize_code(short.group("alias"))
    near = text[max(0, ent.start_char - 300) : ent.start_char].rsplit("\n", 1)[-1]
    if near.count("(") > near.count(")") and _AMENDING_LAW.search(near):
        return None  # in the brackets of an amendment note: "(the enforcement procedure is in Art.2)"
    # "Part 5, Article 28 and Clause 2, Part 4, Article 189 of the Criminal Code": the code the
    # list of articles ends with
    for law in laws:
        if law.start_char >= ent.end_char and _ARTICLE_LIST_TO_CODE.match(text[ent.end_char : law.start_char]):
            return _code_name(law.text)
    # ... or with a short alias: 'Part 5, Article 28 and Clause "b" of Part 4, Article 176 CCK'
    listed = _ARTICLE_LIST_WORDS.match(text, ent.end_char, ent.end_char + 150)
    if listed and listed.end() > ent.end_char:
        short = _short_code().match(text[listed.end() : listed.end() + 30])
        if short and re.search(r"\d\)?\s*$", listed.group(0)):
            return normalize_code(short.group("alias"))
    if _OF_OTHER_LAW.match(text, ent.end_char):
        return None  # "Article 10 of the European Convention on Human Rights": another law's article
    line = layout.line(ent.start_char)
    for law in sorted(laws, key=lambda s: -s.start_char):
        if law.end_char <= ent.start_char and layout.line(law.start_char) >= line - 1:
            return _code_name(law.text)
    if doc_code is None:
        # a news text about one code: "... changes to the Criminal Code" and later "a new article,
        # 301-1," (the only law it names before the article, and no other law anywhere)
        codes = {normalize_code(law.text) for law in laws}  # None for a law that is no code
        if len(codes) == 1 and laws[0].end_char <= ent.start_char and not _OF_OTHER_LAW.match(text, ent.end_char):
            return codes.pop()
    return doc_code


@functools.lru_cache(maxsize=1)
def _short_code() -> re.Pattern[str]:
    """A code's short alias right after an article: " CCK", " of the CC RK" (case-sensitive)."""
    aliases = sorted((a for _, _, short in code_table() for a in short), key=len, reverse=True)
    return re.compile(r"^\s*,?\s*(?:of\s+(?:the\s+)?)?(?P<alias>" + "|".join(map(re.escape, aliases)) + r")(?![\w-])")


def _articles(
    ent: Entity, text: str, laws: Sequence[Entity], layout: _Layout, doc_code: str | None
) -> list[ArticleRef]:
    span_text = ent.text
    word = _ARTICLE_WORD.search(span_text)
    number_first = _NUMBER_FIRST.fullmatch(span_text)  # "the new 412-1 article"
    if number_first:
        word, span_text = None, number_first.group(1)
    rest = span_text[word.end() :] if word else span_text
    paragraph_m = _PARAGRAPH.search(span_text[: word.start()] if word else "")
    if word and not paragraph_m and (paragraph_m := _PARAGRAPH.search(rest)):
        rest = rest[: paragraph_m.start()]  # "Article 164, paragraph 3": the paragraph after the number
    numbers = _NUMBERS.findall(rest)
    prefix = span_text[: word.start()] if word else ""
    suffix_part = _PART.search(rest) if word else None
    part_m = _PART.search(prefix) or suffix_part
    part = _ordinal(part_m.group("n") or part_m.group("p") or part_m.group("d")) if part_m else None
    code = _code_for(ent, text, laws, layout, doc_code)
    if suffix_part:
        numbers = [n for n in numbers if n not in suffix_part.group("n", "p", "d")][:1] or numbers
    if word and word.group().lower().startswith("articles"):
        numbers = [m for n in numbers for m in _article_range(n)]
    refs = [
        ArticleRef(
            span_text,
            ent.start_char,
            ent.end_char,
            _conf(ent),
            number=n,
            part=part,
            paragraph=_ordinal(paragraph_m.group("n")) if paragraph_m else None,
            code=code,
        )
        for n in numbers
    ]
    ent._.lawner_value = [r.to_dict() for r in refs]
    return refs


def _article_range(number: str) -> list[str]:
    """After "Articles", "62-64" is three articles; "232-1" (a lower second number) stays one.

    A code's inserted articles are numbered "232-1", "232-2", so a dash counts as a range only
    when the second number is the higher and the range is short (at most 20 articles).
    """
    first, _, last = number.partition("-")
    if last and int(first) < int(last) <= int(first) + 20:
        return [str(n) for n in range(int(first), int(last) + 1)]
    return [number]


def _ordinal(text: str) -> str | None:
    """ "4", "four" or "fourth" as the digits of a part or paragraph."""
    value = parse_ordinal(text)
    return str(value) if value is not None else None


def _article_for(
    ent: Entity, articles: Sequence[Entity], laws: Sequence[Entity], layout: _Layout, headings: list[tuple[int, str]]
) -> str | None:
    """The article a penalty belongs to.

    Statutes: the article whose heading precedes it. News: an article named in the same
    sentence (before it, else after it), else earlier in its paragraph, else in the paragraph
    before, unless a code is named there without an article (the text moved to another law).
    """
    if headings:
        i = bisect.bisect_right([h[0] for h in headings], ent.start_char) - 1
        return headings[i][1] if i >= 0 else None
    sentence = layout.sentence(ent.start_char)
    line = layout.line(ent.start_char)
    before = [a for a in articles if a.end_char <= ent.start_char]
    same_sentence = [a for a in before if layout.sentence(a.start_char) == sentence]
    after = [a for a in articles if a.start_char >= ent.end_char and layout.sentence(a.start_char) == sentence]
    candidates = same_sentence[-1:] or after[:1] or [a for a in before if layout.line(a.start_char) == line][-1:]
    if not candidates and _BULLET.match(layout.line_text(line)):
        # an item of a bulleted list: the article of the lines that lead into the list
        first = layout.list_start(line)
        candidates = [a for a in before if first - 2 <= layout.line(a.start_char) < first][-1:]
    if not candidates:
        previous = line - 1  # the paragraph before: the last line with text (blank lines between)
        while previous > 0 and not layout.line_text(previous).strip():
            previous -= 1
        refs = sorted(
            [(a.start_char, "ARTICLE", a) for a in before if layout.line(a.start_char) == previous]
            + [
                (w.start_char, "LAW", w)
                for w in laws
                if w.end_char <= ent.start_char
                and layout.line(w.start_char) == previous
                and not any(
                    a.end_char <= w.start_char and _ARTICLE_TO_CODE.match(layout.text[a.end_char : w.start_char])
                    for a in articles
                )
            ],
            key=lambda r: r[0],
        )
        if refs and refs[-1][1] == "ARTICLE":
            candidates = [refs[-1][2]]
    if not candidates:
        return None
    number_first = _NUMBER_FIRST.fullmatch(candidates[0].text)  # "the new 412-1 article"
    if number_first:
        return number_first.group(1)
    numbers = _NUMBERS.findall(_ARTICLE_WORD.split(candidates[0].text, maxsplit=1)[-1])
    return numbers[0] if numbers else None


def _penalties(
    ents: list[Entity],
    text: str,
    articles: list[Entity],
    laws: list[Entity],
    layout: _Layout,
    headings: list[tuple[int, str]],
    reference_date: str | None,
) -> list[Penalty]:
    mci = mci_value(reference_date) if reference_date else None
    out: list[Penalty] = []
    previous: list[tuple[Entity, ParsedPenalty]] = []
    article_starts = [a.start_char for a in articles]
    for ent in ents:
        sentence_start = layout.sentence_start(ent.start_char)
        before = text[sentence_start : ent.start_char]
        # "(about $1,200)" right after a fine is its conversion, not a second penalty
        if previous and _OPEN_BRACKET.search(text[previous[-1][0].end_char : ent.start_char]):
            continue
        after = text[ent.end_char : layout.sentence_end(ent.start_char)]
        if _not_a_penalty(ent.text, before, after):
            continue
        parsed = parse_penalty(ent.text, before, after)
        if parsed.kind == "none":
            continue
        if parsed.bound == "range" and _CHANGE.search(before) and re.match(r"from\b", ent.text, re.IGNORECASE):
            # "raised from 7 to 12 MCI": the new amount, not a range
            parsed.amount_min, parsed.bound = None, "exact"
        if parsed.same_as_previous:
            _take_previous(
                parsed,
                [p for s, p in previous[-6:] if s.start_char >= sentence_start - 400],
                by_amount=bool(_SAME_AMOUNT.search(ent.text)),
            )
        if parsed.amount is None and not parsed.tiers and parsed.kind not in _COMPLETE_KINDS:
            continue  # a bare "fine", "community service", "imprisonment": no size, no penalty
        previous.append((ent, parsed))
        # only the articles and codes near the penalty matter for linking
        lo = (
            bisect.bisect_left(
                article_starts, layout.lines[max(layout.list_start(layout.line(ent.start_char)) - 4, 0)][0]
            )
            if layout.lines
            else 0
        )
        hi = bisect.bisect_right(article_starts, ent.end_char + 2000)
        article = _article_for(ent, articles[lo:hi], laws, layout, headings) or _anaphor(ent, before, articles)
        tiers = parsed.tiers or [None]
        first = len(out)
        # "restriction/imprisonment for up to 2 years": the kind before the slash takes the same term
        slash = _SLASH_KIND.search(before) or _SLASH_KIND_START.match(ent.text) or _SLASH_INSIDE.search(ent.text)
        entries = [
            (parsed.kind, tier.amount if tier else parsed.amount, tier.subject if tier else None) for tier in tiers
        ]
        shared_kind = _SLASH_KINDS[slash.group(1).split()[0].lower()] if slash else None
        # (no term to share with "life imprisonment", nor a kind with itself)
        if shared_kind and not parsed.tiers and parsed.kind not in _COMPLETE_KINDS and shared_kind != parsed.kind:
            entries.insert(0, (shared_kind, parsed.amount, None))
        for kind, amount, subject in entries:
            penalty = Penalty(
                ent.text,
                ent.start_char,
                ent.end_char,
                _conf(ent),
                kind=kind,
                amount=amount,
                amount_min=parsed.amount_min,
                unit=parsed.unit,
                bound=parsed.bound,
                article=article,
                subject=subject,
            )
            if penalty.unit == "MCI" and mci is not None:
                penalty.amount_kzt = None if amount is None else round(amount * mci, 2)
                if parsed.amount_min is not None:
                    penalty.amount_min_kzt = round(parsed.amount_min * mci, 2)
            out.append(penalty)
        ent._.lawner_value = [p.to_dict() for p in out[first:]]
    return out


# a kind joined to the span's by a slash, as translations of Kazakh news write "ограничение/лишение
# свободы": "restriction/imprisonment for up to 2 years" is two penalties of one term
_SLASH_KINDS = {
    "restriction": "restriction_of_freedom",
    "limitation": "restriction_of_freedom",
    "restricted": "restriction_of_freedom",
    "fine": "fine",
    "arrest": "arrest",
    "community": "community_service",
    "correctional": "correctional_labor",
    "imprisonment": "imprisonment",
}
_SLASH_WORDS = (
    r"(restriction(?:\s+of\s+(?:liberty|freedom))?|limitation|fine|arrest|community(?:\s+service)?"
    r"|correctional\s+labou?r|imprisonment)"
)
# inside an amount-first span: "2 years of restriction/deprivation of liberty", "5 years of restricted/deprived liberty"
# ("3 years of restriction or deprivation of liberty")
_SLASH_INSIDE = re.compile(r"\b(restriction|restricted|limitation)(?:\s*/\s*|\s+or\s+)(?=depriv)", re.IGNORECASE)
# (a restriction of freedom also shares the term after "or": "restriction of freedom or imprisonment
# for up to 2 years", as the codes write "... or imprisonment for the same term")
# (and a bare "restriction or imprisonment for a term of 3 to 7 years", "restriction or deprivation
# of liberty for up to 5 years")
# ("imprisonment or restricted freedom for a period of up to three years", "community or corrective
# labour of up to 200 hours")
_SHARED = (
    r"(?:/|(?<=freedom)\s+or\s+|(?<=liberty)\s+or\s+|(?<=restriction)\s+or\s+(?=imprisonment|deprivation\s+of\s+liberty|$)"
    r"|(?<=imprisonment)(?<!life\simprisonment)\s+or\s+(?=restrict|limitation|$)|(?<=community)\s+or\s+(?=correct|$))"
)
_SLASH_KIND = re.compile(rf"\b{_SLASH_WORDS}\s*{_SHARED}\s*$", re.IGNORECASE)  # before the span
_SLASH_KIND_START = re.compile(rf"^{_SLASH_WORDS}\s*{_SHARED}\s*(?=\w)", re.IGNORECASE)  # at its start
# "Part 2 of the article establishes ...": the article named last before
_ANAPHOR = re.compile(r"\b(?:this|the|that|said)\s+article\b(?!\s*[#№]?\s*\d)", re.IGNORECASE)


def _anaphor(ent: Entity, before: str, articles: Sequence[Entity]) -> str | None:
    """The article a penalty's sentence refers back to ("Part 2 of the article provides for ..."):
    the last article named in the 2,000 characters before it."""
    if not _ANAPHOR.search(before):
        return None
    earlier = [a for a in articles if ent.start_char - 2000 <= a.end_char <= ent.start_char - len(before)]
    if not earlier:
        return None
    numbers = _NUMBERS.findall(_ARTICLE_WORD.split(earlier[-1].text, maxsplit=1)[-1])
    return numbers[0] if numbers else None


# kinds that are whole without a size (GUIDELINES: "A PENALTY needs a size, except ...")
_COMPLETE_KINDS = {"life_imprisonment", "deprivation_of_right", "other"}


def _not_a_penalty(span: str, before: str, after: str) -> bool:
    """A number in a penalty's words that is no penalty of its own (see ``_OLD_AMOUNT``)."""
    if _OLD_AMOUNT.search(before) or _REDUCTION.search(before) or _DEADLINE.search(before):
        return True
    if _COUNTERFACTUAL.search(before):  # "should have received a life sentence": none was given
        return True
    if _SERVED.search(before):  # "spent only 7 years behind bars": time spent
        return True
    if _SPEED.match(after) or re.search(r"\bkm\b|per\s+hour", span, re.IGNORECASE):
        return True
    if _TIME_TO_ACT.match(after):  # "she has 10 days to appeal": a deadline
        return True
    if re.match(r"[-‐‑–]\s*old\b", after):  # an age: "a 36-year-old man"
        return True
    if _PREVIOUSLY.search(before):  # "Previously, the punishment ranged from 7 to 10 years": the old term
        return True
    if _SUM_OF_FINES.search(before[-60:] + " " + span):  # "fines totalling 512,400 tenge were issued"
        return True
    if _FINED_MANY.search(before[-60:] + " " + span) and not _EACH_AFTER.match(after):
        return True
    if _DETENTION_ALLOWED.match(after) and re.match(r"detention\b", span, re.IGNORECASE):
        return True  # "detention for up to 72 hours is allowed": police custody, no punishment
    return bool(_CUSTODY.search(before[-40:] + " " + span))


def _take_previous(parsed: ParsedPenalty, previous: list[ParsedPenalty], by_amount: bool = False) -> None:
    """ "correctional labour in the same amount" takes the amount of the fine before it;
    "imprisonment for the same term" the term of the penalty before it. News translates
    correctional labour as "community service of the same amount": that takes the fine's too."""
    money = parsed.kind in {"correctional_labor", "fine"} or (by_amount and parsed.kind == "community_service")
    for earlier in reversed(previous):
        is_money = earlier.unit in {"MCI", "KZT", "USD", "percent"}
        if earlier.amount is not None and is_money == money:
            parsed.amount, parsed.amount_min = earlier.amount, earlier.amount_min
            parsed.unit, parsed.bound = earlier.unit, earlier.bound
            return


# "Energy Minister", "Deputy Interior Minister", "Internal Affairs Minister" (not "Prime Minister")
# ("justice minister", as news writes it in lower case mid-sentence)
_ADJECTIVE_MINISTER = re.compile(
    r"(?:^|\s)(?P<body>(?:(?!(?i:deputy|vice|former|acting|first|interim|prime|state|kazakh|kazakhstani?|russian|kyrgyz|uzbek|chinese|turkish|tajik|turkmen|american|british|german|french|the|a|an)\b)[A-Za-z][a-z]+\s+(?:and\s+)?){1,3}?)[Mm]inister$"
)
# the country after a title: "Foreign Minister of Kazakhstan", "Deputy Prime Minister of the Republic of Kazakhstan"
_OF_KAZAKHSTAN = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan$", re.IGNORECASE)
# the ministries an adjective names by another word
_MINISTRY_NAMES = {"interior": "Internal Affairs", "foreign": "Foreign Affairs", "defense": "Defence"}


def _organization_from_title(title: str) -> str | None:
    """The body a title names: "Minister of Justice" -> "Ministry of Justice"."""
    # the country is no ministry: "Foreign Minister of Kazakhstan", "Prime Minister of Kazakhstan"
    minister = _OF_KAZAKHSTAN.sub("", title)
    m = re.search(r"\bminister of (?:the )?(.+)$", minister, re.IGNORECASE)
    if m:
        # a body's name is capitalized, whatever the writer did: "Minister of ecology"
        words = (w if w in {"and", "of", "the", "for"} else w[:1].upper() + w[1:] for w in m.group(1).split(" "))
        return "Ministry of " + " ".join(words)
    m = _ADJECTIVE_MINISTER.search(minister)
    if m:  # "Deputy Interior Minister" -> "Ministry of Internal Affairs", "Energy Minister" -> "Ministry of Energy"
        body = " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in m.group("body").split())
        return "Ministry of " + _MINISTRY_NAMES.get(body.lower(), body)
    m = _HEAD_OF.match(title)
    if m and _BODY_WORD.search(m.group("body")):
        # "head of the Executive Office" -> "Executive Office", "head of the police department of
        # Zhambyl region" -> "police department of Zhambyl region" (the body as written); a press
        # service speaks for the body it belongs to: "head of the Ministry of Justice press service"
        body = _PRESS_SERVICE.sub("", m.group("body"))
        # (a body word alone names no body: "the director of the Department" is unnamed)
        if (_BODY_WORD.search(body) and len(body.split()) > 1) or re.fullmatch(r"[A-Z]{2,6}", body):
            return body
    for pattern in _bodies():
        found = pattern.search(title)
        if found:
            return title[found.start() : ministry_end(title, found.start(), found.end())]
    return None


# a title that heads a body it names: "head of the X", "First Deputy Chairman of the X"
_HEAD_OF = re.compile(
    r"^(?:(?:first|deputy|former|ex-|acting|interim|vice)[\s-]+)*"
    r"(?:head|chief|director|chair(?:man|woman|person)?|commissioner|(?:official\s+)?representative|"
    r"spokes(?:man|woman|person)|press\s+secretary)\s+of\s+(?:the\s+)?(?:Kazakhstan['’]s\s+)?"
    # (the body as written, capitalized or with a place in it: "police department of Zhambyl region")
    # (a lowercase unit of a ministry is left to the ministry: "chairman of the migration committee of
    # the Ministry of Finance" -> "Ministry of Finance", as tests/test_real_phrasings.py has it)
    r"(?P<body>(?-i:[A-Z]).+|(?!.*\bMinistry\b).*\b(?-i:[A-Z])[\w'’-]+.*)$",
    re.IGNORECASE,
)
_BODY_WORD = re.compile(
    r"\b(?:police|ministry|agency|committee|department|office|service|administration|commission|court|akimat|"
    r"maslikhat|bureau|inspectorate|inspection|directorate|council|chamber|government|mazhilis|majilis|senate|"
    r"parliament|prosecutor['’]s|KNB|DIA|CNS|MVD|NSC|AFM)\b",
    re.IGNORECASE,
)
_PRESS_SERVICE = re.compile(r"['’]s\s+press[- ](?:service|office)$|\s+press[- ](?:service|office)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _bodies() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load_data("officials.json")["bodies"]]


# a foreign or international post right before a name (the rules' own check, for the head's spans
# too): a foreign marker and then only the title's capitalized words
_FOREIGN_TITLE_BEFORE = re.compile(
    r"(?:\b(?:UN|OSCE|EU|NATO|CSTO|CIS|SCO|IMF|WHO|U\.S\.|US|American|Russian|Chinese|Kyrgyz|Uzbek|Tajik|Turkmen|Turkish|"
    r"Azerbaijani|Georgian|Belarusian|Ukrainian|British|German|French|Iranian|Afghan|Pakistani|Mongolian|Korean|Japanese|"
    r"Indian)\s+(?:(?:[A-Z][\w.-]*|of|for|and|the)\s+){0,6}"
    r"|\b(?:Assistant|Deputy|Under)\s+Secretary\s+of\s+State\s+(?:for\s+(?:[A-Z][\w-]*\s+){1,4})?)$"
)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Madam|Mister)\.?", re.IGNORECASE)
_HONORIFIC_END = re.compile(r"\s*\b(?:Mr|Mrs|Ms|Dr)\.?\s*$")


def _officials(ents: list[Entity], text: str, layout: _Layout) -> list[Official]:
    """One entry per person; title and organization from the spans beside any mention.

    A span that has no person's name's form (an outlet, a place, "Later") makes no entry, nor
    does anyone the text treats as a defendant at any mention (:mod:`lawner.people`), nor a
    mention with a post in a body that is not the state's ("the union's president X"). A
    surname alone with no title, body or fuller mention is dropped: it refers to someone the
    record cannot name.
    """
    # an honorific is no title: "the Chairman of the Agency, Mr. X" (the head may mark "Mr." a TITLE)
    ents = [e for e in ents if not (e.label_ == "TITLE" and _HONORIFIC.fullmatch(e.text.strip()))]
    mentions = []
    for i, ent in enumerate(ents):
        if ent.label_ == "OFFICIAL":
            name = clean_name(ent.text)
            if name is not None:
                mentions.append((i, ent, name, surname(name)))
    accused = {spelling_key(k) for k in defendants(text, {key for *_, key in mentions}, layout.sentences)}
    unnamed_accused = {m.group("post").lower() for m in _UNNAMED_ACCUSED.finditer(text)}
    by_person: dict[str, Official] = {}
    order: list[str] = []
    for i, ent, name, surname_key in mentions:
        key = spelling_key(surname_key)  # "Abaev" and later "Abayev": one person
        if key in accused:
            continue
        s_start = layout.sentences[layout.sentence(ent.start_char)][0] if layout.sentences else 0
        if NON_STATE_POST.search(text[max(s_start, ent.start_char - 60) : ent.start_char]):
            continue  # "the union's president X": not a state official
        if RELATIVE_NAMED.search(text[max(s_start, ent.start_char - 80) : ent.start_char]):
            continue  # "the eldest daughter of the first president, X": a relative
        if _FOREIGN_TITLE_BEFORE.search(text[max(s_start, ent.start_char - 80) : ent.start_char]):
            continue  # "UN High Commissioner X", "Acting Deputy Secretary of State X", "Russian Foreign Minister X"
        title, org = _title_and_org(ents, i, text, layout)
        if title and _former_post(title) in unnamed_accused:
            continue  # "A former akim of Taraz has been sentenced ... ex-akim X": the convict, named later
        if title and _NON_STATE_BODY_AFTER.match(text, ent.end_char):
            continue  # "X, President of the Confederation of Free Unions, went on trial"
        if title and NON_STATE_TITLE.search(STATE_RIGHTS_POST.sub("", title)):
            continue  # "director of the International Bureau for Human Rights X"
        current = by_person.get(key)
        if current is None:
            current = Official(ent.text, ent.start_char, ent.end_char, _conf(ent), name=name)
            by_person[key] = current
            order.append(key)
        elif _fullness(name) > _fullness(current.name):  # "Tokayev", then "Kassym-Jomart Tokayev"
            current.text, current.start, current.end, current.name = ent.text, ent.start_char, ent.end_char, name
        if title and not current.title:
            # the organization goes with the title: the body the title names, or the one beside it,
            # before a body beside another mention ("Chairman of the Supreme Court X ... at the
            # plenary session of the Senate X was confirmed")
            current.title = title
            current.organization = org or _organization_from_title(title) or current.organization
        else:
            current.organization = current.organization or org
        ent._.lawner_value = {"name": current.name, "title": title, "organization": org}
    for official in by_person.values():
        if official.organization is None and official.title:
            official.organization = _organization_from_title(official.title)
    return [by_person[k] for k in order if _named_official(by_person[k])]


# the post after a name in a body that is not the state's: "X, President of the Confederation of
# Free Unions", "Y, Secretary General of the Norwegian Helsinki Committee"
_NON_STATE_BODY_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?[^,.;()]{0,60}?"
    r"\b(?:Unions?|Confederation|Foundation|Association|Helsinki|NGO|Movement|Bureau\s+for|Federation)\b"
)
# a story that opens on an unnamed convict: "A former economy minister of Kazakhstan has been
# sentenced to 24 years", "The ex-akim of Taraz was jailed"; the former post named so is the convict's
_POSTS = (
    r"minister|akim|mayor|governor|head|chief|director|chairman|chairwoman|official|prosecutor|judge|senator|officer"
    r"|investigator|inspector"
)
_UNNAMED_ACCUSED = re.compile(
    rf"\b(?:A|An|The)\s+(?:former\s+|ex-)(?:[\w'’-]+\s+){{0,3}}?(?P<post>{_POSTS})\b[^.;]{{0,80}}?"
    r"\b(?:has\s+been|have\s+been|had\s+been|was|were|is)\s+(?:sentenced|jailed|convicted|found\s+guilty|detained|arrested|charged)\b"
)
_FORMER_POST = re.compile(rf"^(?:former\s+|ex-)(?:[\w'’-]+\s+){{0,3}}?(?P<post>{_POSTS})\b", re.IGNORECASE)


def _former_post(title: str) -> str | None:
    """ "minister" for "ex-minister" or "former deputy minister"; ``None`` for a serving post."""
    m = _FORMER_POST.match(title)
    return m.group("post").lower() if m else None


def _fullness(name: str) -> tuple[int, int]:
    """How fully a name is written: its words that are not initials, then all its words (the
    first of two equally full spellings is kept, as the guidelines record a person)."""
    words = name.split()
    return sum(not w.endswith(".") for w in words), len(words)


def _named_official(official: Official) -> bool:
    """An entry worth keeping: a person named with a title or a body at some mention, by a full
    name or by a surname in a surname's form; or a full name the head is sure of (confidence at
    least ``SURE_NAME``). A name never tied to a post is mostly someone else on real news pages
    (a defendant, an opposition figure, a researcher, a foreign leader); ``scripts/choices.py``
    measures each of these checks."""
    full = [w for w in official.name.split() if not w.endswith(".")]
    if not (official.title or official.organization):
        return len(full) > 1 and official.confidence >= SURE_NAME
    return len(full) > 1 or bool(full and SURNAME_FORM.search(full[0].lower()))


# the head's confidence above which a full name stands without a title
SURE_NAME = 0.99


def _title_and_org(ents: list[Entity], i: int, text: str, layout: _Layout) -> tuple[str | None, str | None]:
    ent = ents[i]
    sentence = layout.sentence(ent.start_char)
    title_ent = None
    for j in (i - 1, i + 1):
        if 0 <= j < len(ents) and ents[j].label_ == "TITLE" and layout.sentence(ents[j].start_char) == sentence:
            gap = text[ents[j].end_char : ent.start_char] if j < i else text[ent.end_char : ents[j].start_char]
            gap = _HONORIFIC_END.sub("", gap) if j < i else gap  # "Deputy Prosecutor General Mr. X"
            if j < i and j >= 1 and ents[j - 1].label_ == "OFFICIAL" and gap.strip() == ",":
                if text[ents[j - 1].end_char : ents[j].start_char].strip() == ",":
                    continue  # "A, head of X, B, head of Y": the title between is A's
            if _TITLE_TO_NAME.match(gap) or (j < i and gap.strip() in {"", ",", "-", "–", "—"}):
                title_ent = ents[j]
                break
    if title_ent is None and i >= 2 and ents[i - 1].label_ == "ORG" and ents[i - 2].label_ == "TITLE":
        # "Official spokesperson of the Anti-Corruption Service, Daniyar Bigaidarov, said"
        title, body = ents[i - 2], ents[i - 1]
        if (
            layout.sentence(title.start_char) == sentence
            and _TITLE_TO_ORG.match(text[title.end_char : body.start_char])
            and _HONORIFIC_END.sub("", text[body.end_char : ent.start_char]).strip() == ","
        ):
            return " ".join(title.text.split()), " ".join(body.text.split())
    org = None
    anchor = title_ent or ent
    k = ents.index(anchor)
    for j in (k + 1, k - 1, k + 2):
        if 0 <= j < len(ents) and ents[j].label_ == "ORG" and layout.sentence(ents[j].start_char) == sentence:
            if j > k and _TITLE_TO_ORG.match(text[anchor.end_char : ents[j].start_char]):
                org = ents[j]
            elif j < k and _ORG_TO_TITLE.match(_HONORIFIC_END.sub(" ", text[ents[j].end_char : anchor.start_char])):
                org = ents[j]
            if org is not None:
                break
    if org is None and title_ent is not None and title_ent.start_char < ent.start_char and i + 1 < len(ents):
        # "[judge] [X] of the [Almaty District Court]", "Deputy Chair X of the Y Committee"
        after = ents[i + 1]
        if after.label_ == "ORG" and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[ent.end_char : after.start_char]):
            org = after
    title = " ".join(title_ent.text.split()) if title_ent is not None else None
    if title:  # "Deputy Prosecutor General Mr." -> "Deputy Prosecutor General"
        title = _HONORIFIC_END.sub("", title) or None
    if org is None and title and (bare := _BARE_BODY_TITLE.search(title)):
        org = _body_named_before(ents, ents.index(title_ent), bare.group("body"), layout)
    return title, (" ".join(org.text.split()) if org is not None else None)


# a title that heads a body by its common noun alone: "the head of the Ministry", "director of the department"
_BARE_BODY_TITLE = re.compile(
    r"\b(?:head|chief|director|chair(?:man|woman|person)?|minister)\s+of\s+the\s+"
    r"(?P<body>ministry|department|agency|committee|service|office|inspectorate|administration|akimat|court)$",
    re.IGNORECASE,
)


def _body_named_before(ents: list[Entity], k: int, body: str, layout: _Layout) -> Entity | None:
    """The body a bare "the Ministry" refers to: the last ORG with that word before the title, in
    its sentence or the one before ("The Ministry of Energy has drafted a bill, the head of the
    Ministry, X, said"; the guidelines: "the head of the department" takes the body named just before)."""
    sentence = layout.sentence(ents[k].start_char)
    word = re.compile(rf"\b{body}\b", re.IGNORECASE)
    for ent in reversed(ents[:k]):
        if layout.sentence(ent.start_char) < sentence - 1:
            break
        if ent.label_ == "ORG" and word.search(ent.text):
            return ent
    return None


def _warnings(record: Record, reference_date: str | None) -> list[str]:
    warnings = []
    if reference_date is None and any(p.unit == "MCI" for p in record.penalties):
        warnings.append("no reference date: amount_kzt of MCI penalties is not computed")
    elif (
        reference_date is not None
        and mci_value(reference_date) is None
        and any(p.unit == "MCI" for p in record.penalties)
    ):
        warnings.append(f"no MCI value known for {reference_date}: amount_kzt is not computed")
    if any(d.value.startswith("XXXX") for d in record.dates):
        warnings.append("no reference date: dates without a year are written XXXX-MM-DD")
    return warnings
