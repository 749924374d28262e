"""``lawner_sentences``: sentence starts from :func:`lawner.text.sentences` (lines always end one)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text import sentences


class SentenceSplitter:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = {start for start, _ in sentences(doc.text)}
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or token.idx in starts
        return doc


@Language.factory("lawner_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)
