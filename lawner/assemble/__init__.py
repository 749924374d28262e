"""Assemble a document's :class:`~lawner.records.Record` from its entities: each span normalized,
then penalties linked to their article and officials to their title and organization.

One module per field (:mod:`.articles`, :mod:`.penalties`, :mod:`.dates`, :mod:`.officials`),
the links between items in :mod:`.link`, and the entity and layout holders in :mod:`.layout`."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..normalize.mci import mci_value
from ..records import Record, document_id
from ..segment.text import NON_ENGLISH_KEY, doc_sentences, doc_text, inside, skipped_ranges
from .articles import article_refs, law_ref, main_code, statute_headings
from .dates import date_mentions
from .layout import Entity, Layout
from .officials import official_items
from .penalties import penalty_items

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Entity", "build_record", "record_of", "statute_headings"]


def build_record(
    doc: Doc,
    *,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    default_code: str | None = None,
) -> Record:
    """The record of ``doc``: its entities, normalized and linked (see the README's schema)."""
    text = doc_text(doc)
    return record_of(
        text,
        [Entity.of_span(e, text) for e in doc.ents],
        sentences=doc_sentences(doc),
        skip=skipped_ranges(doc),
        non_english=[(s.start_char, s.end_char, s.label_) for s in doc.spans.get(NON_ENGLISH_KEY, [])],
        warnings=doc._.lawner_warnings,
        reference_date=reference_date,
        doc_id=doc_id,
        default_code=default_code,
    )


def record_of(
    text: str,
    entities: list[Entity],
    *,
    sentences: list[tuple[int, int]],
    skip: list[tuple[int, int]] = (),
    non_english: list[tuple[int, int, str]] = (),
    warnings: list[str] | None = None,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    default_code: str | None = None,
) -> Record:
    """The record of ``text`` from its ``entities`` (in text order) and ``sentences``.

    Entities inside ``skip`` (page boilerplate, non-English paragraphs) are left out; each
    ``(start, end, language)`` in ``non_english`` adds a warning.
    """
    # parsed once, here: the fields below take the date, the record keeps its ISO form
    reference = (
        reference_date
        if isinstance(reference_date, dt.date) or reference_date is None
        else dt.date.fromisoformat(reference_date)
    )
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    ents = [e for e in entities if not inside(skip, e.start_char, e.end_char)]
    layout = Layout(text, sentences)
    record = Record(id=doc_id or document_id(text), reference_date=reference.isoformat() if reference else None)
    laws = [e for e in ents if e.label_ == "LAW"]
    record.laws = [law_ref(e) for e in laws]
    headings = statute_headings(text)
    code = default_code or (main_code(record.laws) if headings else None)
    articles = [e for e in ents if e.label_ == "ARTICLE"]
    for ent in articles:
        record.articles.extend(article_refs(ent, text, laws, layout, code))
    record.penalties = penalty_items(
        [e for e in ents if e.label_ == "PENALTY"], text, articles, laws, layout, headings, reference
    )
    record.dates = date_mentions([e for e in ents if e.label_ == "DATE"], text, layout, reference)
    record.officials = official_items(ents, text, layout)
    record.warnings = list(warnings or []) + _warnings(record, reference)
    for start, end, language in non_english:
        record.warnings.append(f"non-English paragraph ({language}) at {start}-{end}: not extracted")
    return record


def _warnings(record: Record, reference_date: dt.date | None) -> list[str]:
    warnings = []
    if reference_date is None and any(p.unit == "MCI" for p in record.penalties):
        warnings.append("no reference date: amount_kzt of MCI penalties is not computed")
    elif (
        reference_date is not None
        and mci_value(reference_date) is None
        and any(p.unit == "MCI" for p in record.penalties)
    ):
        warnings.append(f"no MCI value known for {reference_date.isoformat()}: amount_kzt is not computed")
    if any(d.value.startswith("XXXX") for d in record.dates):
        warnings.append("no reference date: dates without a year are written XXXX-MM-DD")
    return warnings
