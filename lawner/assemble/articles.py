"""Article references and the laws they belong to: numbers, parts and paragraphs, ranges, and the
code each article is of (named beside it, before it in the paragraph, or the document's own)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from ..find.articles import (
    ARTICLE_HEADING_RE,
    ARTICLE_NUMBER,
    BRACKETED_PART,
    DOTTED_PART,
    PART_NUMBER,
    SOURCE_HEADING_RE,
    THIS_CODE_RE,
)
from ..normalize.codes import code_table, normalize_code
from ..normalize.numbers import parse_ordinal
from ..records import ArticleRef, LawRef
from .layout import Entity, Layout, confidence

NUMBERS = re.compile(rf"(?<![\w§.-]){ARTICLE_NUMBER}")
ARTICLE_WORD = re.compile(r"\b(?:articles?|arts?\.?)\s*", re.IGNORECASE)
_PART = re.compile(
    rf"\b(?:parts?|sections?)\s+(?:(?<=\(part\s)of\s+(?:the\s+)?)?(?P<n>{PART_NUMBER})\b|\((?P<p>\d{{1,2}})\)|\b(?:pt?|h)(?:\.\s?|(?=\d))(?P<d>\d{{1,2}})\b"
    # "the second part of Article 400", "Article 272.3" (GUIDELINES: part 3)
    # ("Article 33§11": part 11)
    rf"|\b(?P<o>{PART_NUMBER})\s+part\s+of\b|(?<=\d)(?:\.|\s*§\s*)(?P<x>\d{{1,2}})(?![\d.,])",
    re.IGNORECASE,
)
# an article's name in brackets, inside a list: "articles 174 (inciting discord) and 405"
_BRACKETED_NAME = re.compile(r"\(\s*(?=[A-Za-z])[^()\n]{1,80}\)")
# an amending law's own article, at a line's start: "Article 1. Make changes and additions to the
# following legal acts", "Article 1. Bring in the Code ... the following changes"
_AMENDING_HEADING = re.compile(
    r"\.\s+(?:Make|Bring|Introduce|Amend|Add)\b[^.\n]{0,200}?\b(?:changes|amendments|additions)\b", re.IGNORECASE
)
# each number of a list with its own part in brackets: "Articles 125 (part three), 128 (part four)",
# "440 ( part of third), 442 (part of the third)"
_BRACKETED_NAME_ONLY = re.compile(
    r"\(\s*(?!(?:parts?|sections?)\b)(?![a-z]+\s+part\b)(?=[A-Za-z])[^()\n]{1,80}\)", re.IGNORECASE
)
# ("Articles 296.2 and 296.4": each part after a dot; "296.2 to 296.4": a range of parts)
_ITEM_PART = re.compile(
    rf"(?<![\w.-])(?P<number>{ARTICLE_NUMBER})(?P<own>\s*{BRACKETED_PART}|,\s*parts?\s+{PART_NUMBER}\b|{DOTTED_PART})?"
    r"(?P<to>\s+(?:to|through)(?=\s+\d))?",
    re.IGNORECASE,
)
_PART_NUMBER = re.compile(rf"\b{PART_NUMBER}\b", re.IGNORECASE)
_PARAGRAPH = re.compile(rf"\b(?:sub-?)?(?:paragraph|clause|item|point)s?\s+(?P<n>{PART_NUMBER})\b", re.IGNORECASE)
# between an article and its code: " of the ", " of Kazakhstan's ", " of the RK "
# (the article's title in quotes or brackets may stand between: 'article 174 p.1 “Incitement of
# National Enmity” of', "Article 190 (fraud) of")
ARTICLE_TO_CODE = re.compile(
    r"^\s*,?\s*(?:[\"“«][^\"”»\n]{1,200}[\"”»]|\([^()\n]{1,200}\)|\[[^\[\]\n]{1,200}\])?\s*,?\s*"
    # "Article 127-2 was added to the Code ...", "a new Article 405-1 will be introduced into the Code"
    r"(?:of|under|in|(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:added|introduced|inserted|included)\s+(?:to|into|in))\s+(?:the\s+)?"
    r"(?:Kazakhstan['’]s\s+|(?:the\s+)?country['’]s\s+|(?:the\s+)?Republic\s+of\s+Kazakhstan['’]s\s+|Kazakhstan\s+|Kazakhstani\s+|Kazakh\s+"
    r"|RoK\s+|RK\s+|new\s+|current\s+|old\s+|former\s+)?$",
    re.IGNORECASE,
)
# between an article and its code, across other articles of a list: " and Clause 2, Part 4,
# Article 189 of the "
_ARTICLE_LIST_TO_CODE = re.compile(
    r"^(?:\s*(?:,|;(?=[ \t]+\S)|and|or|of|the|parts?|articles?|arts?\.?|clauses?|paragraphs?|points?|items?"
    r"|subparagraphs?|\d{1,4}(?:-\d{1,3})?\)?"
    # an article's name in brackets: "Art. 190 (fraud) and Art. 245 (tax evasion) of the Criminal Code"
    r"|\([^()\n]{1,60}\)))*"
    r"\s*(?:of|under|in)\s+(?:the\s+)?(?:(?:RoK|RK|Kazakhstan['’]s|Kazakhstani|Kazakh|country['’]s)\s+)?$",
    re.IGNORECASE,
)
# the words of a list of articles after one of them, up to the last number
_ARTICLE_LIST_WORDS = re.compile(
    r"(?:\s*(?:,|and|or|of|the|parts?|articles?|arts?\.?|clauses?|paragraphs?|points?|subparagraphs?"
    r"|\d{1,4}(?:-\d{1,3})?\)?|[\"“«'][a-z][\"”»']))*",
    re.IGNORECASE,
)
# an amending law in an amendment note: "as amended by the Law № 292-VI of ... (the enforcement
# procedure is in Art.2)"
_AMENDING_LAW = re.compile(r"\bLaw\s+(?:№|No\.?)\s*[\w-]+")
# after an export block header: a title line, then part one (a whole article, not a cut)
_WHOLE_ARTICLE = re.compile(r"[^\n]*\n[ \t]*[A-Z][^\n]*\n[ \t]*1\.\s")


def law_ref(ent: Entity) -> LawRef:
    name = normalize_code(ent.text) or " ".join(ent.text.split())
    ent._.lawner_value = name
    return LawRef(ent.text, ent.start_char, ent.end_char, confidence(ent), name)


def main_code(laws: list[LawRef]) -> str | None:
    names = Counter(law.name for law in laws)
    return names.most_common(1)[0][0] if names else None


def statute_headings(text: str) -> list[tuple[int, str]]:
    """(offset, number) of statute article headings: "Article 115-1. Stalking" lines and the
    adilet export's "Original section/article: 115-1" block headers."""
    found = [(m.start(), m.group("number")) for m in ARTICLE_HEADING_RE.finditer(text)]
    found += _source_headings(text)
    return sorted(found)


