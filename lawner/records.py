"""Result types: one :class:`Record` per document, made of small dataclasses with ``to_dict``.

The JSON shape is a contract, pinned by ``lawner/data/record.schema.json`` (JSON Schema draft
2020-12, :func:`json_schema`) and the tests.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any

# keys Record.to_dict() writes only when set: only error records have ``error``, and only the
# records of a text lawner changed before reading it (HTML, layout) have ``text``
OPTIONAL_KEYS = ("error", "text")


@functools.cache
def _schema_text() -> str:
    return resources.files("lawner").joinpath("data/record.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Record.to_dict()``: ``lawner/data/record.schema.json``.

    >>> sorted(json_schema()["$defs"])
    ['article', 'date', 'law', 'official', 'penalty']
    """
    return json.loads(_schema_text())


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass
class Mention:
    """A span of the document: its text and character offsets (end exclusive)."""

    text: str
    start: int
    end: int
    confidence: float | None

    def to_dict(self) -> dict[str, Any]:
        # every field is a str, number or None: a shallow dict (``asdict`` deep-copies each one)
        return {name: getattr(self, name) for name in _field_names(type(self))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class ArticleRef(Mention):
    """An article reference: "Part 4 of Article 366 of the Criminal Code"."""

    number: str
    part: str | None = None
    paragraph: str | None = None
    code: str | None = None
    title: str | None = None  # from a statute table (``lawner.statute.check``)


@dataclass
class Penalty(Mention):
    """One punishment: kind, amount (or its upper bound), unit, bound, and its article."""

    kind: str
    amount: float | None = None
    amount_min: float | None = None
    unit: str | None = None
    bound: str = "exact"
    article: str | None = None
    amount_kzt: float | None = None
    amount_min_kzt: float | None = None
    subject: str | None = None
    check: str | None = None  # against a statute table (``lawner.statute.check``)
    check_part: str | None = None


@dataclass
class DateMention(Mention):
    """A date, month or year: ``2025-08-20``, ``2025-07``, ``2023``, ``XXXX-08-20``."""

    value: str


@dataclass
class Official(Mention):
    """A state official: name, title and organization (each ``None`` when not stated)."""

    name: str
    title: str | None = None
    organization: str | None = None


@dataclass
class LawRef(Mention):
    """A code or law named in the text, with its canonical name."""

    name: str


@dataclass
class Record:
    """Everything lawner extracted from one document.

    Offsets refer to the text lawner read. When that is not the text it was given (HTML
    reduced to its article, PDF layout repaired), ``text`` holds it and ``warnings`` say why.
    """

    id: str
    articles: list[ArticleRef] = field(default_factory=list)
    penalties: list[Penalty] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    laws: list[LawRef] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reference_date: str | None = None
    error: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        for name in ("articles", "penalties", "dates", "officials", "laws"):
            out[name] = [item.to_dict() for item in getattr(self, name)]
        out["warnings"] = list(self.warnings)
        out["reference_date"] = self.reference_date
        for name in OPTIONAL_KEYS:
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls(
            id=data["id"],
            articles=[ArticleRef.from_dict(a) for a in data.get("articles", [])],
            penalties=[Penalty.from_dict(p) for p in data.get("penalties", [])],
            dates=[DateMention.from_dict(d) for d in data.get("dates", [])],
            officials=[Official.from_dict(o) for o in data.get("officials", [])],
            laws=[LawRef.from_dict(w) for w in data.get("laws", [])],
            warnings=list(data.get("warnings", [])),
            reference_date=data.get("reference_date"),
            error=data.get("error"),
            text=data.get("text"),
        )

    @classmethod
    def from_error(cls, doc_id: str, reason: str) -> Record:
        """The record of a document that could not be read or processed."""
        return cls(id=doc_id, error=reason)


def document_id(text: str) -> str:
    """A stable id for a text without one: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
