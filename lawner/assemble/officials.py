"""Officials: each OFFICIAL span with its title and organization, defendants, foreign officials
and non-state posts left out, and later mentions by surname merged with the full name."""

from __future__ import annotations

import functools
import re

from ..find.defendants import (
    NON_STATE_POST,
    NON_STATE_TITLE,
    RELATIVE_FIRST,
    RELATIVE_NAMED,
    STATE_RIGHTS_POST,
    defendants,
    mention_re,
)
from ..find.people import (
    SURNAME_FORM,
    clean_name,
    spelling_key,
    surname,
)
from ..patterns import load_data
from ..records import Official
from .layout import Entity, Layout, confidence
from .posts import organization_from_title, title_and_org

# a foreign or international post right before a name (the rules' own check, for the head's spans
# too): a foreign marker and then only the title's capitalized words
# the words of a foreign post after what makes it foreign: "Foreign Minister", "President of the"
# (on the title's line: "Turkish News Agency\n\nPresident X" is a tagline over a headline)
_POST_WORDS = r"(?:(?:[A-Z][\w.-]*|of|for|and|the)[ \t]+){0,6}"
_COUNTRY = (
    r"(?:Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Russia|China|Turkey|Azerbaijan|Georgia|Belarus|Ukraine|"
    r"America|Iran|Afghanistan|Pakistan|Mongolia|Korea|Japan|India|Germany|France|Britain)"
)
_FOREIGN_TITLE_BEFORE = re.compile(
    r"(?:\b(?:UN|OSCE|EU|NATO|CSTO|CIS|SCO|IMF|WHO|U\.S\.|US|American|Russian|Chinese|Kyrgyz|Uzbek|Tajik|Turkmen|Turkish|"
    rf"Azerbaijani|Georgian|Belarusian|Ukrainian|British|German|French|Iranian|Afghan|Pakistani|Mongolian|Korean|Japanese|"
    rf"Indian|Syrian|Iraqi|Egyptian|Saudi|Qatari|Emirati|Lithuanian|Latvian|Estonian|Hungarian|Czech|Romanian|Bulgarian|"
    rf"Serbian|Greek|Swedish|Norwegian|Finnish|Danish|Austrian|Belgian|Portuguese|Irish|Australian|Brazilian|Mexican|"
    rf"Vietnamese|Thai|Malaysian|Indonesian|Moldovan|Venezuelan)\s+{_POST_WORDS}"
    r"|\b(?:Assistant|Deputy|Under)\s+Secretary\s+of\s+State\s+(?:for\s+(?:[A-Z][\w-]*\s+){1,4})?"
    # a country's possessive: "Uzbekistan's President X", "Russia's Foreign Minister X"
    rf"|\b{_COUNTRY}['’]s\s+{_POST_WORDS}"
    # "Foreign Affairs Minister of Kyrgyzstan X"
    rf"|\bof\s+(?:the\s+)?(?:Kyrgyz\s+Republic|Republic\s+of\s+{_COUNTRY}|{_COUNTRY})\s+"
    # a sentence set in another country: "In Tajikistan, President X introduced ..."
    rf"|^\W*In\s+(?:{_COUNTRY}|the\s+United\s+States)\s*,\s*{_POST_WORDS})$"
)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sir|Madam|Mister)\.?", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _foreign_people() -> frozenset[str]:
    return frozenset(n.lower() for n in load_data("officials.json")["foreign_people"])


def _foreign_at_any_mention(text: str, keys: set[str]) -> set[str]:
    """The surnames in ``keys`` that a foreign post stands before at some mention."""
    found = set()
    for key in keys:
        for m in mention_re(key).finditer(text):
            start = max(text.rfind(".", 0, m.start()) + 1, m.start() - 80)
            # (the name's own first words may stand between: "Minister of Kyrgyzstan [Erlan] Abdyldayev")
            before = text[start : m.start()]
            shorter = re.sub(r"[A-Z][\w'’-]+\s+$", "", before)
            if _FOREIGN_TITLE_BEFORE.search(before) or _FOREIGN_TITLE_BEFORE.search(shorter):
                found.add(key)
                break
    return found


