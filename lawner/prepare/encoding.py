"""Bytes to text: UTF-8 and UTF-16 (with or without a BOM), else the legacy encoding
charset-normalizer finds most plausible (cp1251, KZ-1048, KOI8-R, cp1252)."""

from __future__ import annotations

import codecs
import re

from ..errors import Messages

# the legacy encodings charset-normalizer chooses from for bytes that are not UTF-8: Russian
# and Kazakh Cyrillic (Windows cp1251, KOI8-R, Kazakh Windows KZ-1048) and Western European
# (cp1252). Latin-1 text is read as cp1252, which agrees with it on every printable character.
LEGACY_ENCODINGS = ("cp1251", "kz1048", "koi8_r", "cp1252")


def decode(data: bytes) -> str:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one for text that
    is mostly ASCII), else the legacy encoding (:data:`LEGACY_ENCODINGS`) charset-normalizer finds
    most plausible; raise ``UnicodeDecodeError`` when none fits (binary data among others)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if len(data) >= 2 and data.count(b"\x00") > len(data) // 4:
        # UTF-16 without a BOM: every other byte of ASCII text is zero
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    text = _detect_legacy(data)
    if text is None:
        raise UnicodeDecodeError(
            utf8_error.encoding, utf8_error.object, utf8_error.start, utf8_error.end, Messages.UNDECODABLE
        )
    return text


def _detect_legacy(data: bytes) -> str | None:
    """``data`` decoded in the legacy encoding charset-normalizer ranks first (ties broken by
    :func:`_odd_words`), or None for binary data and bytes no legacy encoding reads as text."""
    if b"\x00" in data:  # no legacy text holds a NUL byte: binary data
        return None
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        return None
    best = matches[0]
    # charset-normalizer's own notion of a tie: chaos within 1%, coherence within 2%
    tied = [m for m in matches if abs(m.chaos - best.chaos) < 0.01 and abs(m.coherence - best.coherence) <= 0.02]
    return min((str(m) for m in tied), key=_odd_words)  # min keeps charset-normalizer's order among equals


# a run of letters: a word, for _odd_words
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _odd_words(text: str, limit: int = 100_000) -> int:
    """Words a wrong legacy encoding makes: a Cyrillic letter inside a Latin word ("Café" read as
    cp1251 is "Cafй") or a capital after a small letter ("Суд" in KOI8-R read as cp1251 is "уХД").

    Short texts leave charset-normalizer undecided between such readings; this breaks the tie."""
    odd = 0
    for match in _WORD.finditer(text, 0, limit):
        word = match.group()
        mixed = bool(_LATIN.search(word)) and bool(_CYRILLIC.search(word))
        camel = any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
        odd += mixed or camel
    return odd
