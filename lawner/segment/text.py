"""Text segmentation used by the components and the record builder: lines, sentences, boilerplate.

All functions are pure and work on character offsets into the text they are given.
"""

from __future__ import annotations

import functools
import re

from ..patterns import load_data

# Words whose final dot does not end a sentence: "Art. 190", "No. 226-V", "Mr. Abenov"
_ABBREVIATIONS = frozenset(load_data("abbreviations.json")["sentence"])
# a sentence end: [.!?] (with closing quotes or brackets) then space and a capital, digit or quote
# a stop, closing quotes and brackets, and a footnote mark ("years.[3] The")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘(\[]?[A-Z0-9А-ЯЁ])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


# where doc_text and doc_sentences keep what they computed, in ``doc.user_data`` (the record
# builder, the pipeline's last component, removes them)
TEXT_KEY = "lawner.text"
SENTENCES_KEY = "lawner.sentences"
CACHE_KEYS = (TEXT_KEY, SENTENCES_KEY)


# ``doc.spans`` keys of the ranges no component labels (the boilerplate and language markers write them)
BOILERPLATE_KEY = "boilerplate"
NON_ENGLISH_KEY = "non_english"


def skipped_ranges(doc) -> list[tuple[int, int]]:
    """Character ranges no component labels: page boilerplate and non-English paragraphs."""
    return [(s.start_char, s.end_char) for key in (BOILERPLATE_KEY, NON_ENGLISH_KEY) for s in doc.spans.get(key, [])]


def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_sentences(doc) -> list[tuple[int, int]]:
    """:func:`sentences` of ``doc``'s text, computed once per Doc (the sentence splitter, the
    officials' rules and the record builder all read them)."""
    found = doc.user_data.get(SENTENCES_KEY)
    if found is None:
        found = doc.user_data[SENTENCES_KEY] = sentences(doc_text(doc))
    return found


@functools.lru_cache(maxsize=4)
def lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each non-blank line, without its line break and outer spaces (computed
    once per text: the sentence splitter, the boilerplate and language markers and the record
    builder all read them)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group(0)
        stripped = chunk.strip()
        if stripped:
            start = m.start() + (len(chunk) - len(chunk.lstrip()))
            spans.append((start, start + len(stripped)))
    return tuple(spans)


def pieces(text: str, size: int) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` pieces of about ``size`` characters at line ends (one
    piece when it is short); a single line longer than twice ``size`` is cut at a space. Huge
    documents are read piece by piece this way, in bounded memory."""
    if len(text) <= size:
        return [(0, len(text))]
    cut, start = [], 0
    for _, line_end in lines(text):
        if line_end - start >= size:
            cut.append((start, line_end))
            start = line_end
    if start < len(text):
        cut.append((start, len(text)))
    out = []
    for s, e in cut:
        while e - s > 2 * size:
            space = text.rfind(" ", s + size // 2, s + size)
            split = space if space > s else s + size
            out.append((s, split))
            s = split
        out.append((s, e))
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a line break always ends one ("Art." and initials do not)."""
    spans = []
    for line_start, line_end in lines(text):
        start = line_start
        line = text[line_start:line_end]
        for m in _SENTENCE_END.finditer(line):
            # the word before the stop: look back a little, not over the whole line (quadratic)
            before = _WORD_BEFORE.search(line, max(0, m.start() - 60), m.start())
            if before is not None and before.start() == max(0, m.start() - 60) > 0:
                before = _WORD_BEFORE.search(line[: m.start()])
            word = before.group(1).lower().rstrip(".") if before else ""
            if m.group(0).startswith(".") and (word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word)):
                continue
            end = line_start + m.end()
            spans.append((start, end))
            start = end
            while start < line_end and text[start].isspace():
                start += 1
        if start < line_end:
            spans.append((start, line_end))
    return spans


@functools.lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """List headings, bylines, chrome (case-insensitive, with a bullet or a colon around), and a
    site's clock line and the widget lines after it, each matched against a whole line."""
    data = load_data("boilerplate.json")

    def whole_line(parts: list[str]) -> re.Pattern[str]:
        return re.compile(r"^\s*[-•*]?\s*(?:" + "|".join(parts) + r")\s*[:：.]?\s*$", re.IGNORECASE)

    def bare_line(parts: list[str]) -> re.Pattern[str]:
        return re.compile(r"^\s*(?:" + "|".join(parts) + r")\s*$")

    return (
        whole_line(data["list_headings"]),
        whole_line(data["bylines"]),
        whole_line(data["chrome"]),
        bare_line(data["widget_clock"]),
        bare_line(data["widget_lines"]),
    )


def _looks_like_link_line(line: str) -> bool:
    """A headline in a related-news list: short, no sentence-final dot after a long clause."""
    words = line.split()
    if not words:
        return True
    if len(words) > 30:
        return False
    return not (line.rstrip().endswith(".") and len(words) > 14)


def boilerplate(text: str) -> list[tuple[int, int]]:
    """(start, end) ranges of page boilerplate: related-news lists, bylines, page chrome.

    A list starts at a heading line ("Latest news", "Read also", ...) and runs over the lines
    that look like headlines; it ends at the first line of prose.
    """
    heading, byline, chrome, clock, widget = _boilerplate_patterns()
    ranges: list[tuple[int, int]] = []
    spans = lines(text)
    i = 0
    while i < len(spans):
        start, end = spans[i]
        line = text[start:end]
        if heading.match(line):
            j = i + 1
            while j < len(spans) and _looks_like_link_line(text[spans[j][0] : spans[j][1]]):
                j += 1
            ranges.append((start, spans[j - 1][1]))
            i = j
            continue
        if len(line.split()) <= 25 and (byline.match(line) or chrome.match(line)):
            ranges.append((start, end))
        elif clock.match(line) and i + 1 < len(spans) and widget.match(text[spans[i + 1][0] : spans[i + 1][1]]):
            # a site's live clock with its weather and exchange rates: "Atyrau, October 28 08:17 /
            # dullВ Атырау +9 / $ 426.01" (no dateline: the page's own stamp carries a year)
            j = i + 1
            while j < len(spans) and widget.match(text[spans[j][0] : spans[j][1]]):
                j += 1
            ranges.append((start, spans[j - 1][1]))
            i = j
            continue
        i += 1
    return ranges


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of ``ranges``."""
    return any(start < r_end and r_start < end for r_start, r_end in ranges)
