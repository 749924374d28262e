"""``lawner_record``: builds ``doc._.record`` and each entity's ``span._.value``."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from .. import extensions  # noqa: F401
from ..builder import build_record


class RecordBuilder:
    """Reads ``doc._.reference_date`` and ``doc._.doc_id`` (set them before the pipeline runs,
    as :func:`lawner.extract` does) and writes ``doc._.record``."""

    def __init__(self, name: str, default_code: str | None = None) -> None:
        self.name = name
        self.default_code = default_code

    def __call__(self, doc: Doc) -> Doc:
        doc._.record = build_record(
            doc,
            reference_date=doc._.reference_date,
            doc_id=doc._.doc_id,
            default_code=self.default_code,
        )
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
    assigns=["doc._.record", "span._.value"],
)
def make_record(nlp: Language, name: str, default_code: str | None) -> RecordBuilder:
    return RecordBuilder(name, default_code)
