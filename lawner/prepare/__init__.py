"""Prepare: what lawner reads before any span is found. Bytes become text (:mod:`.encoding`), an
HTML page its article text and publication date (:mod:`.html`), and a text is checked for size,
binary content and layout (:mod:`.document`: :func:`prepare`, :func:`check_reference_date`)."""

from .document import DEFAULT_MAX_CHARS, Prepared, check_reference_date, prepare
from .encoding import decode

__all__ = ["DEFAULT_MAX_CHARS", "Prepared", "check_reference_date", "decode", "prepare"]
