"""Tiered fines, each subject with its amount: "on natural persons at a rate of five, on officials –
at a rate of eight, on legal entities – thirty monthly settlement indicators" (adilet's
translations), "1,731 tenge for individuals, 27.6 thousand tenge for officials".
:func:`parse_tiers` is read by :func:`lawner.normalize.penalties.parse_penalty`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import FIRST_TIER_SUBJECT, FLAGS, RATE
from .numbers import NUMBER_PATTERN, parse_number

_TIER = re.compile(
    rf"(?P<subject>(?:on|for)\s+[^;.\n\d]{{2,160}}?|{FIRST_TIER_SUBJECT})\s*[-–—:,]?\s*(?:{RATE}\s+)?(?P<n>{NUMBER_PATTERN})(?=\s*(?:,|and\b|monthly|MCI|MRP|tenge|KZT|percent|%|$))",
    FLAGS,
)

_TIER_AFTER = re.compile(
    rf"(?P<n>{NUMBER_PATTERN})\s+(?:(?:monthly|MCI|MRP|tenge|KZT)[\w\s]*?\s+)?(?P<subject>for\s+[^,;.\n\d]{{2,80}}?)(?=,|\s+and\b|$)",
    FLAGS,
)

# a conversion of the amount before it: ", equivalent to 5,834 tenge"
_EQUIVALENT = re.compile(
    rf",?\s*(?:which\s+is\s+)?(?:equivalent|equal)\s+to\s+(?:about\s+|approximately\s+)?{NUMBER_PATTERN}\s*"
    r"(?:thousand\s+|million\s+|billion\s+)?(?:tenges?|KZT)",
    FLAGS,
)

# where a tier's subject starts, in both orders: two tiers need two of them
_TIER_SUBJECT_START = re.compile(r"(?:on|for)\s", FLAGS)


@dataclass
class Tier:
    """One tier of a tiered fine: "on officials – in the amount of thirty"."""

    subject: str
    amount: float


def parse_tiers(text: str) -> list[Tier]:
    """Tiers of an administrative fine, in either order of subject and amount."""
    text = _EQUIVALENT.sub("", text)  # "two MCI for individuals, equivalent to 5,834 tenge": no tier
    if len(_TIER_SUBJECT_START.findall(text)) < 2:  # each tier's subject starts "on ..." or "for ..."
        return []
    tiers = [
        Tier(" ".join(m.group("subject").split()).strip(" ,–—-"), parse_number(m.group("n")) or 0)
        for m in _TIER.finditer(text)
        if parse_number(m.group("n")) is not None
    ]
    if len(tiers) >= 2:
        return tiers
    tiers = [
        Tier(" ".join(m.group("subject").split()), parse_number(m.group("n")) or 0)
        for m in _TIER_AFTER.finditer(text)
        if parse_number(m.group("n")) is not None
    ]
    return tiers if len(tiers) >= 2 else []