def _source_headings(text: str) -> list[tuple[int, str]]:
    """The adilet export's block headers that start an article. The export also cuts the text
    at each article a sanction cites ("... provided by [header: 416] Article 416 of this Code"),
    so a header whose number jumps away from the article being read (back, or more than five
    ahead) continues that article, unless a title line and a part one follow it: then it is a
    whole article the export placed out of order, and the code's order resumes after it."""
    out: list[tuple[int, str]] = []
    current: str | None = None  # the article of the code's own order, which a cut header interrupts
    for m in SOURCE_HEADING_RE.finditer(text):
        number = m.group("number")
        if out and number == out[-1][1]:
            continue  # the same article's next block
        if current is not None:
            last, new = int(current.split("-")[0]), int(number.split("-")[0])
            if not last <= new <= last + 5:
                if _WHOLE_ARTICLE.match(text, m.end()):
                    out.append((m.start(), number))  # a whole article the export placed out of order
                continue
        out.append((m.start(), number))
        current = number
    return out


NUMBER_FIRST = re.compile(r"(\d{1,4}(?:-\d{1,3})?)\s+article", re.IGNORECASE)
# an article of a law the pipeline does not mark: "Article 4 of Kazakhstan's media law"
_OF_OTHER_LAW = re.compile(
    r"\s*,?\s*of\s+(?:the\s+)?[^.;,\n]{0,40}?\b(?:law|act|constitution|decree|resolution|regulations?|rules|treaty|convention|covenant|charter|declaration)\b"
    r"|\s*,?\s*of\s+(?:the\s+)?(?-i:ICCPR|ECHR|UDHR|ICESCR)\b",
    re.IGNORECASE,
)


