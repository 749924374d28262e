"""Record scores on the real corpus (``lawner evaluate --corpus real``): items as multisets, P/R/F1
per field, news and statutes apart, sanctions per alternative, and record errors by cause."""

from __future__ import annotations

from collections import Counter

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2
from spacy.language import Language

from ..ner.model import DEFAULT_RUNTIME, head_quantize
from .entities import Scores, bio_tags, entity_rows, pipelines, predicted_spans

# ---------------------------------------------------------------- the real-text corpus
FIELDS = ("articles", "penalties", "dates", "officials")


def rounded(x):
    return None if x is None else round(float(x), 4)


def real_items(record: dict) -> dict[str, Counter]:
    """A record's scored items per field, as multisets (a record dict, gold or predicted):
    articles (number, part, code), penalties (kind, amount, amount_min, unit, bound, article),
    dates (value) and officials (name); the same keys as ``annotations/real/compare.py``."""
    return {
        "articles": Counter((a["number"], a["part"], a["code"]) for a in record["articles"]),
        "penalties": Counter(
            (p["kind"], rounded(p["amount"]), rounded(p["amount_min"]), p["unit"], p["bound"], p["article"])
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
    return Counter((p["article"], p["kind"], rounded(p["amount"]), p["unit"]) for p in record["penalties"])


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": n_gold}


def real_scores(nlp: Language, examples) -> dict:
    """Entity P/R/F1 (seqeval), record P/R/F1 per field and micro, and statute alternatives,
    each document read with its own publication date as the reference date."""
    from ..extract import make_doc

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
        "records": {k: prf(*v) for k, v in counts.items()},
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
    from ..corpus import read_real

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