def official_items(ents: list[Entity], text: str, layout: Layout) -> list[Official]:
    """One entry per person; title and organization from the spans beside any mention.

    A span that has no person's name's form (an outlet, a place, "Later") makes no entry, nor
    does anyone the text treats as a defendant at any mention (:mod:`lawner.find.people`), nor a
    mention with a post in a body that is not the state's ("the union's president X"). A
    surname alone with no title, body or fuller mention is dropped: it refers to someone the
    record cannot name.
    """
    # an honorific is no title: "the Chairman of the Agency, Mr. X" (the head may mark "Mr." a TITLE)
    ents = [e for e in ents if not (e.label_ == "TITLE" and _HONORIFIC.fullmatch(e.text.strip()))]
    mentions = []
    for i, ent in enumerate(ents):
        if ent.label_ == "OFFICIAL":
            name = clean_name(ent.text)
            if name is not None and layout.lines:
                name = _headline_name(name, text, layout.lines[layout.line(ent.start_char)])
            if name is not None:
                mentions.append((i, ent, name, surname(name)))
    accused = {spelling_key(k) for k in defendants(text, {key for *_, key in mentions}, layout.sentences)}
    # a foreign official named with his country once and bare later ("Minister Abdyldayev came")
    foreign = {spelling_key(k) for k in _foreign_at_any_mention(text, {key for *_, key in mentions})}
    unnamed_accused = {m.group("post").lower() for m in _UNNAMED_ACCUSED.finditer(text)}
    by_person: dict[str, Official] = {}
    order: list[str] = []
    for i, ent, name, surname_key in mentions:
        key = spelling_key(surname_key)  # "Abaev" and later "Abayev": one person
        if key in accused or key in foreign:
            continue
        s_start = layout.sentences[layout.sentence(ent.start_char)][0] if layout.sentences else 0
        if NON_STATE_POST.search(text[max(s_start, ent.start_char - 120) : ent.start_char]):
            continue  # "the union's president X": not a state official
        window = text[max(s_start, ent.start_char - 120) : ent.start_char]
        if RELATIVE_NAMED.search(window[-80:]) and not RELATIVE_FIRST.search(window):
            continue  # "the eldest daughter of the first president, X": a relative
        if name.split()[-1].lower() in _foreign_people() or name.lower() in _foreign_people():
            continue  # "Tony Blair, the former Prime Minister": a foreign leader named with no country
        if _FOREIGN_TITLE_BEFORE.search(text[max(s_start, ent.start_char - 80) : ent.start_char]):
            continue  # "UN High Commissioner X", "Acting Deputy Secretary of State X", "Russian Foreign Minister X"
        title, org = title_and_org(ents, i, text, layout)
        if title and _former_post(title) in unnamed_accused:
            continue  # "A former akim of Taraz has been sentenced ... ex-akim X": the convict, named later
        # (not after a title right before the name: in "Minister of Energy X, Chair of Samruk-Kazyna JSC Y
        # reported" the post after the comma is the next person's)
        titled = i >= 1 and ents[i - 1].label_ == "TITLE" and not text[ents[i - 1].end_char : ent.start_char].strip()
        if not titled and (
            _NON_STATE_BODY_AFTER.match(text, ent.end_char)
            or _PARTY_POST_AFTER.match(text, ent.end_char)
            or _PRESIDENT_OF_OTHER_AFTER.match(text, ent.end_char)
        ):
            continue  # "X, President of the Confederation of Free Unions, went on trial" (a title found or not)
        if title and NON_STATE_TITLE.search(STATE_RIGHTS_POST.sub("", title)):
            continue  # "director of the International Bureau for Human Rights X"
        if key in by_person and _other_first_name(name, by_person[key].name):
            key = f"{key} {name.split()[0].lower()}"  # "Kanat Musin" and "Bagdat Musin": two people
        current = by_person.get(key)
        if current is None:
            current = Official(ent.text, ent.start_char, ent.end_char, confidence(ent), name=name)
            by_person[key] = current
            order.append(key)
        elif _fullness(name) > _fullness(current.name):  # "Tokayev", then "Kassym-Jomart Tokayev"
            current.text, current.start, current.end, current.name = ent.text, ent.start_char, ent.end_char, name
        if title and not current.title:
            # the organization goes with the title: the body the title names, or the one beside it,
            # before a body beside another mention ("Chairman of the Supreme Court X ... at the
            # plenary session of the Senate X was confirmed")
            current.title = title
            current.organization = org or organization_from_title(title) or current.organization
        else:
            current.organization = current.organization or org
        ent._.lawner_value = {"name": current.name, "title": title, "organization": org}
    for official in by_person.values():
        if official.organization is None and official.title:
            official.organization = organization_from_title(official.title)
    return [by_person[k] for k in order if named_official(by_person[k])]


# a line in Title Case with no stop at its end: a headline, or a run of tags
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def _headline_name(name: str, text: str, line: tuple[int, int]) -> str | None:
    """In a Title-Case headline every word is capitalized, so a name after a title runs on into
    the verb or noun after it ("President Tokayev Leads Emergency Meeting", "Former Kazakh President
    Retakes Paralympic Committee", "Tags: ... President Top Story"): keep the name's words the rest
    of the text also writes, and no name when it writes none of them. A text that is one line
    keeps the name as found."""
    start, end = line
    if text[start:end].rstrip()[-1:] in '.!?:;"”»)' or end - start == len(text.strip()):
        return name  # (checked first: most lines end on a stop, and the words need not be read)
    words = _HEADLINE_WORD.findall(text[start:end])
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
        return name
    rest = text[:start] + "\n" + text[end:]
    kept = name.split()
    while kept and not re.search(rf"(?<![\w-]){re.escape(kept[-1])}(?![\w-])", rest):
        kept.pop()
    return " ".join(kept) or None


