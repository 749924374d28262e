"""Statute mode: a code's whole text as a sanctions table, and news penalties checked against it.

:func:`read` turns a code in adilet's English layout ("Article N. Title" headings and/or the
export's "Original section/article: N" block headers, numbered parts, footnotes, "excluded"
articles, amendment notes) into a :class:`StatuteTable`: one :class:`Sanction` row per sanction
alternative of each part. :func:`check` then compares the penalties of a news record that are
linked to an article with that article's rows.

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

import csv
import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .builder import statute_headings
from .errors import InputError
from .normalize.codes import normalize_code
from .normalize.mci import mci_value
from .normalize.numbers import parse_ordinal
from .records import Penalty, Record

# ---------------------------------------------------------------- the table


@dataclass
class Sanction:
    """One sanction alternative of one part of an article (a row of the table).

    ``additional`` rows are sanctions added to a main one ("with deprivation of the right to hold
    certain positions ..."): ``main`` is the ``row`` of that main sanction and ``mandatory`` is
    ``False`` for "with or without". ``refers_to`` names the parts a part builds on ("the same
    acts", "the acts provided for by part one of this Article"). ``amount_kzt`` and
    ``amount_min_kzt`` convert MCI amounts at the table's ``on`` date.
    """

    row: int
    code: str | None
    article: str
    article_title: str | None
    part: str | None
    offence: str
    kind: str
    amount_min: float | None
    amount: float | None
    unit: str | None
    bound: str
    additional: bool = False
    mandatory: bool | None = None
    main: int | None = None
    subject: str | None = None
    refers_to: str | None = None
    amount_kzt: float | None = None
    amount_min_kzt: float | None = None
    start: int = 0
    end: int = 0

    def interval(self) -> tuple[float, float] | None:
        """The amounts this alternative allows, in its unit: "up to 5" is (0, 5), "from 2 to 5"
        (2, 5), "not less than 5" (5, inf), "5" (5, 5); ``None`` without a size."""
        if self.amount is None:
            return None
        if self.bound == "max":
            return (0.0, float(self.amount))
        if self.bound == "range":
            return (float(self.amount_min or 0), float(self.amount))
        if self.bound == "min":
            return (float(self.amount), math.inf)
        return (float(self.amount), float(self.amount))


COLUMNS = [f.name for f in fields(Sanction)]


@dataclass
class StatuteTable:
    """The sanctions of a code: its rows, its article titles and its excluded articles and parts."""

    rows: list[Sanction] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    excluded: list[tuple[str, str | None]] = field(default_factory=list)
    code: str | None = None
    on: str | None = None

    def articles(self) -> dict[str, list[Sanction]]:
        out: dict[str, list[Sanction]] = {}
        for row in self.rows:
            out.setdefault(row.article, []).append(row)
        return out

    def write(self, path: str | Path) -> None:
        """Write the rows as JSON Lines, CSV or Parquet, chosen by the file's suffix."""
        write(self.rows, path)


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


# ---------------------------------------------------------------- files

_NUMBERS = {"row", "main", "start", "end"}
_FLOATS = {"amount_min", "amount", "amount_kzt", "amount_min_kzt"}
_BOOLS = {"additional", "mandatory"}


def write(rows: Iterable[Sanction], path: str | Path) -> None:
    """Write table rows to ``path``: ``.jsonl``, ``.csv`` or ``.parquet`` (needs pyarrow)."""
    path = Path(path)
    rows = list(rows)
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".json"}:
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")
    elif suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: ("" if v is None else v) for k, v in asdict(row).items()})
    elif suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist([asdict(r) for r in rows], schema=arrow_schema()), path)
    else:
        raise InputError(f"{path}: write the table as .jsonl, .csv or .parquet")


def arrow_schema():
    """The table's fixed Arrow schema: amounts are always float64."""
    import pyarrow as pa

    types = {"row": pa.int64(), "main": pa.int64(), "start": pa.int64(), "end": pa.int64()}
    types.update({name: pa.float64() for name in _FLOATS})
    types.update({name: pa.bool_() for name in _BOOLS})
    return pa.schema([(name, types.get(name, pa.string())) for name in COLUMNS])


