"""lawner's exceptions and their messages, in one place."""

from __future__ import annotations


class LawnerError(Exception):
    """Base class of lawner's errors."""


class InputError(LawnerError, ValueError):
    """A document lawner cannot read: wrong type, undecodable bytes, too large."""


class ModelNotFoundError(LawnerError, FileNotFoundError):
    """The NER model folder is missing or incomplete."""


class Messages:
    NOT_TEXT = "expected the document as str (or bytes in a known encoding), got {type}"
    TOO_LARGE = "document is {size:,} characters, over the limit of {limit:,} (set max_chars to raise it)"
    BAD_DATE = "reference date must be an ISO date like 2025-08-21, got {value!r}"
    NO_MODEL = "no trained NER model at {path}: run `lawner train` or use lawner.load(rules_only=True)"
    UNDECODABLE = (
        "could not read the bytes as text in UTF-8, UTF-16, or a Cyrillic (cp1251, KZ-1048, KOI8-R) or "
        "Western (cp1252, Latin-1) encoding"
    )
