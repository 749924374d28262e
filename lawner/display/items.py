"""What ``lawner show`` shows: the record's items with their normalized values, confidences and
sources (:class:`Shown`), the marks that items sharing a span share (:class:`Mark`), the regions
no component reads (:class:`Skipped`), and the one colour table (``COLORS``). The HTML page is
built from these by :mod:`lawner.display.page`."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from spacy.tokens import Doc

from ..components.base import BOILERPLATE_KEY, NON_ENGLISH_KEY
from ..records import ArticleRef, DateMention, LawRef, Mention, Official, Penalty, Record

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
