"""``lawner show``: one self-contained HTML page of a document and its record.

The page marks exactly the record's items, not ``doc.ents``: a span the record builder dropped
(a head PENALTY span with no value, an ORG of no official) has no mark. Items that share a span
("restriction/imprisonment for up to 3 years" is two penalties) share one mark. Each mark carries
its items' normalized values, confidences and sources in its ``title`` (the hover text), and a
side table lists every item with a link to its mark. Regions no component reads (page
boilerplate, non-English paragraphs) are shaded with the reason; a legend explains the colours;
the record follows as one table per field, its raw JSON folded in a ``<details>``.

All CSS and the few lines of JS (hovering a mark lights its rows) are inline: nothing is loaded
from the network, and every piece of the document is escaped.
"""

from __future__ import annotations

import bisect
import html
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from itertools import pairwise

from spacy.tokens import Doc

from .components.base import BOILERPLATE_KEY, NON_ENGLISH_KEY
from .errors import LawnerError, Messages
from .records import ArticleRef, DateMention, LawRef, Mention, Official, Penalty, Record, json_schema
from .text import doc_text

# The one colour table: a colour per entity label (displaCy's ``colors`` option takes this dict
# as it is: ``displacy.render(doc, style="ent", options={"colors": COLORS})``) and a shade per kind
# of skipped region. The page's CSS is built from it.
# (the ``spacy_displacy_colors`` entry point in pyproject.toml gives it to every displaCy
# rendering once lawner is installed)
COLORS = {
    "ARTICLE": "#7aecec",
    "LAW": "#bfeeb7",
    "PENALTY": "#feca74",
    "DATE": "#bfe1d9",
    "OFFICIAL": "#aa9cfc",
    "TITLE": "#ddd1ff",
    "ORG": "#e4e7d2",
    "BOILERPLATE": "#c8c8c8",
    "NON_ENGLISH": "#f0b8b8",
}

# the record's fields, in its order, with the label their marks take and their schema definition
FIELDS = {
    "articles": ("ARTICLE", "article"),
    "penalties": ("PENALTY", "penalty"),
    "dates": ("DATE", "date"),
    "officials": ("OFFICIAL", "official"),
    "laws": ("LAW", "law"),
}

# the kinds of skipped region: doc.spans key -> (COLORS key, reason, what the legend says of it)
SKIPPED = {
    BOILERPLATE_KEY: ("BOILERPLATE", "boilerplate", "page boilerplate (bylines, related-news lists, page chrome)"),
    NON_ENGLISH_KEY: ("NON_ENGLISH", "non-English", "a paragraph not in English (Russian, Kazakh, other)"),
}
LANGUAGES = {"ru": "Russian", "kk": "Kazakh", "other": "another language"}

# the Mention fields every item has; the per-field tables show them first
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))


@dataclass
class Shown:
    """A record item as the page shows it: where it is in the record, and its entity's source."""

    field: str  # the record's list: "penalties"
    index: int  # its place in that list
    item: Mention
    source: str | None  # "model", "rules:NAME", or None when no entity holds the item's span

    @property
    def key(self) -> str:
        """The item's id on the page (its row's ``id`` is ``row-`` + key): ``penalties-0``."""
        return f"{self.field}-{self.index}"

    @property
    def label(self) -> str:
        return FIELDS[self.field][0]

    @property
    def value(self) -> str:
        """The normalized value in a few words: "imprisonment, up to 3 years; article 190"."""
        return describe(self.item)

    def hover(self) -> str:
        """The item's lines of its mark's hover text."""
        sure = confidence_text(self.item.confidence)
        return f"{self.label}: {self.value}\nconfidence {sure}, source {self.source or '-'}"


@dataclass
class Mark:
    """One highlighted span of the text and the record items it shows (one, or several sharing it)."""

    start: int
    end: int
    items: list[Shown] = field(default_factory=list)
    id: str = ""

    @property
    def labels(self) -> list[str]:
        return list(dict.fromkeys(s.label for s in self.items))

    def hover(self, text: str) -> str:
        """The ``title``: each item's value, confidence and source (and its own text if it differs)."""
        lines = []
        for s in self.items:
            if text[self.start : self.end] != s.item.text:
                lines.append(f"«{s.item.text}»")
            lines.append(s.hover())
        return "\n".join(lines)


@dataclass
class Skipped:
    """A region no component read: its offsets, its kind (a :data:`COLORS` key) and why."""

    start: int
    end: int
    kind: str
    reason: str


