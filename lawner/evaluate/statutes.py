"""``lawner evaluate --statute``: ``lawner statute`` tables of the real statute samples against their
hand-checked rows."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..errors import LawnerError
from .real import prf, rounded

# the real statute samples and their hand-checked tables (annotations/statutes)
STATUTE_SAMPLES = (
    ("kz_criminal_code_en.sample.txt", "Criminal Code", "criminal_code_99_159.jsonl"),
    ("kz_admin_offences_code_en.sample.txt", "Code on Administrative Offences", "admin_offences_127_157.jsonl"),
)
# what a row is compared by: where it stands and what it says
ROW_KEY = ("article", "part", "kind", "amount_min", "amount", "unit", "bound", "additional")


def row_key(row: dict) -> tuple:
    return tuple(rounded(row[k]) if k in ("amount_min", "amount") else row[k] for k in ROW_KEY)


def statute_scores(predicted: list[dict], gold: list[dict]) -> dict:
    """Row precision, recall and F1 of a sanctions table against a hand-checked one, with the
    rows each side has alone."""
    p, g = Counter(row_key(r) for r in predicted), Counter(row_key(r) for r in gold)
    tp = sum((p & g).values())
    return {
        **prf(tp, sum(p.values()), sum(g.values())),
        "missed": sorted((g - p).elements(), key=str),
        "spurious": sorted((p - g).elements(), key=str),
    }


def statute_report(samples: Path | None = None, show: int = 10) -> str:
    """Markdown: ``lawner statute``'s tables of the real statute samples against the hand-checked
    tables in ``annotations/statutes``."""
    from dataclasses import asdict

    from ..corpus import repo_root
    from ..statute import read

    samples = samples or repo_root().parent / "shared" / "corpus"
    checked = repo_root() / "annotations" / "statutes"
    if not samples.is_dir():
        raise LawnerError(f"no statute samples at {samples} (pass --samples DIR)")
    out = [
        "Sanctions table rows against the hand-checked tables (annotations/statutes); a row is " + ", ".join(ROW_KEY),
        "",
        "| sample | hand-checked rows | lawner rows | P | R | F1 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    details = []
    excluded = [
        json.loads(line) for line in (checked / "excluded.jsonl").read_text("utf-8").splitlines() if line.strip()
    ]
    for file, code, gold_file in STATUTE_SAMPLES:
        table = read(samples / file, code=code)
        hand = {(e["article"], e["part"]) for e in excluded if e["code"] == code}
        if set(table.excluded) != hand:
            ours, theirs = sorted(table.excluded, key=str), sorted(hand, key=str)
            details.append(f"- {file}: excluded articles/parts: lawner {ours}, hand {theirs}")
        gold = [json.loads(line) for line in (checked / gold_file).read_text("utf-8").splitlines() if line.strip()]
        s = statute_scores([asdict(r) for r in table.rows], gold)
        scores = f"{s['precision']:.3f} | {s['recall']:.3f} | **{s['f1']:.3f}**"
        out.append(f"| {file} | {s['support']} | {len(table.rows)} | {scores} |")
        for name in ("missed", "spurious"):
            for key in s[name][:show]:
                details.append(f"- {file}: {name} {dict(zip(ROW_KEY, key, strict=True))}")
    if not details:
        out += ["", "Every row, and every excluded article and part, agrees."]
    return "\n".join(out + ([""] + details if details else []))
