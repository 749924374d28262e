"""Segment: a prepared text in pieces, by character offsets. Lines, sentences, pieces for the
head and boilerplate ranges (:mod:`.text`), paragraphs that are not English (:mod:`.language`),
and the spaCy tokenizer that keeps legal tokens whole (:mod:`.tokenizer`, imported on its own:
the rest needs no spaCy)."""

from .language import non_english
from .text import boilerplate, lines, pieces, sentences

__all__ = ["boilerplate", "lines", "non_english", "pieces", "sentences"]
