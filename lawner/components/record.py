"""``lawner_record``: builds ``doc._.lawner_record`` and each entity's ``span._.lawner_value``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from .. import extensions  # noqa: F401
from ..assemble import build_record
from ..segment.text import CACHE_KEYS


class RecordBuilder:
    """Reads ``doc._.lawner_reference_date``, ``doc._.lawner_doc_id`` and ``doc._.lawner_warnings``
    (set them before the pipeline runs, as :func:`lawner.extract` does) and writes
    ``doc._.lawner_record`` (stored as its dict, ``doc._.lawner_record_dict``).

    It runs last, and drops the text and sentences the components cached in ``doc.user_data``
    (:func:`lawner.segment.text.doc_text`), so that a serialized Doc does not carry its text twice."""

    def __init__(self, name: str, default_code: str | None = None) -> None:
        self.name = name
        self.default_code = default_code

    def __call__(self, doc: Doc) -> Doc:
        doc._.lawner_record = build_record(
            doc,
            reference_date=doc._.lawner_reference_date,
            doc_id=doc._.lawner_doc_id,
            default_code=self.default_code,
        )
        for key in CACHE_KEYS:
            doc.user_data.pop(key, None)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps({"default_code": self.default_code}), "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RecordBuilder:
        cfg = ensure_path(path) / "cfg.json"
        if cfg.exists():
            self.default_code = json.loads(cfg.read_text("utf-8")).get("default_code")
        return self


@Language.factory(
    "lawner_record",
    default_config={"default_code": None},
    assigns=["doc._.lawner_record", "doc._.lawner_record_dict", "span._.lawner_value"],
)
def make_record(nlp: Language, name: str, default_code: str | None) -> RecordBuilder:
    return RecordBuilder(name, default_code)
