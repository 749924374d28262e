"""The officials finder: OFFICIAL (a state official's name), TITLE (their position) and ORG (a
state body) matches, from the titles and bodies in ``lawner/data/officials.json``, with no spaCy
(``lawner_officials`` in :mod:`lawner.components.officials` is its adapter)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..defendants import RELATIVE_OF, accused_by_verb
from ..patterns import alternation, load_data
from ..people import (
    AS_VERB,
    CAPS_SURNAME,
    NAME_LOWER,
    NAME_UPPER,
    NOT_NAME_WORDS,
    OF_POST,
    PLURAL_TITLES,
    POST_ADVERB,
    RANK_WORDS,
    SURNAME_FORM,
    ministry_end,
)
from .caseless import Caseless
from .match import Match, all_matches, choose, find_in_windows, match_at, sentence_at, windows

# words without which no title or state body can match
ANCHOR = Caseless(
    r"president|minister|akim|judge|prosecutor|senator|deputy|head\b|chief|director|chair|"
    r"spokes|press secretary|ombuds|commissioner|investigator|police|speaker|\bmp\b|lawmaker|"
    r"parliament|secretary|representative|governor|court|ministry|office|agency|committee|department|"
    r"mazhilis|majilis|senate|akimat|maslikhat|service|government|bank|commission|council|chamber|"
    r"administration|\bknb\b|counsel|advis|official|mayor|inspector|colonel|major\b|captain|lieutenant|press offic|ambassador|consul|charg|leader\b|"
    r"attorney|\bgov\."
)

# a word every title holds ("Deputy Prime Minister", "Mazhilis member", "press secretary"): titles
# are looked for only near one, at most TITLE_BEFORE characters before it
TITLE_ANCHOR = Caseless(
    r"president|minister|akim|judge|prosecutor|senator|deputy|head\b|chief|director|chair|spokes|"
    r"secretary|ombuds|commissioner|investigator|police|speaker|\bmp\b|lawmaker|parliament|"
    r"mazhilis|majilis|senate|member|counsel|advis|official|governor|mayor|inspector|colonel|major\b|"
    r"captain|lieutenant|press offic|ambassador|consul|charg|leader\b|representative|attorney|\bgov\."
)
TITLE_BEFORE = 90

# capitalized words that start a title or name a place, body or outlet, never a person's name
# (one vocabulary with the name-form check of the record builder, lawner/people.py)
_STOP = "|".join(sorted({w.capitalize() for w in NOT_NAME_WORDS if w.isalpha()}, key=len, reverse=True))
# a name word: "Azamat", "Kassym-Jomart", "Temirkhanov"; an initial: "N."
# (a capital beyond ASCII is kept case-sensitive here: the patterns it goes into ignore case)
_CAPITAL = f"(?:[A-Z]|(?-i:[{NAME_UPPER}]))"
_NAME_WORD = rf"(?!(?:{_STOP})\b){_CAPITAL}[a-z{NAME_LOWER}'’]+(?:-{_CAPITAL}[a-z{NAME_LOWER}'’]+)?"
# a name never runs over a line break ("N. Baisalov\nRules"); initials before or after it
# ("N. Baisalov", "Zh. Kasymbek", "A.Smailov", "Baisalov N.", "Baisalov N.K.")
NAME = (
    rf"(?:(?!(?:Mr|Ms|Dr|St|No)\.)[A-Z][a-z]?\.[ \t]?){{0,2}}{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
    # a surname in capitals: "Prosecutor General Askhat DAULBAYEV"
    rf"(?:[ \t]+(?-i:{CAPS_SURNAME})(?![\w'’]))?"
    rf"(?:[ \t]+[A-Z][a-z]?\.(?:[ \t]?[A-Z][a-z]?\.)?(?![\w]))?"
)
# foreign states' officials are not annotated: "Uzbek President Shavkat Mirziyoyev"
_FOREIGN = re.compile(
    r"\b(?:Uzbek(?:istan)?|Kyrgyz(?:stan)?|Tajik(?:istan)?|Turkmen(?:istan)?|Russian?|Chinese|China|"
    r"Turkish|Turkey|Azerbaijani?|Georgian?|Belarus(?:ian)?|Ukrainian?|American|U\.?S\.?|French|German|European|EU|"
    r"United\s+States|America|British|Britain|UK|United\s+Kingdom|Iranian?|Afghan(?:istan)?|Pakistani?|Mongolian?|Korean?|"
    r"Japanese|Indian?|Italian|Italy|Spanish|Spain|Polish|Poland|Dutch|Swiss|Canadian|Canada|Israeli|Israel|Armenian?)\b"
)
_DIPLOMAT = re.compile(r"\b(?:ambassador|consul|charg[ée])", re.IGNORECASE)
_FOREIGN_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?:Republic\s+of\s+)?{_FOREIGN.pattern}")
# verbs of saying after an appositive official: "the head of the agency, Askhat Zhumagali, said"
_SAYS = r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:said|says|told|noted|stated|explained|added|announced|stressed|emphasi[sz]ed|reported|warned|signed|proposed|posted|wrote|answered|commented|replied|clarified|confirmed|read|asked|demanded|requested|argued|insisted))"
# a defendant's sentence: a former official named in it is on trial ("the former akim X, whom the
# court ... was sentenced")
_ACCUSED = re.compile(
    r"\b(?:was|were|has been|had been|is|are|being)\s+(?:sentenced|detained|arrested|charged|convicted|"
    r"found guilty|accused|suspected|jailed|put on trial|tried)\b"
    # "the verdict was handed down to former deputy head ... X"
    r"|\b(?:verdict|sentence)\s+(?:[\w-]+\s+){0,3}?(?:handed\s+down|passed|pronounced|announced)\s+(?:to|on|against)\b",
    re.IGNORECASE,
)


# a month or weekday: "on Monday" after a title is no part of its body's name
_CALENDAR_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_CALENDAR = rf"(?:{_CALENDAR_WORDS})\b"
# (nor a month or weekday before a title: "This January Prosecutor General X said")
_DETERMINER = rf"(?!(?:The|A|An|This|That|Its|Their|{_CALENDAR_WORDS})\b)"

_AS_DET = r"(?:the\s+|a\s+|an\s+|Kazakhstan['’]s\s+|the\s+(?:country|region|city)['’]s\s+)?(?:new\s+)?"
# a verb of appointing or dismissing before the name: "relieve X of his duties as", "appointing X as"
_RELIEVE = r"(?i:(?:reliev|dismiss|remov|appoint|approv|elect|nominat)(?:e|es|ed|ing)?|named|names)"
# a person's name next: "Minister of Finance and [Dana Aitova], Minister of Health" (the next of a list)
_PERSON_AHEAD = r"\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]*(?:[oe]v|[oe]va|yev|yeva|[iy]n|[iy]na|uly|kyzy)\b"
# a title's end (its lazy tail runs on over capitalized words, as in "name_title")
_TITLE_TAIL_FMT = (
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?P<org>{body}))?(?![\w-])"
    rf"(?!\s+(?:(?:and(?!{_PERSON_AHEAD})|of|for|on(?!\s+{_CALENDAR}))\s+)?[A-Z][\w-])"
)


def _scoped(pattern: str) -> str:
    """Keep ``[A-Z]`` case-sensitive inside a case-insensitive pattern (and never "The")."""
    return pattern.replace("[A-Z]", f"{_DETERMINER}(?-i:[A-Z])")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = load_data("officials.json")
    title = "(?i:" + alternation([_scoped(t) for t in data["titles"]]) + ")"
    body = alternation([b.replace("(?:[A-Z]", f"(?:{_DETERMINER}[A-Z]") for b in data["bodies"]])
    not_official = alternation(data["not_officials"])
    _TITLE_TAIL = _TITLE_TAIL_FMT.replace("{body}", body)
    return {
        # where a title may begin: the two patterns that open with one are tried only there
        "title": re.compile(rf"(?<![\w-]){title}"),
        # "Minister of Justice Azamat Temirkhanov", "Senator Olga Sedykh", "judge Marat Seitkali"
        # (a body's initials in brackets may stand between: "Chairman of Financial Monitoring Agency
        # (FMA) Zhanat Elimanov")
        # (and an honorific: "Deputy Prosecutor General Mr. X"; a gloss: "Deputy of the Mazhilis (lower
        # house of parliament) X")
        "title_name": re.compile(
            # (a title never ends on a function word: "chairman of the Committee on Social and [Cultural] ...")
            rf"(?<![\w-])(?P<title>{title})(?<!\sand)(?<!\sof)(?<!\sthe)(?:\s+\((?-i:[A-Z]{{2,6}}|[a-z][^()\n]{{2,60}})\)(?:\s+in\s+(?:the\s+Republic\s+of\s+)?Kazakhstan)?)?(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?(?:\s+{RANK_WORDS})?\s+(?P<name>{NAME})\b"
        ),
        # "Aliya Nurpeisova, spokesperson for the Ministry of Internal Affairs", "X, 38, a deputy minister",
        # "X, who is now the head of the presidential administration"
        "name_title": re.compile(
            # (an adverb of time before the post: "X, until recently the general prosecutor"; a dash for the
            # comma in lists of appointments: "X - chief justice of the Almaty city court")
            rf"(?<![\w-])(?P<name>{NAME})(?:,|\s+[–—-])\s+(?:\d{{1,3}},\s+)?(?:who\s+(?:is|was)\s+(?:now\s+|then\s+)?)?"
            rf"{POST_ADVERB}(?:the\s+(?:new\s+)?(?:(?i:agency|ministry|committee|chamber|court|office|service|body|department)['’]s\s+)?|a\s+|an\s+|Kazakhstan['’]s\s+|the\s+country['’]s\s+|(?-i:[A-Z][a-z]+)['’]s\s+)?(?P<title>{title})"
            # (a title's lazy tail runs on over capitalized words: "head of the Department for
            # Combating Economic Crimes"; the body may follow a comma and end the apposition: "X,
            # Deputy Chairman, Central Election Commission, said")
            rf"(?:(?:\s+(?:of|for|at|in)\s+|,\s+(?=(?:the\s+)?(?:{body})(?:\s*[,;.]|\s+said\b)))(?:the\s+)?(?P<org>{body}))?"
            rf"(?![\w-])(?!\s+(?:(?:and(?!{_PERSON_AHEAD})|of|for|on(?!\s+{_CALENDAR}))\s+)?[A-Z][\w-])"
        ),
        # "the head of the agency, Askhat Zhumagali, said", "Kazakhstan's first president, Nursultan
        # Nazarbayev.", "(judge – Gulnar Dauleshova; prosecutor – ...)"
        "title_comma_name": re.compile(
            # (a gloss on the body between: "Chairperson of Senate, an upper house of the Parliament, X said")
            rf"(?<![\w-])(?P<title>{title})(?:\s+(?:of|for|at|from)\s+(?:the\s+)?(?P<org>{body}))?(?:\s+\((?-i:[A-Z]{{2,6}})\))?"
            rf"(?:,\s+(?:an?|the)\s+(?-i:[a-z])[^,.;()]{{0,50}})?(?:,\s+|\s+[–—-]\s+)(?:{RANK_WORDS}\s+)?(?P<name>{NAME}){_SAYS}"
        ),
        # "Ruslan Zhaksylykov was appointed deputy secretary of the Security Council"
        "name_appointed": re.compile(
            rf"(?<![\w-])(?P<name>{NAME})\s+(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|elected)\s+(?:as\s+)?(?:the\s+)?"
            rf"(?P<title>{title})(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?P<org>{body}))?(?![\w-])"
        ),
        # appointment and dismissal phrasing, the title after the name: "X will serve as the interim
        # mayor", "X became the governor of Y Region", "X, who previously served as the country's First
        # Vice Minister of Finance", "X has replaced Y as the Head of the Presidential Administration"
        "name_as_title": re.compile(
            rf"(?<![\w-])(?P<name>{NAME}),?\s+{AS_VERB}{_AS_DET}(?P<title>{title}){_TITLE_TAIL}"
        ),
        # "relieve X of his duties as the Governor of Y region", "relieving X of the post of Interior
        # Minister", "dismissed X from the post of ...", "appointing X as Energy Minister"
        "relieved_name": re.compile(
            rf"(?<![\w-]){_RELIEVE}\s+(?P<name>{NAME})\s+{OF_POST}{_AS_DET}(?P<title>{title}){_TITLE_TAIL}"
        ),
        # a plural title and the list of names it covers: "prosecutors – Kasym Sydykov and Marat
        # Khabibullin", "judges Aigul Serikova, Dana Aitova and Marat Bekov"
        "plural_title": re.compile(
            rf"(?<![\w-])(?P<title>(?i:{PLURAL_TITLES}))"
            rf"(?:\s*[–—:-]\s*|\s+)(?P<names>{NAME}(?:\s*,\s*{NAME})*\s*,?\s+and\s+{NAME})(?![\w-])"
        ),
        # a plural title over names each after its place or field: "akims of the capital X, Almaty - Y,
        # Shymkent - Z", "Ministers of National Economy X, Energy - Y" (government meeting reports)
        "place_list": re.compile(
            rf"(?<![\w-])(?P<title>(?i:akims|governors|mayors|ministers))\s+of\s+(?:the\s+)?(?:(?i:capital|city)\s+)?"
            rf"(?P<names>(?:[A-Z][\w-]+[ \t]+){{1,6}}?{_NAME_WORD}(?:\s*,\s*(?:and\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){{0,4}}"
            rf"\s*[-–—]\s*{NAME})+)(?![\w-])"
        ),
        # a body and the person who leads it, with no title: "the new cabinet of ministers led by X"
        "led_by": re.compile(
            rf"(?<![\w-])(?P<org>{body}|(?i:cabinet(?:\s+of\s+ministers)?|government))"
            rf"(?:\s+of\s+Kazakhstan)?(?:,?\s+(?:which|that)\s+(?:is|was)\s+|\s+(?:was|is|has\s+been|had\s+been)\s+|\s+)"
            rf"(?:led|headed|chaired)\s+by\s+(?P<name>{NAME})(?![\w-])"
        ),
        # "Saparbek Nurpeisov of the General Prosecutor's Office": a full name (two words or more,
        # not the tail of a longer name: "... Supervision of Catering Facilities of the Committee")
        # and the state body he speaks for, with no title
        "name_of_body": re.compile(
            rf"(?<![\w-])(?<!\bof\s)(?<!\bfor\s)(?<!\bthe\s)"
            rf"(?P<name>(?-i:{_NAME_WORD})(?:[ \t]+(?-i:{_NAME_WORD})){{1,2}}),?\s+(?:of|from)\s+(?:the\s+)?(?P<org>{body})(?![\w-])"
        ),
        # "a spokesman for the Ministry of Internal Affairs" with no name: ORG only
        "body": re.compile(rf"(?<![\w-])(?P<org>{body})(?![\w-])"),
        "not_official": re.compile(rf"\b{not_official}\b", re.IGNORECASE),
    }


# Kazakhstan's presidents by full name, officials wherever named, with a title or not (a surname
# alone follows a fuller mention, as any official's; not "the Nursultan Nazarbayev Fund": a
# capitalized word after the name names a body)
_HEAD_OF_STATE = re.compile(
    r"(?<![\w-])(?:(?:Kassym|Kasym|Qasym|Kassim)[- ](?:Jomart|Zhomart)\s+(?:Kemelevich\s+|Kemeluly\s+)?To[kq]ay?ev"
    r"|Nursultan\s+(?:Abishevich\s+|Abishuly\s+)?Nazarbay?ev)(?![\w-])(?!\s+[A-Z])"
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
    patterns = _patterns()
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
    for m in _HEAD_OF_STATE.finditer(text):
        matches.append(Match(m.start(), m.end(), "OFFICIAL", "head_of_state", 0.99))
    yield from choose(
        matches, [*_NAME_RULES, "plural_title", "place_list", "name_of_body", "body", "surname", "head_of_state"]
    )


def _is_accused(m: re.Match[str], text: str, sentence: tuple[int, int]) -> bool:
    """A defendant ("former akim X was sentenced"), not an official acting in office."""
    start, end = sentence
    before = text[max(start, m.start("name") - 80) : m.start("name")]
    if accused_by_verb(before, text[m.end("name") : end]):
        return True
    title = (m.groupdict().get("title") or "").lower()
    if ("former" in title or "ex-" in title) and not RELATIVE_OF.search(before) and _ACCUSED.search(text[start:end]):
        return True
    # a foreign state's official: "Uzbek President Shavkat Mirziyoyev", "X, President of
    # Uzbekistan" (what follows counts only as the title's "of": "President Tokayev met
    # China's President Xi" names one foreign official, not two)
    # (a Kazakh diplomat's title names the country he serves in: "Ambassador of Kazakhstan to China X",
    # "Kazakhstan's Ambassador to Turkey X", "X, consul of the Kazakh embassy in Kyrgyzstan")
    # (within the sentence: "... (in Russian).\nMazhilis deputy X" is no Russian official)
    if _DIPLOMAT.search(title) and re.search(r"\bKazakh", text[max(start, m.start() - 25) : m.end()]):
        return False
    if _FOREIGN.search(text[max(start, m.start() - 25) : m.end()]):
        return True
    return bool(_FOREIGN_AFTER.match(text, m.end()))


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
