"""Check an annotations/src/*.md file while writing it: marks, labels, ids, span boundaries.

Usage: python annotations/check_src.py annotations/src/FILE.md
(The same parser and checks as ``python -m lawner.corpus build`` and tests/test_corpus.py.)
"""

import re
import sys
from collections import Counter

from lawner.corpus import parse_source, validate
from lawner.pipeline import blank


def main(path: str) -> int:
    text = open(path, encoding="utf-8").read()
    examples = list(parse_source(text))
    nlp = blank()
    errors = [p for e in examples for p in validate(e, nlp.make_doc)]
    ids = Counter(e.id for e in examples)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    leftover = [e.id for e in examples if re.search(r"\[\[|\]\]|\|", e.text)]
    errors += [f"{i}: broken mark" for i in leftover]
    print(f"{len(examples)} documents, {sum(len(e.spans) for e in examples)} spans, {len(errors)} errors")
    print("\n".join(errors[:50]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
