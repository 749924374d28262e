"""Score another lawner checkout on this checkout's real corpus, for before/after figures.

    git worktree add /tmp/before 7672372
    python scripts/score_checkout.py /tmp/before --split test
    python scripts/score_checkout.py . --split test --prefix rn-g      # one batch only
    python scripts/score_checkout.py . --split test --exclude-prefix rn-g
    python scripts/score_checkout.py . --split test --prefix rn-h,rn-i  # two batches

It imports lawner from CHECKOUT (its code and its shipped head in CHECKOUT/models/ner), reads
the gold of ``annotations/real`` here, and prints record P/R/F1 per field, micro, and per genre
for the rules alone and the default combined pipeline, scored as ``lawner evaluate --corpus
real`` scores them. Older checkouts have no real-corpus reader, so the reading is done here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "annotations" / "real"
sys.path.insert(0, str(REAL))
from compare import FIELDS, record_items  # noqa: E402  (the corpus's own scoring, standard library)


def _record(doc):
    """The Doc's record: ``doc._.lawner_record``, or ``doc._.record`` in checkouts from before the
    extension attributes took lawner's prefix."""
    return doc._.lawner_record if doc.has_extension("lawner_record") else doc._.record


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", help="a lawner source tree (e.g. a git worktree of an earlier commit)")
    parser.add_argument("--split", default="test", choices=["train", "dev", "test"])
    parser.add_argument(
        "--prefix", help="score only the documents whose id starts with this (e.g. rn-g, a batch; several: rn-h,rn-i)"
    )
    parser.add_argument("--exclude-prefix", help="leave out the documents whose id starts with this (several: a,b)")
    parser.add_argument("--rules-only", action="store_true", help="score the rules alone (faster)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(args.checkout).resolve()))
    import lawner
    from lawner.extract import make_doc

    print(f"lawner from {Path(lawner.__file__).parent}", file=sys.stderr)
    splits = json.loads((REAL / "split.json").read_text("utf-8"))["documents"]
    ids = sorted(
        i
        for i, s in splits.items()
        if s == args.split
        and (args.prefix is None or i.startswith(tuple(args.prefix.split(","))))
        and (args.exclude_prefix is None or not i.startswith(tuple(args.exclude_prefix.split(","))))
    )
    print(f"{len(ids)} documents of the {args.split} split", file=sys.stderr)
    model = str(Path(args.checkout).resolve() / "models" / "ner")
    pipelines = [("rules", lambda: lawner.load(rules_only=True)), ("combined", lambda: lawner.load(model=model))]
    for name, make in pipelines[:1] if args.rules_only else pipelines:
        nlp = make()
        counts = {k: [0, 0, 0] for k in (*FIELDS, "record", "news", "statute")}
        for doc_id in ids:
            doc = json.loads((REAL / "docs" / f"{doc_id}.json").read_text("utf-8"))
            gold = json.loads((REAL / "gold" / f"{doc_id}.json").read_text("utf-8"))["record"]
            d = make_doc(nlp, doc["text"], reference_date=doc["published"], doc_id=doc_id)
            for _, proc in nlp.pipeline:
                d = proc(d)
            g, p = record_items(gold), record_items(_record(d).to_dict())
            for field in FIELDS:
                tp, n_p, n_g = sum((g[field] & p[field]).values()), sum(p[field].values()), sum(g[field].values())
                for key in (field, "record", doc["genre"]):
                    counts[key][0] += tp
                    counts[key][1] += n_p
                    counts[key][2] += n_g
        cells = []
        for key, (tp, n_p, n_g) in counts.items():
            prec, rec = (tp / n_p if n_p else 0.0), (tp / n_g if n_g else 0.0)
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            cells.append(f"{key} P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
        print(f"{name} | " + " | ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
