"""``lawner show``: one self-contained HTML page of a document and its record.

The page marks exactly the record's items, not ``doc.ents``: a span the record builder dropped
(a head PENALTY span with no value, an ORG of no official) has no mark. Items that share a span
("restriction/imprisonment for up to 3 years" is two penalties) share one mark. Each mark carries
its items' normalized values, confidences and sources in its ``title`` (the hover text), and a
side table lists every item with a link to its mark. Regions no component reads (page
boilerplate, non-English paragraphs) are shaded with the reason; a legend explains the colours;
the record follows as one table per field, its raw JSON folded in a ``<details>``.

All CSS and the few lines of JS (hovering a mark lights its rows) are inline: nothing is loaded
from the network, and every piece of the document is escaped. What is shown is built by
:mod:`lawner.display.items`, the HTML by :mod:`lawner.display.page`.
"""

from .items import (
    COLORS,
    FIELDS,
    LANGUAGES,
    SKIPPED,
    Mark,
    Shown,
    Skipped,
    confidence_text,
    describe,
    group_marks,
    merge_skipped,
    number_text,
    shown_items,
    skipped_regions,
    source_of,
)
from .page import page, render, render_legend, render_record, render_side_table, render_text

__all__ = [
    "COLORS",
    "FIELDS",
    "LANGUAGES",
    "SKIPPED",
    "Mark",
    "Shown",
    "Skipped",
    "confidence_text",
    "describe",
    "group_marks",
    "merge_skipped",
    "number_text",
    "page",
    "render",
    "render_legend",
    "render_record",
    "render_side_table",
    "render_text",
    "shown_items",
    "skipped_regions",
    "source_of",
]
