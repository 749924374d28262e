"""Text preparation before the pipeline: HTML to article text, checks on size and content.

:func:`prepare` returns the text lawner reads (offsets in a record refer to it) and
warnings about what was done to get it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .errors import InputError, Messages

# elements whose text is never article text
_DROP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
         "svg", "iframe", "template", "select", "menu"}
# elements that end a line of text
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
          "section", "article", "main", "blockquote", "pre", "dd", "dt", "figure", "figcaption", "hr"}
_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html|body|head|div|p|article)\b", re.IGNORECASE)
_CHROME_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|menu|sidebar|footer|header|related|share|social|"
                           r"cookie|banner|advert|ads?|comments?|breadcrumbs?|tags?|subscribe|popular|"
                           r"latest|read-?more|recommend)(?:$|[\s_-])", re.IGNORECASE)


@dataclass
class Prepared:
    text: str
    warnings: list[str] = field(default_factory=list)


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


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_HTML.search(text[:2000]))


def prepare(text: str, *, html: bool | None = None, max_chars: int = 20_000_000) -> Prepared:
    """The text lawner reads for ``text``: HTML reduced to its article text; raises
    :class:`InputError` for binary data or a document over ``max_chars``."""
    if not isinstance(text, str):
        raise InputError(Messages.NOT_TEXT.format(type=type(text).__name__))
    warnings = []
    if len(text) > max_chars:
        raise InputError(Messages.TOO_LARGE.format(size=len(text), limit=max_chars))
    if "\x00" in text or sum(1 for c in text[:10000] if ord(c) < 32 and c not in "\n\r\t\f") > 100:
        raise InputError("binary data, not text")
    if html or (html is None and looks_like_html(text)):
        text = html_to_text(text)
        warnings.append("html: offsets refer to the article text extracted from the page")
    return Prepared(text, warnings)
