"""``lawner_language``: marks non-English paragraphs (Russian, Kazakh, other) in
``doc.spans["non_english"]``; no component labels text inside them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..segment.language import non_english
from ..segment.text import doc_text
from .base import NON_ENGLISH_KEY, mark_ranges


class LanguageMarker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return mark_ranges(doc, NON_ENGLISH_KEY, non_english(doc_text(doc)))


@Language.factory("lawner_language", assigns=["doc.spans"])
def make_language(nlp: Language, name: str) -> LanguageMarker:
    return LanguageMarker(name)
