"""pandas: records as DataFrames, one per table, and records of a DataFrame's texts.

The frames are the tables of ``lawner extract --format parquet`` (:mod:`lawner.batch.tables`),
made through Arrow with the tables' fixed schemas, so their dtypes do not depend on the data:
``amount`` is float64 even when every amount is whole, and an empty table or an all-null
column has the same dtypes as a full one. pandas is imported only when a function here is called.

>>> import pandas as pd, lawner
>>> df = pd.DataFrame({"text": ["A fine of up to 200 MCI under Article 366."]})
>>> frames = lawner.extract_frame(df, rules_only=True)
>>> frames["penalties"][["doc_id", "kind", "amount", "article"]].to_dict("records")
[{'doc_id': '0', 'kind': 'fine', 'amount': 200.0, 'article': '366'}]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .batch.tables import to_arrow
from .errors import Messages
from .extract import extract_many
from .records import Record

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from spacy.language import Language

# pandas' own names (``pandas.read_parquet(dtype_backend=...)``); None is NumPy dtypes (NaN for null)
DTYPE_BACKENDS = (None, "numpy_nullable", "pyarrow")


def to_frames(records: Iterable[Record | dict], *, dtype_backend: str | None = None) -> dict[str, pd.DataFrame]:
    """Table name -> DataFrame (``documents``, ``articles``, ``penalties``, ``dates``,
    ``officials``, ``laws``), from records or their dicts (JSONL lines), every table there
    even when it has no rows.

    ``dtype_backend`` as in pandas' readers: None (the default) gives NumPy dtypes (float64 with
    NaN for a missing amount or confidence, int64 offsets and counts); ``"numpy_nullable"``
    pandas' nullable dtypes (``Float64``, ``Int64``, ``string``); ``"pyarrow"`` ``ArrowDtype``.
    """
    mapper = _types_mapper(dtype_backend)
    return {name: table.to_pandas(types_mapper=mapper) for name, table in to_arrow(records).items()}


def _types_mapper(dtype_backend: str | None):
    """The ``types_mapper`` of ``pyarrow.Table.to_pandas`` for a pandas ``dtype_backend``."""
    if dtype_backend not in DTYPE_BACKENDS:
        raise ValueError(Messages.DTYPE_BACKEND.format(value=dtype_backend, choices=DTYPE_BACKENDS))
    if dtype_backend is None:
        return None
    import pandas as pd

    if dtype_backend == "pyarrow":
        return pd.ArrowDtype
    nullable = _nullable_dtypes()
    return lambda arrow: nullable.get(arrow)


def _nullable_dtypes() -> dict[pa.DataType, Any]:
    import pandas as pd
    import pyarrow as pa

    return {
        pa.int64(): pd.Int64Dtype(),
        pa.float64(): pd.Float64Dtype(),
        pa.string(): pd.StringDtype(),
        pa.bool_(): pd.BooleanDtype(),
    }


def extract_frame(
    df: pd.DataFrame,
    text_column: str = "text",
    *,
    id_column: str | None = None,
    reference_date_column: str | None = None,
    reference_date: str | dt.date | None = None,
    nlp: Language | None = None,
    rules_only: bool = False,
    batch_size: int = 16,
    statute=None,
    dtype_backend: str | None = None,
) -> dict[str, pd.DataFrame]:
    """The records of a DataFrame's texts as DataFrames, one per table (:func:`to_frames`).

    Each row's ``doc_id`` is its ``id_column`` value, else its index label, as a string: join
    back with ``df.index.astype(str)``. ``reference_date_column`` gives each row its own
    reference date (ISO strings, dates or timestamps; a missing one falls back to
    ``reference_date``). A missing or non-string text gives an error record (the ``error``
    column of ``documents``), not an exception. ``nlp``, ``rules_only``, ``batch_size`` and
    ``statute`` are those of :func:`lawner.extract_many`.
    """
    ids = df[id_column] if id_column is not None else df.index
    refs = df[reference_date_column] if reference_date_column is not None else [None] * len(df)
    triples = zip(df[text_column], (_id(v) for v in ids), (_missing_as_none(v) for v in refs), strict=True)
    records = extract_many(
        triples, reference_date=reference_date, nlp=nlp, rules_only=rules_only, batch_size=batch_size, statute=statute
    )
    return to_frames(records, dtype_backend=dtype_backend)


def _missing_as_none(value: Any) -> Any:
    """None for pandas' missing values (None, NaN, NaT, NA), else the value."""
    import pandas as pd

    if isinstance(value, str):
        return value
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # not a scalar (a list): not missing
        return value


def _id(value: Any) -> str | None:
    value = _missing_as_none(value)
    return None if value is None else str(value)
