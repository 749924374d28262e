"""The pattern pieces shared by the span finders (:mod:`lawner.find`) and the normalizers
(:mod:`lawner.normalize`): the penalty vocabulary of ``lawner/data/penalties.json`` and the words
around an amount. A leaf: it imports no other lawner module, so both layers can build on it.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

FLAGS = re.IGNORECASE


def load_data(name: str) -> dict:
    """Read ``lawner/data/<name>`` (a JSON file shipped with the package)."""
    return json.loads(resources.files("lawner").joinpath(f"data/{name}").read_text("utf-8"))


def alternation(patterns: list[str] | tuple[str, ...]) -> str:
    """``(?:a|b|c)`` with the longest alternatives first, so regex alternation prefers them."""
    return "(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + ")"


# ---------------------------------------------------------------- penalties


@functools.lru_cache(maxsize=1)
def penalty_vocabulary() -> dict:
    return load_data("penalties.json")


@functools.lru_cache(maxsize=1)
def kind_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(kind, compiled pattern) in priority order: the first that matches a span names its kind."""
    return [
        (k["kind"], re.compile(r"\b" + alternation(k["patterns"]) + r"(?![\w-])", FLAGS))
        for k in penalty_vocabulary()["kinds"]
    ]


def kind_words(kinds: set[str] | None = None, exclude: set[str] = frozenset()) -> str:
    """Any penalty kind phrase: "fine", "correctional labour", "deprivation of liberty", ..."""
    parts = [
        p
        for k in penalty_vocabulary()["kinds"]
        if (kinds is None or k["kind"] in kinds) and k["kind"] not in exclude
        for p in k["patterns"]
    ]
    return r"\b" + alternation(parts) + r"(?![\w-])"


def unit_words(units: set[str]) -> str:
    """Unit phrases: "monthly calculation indices", "MCI", "tenge", "hours", "years", ..."""
    parts = [p for u in penalty_vocabulary()["units"] if u["unit"] in units for p in u["patterns"]]
    return alternation(parts)


@functools.lru_cache(maxsize=1)
def unit_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(unit, compiled pattern) for each unit: MCI, KZT, USD, percent, hours, days, months, years."""
    return [
        # (a digit may touch the unit: "200%", "500MCI")
        (u["unit"], re.compile(r"(?<![^\W\d])" + alternation(u["patterns"]) + r"(?![\w])", FLAGS))
        for u in penalty_vocabulary()["units"]
    ]


def verb_words(kind: str) -> str:
    """Verbs that carry a kind: "sentenced to seven years", "fined 100 MCI"."""
    return r"\b" + alternation(penalty_vocabulary()["verbs"][kind]) + r"\b"


MONEY_UNITS = {"MCI", "KZT", "USD", "percent"}
TERM_UNITS = {"hours", "days", "months", "years"}

# "up to", "of up to", "not more than", "not exceeding", "a maximum of", "almost"
BOUND_MAX = (
    r"(?:of\s+)?(?:up\s+to|almost|nearly|just\s+under|not\s+more\s+than|no\s+more\s+than|not\s+exceeding"
    r"|a\s+maximum\s+of|maximum\s+of|at\s+most|as\s+much\s+as|as\s+many\s+as|as\s+long\s+as"
    # "a prison sentence of maximum 12 years"
    r"|(?<=of\s)maximum)"
)
# a ceiling said with a modal: "the fine should not exceed 100 MCI" (a bound before a fine's size; a
# limit with no sanction in its clause is no fine, lawner.assemble.sums)
NOT_EXCEED = r"\b(?:should|shall|must|may|can|will|would|does|do)\s+not\s+exceed"
# "at least", "starting from", "not less than", "a minimum of", "more than", "over"
BOUND_MIN = (
    r"(?:at\s+least|starting\s+(?:from|at)|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of|minimum\s+of"
    r"|more\s+than|over|(?<!not\s)(?<!no\s)exceeding|in\s+excess\s+of)"
)
# "in the amount of", "at a rate of" (adilet's translations of tiered fines)
RATE = r"(?:in\s+(?:the\s+)?amount\s+of|at\s+(?:a|the)\s+rate\s+of)"
# "in the same amount", "for the same term", "of the same amount", "for the same duration"
SAME = r"(?:in|of|for|at)\s+th?e\s+same\s+(?:amount|size|term|period|duration)"  # adilet also writes "in te same"
# the first tier may name its subject with no "on": "subject to fine natural persons at a rate of fifteen, on ..."
FIRST_TIER_SUBJECT = r"(?:(?:natural|physical)\s+persons|individuals|citizens)"


# a verb of change: "rises", "increased", "goes up", "tightened", "reduced", "doubles"
CHANGE_VERB = (
    r"\b(?:increas|rais|ris|grow|grew|gone|go(?:es)?\s+up|went\s+up|tighten|reduc|lower|decreas|chang|doubl|tripl)\w*\b"
)

# a closure ordered for a term (a suspension of activity): "ordered the shop section closed for"
ORDERED_CLOSED = r"\border(?:ed|s)?\s+(?:[\w'’-]+\s+){1,4}?(?:closed|shut(?:\s+down)?)\s+for"

# a restriction of freedom by its verb: "restricted his freedom of movement (for three years)"
RESTRICTED_FREEDOM = r"\brestrict(?:ed|s|ing)?\s+(?:his|her|their)\s+(?:freedom|liberty)(?:\s+of\s+movement)?"
