"""The officials finder: OFFICIAL (a state official's name), TITLE (their position) and ORG (a
state body) matches, with the patterns of :mod:`lawner.find.official_patterns` and no spaCy
(``lawner_officials`` in :mod:`lawner.components.officials` is its adapter)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .defendants import RELATIVE_OF, accused_by_verb
from .match import Match, all_matches, choose, find_in_windows, match_at, sentence_at, windows
from .official_patterns import (
    ACCUSED_IN_SENTENCE,
    ANCHOR,
    CASES_AGAINST,
    DIPLOMAT,
    FOREIGN,
    FOREIGN_AFTER,
    HEAD_OF_STATE,
    NAME,
    TITLE_ANCHOR,
    TITLE_BEFORE,
    rule_patterns,
)
from .people import (
    NAME_LOWER,
    SURNAME_FORM,
    ministry_end,
)


def _place_list_names(m: re.Match[str]) -> list[tuple[int, int]]:
    """The names of a "place_list" match, as offsets: the first is the last two words before the
    first comma (its place runs up to them: "the capital [Altai Kulginov]", "National Economy
    [Alibek Kuantyrov]"), each next one follows its place's dash."""
    base = m.start("names")
    items = re.split(r"(\s*,\s*(?:and\s+)?)", m.group("names"))
    first_words = list(re.finditer(r"\S+", items[0]))
    found = [(base + first_words[-2].start(), base + first_words[-1].end())] if len(first_words) >= 2 else []
    offset = len(items[0])
    for gap, item in zip(items[1::2], items[2::2], strict=True):
        offset += len(gap)
        dash = re.search(r"\s*[-–—]\s*", item)
        if dash:
            found.append((base + offset + dash.end(), base + offset + len(item)))
        offset += len(item)
    return found


def _body_word_as_name(m: re.Match[str]) -> bool:
    """A one-word "name" after a title that ends on a body's capitalized word, with no surname's
    form: the body's last word ("Deputy Chairman of the Agency for Regulation of Natural Monopolies"),
    not "Minister of Justice Temirkhanov"."""
    name = re.sub(r"['’]s$", "", m.group("name").strip())
    return (
        " " not in name
        and m.group("title")[-1:].isalpha()
        and m.group("title").split()[-1][:1].isupper()
        and SURNAME_FORM.search(name) is None
    )


_PRESS_SERVICE = re.compile(r"(?:['’]s)?\s+press[- ](?:service|office|cent(?:re|er))")

# the rules that find a name with its title (or body), in the order they win overlaps
_NAME_RULES = (
    "title_name",
    "name_title",
    "title_comma_name",
    "name_appointed",
    "name_as_title",
    "relieved_name",
    "led_by",
)


def find_officials(text: str, sentences: list[tuple[int, int]]) -> Iterator[Match]:
    """OFFICIAL, TITLE and ORG matches in ``text`` (``sentences`` its sentences' offsets), each
    rule's overlaps settled by ``choose``."""
    patterns = rule_patterns()
    spans = windows(text, ANCHOR, 160, 200)
    starts = [s for s, _ in sentences]
    matches: list[Match] = []
    names: list[str] = []
    near_titles = windows(text, TITLE_ANCHOR, TITLE_BEFORE, 200)
    title_starts = [m.start() for m in all_matches(patterns["title"], text, near_titles)]
    for rule in _NAME_RULES:
        if rule not in ("title_name", "title_comma_name"):
            found = find_in_windows(patterns[rule], text, spans)
        else:
            found = match_at(patterns[rule], text, title_starts)
        for m in found:
            if _is_accused(m, text, sentence_at(sentences, starts, m.start(), len(text))):
                continue
            if rule == "title_name" and _body_word_as_name(m):
                continue  # a title's own last word: "Agency for Regulation of Natural [Monopolies]"
            matches.append(Match(m.start("name"), m.end("name"), "OFFICIAL", rule, 0.85))
            org = m.groupdict().get("org")
            if m.groupdict().get("title"):
                title_end = m.end("title")
                if org and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[title_end : m.start("org")]):
                    # a title and its body joined by "of" are one title ("the state inspector of
                    # the Presidential Administration, X"); the builder reads the body from it
                    title_end, org = m.end("org"), None
                ministry = text.find("Ministry of", m.start("title"), title_end)
                if ministry >= 0:  # "... of the Ministry of Finance RK Aidar Suleimenov"
                    cut = ministry_end(text, ministry, title_end)
                    # (not before the ministry's press service: "head of the Ministry of Justice press service")
                    if not _PRESS_SERVICE.fullmatch(text, cut, title_end):
                        title_end = cut
                matches.append(Match(m.start("title"), title_end, "TITLE", rule, 0.85))
            if org:
                end = ministry_end(text, m.start("org"), m.end("org"))
                matches.append(Match(m.start("org"), end, "ORG", rule, 0.85))
            names.append(m.group("name"))
    for m in find_in_windows(patterns["plural_title"], text, spans):
        start, end = sentence_at(sentences, starts, m.start(), len(text))
        if accused_by_verb(text[max(start, m.start() - 80) : m.start()], text[m.end() : end]):
            continue
        matches.append(Match(m.start("title"), m.end("title"), "TITLE", "plural_title", 0.85))
        for name in re.finditer(NAME, m.group("names")):
            if name.group() != "and":
                first = m.start("names") + name.start()
                matches.append(Match(first, first + len(name.group()), "OFFICIAL", "plural_title", 0.85))
                names.append(name.group())
    for m in find_in_windows(patterns["place_list"], text, spans):
        start, end = sentence_at(sentences, starts, m.start(), len(text))
        if accused_by_verb(text[max(start, m.start() - 80) : m.start()], text[m.end() : end]):
            continue
        for first, last in _place_list_names(m):
            matches.append(Match(first, last, "OFFICIAL", "place_list", 0.99))  # as sure as a titled name
            names.append(text[first:last])
    for m in find_in_windows(patterns["name_of_body"], text, spans):
        start, end = sentence_at(sentences, starts, m.start(), len(text))
        name = m.group("name")
        if patterns["title"].search(name) or patterns["not_official"].search(name):
            continue
        if re.search(r"[A-Z][\w'’-]*[ \t]+(?:and[ \t]+)?$", text[max(start, m.start() - 40) : m.start()]):
            continue  # the tail of a longer capitalized run: "Member of Senate Zh...", "Control and Supervision"
        if accused_by_verb(text[max(start, m.start() - 80) : m.start()], text[m.end("name") : end]):
            continue
        matches.append(Match(m.start("name"), m.end("name"), "OFFICIAL", "name_of_body", 0.8))
        org_end = ministry_end(text, m.start("org"), m.end("org"))
        matches.append(Match(m.start("org"), org_end, "ORG", "name_of_body", 0.8))
        names.append(name)
    for m in find_in_windows(patterns["body"], text, spans):
        end = ministry_end(text, m.start("org"), m.end("org"))
        matches.append(Match(m.start("org"), end, "ORG", "body", 0.8))
    # later mentions by surname alone: "Temirkhanov said"; after an initial, with the first
    # name it stands for: "Zh.Umiraliyev" ... "Zhandos Umiraliyev said"
    for initial, surname in {_initial_and_surname(n) for n in names} - {None}:
        for m in _later_mention(initial, surname).finditer(text):
            start = m.start("first") if m.group("first") else m.start("surname")
            matches.append(Match(start, m.end(), "OFFICIAL", "surname", 0.8))
    # a head of state by name alone: "Kassym-Jomart Tokayev: “The goal is ...”" (as sure as the
    # head's surest untitled names, which the record keeps)
    for m in HEAD_OF_STATE.finditer(text):
        matches.append(Match(m.start(), m.end(), "OFFICIAL", "head_of_state", 0.99))
    yield from choose(
        matches, [*_NAME_RULES, "plural_title", "place_list", "name_of_body", "body", "surname", "head_of_state"]
    )