def load(path: str | Path) -> StatuteTable:
    """Read a table written by :func:`write` (or ``lawner statute``) back."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such statute table")
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".json"}:
        with path.open(encoding="utf-8") as f:
            dicts = [json.loads(line) for line in f if line.strip()]
    elif suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            dicts = [_typed(row) for row in csv.DictReader(f)]
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        dicts = pq.read_table(path).to_pylist()
    else:
        raise InputError(f"{path}: a statute table is .jsonl, .csv or .parquet")
    table = StatuteTable(rows=[Sanction(**{k: d.get(k) for k in COLUMNS}) for d in dicts])
    for row in table.rows:
        table.code = table.code or row.code
        if row.article_title:
            table.titles.setdefault(row.article, row.article_title)
    return table


def as_table(statute) -> StatuteTable:
    """A :class:`StatuteTable`, or one loaded from a path."""
    return statute if isinstance(statute, StatuteTable) else load(statute)


def _typed(row: dict[str, str]) -> dict:
    out: dict = {}
    for key, value in row.items():
        if value == "":
            out[key] = None
        elif key in _NUMBERS:
            out[key] = int(value)
        elif key in _FLOATS:
            out[key] = float(value)
        elif key in _BOOLS:
            out[key] = value == "True"
        else:
            out[key] = value
    return out


# ---------------------------------------------------------------- checking news against the table

CHECKS = ("consistent", "exceeds_code", "below_code", "kind_not_in_article", "article_not_in_table", "not_comparable")
# units a news amount can be counted in, to the table's unit: (from, to) -> factor
_CONVERT = {("years", "months"): 12.0, ("months", "years"): 1 / 12, ("weeks", "days"): 7.0}


def check(record: Record, table: StatuteTable) -> Record:
    """Set ``check`` and ``check_part`` on each penalty of ``record`` that is linked to an
    article, and ``title`` on each article of the table's code; returns the record.

    ``check`` is ``consistent`` (the amount is within some part's range for that kind),
    ``exceeds_code`` / ``below_code`` (outside every part's range; ``check_part`` names the
    closest part), ``kind_not_in_article``, ``article_not_in_table``, or ``not_comparable`` (the
    units cannot be compared, e.g. tenge against MCI without a reference date).
    """
    by_article = table.articles()
    codes = {a.number: a.code for a in record.articles}
    for article in record.articles:
        if _same_code(article.code, table.code) and article.number in table.titles:
            article.title = table.titles[article.number]
    parts = {a.number: a.part for a in record.articles if a.part}
    for penalty in record.penalties:
        if penalty.article is None:
            continue
        rows = by_article.get(penalty.article, [])
        if not rows or not _same_code(codes.get(penalty.article), table.code):
            penalty.check, penalty.check_part = "article_not_in_table", None
            continue
        part = parts.get(penalty.article)
        if part and any(r.part == part for r in rows):
            rows = [r for r in rows if r.part == part]
        penalty.check, penalty.check_part = _check_one(penalty, rows, record.reference_date)
    return record


def _same_code(named: str | None, code: str | None) -> bool:
    return named is None or code is None or named == code


def _check_one(penalty: Penalty, rows: list[Sanction], reference_date: str | None) -> tuple[str, str | None]:
    same_kind = [r for r in rows if r.kind == penalty.kind]
    if not same_kind:
        return "kind_not_in_article", None
    claim = _claim(penalty)
    if claim is None:  # "life imprisonment", "a fine": the kind is all the claim says
        return "consistent", same_kind[0].part
    best: tuple[float, str, str | None] | None = None  # (distance, status, part)
    comparable = False
    for row in same_kind:
        interval = row.interval()
        if interval is None:
            continue
        low, high = _in_unit(claim, penalty.unit, row.unit, reference_date)
        if low is None:
            continue
        comparable = True
        lo, hi = interval
        if lo - 1e-9 <= low and high <= hi + 1e-9:
            return "consistent", row.part
        distance, status = (high - hi, "exceeds_code") if high > hi else (lo - low, "below_code")
        scale = max(hi if hi != math.inf else lo, 1.0)
        if best is None or distance / scale < best[0]:
            best = (distance / scale, status, row.part)
    if not comparable or best is None:
        return "not_comparable", None
    return best[1], best[2]


def _claim(penalty: Penalty) -> tuple[float, float] | None:
    """The amounts a news penalty states: a range, or one value (an exact term or a maximum)."""
    if penalty.amount is None:
        return None
    if penalty.bound == "range" and penalty.amount_min is not None:
        return (float(penalty.amount_min), float(penalty.amount))
    return (float(penalty.amount), float(penalty.amount))


def _in_unit(claim, unit: str | None, target: str | None, reference_date: str | None):
    low, high = claim
    if unit == target:
        return low, high
    factor = _CONVERT.get((unit, target))
    if factor is None and (unit, target) == ("KZT", "MCI"):
        mci = mci_value(reference_date) if reference_date else None
        factor = 1 / mci if mci else None
    if factor is None and (unit, target) == ("MCI", "KZT"):
        mci = mci_value(reference_date) if reference_date else None
        factor = float(mci) if mci else None
    if factor is None:
        return None, None
    return low * factor, high * factor
