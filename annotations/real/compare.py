"""Agreement between two annotations of the real corpus, and what they disagree on.

    python annotations/real/compare.py                 # agreement table, A against B
    python annotations/real/compare.py --diff rn-a-001 # the disagreements of documents
    python annotations/real/compare.py --left ann/A --right gold   # any two folders

Entity agreement is F1 over exact ``(start, end, label)`` spans, one annotator taken as the
reference (F1 is symmetric). Record agreement is F1 over the record's items as multisets of
value tuples (the keys ``lawner evaluate --corpus real`` scores). Standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from check import unmark

HERE = Path(__file__).resolve().parent
LABELS = ("ARTICLE", "LAW", "PENALTY", "DATE", "OFFICIAL", "TITLE", "ORG")
FIELDS = ("articles", "penalties", "dates", "officials")


def _num(x):
    return None if x is None else round(float(x), 4)


def record_items(record: dict) -> dict[str, Counter]:
    """The record's items per field, as multisets of the tuples that are scored."""
    return {
        "articles": Counter((a["number"], a["part"], a["code"]) for a in record["articles"]),
        "penalties": Counter(
            (p["kind"], _num(p["amount"]), _num(p["amount_min"]), p["unit"], p["bound"], p["article"])
            for p in record["penalties"]
        ),
        "dates": Counter(d["value"] for d in record["dates"]),
        "officials": Counter(o["name"] for o in record["officials"]),
    }


def load(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))}


def f1(tp: int, n_left: int, n_right: int) -> float:
    return 2 * tp / (n_left + n_right) if n_left + n_right else 1.0


def agreement(left: dict[str, dict], right: dict[str, dict], ids: list[str]) -> dict[str, tuple[int, int, int]]:
    """(shared, left count, right count) per label and per record field, and overall."""
    counts: dict[str, list[int]] = {}
    for doc_id in ids:
        spans_l = Counter(unmark(left[doc_id]["marked"])[1])
        spans_r = Counter(unmark(right[doc_id]["marked"])[1])
        for label in LABELS:
            c = counts.setdefault(label, [0, 0, 0])
            sl = Counter({s: n for s, n in spans_l.items() if s[2] == label})
            sr = Counter({s: n for s, n in spans_r.items() if s[2] == label})
            c[0] += sum((sl & sr).values())
            c[1] += sum(sl.values())
            c[2] += sum(sr.values())
        items_l, items_r = record_items(left[doc_id]["record"]), record_items(right[doc_id]["record"])
        for name in FIELDS:
            c = counts.setdefault(name, [0, 0, 0])
            c[0] += sum((items_l[name] & items_r[name]).values())
            c[1] += sum(items_l[name].values())
            c[2] += sum(items_r[name].values())
    for key, members in (("entities (micro)", LABELS), ("record (micro)", FIELDS)):
        counts[key] = [sum(counts[m][i] for m in members) for i in range(3)]
    return {k: tuple(v) for k, v in counts.items()}


def table(left: dict[str, dict], right: dict[str, dict], ids: list[str], title: str) -> str:
    rows = [
        f"{title} ({len(ids)} documents)",
        "",
        "| | agreed | left | right | F1 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for key, (tp, n_l, n_r) in agreement(left, right, ids).items():
        rows.append(f"| {key} | {tp} | {n_l} | {n_r} | {f1(tp, n_l, n_r):.3f} |")
    return "\n".join(rows)


def diff(left: dict, right: dict) -> str:
    """The spans and record items only one of the two annotations has."""
    text, spans_l = unmark(left["marked"])
    _, spans_r = unmark(right["marked"])
    out = []
    for side, a, b in (("left only", spans_l, spans_r), ("right only", spans_r, spans_l)):
        for s, e, label in sorted((Counter(a) - Counter(b)).elements()):
            out.append(f"  span {side}: {label} {s}-{e} {text[s:e]!r}")
    items_l, items_r = record_items(left["record"]), record_items(right["record"])
    for name in FIELDS:
        for side, a, b in (("left only", items_l, items_r), ("right only", items_r, items_l)):
            for item in sorted((a[name] - b[name]).elements(), key=str):
                out.append(f"  {name} {side}: {item}")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--left", default="ann/A")
    parser.add_argument("--right", default="ann/B")
    parser.add_argument("--diff", nargs="*", help="print the disagreements of these documents (all if none named)")
    args = parser.parse_args(argv)
    left, right = load(HERE / args.left), load(HERE / args.right)
    ids = sorted(set(left) & set(right))
    if args.diff is not None:
        for doc_id in args.diff or ids:
            print(f"{doc_id}:\n{diff(left[doc_id], right[doc_id]) or '  (no disagreement)'}")
        return 0
    docs = load(HERE / "docs")
    for genre in ("news", "statute"):
        some = [i for i in ids if docs[i]["genre"] == genre]
        if some:
            print(table(left, right, some, f"{args.left} vs {args.right}, {genre}") + "\n")
    print(table(left, right, ids, f"{args.left} vs {args.right}, all"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
