"""Which paragraphs are not English: Russian or Kazakh (Cyrillic), other scripts, or Latin
text without English function words. lawner marks them and does not guess at them."""

from __future__ import annotations

import re

from .text import lines

_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_ENGLISH = {
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "for",
    "on",
    "by",
    "with",
    "that",
    "was",
    "be",
    "as",
    "or",
    "are",
    "at",
    "from",
    "it",
    "an",
    "this",
    "will",
    "has",
    "have",
    "not",
    "which",
    "shall",
    "under",
    "up",
    "its",
    "their",
    "his",
    "her",
    "were",
    "been",
    "said",
    "also",
}
# function words of the other Latin-script languages news pages carry (German, French, Spanish,
# Portuguese, Italian, Turkish, Kazakh in Latin letters): a line without English function words
# is "other" only when it has these, or when it is long. English headlines have neither ("Masimov
# Gets 18-Year Sentence Over Bloody January Events").
_FOREIGN = set(
    "der die das und zu von mit ist ein eine einer nicht auf für im den dem des wurde "
    "le la les et des du une un de au aux est pour par sur dans avec "
    "el los las que del por con para una es y "
    "da do em dos das uma não il di che della "
    "ve bir ile bu için men jäne jane ushin úshin osy".split()
)
_WORD = re.compile(r"[^\W\d_]+")


_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_KAZAKH_RE = re.compile("[" + "".join(sorted(_KAZAKH)) + "]")


# a word of lower-cased ASCII text
_ASCII_WORD = re.compile(r"[a-z]+")


def language_of(line: str) -> str | None:
    """ "en", "kk", "ru" or "other" for a paragraph; ``None`` when it has too few letters to tell."""
    if line.isascii():  # most lines: Latin letters only, so English or another Latin-script language
        words = _ASCII_WORD.findall(line.lower())
        if sum(map(len, words)) < 12:
            return None
        return "other" if _foreign(words) else "en"
    latin = len(_LATIN.findall(line))
    if latin > 0.9 * len(line) - line.count(" ") - 20 and latin >= 12:
        letters = latin  # plain ASCII prose: skip the slower counts
        cyrillic = 0
    else:
        letters = len(_LETTER.findall(line))
        if letters < 12:
            return None
        cyrillic = len(_CYRILLIC.findall(line))
    if cyrillic / letters > 0.5:
        return "kk" if _KAZAKH_RE.search(line) else "ru"
    if latin / letters < 0.5:
        return "other"
    return "other" if _foreign([w.lower() for w in _WORD.findall(line)]) else "en"


def _foreign(words: list[str]) -> bool:
    """A line of Latin-script words in another language than English: eight words or more,
    almost no English function words, and either another language's or twenty words or more."""
    if len(words) < 8 or sum(w in _ENGLISH for w in words) / len(words) >= 0.08:
        return False
    return len(words) >= 20 or sum(w in _FOREIGN for w in words) / len(words) >= 0.08


def non_english(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) of the paragraphs (lines) that are not English."""
    out = []
    for start, end in lines(text):
        language = language_of(text[start:end])
        if language not in (None, "en"):
            # an English lead-in before the first Cyrillic word stays English: a dateline "27
            # November 2017 Версия для печати" on an English page keeps its date
            cyrillic = _CYRILLIC.search(text, start, end)
            lead = text[start : cyrillic.start()] if cyrillic and language in {"ru", "kk"} else ""
            if len(_LATIN.findall(lead)) >= 3 and len(lead.split()) >= 2:
                start = cyrillic.start()
            if out and out[-1][2] == language and not text[out[-1][1] : start].strip():
                out[-1] = (out[-1][0], end, language)
            else:
                out.append((start, end, language))
    return out
