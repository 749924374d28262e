"""Flattened tables of records (CSV or Parquet): documents, articles, penalties, dates,
officials and laws, one row per item, each with its document id."""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

TABLES = ("documents", "articles", "penalties", "dates", "officials", "laws")
COLUMNS = {
    "documents": [
        "doc_id",
        "error",
        "warnings",
        "reference_date",
        "articles",
        "penalties",
        "dates",
        "officials",
        "laws",
    ],
    "articles": ["doc_id", "text", "start", "end", "confidence", "number", "part", "paragraph", "code", "title"],
    "penalties": [
        "doc_id",
        "text",
        "start",
        "end",
        "confidence",
        "kind",
        "amount",
        "amount_min",
        "unit",
        "bound",
        "article",
        "amount_kzt",
        "amount_min_kzt",
        "subject",
        "check",
        "check_part",
    ],
    "dates": ["doc_id", "text", "start", "end", "confidence", "value"],
    "officials": ["doc_id", "text", "start", "end", "confidence", "name", "title", "organization"],
    "laws": ["doc_id", "text", "start", "end", "confidence", "name"],
}


def rows(records: Iterable[dict]) -> dict[str, list[dict]]:
    """Table name -> rows, from record dicts."""
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    for record in records:
        out["documents"].append(
            {
                "doc_id": record["id"],
                "error": record.get("error"),
                "warnings": json.dumps(record.get("warnings", [])),
                "reference_date": record.get("reference_date"),
                **{t: len(record.get(t, [])) for t in TABLES[1:]},
            }
        )
        for table in TABLES[1:]:
            for item in record.get(table, []):
                out[table].append({"doc_id": record["id"], **{c: item.get(c) for c in COLUMNS[table][1:]}})
    return out


def write_tables(records: Iterable[dict], out: str | Path, fmt: str) -> None:
    """Write ``out/<table>.csv`` or ``.parquet``; the folder appears whole or not at all."""
    out = Path(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else "."))
    try:
        tables = rows(records)
        for table, data in tables.items():
            if fmt == "csv":
                with open(tmp / f"{table}.csv", "w", encoding="utf-8", newline="") as f:
                    writer = csv.DictWriter(f, fieldnames=COLUMNS[table])
                    writer.writeheader()
                    writer.writerows(data)
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                columns = {c: [row.get(c) for row in data] for c in COLUMNS[table]}
                pq.write_table(pa.table(columns), tmp / f"{table}.parquet")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
