"""``lawner_boilerplate``: marks page boilerplate (related-news lists, bylines, chrome).

The ranges go to ``doc.spans["boilerplate"]``; the other components find nothing inside them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..segment.text import boilerplate, doc_text
from .base import BOILERPLATE_KEY, mark_ranges


class BoilerplateMarker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ranges = ((start, end, "BOILERPLATE") for start, end in boilerplate(doc_text(doc)))
        return mark_ranges(doc, BOILERPLATE_KEY, ranges)


@Language.factory("lawner_boilerplate", assigns=["doc.spans"])
def make_boilerplate(nlp: Language, name: str) -> BoilerplateMarker:
    return BoilerplateMarker(name)
