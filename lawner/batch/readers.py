"""Where documents come from: .txt/.html files and folders, JSONL, CSV, Parquet, stdin.

Every input yields :class:`Document` items in a fixed order, each with a stable ``id``. A
document that cannot be read becomes a Document with ``error`` set (never an exception),
so a batch job records it and goes on.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import Messages
from ..prepare.encoding import decode

TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv", ".parquet"}


@dataclass
class Document:
    """One input document: its id, its text (``None`` when unreadable) and where it came from."""

    id: str
    text: str | None
    source: str
    error: str | None = None
    html: bool = False


def _read_text_file(path: Path, doc_id: str) -> Document:
    html = path.suffix.lower() in {".html", ".htm", ".xhtml"}
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Document(doc_id, None, str(path), f"unreadable file: {exc.strerror or exc}")
    try:
        return Document(doc_id, decode(data), str(path), html=html)
    except UnicodeDecodeError:
        return Document(doc_id, None, str(path), f"bad encoding: {Messages.UNDECODABLE}")


def _rows_jsonl(path: Path, text_field: str, id_field: str) -> Iterator[Document]:
    with open(path, "rb") as f:
        yield from _json_lines(f, path.name, str(path), text_field, id_field)


def _json_lines(lines: Iterable[bytes], name: str, source: str, text_field: str, id_field: str) -> Iterator[Document]:
    """One document per JSON line, each as soon as its line is read (stdin streams); blank lines
    are skipped, and a row without an id is ``NAME:LINE``."""
    for n, raw in enumerate(lines, 1):
        fallback = f"{name}:{n}"
        if not raw.strip():
            continue
        try:
            row = json.loads(decode(raw))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield Document(fallback, None, source, f"bad JSON line: {exc}")
            continue
        yield _row(row, fallback, source, text_field, id_field)


def _row(row: object, fallback: str, source: str, text_field: str, id_field: str) -> Document:
    if not isinstance(row, dict):
        return Document(fallback, None, source, "row is not an object")
    doc_id = row.get(id_field)
    doc_id = fallback if doc_id in (None, "") else str(doc_id)
    text = row.get(text_field)
    if not isinstance(text, str):
        return Document(doc_id, None, source, f"no text in field {text_field!r}")
    return Document(doc_id, text, source)


def _rows_csv(path: Path, text_field: str, id_field: str) -> Iterator[Document]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(sys.maxsize)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            for n, row in enumerate(csv.DictReader(f, delimiter=delimiter), 1):
                yield _row(row, f"{path.name}:{n}", str(path), text_field, id_field)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield Document(f"{path.name}", None, str(path), f"unreadable table: {exc}")


def _rows_parquet(path: Path, text_field: str, id_field: str) -> Iterator[Document]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path)
    n = 0
    for batch in table.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            yield _row(row, f"{path.name}:{n}", str(path), text_field, id_field)


def _rows_hf_dataset(path: Path, text_field: str, id_field: str) -> Iterator[Document]:
    """Rows of a Hugging Face dataset saved with ``save_to_disk`` (every split, in order)."""
    from datasets import DatasetDict, load_from_disk

    data = load_from_disk(str(path))
    splits = list(data.items()) if isinstance(data, DatasetDict) else [("", data)]
    for split, dataset in splits:
        prefix = f"{path.name}/{split}" if split else path.name
        for n, row in enumerate(dataset, 1):
            yield _row(row, f"{prefix}:{n}", str(path), text_field, id_field)


def iter_documents(
    inputs: list[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    pattern: str = "**/*",
    stdin_format: str = "text",
) -> Iterator[Document]:
    """Documents from files, folders (recursive, ``pattern`` glob), tables, Hugging Face
    datasets saved to disk (``Dataset.save_to_disk``) and ``-`` (stdin: one document, or with
    ``stdin_format="jsonl"`` one per line, each yielded as soon as its line is in).

    Files ending .jsonl/.ndjson/.csv/.tsv/.parquet are tables: one document per row, the text
    in ``text_field`` and the id in ``id_field`` (else ``FILE:ROW``). Other files are one
    document each, their id the path as given (for folders, relative to the folder).
    """
    for spec in inputs:
        if spec == "-" and stdin_format == "jsonl":
            yield from _json_lines(sys.stdin.buffer, "stdin", "stdin", text_field, id_field)
            continue
        if spec == "-":
            try:
                yield Document("stdin", decode(sys.stdin.buffer.read()), "stdin")
            except UnicodeDecodeError:
                yield Document("stdin", None, "stdin", f"bad encoding: {Messages.UNDECODABLE}")
            continue
        path = Path(spec)
        if path.is_dir() and ((path / "state.json").exists() or (path / "dataset_dict.json").exists()):
            yield from _rows_hf_dataset(path, text_field, id_field)
        elif path.is_dir():
            files = sorted(
                p for p in path.glob(pattern) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES
            )
            for file in files:
                yield from _file(file, str(file.relative_to(path)), text_field, id_field)
        elif path.exists():
            yield from _file(path, spec, text_field, id_field)
        else:
            yield Document(spec, None, spec, "no such file or folder")


def _file(path: Path, doc_id: str, text_field: str, id_field: str) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        yield from _rows_jsonl(path, text_field, id_field)
    elif suffix in {".csv", ".tsv"}:
        yield from _rows_csv(path, text_field, id_field)
    elif suffix == ".parquet":
        yield from _rows_parquet(path, text_field, id_field)
    else:
        yield _read_text_file(path, doc_id)
