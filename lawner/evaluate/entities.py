"""Entity scores (seqeval P/R/F1 per label) and record-value scores on the authored corpus, per
pipeline (rules, head, combined), for ``lawner evaluate``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2
from spacy.language import Language
from spacy.tokens import Doc

from ..corpus import LABELS, Example
from ..ner.model import DEFAULT_RUNTIME, head_quantize


def bio_tags(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """IOB2 tags of ``doc``'s tokens for character ``spans`` (expanded to token boundaries)."""
    tags = ["O"] * len(doc)
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t != "O" for t in tags[span.start : span.end]):
            continue
        tags[span.start] = f"B-{label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{label}"
    return tags


@dataclass
class Scores:
    """Entity-level precision, recall, F1 and support per label, plus micro average."""

    per_label: dict[str, dict[str, float]]

    @property
    def overall(self) -> dict[str, float]:
        return self.per_label["micro avg"]

    def table(self) -> str:
        rows = ["| label | precision | recall | F1 | support |", "| --- | --- | --- | --- | --- |"]
        for label in [*LABELS, "micro avg"]:
            if label in self.per_label:
                s = self.per_label[label]
                rows.append(
                    f"| {label} | {s['precision']:.3f} | {s['recall']:.3f} | "
                    f"{s['f1-score']:.3f} | {int(s['support'])} |"
                )
        return "\n".join(rows)


def entity_rows(entity: dict[str, Scores]) -> list[str]:
    """Markdown rows, one per label and the micro average: support, then P / R / F1 per setting."""
    rows = []
    for label in [*LABELS, "micro avg"]:
        support = next((int(s.per_label[label]["support"]) for s in entity.values() if label in s.per_label), 0)
        cells = []
        for scores in entity.values():
            s = scores.per_label.get(label, {"precision": 0, "recall": 0, "f1-score": 0})
            cells.append(f"{s['precision']:.3f} / {s['recall']:.3f} / **{s['f1-score']:.3f}**")
        rows.append(
            f"| {'overall (micro)' if label == 'micro avg' else label} | {support} | " + " | ".join(cells) + " |"
        )
    return rows


def predicted_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """The entities a pipeline put in ``doc.ents``, outside boilerplate, as character spans."""
    boiler = [(s.start_char, s.end_char) for s in doc.spans.get("boilerplate", [])]
    return [
        (e.start_char, e.end_char, e.label_)
        for e in doc.ents
        if e.label_ in LABELS and not any(e.start_char < b and a < e.end_char for a, b in boiler)
    ]


