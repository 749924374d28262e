"""pandas (issue 12, item 6): ``lawner.to_frames`` and ``lawner.extract_frame``, with the tables'
fixed dtypes whatever the data."""

from __future__ import annotations

import datetime as dt

import pytest

import lawner
from lawner.batch.tables import TABLES, arrow_schema
from lawner.records import Penalty, Record

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

WHOLE = [Record("a", penalties=[Penalty("fine of 200 MCI", 0, 15, 1.0, "fine", amount=200, unit="MCI")])]
FRACTION = [Record("b", penalties=[Penalty("fine of 5.5 MCI", 0, 15, None, "fine", amount=5.5, unit="MCI")])]


def dtypes(frames):
    return {table: frame.dtypes.to_dict() for table, frame in frames.items()}


@pytest.mark.parametrize("dtype_backend", [None, "numpy_nullable", "pyarrow"])
def test_dtypes_do_not_depend_on_the_data(dtype_backend):
    """Whole amounts, a fractional one, no records at all: the same dtypes, those of the schema."""
    runs = [lawner.to_frames(records, dtype_backend=dtype_backend) for records in (WHOLE, FRACTION, [])]
    assert dtypes(runs[0]) == dtypes(runs[1]) == dtypes(runs[2])
    for table in TABLES:
        assert list(runs[2][table].columns) == arrow_schema(table).names
        back = pa.Table.from_pandas(runs[0][table], schema=arrow_schema(table), preserve_index=False)
        assert back.schema.remove_metadata() == arrow_schema(table)


@pytest.mark.parametrize(
    ("dtype_backend", "amount", "start"),
    [
        (None, "float64", "int64"),
        ("numpy_nullable", "Float64", "Int64"),
        ("pyarrow", "double[pyarrow]", "int64[pyarrow]"),
    ],
    ids=["numpy", "numpy_nullable", "pyarrow"],
)
def test_dtype_backends(dtype_backend, amount, start):
    penalties = lawner.to_frames(WHOLE, dtype_backend=dtype_backend)["penalties"]
    assert (str(penalties["amount"].dtype), str(penalties["start"].dtype)) == (amount, start)
    assert penalties["amount"].tolist() == [200.0]


def test_a_bad_dtype_backend():
    with pytest.raises(ValueError, match="dtype_backend must be one of"):
        lawner.to_frames(WHOLE, dtype_backend="numpy")


def test_extract_frame(rules_nlp):
    df = pd.DataFrame(
        {
            "body": [
                "A fine of up to 200 MCI under Article 366 of the Criminal Code.",
                "The court fined him 5.5 MCI on March 3.",
                None,
            ],
            "url": ["u1", "u2", "u3"],
            "published": [dt.date(2025, 8, 21), None, "2024-01-02"],
        },
        index=[10, 11, 12],
    )
    frames = lawner.extract_frame(df, "body", reference_date_column="published", nlp=rules_nlp)
    documents = frames["documents"]
    assert documents["doc_id"].tolist() == ["10", "11", "12"]  # the index, as strings
    assert documents["reference_date"].tolist()[0] == "2025-08-21"
    assert documents["error"].isna().tolist() == [True, True, False]
    penalties = frames["penalties"]
    assert penalties[["doc_id", "amount"]].to_dict("records") == [
        {"doc_id": "10", "amount": 200.0},
        {"doc_id": "11", "amount": 5.5},
    ]
    assert penalties["article"][0] == "366" and pd.isna(penalties["article"][1])
    assert frames["dates"]["doc_id"].tolist() == ["11"]  # "March 3", with no reference date: XXXX-03-03
    assert frames["dates"]["value"].tolist() == ["XXXX-03-03"]
    by_url = lawner.extract_frame(df, "body", id_column="url", nlp=rules_nlp, reference_date="2025-08-21")
    assert by_url["documents"]["doc_id"].tolist() == ["u1", "u2", "u3"]
    assert by_url["dates"]["value"].tolist() == ["2025-03-03"]


def test_extract_frame_reference_dates_per_row(rules_nlp):
    """A row's own reference date wins over the frame-wide one; a missing one (None, NaT) falls
    back to it; a bad one gives that row an error record."""
    df = pd.DataFrame(
        {
            "text": ["Fined on March 3."] * 4,
            "ref": pd.Series([pd.Timestamp("2024-05-01"), pd.NaT, None, "not a date"], dtype=object),
        }
    )
    frames = lawner.extract_frame(df, reference_date_column="ref", reference_date="2023-06-01", nlp=rules_nlp)
    assert frames["documents"]["reference_date"].tolist()[:3] == ["2024-05-01", "2023-06-01", "2023-06-01"]
    assert frames["dates"]["value"].tolist() == ["2024-03-03", "2023-03-03", "2023-03-03"]
    assert frames["documents"]["error"].tolist()[3].startswith("invalid input: reference date must be an ISO date")


def test_empty_frame():
    frames = lawner.extract_frame(pd.DataFrame({"text": []}), rules_only=True)
    assert sorted(frames) == sorted(TABLES) and all(len(f) == 0 for f in frames.values())
    assert str(frames["penalties"]["amount"].dtype) == "float64"
