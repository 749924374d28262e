"""``lawner_officials``: OFFICIAL (a state official's name), TITLE (their position) and ORG
(a state body) spans, found by :func:`lawner.find.officials.find_officials`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language

from ..find.match import Match
from ..find.officials import find_officials
from .base import ENTS_SCORE_WEIGHTS, RuleComponent


class OfficialRules(RuleComponent):
    labels = ("OFFICIAL", "TITLE", "ORG")

    def find(self, text: str, sentences: list[tuple[int, int]]) -> Iterator[Match]:
        return find_officials(text, sentences)


@Language.factory(
    "lawner_officials",
    default_config={"overwrite_ents": False},
    assigns=["doc.ents", "doc.spans", "span._.lawner_confidence", "span._.lawner_source"],
    default_score_weights=ENTS_SCORE_WEIGHTS,
)
def make_officials(nlp: Language, name: str, overwrite_ents: bool) -> OfficialRules:
    return OfficialRules(nlp, name, overwrite_ents=overwrite_ents)
