"""The patterns the officials finder (:mod:`lawner.find.officials`) runs: a person's name, the
titles and state bodies of ``lawner/data/officials.json`` and the rules that join them, the anchor
words they are tried near, the heads of state by name, and the cues of a foreign official."""

from __future__ import annotations

import functools
import re

from ..patterns import alternation, load_data
from .caseless import Caseless
from .people import (
    AS_VERB,
    CAPS_SURNAME,
    NAME_LOWER,
    NAME_UPPER,
    NOT_NAME_WORDS,
    OF_POST,
    PLURAL_TITLES,
    POST_ADVERB,
    RANK_WORDS,
)

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
# (one vocabulary with the name-form check of the record builder, lawner/find/people.py)
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
FOREIGN = re.compile(
    r"\b(?:Uzbek(?:istan)?|Kyrgyz(?:stan)?|Tajik(?:istan)?|Turkmen(?:istan)?|Russian?|Chinese|China|"
    r"Turkish|Turkey|Azerbaijani?|Georgian?|Belarus(?:ian)?|Ukrainian?|American|U\.?S\.?|French|German|European|EU|"
    r"United\s+States|America|British|Britain|UK|United\s+Kingdom|Iranian?|Afghan(?:istan)?|Pakistani?|Mongolian?|Korean?|"
    r"Japanese|Indian?|Italian|Italy|Spanish|Spain|Polish|Poland|Dutch|Swiss|Canadian|Canada|Israeli|Israel|Armenian?|"
    r"Syrian?|Iraqi?|Egyptian|Egypt|Saudi|Qatari?|Emirati|Lithuanian?|Latvian?|Estonian?|Hungarian|Hungary|Czech|"
    r"Romanian?|Bulgarian?|Serbian?|Greek|Greece|Swedish|Sweden|Norwegian|Norway|Finnish|Finland|Danish|Denmark|"
    r"Austrian?|Belgian|Belgium|Portuguese|Portugal|Irish|Ireland|Australian?|Brazilian|Brazil|Mexican|Mexico|"
    r"Vietnamese|Vietnam|Thai|Thailand|Malaysian?|Indonesian?|Singaporean|Singapore|Moldovan?|Venezuelan?)\b"
)
DIPLOMAT = re.compile(r"\b(?:ambassador|consul|charg[ée])", re.IGNORECASE)
FOREIGN_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?:Republic\s+of\s+)?{FOREIGN.pattern}")
# verbs of saying after an appositive official: "the head of the agency, Askhat Zhumagali, said"
_SAYS = r"(?=\s*[,;)]|\.(?:\s|$)|\s+(?:said|says|told|noted|stated|explained|added|announced|stressed|emphasi[sz]ed|reported|warned|signed|proposed|posted|wrote|answered|commented|replied|clarified|confirmed|read|asked|demanded|requested|argued|insisted|addressed|pointed|recalled|urged|highlighted|underlined|spoke))"
# a defendant's sentence: a former official named in it is on trial ("the former akim X, whom the
# court ... was sentenced")
ACCUSED_IN_SENTENCE = re.compile(
    r"\b(?:was|were|has been|had been|is|are|being)\s+(?:sentenced|detained|arrested|charged|convicted|"
    r"found guilty|accused|suspected|jailed|put on trial|tried)\b"
    # "the verdict was handed down to former deputy head ... X"
    r"|\b(?:verdict|sentence)\s+(?:[\w-]+\s+){0,3}?(?:handed\s+down|passed|pronounced|announced)\s+(?:to|on|against)\b",
    re.IGNORECASE,
)
# cases opened against the people named after it: "Criminal cases against ex-head of ... X and ex-head
# of ... Y are being investigated" (only before the title: "X said criminal cases against ... were opened")
CASES_AGAINST = re.compile(r"\bcriminal\s+(?:cases?|charges|proceedings)\s+(?:against|into)\b", re.IGNORECASE)


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
def rule_patterns() -> dict[str, re.Pattern[str]]:
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
            rf"(?<![\w-])(?P<title>{title})(?<!\sand)(?<!\sof)(?<!\sthe)(?:\s+\((?-i:[A-Z]{{2,6}}|[a-z][^()\n]{{2,60}})\)(?:\s+in\s+(?:the\s+Republic\s+of\s+)?Kazakhstan)?)?(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?(?:\s+{RANK_WORDS})?\s+(?P<name>{NAME})(?!\w)"
            # (the name may end on its initials' stop: "Deputy head of the Agency Serikov M.A. explained")
        ),
        # "Aliya Nurpeisova, spokesperson for the Ministry of Internal Affairs", "X, 38, a deputy minister",
        # "X, who is now the head of the presidential administration"
        "name_title": re.compile(
            # (an adverb of time before the post: "X, until recently the general prosecutor"; a dash for the
            # comma in lists of appointments: "X - chief justice of the Almaty city court")
            rf"(?<![\w-])(?P<name>{NAME})(?:,|\s+[–—-])\s+(?:\d{{1,3}},\s+)?(?:who\s+(?:is|was)\s+(?:now\s+|then\s+)?)?"
            rf"{POST_ADVERB}(?:the\s+(?:new\s+)?(?:(?i:agency|ministry|committee|chamber|court|office|service|body|department)['’]s\s+)?|a\s+|an\s+|Kazakhstan['’]s\s+|the\s+country['’]s\s+|(?-i:[A-Z][a-z]+)['’]s\s+)?"
            # (a place's and a body's words before a title in lower case: "X, Atyrau Oblast Internal Affairs
            # press secretary")
            rf"(?P<title>(?:(?-i:[A-Z][\w-]+)\s+){{1,4}}(?=(?-i:[a-z])){title}|{title})"
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
            rf"(?<![\w-])(?P<title>{title})(?:\s+(?:of|for|at|from)\s+(?:the\s+|Kazakhstan['’]s\s+)?(?P<org>{body}))?(?:\s+\((?-i:[A-Z]{{2,6}})\))?"
            rf"(?:,\s+(?:an?|the)\s+(?-i:[a-z])[^,.;()]{{0,50}})?(?:,\s+|\s+[–—-]\s+)(?:{RANK_WORDS}\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>{NAME}){_SAYS}"
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
            # ("akims of the city of Nur-Sultan X, Almaty region — Y, North Kazakhstan region — Z")
            rf"(?<![\w-])(?P<title>(?i:akims|governors|mayors|ministers))\s+of\s+(?:the\s+)?(?:(?i:capital|city)\s+(?:of\s+)?)?"
            rf"(?P<names>(?:[A-Z][\w-]+[ \t]+){{1,6}}?{_NAME_WORD}(?:\s*,\s*(?:and\s+)?[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){{0,4}}"
            rf"(?:\s+(?i:region|oblast|city|district))?\s*[-–—]\s*{NAME})+)(?![\w-])"
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
HEAD_OF_STATE = re.compile(
    r"(?<![\w-])(?:(?:Kassym|Kasym|Qasym|Kassim)[- ](?:Jomart|Zhomart)\s+(?:Kemelevich\s+|Kemeluly\s+)?To[kq]ay?ev"
    r"|Nursultan\s+(?:Abishevich\s+|Abishuly\s+)?Nazarbay?ev)(?![\w-])(?!\s+[A-Z])"
)
