"""The sanctions table of a code, its files, and news penalties checked against it.

A :class:`StatuteTable` holds one :class:`Sanction` row per sanction alternative of each part of
an article (:mod:`lawner.statute` reads them from a code's text). :func:`write` and :func:`load`
keep a table as JSON Lines, CSV or Parquet; :func:`check` compares the penalties of a news record
that are linked to an article with that article's rows.

This module runs no pipeline: :func:`lawner.extract` checks records with it, and
:mod:`lawner.statute` (which runs the pipeline over a code's text) builds tables with it.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .errors import InputError
from .normalize.mci import mci_value
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
