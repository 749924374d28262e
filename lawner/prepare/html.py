"""HTML pages: their article text, how much of the page that is, and their publication date.

:func:`read_page` gives a :class:`Page`. The article text comes from trafilatura, a maintained
main-text extractor (chosen by ``benchmarks/html_extractors.py``: see the README). lawner's own
reader (:func:`html_to_text`) stands in when trafilatura is not importable, fails, or finds no
text, and on small pages whose ``<article>``/``<main>`` it can read (see :func:`_choose`). The
same pass of lawner's reader counts the page's visible text and collects the publication dates
the page states (meta tags, JSON-LD, ``<time datetime>``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..errors import Messages

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
# elements whose text a reader never sees on the page
_INVISIBLE = {"head", "title", "script", "style", "noscript", "template", "svg"}
# elements that hold the page itself or its article: never taken for chrome, whatever their class
_STRUCTURE = {"html", "body", "article", "main"}
# elements without an end tag
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
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
    "header",
}
# a class, id or role word of page chrome: class="related-news", id="sidebar", class="share-buttons"
_CHROME_WORD = re.compile(
    r"(?:^|[_-])(?:nav|menu|sidebar|footer|header|related|share|social|"
    r"cookie|banner|advert|ads?|comments?|breadcrumbs?|tags?|subscribe|popular|"
    r"latest|read-?more|recommend)(?:$|[_-])",
    re.IGNORECASE,
)
# ARIA landmark roles of page chrome: role="navigation", "banner" (site header), "contentinfo" (site footer)
_CHROME_ROLE = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
# a WordPress state or taxonomy class on body/article, not chrome: "tag-kazakhstan",
# "category-news", "has-sidebar", "post-template-default", "single-format-standard"
_TAXONOMY_CLASS = re.compile(
    r"^(?:tag|category|has|no|with|is|post-template|page-template|single-format|format|status|type|postid|"
    r"page-id|author|archive|term|taxonomy)-",
    re.IGNORECASE,
)

# below this many characters trafilatura replaces its extraction with a dump of the whole page
# (its MIN_EXTRACTED_SIZE), navigation included: lawner's reader does better on such small pages
TRAFILATURA_MIN_SIZE = 250
# extracted text under this share of the page's visible text is suspiciously short. On the 990
# pages of trafilatura's evaluation set (README, "HTML pages"), lawner's reader before issue 12 kept
# under 10% on 180 pages: 139 of the 191 where it lost the whole article, and 3 it read whole.
# trafilatura's text is under 10% on 21 pages (2%), 18 of them read whole (a short story amid
# long comment threads or link lists: worth a look all the same)
SHORT_SHARE = 0.1
# ... on pages with at least this much visible text (a small page's menu may outweigh its article)
SHORT_MIN_VISIBLE = 1_000


@dataclass
class Page:
    """What lawner reads of an HTML page."""

    text: str  # the article text, one block per line
    extractor: str  # "trafilatura" or "lawner" (lawner's own reader)
    visible_chars: int  # characters of text the page shows a reader (whitespace collapsed)
    published: str | None = None  # the page's publication date (ISO), when it states one
    published_from: str | None = None  # where that date was read: "meta article:published_time", ...
    notes: list[str] = field(default_factory=list)  # how the text was got, when not by trafilatura

    @property
    def share(self) -> float:
        """The article text's share of the page's visible text."""
        return len(" ".join(self.text.split())) / self.visible_chars if self.visible_chars else 1.0

    @property
    def suspiciously_short(self) -> bool:
        """Whether the article text is a small share of a page with plenty of visible text."""
        return self.visible_chars >= SHORT_MIN_VISIBLE and self.share < SHORT_SHARE


def _class_words(attributes: dict[str, str | None]) -> list[str]:
    """The class and id words of an element that may name page chrome."""
    words = " ".join(filter(None, [attributes.get("class"), attributes.get("id")])).split()
    return [w for w in words if not _TAXONOMY_CLASS.match(w)]


def _is_chrome(tag: str, attributes: dict[str, str | None], in_article: bool) -> bool:
    """Whether an element is page chrome (navigation, menus, link lists, share buttons)."""
    if tag in _STRUCTURE:
        return False
    if tag == "header" and in_article:  # an article's own header holds its headline and date
        return False
    if tag in _DROP:
        return True
    if (attributes.get("role") or "").lower() in _CHROME_ROLE:
        return True
    words = [m.group(0).strip("_-").lower() for w in _class_words(attributes) if (m := _CHROME_WORD.search(w))]
    if in_article:  # an article's header: class="entry-header", "article-header"
        words = [w for w in words if w != "header"]
    return bool(words)


class _PageReader(HTMLParser):
    """One pass over a page: its text without scripts, navigation and link lists (inside an
    <article> or <main> element when the page has one), its visible text, its meta tags,
    JSON-LD blocks and <time datetime> values."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.visible: list[str] = []
        self.metas: list[tuple[str, str]] = []  # (property, name or itemprop; content)
        self.json_ld: list[str] = []
        self.times: list[tuple[str, bool, str]] = []  # (datetime, inside the article, itemprop/class)
        self.skip = 0
        self.hidden = 0
        self.stack: list[tuple[str, bool]] = []
        self.in_article = 0
        self.in_json_ld = False

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = dict(attrs)
        if tag == "meta":
            self._meta(attributes)
        if tag == "time" and attributes.get("datetime"):
            marks = " ".join(filter(None, [attributes.get("itemprop"), attributes.get("class")]))
            self.times.append((attributes["datetime"] or "", bool(self.in_article), marks.lower()))
        if tag in _VOID:
            if tag in {"br", "hr"}:
                self._emit("\n")
            return
        if tag == "script" and (attributes.get("type") or "").lower() == "application/ld+json":
            self.in_json_ld = True
        skipping = _is_chrome(tag, attributes, bool(self.in_article))
        self.stack.append((tag, skipping))
        self.skip += skipping
        self.hidden += tag in _INVISIBLE
        if tag in {"article", "main"}:
            self.in_article += 1
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_json_ld = False
        if any(open_tag == tag for open_tag, _ in self.stack):  # a stray end tag closes nothing
            while self.stack:
                open_tag, skipping = self.stack.pop()
                self.skip -= skipping
                self.hidden -= open_tag in _INVISIBLE
                if open_tag in {"article", "main"}:
                    self.in_article -= 1
                if open_tag == tag:
                    break
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld.append(data)
        if not self.hidden:
            self.visible.append(data)
        if not self.skip:
            self._emit(data)

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self.in_article:
            self.article_parts.append(text)

    def _meta(self, attributes: dict[str, str | None]) -> None:
        content = attributes.get("content")
        for key in ("property", "name", "itemprop"):
            if attributes.get(key) and content:
                self.metas.append(((attributes[key] or "").lower(), content))

    def text(self) -> str:
        """The article text, one block per line: the <article>/<main> text, else the page's."""
        return _lines("".join(self.article_parts if "".join(self.article_parts).strip() else self.parts))

    def visible_chars(self) -> int:
        return len(" ".join("".join(self.visible).split()))


