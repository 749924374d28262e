"""Hugging Face ``datasets``: the features of a record, and records of a dataset's texts.

:func:`features` is the record's Arrow schema (:func:`lawner.batch.tables.record_schema`, made
from the record types) as ``datasets.Features``: every batch of a ``Dataset.map`` gets the same
types, so a batch whose amounts are all whole and a later one with 5.5 (or the first error
record) write to the same columns. ``datasets`` is imported only when a function here is called.

>>> from datasets import Dataset
>>> import lawner.hf
>>> texts = Dataset.from_dict({"text": ["A fine of up to 200 MCI under Article 366."]})
>>> records = lawner.hf.map_records(texts, rules_only=True)
>>> records[0]["penalties"][0]["amount"], records[0]["id"]
(200.0, '0')

By hand, with ``Dataset.map`` (the record's columns replace the dataset's):

>>> records = texts.map(lawner.hf.extract_batch, batched=True, with_indices=True,
...     fn_kwargs={"rules_only": True}, features=lawner.hf.features(), remove_columns=texts.column_names)
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .batch.tables import record_schema, record_table
from .extract import extract_many

if TYPE_CHECKING:
    from datasets import Dataset, DatasetDict, Features
    from spacy.language import Language


def features() -> Features:
    """The ``datasets.Features`` of a record: its fields (``error`` and ``text`` null when unset),
    items as lists of structs; offsets int64, amounts and confidences float64."""
    from datasets import Features

    return Features.from_arrow_schema(record_schema())


def extract_batch(
    batch: dict[str, list],
    indices: list[int] | None = None,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    reference_date_column: str | None = None,
    reference_date: str | dt.date | None = None,
    nlp: Language | None = None,
    rules_only: bool = False,
    batch_size: int = 16,
    statute=None,
) -> dict[str, list]:
    """The records of a batch of rows, as columns of :func:`features` (for ``Dataset.map(...,
    batched=True)``).

    A record's id is its row's ``id_column`` value, else its row index (``with_indices=True``),
    else a hash of its text. ``reference_date_column`` gives each row its own reference date
    (falling back to ``reference_date`` where it is None). A missing text gives an error record.
    ``nlp``, ``rules_only``, ``batch_size`` and ``statute`` are those of :func:`lawner.extract_many`.
    """
    texts = batch[text_column]
    if id_column is not None:
        ids: list[Any] = batch[id_column]
    else:
        ids = indices if indices is not None else [None] * len(texts)
    refs = batch[reference_date_column] if reference_date_column is not None else [None] * len(texts)
    triples = zip(texts, (None if i is None else str(i) for i in ids), refs, strict=True)
    records = extract_many(
        triples, reference_date=reference_date, nlp=nlp, rules_only=rules_only, batch_size=batch_size, statute=statute
    )
    # through Arrow, so each value has its declared type (a whole amount is a float) even where
    # ``features`` is not given to ``Dataset.map``
    return record_table(records).to_pydict()


def map_records(
    dataset: Dataset | DatasetDict,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    reference_date_column: str | None = None,
    reference_date: str | dt.date | None = None,
    nlp: Language | None = None,
    rules_only: bool = False,
    batch_size: int = 256,
    statute=None,
    **map_kwargs: Any,
) -> Dataset | DatasetDict:
    """A dataset of records, one per row of ``dataset`` and in its order, with :func:`features`.

    ``batch_size`` rows go to the pipeline at a time; ``map_kwargs`` go to ``Dataset.map``
    (``num_proc``, ``desc``, ``cache_file_name``, ...). The dataset's own columns are not kept:
    a record's id is its row's ``id_column`` value, else its row index, to join on. The other
    arguments are those of :func:`extract_batch`. A ``DatasetDict`` gives one, split by split.
    """
    from datasets import DatasetDict
    from datasets.fingerprint import generate_random_fingerprint

    settings = {
        "text_column": text_column,
        "id_column": id_column,
        "reference_date_column": reference_date_column,
        "reference_date": reference_date,
        "rules_only": rules_only,
        "statute": statute,
    }
    if isinstance(dataset, DatasetDict):
        return DatasetDict(
            {
                split: map_records(part, nlp=nlp, batch_size=batch_size, **settings, **map_kwargs)
                for split, part in dataset.items()
            }
        )
    if nlp is not None:
        settings["nlp"] = nlp
        # a pipeline is too big to hash for the cache fingerprint (and its hash says little)
        map_kwargs.setdefault("new_fingerprint", generate_random_fingerprint())
    return dataset.map(
        extract_batch,
        batched=True,
        batch_size=batch_size,
        with_indices=True,
        fn_kwargs=settings,
        features=features(),
        remove_columns=dataset.column_names,
        **map_kwargs,
    )
