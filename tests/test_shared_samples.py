"""Checks on the workplace's files in ``../shared`` (the two statute samples and a news example),
which are not part of the project. ``conftest.py`` collects this module only where ``../shared``
is next to the repository: in a clean clone it is not collected, and nothing is skipped.

The same properties are checked on project-held text in every run: the statute checks in
``test_statute_corpus.py`` (real articles in ``tests/data``) and the example's record in
``test_records.py::test_real_news_record`` (real news pages in ``tests/data``).
"""

import json
import re

import pytest
from paths import SHARED

import lawner

CRIMINAL = SHARED / "corpus" / "kz_criminal_code_en.sample.txt"
ADMIN = SHARED / "corpus" / "kz_admin_offences_code_en.sample.txt"
EXAMPLE = SHARED / "examples" / "stalking_law_news.txt"
EXPECTED = SHARED / "examples" / "stalking_law_news.expected.json"
CLAUSE = re.compile(r"shall be punish(?:ed|able)[^.;]*", re.IGNORECASE)
REF = "2025-08-21"


def need(*paths):
    """Skip when ../shared is here but lacks a file this test reads (a partial copy)."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"not in ../shared: {', '.join(missing)}")


def test_every_sanction_clause_of_the_criminal_sample_has_a_penalty(rules_nlp):
    need(CRIMINAL)
    text = CRIMINAL.read_text(encoding="utf-8")
    record = lawner.extract(text, nlp=rules_nlp)
    starts = sorted(p.start for p in record.penalties)
    clauses = list(CLAUSE.finditer(text))
    misses = [m.group(0)[:120] for m in clauses if not any(m.start() <= s < m.end() + 1 for s in starts)]
    assert len(clauses) > 100
    assert misses == []
    # penalties link to the article whose text holds them
    assert all(p.article for p in record.penalties)


def test_admin_sample_fines_in_mci(rules_nlp):
    need(ADMIN)
    text = ADMIN.read_text(encoding="utf-8")
    record = lawner.extract(text, nlp=rules_nlp)
    entail = len(re.findall(r"\bentails?\b", text))
    fines = [p for p in record.penalties if p.kind == "fine" and p.unit == "MCI"]
    assert len(fines) >= entail


@pytest.mark.parametrize("pipeline", ["rules_nlp", "full_nlp"])
def test_shared_example_record(request, pipeline):
    """The record of the shared news article holds exactly the expected values."""
    need(EXAMPLE, EXPECTED)
    nlp = request.getfixturevalue(pipeline)
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    record = lawner.extract(EXAMPLE.read_text(encoding="utf-8"), reference_date=REF, nlp=nlp).to_dict()
    assert [{k: a[k] for k in ("number", "part", "code")} for a in record["articles"]] == expected["articles"]
    assert [{k: p[k] for k in ("kind", "amount", "unit", "bound", "article")} for p in record["penalties"]] == expected[
        "penalties"
    ]
    assert [{"value": d["value"]} for d in record["dates"]] == expected["dates"]
    assert record["officials"] == expected["officials"]
