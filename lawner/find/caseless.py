"""A case-insensitive pattern searched case-sensitively in the lower-cased text (:class:`Caseless`)."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text.lower()``, computed once for the components that search the same text."""
    return text.lower()


class Caseless:
    """A case-insensitive pattern, searched case-sensitively in the lower-cased text.

    Python's ``re`` scans a large alternation several times faster without IGNORECASE. Match
    offsets are the text's own (the fallback, a case-insensitive search of the text itself,
    is used when lower-casing changes the text's length, or the pattern has an escape such
    as ``\\S`` that lower-casing would change). Read matches by their offsets: their groups
    may hold the lower-cased text.
    """

    def __init__(self, pattern: str) -> None:
        self._folded: re.Pattern[str] | None = None  # compiled on first use: most never need it
        self.pattern = pattern
        # lower-cased, but for group names ("(?P<span>"); not for patterns that switch
        # case-insensitivity off somewhere ("(?-i:[A-Z])")
        parts = re.split(r"(\(\?P[<=]\w+[>)])", pattern)
        lower = "".join(part if i % 2 else part.lower() for i, part in enumerate(parts))
        self.lower = None if re.search(r"\\[A-Z]|\(\?[a-z]*-", pattern) else re.compile(lower)
        if self.lower is None:
            self._folded = re.compile(pattern, re.IGNORECASE)

    @property
    def folded(self) -> re.Pattern[str]:
        """The pattern compiled case-insensitively (the fallback, see the class's note)."""
        if self._folded is None:
            self._folded = re.compile(self.pattern, re.IGNORECASE)
        return self._folded

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.lower is not None:
            low = lowered(text)
            if len(low) == len(text):
                return self.lower, low
        return self.folded, text

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        pattern, target = self._target(text)
        return pattern.finditer(target, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, target = self._target(text)
        return pattern.search(target, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pattern, target = self._target(text)
        return pattern.match(target, pos, endpos)