def _lines(text: str) -> str:
    """``text`` with each line's whitespace collapsed and empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.replace("\xa0", " ").split("\n"))
    return "\n".join(line for line in lines if line)


def _read(html: str) -> _PageReader:
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return reader


def html_to_text(html: str) -> str:
    """The article text of an HTML page by lawner's own reader, one block per line (the
    fallback for trafilatura)."""
    return _read(html).text()


def visible_chars(html: str) -> int:
    """Characters of text an HTML page shows a reader (whitespace collapsed): the measure the
    article text is compared with (:attr:`Page.suspiciously_short`)."""
    return _read(html).visible_chars()


def trafilatura_text(html: str) -> str | None:
    """The main text trafilatura finds in ``html``, one block per line; ``None`` when it finds
    none. Raises ImportError when trafilatura is not installed."""
    from trafilatura import extract

    text = extract(html, include_comments=False, include_tables=True, output_format="txt", deduplicate=False)
    return _lines(text) if text else None


def _choose(html: str, reader: _PageReader) -> tuple[str, str, list[str]]:
    """(text, extractor, notes): trafilatura's text, or lawner's where trafilatura is missing,
    fails, finds nothing, or falls back to a whole-page dump on a page with an <article>."""
    try:
        text = trafilatura_text(html)
    except ImportError:
        return reader.text(), "lawner", [Messages.HTML_NO_TRAFILATURA]
    except Exception as exc:  # noqa: BLE001 - any failure of the extractor falls back
        return reader.text(), "lawner", [Messages.HTML_TRAFILATURA_FAILED.format(error=f"{type(exc).__name__}: {exc}")]
    if not text:
        return reader.text(), "lawner", [Messages.HTML_TRAFILATURA_EMPTY]
    own = _lines("".join(reader.article_parts))
    if len(text) < TRAFILATURA_MIN_SIZE and own:
        return own, "lawner", []
    return text, "trafilatura", []


def read_page(html: str) -> Page:
    """The article text of an HTML page, its share of the page and the page's publication date."""
    reader = _read(html)
    text, extractor, notes = _choose(html, reader)
    published, source = publication_date(reader)
    return Page(text, extractor, reader.visible_chars(), published, source, notes)


