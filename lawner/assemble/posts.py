"""Posts: the title beside an official's name and the body it names or stands beside ("Minister of
Justice" -> "Ministry of Justice", "AFM Chairman" -> "AFM", "head of the department" -> the body
named just before), for :mod:`lawner.assemble.officials`."""

from __future__ import annotations

import functools
import re

from ..find.people import AS_VERB, OF_POST, PLURAL_TITLES, POST_ADVERB, RANK_NAMES, RANK_WORDS, ministry_end
from ..patterns import load_data
from .layout import Entity, Layout

# between a title and its body: " of the ", " for the ", " at the "
_TITLE_TO_ORG = re.compile(r"^\s*,?\s*(?:of|for|at|from|in)\s+(?:the\s+|Kazakhstan['’]s\s+)?$", re.IGNORECASE)
# a body and the name after it: "the Ministry of Energy's X"; "the new cabinet led by X"
_ORG_TO_TITLE = re.compile(
    r"^\s*(?:['’]s)?\s*$|^(?:\s+of\s+Kazakhstan)?,?\s+(?:(?:which|that)\s+(?:is|was)\s+|(?:was|is|has\s+been|had\s+been)\s+)?"
    r"(?:led|headed|chaired)\s+by\s+$"
)
# a gloss on the title's body between it and the name: "Chairperson of Senate, an upper house of the Parliament, X"
_GLOSS_GAP = re.compile(r"\s*,\s+(?:an?|the)\s+(?-i:[a-z])[^,.;()]{0,50},\s*", re.IGNORECASE)
_TITLE_TO_NAME = re.compile(
    r"^\s*(?:(?-i:RK|RoK)\s+|\((?-i:[A-Z]{2,6}|[a-z][^()\n]{2,60})\)(?:\s+|(?=,)))?(?:in\s+(?:the\s+Republic\s+of\s+)?Kazakhstan\s+)?(?:,|[–—-])?\s*(?:\d{1,3},\s+)?(?:(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|elected)\s+(?:as\s+)?"
    # appointment and dismissal phrasing: "X will serve as the", "X has replaced Y as the",
    # "relieve X of his duties as the"
    rf"|who\s+(?:is|was)\s+(?:now\s+|then\s+)?|{AS_VERB}|{OF_POST})?"
    # ("X, the agency's chairman": the body's possessive)
    # ("X, until recently the general prosecutor")
    rf"{POST_ADVERB}"
    r"(?:the\s+|a\s+|an\s+|Kazakhstan['’]s\s+|(?-i:[A-Z][a-z]+)['’]s\s+"
    r"|the\s+(?:country|region|city|agency|ministry|committee|chamber|court|office|service|body|department)['’]s\s+)?"
    r"(?:new\s+)?$",
    re.IGNORECASE,
)


# "Energy Minister", "Deputy Interior Minister", "Internal Affairs Minister" (not "Prime Minister")
# ("justice minister", as news writes it in lower case mid-sentence; "Ecology, Geology and Natural
# Resources Minister")
_ADJECTIVE_MINISTER = re.compile(
    r"(?:^|\s|(?<=\bthen)-|(?<=[Mm]inister)[-–—])(?P<body>(?:(?!(?i:deputy|vice|former|acting|first|interim|prime|minister|and|state|kazakh|kazakhstani?|russian|kyrgyz|uzbek|chinese|turkish|tajik|turkmen|american|british|german|french|the|a|an)\b)[A-Za-z][a-z]+,?\s+(?:(?:and|&)\s+)?){1,4}?)[Mm]inister$"
)
# the country after a title: "Foreign Minister of Kazakhstan", "Deputy Prime Minister of the Republic of Kazakhstan",
# "Prime Minister of RK"
_OF_KAZAKHSTAN = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:Kazakhstan|(?-i:RK))$", re.IGNORECASE)
# the ministries an adjective names by another word
_MINISTRY_NAMES = {"interior": "Internal Affairs", "foreign": "Foreign Affairs", "defense": "Defence"}


