"""``lawner_ner``: the learned NER head as a spaCy component.

It writes its spans to ``doc.spans["lawner_ner"]`` and to ``doc.ents`` (each with
``span._.lawner_confidence`` and ``span._.lawner_source == "model"``). In :func:`lawner.load`
it runs after the rule components and only fills the gaps they leave, with the labels and the
confidence floor in :mod:`lawner.pipeline` (see the README's ablation for why). Text in page
boilerplate is not labelled.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import ensure_path, minibatch

from .. import extensions  # noqa: F401
from ..corpus import LABELS
from ..ner.model import NerModel
from ..segment.text import doc_sentences, doc_text, inside, pieces
from .base import ENTS_SCORE_WEIGHTS, add_entities, score_ents, skipped_ranges

NER_KEY = "lawner_ner"

# --- sentences the head need not read (issue 12: "do not run the head where no entity can be")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a legal anchor word: a penalty's kind, a court's or a code's word, a date's word, a title
_ANCHOR = re.compile(
    r"(?i)warn|notif|prevent|confiscat|depriv|expul|expel|deport|arrest|detain|detention|fine|"
    r"sentenc|prison|jail|imprison|custod|colony|probation|penalt|punish|sanction|ban\b|banned|barred|"
    r"prohibit|disqualif|restrict|liberty|freedom|labou?r|works?\b|service|court|judge|prosecut|"
    r"article|\bart\b|code|law\b|laws\b|legal|decree|resolution|order|act\b|statute|tenge|kzt|mci|mrp|"
    r"monthly|indices|indicator|dollar|\$|₸|january|february|march|april|may\b|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tomorrow|week|month|year|day|ago|last\b|next\b|"
    r"president|minister|akim|senator|deputy|chair|head\b|chief|director|spokes|secretary|ombuds|"
    r"commissioner|investigat|police|speaker|\bmp\b|lawmaker|governor|ministry|office|agency|committee"
)


def head_skippable(sentence: str) -> bool:
    """Whether the head can skip a sentence: no digit, no legal anchor word (a penalty's kind,
    a court's, a code's, a date's or a title's word), and no capitalised word but a first one
    that is a common English word ("The", "He"; not a surname that opens the sentence)."""
    if _DIGIT.search(sentence) or _ANCHOR.search(sentence):
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    for i, word in enumerate(_WORD.finditer(sentence)):
        w = word.group()
        if w[:1].isupper() and (i > 0 or w.lower() not in STOP_WORDS):
            return False
    return True


def head_regions(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` runs of consecutive sentences the head must read (see
    :func:`head_skippable`); the text between two kept sentences stays in their run."""
    runs: list[list[int]] = []
    last_kept = False
    for start, end in sentences:
        if head_skippable(text[start:end]):
            last_kept = False
            continue
        if last_kept:
            runs[-1][1] = end
        else:
            runs.append([start, end])
        last_kept = True
    return [(s, e) for s, e in runs]


