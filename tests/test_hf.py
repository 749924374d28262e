"""Hugging Face datasets (issue 12, item 6): ``lawner.hf.features()`` and records by ``Dataset.map``,
whose batches all get the declared types (a batch of whole amounts, then one with 5.5)."""

from __future__ import annotations

import pytest

import lawner.hf
from lawner.records import Record, json_schema

datasets = pytest.importorskip("datasets")

# whole amounts in the first batches, fractional ones and error records (no text) only later
SHORT = [
    "A fine of up to 200 MCI under Article 366.",
    "The court fined the driver 20 MCI on March 3.",
    "Weather: sunny, up to 30 degrees.",
]
LATE = ["The court fined him 5.5 MCI.", None]


def texts(n: int = 1000) -> list[str | None]:
    """``n`` short texts: the first half from SHORT, the second half from SHORT and LATE."""
    half = n // 2
    return [SHORT[i % len(SHORT)] for i in range(half)] + [(SHORT + LATE)[i % 5] for i in range(n - half)]


def test_features_are_the_records():
    """features() has the record's keys, in to_dict() order, and the JSON Schema's types."""
    features = lawner.hf.features()
    assert list(features) == list(json_schema()["properties"])
    assert list(features) == list(Record("x", error="e", text="t").to_dict())
    penalty = features["penalties"].feature
    assert (penalty["amount"].dtype, penalty["amount_kzt"].dtype, penalty["confidence"].dtype) == ("float64",) * 3
    assert (penalty["start"].dtype, penalty["kind"].dtype, features["error"].dtype) == ("int64", "string", "string")
    assert features["warnings"].feature.dtype == "string"


def test_map_over_1000_texts(rules_nlp):
    """Issue 12: Dataset.map failed on its second batch (an amount of 5.5 after whole ones)."""
    dataset = datasets.Dataset.from_dict({"text": texts(), "source": ["feed"] * 1000})
    records = dataset.map(
        lawner.hf.extract_batch,
        batched=True,
        batch_size=100,
        with_indices=True,
        fn_kwargs={"nlp": rules_nlp},
        features=lawner.hf.features(),
        remove_columns=dataset.column_names,
        new_fingerprint="test_map_over_1000_texts",  # the pipeline is not hashed
    )
    assert records.features == lawner.hf.features()
    assert records.num_rows == 1000 and records["id"][:3] == ["0", "1", "2"]
    amounts = [p["amount"] for row in records["penalties"] for p in row]
    assert 5.5 in amounts and 200.0 in amounts
    errors = [e for e in records["error"] if e is not None]
    assert len(errors) == 100 and errors[0].startswith("expected the document as str")


def test_map_records(rules_nlp):
    dataset = datasets.Dataset.from_dict(
        {"body": texts(200), "url": [f"u{i}" for i in range(200)], "day": ["2025-08-21"] * 100 + [None] * 100}
    )
    records = lawner.hf.map_records(
        dataset, text_column="body", id_column="url", reference_date_column="day", nlp=rules_nlp, batch_size=50
    )
    assert records.features == lawner.hf.features()
    assert records["id"] == [f"u{i}" for i in range(200)]
    assert records["reference_date"] == ["2025-08-21"] * 100 + [None] * 100
    by_split = lawner.hf.map_records(
        datasets.DatasetDict({"train": dataset, "test": dataset.select(range(5))}), text_column="body", rules_only=True
    )
    assert {split: part.num_rows for split, part in by_split.items()} == {"train": 200, "test": 5}
    assert by_split["test"]["id"] == ["0", "1", "2", "3", "4"]


def test_extract_batch_gives_typed_values(rules_nlp):
    """A whole amount comes out as a float even where Dataset.map is given no features."""
    batch = lawner.hf.extract_batch({"text": [SHORT[0]]}, nlp=rules_nlp)
    assert list(batch) == list(lawner.hf.features())
    assert isinstance(batch["penalties"][0][0]["amount"], float)
    assert batch["error"] == [None] and len(batch["id"][0]) > 0  # no index, no id column: a hash of the text
