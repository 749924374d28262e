"""The journal of a batch job (``OUT.lawner-journal.jsonl``): records appended in input order, read
back on a restart to skip the documents already done."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import LawnerError
from .readers import Document

# ---------------------------------------------------------------- journal


def journal_path(out: str) -> Path:
    return Path(f"{out}.lawner-journal.jsonl")


def read_journal(path: Path) -> list[str]:
    """Ids of the complete records in a journal; a torn last line (a kill mid-write) is cut off."""
    if not path.exists():
        return []
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as f:
            f.truncate(end)
    ids = []
    for line in data[:end].splitlines():
        ids.append(json.loads(line)["id"])
    return ids


def skip_done(documents: Iterator[Document], done: list[str]) -> Iterator[Document]:
    for n, expected in enumerate(done):
        document = next(documents, None)
        if document is None or document.id != expected:
            raise LawnerError(
                f"the journal {expected!r} (record {n + 1}) does not match the inputs "
                f"({document.id if document else 'no more documents'!r}): remove it to start over"
            )
    yield from documents
