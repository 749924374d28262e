"""Text preparation before the pipeline: HTML to article text, checks on size and content.

:func:`prepare` returns the text lawner reads (offsets in a record refer to it) and
warnings about what was done to get it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .errors import InputError, Messages

# the longest document read (characters): a longer one is refused with an error record
DEFAULT_MAX_CHARS = 20_000_000

# elements whose text is never article text
_DROP = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
    "select",
    "menu",
}
# elements that end a line of text
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figure",
    "figcaption",
    "hr",
}
_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html|body|head|div|p|article)\b", re.IGNORECASE)
_CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|menu|sidebar|footer|header|related|share|social|"
    r"cookie|banner|advert|ads?|comments?|breadcrumbs?|tags?|subscribe|popular|"
    r"latest|read-?more|recommend)(?:$|[\s_-])",
    re.IGNORECASE,
)


@dataclass
class Prepared:
    text: str
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether lawner reads another text than it was given (offsets refer to ``text``)."""
        return bool(self.warnings)


class _ArticleText(HTMLParser):
    """Collects the text of an HTML page, without scripts, navigation and link lists; inside
    an <article> or <main> element when the page has one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.skip = 0
        self.stack: list[tuple[str, bool]] = []
        self.in_article = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        marker = " ".join(filter(None, [attributes.get("class"), attributes.get("id"), attributes.get("role")]))
        skipping = tag in _DROP or bool(marker and _CHROME_CLASS.search(marker))
        if tag in {"br", "hr", "img", "meta", "link", "input"}:
            if tag in {"br", "hr"}:
                self._emit("\n")
            return
        self.stack.append((tag, skipping))
        if skipping:
            self.skip += 1
        if tag in {"article", "main"}:
            self.in_article += 1
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, skipping = self.stack.pop()
            if skipping:
                self.skip -= 1
            if open_tag in {"article", "main"}:
                self.in_article -= 1
            if open_tag == tag:
                break
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._emit(data)

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self.in_article:
            self.article_parts.append(text)


def html_to_text(html: str) -> str:
    """The article text of an HTML page, one block per line."""
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    parts = parser.article_parts if "".join(parser.article_parts).strip() else parser.parts
    text = "".join(parts).replace("\xa0", " ")
    out_lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in out_lines if line).strip()


# a word broken at a line end: "puni-\nshed"
_HYPHENATED = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
# a page header or footer line: "Page 3 of 12", "- 3 -", "3"
_PAGE_MARK = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,4})\s*$", re.IGNORECASE)


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


def prepare(text: str, *, html: bool | None = None, max_chars: int = DEFAULT_MAX_CHARS, fix: bool = True) -> Prepared:
    """The text lawner reads for ``text``: HTML reduced to its article text, PDF layout damage
    undone (:func:`fix_layout`); ``Prepared.changed`` tells whether it differs from ``text``. Raises
    :class:`InputError` for binary data or a document over ``max_chars``."""
    if not isinstance(text, str):
        raise InputError(Messages.NOT_TEXT.format(type=type(text).__name__))
    warnings = []
    if len(text) > max_chars:
        raise InputError(Messages.TOO_LARGE.format(size=len(text), limit=max_chars))
    if "\x00" in text or len(_CONTROL.findall(text, 0, 10_000)) > 100:
        raise InputError("binary data, not text")
    if html or (html is None and looks_like_html(text)):
        text = html_to_text(text)
        warnings.append("html: offsets refer to the article text extracted from the page")
    if fix:
        text, notes = fix_layout(text)
        warnings.extend(notes)
    return Prepared(text, warnings)


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
