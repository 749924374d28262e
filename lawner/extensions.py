"""spaCy extension attributes lawner sets (registered once, on import)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register() -> None:
    """Register ``Doc._.record``, ``Doc._.reference_date``, ``Doc._.doc_id``,
    ``Span._.value``, ``Span._.confidence`` and ``Span._.source`` if not yet registered."""
    for name in ("record", "reference_date", "doc_id", "warnings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("value", "confidence", "source"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register()
