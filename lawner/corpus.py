"""lawner's annotated corpus: build it from the authored sources, read it, convert it.

Sources are ``annotations/src/*.md``: a line ``### <id> <genre>`` starts each document, and
entities are marked inline as ``[[span text|LABEL]]``. :func:`build` turns them into
``annotations/corpus/{train,dev,test}.jsonl`` (the split is a fixed hash of the id), which is
what training, evaluation and the tests read. Run it as ``python -m lawner.corpus build``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("ARTICLE", "LAW", "PENALTY", "DATE", "OFFICIAL", "TITLE", "ORG")
SPLITS = ("train", "dev", "test")
_HEADER = re.compile(r"^### (\S+) (\S+)\s*$")
_MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")


@dataclass
class Example:
    """One annotated document: text and character spans ``(start, end, label)``."""

    id: str
    genre: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "genre": self.genre,
            "text": self.text,
            "spans": [{"start": s, "end": e, "label": lab} for s, e, lab in self.spans],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Example:
        return cls(
            data["id"], data.get("genre", ""), data["text"], [(s["start"], s["end"], s["label"]) for s in data["spans"]]
        )


def parse_source(text: str) -> Iterator[Example]:
    """The documents of one source file, marks turned into character spans."""
    current: list[str] = []
    header: tuple[str, str] | None = None

    def flush() -> Example | None:
        if header is None:
            return None
        return _unmark(header[0], header[1], "\n".join(current).strip("\n"))

    for line in text.splitlines():
        m = _HEADER.match(line)
        if m:
            example = flush()
            if example is not None:
                yield example
            header, current = (m.group(1), m.group(2)), []
        else:
            current.append(line.rstrip())
    example = flush()
    if example is not None:
        yield example


def _unmark(doc_id: str, genre: str, marked: str) -> Example:
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        span_text, label = m.group(1), m.group(2)
        spans.append((length, length + len(span_text), label))
        out.append(span_text)
        length += len(span_text)
        pos = m.end()
    out.append(marked[pos:])
    return Example(doc_id, genre, "".join(out), spans)


def split_of(doc_id: str) -> str:
    """The split a document belongs to: 80% train, 10% dev, 10% test, fixed by its id."""
    bucket = int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def build(src: Path, out: Path) -> dict[str, int]:
    """Write ``out/{train,dev,test}.jsonl`` from ``src/*.md``; return documents per split."""
    out.mkdir(parents=True, exist_ok=True)
    by_split: dict[str, list[Example]] = {s: [] for s in SPLITS}
    for path in sorted(src.glob("*.md")):
        for example in parse_source(path.read_text("utf-8")):
            by_split[split_of(example.id)].append(example)
    for split, examples in by_split.items():
        with open(out / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for example in examples:
                f.write(json.dumps(example.to_dict(), ensure_ascii=False) + "\n")
    return {s: len(e) for s, e in by_split.items()}


def read(path: Path | str) -> list[Example]:
    """The examples of one JSONL split file."""
    with open(path, encoding="utf-8") as f:
        return [Example.from_dict(json.loads(line)) for line in f if line.strip()]


def repo_root() -> Path:
    """The source checkout lawner is imported from."""
    return Path(__file__).resolve().parent.parent


def default_dir() -> Path:
    """``annotations/corpus`` of the source checkout lawner is imported from."""
    return repo_root() / "annotations" / "corpus"


def validate(example: Example, tokenize=None) -> list[str]:
    """Problems with one example: offsets, overlaps, labels, outer whitespace, token boundaries."""
    problems = []
    last_end = -1
    for start, end, label in sorted(example.spans):
        where = f"{example.id} [{start}:{end}] {label}"
        if label not in LABELS:
            problems.append(f"{where}: unknown label")
        if not 0 <= start < end <= len(example.text):
            problems.append(f"{where}: offsets outside the text")
            continue
        span = example.text[start:end]
        if span != span.strip():
            problems.append(f"{where}: outer whitespace {span!r}")
        if start < last_end:
            problems.append(f"{where}: overlaps the span before it")
        last_end = max(last_end, end)
    if tokenize is not None:
        doc = tokenize(example.text)
        for start, end, label in example.spans:
            if doc.char_span(start, end) is None:
                problems.append(
                    f"{example.id} [{start}:{end}] {label}: not on token boundaries ({example.text[start:end]!r})"
                )
    return problems


def to_docbin(examples: Iterable[Example], nlp):
    """A spaCy ``DocBin`` of the examples (entities in ``doc.ents``)."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for example in examples:
        doc = nlp.make_doc(example.text)
        ents = [doc.char_span(s, e, label=lab, alignment_mode="expand") for s, e, lab in example.spans]
        doc.ents = [e for e in ents if e is not None]
        db.add(doc)
    return db


def to_dataset(examples: Iterable[Example]):
    """A Hugging Face ``datasets.Dataset`` with columns id, genre, text, spans."""
    from datasets import Dataset

    rows = [e.to_dict() for e in examples]
    return Dataset.from_list(rows)


def stats(examples: Iterable[Example]) -> Counter:
    counts: Counter = Counter()
    for example in examples:
        counts["documents"] += 1
        for _, _, label in example.spans:
            counts[label] += 1
            counts["spans"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parent.parent / "annotations"
    if argv[:1] == ["build"]:
        counts = build(root / "src", root / "corpus")
        print(json.dumps(counts))
        return 0
    if argv[:1] == ["stats"]:
        for split in SPLITS:
            print(split, dict(stats(read(root / "corpus" / f"{split}.jsonl"))))
        return 0
    print("usage: python -m lawner.corpus build|stats", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())


# ---------------------------------------------------------------- the real-text corpus


@dataclass
class RealExample(Example):
    """A real document of ``annotations/real``: its gold spans and the record a perfect
    extractor gives, with its publication date (the reference date) and source."""

    record: dict = field(default_factory=dict)
    published: str | None = None
    url: str = ""


def real_dir() -> Path:
    """The real-text corpus: ``annotations/real`` of a source checkout."""
    return Path(__file__).resolve().parent.parent / "annotations" / "real"


_REAL_MARK = _MARK


def read_real(split: str | None = None, root: Path | None = None) -> list[RealExample]:
    """The adjudicated documents of the real corpus (``gold/``), in ``split`` if given
    (``split.json`` names each document's split)."""
    root = root or real_dir()
    splits = json.loads((root / "split.json").read_text("utf-8"))
    ids = (
        sorted(splits["documents"])
        if split is None
        else sorted(i for i, s in splits["documents"].items() if s == split)
    )
    out = []
    for doc_id in ids:
        doc = json.loads((root / "docs" / f"{doc_id}.json").read_text("utf-8"))
        gold = json.loads((root / "gold" / f"{doc_id}.json").read_text("utf-8"))
        example = _unmark(doc_id, doc["genre"], gold["marked"])
        if example.text != doc["text"]:
            raise ValueError(f"{doc_id}: the gold marks do not give back the document's text")
        out.append(
            RealExample(
                doc_id, doc["genre"], doc["text"], example.spans, gold["record"], doc.get("published"), doc["url"]
            )
        )
    return out
