"""Rules-only extraction over real statute text: a penalty in every sanction clause, linked to
the article that holds it, and the Code on Administrative Offences' fines in MCI.

The text is ``tests/data/statute_real_criminal.txt`` and ``statute_real_admin.txt``: whole
articles of adilet's English Criminal Code and Code on Administrative Offences, each verbatim a
document of the real corpus (``annotations/real/docs``, train split); ``tests/data/sources.json``
gives each one's document and offsets. Each article is read on its own, as the corpus stores it:
the articles are not consecutive in the code, and lawner reads a block header that jumps far
ahead as the export's cut inside the article being read. The same checks run on the larger
samples in ``../shared``, where they are (``test_shared_samples.py``).
"""

import json
import re

import lawner

CLAUSE = re.compile(r"shall be punish(?:ed|able)[^.;]*", re.IGNORECASE)
ENTAIL = re.compile(r"\bentails?\b")
# the adilet export's block header: "Section 437. Original section/article: 190. Source: ..."
BLOCK_HEADER = re.compile(r"^Section \d+\. Original section/article: ([\d-]+)\.", re.MULTILINE)


def missed_clauses(nlp, text):
    """The sanction clauses ("shall be punished ...") no penalty starts in, their number, and the record."""
    record = lawner.extract(text, nlp=nlp)
    starts = sorted(p.start for p in record.penalties)
    clauses = list(CLAUSE.finditer(text))
    misses = [m.group(0)[:120] for m in clauses if not any(m.start() <= s < m.end() + 1 for s in starts)]
    return misses, len(clauses), record


def articles(data_dir, file):
    """(article number, text) of each article in a statute fixture."""
    text = (data_dir / file).read_text(encoding="utf-8")
    rows = json.loads((data_dir / "sources.json").read_text("utf-8"))
    return [(r["article"], text[r["start"] : r["end"]]) for r in rows if r["file"] == file]


def test_every_sanction_clause_has_a_penalty(rules_nlp, data_dir):
    pieces = articles(data_dir, "statute_real_criminal.txt")
    total = 0
    for number, text in pieces:
        misses, clauses, record = missed_clauses(rules_nlp, text)
        total += clauses
        assert misses == [], number
        # penalties link to the article whose text holds them
        assert record.penalties and {p.article for p in record.penalties} == {number}, number
    assert len(pieces) == 6 and total >= 20


def test_admin_code_fines_in_mci(rules_nlp, data_dir):
    pieces = articles(data_dir, "statute_real_admin.txt")
    total = 0
    for number, text in pieces:
        record = lawner.extract(text, nlp=rules_nlp)
        entail = len(ENTAIL.findall(text))
        total += entail
        fines = [p for p in record.penalties if p.kind == "fine" and p.unit == "MCI"]
        assert len(fines) >= entail, number
        # each penalty links to an article whose block the text holds: its own, or the one a
        # block header the export cut in names (article 436's text holds a header of 437)
        assert {p.article for p in record.penalties} <= set(BLOCK_HEADER.findall(text)), number
        assert number in {p.article for p in record.penalties}, number
    assert len(pieces) == 6 and total >= 10
