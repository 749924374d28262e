"""The facts of a ``lawner show`` page, read two ways: from the HTML string (``html.parser``)
and from a browser's rendered DOM (:data:`FACTS_JS`); and the checks both must pass.

Facts: ``text`` (the text panel's text content), ``marks`` (id, start offset in that text, text,
title, item keys, classes), ``skipped`` (the shaded pieces: start, text, reason, title),
``rows`` (the side table: item key, mark id, link), ``legend`` (labels and skip kinds) and
``scripts`` (each script's src and whether it is inside the text panel).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from paths import DATA

from lawner.display import FIELDS, SKIPPED, confidence_text, describe
from lawner.extract import make_doc

# the same facts, read from the DOM after the page's scripts ran (a JSON string)
FACTS_JS = r"""
JSON.stringify((() => {
  const panel = document.getElementById("text");
  const offset = (el) => { const r = document.createRange(); r.setStart(panel, 0); r.setEnd(el, 0); return r.toString().length; };
  return {
    text: panel.textContent,
    marks: [...panel.querySelectorAll("mark")].map((m) => ({
      id: m.id, start: offset(m), text: m.textContent, title: m.getAttribute("title"),
      items: (m.dataset.items || "").split(" ").filter(Boolean), classes: [...m.classList],
    })),
    skipped: [...panel.querySelectorAll(".skip")].map((s) => ({
      start: offset(s), text: s.textContent, reason: s.dataset.reason, title: s.getAttribute("title"),
    })),
    rows: [...document.querySelectorAll("table.items tr[data-item]")].map((r) => {
      const a = r.querySelector("a");
      return {item: r.dataset.item, mark: r.dataset.mark, href: a ? a.getAttribute("href") : null};
    }),
    legend: {
      labels: [...document.querySelectorAll(".legend li[data-label]")].map((li) => li.dataset.label),
      skips: [...document.querySelectorAll(".legend li[data-skip]")].map((li) => li.dataset.skip),
    },
    scripts: [...document.querySelectorAll("script")].map((s) => ({src: s.getAttribute("src"), in_text: panel.contains(s)})),
    other_elements_in_text: [...panel.querySelectorAll("*")].filter((e) => !e.matches("mark.ent, span.skip")).map((e) => e.tagName),
  };
})())
"""


class _Reader(HTMLParser):
    """Collects the facts from the HTML string, as :data:`FACTS_JS` does from the DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = {"text": "", "marks": [], "skipped": [], "rows": [], "legend": {"labels": [], "skips": []}}
        self.facts["scripts"], self.facts["other_elements_in_text"] = [], []
        self.panel_depth = 0  # > 0 inside the text panel
        self.open: list[dict | None] = []  # the panel's open elements: a mark's or a piece's facts, or None
        self.row: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "script":
            self.facts["scripts"].append({"src": a.get("src"), "in_text": self.panel_depth > 0})
        if self.panel_depth:
            self.panel_depth += 1
            entry = None
            if tag == "mark" and "ent" in classes:
                entry = {"id": a["id"], "start": len(self.facts["text"]), "text": "", "title": a.get("title")}
                entry.update(items=(a.get("data-items") or "").split(), classes=classes)
                self.facts["marks"].append(entry)
            elif tag == "span" and "skip" in classes:
                entry = {"start": len(self.facts["text"]), "text": "", "reason": a.get("data-reason")}
                entry["title"] = a.get("title")
                self.facts["skipped"].append(entry)
            else:
                self.facts["other_elements_in_text"].append(tag.upper())
            self.open.append(entry)
        elif a.get("id") == "text":
            self.panel_depth = 1
        elif tag == "tr" and "data-item" in a:
            self.row = {"item": a["data-item"], "mark": a.get("data-mark"), "href": None}
            self.facts["rows"].append(self.row)
        elif tag == "a" and self.row is not None and self.row["href"] is None:
            self.row["href"] = a.get("href")
        elif tag == "li" and "data-label" in a:
            self.facts["legend"]["labels"].append(a["data-label"])
        elif tag == "li" and "data-skip" in a:
            self.facts["legend"]["skips"].append(a["data-skip"])

    def handle_endtag(self, tag):
        if self.panel_depth:
            self.panel_depth -= 1
            if self.panel_depth:
                self.open.pop()
        elif tag == "tr":
            self.row = None

    def handle_data(self, data):
        if self.panel_depth:
            self.facts["text"] += data
            for entry in self.open:
                if entry is not None:
                    entry["text"] += data


def facts_from_html(page: str) -> dict:
    """The page's facts, read from its HTML string."""
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader.facts


def sources_of(doc) -> dict[str, str | None]:
    """Each record item's key and the source of the entity whose span holds it (a plain scan)."""
    ents = [(e.start_char, e.end_char, e._.lawner_source) for e in doc.ents]
    out = {}
    for name in FIELDS:
        for i, item in enumerate(getattr(doc._.lawner_record, name)):
            holders = [source for start, end, source in ents if start <= item.start and item.end <= end]
            out[f"{name}-{i}"] = holders[0] if holders else None
    return out