def organization_from_title(title: str) -> str | None:
    """The body a title names: "Minister of Justice" -> "Ministry of Justice"."""
    # the country is no ministry: "Foreign Minister of Kazakhstan", "Prime Minister of Kazakhstan"
    minister = _OF_KAZAKHSTAN.sub("", title)
    m = re.search(r"\bminister (?:of|for) (?:the )?(.+)$", minister, re.IGNORECASE)
    if m:
        # a body's name is capitalized, whatever the writer did: "Minister of ecology"
        words = (w if w in {"and", "of", "the", "for"} else w[:1].upper() + w[1:] for w in m.group(1).split(" "))
        body = " ".join(words)
        # "First Vice Minister of Ministry of Agriculture": the body is already named
        return body if body.startswith("Ministry of ") else "Ministry of " + body
    m = _ADJECTIVE_MINISTER.search(minister)
    if m:  # "Deputy Interior Minister" -> "Ministry of Internal Affairs", "Energy Minister" -> "Ministry of Energy"
        body = " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in m.group("body").split())
        return "Ministry of " + _MINISTRY_NAMES.get(body.lower(), body)
    m = _HEAD_OF.match(title)
    if m and _BODY_WORD.search(m.group("body")):
        # "head of the Executive Office" -> "Executive Office", "head of the police department of
        # Zhambyl region" -> "police department of Zhambyl region" (the body as written); a press
        # service speaks for the body it belongs to: "head of the Ministry of Justice press service"
        body = _PRESS_SERVICE.sub("", m.group("body"))
        # (a body word alone names no body: "the director of the Department" is unnamed)
        if (_BODY_WORD.search(body) and len(body.split()) > 1) or re.fullmatch(r"[A-Z]{2,6}", body):
            return body
    m = _ABBREVIATION_HEAD.match(title)
    if m:  # a title that names its body ("CNS chairman", "AFM Deputy Chairman"): that body as written
        return m.group("body")
    for pattern in _bodies():
        found = pattern.search(title)
        if found:
            return title[found.start() : ministry_end(title, found.start(), found.end())]
    return None


