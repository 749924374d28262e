"""``lawner_dates``: DATE spans ("August 20", "mid-July", "20.08.2025", "in 2023")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language

from ..find.dates import DATE_RES
from ..find.match import Match, choose, find_in_windows, windows
from .base import ENTS_SCORE_WEIGHTS, RuleComponent

# a month name, a number that could be a year or a day, or a relative date's words ("last week",
# "yesterday", "Monday"): dates are looked for only near one
ANCHOR = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d+|"
    r"(?i:yesterday|today|tomorrow|(?:last|this|next)\s+(?:week|month|year)\b|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)"
)


# rules that guess more than they read: a bare year or month, a relative or weekday date
_GUESSED = ("bare", "year_list", "relative", "weekday", "that_month", "last_month", "event_month")


class DateRules(RuleComponent):
    labels = ("DATE",)

    def find(self, text: str, sentences: list[tuple[int, int]]) -> Iterator[Match]:
        spans = windows(text, ANCHOR, 40, 40)
        matches = [
            Match(m.start("span"), m.end("span"), "DATE", name, 0.9 if name.startswith(_GUESSED) else 0.95)
            for name, pattern in DATE_RES
            for m in find_in_windows(pattern, text, spans)
        ]
        yield from choose(matches, [name for name, _ in DATE_RES])


@Language.factory(
    "lawner_dates",
    default_config={"overwrite_ents": False},
    assigns=["doc.ents", "doc.spans", "span._.lawner_confidence", "span._.lawner_source"],
    default_score_weights=ENTS_SCORE_WEIGHTS,
)
def make_dates(nlp: Language, name: str, overwrite_ents: bool) -> DateRules:
    return DateRules(nlp, name, overwrite_ents=overwrite_ents)
