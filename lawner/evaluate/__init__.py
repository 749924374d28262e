"""Evaluation: seqeval entity P/R/F1 per label, and record-level accuracy of normalized values.

``lawner evaluate`` prints these for the test split; the README's ablation table comes from it:
the authored corpus's entity and record scores (:mod:`lawner.evaluate.entities`), the real
corpus's record scores (:mod:`lawner.evaluate.real`) and the statute samples' sanctions tables
(:mod:`lawner.evaluate.statutes`).
"""

from .entities import (
    Scores,
    ablation,
    bio_tags,
    entity_rows,
    gold_record,
    pipelines,
    predicted_spans,
    record_scores,
    score,
)
from .real import FIELDS, error_causes, real_ablation, real_items, real_scores
from .statutes import ROW_KEY, STATUTE_SAMPLES, row_key, statute_report, statute_scores

__all__ = [
    "FIELDS",
    "ROW_KEY",
    "STATUTE_SAMPLES",
    "Scores",
    "ablation",
    "bio_tags",
    "entity_rows",
    "error_causes",
    "gold_record",
    "pipelines",
    "predicted_spans",
    "real_ablation",
    "real_items",
    "real_scores",
    "record_scores",
    "row_key",
    "score",
    "statute_report",
    "statute_scores",
]
