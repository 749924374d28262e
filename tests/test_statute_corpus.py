"""Rules-only extraction over the real statute sample: a penalty in every sanction clause."""

import re

import pytest
from conftest import SHARED

import lawner

CRIMINAL = SHARED / "corpus" / "kz_criminal_code_en.sample.txt"
ADMIN = SHARED / "corpus" / "kz_admin_offences_code_en.sample.txt"
CLAUSE = re.compile(r"shall be punish(?:ed|able)[^.;]*", re.IGNORECASE)


def missed_clauses(nlp, path):
    text = path.read_text(encoding="utf-8")
    record = lawner.extract(text, nlp=nlp)
    starts = sorted(p.start for p in record.penalties)
    misses = []
    for m in CLAUSE.finditer(text):
        if not any(m.start() <= s < m.end() + 1 for s in starts):
            misses.append(m.group(0)[:120])
    return misses, len(list(CLAUSE.finditer(text))), record


@pytest.mark.skipif(not CRIMINAL.exists(), reason="../shared/corpus is not here")
def test_every_sanction_clause_has_a_penalty(rules_nlp):
    misses, total, record = missed_clauses(rules_nlp, CRIMINAL)
    assert total > 100
    assert misses == []
    # penalties link to the article whose text holds them
    assert all(p.article for p in record.penalties)


@pytest.mark.skipif(not ADMIN.exists(), reason="../shared/corpus is not here")
def test_admin_code_fines_in_mci(rules_nlp):
    text = ADMIN.read_text(encoding="utf-8")
    record = lawner.extract(text, nlp=rules_nlp)
    entail = len(re.findall(r"\bentails?\b", text))
    fines = [p for p in record.penalties if p.kind == "fine" and p.unit == "MCI"]
    assert len(fines) >= entail
