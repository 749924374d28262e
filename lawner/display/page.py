"""The HTML of ``lawner show``: the text with its marks and shaded regions, the side table, the
legend and the record's tables, in one self-contained page (:func:`render`, :func:`page`)."""

from __future__ import annotations

import html
import json
from dataclasses import fields
from itertools import pairwise

from spacy.tokens import Doc

from ..errors import LawnerError, Messages
from ..records import Record, json_schema
from ..segment.text import doc_text
from .items import (
    _MENTION_FIELDS,
    COLORS,
    FIELDS,
    SKIPPED,
    Mark,
    Shown,
    Skipped,
    confidence_text,
    group_marks,
    number_text,
    shown_items,
    skipped_regions,
)


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
