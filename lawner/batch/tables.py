"""Flattened tables of records (CSV, Parquet, Arrow, pandas): documents, articles, penalties,
dates, officials and laws, one row per item, each with its document id.

The tables and their columns come from the record types in :mod:`lawner.records`: one table per
list of items in a :class:`~lawner.records.Record`, one column per field of the item's
dataclass. Their Arrow types come from the fields' type hints (:func:`arrow_type`), so each table
has one fixed schema (:func:`arrow_schema`) whatever the data: amounts and confidences are
float64 even when every amount in a run is whole, and a column with no values keeps its type.
Runs written at different times can then be read together (``pyarrow.dataset``).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import json
import os
import shutil
import tempfile
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..records import Record

if TYPE_CHECKING:
    import pyarrow as pa


def _item_tables() -> dict[str, type]:
    """The record's lists of items and their dataclasses (``{"articles": ArticleRef, ...}``), in
    the record's field order."""
    hints = typing.get_type_hints(Record)
    out = {}
    for f in dataclasses.fields(Record):
        args = typing.get_args(hints[f.name])
        if typing.get_origin(hints[f.name]) is list and dataclasses.is_dataclass(args[0]):
            out[f.name] = args[0]
    return out


ITEM_TABLES = _item_tables()
TABLES = ("documents", *ITEM_TABLES)

# the documents table, one row per record: its warnings as one JSON array, and how many items
# each item table holds for it
DOCUMENT_COLUMNS: dict[str, Any] = {
    "doc_id": str,
    "error": str | None,
    "warnings": str,
    "reference_date": str | None,
    **{table: int for table in ITEM_TABLES},
}


def _column_types(table: str) -> dict[str, Any]:
    """Column name -> type hint of a table: the item's dataclass fields after ``doc_id``."""
    if table == "documents":
        return DOCUMENT_COLUMNS
    item = ITEM_TABLES[table]
    hints = typing.get_type_hints(item)
    return {"doc_id": str, **{f.name: hints[f.name] for f in dataclasses.fields(item)}}


COLUMN_TYPES = {table: _column_types(table) for table in TABLES}
COLUMNS = {table: list(types_) for table, types_ in COLUMN_TYPES.items()}

# rows a Parquet table holds in memory before it writes them: memory stays flat on big jobs
ROWS_PER_WRITE = 10_000


def _scalar_types() -> dict[type, pa.DataType]:
    import pyarrow as pa

    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a type hint: ``str``, ``int``, ``float`` (float64, even for a whole
    amount), ``bool``, ``X | None`` (as ``X``: every Arrow field is nullable), ``list[X]`` and
    dataclasses (structs of their fields)."""
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin is list:
        return pa.list_(arrow_type(typing.get_args(hint)[0]))
    if origin in (typing.Union, types.UnionType):
        (inner,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
        return arrow_type(inner)
    if dataclasses.is_dataclass(hint):
        return pa.struct(_arrow_fields(hint))
    return _scalar_types()[hint]


def _arrow_fields(cls: type) -> list[pa.Field]:
    import pyarrow as pa

    hints = typing.get_type_hints(cls)
    return [pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(cls)]


@functools.cache
def record_schema() -> pa.Schema:
    """The Arrow schema of a whole record (``Record.to_dict()``, with ``error`` and ``text``
    null when unset): its lists of items as lists of structs. ``lawner.hf.features()`` is this."""
    import pyarrow as pa

    return pa.schema(_arrow_fields(Record))


@functools.cache
def arrow_schema(table: str) -> pa.Schema:
    """The fixed Arrow schema of one table (``"documents"``, ``"penalties"``, ...)."""
    import pyarrow as pa

    return pa.schema([(name, arrow_type(hint)) for name, hint in COLUMN_TYPES[table].items()])


def as_dicts(records: Iterable[Record | dict]) -> Iterable[dict]:
    """Record dicts, from records or their dicts (``Record.to_dict()``, a JSONL line)."""
    for record in records:
        yield record.to_dict() if isinstance(record, Record) else record


def rows(records: Iterable[Record | dict]) -> dict[str, list[dict]]:
    """Table name -> rows, from records or their dicts."""
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    for record in as_dicts(records):
        out["documents"].append(
            {
                "doc_id": record["id"],
                "error": record.get("error"),
                "warnings": json.dumps(record.get("warnings", [])),
                "reference_date": record.get("reference_date"),
                **{t: len(record.get(t, [])) for t in ITEM_TABLES},
            }
        )
        for table in ITEM_TABLES:
            for item in record.get(table, []):
                out[table].append({"doc_id": record["id"], **{c: item.get(c) for c in COLUMNS[table][1:]}})
    return out


def to_arrow(records: Iterable[Record | dict]) -> dict[str, pa.Table]:
    """Table name -> Arrow table with its fixed schema (:func:`arrow_schema`), from records."""
    import pyarrow as pa

    return {table: pa.Table.from_pylist(data, schema=arrow_schema(table)) for table, data in rows(records).items()}


def record_table(records: Iterable[Record | dict]) -> pa.Table:
    """Whole records as one Arrow table with :func:`record_schema` (amounts float64)."""
    import pyarrow as pa

    names = record_schema().names
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in as_dicts(records)], schema=record_schema())


class _CsvTable:
    """One table as CSV, rows written as they come."""

    def __init__(self, path: Path, table: str) -> None:
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.file, fieldnames=COLUMNS[table])
        self.writer.writeheader()

    def write(self, data: list[dict]) -> None:
        self.writer.writerows(data)

    def close(self, *, complete: bool = True) -> None:
        self.file.close()


class _ParquetTable:
    """One table as Parquet with its fixed schema, written :data:`ROWS_PER_WRITE` rows at a time
    (``pyarrow.parquet.ParquetWriter``); a table with no rows is a file with the schema."""

    def __init__(self, path: Path, table: str) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema(table)
        self.writer = pq.ParquetWriter(path, self.schema)
        self.pending: list[dict] = []

    def write(self, data: list[dict]) -> None:
        self.pending.extend(data)
        if len(self.pending) >= ROWS_PER_WRITE:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.pending:
            self.writer.write_table(pa.Table.from_pylist(self.pending, schema=self.schema))
            self.pending = []

    def close(self, *, complete: bool = True) -> None:
        """Write the rows still held (unless the job failed: ``complete=False``) and close."""
        try:
            if complete:
                self._flush()
        finally:
            self.writer.close()


def _chunks(records: Iterable[dict], size: int) -> Iterable[list[dict]]:
    chunk: list[dict] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_tables(records: Iterable[Record | dict], out: str | Path, fmt: str) -> None:
    """Write ``out/<table>.csv`` or ``.parquet`` (every table, empty ones too), streaming the
    records; the folder appears whole or not at all."""
    out = Path(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else "."))
    kind = _CsvTable if fmt == "csv" else _ParquetTable
    try:
        writers = {}
        complete = False
        try:
            for table in TABLES:
                writers[table] = kind(tmp / f"{table}.{fmt}", table)
            for chunk in _chunks(records, 1000):
                for table, data in rows(chunk).items():
                    writers[table].write(data)
            complete = True
        finally:
            for writer in writers.values():
                writer.close(complete=complete)
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
