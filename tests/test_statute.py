"""Statute mode (issue 14): an invented two-article code read into a sanctions table, the table's
files, and invented news claims checked against it. The real samples are scored by
``lawner evaluate --statute`` where they are present; these tests need nothing outside the repo."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

import lawner
from lawner import statute
from lawner.cli import main

DATA = Path(__file__).parent / "data"
CODE = DATA / "statute_code.txt"
EXPORT = DATA / "statute_export.txt"
REF = "2025-08-21"  # MCI 3,932 tenge


@pytest.fixture(scope="module")
def table() -> statute.StatuteTable:
    return statute.read(CODE, on="2025-01-01")


def rows(t: statute.StatuteTable) -> list[tuple]:
    return [
        (r.article, r.part, r.kind, r.amount_min, r.amount, r.unit, r.bound, r.additional, r.mandatory, r.main)
        for r in t.rows
    ]


def test_every_alternative_of_every_part(table):
    assert table.code == "Criminal Code"
    assert rows(table) == [
        ("7", "1", "fine", None, 200, "MCI", "max", False, None, None),
        ("7", "1", "community_service", None, 200, "hours", "max", False, None, None),
        ("7", "1", "arrest", None, 50, "days", "max", False, None, None),
        # "imprisonment for the same term"; the deprivation is added to the imprisonment before it
        ("7", "2", "restriction_of_freedom", None, 3, "years", "max", False, None, None),
        ("7", "2", "imprisonment", None, 3, "years", "max", False, None, None),
        ("7", "2", "deprivation_of_right", None, 3, "years", "max", True, True, 4),
        # "correctional labor in the same amount"; a sanction spread over two lines
        ("9", "1", "fine", None, 2000, "MCI", "max", False, None, None),
        ("9", "1", "correctional_labor", None, 2000, "MCI", "max", False, None, None),
        ("9", "1", "imprisonment", None, 2, "years", "max", False, None, None),
        # "with or without confiscation": an optional additional sanction
        ("9", "3", "imprisonment", 3, 7, "years", "range", False, None, None),
        ("9", "3", "other", None, None, None, "exact", True, False, 9),
    ]


def test_titles_parts_that_refer_back_and_excluded(table):
    assert table.titles == {"7": "Stalking", "9": "Fraud"}
    assert table.excluded == [("8", None), ("9", "2")]
    by_part = {(r.article, r.part): r for r in table.rows}
    assert by_part[("7", "2")].refers_to == "1"  # "The same act committed against a minor"
    assert by_part[("9", "3")].refers_to == "1"  # "Acts provided for by part one of this Article"
    assert by_part[("7", "1")].refers_to is None
    assert by_part[("7", "2")].offence == "The same act committed against a minor"
    assert by_part[("9", "1")].offence.startswith("Fraud, that is, theft of another's property by deception")


def test_mci_amounts_in_tenge_at_the_given_date(table):
    fine = table.rows[0]
    assert (fine.amount_kzt, fine.amount_min_kzt) == (200 * 3932, None)
    assert statute.read(CODE).rows[0].amount_kzt is None  # no date, no conversion


def test_the_export_layout_tiers_and_an_excluded_article():
    t = statute.read(EXPORT)
    assert t.code == "Code on Administrative Offences"
    assert t.titles == {"41": "Breach of the rules of keeping pets", "42": "Feeding of wild birds in city parks"}
    assert t.excluded == [("42", None)]
    assert [(r.part, r.kind, r.amount, r.subject, r.refers_to) for r in t.rows] == [
        ("1", "other", None, None, None),
        ("1", "fine", 5, "on individuals", None),
        ("1", "fine", 10, "on officials", None),
        ("1", "fine", 25, "on legal entities", None),  # "twenty – five"
        ("2", "fine", 30, None, "1"),
        ("2", "arrest", 5, None, "1"),
    ]


# adilet's export as it really runs: a header that cuts a sanction, a whole article placed out of
# order, an older wording left inside an offence, tiers whose subjects hold commas (invented text)
EXPORT_QUIRKS = """Section 1. Original section/article: 60. Source: Code of the Republic of Kazakhstan on Administrative Offences.
Breach of the rules of fishing
1. Breach of the rules of fishing, except for the cases provided for by
Section 2. Original section/article: 412. Source: Code of the Republic of Kazakhstan on Administrative Offences.
Article 412 of this Code, shall –
entail a fine of twenty monthly calculate indices or correctional works in te same amount.
2. The same action committed repeatedly, shall –
entail a fine of one hundred monthly calculation indices for individuals, two hundred for officials, small businesses or non-profit organizations, and five hundred for large businesses, together with the revocation of their licence.

Section 3. Original section/article: 190. Source: Code of the Republic of Kazakhstan on Administrative Offences.
Breach of the rules of hunting
1. Hunting without a permit –
shall result in a fine of thirty times the monthly reference rate.