# ------------------------------------------------------------------ values, as the page words them


def number_text(x: float | None) -> str:
    """``20`` for 20.0, ``78,640`` for 78640, ``134,200,000,000`` for 1.342e11, ``1.5`` for 1.5."""
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def confidence_text(confidence: float | None) -> str:
    """``0.85``, ``0.90``, ``0.9997`` (a head's confidence keeps its four places: not ``1.00``), ``-``."""
    if confidence is None:
        return "-"
    four = round(confidence, 4)
    return f"{four:.2f}" if round(four, 2) == four else f"{four:.4f}".rstrip("0")


def _article_value(a: ArticleRef) -> str:
    words = [f"article {a.number}"]
    if a.part:
        words.append(f"part {a.part}")
    if a.paragraph:
        words.append(f"paragraph {a.paragraph}")
    value = ", ".join(words)
    if a.code:
        value += f" of the {a.code}"
    if a.title:
        value += f" «{a.title}»"
    return value


def _amount_text(p: Penalty) -> str:
    """ "up to 15 days", "at least 30 MCI", "3-8 years", "20 MCI"; "" with no amount."""
    if p.amount is None:
        return ""
    unit = f" {p.unit}" if p.unit else ""
    amount = number_text(p.amount)
    if p.bound == "range" and p.amount_min is not None:
        return f"{number_text(p.amount_min)}-{amount}{unit}"
    prefix = {"max": "up to ", "min": "at least "}.get(p.bound, "")
    return f"{prefix}{amount}{unit}"


def _penalty_value(p: Penalty) -> str:
    value = p.kind.replace("_", " ")
    amount = _amount_text(p)
    if amount:
        value += f", {amount}"
    if p.amount_kzt is not None and p.unit != "KZT":
        kzt = number_text(p.amount_kzt)
        value += f" ({number_text(p.amount_min_kzt)}-{kzt} KZT)" if p.amount_min_kzt is not None else f" ({kzt} KZT)"
    if p.subject:
        value += f", {p.subject}"
    if p.article:
        value += f"; article {p.article}"
    if p.check:
        value += f"; check: {p.check.replace('_', ' ')}"
    return value


def _official_value(o: Official) -> str:
    return ", ".join(x for x in (o.name, o.title, o.organization) if x)


def describe(item: Mention) -> str:
    """An item's normalized value in a few words (the hover text and the side table's value)."""
    if isinstance(item, ArticleRef):
        return _article_value(item)
    if isinstance(item, Penalty):
        return _penalty_value(item)
    if isinstance(item, DateMention):
        return item.value
    if isinstance(item, Official):
        return _official_value(item)
    if isinstance(item, LawRef):
        return item.name
    return item.text


# ------------------------------------------------------------------ from a Doc: items, sources, skipped


def source_of(start: int, end: int, ents: list, starts: list[int]) -> str | None:
    """``span._.lawner_source`` of the entity in ``ents`` (sorted, non-overlapping; ``starts`` their
    start offsets) that holds ``[start, end)``: an item is its entity's span or a piece of it
    (one of "1976-1978", an official's fuller mention)."""
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and ents[i].end_char >= end:
        return ents[i]._.lawner_source
    return None


def shown_items(record: Record, doc: Doc | None = None) -> list[Shown]:
    """The record's items in text order, each with the source of the entity it came from."""
    ents = sorted(doc.ents, key=lambda e: e.start_char) if doc is not None else []
    starts = [e.start_char for e in ents]
    out = []
    for name in FIELDS:
        for i, item in enumerate(getattr(record, name)):
            out.append(Shown(name, i, item, source_of(item.start, item.end, ents, starts)))
    return sorted(out, key=lambda s: (s.item.start, -s.item.end, list(FIELDS).index(s.field), s.index))


def skipped_regions(doc: Doc) -> list[Skipped]:
    """The regions of ``doc`` no component read, with the reason, merged where they overlap."""
    regions = []
    for key, (kind, reason, _) in SKIPPED.items():
        for span in doc.spans.get(key, []):
            why = f"{reason}: {LANGUAGES.get(span.label_, span.label_)}" if key == NON_ENGLISH_KEY else reason
            regions.append(Skipped(span.start_char, span.end_char, kind, why))
    return merge_skipped(regions)