def _is_accused(m: re.Match[str], text: str, sentence: tuple[int, int]) -> bool:
    """A defendant ("former akim X was sentenced"), not an official acting in office."""
    start, end = sentence
    before = text[max(start, m.start("name") - 80) : m.start("name")]
    if accused_by_verb(text[max(start, m.start("name") - 250) : m.start("name")], text[m.end("name") : end]):
        return True
    title = (m.groupdict().get("title") or "").lower()
    if (
        ("former" in title or "ex-" in title)
        and not RELATIVE_OF.search(before)
        and (ACCUSED_IN_SENTENCE.search(text[start:end]) or CASES_AGAINST.search(text[start : m.start()]))
    ):
        return True
    # a foreign state's official: "Uzbek President Shavkat Mirziyoyev", "X, President of
    # Uzbekistan" (what follows counts only as the title's "of": "President Tokayev met
    # China's President Xi" names one foreign official, not two)
    # (a Kazakh diplomat's title names the country he serves in: "Ambassador of Kazakhstan to China X",
    # "Kazakhstan's Ambassador to Turkey X", "X, consul of the Kazakh embassy in Kyrgyzstan")
    # (within the sentence: "... (in Russian).\nMazhilis deputy X" is no Russian official)
    if DIPLOMAT.search(title) and re.search(r"\bKazakh", text[max(start, m.start() - 25) : m.end()]):
        return False
    # (and within the line: "Turkish News Agency\n\nPresident Tokayev signs laws" is an outlet's tagline
    # over a headline, no Turkish president)
    line_start = text.rfind("\n", 0, m.start()) + 1
    if FOREIGN.search(text[max(start, line_start, m.start() - 25) : m.end()]):
        return True
    return bool(FOREIGN_AFTER.match(text, m.end()))


def _initial_and_surname(name: str) -> tuple[str, str] | None:
    """("Zh", "Umiraliyev") for "Zh.Umiraliyev" or "Zh. Umiraliyev", ("", "Temirkhanov") for
    "Azamat Temirkhanov" and for "Temirkhanov A."; ``None`` for a name of one word."""
    parts = re.split(r"\s+|(?<=\.)(?=[A-Z])", name.strip())
    words = [p for p in parts if not p.endswith(".")]
    if len(parts) < 2 or not words:
        return None
    if parts[-1].endswith("."):  # the surname first, its initials after it
        return "", words[0]
    first = parts[0]
    return (first[:-1] if first.endswith(".") else ""), parts[-1]


def _later_mention(initial: str, surname: str) -> re.Pattern[str]:
    """The surname alone, or after the first name its initial stands for."""
    first = rf"(?:(?P<first>{re.escape(initial)}[a-z{NAME_LOWER}]+)[ \t]+)?" if initial else "(?P<first>)"
    return re.compile(rf"(?<![\w.-]){first}(?P<surname>{re.escape(surname)})(?![\w-])")