# a body's initials before the post: "AFM Chairman", "CNS deputy head" (not a country's: "RK", "UN")
_ABBREVIATION_HEAD = re.compile(
    r"^(?:(?:first|former|ex-|acting)\s+)*(?!(?:RK|UN|US|EU|MP|UK)\b)(?P<body>(?-i:[A-Z]{2,6}))\s+(?:(?:first\s+)?deputy\s+|vice[\s-])?"
    r"(?:chair(?:man|woman|person)?|head|chief|director|spokes(?:man|woman|person)|press\s+secretary)$",
    re.IGNORECASE,
)
# a title that heads a body it names: "head of the X", "First Deputy Chairman of the X"
_HEAD_OF = re.compile(
    r"^(?:(?:first|deputy|former|ex-|acting|interim|vice)[\s-]+)*"
    r"(?:head|chief|director|chair(?:man|woman|person)?|commissioner|(?:official\s+)?representative|"
    r"spokes(?:man|woman|person)|press[\s-]+secretary)\s+of\s+(?:the\s+)?(?:(?:Kazakhstan|country)['’]s\s+)?"
    # (the body as written, capitalized or with a place in it: "police department of Zhambyl region")
    # (a lowercase unit of a ministry is left to the ministry: "chairman of the migration committee of
    # the Ministry of Finance" -> "Ministry of Finance", as tests/test_real_phrasings.py has it)
    r"(?P<body>(?-i:[A-Z]).+|(?!.*\bMinistry\b).*\b(?-i:[A-Z])[\w'’-]+.*)$",
    re.IGNORECASE,
)
_BODY_WORD = re.compile(
    r"\b(?:police|ministry|agency|committee|department|office|service|administration|commission|court|akimat|"
    r"maslikhat|bureau|inspectorate|inspection|directorate|council|chamber|government|mazhilis|majilis|senate|"
    r"parliament|prosecutor['’]s|KNB|DIA|CNS|MVD|NSC|AFM)\b",
    re.IGNORECASE,
)
_PRESS_SERVICE = re.compile(r"['’]s\s+press[- ](?:service|office)$|\s+press[- ](?:service|office)$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _bodies() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load_data("officials.json")["bodies"]]


_HONORIFIC_END = re.compile(r"\s*\b(?:Mr|Mrs|Ms|Dr)\.?\s*$")
_RANK_END = re.compile(rf"\s+{RANK_WORDS}\s*$")


# a rank, which is no title (GUIDELINES), and the post written before it
_RANK = re.compile(
    r"(?:police\s+|[A-Z]{2,5}\s+)?(?:lieutenant\s+|major\s+|senior\s+|junior\s+)?(?:" + "|".join(RANK_NAMES) + ")",
    re.IGNORECASE,
)
_POST_BEFORE = re.compile(
    r"(?:(?:first|deputy|acting)\s+)*(?:head|chief|director|chair(?:man|woman)?|commander|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _post_before_rank(ents: list[Entity], k: int, text: str) -> tuple[str, str | None] | None:
    """The post and body before a rank ("Deputy Chief of the [Almaty City Police Department], [Police
    Colonel] X"), or ``None``; a whole title before it is the post ("[head of the Border Service],
    [Major General] X"), its body read from it later."""
    if k < 1 or not _RANK.fullmatch(ents[k].text) or text[ents[k - 1].end_char : ents[k].start_char].strip() != ",":
        return None
    body = ents[k - 1]
    if body.label_ == "TITLE":
        return " ".join(body.text.split()), None
    post = _POST_BEFORE.search(text, max(0, body.start_char - 60), body.start_char) if body.label_ == "ORG" else None
    if post is None:
        return None
    return " ".join(text[post.start() : body.end_char].split()), " ".join(body.text.split())


def title_and_org(ents: list[Entity], i: int, text: str, layout: Layout) -> tuple[str | None, str | None]:
    ent = ents[i]
    sentence = layout.sentence(ent.start_char)
    title_ent = None
    before = i - 1
    if before >= 1 and ents[before].label_ == "ORG" and ents[before - 1].label_ == "TITLE":
        # the body's initials in brackets after the title ("the deputy head of the Committee for
        # National Security (KNB), X"): no body of its own (GUIDELINES), the title is the one before
        between = text[ents[before - 1].end_char : ents[before].start_char]
        if between.strip() == "(" and text.startswith(")", ents[before].end_char):
            before -= 1
    for j in (before, i + 1):
        if 0 <= j < len(ents) and ents[j].label_ == "TITLE" and layout.sentence(ents[j].start_char) == sentence:
            gap = text[ents[j].end_char : ent.start_char] if j < i else text[ent.end_char : ents[j].start_char]
            # "Deputy Prosecutor General Mr. X", "investigator Lieutenant Colonel X"
            gap = _HONORIFIC_END.sub("", _RANK_END.sub("", gap)) if j < i else gap
            if j < i and j >= 1 and ents[j - 1].label_ == "OFFICIAL" and gap.strip() == ",":
                if text[ents[j - 1].end_char : ents[j].start_char].strip() == ",":
                    continue  # "A, head of X, B, head of Y": the title between is A's
            if _TITLE_TO_NAME.match(gap) or (
                j < i and (gap.strip() in {"", ",", "-", "–", "—"} or _GLOSS_GAP.fullmatch(gap))
            ):
                title_ent = ents[j]
                break
    if title_ent is None:
        title_ent = _shared_plural_title(ents, i, text)  # "prosecutors – A and [B]"
    if title_ent is not None and (post := _post_before_rank(ents, ents.index(title_ent), text)):
        return post  # "Deputy Chief of the Almaty City Police Department, Police Colonel X": a rank is no title
    if title_ent is None and i >= 2 and ents[i - 1].label_ == "ORG" and ents[i - 2].label_ == "TITLE":
        # "Official spokesperson of the Anti-Corruption Service, Daniyar Bigaidarov, said"
        title, body = ents[i - 2], ents[i - 1]
        if (
            layout.sentence(title.start_char) == sentence
            and _TITLE_TO_ORG.match(text[title.end_char : body.start_char])
            and _HONORIFIC_END.sub("", text[body.end_char : ent.start_char]).strip() == ","
        ):
            return " ".join(title.text.split()), " ".join(body.text.split())
    org = None
    anchor = title_ent or ent
    k = ents.index(anchor)
    for j in (k + 1, k - 1, k + 2):
        if 0 <= j < len(ents) and ents[j].label_ == "ORG" and layout.sentence(ents[j].start_char) == sentence:
            if j > k and _TITLE_TO_ORG.match(text[anchor.end_char : ents[j].start_char]):
                org = ents[j]
            elif j > k and anchor.start_char > ent.start_char and _apposed_body(text, anchor, ents[j]):
                org = ents[j]  # "X, Deputy Chairman, Central Election Commission, said"
            elif j < k and _ORG_TO_TITLE.match(_HONORIFIC_END.sub(" ", text[ents[j].end_char : anchor.start_char])):
                org = ents[j]
            if org is not None:
                break
    if org is None and title_ent is not None and title_ent.start_char < ent.start_char and i + 1 < len(ents):
        # "[judge] [X] of the [Almaty District Court]", "Deputy Chair X of the Y Committee"
        after = ents[i + 1]
        if after.label_ == "ORG" and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[ent.end_char : after.start_char]):
            org = after
    title = " ".join(title_ent.text.split()) if title_ent is not None else None
    if title:  # "Deputy Prosecutor General Mr." -> "Deputy Prosecutor General"
        title = _HONORIFIC_END.sub("", title) or None
    if (
        title
        and title_ent is not None
        and (former := _FORMER_BEFORE.search(text[max(0, title_ent.start_char - 30) : title_ent.start_char]))
    ):
        title = f"{former.group('former')} {title}"  # "former Kazakh President X": a "former President" (GUIDELINES)
    if org is None and title and (bare := _BARE_BODY_TITLE.search(title)):
        org = _body_named_before(ents, ents.index(title_ent), bare.group("body"), layout)
    return title, (" ".join(org.text.split()) if org is not None else None)


# "former" before a title that did not take it in: before the country's adjective, which the title
# leaves out ("Kazakh President X" is a "President", so "former Kazakh President X" is a "former
# President"), or before a title that opens on its body ("Former Supreme Court Chairman X", "the
# previous Governor X")
_FORMER_BEFORE = re.compile(
    r"(?<![\w-])(?P<former>[Ff]ormer|[Ee]x-|[Pp]revious)(?:\s*(?:Kazakh|Kazakhstani|Kazakhstan['’]s)\s+|\s+)$"
)


# a plural title that a list of names shares: "prosecutors – Kasym Sydykov and Marat Khabibullin"
_PLURAL_TITLE = re.compile(PLURAL_TITLES, re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _shared_plural_title(ents: list[Entity], i: int, text: str) -> Entity | None:
    """The plural title before a list of names, for a name after the list's first."""
    j = i - 1
    while (
        j >= 1 and ents[j].label_ == "OFFICIAL" and _LIST_GAP.fullmatch(text[ents[j].end_char : ents[j + 1].start_char])
    ):
        j -= 1
    if j == i - 1 or ents[j].label_ != "TITLE" or not _PLURAL_TITLE.fullmatch(ents[j].text.strip()):
        return None
    return ents[j] if re.fullmatch(r"\s*[–—:-]?\s*", text[ents[j].end_char : ents[j + 1].start_char]) else None


def _apposed_body(text: str, title: Entity, body: Entity) -> bool:
    """A body after a name's title, set off by commas as the title is: "X, Deputy Chairman,
    Central Election Commission, said" (not "X, Minister of Justice, Mazhilis deputy Y")."""
    return bool(
        re.fullmatch(r",\s*(?:the\s+)?", text[title.end_char : body.start_char])
        and re.match(r"\s*[,;.]|\s+said\b", text[body.end_char : body.end_char + 8])
    )


# a title that heads a body by its common noun alone: "the head of the Ministry", "director of the department"
_BARE_BODY_TITLE = re.compile(
    r"\b(?:head|chief|director|chair(?:man|woman|person)?|minister|spokes(?:man|woman|person)|press\s+secretary|representative)\s+of\s+the\s+"
    r"(?P<body>ministry|department|agency|committee|service|office|inspectorate|administration|akimat|court)$",
    re.IGNORECASE,
)


def _body_named_before(ents: list[Entity], k: int, body: str, layout: Layout) -> Entity | None:
    """The body a bare "the Ministry" refers to: the last ORG with that word before the title, in
    its sentence or the one before ("The Ministry of Energy has drafted a bill, the head of the
    Ministry, X, said"; the guidelines: "the head of the department" takes the body named just before)."""
    sentence = layout.sentence(ents[k].start_char)
    word = re.compile(rf"\b{body}\b", re.IGNORECASE)
    for ent in reversed(ents[:k]):
        if layout.sentence(ent.start_char) < sentence - 1:
            break
        if ent.label_ == "ORG" and word.search(ent.text):
            return ent
    return None
