"""HTML main-text extractors side by side on real web pages with known snippets.

    python benchmarks/html_extractors.py PAGES [--expectations FILE] [--extractors a,b] [--limit N]
        [--baseline REV] [--short-share 0.1] [--dates]

PAGES is a folder of saved web pages, searched recursively by file name, and the
expectations file (default ``PAGES/evaldata.json``) maps each page's URL to
``{"file": NAME, "with": [snippets of the main text], "without": [snippets of page chrome]}``:
the layout of trafilatura's evaluation set (``tests/evaldata.json`` with ``tests/cache`` and
``tests/eval`` of github.com/adbar/trafilatura, Apache-2.0; the pages are not copied here).

Prints one Markdown table per layout (all pages, WordPress pages, news pages), a row per
extractor:
  - recall: "with" snippets found in the extracted text,
  - exclusion (a precision proxy): "without" snippets left out of it,
  - precision and F1 as trafilatura's own evaluation counts them (snippets found / all
    snippets found, with or without),
  - empty: pages for which the extractor gave no text,
  - pages/s over the pages of that layout (extraction only; pages are decoded beforehand).
Snippets are matched with whitespace collapsed, as in trafilatura's evaluation.

``--baseline REV`` adds ``html_to_text`` as it was at git revision REV (read with
``git show``; for revisions where it lived in ``lawner/clean.py``). ``--short-share X`` adds a
table of the pages whose extracted text is under X of the page's visible text
(``lawner.prepare.html.visible_chars``): how many, how many of them the extractor read whole (every
"with" snippet found) and how many it lost (none found), which is what the threshold of
lawner's "suspiciously short" warning is chosen on. ``--dates`` counts the pages whose
publication date lawner reads (``lawner.prepare.html.page_date``), by where it was read, and checks them
against the date in the page's URL ("/2025/08/20/") where there is one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _lawner_html_to_text() -> Callable[[str], str | None]:
    from lawner.prepare.document import html_to_text

    return html_to_text


def _lawner_prepare() -> Callable[[str], str | None]:
    from lawner.prepare.document import prepare

    return lambda page: prepare(page, html=True, fix=False).text


def _lawner_at(revision: str) -> Callable[[], Callable[[str], str | None]]:
    def make() -> Callable[[str], str | None]:
        source = subprocess.run(
            ["git", "show", f"{revision}:lawner/clean.py"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        module = sys.modules.setdefault(f"lawner_clean_at_{revision}", types.ModuleType(f"lawner_clean_at_{revision}"))
        code = compile(source.replace("from .", "from lawner."), f"{revision}:lawner/clean.py", "exec")
        exec(code, module.__dict__)  # the old module, its relative imports made absolute
        return module.html_to_text

    return make


def _trafilatura(**options) -> Callable[[], Callable[[str], str | None]]:
    def make() -> Callable[[str], str | None]:
        from trafilatura import extract

        return lambda page: extract(page, include_comments=False, include_tables=True, **options)

    return make


# name -> a function that imports the extractor and returns it (so a missing one is reported)
EXTRACTORS: dict[str, Callable[[], Callable[[str], str | None]]] = {
    "lawner.prepare.html_to_text": _lawner_html_to_text,
    "trafilatura": _trafilatura(),
    "trafilatura favor_recall": _trafilatura(favor_recall=True),
    "trafilatura favor_precision": _trafilatura(favor_precision=True),
    "trafilatura fast": _trafilatura(fast=True),
    "lawner.prepare.prepare": _lawner_prepare,
}

# WordPress pages: its asset folders, or a WordPress theme's post classes on body/article
_WORDPRESS = re.compile(r"wp-content|wp-includes|\bpost-template-default\b|\btype-post\b", re.IGNORECASE)
# news pages: an article's Open Graph type, its publication time, or schema.org's NewsArticle
_NEWS = re.compile(
    r"og:type[\"']\s+content=[\"']article|article:published_time|[\"']@type[\"']\s*:\s*[\"']NewsArticle",
    re.IGNORECASE,
)
# the layouts scored apart ("all" is every page)
LAYOUTS = {"all": None, "wordpress": _WORDPRESS, "news": _NEWS}


@dataclass
class Page:
    url: str
    html: str
    with_: list[str]
    without: list[str]
    layouts: tuple[str, ...]
    visible: int  # characters of visible text (0 when lawner.prepare.html is not there to count them)


@dataclass
class Score:
    found: int = 0  # "with" snippets found
    withs: int = 0
    leaked: int = 0  # "without" snippets found
    withouts: int = 0
    empty: int = 0
    pages: int = 0
    seconds: float = 0.0
    short: int = 0  # pages whose text is under --short-share of their visible text
    short_whole: int = 0  # ... with every "with" snippet found
    short_lost: int = 0  # ... with none found
    lost: int = 0  # pages with no "with" snippet found

    def short_row(self, name: str) -> str:
        return f"| {name} | {self.short} | {self.short_whole} | {self.short_lost} | {self.lost} |"

    def row(self, name: str) -> str:
        recall = self.found / self.withs if self.withs else 0.0
        exclusion = 1 - self.leaked / self.withouts if self.withouts else 0.0
        precision = self.found / (self.found + self.leaked) if self.found + self.leaked else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rate = self.pages / self.seconds if self.seconds else 0.0
        excluded = self.withouts - self.leaked
        return (
            f"| {name} | {recall:.3f} ({self.found}/{self.withs}) | {exclusion:.3f} ({excluded}/{self.withouts}) "
            f"| {precision:.3f} | {f1:.3f} | {self.empty} | {rate:.1f} |"
        )


def norm(text: str) -> str:
    """Whitespace collapsed, so line breaks and runs of spaces do not cost a match."""
    return re.sub(r"\s+", " ", text).strip()


def decode_page(data: bytes) -> str:
    """The page as text, decoded as ``lawner extract`` decodes a file (UTF-8, UTF-16, cp1251);
    other encodings by charset detection, so that every extractor gets the same text."""
    from lawner.batch.readers import decode

    try:
        return decode(data)
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def read_pages(folder: Path, expectations: Path, limit: int | None) -> list[Page]:
    """The pages named in ``expectations`` that are found under ``folder``, in URL order."""
    data = json.loads(expectations.read_text(encoding="utf-8"))
    files = {p.name: p for p in folder.rglob("*") if p.is_file()}
    pages = []
    for url in sorted(data):
        item = data[url]
        path = files.get(item["file"])
        if path is None:
            continue
        html = decode_page(path.read_bytes())
        layouts = tuple(name for name, rule in LAYOUTS.items() if rule is None or rule.search(html))
        pages.append(Page(url, html, item.get("with", []), item.get("without", []), layouts, _visible(html)))
        if limit and len(pages) >= limit:
            break
    return pages


def _visible(html: str) -> int:
    try:
        from lawner.prepare.html import visible_chars
    except ImportError:
        return 0
    return visible_chars(html)


def score(extract: Callable[[str], str | None], pages: list[Page], short_share: float = 0.0) -> dict[str, Score]:
    """Scores of one extractor per layout; an exception counts as an empty extraction."""
    scores: dict[str, Score] = {}
    for page in pages:
        started = time.perf_counter()
        try:
            text = extract(page.html) or ""
        except Exception:  # noqa: BLE001 - a crash is a miss, as in production
            text = ""
        seconds = time.perf_counter() - started
        flat = norm(text)
        found = sum(1 for s in page.with_ if norm(s) in flat)
        leaked = sum(1 for s in page.without if norm(s) in flat)
        short = bool(page.visible) and len(flat) < short_share * page.visible
        for layout in page.layouts:
            s = scores.setdefault(layout, Score())
            s.found += found
            s.withs += len(page.with_)
            s.leaked += leaked
            s.withouts += len(page.without)
            s.empty += not flat
            s.pages += 1
            s.seconds += seconds
            s.lost += found == 0
            s.short += short
            s.short_whole += short and found == len(page.with_)
            s.short_lost += short and found == 0
    return scores


# a date in a URL's path: "/2025/08/20/"
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def print_dates(pages: list[Page]) -> None:
    """Pages with a publication date by where it was read, and their agreement with URL dates."""
    from lawner.prepare.html import page_date

    sources: dict[str, int] = {}
    agree, off_by_a_day, other = 0, 0, []
    for page in pages:
        date, where = page_date(page.html)
        sources[where or "none"] = sources.get(where or "none", 0) + 1
        match = _URL_DATE.search(page.url)
        if date and match:
            gap = abs((dt.date.fromisoformat(date) - dt.date(*map(int, match.groups()))).days)
            agree += gap == 0
            off_by_a_day += gap == 1
            if gap > 1:
                other.append(f"{page.url}: {date} ({where})")
    print(f"\npublication dates of {len(pages)} pages\n")
    print("| read from | pages |\n| --- | --- |")
    for where, n in sorted(sources.items(), key=lambda kv: -kv[1]):
        print(f"| {where} | {n} |")
    checked = agree + off_by_a_day + len(other)
    print(f"\nagainst the URL's date ({checked} pages): {agree} agree, {off_by_a_day} a day off, {len(other)} other")
    for line in other:
        print(f"  {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="folder of saved pages (searched recursively)")
    parser.add_argument("--expectations", type=Path, help="JSON of snippets per URL (default PAGES/evaldata.json)")
    parser.add_argument("--extractors", default=",".join(EXTRACTORS), help="comma-separated names (default: all)")
    parser.add_argument("--limit", type=int, help="the first N pages only")
    parser.add_argument("--baseline", metavar="REV", help="add html_to_text as at git revision REV")
    parser.add_argument("--short-share", type=float, help="count pages whose text is under this share of the visible")
    parser.add_argument("--dates", action="store_true", help="count the pages' publication dates, check URL dates")
    args = parser.parse_args(argv)
    extractors = dict(EXTRACTORS)
    names = args.extractors.split(",")
    if args.baseline:
        extractors[f"html_to_text @{args.baseline}"] = _lawner_at(args.baseline)
        names.insert(0, f"html_to_text @{args.baseline}")
    pages = read_pages(args.pages, args.expectations or args.pages / "evaldata.json", args.limit)
    counts = {layout: sum(layout in p.layouts for p in pages) for layout in LAYOUTS}
    results: dict[str, dict[str, Score]] = {}
    for name in names:
        try:
            extract = extractors[name]()
        except ImportError as exc:
            print(f"{name}: not importable ({exc}), skipped", file=sys.stderr)
            continue
        results[name] = score(extract, pages, args.short_share or 0.0)
    for layout, n in counts.items():
        print(f"\n{layout} pages: {n}\n")
        print("| extractor | recall (with found) | exclusion (without left out) | precision | F1 | empty | pages/s |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for name, scores in results.items():
            print(scores.get(layout, Score()).row(name))
    if args.short_share:
        print(f"\npages whose text is under {args.short_share:.0%} of their visible text (all pages)\n")
        print("| extractor | pages under | of them read whole | of them lost | all pages lost |")
        print("| --- | --- | --- | --- | --- |")
        for name, scores in results.items():
            print(scores["all"].short_row(name))
    if args.dates:
        print_dates(pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