def check_page(facts: dict, text: str, record, sources: dict[str, str | None], skipped: list[tuple]) -> None:
    """What a ``lawner show`` page must show of ``text`` and its ``record``.

    - the text panel holds the text, as text (an input's ``<script>`` is no element);
    - each record item is in exactly one mark's items; the mark starts at the item and holds its
      text, and its hover text names the item's value, confidence and source;
    - every mark holds record items, one span each: nothing outside the record is marked;
    - the side table has one row per item, linked to its mark;
    - each ``(start, end, reason)`` of ``skipped`` is shaded, all of it, with the reason, and
      nothing else is;
    - the legend lists every label of the record and every kind of skipped region.
    """
    assert facts["text"] == text
    assert facts["other_elements_in_text"] == []
    assert all(s["src"] is None and not s["in_text"] for s in facts["scripts"])

    marks_of: dict[str, list[dict]] = {}
    for mark in facts["marks"]:
        assert mark["items"], mark
        for key in mark["items"]:
            marks_of.setdefault(key, []).append(mark)
    items = {f"{name}-{i}": item for name in FIELDS for i, item in enumerate(getattr(record, name))}
    assert set(marks_of) == set(items), "marks for items not in the record, or items with no mark"
    for key, item in items.items():
        assert len(marks_of[key]) == 1, f"{key} is in {len(marks_of[key])} marks"
        mark = marks_of[key][0]
        assert (mark["start"], mark["text"]) == (item.start, item.text), (key, mark)
        for shown in (describe(item), f"confidence {confidence_text(item.confidence)}", f"source {sources[key]}"):
            assert shown in mark["title"], (key, shown, mark["title"])
    spans = {(item.start, item.end) for item in items.values()}
    assert len(facts["marks"]) == len(spans), "one mark per distinct span"

    rows = {row["item"]: row for row in facts["rows"]}
    assert len(rows) == len(facts["rows"]) == len(items)
    for key, row in rows.items():
        assert row["href"] == f"#{row['mark']}" == f"#{marks_of[key][0]['id']}"

    shaded = {}
    for piece in facts["skipped"]:
        for i in range(piece["start"], piece["start"] + len(piece["text"])):
            shaded[i] = piece["reason"]
        assert piece["reason"] in piece["title"]
    expected = {i: reason for start, end, reason in skipped for i in range(start, end)}
    assert shaded == expected

    assert facts["legend"]["labels"] == [label for label, _ in FIELDS.values()]
    assert facts["legend"]["skips"] == [kind for kind, *_ in SKIPPED.values()]


# ---------------------------------------------------------------- the page every test shows

SAMPLE = (DATA / "news_sample.txt").read_text(encoding="utf-8")
_BODY, _TAIL = SAMPLE.split("Original Author")
# the sample news page, with lines added before its boilerplate tail: two penalties and two
# articles sharing a span, a range of years (two dates, pieces of one span), a span the record
# builder drops (NO_VALUE: the test adds it as a head PENALTY), a paragraph in Russian, and
# markup and a script in the text itself (it must stay text)
TEXT = (
    _BODY + "The judge chose a strict punishment. He faces restriction/imprisonment for up to 3 years under "
    "Articles 190 and 191 of the Criminal Code, as in 1976-1978.\n"
    + "Он был оштрафован на 100 МРП по статье 190 УК РК за мошенничество в крупном размере.\n"
    + "The court said the post \"<script>window.__lawner_pwned = 1; document.title = 'pwned'</script>\" and "
    '<img src=x onerror="window.__lawner_pwned = 2"> were written by the driver, who was fined 200 MCI & more.\n'
    + "Original Author"
    + _TAIL
)
NO_VALUE = "a strict punishment"
REFERENCE_DATE = "2025-03-05"
# spans the pipeline labels that are in no record item: an ORG of no official, the head PENALTY
# with no value, the TITLE of an official (it is the official's value, not a span of the record)
NOT_IN_RECORD = ("Almaty District Court", NO_VALUE, "Deputy Minister of Internal Affairs")


def sample_doc(nlp, text: str = TEXT):
    """``text`` through ``nlp``, with a head PENALTY span over :data:`NO_VALUE` added before
    the record builder runs (which drops it: it names no penalty)."""
    doc = make_doc(nlp, text, reference_date=REFERENCE_DATE, doc_id="sample")
    for name, proc in nlp.pipeline:
        if name == "lawner_record":
            added = []
            for at in (m.start() for m in re.finditer(re.escape(NO_VALUE), text)):
                span = doc.char_span(at, at + len(NO_VALUE), label="PENALTY")
                span._.lawner_source, span._.lawner_confidence = "model", 0.6
                added.append(span)
            doc.ents = [*doc.ents, *added]
        doc = proc(doc)
    return doc


def expected_skipped(doc) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the regions the page must shade, from ``doc.spans``."""
    languages = {"ru": "Russian", "kk": "Kazakh", "other": "another language"}
    out = [(s.start_char, s.end_char, "boilerplate") for s in doc.spans.get("boilerplate", [])]
    out += [(s.start_char, s.end_char, f"non-English: {languages[s.label_]}") for s in doc.spans.get("non_english", [])]
    return out
