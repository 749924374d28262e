"""Flattened tables (issue 12, item 6): one fixed Arrow schema per table, whatever the data, so
Parquet folders of different runs read together."""

from __future__ import annotations

import json

import pytest

from lawner.batch.tables import COLUMNS, TABLES, arrow_schema, record_schema, rows, to_arrow, write_tables
from lawner.records import ArticleRef, DateMention, Penalty, Record, json_schema

pa = pytest.importorskip("pyarrow")
ds = pytest.importorskip("pyarrow.dataset")
pq = pytest.importorskip("pyarrow.parquet")


def fine(amount, start=0, **kw) -> Penalty:
    """A fine penalty of ``amount`` MCI (its text and offsets do not matter here)."""
    return Penalty(
        text=f"fine of {amount} MCI",
        start=start,
        end=start + 10,
        confidence=1,
        kind="fine",
        amount=amount,
        unit="MCI",
        **kw,
    )


# three runs: every amount whole (int64 when inferred), a fractional one (5.5), and a run whose
# only document gives an error record (every table but documents empty, every column null)
RUNS = {
    "whole": [
        Record(
            "a",
            penalties=[fine(200), fine(3000, amount_min=100, bound="range")],
            articles=[ArticleRef("Article 190", 0, 11, 1, "190")],
        ),
        Record("b", dates=[DateMention("March 3", 0, 7, 1, "XXXX-03-03")], warnings=["no reference date"]),
    ],
    "fraction": [Record("c", penalties=[fine(5.5, amount_kzt=21_630.0)], reference_date="2025-08-21")],
    "empty": [Record.from_error("d", "bad encoding: ...")],
}


@pytest.fixture
def runs(tmp_path):
    """Each run's Parquet folder, as ``lawner extract --format parquet`` writes it."""
    folders = {}
    for name, records in RUNS.items():
        folders[name] = tmp_path / name
        write_tables((r.to_dict() for r in records), folders[name], "parquet")
    return folders


def test_every_run_has_the_declared_schema(runs):
    for name, folder in runs.items():
        assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in TABLES), name
        for table in TABLES:
            assert pq.read_schema(folder / f"{table}.parquet").remove_metadata() == arrow_schema(table), (name, table)


def test_two_runs_read_together(runs):
    """Issue 12: "Float value 5.5 truncated converting to int64" when two runs were read together."""
    for table in TABLES:
        files = [str(folder / f"{table}.parquet") for folder in runs.values()]
        together = ds.dataset(files, format="parquet").to_table()
        assert together.schema.remove_metadata() == arrow_schema(table), table
    penalties = ds.dataset([str(f / "penalties.parquet") for f in runs.values()]).to_table().to_pylist()
    assert [(p["doc_id"], p["amount"], p["amount_min"]) for p in penalties] == [
        ("a", 200.0, None),
        ("a", 3000.0, 100.0),
        ("c", 5.5, None),
    ]
    documents = ds.dataset([str(f / "documents.parquet") for f in runs.values()]).to_table().to_pylist()
    assert [(d["doc_id"], d["error"], d["penalties"], json.loads(d["warnings"])) for d in documents] == [
        ("a", None, 2, []),
        ("b", None, 0, ["no reference date"]),
        ("c", None, 1, []),
        ("d", "bad encoding: ...", 0, []),
    ]


def test_folders_of_earlier_versions_read_with_the_schema(tmp_path, runs):
    """Earlier versions typed each column by its data (amount int64, an empty column null):
    given the declared schema, pyarrow.dataset reads them with new folders."""
    old = tmp_path / "old_penalties.parquet"
    data = rows(RUNS["whole"])["penalties"]
    pq.write_table(pa.table({c: [row.get(c) for row in data] for c in COLUMNS["penalties"]}), old)  # the old writer
    assert str(pq.read_schema(old).field("amount").type) == "int64"
    files = [str(old), str(runs["fraction"] / "penalties.parquet")]
    read = ds.dataset(files, schema=arrow_schema("penalties")).to_table()
    assert read.column("amount").to_pylist() == [200.0, 3000.0, 5.5]


def test_an_empty_run_has_the_declared_schema(tmp_path):
    write_tables([], tmp_path / "out", "parquet")
    for table in TABLES:
        read = pq.read_table(tmp_path / "out" / f"{table}.parquet")
        assert read.num_rows == 0 and read.schema.remove_metadata() == arrow_schema(table), table


@pytest.mark.parametrize(
    ("table", "column", "arrow_type"),
    [
        ("penalties", "amount", "double"),
        ("penalties", "amount_min", "double"),
        ("penalties", "amount_kzt", "double"),
        ("penalties", "amount_min_kzt", "double"),
        ("penalties", "confidence", "double"),
        ("penalties", "start", "int64"),
        ("penalties", "check", "string"),
        ("articles", "title", "string"),
        ("dates", "confidence", "double"),
        ("documents", "penalties", "int64"),
        ("documents", "warnings", "string"),
        ("documents", "error", "string"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_declared_types(table, column, arrow_type):
    assert str(arrow_schema(table).field(column).type) == arrow_type


JSON_TYPES = {"string": "string", "integer": "int64", "number": "double"}


def _json_type(spec: dict) -> str:
    """The Arrow type name a JSON Schema property maps to (its first non-null type; enums are strings)."""
    kinds = spec.get("type", "string")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return JSON_TYPES[next(k for k in kinds if k != "null")]


def test_tables_match_the_json_schema():
    """The tables and the record schema are derived from the record types; the JSON Schema is
    written by hand: they must agree, column by column."""
    schema = json_schema()
    items = {
        name: schema["$defs"][spec["items"]["$ref"].split("/")[-1]]
        for name, spec in schema["properties"].items()
        if "$ref" in spec.get("items", {})
    }
    assert list(items) == list(TABLES[1:])
    for table, spec in items.items():
        assert COLUMNS[table] == ["doc_id", *spec["properties"]], table
        for column, prop in spec["properties"].items():
            assert str(arrow_schema(table).field(column).type) == _json_type(prop), (table, column)
    assert record_schema().names == list(schema["properties"])


def test_to_arrow_from_records_and_dicts():
    records = RUNS["whole"]
    from_records, from_dicts = to_arrow(records), to_arrow(r.to_dict() for r in records)
    for table in TABLES:
        assert from_records[table].equals(from_dicts[table]), table
        assert from_records[table].schema == arrow_schema(table)
    assert from_records["penalties"].column("amount").to_pylist() == [200.0, 3000.0]


def test_csv_tables_keep_their_columns(tmp_path):
    write_tables([r.to_dict() for r in RUNS["whole"]], tmp_path / "out", "csv")
    for table in TABLES:
        header = (tmp_path / "out" / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == COLUMNS[table]
    assert len(rows(RUNS["whole"])["penalties"]) == 2


def test_parquet_is_written_in_row_groups(tmp_path, monkeypatch):
    """Rows are written ROWS_PER_WRITE at a time (memory stays flat), not all at the end."""
    import lawner.batch.tables as tables

    monkeypatch.setattr(tables, "ROWS_PER_WRITE", 1000)
    records = ({"id": f"d{i}", "penalties": [fine(i).to_dict()]} for i in range(2500))
    write_tables(records, tmp_path / "out", "parquet")
    meta = pq.ParquetFile(tmp_path / "out" / "penalties.parquet").metadata
    assert meta.num_rows == 2500 and meta.num_row_groups == 3
