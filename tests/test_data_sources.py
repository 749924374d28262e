"""The real-text fixtures in ``tests/data`` are what ``tests/data/sources.json`` says they are:
verbatim pieces of documents of the real corpus (``annotations/real/docs``), at the stated
offsets, from its train split, and none from the held-out articles (Criminal Code 300-399,
Code on Administrative Offences 600-699). The statute samples in ``../shared`` are never copied
into the project; these pieces stand in for them."""

import json

import pytest


@pytest.fixture(scope="module")
def sources(data_dir):
    return json.loads((data_dir / "sources.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def doc(root):
    """``doc(id)``: a document of the real corpus."""
    return lambda doc_id: json.loads((root / "annotations" / "real" / "docs" / f"{doc_id}.json").read_text("utf-8"))


def test_each_piece_is_verbatim_from_its_document(sources, data_dir, doc):
    files = {}
    for row in sources:
        text = files.setdefault(row["file"], (data_dir / row["file"]).read_text(encoding="utf-8"))
        assert text[row["start"] : row["end"]] == doc(row["doc"])["text"][row["doc_start"] : row["doc_end"]], row
    for name, text in files.items():  # the pieces cover each file, in order, and nothing else
        rows = [r for r in sources if r["file"] == name]
        assert [r["start"] for r in rows] == [0] + [r["end"] for r in rows[:-1]] and rows[-1]["end"] == len(text)


def test_pieces_are_from_the_train_split_and_not_held_out(sources, root, doc):
    split = json.loads((root / "annotations" / "real" / "split.json").read_text("utf-8"))["documents"]
    for row in sources:
        assert split[row["doc"]] == "train", row["doc"]
        if "article" in row:
            number = int(row["article"].split("-")[0])
            held_out = range(300, 400) if row["code"] == "Criminal Code" else range(600, 700)
            assert number not in held_out and doc(row["doc"])["code"] == row["code"], row["doc"]


def test_news_expectations_are_the_adjudicated_records(data_dir, root, doc):
    """Each ``news_real_<id>.expected.json`` holds the record values of ``annotations/real/gold/<id>.json``."""
    paths = sorted(data_dir.glob("news_real_*.expected.json"))
    assert paths
    for path in paths:
        doc_id = path.name.removeprefix("news_real_").removesuffix(".expected.json")
        expected = json.loads(path.read_text("utf-8"))
        gold = json.loads((root / "annotations" / "real" / "gold" / f"{doc_id}.json").read_text("utf-8"))
        record = gold["record"]
        assert expected["reference_date"] == doc(doc_id)["published"]
        assert expected["articles"] == [{k: a[k] for k in ("number", "part", "code")} for a in record["articles"]]
        keys = ("kind", "amount", "amount_min", "unit", "bound", "article")
        assert expected["penalties"] == [{k: p[k] for k in keys} for p in record["penalties"]]
        assert expected["dates"] == [{"value": d["value"]} for d in record["dates"]]
        assert expected["officials"] == record["officials"]
