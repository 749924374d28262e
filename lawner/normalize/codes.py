"""Names of codes and laws, and their aliases, from ``lawner/data/codes.json``.

>>> normalize_code("the Administrative Code")
'Code on Administrative Offences'
>>> normalize_code("Law of the Republic of Kazakhstan \\"On Combating Corruption\\"")
'Law "On Combating Corruption"'
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

# A law cited by its title: Law "On Combating Corruption", Law of the Republic of Kazakhstan «On Mass Media»
LAW_TITLE_PATTERN = (
    r"(?:Constitutional\s+)?[Ll]aw\s+(?:of\s+the\s+Republic\s+of\s+Kazakhstan\s+)?"
    r"[\"“«'‘]On\s[^\"”»’\n]{2,150}[\"”»’]"
)
_LAW_TITLE = re.compile(LAW_TITLE_PATTERN)


@functools.lru_cache(maxsize=1)
def code_table() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """Each code's canonical name, its compiled full-name pattern and its short aliases."""
    raw = resources.files("lawner").joinpath("data/codes.json").read_text("utf-8")
    table = []
    for code in json.loads(raw)["codes"]:
        patterns = [_any_space(p) for p in code["patterns"]]
        # (a footnote's number may be glued to the name: "the Kazakhstani Criminal Code1, Articles 676 to 681")
        pattern = re.compile(r"\b(?:" + "|".join(patterns) + r")(?:\b|(?=\d{1,2}\b))", re.IGNORECASE)
        table.append((code["name"], pattern, tuple(code["short"])))
    return table


def _any_space(pattern: str) -> str:
    """A code name broken over a line ("the Code of Administrative\\nOffenses"): each space of the
    pattern, outside its character classes, stands for any run of whitespace."""
    out, depth, escaped = [], 0, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        elif char == " " and not depth:
            out.append(r"\s+")
            continue
        out.append(char)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def code_pattern() -> str:
    """One regex (case-insensitive flag inline) matching any code's full name."""
    parts = [p for _, pattern, _ in code_table() for p in [pattern.pattern]]
    return "(?i:" + "|".join(parts) + ")"


def normalize_code(text: str) -> str | None:
    """Canonical name of the code or law ``text`` names, or ``None`` when it names none."""
    text = " ".join(text.split())
    m = _LAW_TITLE.search(text)
    # a titled law that codes.json knows by its title too ('Law «On Elections in the Republic of
    # Kazakhstan»' is the Election Law) takes that name
    if m and not any(pattern.search(text) for _, pattern, _ in code_table()):
        title = re.search(r"On\s[^\"”»’]+", m.group(0))
        assert title is not None
        return f'Law "{title.group(0).strip()}"'
    best: tuple[int, str] | None = None
    for name, pattern, short in code_table():
        for match in pattern.finditer(text):
            if best is None or len(match.group(0)) > best[0]:
                best = (len(match.group(0)), name)
        for alias in short:
            if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
                if best is None:
                    best = (len(alias), name)
    return best[1] if best else None
