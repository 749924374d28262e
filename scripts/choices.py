"""The figures behind the combination and the officials' checks, on the dev splits.

    python scripts/choices.py                # both tables
    python scripts/choices.py --model DIR    # with another head

Table 1 builds the pipeline in each setting (order of the rules and the head, the labels the
head writes, its confidence floor) and prints record F1 on the real corpus's dev split and
entity F1 on the authored corpus's dev split. Table 2 switches each check on OFFICIAL entries
off in turn (`lawner/find/people.py`, `lawner/find/defendants.py` and the record builder) and prints
officials P/R on the real train and dev splits.
"""

from __future__ import annotations

import argparse
import re
import sys
from contextlib import contextmanager, nullcontext

from lawner.assemble import officials as assemble_officials
from lawner.corpus import default_dir, read, read_real
from lawner.evaluate import real_items, real_scores, score
from lawner.extract import make_doc
from lawner.find import defendants
from lawner.pipeline import HEAD_LABELS, RULE_PIPES, blank, default_model_path

ALL_LABELS = ["ARTICLE", "LAW", "PENALTY", "DATE", "OFFICIAL", "TITLE", "ORG"]
SETTINGS = [
    ("head first, all labels, 0.9", False, ALL_LABELS, 0.9),
    ("rules first, all labels, 0.9", True, ALL_LABELS, 0.9),
    ("head first, no ARTICLE/LAW, 0.9", False, list(HEAD_LABELS), 0.9),
    ("rules first, no ARTICLE/LAW, 0.8", True, list(HEAD_LABELS), 0.8),
    ("rules first, no ARTICLE/LAW, 0.9 (shipped)", True, list(HEAD_LABELS), 0.9),
    ("rules first, no ARTICLE/LAW, 0.95", True, list(HEAD_LABELS), 0.95),
]


def pipeline(model: str, rules_first: bool, labels: list[str], floor: float):
    nlp = blank()
    for name in ("lawner_sentences", "lawner_boilerplate", "lawner_language"):
        nlp.add_pipe(name)
    rules = RULE_PIPES
    if rules_first:
        for name in rules:
            nlp.add_pipe(name)
    nlp.add_pipe("lawner_ner", config={"model": model, "min_confidence": floor, "labels": labels})
    if not rules_first:
        for name in rules:
            nlp.add_pipe(name)
    nlp.add_pipe("lawner_record")
    return nlp


@contextmanager
def replaced(name: str, value, module=assemble_officials):
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


_ANY_CUE = re.compile(
    r"\b(?:convicted|defendants|accused|detainees|suspects|political\s+prisoners|convicts|were\s+sentenced|"
    r"were\s+detained|were\s+arrested|were\s+charged|on\s+trial)\b",
    re.IGNORECASE,
)


def _keep_all_named(official) -> bool:
    return True


def _loose_name(text: str) -> str | None:
    words = [w.strip(",;:") for w in text.replace("’s", "").replace("'s", "").split()]
    return " ".join(w for w in words if w) or None


def officials_pr(nlp, docs, examples) -> str:
    tp = fp = fn = 0
    for example, doc in zip(examples, docs, strict=True):
        record = nlp.get_pipe("lawner_record")(doc)._.lawner_record.to_dict()
        gold, pred = real_items(example.record)["officials"], real_items(record)["officials"]
        tp += sum((gold & pred).values())
        fp += sum((pred - gold).values())
        fn += sum((gold - pred).values())
    return f"{tp / (tp + fp) if tp + fp else 0:.3f} / {tp / (tp + fn) if tp + fn else 0:.3f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(default_model_path()))
    args = parser.parse_args(argv)

    real_dev, authored_dev = read_real("dev"), read(default_dir() / "dev.jsonl")
    print("| setting | real dev record F1 | news | statutes | authored dev entity F1 |")
    print("| --- | --- | --- | --- | --- |")
    for name, rules_first, labels, floor in SETTINGS:
        nlp = pipeline(args.model, rules_first, labels, floor)
        records = real_scores(nlp, real_dev)["records"]
        entities = score(nlp, authored_dev).overall["f1-score"]
        print(
            f"| {name} | {records['record']['f1']:.3f} | {records['news record']['f1']:.3f} | "
            f"{records['statute record']['f1']:.3f} | {entities:.3f} |",
            flush=True,
        )

    nlp = pipeline(args.model, True, list(HEAD_LABELS), 0.9)
    variants = [
        ("as shipped", None, None),
        ("no name-form check", "clean_name", _loose_name),
        ("no title required", "named_official", _keep_all_named),
        (
            "title required, no sure-name exception",
            "named_official",
            lambda o, keep=assemble_officials.named_official: keep(o) and bool(o.title or o.organization),
        ),
        # the previous defendant-list cue: any conviction word earlier in the sentence
        ("defendant cue anywhere in the sentence", ("_ACCUSED_SENTENCE", _ANY_CUE, defendants), None),
    ]
    print("\n| officials' checks | real dev P / R | real train P / R |")
    print("| --- | --- | --- |")
    splits = {s: read_real(s) for s in ("dev", "train")}
    # the entities do not depend on the record builder's checks: run the pipeline once
    docs = {
        s: list(nlp.pipe(make_doc(nlp, e.text, reference_date=e.published, doc_id=e.id) for e in ex))
        for s, ex in splits.items()
    }
    for name, attribute, value in variants:
        patch = (
            replaced(*attribute)
            if isinstance(attribute, tuple)
            else replaced(attribute, value)
            if attribute
            else nullcontext()
        )
        with patch:
            cells = [officials_pr(nlp, docs[s], splits[s]) for s in ("dev", "train")]
        print(f"| {name} | {cells[0]} | {cells[1]} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
