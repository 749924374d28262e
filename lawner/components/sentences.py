"""``lawner_sentences``: sentence starts from :func:`lawner.segment.text.sentences` (lines always end one)."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..segment.text import doc_sentences


class SentenceSplitter:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = numpy.array([start for start, _ in doc_sentences(doc)], dtype="int64")
        # all at once: Token.is_sent_start's setter rescans the doc on every call (quadratic)
        values = numpy.where(numpy.isin(doc.to_array(IDX).astype("int64"), starts), 1, -1)
        values[0] = 1
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))  # spaCy's own layout
        return doc


@Language.factory("lawner_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)