def _code_name(law: str) -> str | None:
    """The code an article of ``law`` is in: a code's canonical name, else ``None`` (an article of a
    titled law such as 'Law "On the Prosecutor's Office"' is in no code; the law itself is in
    ``Record.laws``)."""
    name = normalize_code(law)
    return None if name is None or name.startswith("Law ") else name


def _code_for(ent: Entity, text: str, laws: Sequence[Entity], layout: Layout, doc_code: str | None) -> str | None:
    """The code an article belongs to: named right after it, "this Code", or the one in context."""
    for law in laws:
        between = text[ent.end_char : law.start_char]
        # ("article 373 parts 1 Administrative Codex of RK": the code right after, with no "of")
        if law.start_char >= ent.end_char and (ARTICLE_TO_CODE.match(between) or between in (" ", ", ")):
            return _code_name(law.text)
    after = text[ent.end_char : ent.end_char + 25]
    if THIS_CODE_RE.match(re.sub(r"^\s*,?\s*of\s+", "", after)):
        return doc_code
    short = _short_code().match(after)  # "Article 176 CCK", "Article 190 of the CC RK"
    if short:
        return normalize_code(short.group("alias"))
    near = text[max(0, ent.start_char - 300) : ent.start_char].rsplit("\n", 1)[-1]
    if near.count("(") > near.count(")") and _AMENDING_LAW.search(near):
        return None  # in the brackets of an amendment note: "(the enforcement procedure is in Art.2)"
    # "Part 5, Article 28 and Clause 2, Part 4, Article 189 of the Criminal Code": the code the
    # list of articles ends with
    for law in laws:
        if law.start_char >= ent.end_char and _ARTICLE_LIST_TO_CODE.match(text[ent.end_char : law.start_char]):
            return _code_name(law.text)
    # ... or with a short alias: 'Part 5, Article 28 and Clause "b" of Part 4, Article 176 CCK'
    listed = _ARTICLE_LIST_WORDS.match(text, ent.end_char, ent.end_char + 150)
    if listed and listed.end() > ent.end_char:
        short = _short_code().match(text[listed.end() : listed.end() + 30])
        if short and re.search(r"\d\)?\s*$", listed.group(0)):
            return normalize_code(short.group("alias"))
    if _OF_OTHER_LAW.match(text, ent.end_char):
        return None  # "Article 10 of the European Convention on Human Rights": another law's article
    # (an item of a bulleted list reads from the line that opens the list: "The Criminal Code
    # provides for: • receiving a bribe (Article 366); • giving a bribe (Article 367)")
    line = layout.list_start(layout.line(ent.start_char))
    for law in sorted(laws, key=lambda s: -s.start_char):
        if law.end_char <= ent.start_char and layout.line(law.start_char) >= line - 1:
            return _code_name(law.text)
    if doc_code is None:
        # a news text about one code: "... changes to the Criminal Code" and later "a new article,
        # 301-1," (the only law it names before the article, and no other law anywhere)
        codes = {normalize_code(law.text) for law in laws}  # None for a law that is no code
        if len(codes) == 1 and laws[0].end_char <= ent.start_char and not _OF_OTHER_LAW.match(text, ent.end_char):
            return codes.pop()
    return doc_code


@functools.lru_cache(maxsize=1)
def _short_code() -> re.Pattern[str]:
    """A code's short alias right after an article: " CCK", " of the CC RK" (case-sensitive)."""
    aliases = sorted((a for _, _, short in code_table() for a in short), key=len, reverse=True)
    return re.compile(r"^\s*,?\s*(?:of\s+(?:the\s+)?)?(?P<alias>" + "|".join(map(re.escape, aliases)) + r")(?![\w-])")


