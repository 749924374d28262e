"""Every record of the real corpus's documents and the authored corpus, as JSON lines.

    python scripts/dump_records.py OUT.jsonl [--rules-only] [--runtime onnx|torch] [--no-skip-sentences]

Run it before and after a change that must not change records, and diff the two files. The
real documents get their "published" date as the reference date; the authored ones none.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def items() -> list[tuple[str, str, str | None]]:
    from lawner.corpus import SPLITS, default_dir, read

    out = []
    for path in sorted(glob.glob(str(ROOT / "annotations/real/docs/*.json"))):
        doc = json.loads(Path(path).read_text("utf-8"))
        out.append((doc["text"], f"real/{doc['id']}", doc.get("published")))
    for split in SPLITS:
        for e in read(default_dir() / f"{split}.jsonl"):
            out.append((e.text, f"authored/{split}/{e.id}", None))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--runtime", default=None)
    parser.add_argument("--no-skip-sentences", action="store_true", help="the head reads every sentence")
    args = parser.parse_args()
    import lawner

    kwargs = {"runtime": args.runtime} if args.runtime else {}
    if args.no_skip_sentences:
        kwargs["skip_sentences"] = False
    nlp = lawner.load(rules_only=args.rules_only, **kwargs)
    docs = items()
    start = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as f:
        for record in lawner.extract_many(docs, nlp=nlp):
            f.write(json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(docs)} records in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
