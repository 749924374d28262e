"""The search shortcuts of the rule components find exactly what a plain scan finds."""

import re

import pytest

from lawner.find.caseless import Caseless
from lawner.find.match import all_matches, match_at, merge, windows
from lawner.find.penalties import kind_pattern, penalty_patterns
from lawner.segment.text import sentences

TEXTS = [
    "The court imposed a FINE of up to 200 MCI and up to 200 hours of community service.",
    "Shall be punished by a fine in the amount of 1,000 MCI, or by correctional labour in the same amount, "
    "or by restriction of liberty for a term of up to three years, or by imprisonment for the same term.",
    "İstanbul court: a fine of 50 MCI, deprivation of the right to drive for one year.",  # İ lower-cases to 2 chars
    "Fine fine fines. Imprisonment-free; life imprisonment; ten years in prison, a 200 MCI fine.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_caseless_finds_the_offsets_of_a_case_insensitive_search(text):
    pattern = r"\bfine\b|imprisonment|mci"
    expected = [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [(m.start(), m.end()) for m in Caseless(pattern).finditer(text)] == expected


def test_caseless_keeps_escapes_that_lower_casing_would_change():
    assert Caseless(r"\S+ MCI").lower is None
    assert [m.group() for m in Caseless(r"\S+ MCI").finditer("fine 200 MCI")] == ["200 MCI"]


def test_caseless_keeps_group_names_and_case_sensitive_parts():
    assert Caseless(r"(?P<Span>FINE)").lower.pattern == "(?P<Span>fine)"
    # "(?-i:[A-Z])" wants a capital in the text itself: lower-casing the text would lose it
    assert Caseless(r"minister (?-i:[A-Z])\w+").lower is None


@pytest.mark.parametrize("text", TEXTS)
def test_penalty_patterns_find_what_a_case_insensitive_search_finds(text):
    for name, pattern in penalty_patterns():
        plain = re.compile(pattern.pattern, re.IGNORECASE)
        expected = [m.span("span") if "span" in m.re.groupindex else m.span() for m in plain.finditer(text)]
        found = [m.span("span") if "span" in m.re.groupindex else m.span() for m in pattern.finditer(text)]
        assert found == expected, name


@pytest.mark.parametrize("text", TEXTS)
def test_kind_first_patterns_match_at_kind_starts_as_a_full_scan_does(text):
    starts = [m.start() for m in all_matches(kind_pattern(), text, [(0, len(text))])]
    for name, pattern in penalty_patterns():
        if name in {"tiered_fine", "kind_amount", "kind_same", "kind_only"}:
            full = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert [(m.start(), m.end()) for m in match_at(pattern, text, starts)] == full, name


def test_all_matches_overlap_and_merge_clips():
    text = "deprivation of liberty; liberty"
    assert len(all_matches(re.compile(r"\w+ty"), text, [(0, len(text))])) > 2
    assert merge([(-5, 3), (2, 8), (20, 99)], 30) == [(0, 8), (20, 30)]
    assert windows("a fine b", re.compile("fine"), 1, 1) == [(1, 7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under Art. 190 he was fined. Then he left.", ["Under Art. 190 he was fined.", "Then he left."]),
        ("N. Baisalov said so. It ends.", ["N. Baisalov said so.", "It ends."]),
        # far into a long line: "Art." still does not end a sentence, "Code." does
        ("x" * 200 + " see Art. 5 of the Code. Next.", ["x" * 200 + " see Art. 5 of the Code.", "Next."]),
        # a word longer than the look-back: read whole, so its tail "art" is no abbreviation
        ("A" + "b" * 100 + "Art. 5 applies.", ["A" + "b" * 100 + "Art.", "5 applies."]),
    ],
)
def test_sentence_ends_look_back_at_the_word_before(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_every_code_name_holds_a_law_anchor_word():
    """LAW_RE runs only near "code", "law" or "constitution": every code name must hold one."""
    from lawner.components.articles import LAW_ANCHOR
    from lawner.patterns import load_data

    for code in load_data("codes.json")["codes"]:
        for pattern in code["patterns"]:
            assert LAW_ANCHOR.search(pattern), (code["name"], pattern)


TITLE_PHRASES = [
    "Former Acting First Deputy Prime Minister Azamat Beisenov said",
    "Almaty city akim Yerlan Dossayev; regional police chief Marat Kenzhebekov",
    "Mazhilis member Olga Sedykh and MP Arman Tulegenov, with lawmaker Dana Ermekova",
    "press secretary Aida Balayeva; state secretary Yerlan Karin; the ombudsman",
    "chairman of the Senate Committee on Legislation Askar Shakirov",
    "head of the Anti-Corruption Agency of the Republic of Kazakhstan Askhat Zhumagali",
    "human rights commissioner Artur Lastayev and the commissioner for the rights of the child",
    "military prosecutor of the Almaty garrison Serik Nurlanov; senior investigator Dias Omarov",
]


def test_titles_near_their_anchor_words_are_all_the_titles():
    """Titles are looked for only near TITLE_ANCHOR words: on the annotated corpus and a table
    of title phrasings, that finds every title start the wider officials windows find."""
    from lawner.corpus import default_dir, read
    from lawner.find.match import all_matches
    from lawner.find.official_patterns import ANCHOR, TITLE_ANCHOR, TITLE_BEFORE, rule_patterns

    title = rule_patterns()["title"]
    texts = [e.text for split in ("train", "dev", "test") for e in read(default_dir() / f"{split}.jsonl")]
    found = 0
    for text in texts + TITLE_PHRASES:
        wide = [m.start() for m in all_matches(title, text, windows(text, ANCHOR, 160, 200))]
        near = [m.start() for m in all_matches(title, text, windows(text, TITLE_ANCHOR, TITLE_BEFORE, 200))]
        assert near == wide, text[:80]
        found += len(near)
    assert found > 200