def merge_skipped(regions: Iterable[Skipped]) -> list[Skipped]:
    """Sorted, non-overlapping regions: overlapping ones become one, with both reasons."""
    merged: list[Skipped] = []
    for r in sorted(regions, key=lambda r: (r.start, r.end)):
        if r.end <= r.start:
            continue
        last = merged[-1] if merged else None
        if last is not None and r.start < last.end:
            last.end = max(last.end, r.end)
            if r.reason not in last.reason:
                last.reason += f"; {r.reason}"
        else:
            merged.append(Skipped(r.start, r.end, r.kind, r.reason))
    return merged


# ------------------------------------------------------------------ marks


def group_marks(items: list[Shown], length: int) -> list[Mark]:
    """One mark per distinct span of ``items`` (in text order: start, then the longer first), ids
    ``m1``, ``m2``, ... A span inside another mark nests in it. A span that crosses the end of a
    mark (never seen in the real corpus) joins that mark, which grows to hold it, so that marks
    nest and no item has two. Items with no span inside the text get no mark."""
    spans: dict[tuple[int, int], list[Shown]] = {}
    for s in items:
        if 0 <= s.item.start < s.item.end <= length:
            spans.setdefault((s.item.start, s.item.end), []).append(s)
    marks: list[Mark] = []
    stack: list[Mark] = []  # the marks open at the current span's start, outermost first
    for (start, end), group in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        while stack and stack[-1].end <= start:
            stack.pop()
        holder = max((i for i, m in enumerate(stack) if end <= m.end), default=-1)
        if holder == len(stack) - 1:  # nests in the innermost open mark, or stands alone
            mark = Mark(start, end, list(group))
            marks.append(mark)
            stack.append(mark)
        else:  # crosses the end of stack[holder + 1]: join it
            crossed = stack[holder + 1]
            crossed.items.extend(group)
            crossed.end = end
            del stack[holder + 2 :]
    for n, mark in enumerate(marks, 1):
        mark.id = f"m{n}"
    return marks


def _mark_open(mark: Mark, text: str) -> str:
    labels = mark.labels
    classes = " ".join(["ent"] + [f"ent-{label}" for label in labels])
    badge = " + ".join(
        f"{label} ×{n}" if (n := sum(s.label == label for s in mark.items)) > 1 else label for label in labels
    )
    return (
        f'<mark id="{mark.id}" class="{classes}" data-label="{_attr(badge)}" '
        f'data-items="{" ".join(s.key for s in mark.items)}" title="{_attr(mark.hover(text))}">'
    )


def _skip_open(region: Skipped, first: bool) -> str:
    classes = f"skip skip-{region.kind}" + (" skip-start" if first else "")
    title = f"skipped: {region.reason} (no entity is read here)"
    return f'<span class="{classes}" data-reason="{_attr(region.reason)}" title="{_attr(title)}">'


def render_text(text: str, marks: list[Mark], skipped: list[Skipped]) -> str:
    """``text`` escaped, with ``<mark>`` elements and the skipped regions' shading.

    Marks nest (:func:`group_marks`); a shaded region is cut where a mark opens or closes in it,
    so that elements always nest. Linear in the text and the marks: fine for long documents.
    """
    bounds = {0, len(text)}
    for m in marks:
        bounds.update((m.start, m.end))
    for r in skipped:
        bounds.update((max(0, r.start), min(len(text), r.end)))
    out: list[str] = []
    opens = sorted(marks, key=lambda m: (m.start, -m.end))
    stack: list[Mark] = []
    next_open = 0
    skip_index = 0
    points = sorted(b for b in bounds if 0 <= b <= len(text))
    for a, b in pairwise(points):
        while stack and stack[-1].end <= a:
            out.append("</mark>")
            stack.pop()
        while next_open < len(opens) and opens[next_open].start == a:
            out.append(_mark_open(opens[next_open], text))
            stack.append(opens[next_open])
            next_open += 1
        while skip_index < len(skipped) and skipped[skip_index].end <= a:
            skip_index += 1
        segment = html.escape(text[a:b], quote=False)
        region = skipped[skip_index] if skip_index < len(skipped) else None
        if region is not None and region.start <= a:
            out.append(f"{_skip_open(region, a == region.start)}{segment}</span>")
        else:
            out.append(segment)
    out.extend("</mark>" for _ in stack)
    return "".join(out)


# ------------------------------------------------------------------ tables, legend, page


def _attr(value: str) -> str:
    """A value escaped for a double-quoted attribute (newlines kept: the hover text's lines)."""
    return html.escape(value, quote=True).replace("\n", "&#10;")


def _cell(value) -> str:
    if value is None:
        return "<td></td>"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = number_text(value)
    return f"<td>{html.escape(str(value))}</td>"


