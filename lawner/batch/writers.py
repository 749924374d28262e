"""Where records go: JSON Lines (default), one JSON array, CSV tables or Parquet tables.

File outputs are written to a temporary file beside the target and renamed into place when
the job ends, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import IO

from ..records import Record


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, record: Record) -> None:
        self.stream.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """One JSON array of records (``--format json``)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.first = True
        self.stream.write("[")

    def write(self, record: Record) -> None:
        self.stream.write(("\n" if self.first else ",\n") + json.dumps(record.to_dict(), ensure_ascii=False))
        self.first = False

    def close(self) -> None:
        self.stream.write("\n]\n")
        self.stream.flush()


class AtomicFile:
    """A text file written under a temporary name and renamed to ``path`` on commit."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.stream.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def open_writer(fmt: str, out: str | None):
    """A writer for ``fmt`` (jsonl or json) to ``out`` (a path, atomic) or stdout."""
    target = AtomicFile(out) if out else None
    stream = target.stream if target else sys.stdout
    writer = JsonWriter(stream) if fmt == "json" else JsonlWriter(stream)
    return writer, target
