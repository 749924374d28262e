"""Statute mode: a code's whole text as a sanctions table, and news penalties checked against it.

:func:`read` turns a code in adilet's English layout ("Article N. Title" headings and/or the
export's "Original section/article: N" block headers, numbered parts, footnotes, "excluded"
articles, amendment notes) into a :class:`StatuteTable`: one :class:`Sanction` row per sanction
alternative of each part. :func:`check` then compares the penalties of a news record that are
linked to an article with that article's rows.

The table, its files and :func:`check` are in :mod:`lawner.sanctions` (imported here, so
``lawner.statute.check``, ``load``, ``write`` and the row types keep their names): they run no
pipeline, so :func:`lawner.extract` uses them without importing this module, which does.

>>> table = parse('''Article 7. Stalking
... 1. Stalking -
... shall be punished by a fine of up to 200 monthly calculation indices, or by arrest for up to 50 days.
... 2. The same act committed against a minor -
... shall be punished by imprisonment for a term of up to three years.''', code="Criminal Code")
>>> [(r.part, r.kind, r.amount, r.unit, r.bound) for r in table.rows]
[('1', 'fine', 200, 'MCI', 'max'), ('1', 'arrest', 50, 'days', 'max'), ('2', 'imprisonment', 3, 'years', 'max')]
>>> table.rows[2].refers_to
'1'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from .assemble import statute_headings
from .errors import InputError
from .normalize.codes import normalize_code
from .normalize.mci import mci_value
from .normalize.numbers import parse_ordinal
from .records import Penalty
from .sanctions import CHECKS, COLUMNS, Sanction, StatuteTable, arrow_schema, as_table, check, load, write

__all__ = [
    "CHECKS",
    "COLUMNS",
    "Sanction",
    "StatuteTable",
    "arrow_schema",
    "as_table",
    "check",
    "load",
    "parse",
    "read",
    "write",
]

# ---------------------------------------------------------------- reading a code

# a numbered part at the start of a line: "1.", "2-1."; not "1)" (a qualifying circumstance)
_PART = re.compile(r"^[ \t]*(?P<number>\d{1,2}(?:-\d{1,2})?)\.[ \t]+(?=\S)", re.MULTILINE)
# the adilet export's block header line
_BLOCK_HEADER = re.compile(r"^(?:Section \d+\. )?Original section/article:[^\n]*\n?", re.MULTILINE)
# lines that are notes about the text, never its title or a part: amendment notes, footnotes
_NOTE_LINE = re.compile(
    r"^\s*(?:Footnote|Note|Notes|Explanation)\b|^\s*(?:as\s+amended|is\s+in\s+the\s+wording|in\s+the\s+wording|"
    r"the\s+title\s+of|is\s+supplemented|supplemented\s+by|is\s+excluded|excluded\s+by|\(|Chapter\s+\d)",
    re.IGNORECASE,
)
_EXCLUDED = re.compile(r"\s*(?:is\s+)?excluded\b", re.IGNORECASE)  # used with .match
# a footnote or note block: the numbered lines after it are the note's, not parts
_NOTES_START = re.compile(r"^\s*(?:Note|Notes|Footnote)\s*[.:]?\s*(?=\d|$)", re.MULTILINE | re.IGNORECASE)
# the words that end an offence and start its sanction
_SANCTION_START = re.compile(
    r"[\s,–—-]*(?:shall\s*[,–—-]*\s*)?(?:be\s+punish(?:ed|able)\s+by|entail|be\s+subject\s+to|subject\s+to)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# a part that builds on others: "the same act(s)", "the acts provided for by part one of this Article"
_REFERS_PARTS = re.compile(
    r"\b(?:provided\s+(?:for\s+)?(?:by|in)|specified\s+in|stipulated\s+(?:by|in)|referred\s+to\s+in|under)\s+"
    r"(?:the\s+)?parts?\s+(?P<parts>[\w-]+(?:\s*(?:,|and|or)\s*[\w-]+)*)\s+of\s+this\s+Article",
    re.IGNORECASE,
)
_SAME_ACTS = re.compile(r"^\s*(?:the\s+)?same\s+(?:acts?|actions?|deeds?|infractions?|offen[cs]es?)\b", re.IGNORECASE)
# what stands between a main sanction and one added to it: "with", "with or without", and up to two
# words of the added one's own ("with the deprivation", "with life deprivation", "with or without
# property confiscation"); "or with corrective labor" is another alternative
_WITH = re.compile(r"(?<!\bor\s)\bwith(?P<optional>\s+or\s+without)?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "with deprivation of the right ... for up to three years or without it": optional after all
_OR_WITHOUT_AFTER = re.compile(r"[^.;]{0,30}?\bor\s+without\s+(?:it|such|them|this)\b", re.IGNORECASE)
OFFENCE_CHARS = 200


def read(path: str | Path, *, code: str | None = None, on: str | dt.date | None = None, nlp=None) -> StatuteTable:
    """The sanctions table of the code in ``path`` (UTF-8 text, adilet's English layout).

    ``code`` names the code when the text does not ("Criminal Code", "Code on Administrative
    Offences", or an alias such as "CAO"); ``on`` is the date at which MCI amounts are given in
    tenge. Raises :class:`~lawner.errors.InputError` for a file that is not UTF-8 text.
    """
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if "\x00" in text:
        raise InputError(f"{path}: binary data, not a code's text")
    return parse(text, code=code, on=on, nlp=nlp)


def parse(text: str, *, code: str | None = None, on: str | dt.date | None = None, nlp=None) -> StatuteTable:
    """The sanctions table of a code's text (see :func:`read`)."""
    from .extract import extract
    from .pipeline import load

    if isinstance(on, dt.date):
        on = on.isoformat()
    code = (normalize_code(code) or code) if code else _code_of(text)
    nlp = nlp or load(rules_only=True, default_code=code)
    record = extract(text, nlp=nlp, max_chars=max(len(text) + 1, 20_000_000))
    table = StatuteTable(code=code, on=on)
    mci = mci_value(on) if on else None
    headings = statute_headings(text)
    penalties = sorted(record.penalties, key=lambda p: p.start)
    k = 0
    for i, (start, number) in enumerate(headings):
        end = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        body = _Article(text, start, end, number)
        if body.title:
            table.titles.setdefault(number, body.title)
        if body.excluded:
            table.excluded.append((number, None))
        table.excluded.extend((number, part) for part in body.excluded_parts)
        mine = []
        while k < len(penalties) and penalties[k].start < end:
            if penalties[k].start >= start:
                mine.append(penalties[k])
            k += 1
        _add_rows(table, body, mine, code, mci)
    return table


def _code_of(text: str) -> str | None:
    """The code a text is, from the export's "Source: ..." header or its first lines."""
    m = re.search(r"Original section/article:[^\n]*Source:\s*([^\n.]+)", text)
    return normalize_code(m.group(1) if m else text[:2000])


class _Article:
    """An article's text: title, parts (number, start, end), excluded parts, note region."""

    def __init__(self, text: str, start: int, end: int, number: str):
        self.text, self.start, self.end, self.number = text, start, end, number
        lines = [(m.start() + start, m.group(0)) for m in re.finditer(r"[^\n]*\n?", text[start:end]) if m.group(0)]
        self.title = _title(lines, number)
        # where the article's own text starts: after its header and title lines
        self.body_start = start
        for pos, line in lines[:6]:
            if _BLOCK_HEADER.match(line) or not line.strip() or " ".join(line.split()) == self.title:
                self.body_start = pos + len(line)
            elif re.match(rf"\s*Article\s+{re.escape(number)}\.", line):
                self.body_start = pos + len(line)
            else:
                break
        notes = [m.start() + start for m in _NOTES_START.finditer(text, start, end)]
        self.parts: list[tuple[str, int, int]] = []
        self.excluded_parts: list[str] = []
        found = [
            (m.group("number"), m.start())
            for m in _PART.finditer(text, start, end)
            if not any(n < m.start() and not _part_after_note(text, n, m.start()) for n in notes)
        ]
        for j, (part, p_start) in enumerate(found):
            p_end = found[j + 1][1] if j + 1 < len(found) else end
            if _EXCLUDED.match(text, p_start + len(part) + 2):
                self.excluded_parts.append(part)
            else:
                self.parts.append((part, p_start, p_end))
        content = [
            line for pos, line in lines if not _BLOCK_HEADER.match(line) and line.strip() and line.strip() != self.title
        ]
        self.excluded = not self.parts and any(_EXCLUDED.match(line) for line in content)
        if self.title and _EXCLUDED.match(self.title):  # "Article 8. Excluded by the Law of ..."
            self.title, self.excluded = None, not self.parts

    def part_at(self, offset: int) -> tuple[str | None, int, int]:
        for part, p_start, p_end in self.parts:
            if p_start <= offset < p_end:
                return part, p_start, p_end
        return None, self.start, self.end


def _part_after_note(text: str, note: int, part: int) -> bool:
    """A numbered line after a footnote is a part again when a new export block (the article's
    next block, with its own header) stands between them."""
    return bool(_BLOCK_HEADER.search(text, note, part))


def _title(lines: list[tuple[int, str]], number: str) -> str | None:
    for _, line in lines[:6]:
        heading = re.match(rf"\s*Article\s+{re.escape(number)}\.\s*(.+)", line)
        if heading:
            return " ".join(heading.group(1).split()) or None
        if _BLOCK_HEADER.match(line) or not line.strip():
            continue
        if _NOTE_LINE.match(line) or _PART.match(line):
            return None
        return " ".join(line.split())
    return None


def _offence(text: str, p_start: int, sanction_start: int) -> str:
    raw = text[p_start:sanction_start]
    raw = _BLOCK_HEADER.sub(" ", raw)
    raw = re.sub(r"^\s*\d{1,2}(?:-\d{1,2})?\.\s*", "", raw)
    raw = _SANCTION_START.sub("", raw)
    clean = " ".join(raw.split()).rstrip(" ,–—-")
    return clean if len(clean) <= OFFENCE_CHARS else clean[: OFFENCE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _refers_to(offence: str, part: str | None, previous: str | None) -> str | None:
    m = _REFERS_PARTS.search(offence)
    if m:
        words = re.split(r"\s*(?:,|\band\b|\bor\b)\s*", m.group("parts"))
        numbers = [_part_number(w) for w in words if w]
        numbers = [n for n in numbers if n and n != part]
        return ",".join(numbers) or None
    if _SAME_ACTS.match(offence) and previous is not None:
        return previous
    return None


def _part_number(word: str) -> str | None:
    if re.fullmatch(r"\d{1,2}(?:-\d{1,2})?", word):
        return word
    value = parse_ordinal(word)
    return str(value) if value is not None else None


def _add_rows(table: StatuteTable, article: _Article, penalties: Sequence[Penalty], code: str | None, mci) -> None:
    last_main: dict[str | None, int] = {}
    previous_end: dict[str | None, int] = {}
    offences: dict[str | None, tuple[str, str | None]] = {}
    parts_seen: list[str | None] = []
    for p in penalties:
        part, p_start, p_end = article.part_at(p.start)
        if p.start < _current_clause(article.text, p_start, p_end):
            continue  # an older wording of the sanction left inside the offence's text
        if part is None:  # an article without numbered parts: its offence starts after the title
            p_start = article.body_start
        if part not in offences:
            offence = _offence(article.text, p_start, p.start)
            previous = next((q for q in reversed(parts_seen) if q is not None), None)
            offences[part] = (offence, _refers_to(offence, part, previous))
            parts_seen.append(part)
        gap = article.text[previous_end[part] : p.start] if part in previous_end else ""
        additional = part in last_main and bool(_WITH.search(gap))
        row = Sanction(
            row=len(table.rows),
            code=code,
            article=article.number,
            article_title=article.title,
            part=part,
            offence=offences[part][0],
            kind=p.kind,
            amount_min=p.amount_min,
            amount=p.amount,
            unit=p.unit,
            bound=p.bound,
            additional=additional,
            mandatory=_mandatory(gap, article.text, p.end) if additional else None,
            main=last_main.get(part) if additional else None,
            subject=p.subject,
            refers_to=offences[part][1],
            start=p.start,
            end=p.end,
        )
        if mci and row.unit == "MCI":
            row.amount_kzt = None if row.amount is None else row.amount * mci
            row.amount_min_kzt = None if row.amount_min is None else row.amount_min * mci
        if not additional:
            last_main[part] = row.row
        previous_end[part] = p.end
        table.rows.append(row)


def _current_clause(text: str, start: int, end: int) -> int:
    """Where a part's sanction starts when adilet left an older wording inside the offence
    ("... shall be punished by imprisonment for the term of four to eight years ..., -\nshall be
    punished with imprisonment for a term of four to ten years"): the last clause, when it
    starts a line; else the part's start (every penalty counts)."""
    clauses = [m.start() for m in re.finditer(r"\bshall\s+be\s+punish", text[start:end], re.IGNORECASE)]
    if len(clauses) >= 2:
        last = start + clauses[-1]
        if text[text.rfind("\n", start, last) + 1 : last].strip() == "":
            return last
    return start


def _mandatory(gap: str, text: str, end: int) -> bool:
    """An additional sanction after "with" is mandatory; after "with or without", or followed by
    "or without it", it is not."""
    m = _WITH.search(gap)
    return not ((m and m.group("optional")) or _OR_WITHOUT_AFTER.match(text, end))