def _item_link(s: Shown, mark_of: dict[str, Mark]) -> str:
    mark = mark_of.get(s.key)
    text = html.escape(s.item.text)
    return f'<a href="#{mark.id}">{text}</a>' if mark else text


def _side_row(s: Shown, mark_of: dict[str, Mark]) -> str:
    mark = mark_of[s.key].id if s.key in mark_of else ""
    return (
        f'<tr id="row-{s.key}" class="row-{s.label}" data-item="{s.key}" data-mark="{mark}">'
        f"<td>{s.field}</td><td>{_item_link(s, mark_of)}</td><td>{html.escape(s.value)}</td>"
        f"<td>{confidence_text(s.item.confidence)}</td><td>{html.escape(s.source or '-')}</td></tr>"
    )


def render_side_table(items: list[Shown], mark_of: dict[str, Mark]) -> str:
    """One row per record item, in text order: field, text (a link to its mark), value,
    confidence, source."""
    rows = [_side_row(s, mark_of) for s in items]
    head = "<tr><th>field</th><th>text</th><th>value</th><th>conf.</th><th>source</th></tr>"
    body = "".join(rows) or '<tr><td colspan="5">The record is empty.</td></tr>'
    return f'<table class="items"><thead>{head}</thead><tbody>{body}</tbody></table>'


# the per-field tables' columns that are not the record's own fields (their header's title)
_PAGE_COLUMNS = {
    "offsets": "start-end: character offsets of the span (end exclusive)",
    "confidence": "how sure lawner is, 0 to 1",
    "source": "what found the span: model (the NER head) or rules:NAME (a rule)",
}


