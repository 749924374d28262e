"""Links between items: the article a penalty belongs to, and the amount "the same amount" takes."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..normalize.penalties import ParsedPenalty
from ..records import Penalty
from .articles import ARTICLE_TO_CODE, ARTICLE_WORD, NUMBER_FIRST, NUMBERS, list_items
from .layout import BULLET, Entity, Layout

# an article with no number yet, named between the article and the penalty: the penalty is its own
_UNNUMBERED_ARTICLE = re.compile(
    r"\b(?:a|an|the)\s+(?:separate|new|special|dedicated|standalone|distinct)\s+article\b(?!\s*[#№]?\s*\d)",
    re.IGNORECASE,
)


# the words between a penalty and the article named right after it: "forty MCI (KZT56520) under "
# (not past a comma: "the fine is 25 MCI, under Article 431 ... the fine is 5 MCI" starts the next item)
_ARTICLE_RIGHT_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:under|according\s+to|pursuant\s+to)\s+(?:the\s+)?")


def article_for(
    ent: Entity, articles: Sequence[Entity], laws: Sequence[Entity], layout: Layout, headings: list[tuple[int, str]]
) -> str | None:
    """The article a penalty belongs to.

    Statutes: the article whose heading precedes it. News: an article named in the same
    sentence (before it, else after it), else earlier in its paragraph, else in the paragraph
    before, unless a code is named there, or before it in its sentence, without an article (the
    text moved to another law).
    """
    if headings:
        i = bisect.bisect_right([h[0] for h in headings], ent.start_char) - 1
        return headings[i][1] if i >= 0 else None
    sentence = layout.sentence(ent.start_char)
    line = layout.line(ent.start_char)
    before = [a for a in articles if a.end_char <= ent.start_char]
    same_sentence = [a for a in before if layout.sentence(a.start_char) == sentence]
    after = [a for a in articles if a.start_char >= ent.end_char and layout.sentence(a.start_char) == sentence]
    if after and _ARTICLE_RIGHT_AFTER.fullmatch(layout.text, ent.end_char, after[0].start_char):
        same_sentence = []  # "forty MCI under article 355": the article right after the penalty is its own
    candidates = same_sentence[-1:] or after[:1] or [a for a in before if layout.line(a.start_char) == line][-1:]
    if not candidates and any(layout.sentence(w.start_char) == sentence and w.end_char <= ent.start_char for w in laws):
        return None  # "Under the Code of Administrative Offences, ... a fine of 50 MCI": another law, no article
    if not candidates and BULLET.match(layout.line_text(line)):
        # an item of a bulleted list: the article of the lines that lead into the list
        first = layout.list_start(line)
        candidates = [a for a in before if first - 2 <= layout.line(a.start_char) < first][-1:]
    if not candidates:
        previous = line - 1  # the paragraph before: the last line with text (blank lines between)
        while previous > 0 and not layout.line_text(previous).strip():
            previous -= 1
        refs = sorted(
            [(a.start_char, "ARTICLE", a) for a in before if layout.line(a.start_char) == previous]
            + [
                (w.start_char, "LAW", w)
                for w in laws
                if w.end_char <= ent.start_char
                and layout.line(w.start_char) == previous
                and not any(
                    a.end_char <= w.start_char and ARTICLE_TO_CODE.match(layout.text[a.end_char : w.start_char])
                    for a in articles
                )
            ],
            key=lambda r: r[0],
        )
        if refs and refs[-1][1] == "ARTICLE":
            candidates = [refs[-1][2]]
    if not candidates:
        return None
    if _UNNUMBERED_ARTICLE.search(layout.text, candidates[0].end_char, ent.start_char):
        return None  # "... proposed a separate article in the Criminal Code: a minimum sentence of ...": no number yet
    number_first = NUMBER_FIRST.fullmatch(candidates[0].text)  # "the new 412-1 article"
    if number_first:
        return number_first.group(1)
    return last_number(candidates[0].text)


def last_number(span: str) -> str | None:
    """The article a penalty after an ARTICLE span takes: its number, or the last of a list ("sentenced
    under Articles 190 and 218 to 7 years": 218, GUIDELINES)."""
    word = ARTICLE_WORD.search(span)
    rest = span[word.end() :] if word else span
    if word and word.group().lower().startswith("articles"):
        items = list_items(rest)
        if len({n for n, _ in items}) > 1:
            return items[-1][0]
    numbers = NUMBERS.findall(rest)
    return numbers[0] if numbers else None


# "Part 2 of the article establishes ...": the article named last before
_ANAPHOR = re.compile(
    r"\b(?:this|the|that|said)\s+(?:(?:aforementioned|above-?mentioned|above|same|mentioned)\s+)?article\b(?!\s*[#№]?\s*\d)",
    re.IGNORECASE,
)


def anaphor(ent: Entity, before: str, articles: Sequence[Entity]) -> str | None:
    """The article a penalty's sentence refers back to ("Part 2 of the article provides for ..."):
    the last article named in the 2,000 characters before it."""
    if not _ANAPHOR.search(before):
        return None
    earlier = [a for a in articles if ent.start_char - 2000 <= a.end_char <= ent.start_char - len(before)]
    if not earlier:
        return None
    numbers = NUMBERS.findall(ARTICLE_WORD.split(earlier[-1].text, maxsplit=1)[-1])
    return numbers[0] if numbers else None


# a paragraph that goes on to an article's harsher part without naming it: "If the actions are
# committed by a criminal group repeatedly ..., the punishment is toughened: ..."
_QUALIFIED = re.compile(
    r"\b(?:if\s+(?:the\s+|these\s+|such\s+)?(?:same\s+)?(?:actions?|acts?|offen[cs]es?|violations?|crimes?)"
    r"|(?:the\s+)?same\s+(?:actions?|acts?|offen[cs]es?|violations?)|(?:punishment|penalty|sanction)\s+is\s+(?:toughened|tightened|increased)"
    r"|for\s+(?:a\s+)?repeated\s+(?:offen[cs]e|violation))",
    re.IGNORECASE,
)


def qualified_part(
    ent: Entity,
    before: str,
    earlier: Sequence[Penalty],
    articles: Sequence[Entity],
    laws: Sequence[Entity],
    layout: Layout,
) -> str | None:
    """The article of the paragraph before, for a paragraph that names its harsher part without
    naming the article or any other ("If the actions are committed repeatedly, the punishment is
    toughened: ..."), where that paragraph's last penalty was linked to one."""
    if not _QUALIFIED.search(before) or not earlier or earlier[-1].article is None:
        return None
    line = layout.line(ent.start_char)
    previous = layout.line(earlier[-1].start)
    between = (layout.lines[previous][0], ent.start_char)
    if not 0 <= line - previous <= 2 or any(between[0] <= r.start_char < between[1] for r in (*articles, *laws)):
        return None
    return earlier[-1].article


def take_previous(parsed: ParsedPenalty, previous: list[ParsedPenalty], by_amount: bool = False) -> None:
    """ "correctional labour in the same amount" takes the amount of the fine before it;
    "imprisonment for the same term" the term of the penalty before it. News translates
    correctional labour as "community service of the same amount": that takes the fine's too."""
    money = parsed.kind in {"correctional_labor", "fine"} or (by_amount and parsed.kind == "community_service")
    for earlier in reversed(previous):
        is_money = earlier.unit in {"MCI", "KZT", "USD", "percent"}
        if earlier.amount is not None and is_money == money:
            parsed.amount, parsed.amount_min = earlier.amount, earlier.amount_min
            parsed.unit, parsed.bound = earlier.unit, earlier.bound
            return
