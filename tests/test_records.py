"""The record: its JSON shape, linking, and the shared real-world example."""

import json

import pytest
from conftest import SHARED

import lawner
from lawner.records import Record

REF = "2025-08-21"
KEYS = {"id", "articles", "penalties", "dates", "officials", "laws", "warnings", "reference_date"}
ARTICLE_KEYS = {"text", "start", "end", "number", "part", "code"}
PENALTY_KEYS = {"text", "start", "end", "kind", "amount", "amount_min", "unit", "bound", "article"}
DATE_KEYS = {"text", "start", "end", "value"}
OFFICIAL_KEYS = {"text", "start", "end", "name", "title", "organization"}

NEWS = (
    "Mazhilis Approves Tougher Penalties for Poaching\n"
    "The Mazhilis on 12 March approved amendments to Article 339 of the Criminal Code.\n"
    "Illegal hunting will be punishable by a fine of up to 3,000 MCI or correctional labour in the same amount, "
    "or imprisonment for up to three years.\n"
    "Minister of Ecology Yerlan Dzhakupov said the changes would take effect on January 1.\n"
    "Dzhakupov added that 1,200 cases were registered in 2024.\n"
)


def test_record_shape(rules_nlp):
    record = lawner.extract(NEWS, reference_date="2025-03-20", nlp=rules_nlp)
    data = record.to_dict()
    assert KEYS <= set(data)
    assert all(ARTICLE_KEYS <= set(a) for a in data["articles"])
    assert all(PENALTY_KEYS <= set(p) for p in data["penalties"])
    assert all(DATE_KEYS <= set(d) for d in data["dates"])
    assert all(OFFICIAL_KEYS <= set(o) for o in data["officials"])
    for group in ("articles", "penalties", "dates", "officials", "laws"):
        for item in data[group]:
            assert NEWS[item["start"] : item["end"]] == item["text"]
            assert 0 < item["confidence"] <= 1
    assert Record.from_dict(json.loads(json.dumps(data))).to_dict() == data


def test_linking_and_normalization(rules_nlp):
    record = lawner.extract(NEWS, reference_date="2025-03-20", nlp=rules_nlp)
    assert [(a.number, a.code) for a in record.articles] == [("339", "Criminal Code")]
    got = [(p.kind, p.amount, p.unit, p.bound, p.article, p.amount_kzt) for p in record.penalties]
    assert got == [
        ("fine", 3000, "MCI", "max", "339", 3000 * 3932),
        ("correctional_labor", 3000, "MCI", "max", "339", 3000 * 3932),
        ("imprisonment", 3, "years", "max", "339", None),
    ]
    assert [d.value for d in record.dates] == ["2025-03-12", "2026-01-01", "2024"]
    assert [(o.name, o.title, o.organization) for o in record.officials] == [
        ("Yerlan Dzhakupov", "Minister of Ecology", "Ministry of Ecology")
    ]


def test_statute_penalties_link_to_their_heading(rules_nlp):
    text = (
        "Article 120. Rape\n1. Rape -\nshall be punished by imprisonment for a term of five to ten years.\n"
        "Article 121. Violent acts of a sexual nature\n1. Such acts -\n"
        "shall be punished by imprisonment for a term of three to eight years.\n"
    )
    record = lawner.extract(
        text,
        nlp=rules_nlp,
    )
    assert [(p.article, p.amount_min, p.amount) for p in record.penalties] == [("120", 5, 10), ("121", 3, 8)]


def test_no_reference_date(rules_nlp):
    record = lawner.extract("The fine of 50 MCI applies from August 20.", nlp=rules_nlp)
    assert record.penalties[0].amount_kzt is None
    assert record.dates[0].value == "XXXX-08-20"
    assert record.warnings


def test_empty_document(rules_nlp):
    record = lawner.extract("   \n ", nlp=rules_nlp)
    assert record.to_dict()["penalties"] == [] and record.error is None


def test_bad_reference_date(rules_nlp):
    with pytest.raises(lawner.InputError):
        lawner.extract("text", reference_date="21/08/2025", nlp=rules_nlp)


EXAMPLE = SHARED / "examples" / "stalking_law_news.txt"


@pytest.mark.skipif(not EXAMPLE.exists(), reason="../shared/examples is not here")
@pytest.mark.parametrize("pipeline", ["rules_nlp", "full_nlp"])
def test_shared_example_record(request, pipeline):
    """The record of the shared news article holds exactly the expected values."""
    nlp = request.getfixturevalue(pipeline)
    expected = json.loads((SHARED / "examples" / "stalking_law_news.expected.json").read_text())
    record = lawner.extract(EXAMPLE.read_text(encoding="utf-8"), reference_date=REF, nlp=nlp).to_dict()
    assert [{k: a[k] for k in ("number", "part", "code")} for a in record["articles"]] == expected["articles"]
    assert [{k: p[k] for k in ("kind", "amount", "unit", "bound", "article")} for p in record["penalties"]] == expected[
        "penalties"
    ]
    assert [{"value": d["value"]} for d in record["dates"]] == expected["dates"]
    assert record["officials"] == expected["officials"]
