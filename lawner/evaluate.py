"""Evaluation: seqeval entity P/R/F1 per label, and record-level accuracy of normalized values.

``lawner evaluate`` prints these for the test split; the README's ablation table comes from it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2
from spacy.language import Language
from spacy.tokens import Doc

from .corpus import LABELS, Example
from .errors import LawnerError
from .ner.model import DEFAULT_RUNTIME, head_quantize


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
    from .assemble import build_record

    doc = nlp.make_doc(example.text)
    for name in ("lawner_sentences", "lawner_boilerplate", "lawner_language"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    ents = [doc.char_span(s, e, label=lab, alignment_mode="expand") for s, e, lab in example.spans]
    doc.ents = [e for e in ents if e is not None]
    return build_record(doc, reference_date=reference_date, doc_id=example.id)


def record_scores(nlp: Language, examples: list[Example], reference_date: str | None) -> dict[str, dict[str, float]]:
    """Precision/recall/F1 of the normalized values of each record field against gold."""
    from .extract import make_doc

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
    from .pipeline import blank, default_model_path, load

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
    from .corpus import read

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


# ---------------------------------------------------------------- the real-text corpus

FIELDS = ("articles", "penalties", "dates", "officials")


def _num(x):
    return None if x is None else round(float(x), 4)


def real_items(record: dict) -> dict[str, Counter]:
    """A record's scored items per field, as multisets (a record dict, gold or predicted):
    articles (number, part, code), penalties (kind, amount, amount_min, unit, bound, article),
    dates (value) and officials (name); the same keys as ``annotations/real/compare.py``."""
    return {
        "articles": Counter((a["number"], a["part"], a["code"]) for a in record["articles"]),
        "penalties": Counter(
            (p["kind"], _num(p["amount"]), _num(p["amount_min"]), p["unit"], p["bound"], p["article"])
            for p in record["penalties"]
        ),
        "dates": Counter(d["value"] for d in record["dates"]),
        "officials": Counter(o["name"] for o in record["officials"]),
    }


# the keys of a penalty item, by position in its tuple, for naming what an error got wrong
_PENALTY_KEYS = ("kind", "amount", "amount_min", "unit", "bound", "article")
_ARTICLE_KEYS = ("number", "part", "code")


def error_causes(gold: dict[str, Counter], pred: dict[str, Counter]) -> Counter:
    """What each record error got wrong, as ``(field, cause)`` counts.

    An unmatched gold item and an unmatched predicted item of the same field that differ in one
    key only are one error of that key ("penalties: unit", "dates: value"); the other unmatched
    gold items are "missed" and the other unmatched predicted items "spurious"."""
    causes: Counter = Counter()
    for field in FIELDS:
        missed = list((gold[field] - pred[field]).elements())
        spurious = list((pred[field] - gold[field]).elements())
        keys = {"penalties": _PENALTY_KEYS, "articles": _ARTICLE_KEYS}.get(field)
        for item in list(missed):
            if keys is None:  # dates and officials are one value: a wrong one is a miss and a spurious item
                break
            near = [p for p in spurious if sum(a != b for a, b in zip(item, p, strict=True)) == 1]
            if near:
                wrong = next(k for k, a, b in zip(keys, item, near[0], strict=True) if a != b)
                causes[(field, wrong)] += 1
                missed.remove(item)
                spurious.remove(near[0])
        causes[(field, "missed")] += len(missed)
        causes[(field, "spurious")] += len(spurious)
    return +causes


def _alternatives(record: dict) -> Counter:
    """Statute sanctions per alternative: (article, kind, amount, unit)."""
    return Counter((p["article"], p["kind"], _num(p["amount"]), p["unit"]) for p in record["penalties"])


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": n_gold}


def real_scores(nlp: Language, examples) -> dict:
    """Entity P/R/F1 (seqeval), record P/R/F1 per field and micro, and statute alternatives,
    each document read with its own publication date as the reference date."""
    from .extract import make_doc

    gold_tags, pred_tags = [], []
    counts = {k: [0, 0, 0] for k in (*FIELDS, "record", "news record", "statute record", "alternatives")}
    causes: Counter = Counter()
    docs = nlp.pipe(make_doc(nlp, e.text, reference_date=e.published, doc_id=e.id) for e in examples)
    for example, doc in zip(examples, docs, strict=True):
        gold_tags.append(bio_tags(doc, example.spans))
        pred_tags.append(bio_tags(doc, predicted_spans(doc)))
        predicted = doc._.lawner_record.to_dict()
        gold, pred = real_items(example.record), real_items(predicted)
        causes.update(error_causes(gold, pred))
        for name in FIELDS:
            tp, n_p, n_g = sum((gold[name] & pred[name]).values()), sum(pred[name].values()), sum(gold[name].values())
            for key in (name, "record", f"{example.genre} record"):
                counts[key][0] += tp
                counts[key][1] += n_p
                counts[key][2] += n_g
        if example.genre == "statute":
            g, p = _alternatives(example.record), _alternatives(predicted)
            c = counts["alternatives"]
            c[0], c[1], c[2] = c[0] + sum((g & p).values()), c[1] + sum(p.values()), c[2] + sum(g.values())
    report = classification_report(gold_tags, pred_tags, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    return {
        "entities": Scores({k: dict(v) for k, v in report.items()}),
        "records": {k: _prf(*v) for k, v in counts.items()},
        "causes": causes,
    }


def real_ablation(
    split: str = "test",
    model: str | None = None,
    only: str | None = None,
    quantize: bool | None = None,
    runtime: str = DEFAULT_RUNTIME,
    skip_sentences: bool = True,
) -> str:
    """Markdown tables for the real corpus: record and entity scores of rules, model, combined."""
    from .corpus import read_real

    examples = read_real(split)
    settings = pipelines(model, quantize, runtime, only, skip_sentences)
    results = {name: real_scores(nlp, examples) for name, nlp in settings.items()}
    names = list(settings)
    n_news = sum(e.genre == "news" for e in examples)
    head = f"{runtime}{' int8' if head_quantize(runtime, quantize) else ''}"
    out = [
        f"Record P / R / F1 on the real corpus, {split} split ({len(examples)} documents: {n_news} news, "
        f"{len(examples) - n_news} statute excerpts; head on {head})",
        "",
        "| field | support | " + " | ".join(names) + " |",
        "| --- | --- | " + " | ".join("---" for _ in names) + " |",
    ]
    rows = [*FIELDS, "record", "news record", "statute record", "alternatives"]
    labels = {
        "record": "**record (micro)**",
        "alternatives": "statute sanctions per alternative (article, kind, amount, unit)",
    }
    for row in rows:
        support = results[names[0]]["records"][row]["support"]
        cells = ["{precision:.3f} / {recall:.3f} / **{f1:.3f}**".format(**results[n]["records"][row]) for n in names]
        out.append(f"| {labels.get(row, row)} | {support} | " + " | ".join(cells) + " |")
    out += [
        "",
        "Entity P / R / F1 (seqeval, strict)",
        "",
        "| label | support | " + " | ".join(names) + " |",
        "| --- | --- | " + " | ".join("---" for _ in names) + " |",
    ]
    out += entity_rows({n: results[n]["entities"] for n in names})
    causes = sorted({c for n in names for c in results[n]["causes"]})
    out += [
        "",
        "Record errors by cause (one key wrong, else missed or spurious)",
        "",
        "| field | cause | " + " | ".join(names) + " |",
        "| --- | --- | " + " | ".join("---" for _ in names) + " |",
    ]
    out += [f"| {f} | {c} | " + " | ".join(str(results[n]["causes"][(f, c)]) for n in names) + " |" for f, c in causes]
    return "\n".join(out)


# ---------------------------------------------------------------- statute tables

# the real statute samples and their hand-checked tables (annotations/statutes)
STATUTE_SAMPLES = (
    ("kz_criminal_code_en.sample.txt", "Criminal Code", "criminal_code_99_159.jsonl"),
    ("kz_admin_offences_code_en.sample.txt", "Code on Administrative Offences", "admin_offences_127_157.jsonl"),
)
# what a row is compared by: where it stands and what it says
ROW_KEY = ("article", "part", "kind", "amount_min", "amount", "unit", "bound", "additional")


def row_key(row: dict) -> tuple:
    return tuple(_num(row[k]) if k in ("amount_min", "amount") else row[k] for k in ROW_KEY)


def statute_scores(predicted: list[dict], gold: list[dict]) -> dict:
    """Row precision, recall and F1 of a sanctions table against a hand-checked one, with the
    rows each side has alone."""
    p, g = Counter(row_key(r) for r in predicted), Counter(row_key(r) for r in gold)
    tp = sum((p & g).values())
    return {
        **_prf(tp, sum(p.values()), sum(g.values())),
        "missed": sorted((g - p).elements(), key=str),
        "spurious": sorted((p - g).elements(), key=str),
    }


def statute_report(samples: Path | None = None, show: int = 10) -> str:
    """Markdown: ``lawner statute``'s tables of the real statute samples against the hand-checked
    tables in ``annotations/statutes``."""
    from dataclasses import asdict

    from .corpus import repo_root
    from .statute import read

    samples = samples or repo_root().parent / "shared" / "corpus"
    checked = repo_root() / "annotations" / "statutes"
    if not samples.is_dir():
        raise LawnerError(f"no statute samples at {samples} (pass --samples DIR)")
    out = [
        "Sanctions table rows against the hand-checked tables (annotations/statutes); a row is " + ", ".join(ROW_KEY),
        "",
        "| sample | hand-checked rows | lawner rows | P | R | F1 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    details = []
    excluded = [
        json.loads(line) for line in (checked / "excluded.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    for file, code, gold_file in STATUTE_SAMPLES:
        table = read(samples / file, code=code)
        hand = {(e["article"], e["part"]) for e in excluded if e["code"] == code}
        if set(table.excluded) != hand:
            ours, theirs = sorted(table.excluded, key=str), sorted(hand, key=str)
            details.append(f"- {file}: excluded articles/parts: lawner {ours}, hand {theirs}")
        gold = [json.loads(line) for line in (checked / gold_file).read_text("utf-8").splitlines() if line.strip()]
        s = statute_scores([asdict(r) for r in table.rows], gold)
        scores = f"{s['precision']:.3f} | {s['recall']:.3f} | **{s['f1']:.3f}**"
        out.append(f"| {file} | {s['support']} | {len(table.rows)} | {scores} |")
        for name in ("missed", "spurious"):
            for key in s[name][:show]:
                details.append(f"- {file}: {name} {dict(zip(ROW_KEY, key, strict=True))}")
    if not details:
        out += ["", "Every row, and every excluded article and part, agrees."]
    return "\n".join(out + ([""] + details if details else []))
