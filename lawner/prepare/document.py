"""Text preparation before the pipeline: HTML to article text, checks on size and content.

:func:`prepare` returns the text lawner reads (offsets in a record refer to it), the reference
date it is read with, and warnings about what was done to get them. HTML pages are read by
:mod:`lawner.prepare.html`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import InputError, Messages
from .html import html_to_text, read_page

__all__ = ["DEFAULT_MAX_CHARS", "Prepared", "check_reference_date", "fix_layout", "html_to_text", "prepare"]

# the longest document read (characters): a longer one is refused with an error record
DEFAULT_MAX_CHARS = 20_000_000

_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html|body|head|div|p|article)\b", re.IGNORECASE)


@dataclass
class Prepared:
    """The text lawner reads, the reference date it reads it with (the one given, else an HTML
    page's publication date) and warnings about both."""

    text: str
    warnings: list[str] = field(default_factory=list)
    reference_date: str | None = None

    @property
    def changed(self) -> bool:
        """Whether lawner reads another text than it was given (offsets refer to ``text``)."""
        return bool(self.warnings)


# a word broken at a line end: "puni-\nshed"
_HYPHENATED = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
# a page header or footer line: "Page 3 of 12", "- 3 -", "3"
_PAGE_MARK = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,4})\s*$", re.IGNORECASE)


# line breaks a scraper wrote out as escapes: the characters "\\r\\n", "\\n", "\\t"
_ESCAPED_BREAK = re.compile(r"(?<!\\)\\(?:r\\n|[nrt])")


def unescape_breaks(text: str) -> tuple[str, list[str]]:
    """Read line breaks and tabs written out as escapes ("...court.\\r\\nJudge ...", a scraper's
    JSON copied as text) as whitespace, keeping every offset: each escape becomes spaces ending
    in a line break (a tab escape becomes spaces). Only where the escapes are how the text
    breaks its lines: two or more of them, and more than it has real line breaks."""
    found = _ESCAPED_BREAK.findall(text)
    if len(found) < 2 or len(found) <= text.count("\n"):
        return text, []
    text = _ESCAPED_BREAK.sub(lambda m: " " * len(m[0]) if m[0] == "\\t" else " " * (len(m[0]) - 1) + "\n", text)
    return text, [f"layout: read {len(found)} escaped line breaks and tabs (\\r\\n, \\n, \\t) as whitespace"]


def fix_layout(text: str) -> tuple[str, list[str]]:
    """Undo PDF-to-text damage: page headers and footers repeated on every page, words
    hyphenated at line ends, hard-wrapped lines. Only where the damage shows: headers go
    only from text with page marks ("Page 3 of 12", form feeds), and hyphens and line
    breaks are joined only in hard-wrapped text. Other text comes back as it is."""
    notes = []
    raw_lines = text.split("\n")
    pages = sum(1 for line in raw_lines if _PAGE_MARK.match(line) and line.strip()) + text.count("\f")
    if pages >= 2:
        counts: dict[str, int] = {}
        for line in raw_lines:
            key = line.strip()
            if key:
                counts[key] = counts.get(key, 0) + 1
        repeated = {
            k for k, n in counts.items() if n >= min(3, pages) and len(k) < 120 and not k.endswith((".", ";", ":"))
        }
        kept = [
            line.replace("\f", "")
            for line in raw_lines
            if line.strip() not in repeated and not (_PAGE_MARK.match(line) and line.strip())
        ]
        if len(kept) < len(raw_lines):
            notes.append(f"layout: removed {len(raw_lines) - len(kept)} page header, footer and number lines")
            text = "\n".join(kept)
    # hard-wrapped prose: most lines end mid-sentence and the next one goes on in lower case
    body = [line for line in text.split("\n") if line.strip()]
    mid = sum(1 for a, b in zip(body, body[1:], strict=False) if a.rstrip()[-1:].isalnum() and b.lstrip()[:1].islower())
    hyphens = sum(
        1 for a, b in zip(body, body[1:], strict=False) if a.rstrip().endswith("-") and b.lstrip()[:1].islower()
    )
    if len(body) >= 4 and (mid + hyphens) / (len(body) - 1) > 0.3:
        text, n = _HYPHENATED.subn("", text)
        if n:
            notes.append(f"layout: joined {n} words hyphenated at line ends")
        text = re.sub(r"(?<=[\w,;])[ \t]*\n[ \t]*(?=[a-z(])", " ", text)
        notes.append("layout: joined hard-wrapped lines")
    return text, notes


# control characters other than tab, line feed, form feed and carriage return: binary data
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text[:2000]))


def prepare(
    text: str,
    *,
    html: bool | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    fix: bool = True,
    reference_date: str | None = None,
) -> Prepared:
    """The text lawner reads for ``text``: HTML reduced to its article text (:func:`read_html`),
    PDF layout damage undone (:func:`fix_layout`); ``Prepared.changed`` tells whether it differs
    from ``text``. An HTML page's publication date becomes the reference date when
    ``reference_date`` (an ISO date) is not given. Raises :class:`InputError` for binary data
    or a document over ``max_chars``."""
    if not isinstance(text, str):
        raise InputError(Messages.NOT_TEXT.format(type=type(text).__name__))
    warnings = []
    if len(text) > max_chars:
        raise InputError(Messages.TOO_LARGE.format(size=len(text), limit=max_chars))
    if "\x00" in text or len(_CONTROL.findall(text, 0, 10_000)) > 100:
        raise InputError("binary data, not text")
    if html or (html is None and looks_like_html(text)):
        text, reference_date, notes = read_html(text, reference_date)
        warnings.extend(notes)
    if fix:
        text, escaped = unescape_breaks(text)
        warnings.extend(escaped)
        text, notes = fix_layout(text)
        warnings.extend(notes)
    return Prepared(text, warnings, reference_date)


def read_html(page: str, reference_date: str | None = None) -> tuple[str, str | None, list[str]]:
    """(article text, reference date, warnings) of an HTML page: the reference date given, else
    the page's publication date; warnings say where the text and the date came from, and when
    the text is suspiciously short for the page."""
    read = read_page(page)
    warnings = [Messages.HTML_OFFSETS, *read.notes]
    if read.suspiciously_short:
        warnings.append(Messages.HTML_SHORT.format(share=read.share, chars=len(read.text), visible=read.visible_chars))
    if reference_date is None and read.published:
        reference_date = read.published
        warnings.append(Messages.PAGE_DATE.format(date=read.published, source=read.published_from))
    return read.text, reference_date, warnings


def check_reference_date(value: str | dt.date | None) -> str | None:
    """``value`` as an ISO date string; :class:`InputError` if it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise InputError(Messages.BAD_DATE.format(value=value)) from exc
