"""What lawner's rule components share: how matches become spans in ``doc.ents``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import ensure_path

from .. import extensions  # noqa: F401  (registers the Span._ attributes)
from ..find.match import Match, combine
from ..segment.text import (  # noqa: F401  (the skip keys live in lawner.segment.text, below the builder; importable from here)
    BOILERPLATE_KEY,
    NON_ENGLISH_KEY,
    doc_sentences,
    doc_text,
    inside,
    skipped_ranges,
)

RULES_KEY = "lawner_rules"
# how ``nlp.evaluate`` and ``spacy train`` weigh the scores of the components that write
# ``doc.ents`` (``default_score_weights`` of their factories): the entities' F1, as spaCy's "ner"
ENTS_SCORE_WEIGHTS = {"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None}


def score_ents(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """Precision, recall and F1 of the predicted ``doc.ents`` against the gold ones, in all
    (``ents_p``, ``ents_r``, ``ents_f``) and per label (``ents_per_type``): spaCy's
    :func:`~spacy.scorer.get_ner_prf`, which its own "ner" component reports."""
    return get_ner_prf(examples, **kwargs)


def mark_ranges(doc: Doc, key: str, ranges: Iterable[tuple[int, int, str]]) -> Doc:
    """Store character ``(start, end, label)`` ranges as ``doc.spans[key]`` (token-aligned)."""
    spans = []
    for start, end, label in ranges:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans
    return doc


def add_entities(doc: Doc, spans: list[Span], overwrite: bool) -> None:
    """Put ``spans`` into ``doc.ents``; on overlap, existing entities win unless ``overwrite``.

    One exception: a new span that holds an existing entity of its label and more, and overlaps
    nothing else, replaces it, whichever component found either ("May last year" around "May",
    "fine of 25.6 thousand tenge" around "fine of 25.6", "Serikov A." around "Serikov"). Chosen
    on the dev splits over letting only rule spans widen."""
    existing = list(doc.ents)
    if not overwrite:
        existing = [e for e in existing if not any(_widens(s, e, existing) for s in spans)]
    doc.ents = sorted(combine(existing, spans, overwrite, _token_bounds), key=lambda s: s.start)


def _widens(new: Span, old: Span, existing: list[Span]) -> bool:
    """``new`` holds ``old`` (same label, strictly wider) and overlaps no other entity."""
    if new.label_ != old.label_ or not (new.start <= old.start and old.end <= new.end) or len(new) == len(old):
        return False
    return not any(e is not old and e.start < new.end and new.start < e.end for e in existing)


def _token_bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


class RuleComponent:
    """Base for the rule components: ``find`` yields matches; ``__call__`` writes them.

    Every match outside page boilerplate goes to ``doc.spans["lawner_rules"]`` (so the rules'
    own output can be evaluated) and to ``doc.ents``, where existing entities (from the NER
    head, when it runs first) win on overlap unless ``overwrite_ents`` is set.
    """

    labels: tuple[str, ...] = ()

    def __init__(self, nlp: Language, name: str, *, overwrite_ents: bool = False) -> None:
        self.name = name
        self.overwrite_ents = overwrite_ents

    def find(self, text: str, sentences: list[tuple[int, int]]) -> Iterator[Match]:  # pragma: no cover
        """The matches in ``text``, whose ``(start, end)`` sentences are given."""
        raise NotImplementedError

    def accepted(
        self,
        text: str,
        sentences: list[tuple[int, int]],
        skip: list[tuple[int, int]],
        align: Callable[[int, int], tuple[int, int] | None],
    ) -> Iterator[tuple[int, int, Match]]:
        """``(start, end, match)`` of each match outside ``skip``, widened to whole tokens by
        ``align`` (None: no span) and not blank. Shared by ``__call__`` (on a Doc) and the rule
        engine (on the raw text, :mod:`lawner.rules_engine`)."""
        for m in self.find(text, sentences):
            if inside(skip, m.start, m.end):
                continue
            aligned = align(m.start, m.end)
            if aligned is not None and text[aligned[0] : aligned[1]].strip():
                yield aligned[0], aligned[1], m

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """The entities' scores (:func:`score_ents`), for ``nlp.evaluate`` and ``spacy evaluate``."""
        return score_ents(examples, **kwargs)

    def __call__(self, doc: Doc) -> Doc:
        def expand(start: int, end: int) -> tuple[int, int] | None:
            span = doc.char_span(start, end, alignment_mode="expand")
            return None if span is None else (span.start_char, span.end_char)

        spans = []
        # Doc.text is rebuilt on each access: read it once
        for start, end, m in self.accepted(doc_text(doc), doc_sentences(doc), skipped_ranges(doc), expand):
            span = doc.char_span(start, end, label=m.label)  # token-aligned already
            span._.lawner_confidence = m.confidence
            span._.lawner_source = f"rules:{m.rule}"
            spans.append(span)
        group = list(doc.spans.get(RULES_KEY, [])) + spans
        doc.spans[RULES_KEY] = sorted(group, key=lambda s: (s.start, s.end))
        add_entities(doc, spans, self.overwrite_ents)
        return doc

    # serialization: components keep only their settings; vocabularies ship with the package
    def _cfg(self) -> dict:
        return {"overwrite_ents": self.overwrite_ents}

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps(self._cfg(), indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleComponent:
        cfg_path = ensure_path(path) / "cfg.json"
        if cfg_path.exists():
            for key, value in json.loads(cfg_path.read_text("utf-8")).items():
                setattr(self, key, value)
        return self
