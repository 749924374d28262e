"""The annotated corpus: every line valid, splits fixed, sizes as promised, conversions work."""

import pytest

from lawner.corpus import (
    LABELS,
    SPLITS,
    default_dir,
    parse_source,
    read,
    split_of,
    stats,
    to_dataset,
    to_docbin,
    validate,
)
from lawner.pipeline import blank

SRC = default_dir().parent / "src"


@pytest.fixture(scope="module")
def corpus():
    return {s: read(default_dir() / f"{s}.jsonl") for s in SPLITS}


def test_every_example_is_valid(corpus):
    nlp = blank()
    problems = [p for examples in corpus.values() for e in examples for p in validate(e, nlp.make_doc)]
    assert problems == []


def test_size_and_labels(corpus):
    everything = [e for examples in corpus.values() for e in examples]
    counts = stats(everything)
    assert counts["documents"] >= 400 and counts["spans"] >= 4000
    assert all(counts[label] >= 100 for label in LABELS)
    assert len({e.id for e in everything}) == len(everything)


def test_splits_are_fixed_by_id(corpus):
    for split, examples in corpus.items():
        assert all(split_of(e.id) == split for e in examples)


def test_jsonl_is_built_from_the_sources(corpus):
    """annotations/corpus/*.jsonl is exactly what `python -m lawner.corpus build` makes of src/."""
    built = {e.id: e for path in sorted(SRC.glob("*.md")) for e in parse_source(path.read_text("utf-8"))}
    stored = {e.id: e for examples in corpus.values() for e in examples}
    assert built.keys() == stored.keys()
    assert all(built[k].to_dict() == stored[k].to_dict() for k in built)


def test_inline_marks_to_spans():
    (example,) = parse_source("### x-1 news\nA [[fine of 5 MCI|PENALTY]] under [[Article 9|ARTICLE]].\n")
    assert example.text == "A fine of 5 MCI under Article 9."
    assert [example.text[s:e] for s, e, _ in example.spans] == ["fine of 5 MCI", "Article 9"]


def test_conversions(corpus):
    examples = corpus["dev"][:5]
    db = to_docbin(examples, blank())
    assert len(db) == 5
    dataset = to_dataset(examples)
    assert dataset.num_rows == 5 and dataset[0]["text"] == examples[0].text
