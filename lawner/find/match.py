"""Matching helpers the rule finders share, with no spaCy: windows of text around a cheap anchor
pattern, searches restricted to them, the choice among overlapping matches, and the merge of new
entities with existing ones (on character offsets here, on a Doc's tokens in
:mod:`lawner.components.base`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from .caseless import Caseless

T = TypeVar("T")


@dataclass(frozen=True)
class Match:
    """A span a rule found: character offsets, label, the rule's name and its confidence."""

    start: int
    end: int
    label: str
    rule: str
    confidence: float


class _Intervals:
    """Non-overlapping [start, end) intervals, sorted; overlap test and insert in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # intervals starting before ``end``
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def sentence_at(sentences: list[tuple[int, int]], starts: list[int], offset: int, size: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``offset`` (``starts`` the sentences' starts), or
    the whole text of ``size`` characters before the first sentence."""
    i = bisect.bisect_right(starts, offset) - 1
    return sentences[i] if i >= 0 else (0, size)


def choose(matches: Iterable[Match], priority: list[str]) -> list[Match]:
    """Non-overlapping matches: earlier rules in ``priority`` first, then longer, then earlier."""
    rank = {name: i for i, name in enumerate(priority)}
    ordered = sorted(matches, key=lambda m: (rank.get(m.rule, len(rank)), m.start - m.end, m.start))
    taken = _Intervals()
    chosen: list[Match] = []
    for m in ordered:
        if not taken.overlaps(m.start, m.end):
            taken.add(m.start, m.end)
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def combine(existing: list[T], new: Iterable[T], overwrite: bool, bounds: Callable[[T], tuple[int, int]]) -> list[T]:
    """``existing`` plus the ``new`` entities that overlap none of them (longer first at one
    start); with ``overwrite`` the new win and the existing ones they overlap are dropped.
    ``bounds`` gives an entity's ``(start, end)``: token offsets of Spans in ``doc.ents``,
    character offsets in :mod:`lawner.rules_engine` (the same order, as spans are token-aligned)."""
    taken = _Intervals()
    if not overwrite:
        for item in existing:
            taken.add(*bounds(item))
    keep_new: list[T] = []
    for item in sorted(new, key=lambda x: (bounds(x)[0], bounds(x)[0] - bounds(x)[1])):
        start, end = bounds(item)
        if not taken.overlaps(start, end):
            taken.add(start, end)
            keep_new.append(item)
    if overwrite:
        existing = [item for item in existing if not taken.overlaps(*bounds(item))]
    return existing + keep_new


def merge(ranges: Iterable[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Sorted ``[start, end)`` ranges clipped to ``[0, size)``, overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        start, end = max(0, start), min(size, end)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def windows(text: str, anchor: Caseless | re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows around each match of a cheap ``anchor`` pattern.

    The full patterns, with their large alternations, then run only inside these windows:
    most of a news article holds no penalty, date or title, and is skipped.
    """
    merged: list[list[int]] = []
    for m in anchor.finditer(text):
        start, end = m.start() - before, m.end() + after
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end  # matches come in text order: their ends only grow
        else:
            merged.append([start, end])
    size = len(text)
    return [(max(0, start), min(size, end)) for start, end in merged]


def all_matches(pattern: Caseless | re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Every match of ``pattern`` inside ``spans``, overlapping ones too (one per start)."""
    found = []
    for start, end in spans:
        m = pattern.search(text, start, end)
        while m is not None:
            found.append(m)
            m = pattern.search(text, m.start() + 1, end)
    return found


def match_at(pattern: Caseless | re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches can only begin at ``starts``
    (sorted): one anchored ``match`` per start instead of a scan of the whole text."""
    last = 0
    for start in starts:
        if start < last:
            continue
        m = pattern.match(text, start)
        if m is not None:
            last = m.end()
            yield m


def find_in_windows(
    pattern: Caseless | re.Pattern[str], text: str, spans: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` restricted to ``spans`` (lookbehinds still see the text before)."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