# ---------------------------------------------------------------- the page's publication date

# meta tags of the publication date, best first: Open Graph's article (Facebook, WordPress/Yoast),
# then names news sites and CMSs use (Parse.ly, Sailthru, Dublin Core, schema.org microdata)
_DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
# an ISO date or timestamp: "2025-08-20", "2025-08-20T09:15:00+05:00", "2025/08/20 09:15"
_ISO_DATE = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
# a compact date: "20250820", "20250820T091500"
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?!\d)")
# dates before this are not a web page's publication date (a default or a typo)
_EARLIEST = dt.date(1991, 1, 1)


def parse_page_date(value: str) -> str | None:
    """The ISO date of a page's date value, as the page wrote it (its own time zone); ``None``
    when it is not a date. Reads ISO dates and timestamps, compact dates and RFC 2822 dates
    ("Wed, 20 Aug 2025 09:15:00 +0500")."""
    match = _ISO_DATE.match(value) or _COMPACT_DATE.match(value)
    try:
        if match:
            date = dt.date(*(int(g) for g in match.groups()))
        else:
            date = email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None
    if not _EARLIEST <= date <= dt.date.today() + dt.timedelta(days=1):
        return None
    return date.isoformat()


def _json_ld_dates(block: str) -> list[str]:
    """The ``datePublished`` values in a JSON-LD block, in document order (``@graph`` included)."""
    try:
        data = json.loads(block, strict=False)
    except ValueError:
        return []
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(data)
    return found


def _date_candidates(reader: _PageReader):
    """(value, where) of each date the page states for its publication, best first."""
    metas = reader.metas
    yield from ((v, f"meta {k}") for k, v in metas if k == "article:published_time")
    for block in reader.json_ld:
        yield from ((v, "JSON-LD datePublished") for v in _json_ld_dates(block))
    for name in _DATE_METAS[1:]:
        yield from ((v, f"meta {k}") for k, v in metas if k == name)
    # <time itemprop="datePublished" datetime="..."> or class="published", then any <time> in the article
    yield from ((v, "<time datetime>") for v, _, marks in reader.times if "published" in marks)
    yield from ((v, "<time datetime> in the article") for v, in_article, _ in reader.times if in_article)


def publication_date(reader: _PageReader) -> tuple[str | None, str | None]:
    """(ISO date, where it was read) of the page's publication date, or ``(None, None)``."""
    for value, where in _date_candidates(reader):
        date = parse_page_date(value)
        if date:
            return date, where
    return None, None


def page_date(html: str) -> tuple[str | None, str | None]:
    """(ISO date, where it was read) of an HTML page's publication date, or ``(None, None)``."""
    return publication_date(_read(html))
