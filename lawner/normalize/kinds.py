"""A penalty span's kind: the kind its words name ("a fine of", "a seven-year ban", "suspend their
activity"), else the one the verb nearest before it implies ("later sentenced to [nine years]").
:func:`normalize_kind` is read by :func:`lawner.normalize.penalties.parse_penalty`."""

from __future__ import annotations

import functools
import re

from ..patterns import FLAGS, ORDERED_CLOSED, RESTRICTED_FREEDOM, kind_patterns, verb_words

_BAN = re.compile(r"\b(?:ban|bans|banned|barred|suspension|disqualification)\b(?!\s+of\b)", FLAGS)

_RIGHT_START = re.compile(r"^(?:the\s+)?right\s+to\s+(?:hold|occupy|engage|drive)\b", FLAGS)


def normalize_kind(text: str, before: str = "") -> str | None:
    """The penalty kind named in ``text``, else the one the verb nearest before it implies
    ("detained in May and later sentenced to nine years" is imprisonment)."""
    for kind, pattern in kind_patterns():
        if pattern.search(text):
            return kind
    if _BAN.search(text) or _RIGHT_START.search(text):  # "a seven-year ban", "[right to engage in ...]"
        return "deprivation_of_right"
    if _SUSPENSION.search(text):  # "three-month operational suspensions", "suspend their activity for three months"
        return "other"
    tail = before[-150:]
    tail = tail[tail.rfind(".") + 1 :]  # a verb in an earlier sentence says nothing
    nearest: tuple[int, str] | None = None
    for kind, pattern in _verb_patterns():
        for m in pattern.finditer(tail):
            if nearest is None or m.start() > nearest[0]:
                nearest = (m.start(), kind)
    return nearest[1] if nearest else None


_WEAK_VERBS = r"gets?|got|given|received?|faces?|facing|faced|carries|carry|could\s+get"

# a suspension of activity named in the span (not a suspended sentence)
_SUSPENSION = re.compile(
    r"\bsuspen(?:d|ds|ded|ding|sions?)\b(?!\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)\b)(?<!suspended)", FLAGS
)


@functools.lru_cache(maxsize=1)
def _verb_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Verbs of a kind: "was fined", "arrested", "sentenced", "stripped of"."""
    return [
        # weak verbs ("get", "given", "faces") say imprisonment only right before the term:
        # "is not allowed to get involved in politics for [two years]" is a ban
        ("imprisonment", re.compile(rf"\b(?:{_WEAK_VERBS})\b(?=(?:\s+\S+){{0,3}}\s*$)", FLAGS)),
        ("fine", re.compile(verb_words("fine"), FLAGS)),
        ("arrest", re.compile(r"\b(?:arrested|detained)\b", FLAGS)),
        ("imprisonment", re.compile(rf"(?!(?:{_WEAK_VERBS})\b){verb_words('imprisonment')}", FLAGS)),
        ("deprivation_of_right", re.compile(verb_words("deprivation_of_right"), FLAGS)),
        # "restricted his freedom of movement for three years"
        ("restriction_of_freedom", re.compile(rf"{RESTRICTED_FREEDOM}\b", FLAGS)),
        # "suspended all its activity for three months", "suspend the newspaper for three months"
        ("other", re.compile(r"\bsuspend(?:ed|s|ing)?\b(?!\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)\b)", FLAGS)),
        # "ordered the shop closed for three months": a suspension of activity
        ("other", re.compile(rf"{ORDERED_CLOSED}\s*$", FLAGS)),
    ]


def names_kind(text: str, kind: str) -> bool:
    return any(pattern.search(text) for k, pattern in kind_patterns() if k == kind)