Section 4. Original section/article: 61. Source: Code of the Republic of Kazakhstan on Administrative Offences.
Breach of the rules of keeping bees
1. The actions provided for by part one of Article 60 committed by an official shall be punished by a fine of ten monthly calculation indices, -
shall be punished by a fine of fifteen monthly calculation indices with life deprivation of the right to hold certain positions.
"""


def test_the_export_as_it_really_runs():
    t = statute.parse(EXPORT_QUIRKS)
    assert [(r.article, r.part, r.kind, r.amount, r.unit, r.additional, r.mandatory, r.main) for r in t.rows] == [
        # the cut header ("provided for by [412] Article 412") continues article 60; "calculate", "in te same"
        ("60", "1", "fine", 20, "MCI", False, None, None),
        ("60", "1", "correctional_labor", 20, "MCI", False, None, None),
        # a subject with commas; the licence revocation is added to the fine, not a tier
        ("60", "2", "fine", 100, "MCI", False, None, None),
        ("60", "2", "fine", 200, "MCI", False, None, None),
        ("60", "2", "fine", 500, "MCI", False, None, None),
        ("60", "2", "deprivation_of_right", None, None, True, True, 4),
        # a whole article out of order is its own, and the code's order resumes after it
        ("190", "1", "fine", 30, "MCI", False, None, None),
        # only the last clause of a part with an older wording inside its offence
        ("61", "1", "fine", 15, "MCI", False, None, None),
        ("61", "1", "deprivation_of_right", None, None, True, True, 7),
    ]
    assert t.titles["60"] == "Breach of the rules of fishing" and t.titles["190"] == "Breach of the rules of hunting"


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_table_files_round_trip(table, tmp_path, suffix):
    path = tmp_path / f"table{suffix}"
    table.write(path)
    back = statute.load(path)
    assert [asdict(r) for r in back.rows] == [asdict(r) for r in table.rows]
    assert back.titles == table.titles and back.code == table.code


def test_parquet_amounts_are_always_float(table, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    table.write(tmp_path / "t.parquet")
    schema = pq.read_schema(tmp_path / "t.parquet")
    assert str(schema.field("amount").type) == "double" and str(schema.field("additional").type) == "bool"


def test_rows_match_the_json_schema(table):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    schema = json.loads(resources.files("lawner").joinpath("data/sanction.schema.json").read_text("utf-8"))
    assert list(schema["properties"]) == statute.COLUMNS == schema["required"]
    for t in (table, statute.read(EXPORT)):
        for row in t.rows:
            jsonschema.validate(asdict(row), schema)
    bad = asdict(table.rows[0]) | {"kind": "flogging"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_bad_files(tmp_path):
    binary = tmp_path / "code.bin"
    binary.write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    with pytest.raises(lawner.InputError):
        statute.read(binary)
    with pytest.raises(lawner.InputError):
        statute.write([], tmp_path / "table.xlsx")


def test_cli_writes_the_table(tmp_path, capsys):
    out = tmp_path / "table.jsonl"
    assert main(["statute", str(CODE), "--out", str(out), "--date", "2025-01-01"]) == 0
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == 11 and lines[0]["amount_kzt"] == 200 * 3932
    assert "11 sanction alternatives in 2 articles of Criminal Code (2 excluded" in capsys.readouterr().err


# invented news claims against the fixture: (sentence, check, part)
CLAIMS = [
    # true claims
    ("Under Article 7 of the Criminal Code, stalking is punishable by a fine of up to 200 MCI.", "consistent", "1"),
    ("A court fined the man 150 MCI under Article 7 of the Criminal Code.", "consistent", "1"),
    ("He was sentenced to 40 days of arrest under Article 7 of the Criminal Code.", "consistent", "1"),
    ("He was ordered to do 120 hours of community service under Article 7 of the Criminal Code.", "consistent", "1"),
    (
        "Stalking a minor carries up to three years in prison under Part 2 of Article 7 of the Criminal Code.",
        "consistent",
        "2",
    ),
    ("He received 30 months in prison under Part 2 of Article 7 of the Criminal Code.", "consistent", "2"),
    ("Fraud under Article 9 of the Criminal Code is punishable by up to two years in prison.", "consistent", "1"),
    (
        "The group was sentenced to five years in prison under Part 3 of Article 9 of the Criminal Code.",
        "consistent",
        "3",
    ),
    ("The fine for fraud under Article 9 of the Criminal Code can reach 2,000 MCI.", "consistent", "1"),
    ("He was fined 500,000 tenge under Article 7 of the Criminal Code.", "consistent", "1"),  # 127 MCI
    # inflated claims
    ("Stalking is punishable by a fine of up to 500 MCI under Article 7 of the Criminal Code.", "exceeds_code", "1"),
    ("Stalking now carries up to five years in prison under Article 7 of the Criminal Code.", "exceeds_code", "2"),
    ("He faces up to 10 years in prison for fraud under Article 9 of the Criminal Code.", "exceeds_code", "3"),
    ("The court gave him 100 days of arrest under Article 7 of the Criminal Code.", "exceeds_code", "1"),
    ("The fraudster was fined 3,000 MCI under Article 9 of the Criminal Code.", "exceeds_code", "1"),
    ("He was fined 1,000,000 tenge under Article 7 of the Criminal Code.", "exceeds_code", "1"),  # 254 MCI
    # a term below the part's range
    ("The two got one year in prison under Part 3 of Article 9 of the Criminal Code.", "below_code", "3"),
    # wrong kinds
    (
        "Under Article 7 of the Criminal Code, stalking is punishable by correctional labour of up to 100 MCI.",
        "kind_not_in_article",
        None,
    ),
    (
        "Fraud under Article 9 of the Criminal Code is punishable by arrest for up to 30 days.",
        "kind_not_in_article",
        None,
    ),
    (
        "Under Article 9 of the Criminal Code, fraud carries community service of up to 300 hours.",
        "kind_not_in_article",
        None,
    ),
    ("Stalking under Article 7 of the Criminal Code may lead to life imprisonment.", "kind_not_in_article", None),
    # articles the table does not have
    ("Under Article 12 of the Criminal Code, the fine is up to 100 MCI.", "article_not_in_table", None),
    ("Under Article 8 of the Criminal Code, he was fined 50 MCI.", "article_not_in_table", None),  # excluded
    ("Under Article 7 of the Code on Administrative Offences, the fine is 20 MCI.", "article_not_in_table", None),
]


@pytest.mark.parametrize("text,expected,part", CLAIMS, ids=[c[0][:60] for c in CLAIMS])
def test_claims_against_the_code(table, text, expected, part):
    record = lawner.extract(text, reference_date=REF, rules_only=True, statute=table)
    assert [(p.check, p.check_part) for p in record.penalties] == [(expected, part)]


def test_the_readme_example(table):
    record = lawner.extract(
        "Stalking now carries up to five years in prison under Article 7 of the Criminal Code. "
        "A court fined the man 150 MCI under Article 7 of the Criminal Code.",
        reference_date=REF,
        rules_only=True,
        statute=table,
    )
    assert [(p.amount, p.check, p.check_part) for p in record.penalties] == [
        (5, "exceeds_code", "2"),
        (150, "consistent", "1"),
    ]


def test_articles_take_their_title_and_unlinked_penalties_are_not_checked(table):
    record = lawner.extract(
        "Stalking under Article 7 of the Criminal Code is punished by up to 50 days of arrest.\n\n"
        "A court in Almaty convicted a driver.\n\nIn other news, a blogger was fined 30 MCI.",
        reference_date=REF,
        rules_only=True,
        statute=table,
    )
    assert [(a.number, a.title) for a in record.articles] == [("7", "Stalking")]
    assert [(p.article, p.check) for p in record.penalties] == [("7", "consistent"), (None, None)]


def test_extract_many_and_the_cli_check_too(table, tmp_path, capsys):
    text = "He faces up to 10 years in prison for fraud under Article 9 of the Criminal Code."
    [record] = lawner.extract_many([text], rules_only=True, statute=table)
    assert record.penalties[0].check == "exceeds_code"
    path = tmp_path / "table.csv"
    table.write(path)
    news = tmp_path / "news.txt"
    news.write_text(text, encoding="utf-8")
    assert main(["extract", str(news), "--rules-only", "--statute", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(p["check"], p["check_part"]) for p in out["penalties"]] == [("exceeds_code", "3")]


def test_rows_are_scored_against_a_hand_table(table):
    from lawner.evaluate import statute_scores

    hand = [asdict(r) for r in table.rows]
    hand[0] = hand[0] | {"amount": 250}  # one wrong amount: one miss and one spurious row
    predicted = [asdict(r) for r in table.rows] + [asdict(table.rows[1])]  # and one duplicate
    s = statute_scores(predicted, hand)
    assert (s["support"], round(s["precision"], 4), round(s["recall"], 4)) == (11, round(10 / 12, 4), round(10 / 11, 4))
    assert [k[:5] for k in s["missed"]] == [("7", "1", "fine", None, 250.0)]


def test_extract_with_a_missing_table_stops_before_it_starts(tmp_path, capsys):
    news = tmp_path / "news.txt"
    news.write_text("He was fined 10 MCI under Article 7 of the Criminal Code.", encoding="utf-8")
    assert main(["extract", str(news), "--rules-only", "--statute", str(tmp_path / "none.csv")]) == 2
    assert "no such statute table" in capsys.readouterr().err


def test_evaluate_statute_without_the_samples(tmp_path, capsys):
    assert main(["evaluate", "--statute", "--samples", str(tmp_path / "nowhere")]) == 2
    assert "no statute samples" in capsys.readouterr().err
