"""The holders the assembly reads: an entity's fields (:class:`Entity`), and the sentence and
line index of a text (:class:`Layout`)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..segment.text import lines

if TYPE_CHECKING:
    from spacy.tokens import Span

# an item of a bulleted list: "- Fine of up to 200 MCI", "• Arrest for up to 50 days"
BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")


class Entity:
    """An entity's fields, read once: ``Span.text`` rebuilds the text from the tokens on each
    access, and the record builder reads it many times. ``_`` holds ``lawner_value``: a Span's
    own extensions (``ent._.lawner_value = ...`` writes to the span), or a :class:`Values` when
    there is no Doc (:mod:`lawner.rules_engine`)."""

    __slots__ = ("_", "start_char", "end_char", "label_", "text", "confidence")

    def __init__(self, start: int, end: int, label: str, text: str, confidence: float | None, values=None) -> None:
        self.start_char, self.end_char, self.label_ = start, end, label
        self.text = text[start:end]
        self.confidence = confidence
        self._ = values if values is not None else Values()

    @classmethod
    def of_span(cls, span: Span, text: str) -> Entity:
        return cls(span.start_char, span.end_char, span.label_, text, span._.lawner_confidence, span._)


class Values:
    """Where the builder writes an entity's normalized ``lawner_value`` when it is not a Span."""

    __slots__ = ("lawner_value",)

    def __init__(self) -> None:
        self.lawner_value = None


class Layout:
    """Sentence and line (paragraph) index of character offsets."""

    def __init__(self, text: str, sentence_spans: list[tuple[int, int]]) -> None:
        self.sentences = sentence_spans
        self.text = text
        self.lines = lines(text)
        self._sentence_starts = [s for s, _ in self.sentences]
        self._line_starts = [s for s, _ in self.lines]

    def sentence(self, offset: int) -> int:
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def line(self, offset: int) -> int:
        return max(bisect.bisect_right(self._line_starts, offset) - 1, 0)

    def sentence_start(self, offset: int) -> int:
        return self.sentences[self.sentence(offset)][0] if self.sentences else 0

    def list_start(self, index: int) -> int:
        """The first line of the bulleted list that line ``index`` is an item of (else ``index``)."""
        if not self.lines or not BULLET.match(self.line_text(index)):
            return index
        while index > 0 and BULLET.match(self.line_text(index - 1)):
            index -= 1
        return index

    def line_text(self, index: int) -> str:
        start, end = self.lines[index] if self.lines else (0, len(self.text))
        return self.text[start:end]

    def sentence_end(self, offset: int) -> int:
        return self.sentences[self.sentence(offset)][1] if self.sentences else len(self.text)


def confidence(ent: Entity) -> float:
    return round(float(ent.confidence), 4) if ent.confidence is not None else 1.0
