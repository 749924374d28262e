"""Check the inline marks of annotations/src/*.md files (used while writing documents).

Usage: python annotations/check_src.py annotations/src/FILE.md
"""

import re
import sys

LABELS = {"ARTICLE", "LAW", "PENALTY", "DATE", "OFFICIAL", "TITLE", "ORG"}
HEADER = re.compile(r"^### (\S+) (\S+)\s*$")
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")


def main(path: str) -> int:
    docs, spans, errors, ids = 0, 0, [], set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        m = HEADER.match(line)
        if m:
            docs += 1
            if m.group(1) in ids:
                errors.append(f"{n}: duplicate id {m.group(1)}")
            ids.add(m.group(1))
            continue
        for mark in MARK.finditer(line):
            spans += 1
            text, label = mark.groups()
            if label not in LABELS:
                errors.append(f"{n}: unknown label {label}")
            if text != text.strip():
                errors.append(f"{n}: span has outer whitespace: {text!r}")
        rest = MARK.sub("", line)
        if "[[" in rest or "]]" in rest or "|" in rest:
            errors.append(f"{n}: broken mark: {line.strip()[:120]}")
    print(f"{docs} documents, {spans} spans, {len(errors)} errors")
    print("\n".join(errors[:50]))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