def score(nlp: Language, examples: list[Example], batch_size: int = 8) -> Scores:
    """Entity P/R/F1 of ``nlp`` on ``examples`` (seqeval, strict IOB2 matching)."""
    gold_tags, pred_tags = [], []
    docs = nlp.pipe((e.text for e in examples), batch_size=batch_size)
    for example, doc in zip(examples, docs, strict=True):
        gold_tags.append(bio_tags(doc, example.spans))
        pred_tags.append(bio_tags(doc, predicted_spans(doc)))
    report = classification_report(gold_tags, pred_tags, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    return Scores({k: dict(v) for k, v in report.items()})


# ---------------------------------------------------------------- record-level accuracy


def _record_items(record) -> dict[str, Counter]:
    """The normalized values of a record, per field, as multisets of tuples."""
    return {
        "articles": Counter((a.number, a.part, a.code) for a in record.articles),
        "penalties": Counter((p.kind, p.amount, p.amount_min, p.unit, p.bound, p.article) for p in record.penalties),
        "dates": Counter(d.value for d in record.dates),
        "officials": Counter((o.name, o.title, o.organization) for o in record.officials),
    }


def gold_record(nlp: Language, example: Example, reference_date: str | None):
    """The record the gold spans give (same normalizers and linking as the pipeline)."""
    from ..assemble import build_record

    doc = nlp.make_doc(example.text)
    for name in ("lawner_sentences", "lawner_boilerplate", "lawner_language"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    ents = [doc.char_span(s, e, label=lab, alignment_mode="expand") for s, e, lab in example.spans]
    doc.ents = [e for e in ents if e is not None]
    return build_record(doc, reference_date=reference_date, doc_id=example.id)


def record_scores(nlp: Language, examples: list[Example], reference_date: str | None) -> dict[str, dict[str, float]]:
    """Precision/recall/F1 of the normalized values of each record field against gold."""
    from ..extract import make_doc

    totals = {f: [0, 0, 0] for f in ("articles", "penalties", "dates", "officials")}  # tp, pred, gold
    docs = nlp.pipe(make_doc(nlp, e.text, reference_date=reference_date, doc_id=e.id) for e in examples)
    for example, doc in zip(examples, docs, strict=True):
        gold = _record_items(gold_record(nlp, example, reference_date))
        pred = _record_items(doc._.lawner_record)
        for name in totals:
            totals[name][0] += sum((gold[name] & pred[name]).values())
            totals[name][1] += sum(pred[name].values())
            totals[name][2] += sum(gold[name].values())
    out = {}
    for name, (tp, n_pred, n_gold) in totals.items():
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[name] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": n_gold}
    return out


def pipelines(
    model: str | None,
    quantize: bool | None = None,
    runtime: str = DEFAULT_RUNTIME,
    only: str | None = None,
    skip_sentences: bool = True,
) -> dict[str, Language]:
    """The three settings of the ablation: rules only, model only, combined (or ``only`` one)."""
    from ..pipeline import blank, default_model_path, load

    model_path = str(model or default_model_path())
    quantize = head_quantize(runtime, quantize)

    def model_only() -> Language:
        nlp = blank()
        for name in ("lawner_sentences", "lawner_boilerplate", "lawner_language"):
            nlp.add_pipe(name)
        nlp.add_pipe("lawner_ner", config={"model": model_path, "quantize": quantize, "runtime": runtime})
        nlp.add_pipe("lawner_record")
        return nlp

    builders = {
        "rules": lambda: load(rules_only=True),
        "model": model_only,
        "combined": lambda: load(model=model_path, quantize=quantize, runtime=runtime, skip_sentences=skip_sentences),
    }
    return {name: build() for name, build in builders.items() if only in (None, name)}


def ablation(
    path,
    model: str | None = None,
    reference_date: str | None = "2025-08-21",
    only: str | None = None,
    quantize: bool | None = None,
    runtime: str = DEFAULT_RUNTIME,
    skip_sentences: bool = True,
) -> str:
    """Markdown tables: entity P/R/F1 per label and record-value F1, for each setting."""
    from ..corpus import read

    examples = read(path)
    settings = pipelines(model, quantize, runtime, only, skip_sentences)
    entity = {name: score(nlp, examples) for name, nlp in settings.items()}
    records = {name: record_scores(nlp, examples, reference_date) for name, nlp in settings.items()}
    names = list(settings)
    lines_out = [
        f"Entity F1 (seqeval, strict) on {path} ({len(examples)} documents)",
        "",
        "| label | support | " + " | ".join(f"{n} P / R / F1" for n in names) + " |",
        "| --- | --- | " + " | ".join("---" for _ in names) + " |",
    ]
    lines_out += entity_rows(entity)
    lines_out += [
        "",
        f"Record values F1 (normalized values vs the gold spans' record, reference date {reference_date})",
        "",
        "| field | support | " + " | ".join(names) + " |",
        "| --- | --- | " + " | ".join("---" for _ in names) + " |",
    ]
    for field in ("articles", "penalties", "dates", "officials"):
        support = records[names[0]][field]["support"]
        lines_out.append(
            f"| {field} | {support} | " + " | ".join(f"{records[n][field]['f1']:.3f}" for n in names) + " |"
        )
    return "\n".join(lines_out)
