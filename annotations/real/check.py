"""Validate real-corpus files: ``python annotations/real/check.py FILE...``.

A ``docs/<id>.json`` file needs its source fields and a text. An annotation
(``ann/{A,B}/<id>.json``, ``gold/<id>.json``) must give back its document's text when its
``[[span|LABEL]]`` marks are removed, and its record must use the schema's values. Prints one
line per problem and exits with 1 when there was any. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"ARTICLE", "LAW", "PENALTY", "DATE", "OFFICIAL", "TITLE", "ORG"}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")
KINDS = {
    "fine",
    "correctional_labor",
    "community_service",
    "restriction_of_freedom",
    "arrest",
    "imprisonment",
    "life_imprisonment",
    "deprivation_of_right",
    "other",
}
UNITS = {"MCI", "KZT", "USD", "percent", "hours", "days", "months", "years", None}
BOUNDS = {"max", "min", "range", "exact"}
DATE_VALUE = re.compile(
    r"^(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-W(?:0[1-9]|[1-4]\d|5[0-3]))?$"
)
DOC_FIELDS = {"id", "genre", "url", "retrieved", "source", "trimming", "published", "text"}
RECORD_FIELDS = {
    "articles": {"number", "part", "paragraph", "code"},
    "penalties": {"kind", "amount", "amount_min", "unit", "bound", "article"},
    "dates": {"value"},
    "officials": {"name", "title", "organization"},
}


def unmark(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain text of ``marked`` and its spans ``(start, end, label)``."""
    out, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        spans.append((length, length + len(m.group(1)), m.group(2)))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def check_doc(data: dict) -> list[str]:
    problems = [f"missing field {f!r}" for f in sorted(DOC_FIELDS - set(data))]
    if data.get("genre") not in {"news", "statute"}:
        problems.append(f"genre must be news or statute, not {data.get('genre')!r}")
    if not str(data.get("text", "")).strip():
        problems.append("empty text")
    published = data.get("published")
    if published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(published)):
        problems.append(f"published must be YYYY-MM-DD or null, not {published!r}")
    if data.get("genre") == "statute" and not data.get("code"):
        problems.append("a statute excerpt names its code")
    return problems


def check_annotation(data: dict, doc: dict) -> list[str]:
    problems = []
    marked = data.get("marked", "")
    text, spans = unmark(marked)
    if text != doc["text"]:
        at = next(
            (i for i, (a, b) in enumerate(zip(text, doc["text"], strict=False)) if a != b),
            min(len(text), len(doc["text"])),
        )
        problems.append(
            f"removing the marks does not give back the text: first difference at {at}: "
            f"{text[max(0, at - 30) : at + 30]!r} vs {doc['text'][max(0, at - 30) : at + 30]!r}"
        )
    if "[[" in MARK.sub("", marked):
        problems.append("a '[[' is left that is not a well-formed mark [[span|LABEL]]")
    for start, end, label in spans:
        if label not in LABELS:
            problems.append(f"unknown label {label!r}")
        piece = text[start:end]
        if piece != piece.strip():
            problems.append(f"span {piece!r} starts or ends with whitespace")
    record = data.get("record")
    if not isinstance(record, dict):
        return [*problems, "no record"]
    for name, fields in RECORD_FIELDS.items():
        items = record.get(name)
        if not isinstance(items, list):
            problems.append(f"record.{name} must be a list")
            continue
        for item in items:
            if set(item) != fields:
                problems.append(f"record.{name} item {item} must have exactly the fields {sorted(fields)}")
                continue
            if name == "penalties":
                if item["kind"] not in KINDS:
                    problems.append(f"unknown kind {item['kind']!r}")
                if item["unit"] not in UNITS:
                    problems.append(f"unknown unit {item['unit']!r}")
                if item["bound"] not in BOUNDS:
                    problems.append(f"unknown bound {item['bound']!r}")
                for key in ("amount", "amount_min"):
                    if item[key] is not None and not isinstance(item[key], (int, float)):
                        problems.append(f"{key} must be a number or null: {item[key]!r}")
                if item["bound"] == "range" and item["amount_min"] is None:
                    problems.append(f"a range needs amount_min: {item}")
                if item["article"] is not None and not isinstance(item["article"], str):
                    problems.append(f"article must be a string or null: {item['article']!r}")
            elif name == "dates" and not DATE_VALUE.match(str(item["value"])):
                problems.append(f"date value {item['value']!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
            elif name == "articles" and not isinstance(item["number"], str):
                problems.append(f"article number must be a string: {item['number']!r}")
            elif name == "officials" and not item["name"]:
                problems.append("an official needs a name")
    return problems


def check(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if path.parent.name == "docs":
        return check_doc(data)
    doc_path = HERE / "docs" / f"{data.get('id')}.json"
    if not doc_path.exists():
        return [f"no document {doc_path}"]
    if path.stem != data.get("id"):
        return [f"file name {path.name} does not match id {data.get('id')!r}"]
    return check_annotation(data, json.loads(doc_path.read_text(encoding="utf-8")))


def main(argv: list[str]) -> int:
    bad = 0
    for arg in argv:
        for problem in check(Path(arg)):
            print(f"{arg}: {problem}")
            bad += 1
    if not bad:
        print(f"ok: {len(argv)} file(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