def _longest_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The longest line piece of ``text[start:end]``, without its spaces and trailing stops: a head DATE
    span that runs over a line break ("early January. \n  4", "caseCEFR B2\n7 May 2025") takes one
    line (a penalty may run over a hard-wrapped line: "two-year suspended\nterms")."""
    pieces = []
    offset = start
    for line in text[start:end].split("\n"):
        stripped = line.strip().rstrip(".,;:")
        if stripped:
            first = offset + line.index(stripped[0])
            pieces.append((first, first + len(stripped)))
        offset += len(line) + 1
    return max(pieces, key=lambda p: p[1] - p[0]) if pieces else (start, end)


class NerComponent:
    def __init__(
        self,
        name: str,
        model: str | None,
        labels: list[str] | None,
        overwrite_ents: bool,
        batch_size: int,
        quantize: bool,
        chunk_chars: int,
        min_confidence: float = 0.0,
        runtime: str = "torch",
        skip_sentences: bool = False,
    ) -> None:
        self.name = name
        self.skip_sentences = skip_sentences
        self.min_confidence = min_confidence
        self.model_path = model
        self.label_filter = labels
        self.overwrite_ents = overwrite_ents
        self.batch_size = batch_size
        self.quantize = quantize
        self.runtime = runtime
        self.chunk_chars = chunk_chars
        self._model: NerModel | None = None  # loaded on first use, or by from_disk

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels this component writes."""
        return tuple(self.label_filter or LABELS)

    @property
    def model(self) -> NerModel:
        if self._model is None:
            if not self.model_path:
                raise ValueError("lawner_ner has no model: pass config={'model': DIR} or from_disk")
            self._model = NerModel.load(self.model_path, quantize=self.quantize, runtime=self.runtime)
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        texts = [doc_text(doc)]
        self._annotate(doc, self._predict(self.model, texts, self._regions([doc], texts))[0])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """The docs, annotated, in order.

        The head's forward passes run in a thread of their own, one batch ahead: while it reads
        a batch, this thread takes the next through the components before this one (the rules)
        and the previous through those after it (the record builder). ONNX Runtime and torch
        release the GIL in a forward pass, so the rules' Python no longer leaves a core idle.
        The spans are those of a plain loop: each batch is predicted alone, in order.
        """
        from concurrent.futures import ThreadPoolExecutor

        model = self.model  # loaded here, not in the thread
        batches = minibatch(docs, size=batch_size or self.batch_size)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="lawner-ner") as ahead:
            pending = None
            for batch in batches:
                texts = [doc_text(doc) for doc in batch]
                job = (batch, ahead.submit(self._predict, model, texts, self._regions(batch, texts)))
                if pending is not None:
                    yield from self._finish(*pending)
                pending = job
            if pending is not None:
                yield from self._finish(*pending)

    def _regions(self, batch: list[Doc], texts: list[str]) -> list[list[tuple[int, int]]] | None:
        """The parts of each text the head reads: with ``skip_sentences``, the runs of
        :func:`head_regions`; else None (all of it)."""
        if not self.skip_sentences:
            return None
        return [head_regions(text, doc_sentences(doc)) for doc, text in zip(batch, texts, strict=True)]

    def _predict(
        self, model: NerModel, texts: list[str], regions: list[list[tuple[int, int]]] | None = None
    ) -> list[list]:
        """``(start, end, label, confidence)`` of the head's spans in each text (in its
        ``regions`` only, when given)."""
        if regions is None:
            parts = [(i, s, e) for i, text in enumerate(texts) for s, e in pieces(text, self.chunk_chars)]
        else:
            parts = [
                (i, rs + s, rs + e)
                for i, text in enumerate(texts)
                for rs, re_ in regions[i]
                for s, e in pieces(text[rs:re_], self.chunk_chars)
            ]
        predicted = model.predict([texts[i][s:e] for i, s, e in parts], self.batch_size)
        found: list[list] = [[] for _ in texts]
        for (i, offset, _), spans in zip(parts, predicted, strict=True):
            found[i].extend((sp.start + offset, sp.end + offset, sp.label, sp.confidence) for sp in spans)
        return found

    def _finish(self, batch: list[Doc], future) -> Iterator[Doc]:
        found = future.result()
        for doc, spans in zip(batch, found, strict=True):
            self._annotate(doc, spans)
            yield doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """The entities' scores (:func:`~lawner.components.base.score_ents`), for ``nlp.evaluate``."""
        return score_ents(examples, **kwargs)

    def _annotate(self, doc: Doc, found: list) -> None:
        skip = skipped_ranges(doc)
        spans = []
        for start, end, label, confidence in found:
            if label not in self.labels or confidence < self.min_confidence:
                continue
            while start < end and doc_text(doc)[start].isspace():
                start += 1
            if label == "DATE" and "\n" in doc_text(doc)[start:end]:
                start, end = _longest_line(doc_text(doc), start, end)  # "B2\n7 May 2025": one line's date
            if inside(skip, start, end):
                continue
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:
                continue
            span._.lawner_confidence = round(confidence, 4)
            span._.lawner_source = "model"
            spans.append(span)
        doc.spans[NER_KEY] = spans
        add_entities(doc, spans, self.overwrite_ents)

    # ------------------------------------------------------------ serialization
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model_path and Path(self.model_path).resolve() != (path / "model").resolve():
            shutil.copytree(self.model_path, path / "model", dirs_exist_ok=True)
        cfg = {
            "label_filter": self.label_filter,
            "overwrite_ents": self.overwrite_ents,
            "min_confidence": self.min_confidence,
            "batch_size": self.batch_size,
            "quantize": self.quantize,
            "runtime": self.runtime,
            "chunk_chars": self.chunk_chars,
            "skip_sentences": self.skip_sentences,
        }
        (path / "cfg.json").write_text(json.dumps(cfg, indent=2), "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> NerComponent:
        path = ensure_path(path)
        cfg = json.loads((path / "cfg.json").read_text("utf-8"))
        for key, value in cfg.items():
            setattr(self, key, value)
        self.model_path = str(path / "model")
        self._model = None
        return self


@Language.factory(
    "lawner_ner",
    default_config={
        "model": None,
        "labels": None,
        "overwrite_ents": False,
        "batch_size": 8,
        "quantize": False,
        "chunk_chars": 50_000,
        "min_confidence": 0.0,
        "runtime": "torch",
        "skip_sentences": False,
    },
    assigns=["doc.ents", "doc.spans", "span._.lawner_confidence", "span._.lawner_source"],
    default_score_weights=ENTS_SCORE_WEIGHTS,
)
def make_ner(
    nlp: Language,
    name: str,
    model: str | None,
    labels: list[str] | None,
    overwrite_ents: bool,
    batch_size: int,
    quantize: bool,
    chunk_chars: int,
    min_confidence: float,
    runtime: str,
    skip_sentences: bool,
) -> NerComponent:
    return NerComponent(
        name, model, labels, overwrite_ents, batch_size, quantize, chunk_chars, min_confidence, runtime, skip_sentences
    )