def _field_table(name: str, shown: list[Shown], mark_of: dict[str, Mark]) -> str:
    """The table of one field: text (linked), offsets, confidence, source, then its own columns."""
    label, definition = FIELDS[name]
    if not shown:
        return f'<h3 id="field-{name}">{name} (0)</h3><p class="none">none</p>'
    own = [f.name for f in fields(type(shown[0].item)) if f.name not in _MENTION_FIELDS]
    described = {c: d.get("description", "") for c, d in json_schema()["$defs"][definition]["properties"].items()}
    described.update(_PAGE_COLUMNS)
    heads = "".join(f'<th title="{_attr(described.get(c, ""))}">{c}</th>' for c in ["text", *_PAGE_COLUMNS, *own])
    rows = []
    for s in shown:
        cells = [
            f"<td>{_item_link(s, mark_of)}</td>",
            f'<td class="nowrap">{s.item.start}-{s.item.end}</td>',
            f"<td>{confidence_text(s.item.confidence)}</td>",
            _cell(s.source),
            *(_cell(getattr(s.item, c)) for c in own),
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<h3 id="field-{name}"><span class="swatch ent-{label}"></span>{name} ({len(shown)})</h3>'
        f'<table class="field"><thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def render_record(record: Record, items: list[Shown], mark_of: dict[str, Mark]) -> str:
    """The record as one table per field, its warnings, and its raw JSON in a ``<details>``."""
    by_field = {name: sorted((s for s in items if s.field == name), key=lambda s: s.index) for name in FIELDS}
    parts = [_field_table(name, by_field[name], mark_of) for name in FIELDS]
    facts = f"id {html.escape(record.id)}; reference date {html.escape(record.reference_date or 'none')}"
    if record.error:
        facts += f'; <strong class="error">error: {html.escape(record.error)}</strong>'
    warnings = "".join(f"<li>{html.escape(w)}</li>" for w in record.warnings)
    raw = html.escape(json.dumps(record.to_dict(), indent=2, ensure_ascii=False))
    return (
        f'<section class="record"><h2>Record</h2><p>{facts}</p>'
        + (f'<h3>warnings</h3><ul class="warnings">{warnings}</ul>' if warnings else "")
        + "".join(parts)
        + f'<details class="raw"><summary>raw JSON</summary><pre>{raw}</pre></details></section>'
    )


def render_legend(items: list[Shown], skipped: list[Skipped]) -> str:
    """Each record label's colour (with how many items it has here) and what each shading means."""
    entries = []
    for name, (label, _) in FIELDS.items():
        n = sum(s.field == name for s in items)
        swatch = f'<span class="swatch ent-{label}"></span>'
        entries.append(f'<li data-label="{label}">{swatch}{label} <small>({name}: {n})</small></li>')
    for _key, (kind, reason, meaning) in SKIPPED.items():
        n = sum(r.kind == kind for r in skipped)
        entries.append(
            f'<li data-skip="{kind}"><span class="swatch skip-{kind}"></span>{reason} '
            f"<small>(skipped: {html.escape(meaning)}; {n} here)</small></li>"
        )
    note = (
        "Marks are the record's items; hover one for its value, confidence and source "
        "(model: the NER head; rules:NAME: a rule). Shaded regions are not read."
    )
    return f'<section class="legend"><h2>Legend</h2><ul>{"".join(entries)}</ul><p>{note}</p></section>'


def _css() -> str:
    """The page's stylesheet; every label's colour and every shading comes from :data:`COLORS`."""
    labels = "".join(
        f".ent-{label}{{background:{color}}}"
        for label, color in COLORS.items()
        if label not in {k for k, *_ in SKIPPED.values()}
    )
    shades = "".join(
        f".skip-{kind}{{background:repeating-linear-gradient(135deg,{COLORS[kind]} 0 2px,{COLORS[kind]}40 2px 8px)}}"
        for kind, *_ in SKIPPED.values()
    )
    return (
        "body{font-family:system-ui,sans-serif;margin:1.5em;line-height:1.5;color:#222}"
        ".layout{display:flex;gap:1.5em;align-items:flex-start}"
        ".layout>main{flex:3;min-width:0}.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.2}"
        ".side{flex:2;position:sticky;top:0;max-height:100vh;overflow:auto;min-width:0}"
        "mark.ent{padding:.15em .3em;border-radius:.3em;color:inherit;cursor:help}"
        "mark.ent::after{content:attr(data-label);font-size:.6em;font-weight:bold;margin-left:.4em;"
        "vertical-align:middle;text-transform:uppercase}"
        "mark.ent mark.ent{outline:1px solid #555}"
        "mark:target,tr.active{outline:2px solid #d22}"
        ".skip{border-radius:.2em;color:#555}"
        ".skip-start::before{content:'skipped: ' attr(data-reason);font-size:.6em;font-weight:bold;"
        "background:#fff;border:1px solid #999;border-radius:.3em;padding:0 .3em;margin-right:.4em}"
        "table{border-collapse:collapse;font-size:.85em;width:100%}"
        "th,td{border:1px solid #ddd;padding:.2em .4em;text-align:left;vertical-align:top}"
        "th{background:#f3f3f3}"
        ".legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5em 1.5em}"
        ".swatch{display:inline-block;width:1.2em;height:1em;border:1px solid #999;margin-right:.3em;"
        "vertical-align:middle}"
        "pre{background:#f6f6f6;padding:1em;overflow:auto}"
        ".error{color:#b00}.nowrap{white-space:nowrap}" + labels + shades
    )


# hovering a mark outlines its rows in the side table; clicking it scrolls the table to them
_SCRIPT = """
document.querySelectorAll("mark.ent").forEach(function (mark) {
  function rows() { return document.querySelectorAll('tr[data-mark="' + mark.id + '"]'); }
  mark.addEventListener("mouseenter", function () { rows().forEach(function (r) { r.classList.add("active"); }); });
  mark.addEventListener("mouseleave", function () { rows().forEach(function (r) { r.classList.remove("active"); }); });
  mark.addEventListener("click", function () { var r = rows()[0]; if (r) r.scrollIntoView({block: "nearest"}); });
});
"""


def page(text: str, record: Record, items: list[Shown], skipped: list[Skipped], title: str = "lawner") -> str:
    """The whole page of ``text`` (the text the record's offsets refer to), its record's
    ``items`` (:func:`shown_items`) and its ``skipped`` regions (:func:`skipped_regions`)."""
    marks = group_marks(items, len(text))
    mark_of = {s.key: m for m in marks for s in m.items}
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_css()}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f"{render_legend(items, skipped)}"
        '<div class="layout">'
        f'<main><h2>Text</h2><div class="text" id="text">{render_text(text, marks, skipped)}</div></main>'
        f'<aside class="side"><h2>Items</h2>{render_side_table(items, mark_of)}</aside>'
        "</div>"
        f"{render_record(record, items, mark_of)}"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def render(doc: Doc, title: str = "lawner") -> str:
    """A standalone HTML page of a processed ``doc``: its text with the record's items marked,
    the regions no component read shaded, a legend, a side table of the items, and the record."""
    record = doc._.lawner_record
    if record is None:
        raise LawnerError(Messages.NO_RECORD)
    return page(doc_text(doc), record, shown_items(record, doc), skipped_regions(doc), title)