# a party's post after the name: "Aidos Sarimov, a spokesman for the Ak Zhol Party" (not a deputy
# elected from a party's list, who sits in a state body)
_PARTY_POST_AFTER = re.compile(
    r",\s+(?:a\s+|the\s+)?(?:spokes(?:man|woman|person)|press\s+secretary"
    r"|(?:deputy\s+|vice[- ])?(?:chair(?:man|woman|person)?|leader|head)|(?:executive\s+|general\s+)?secretary)"
    r"\s+(?:for|of)\s+(?:the\s+)?[^,.;()]{0,40}?\b[Pp]arty\b"
)
# the post after a name in a body that is not the state's: "X, President of the Confederation of
# Free Unions", "Y, Secretary General of the Norwegian Helsinki Committee"
_NON_STATE_BODY_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of|at|for)\s+(?:the\s+)?[^,.;()]{0,60}?"
    r"\b(?:Unions?|Confederation|Foundation|Association|Helsinki|NGO|Movement|Bureau\s+for|Federation|Alliance|League"
    # (written in lower case after the body's name: "president of the Adil Soz foundation")
    # (a group with a name or an NGO's kind: "the Legal Media Center group", "the campaign group Human Rights
    # Watch"; not "the working group of the Ministry")
    r"|foundation|association|federation"
    r"|(?-i:[A-Z][\w-]*)\s+group|(?:campaign|advocacy|rights|civic|think[- ]tank)\s+group"
    # a company: "X, Executive Vice President of ArcelorMittal Temirtau JSC"
    r"|JSC|LLP|LLC|Ltd|plc|Inc|(?-i:company|firm))\b"
)
# the president of anything but the country (or a court): an NGO's, a federation's, a company's: "Tamara
# Kaleyeva, president of Adil Soz"
_PRESIDENT_OF_OTHER_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:former\s+|then-)?(?:vice[- ])?president\s+of\s+(?:the\s+)?"
    r"(?!(?:Republic|Kazakhstan|country|state|nation|Supreme|Constitutional|National\s+Bank|Senate|Mazhilis)\b|(?:[\w-]+\s+){1,3}[Cc]ourt\b)"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
# a story that opens on an unnamed convict: "A former economy minister of Kazakhstan has been
# sentenced to 24 years", "The ex-akim of Taraz was jailed"; the former post named so is the convict's
_POSTS = (
    r"minister|akim|mayor|governor|head|chief|director|chairman|chairwoman|official|prosecutor|judge|senator|officer"
    r"|investigator|inspector"
)
_UNNAMED_ACCUSED = re.compile(
    rf"\b(?:A|An|The)\s+(?:former\s+|ex-)(?:[\w'’-]+\s+){{0,3}}?(?P<post>{_POSTS})\b[^.;]{{0,80}}?"
    r"\b(?:has\s+been|have\s+been|had\s+been|was|were|is)\s+(?:sentenced|jailed|convicted|found\s+guilty|detained|arrested|charged)\b"
)
_FORMER_POST = re.compile(rf"^(?:former\s+|ex-)(?:[\w'’-]+\s+){{0,3}}?(?P<post>{_POSTS})\b", re.IGNORECASE)


def _former_post(title: str) -> str | None:
    """ "minister" for "ex-minister" or "former deputy minister"; ``None`` for a serving post."""
    m = _FORMER_POST.match(title)
    return m.group("post").lower() if m else None


def _other_first_name(name: str, known: str) -> bool:
    """Whether two full names of one surname begin with first names of different initials ("Kanat
    Musin", "Bagdat Musin"); spellings of one name share theirs ("Kassym-Jomart", "Qasym-Zhomart")."""
    a, b = name.split(), known.split()
    if len(a) < 2 or len(b) < 2 or a[0].endswith(".") or b[0].endswith("."):
        return False
    # ("Yermaganbet" and "Ermaganbet", "Yerlan" and "Erlan": a "Ye" is a spelling of "E")
    first = {re.sub(r"^Y(?=e)", "", n, flags=re.IGNORECASE)[:1].upper().replace("Q", "K") for n in (a[0], b[0])}
    return len(first) == 2


def _fullness(name: str) -> tuple[int, int]:
    """How fully a name is written: its words that are not initials, then all its words (the
    first of two equally full spellings is kept, as the guidelines record a person)."""
    words = name.split()
    return sum(not w.endswith(".") for w in words), len(words)


def named_official(official: Official) -> bool:
    """An entry worth keeping: a person named with a title or a body at some mention, by a full
    name or by a surname in a surname's form; or a full name the head is sure of (confidence at
    least ``SURE_NAME``). A name never tied to a post is mostly someone else on real news pages
    (a defendant, an opposition figure, a researcher, a foreign leader); ``scripts/choices.py``
    measures each of these checks."""
    full = [w for w in official.name.split() if not w.endswith(".")]
    if not (official.title or official.organization):
        return len(full) > 1 and official.confidence >= SURE_NAME
    return len(full) > 1 or bool(full and SURNAME_FORM.search(full[0].lower()))


# the head's confidence above which a full name stands without a title
SURE_NAME = 0.99
