"""Records of a rules-only pipeline, made from the raw text without spaCy Docs.

A rules-only pipeline used to spend more than half its time on Docs: tokenizing every text,
making Spans, writing ``doc.ents``, reading ``Span.text`` back. The record needs none of it:
it is built from character offsets. :class:`RuleEngine` runs the same components' ``find``
on the text and takes the same steps as the spaCy components, at character level:

- a match is widened to whole tokens, as ``Doc.char_span(alignment_mode="expand")`` does
  (:class:`Aligner` tokenizes only the chunk of text between two spaces that a boundary
  falls inside);
- matches that overlap page boilerplate or a non-English paragraph are dropped;
- each component's spans join the entities as ``doc.ents`` takes them (existing ones win
  unless the component overwrites, :func:`~lawner.find.match.combine`);
- :func:`lawner.assemble.record_of` builds the record, as the ``lawner_record`` component does.

:func:`lawner.extract.process` (so ``extract``, ``extract_many`` and ``lawner extract``) uses it
for a pipeline from ``lawner.load(rules_only=True)``; ``tests/test_rules_engine.py`` holds its
records equal to the spaCy pipeline's.
"""

from __future__ import annotations

import bisect
import functools
import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .assemble import Entity, record_of
from .components.base import RuleComponent
from .find.match import combine
from .pipeline import RULE_PIPES
from .records import Record
from .segment.language import non_english
from .segment.text import boilerplate, sentences

# the pipes of lawner.load(rules_only=True), in order: the only pipeline the engine stands in for
PIPES = ["lawner_sentences", "lawner_boilerplate", "lawner_language", *RULE_PIPES, "lawner_record"]
_CHUNK_END = re.compile(r"\S*")
# a chunk longer than this (no space in it) is aligned on a tokenized copy of the whole text
_LONGEST_CHUNK = 200


class Aligner:
    """``Doc.char_span(start, end, alignment_mode="expand")`` offsets, without a Doc.

    spaCy's tokenizer splits a text at whitespace and then tokenizes each chunk between
    spaces on its own. So a boundary next to whitespace is already a token boundary, and one
    inside a chunk needs only that chunk's tokens (cached: "366," and "MCI." recur). A
    boundary on whitespace, or in a very long chunk, falls back to tokenizing the whole text.
    """

    def __init__(self, tokenizer: Tokenizer, cache_size: int = 100_000) -> None:
        self.tokenizer = tokenizer
        self.cache_size = cache_size
        self._edges: dict[str, tuple[list[int], list[int]]] = {}
        self._last: tuple[str, Doc] | None = None  # one reference, read and set whole (threads)

    def expand(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The character offsets of the tokens ``[start, end)`` touches (None: no such span)."""
        if not 0 <= start < end <= len(text) or text[start].isspace() or text[end - 1].isspace():
            return self._whole(text, start, end)
        if start > 0 and not text[start - 1].isspace():
            chunk = self._chunk(text, start)
            if chunk is None:
                return self._whole(text, start, end)
            first, starts, _ = chunk
            start = first + starts[bisect.bisect_right(starts, start - first) - 1]
        if end < len(text) and not text[end].isspace():
            chunk = self._chunk(text, end - 1)
            if chunk is None:
                return self._whole(text, start, end)
            first, _, ends = chunk
            end = first + ends[bisect.bisect_left(ends, end - first)]
        return start, end

    def _chunk(self, text: str, at: int) -> tuple[int, list[int], list[int]] | None:
        """(offset, token starts, token ends) of the chunk holding ``text[at]``, a non-space."""
        first = at
        while first > 0 and not text[first - 1].isspace():
            first -= 1
            if at - first > _LONGEST_CHUNK:
                return None
        last = _CHUNK_END.match(text, at).end()
        if last - first > _LONGEST_CHUNK:
            return None
        chunk = text[first:last]
        edges = self._edges.get(chunk)
        if edges is None:
            if len(self._edges) >= self.cache_size:
                self._edges.clear()
            tokens = self.tokenizer(chunk)
            edges = self._edges[chunk] = ([t.idx for t in tokens], [t.idx + len(t) for t in tokens])
        return first, edges[0], edges[1]

    def _whole(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        last = self._last
        if last is None or last[0] is not text:
            last = self._last = (text, self.tokenizer(text))
        span = last[1].char_span(start, end, alignment_mode="expand")
        return None if span is None else (span.start_char, span.end_char)

    def forget(self) -> None:
        """Drop the tokenized copy of the last text (held only while its record is built)."""
        self._last = None


def _char_bounds(entity: tuple[int, int, str]) -> tuple[int, int]:
    return entity[0], entity[1]


class RuleEngine:
    """The record :func:`lawner.load(rules_only=True) <lawner.load>` gives a text, made
    without a spaCy Doc (see the module's docstring). Build one with :meth:`for_pipeline`."""

    def __init__(self, tokenizer: Tokenizer, components: list[RuleComponent], default_code: str | None) -> None:
        self.aligner = Aligner(tokenizer)
        self.components = components
        self.default_code = default_code

    @classmethod
    def for_pipeline(cls, nlp: Language) -> RuleEngine | None:
        """The engine for a rules-only lawner pipeline; None for any other pipeline (one with
        the NER head, or components added or removed), which must run as spaCy."""
        if nlp.pipe_names != PIPES or type(nlp.tokenizer) is not Tokenizer:
            return None
        components = [nlp.get_pipe(name) for name in RULE_PIPES]
        if not all(isinstance(c, RuleComponent) for c in components):
            return None
        return cls(nlp.tokenizer, components, nlp.get_pipe("lawner_record").default_code)

    def __call__(
        self,
        text: str,
        *,
        reference_date: str | None = None,
        doc_id: str | None = None,
        warnings: list[str] | None = None,
    ) -> Record:
        try:
            return self._record(text, reference_date, doc_id, warnings)
        finally:
            self.aligner.forget()

    def _record(self, text: str, reference_date: str | None, doc_id: str | None, warnings: list[str] | None) -> Record:
        split = sentences(text)
        expand = self.aligner.expand
        boiler = [r for r in (expand(text, s, e) for s, e in boilerplate(text)) if r is not None]
        foreign = [(*r, lang) for s, e, lang in non_english(text) if (r := expand(text, s, e)) is not None]
        skip = boiler + [(s, e) for s, e, _ in foreign]
        entities: list[tuple[int, int, str]] = []
        confidence: dict[tuple[int, int, str], float] = {}
        for component in self.components:
            new = []
            for start, end, m in component.accepted(text, split, skip, functools.partial(expand, text)):
                key = (start, end, m.label)
                confidence[key] = m.confidence  # as Span._ values: the last match with these offsets
                new.append(key)
            entities = combine(entities, new, component.overwrite_ents, _char_bounds)
        return record_of(
            text,
            [Entity(s, e, label, text, confidence[s, e, label]) for s, e, label in sorted(entities)],
            sentences=split,
            skip=skip,
            non_english=foreign,
            warnings=warnings,
            reference_date=reference_date,
            doc_id=doc_id,
            default_code=self.default_code,
        )
