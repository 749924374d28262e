"""A batch extraction job: documents in, one record per document out, in input order.

Per-document failures (unreadable file, bad encoding, too large, a crash inside the
pipeline) become error records with a reason; the job goes on and counts them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from ..builder import document_id
from ..clean import prepare
from ..extract import DEFAULT_MAX_CHARS, check_reference_date, make_doc
from ..records import Record
from .readers import Document


@dataclass
class Summary:
    documents: int = 0
    errors: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, record: Record) -> None:
        self.documents += 1
        if record.error:
            self.errors += 1
            kind = record.error.split(":")[0]
            self.reasons[kind] = self.reasons.get(kind, 0) + 1

    def line(self) -> str:
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(self.reasons.items()))
        return f"{self.documents} documents, {self.errors} errors" + (f" ({detail})" if detail else "")


def process(
    nlp: Language,
    documents: Iterable[Document],
    *,
    reference_date: str | dt.date | None = None,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Record]:
    """One record per document, in order; never raises for a bad document."""
    ref = check_reference_date(reference_date)
    batch: list[tuple[Document, object]] = []
    for document in documents:
        batch.append((document, _prepare(nlp, document, ref, max_chars)))
        if len(batch) >= batch_size:
            yield from _run(nlp, batch)
            batch = []
    if batch:
        yield from _run(nlp, batch)


def _prepare(nlp: Language, document: Document, ref: str | None, max_chars: int):
    """A Doc ready for the pipeline, or an error Record."""
    if document.error or document.text is None:
        return Record.from_error(document.id, document.error or "no text")
    try:
        prepared = prepare(document.text, html=document.html, max_chars=max_chars)
        doc = make_doc(nlp, prepared.text, reference_date=ref, doc_id=document.id, max_chars=max_chars)
        doc._.warnings = prepared.warnings
        return doc
    except ValueError as exc:  # InputError and its kin: a clear reason for the record
        return Record.from_error(document.id, f"invalid input: {exc}")


def _run(nlp: Language, batch: list[tuple[Document, object]]) -> Iterator[Record]:
    docs = [d for _, d in batch if not isinstance(d, Record)]
    try:
        done = iter(list(nlp.pipe(docs)))
    except Exception:  # one bad document must not take its batch down: retry one by one
        done = iter([_one(nlp, d) for d in docs])
    for document, item in batch:
        if isinstance(item, Record):
            yield item
            continue
        doc = next(done)
        if isinstance(doc, Record):
            yield doc
            continue
        record = doc._.record
        record.id = document.id or document_id(doc.text)
        record.warnings = list(doc._.warnings or []) + record.warnings
        yield record


def _one(nlp: Language, doc):
    try:
        return nlp(doc)
    except Exception as exc:  # noqa: BLE001 - recorded, not raised
        return Record.from_error(doc._.doc_id or document_id(doc.text), f"pipeline error: {type(exc).__name__}: {exc}")
