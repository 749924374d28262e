"""A batch extraction job: documents in, one record per document out, in input order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..extract import DEFAULT_MAX_CHARS, Item, process
from ..records import Record
from .readers import Document

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class Summary:
    """Counts of a job: documents, error records and their reasons."""

    documents: int = 0
    errors: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, error: str | None) -> None:
        """Count one document, given its record's ``error`` (None when it has none)."""
        self.documents += 1
        if error:
            self.errors += 1
            kind = error.split(":")[0]
            self.reasons[kind] = self.reasons.get(kind, 0) + 1

    def line(self) -> str:
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(self.reasons.items()))
        return f"{self.documents} documents, {self.errors} errors" + (f" ({detail})" if detail else "")


def as_items(documents: Iterable[Document]) -> Iterator[Item]:
    for d in documents:
        yield Item(d.id, d.text, html=True if d.html else None, error=d.error)


def run_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    reference_date: str | dt.date | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Record]:
    """One record per document, in order; never raises for a bad document."""
    yield from process(
        nlp, as_items(documents), reference_date=reference_date, batch_size=batch_size, max_chars=max_chars
    )