def article_refs(
    ent: Entity, text: str, laws: Sequence[Entity], layout: Layout, doc_code: str | None
) -> list[ArticleRef]:
    span_text = ent.text
    word = ARTICLE_WORD.search(span_text)
    number_first = NUMBER_FIRST.fullmatch(span_text)  # "the new 412-1 article"
    if number_first:
        word, span_text = None, number_first.group(1)
    rest = span_text[word.end() :] if word else span_text
    # (a paragraph before a subparagraph: "subparagraphs 3 and 5 of paragraph 1 of Article 91" is paragraph 1)
    prefix_paragraphs = list(_PARAGRAPH.finditer(span_text[: word.start()] if word else ""))
    paragraph_m = next((m for m in prefix_paragraphs if not m.group().lower().startswith("sub")), None) or next(
        iter(prefix_paragraphs), None
    )
    if word and not paragraph_m and (paragraph_m := _PARAGRAPH.search(rest)):
        rest = rest[: paragraph_m.start()]  # "Article 164, paragraph 3": the paragraph after the number
    numbers = NUMBERS.findall(_BRACKETED_NAME.sub(" ", rest))
    prefix = span_text[: word.start()] if word else ""
    suffix_part = _PART.search(rest) if word else None
    part_m = _PART.search(prefix) or suffix_part
    part = _ordinal(next(g for g in part_m.group("n", "p", "d", "o", "x") if g)) if part_m else None
    code = _code_for(ent, text, laws, layout, doc_code)
    if (
        _AMENDING_HEADING.match(text, ent.end_char)
        and not text[text.rfind("\n", 0, ent.start_char) + 1 : ent.start_char].strip()
    ):
        code = None  # "Article 1. Make changes to the following legal acts": the amending law's own article
    # each number of a list with its own part in brackets: "Articles 125 (part three), 128 (part four)"
    items = list_items(rest) if word else []
    if len(items) > 1 and (any(own for _, own in items) or re.search(r"\d\s+(?:to|through)\s+\d", rest)):
        part = None
        pairs = items  # (not the parts' own numbers: "189, Part 4, and 361")
    elif suffix_part:
        numbers = [n for n in numbers if n not in suffix_part.group("n", "p", "d", "x")][:1] or numbers
        pairs = [(n, None) for n in numbers]
    else:
        pairs = [(n, None) for n in numbers]
    if word and word.group().lower().startswith("articles"):
        pairs = [(m, own) for n, own in pairs for m in _article_range(n)]
    refs = [
        ArticleRef(
            span_text,
            ent.start_char,
            ent.end_char,
            confidence(ent),
            number=n,
            part=own or part,
            paragraph=_ordinal(paragraph_m.group("n")) if paragraph_m else None,
            code=code,
        )
        for n, own in pairs
    ]
    ent._.lawner_value = [r.to_dict() for r in refs]
    return refs


def list_items(rest: str) -> list[tuple[str, str | None]]:
    """(number, its own part) of each number of a list after the word "Articles": "125 (part three),
    128 (part four)", "189, Part 4, and 361", "296.2 and 296.4". "A to B" ("A through B") is a range: "190 to 192" is
    three articles, "296.2 to 296.4" three parts of one (at most 20 either way)."""
    items: list[tuple[str, str | None]] = []
    to = False
    for m in _ITEM_PART.finditer(_BRACKETED_NAME_ONLY.sub(" ", rest)):
        number, own = m.group("number"), m.group("own")
        own = _ordinal(_PART_NUMBER.search(own).group()) if own else None
        if to and items:
            (first, first_own), last = items[-1], [(number, own)]
            if first == number and first_own and own and int(first_own) < int(own) <= int(first_own) + 20:
                last = [(number, str(p)) for p in range(int(first_own) + 1, int(own) + 1)]
            elif first.isdigit() and number.isdigit() and int(first) < int(number) <= int(first) + 20 and not own:
                last = [(str(n), None) for n in range(int(first) + 1, int(number) + 1)]
            items.extend(last)
        else:
            items.append((number, own))
        to = bool(m.group("to"))
    return items


def _article_range(number: str) -> list[str]:
    """After "Articles", "62-64" is three articles; "232-1" (a lower second number) stays one.

    A code's inserted articles are numbered "232-1", "232-2", so a dash counts as a range only
    when the second number is the higher and the range is short (at most 20 articles).
    """
    first, _, last = number.partition("-")
    if last and int(first) < int(last) <= int(first) + 20:
        return [str(n) for n in range(int(first), int(last) + 1)]
    return [number]


def _ordinal(text: str) -> str | None:
    """ "4", "four" or "fourth" as the digits of a part or paragraph."""
    value = parse_ordinal(text)
    return str(value) if value is not None else None
