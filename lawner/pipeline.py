"""``lawner.load()``: the spaCy pipeline that turns text into records."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401
from .components import (  # noqa: F401  (registers the factories)
    articles,
    boilerplate,
    dates,
    language,
    ner,
    officials,
    penalties,
    record,
    sentences,
)
from .errors import Messages, ModelNotFoundError
from .ner.model import DEFAULT_RUNTIME, head_quantize
from .segment import tokenizer  # noqa: F401  (registers lawner.tokenizer.v1)

MIN_CONFIDENCE = 0.9
# the labels the head writes in the combined pipeline
HEAD_LABELS = ("PENALTY", "DATE", "OFFICIAL", "TITLE", "ORG")
RULE_PIPES = ["lawner_articles", "lawner_penalties", "lawner_dates", "lawner_officials"]


def default_model_path() -> Path:
    """Where the shipped NER head lives: the package's ``models/ner`` folder."""
    return Path(str(resources.files("lawner.models").joinpath("ner")))


def blank() -> Language:
    """An English ``Language`` with lawner's tokenizer and no components."""
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "lawner.tokenizer.v1"}}})


def load(
    path: str | Path | None = None,
    *,
    rules_only: bool = False,
    model: str | Path | None = None,
    default_code: str | None = None,
    quantize: bool | None = None,
    runtime: str = DEFAULT_RUNTIME,
    skip_sentences: bool = True,
) -> Language:
    """The lawner pipeline.

    - ``load()``: rules plus the shipped NER head (``lawner_ner``) from ``models/ner``.
    - ``load(rules_only=True)``: rule components only, no model (fast, no torch at run time).
    - ``load(model=DIR)``: rules plus the NER head saved in ``DIR`` (by ``lawner train``).
    - ``load(PATH)``: a whole pipeline saved with ``nlp.to_disk(PATH)``.

    ``runtime`` runs the NER head on "onnx" (ONNX Runtime, the default: exported once from the
    head and cached, see :mod:`lawner.ner.onnx`) or on "torch". ``quantize`` gives the head
    dynamic int8 weights; by default (None) it is on for ONNX Runtime and off for torch, so
    ``load()`` runs ONNX Runtime int8 and ``load(runtime="torch")`` torch fp32.
    ``skip_sentences`` lets the head skip sentences where no entity can be: no digit, no
    capitalised word but a common first one, no legal anchor word
    (:func:`lawner.components.ner.head_skippable`; measured on the dev splits in the README's
    speed section). ``default_code`` names the code that articles of statute text belong to when the text
    says "this Code" and names no code itself.
    """
    if path is not None:
        return spacy.load(path)
    nlp = blank()
    nlp.add_pipe("lawner_sentences")
    nlp.add_pipe("lawner_boilerplate")
    nlp.add_pipe("lawner_language")
    for name in RULE_PIPES:
        nlp.add_pipe(name)
    if not rules_only:
        model_path = Path(model) if model is not None else default_model_path()
        if not (model_path / "config.json").exists():
            raise ModelNotFoundError(Messages.NO_MODEL.format(path=model_path))
        # the rules run first and their spans win; the head fills the gaps they leave with its
        # spans of at least this confidence, for the labels it helps on (not ARTICLE and LAW,
        # where it takes the adilet block headers for articles). Chosen on the dev splits of the
        # real corpus and the authored one; see the README's accuracy section.
        nlp.add_pipe(
            "lawner_ner",
            config={
                "model": str(model_path),
                "quantize": head_quantize(runtime, quantize),
                "runtime": runtime,
                "min_confidence": MIN_CONFIDENCE,
                "labels": list(HEAD_LABELS),
                "skip_sentences": skip_sentences,
            },
        )
    nlp.add_pipe("lawner_record", config={"default_code": default_code})
    return nlp
