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
    DEPRECATED_EXTENSION = "lawner: ._.{old} is deprecated, use ._.{new} (lawner's attributes carry its prefix)"
    NO_MODEL = "no trained NER model at {path}: run `lawner train` or use lawner.load(rules_only=True)"
    NO_RECORD = "the Doc has no record: run it through a pipeline that ends in lawner_record (lawner.load())"
    DTYPE_BACKEND = "dtype_backend must be one of {choices}, got {value!r}"
    UNDECODABLE = (
        "could not read the bytes as text in UTF-8, UTF-16, or a Cyrillic (cp1251, KZ-1048, KOI8-R) or "
        "Western (cp1252, Latin-1) encoding"
    )
    # warnings in a record read from an HTML page
    HTML_OFFSETS = "html: offsets refer to the article text extracted from the page"
    HTML_NO_TRAFILATURA = "html: trafilatura is not installed; the text was read by lawner's own HTML reader"
    HTML_TRAFILATURA_FAILED = "html: trafilatura failed ({error}); the text was read by lawner's own HTML reader"
    HTML_TRAFILATURA_EMPTY = "html: trafilatura found no main text; the text was read by lawner's own HTML reader"
    HTML_SHORT = (
        "html: the extracted text is only {share:.0%} of the page's visible text ({chars:,} of {visible:,} "
        "characters): the article may have been lost; check the record's text"
    )
    PAGE_DATE = "reference date {date}: the page's publication date ({source}); give a reference date to use another"
