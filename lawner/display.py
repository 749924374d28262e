"""``lawner show``: an HTML page with the entities highlighted (displaCy) and the record."""

from __future__ import annotations

import html
import json

from spacy import displacy
from spacy.tokens import Doc

# each label's colour in displaCy: ``lawner show`` passes them, and the ``spacy_displacy_colors``
# entry point (pyproject.toml) gives them to every displaCy rendering once lawner is installed
COLORS = {
    "ARTICLE": "#7aecec",
    "LAW": "#bfeeb7",
    "PENALTY": "#feca74",
    "DATE": "#bfe1d9",
    "OFFICIAL": "#aa9cfc",
    "TITLE": "#ddd1ff",
    "ORG": "#e4e7d2",
}


def render(doc: Doc, title: str = "lawner") -> str:
    """A standalone HTML page: the text with its entities, then the record as JSON."""
    ents = displacy.render(doc, style="ent", page=False, options={"colors": COLORS})
    record = json.dumps(doc._.lawner_record_dict or {}, indent=2, ensure_ascii=False)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.6}"
        "pre{background:#f6f6f6;padding:1em;overflow:auto}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><h2>Entities</h2>{ents}"
        f"<h2>Record</h2><pre>{html.escape(record)}</pre></body></html>\n"
    )
