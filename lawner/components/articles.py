"""``lawner_articles``: ARTICLE and LAW spans ("Part 4 of Article 366", "Criminal Code")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language

from ..find.articles import ARTICLE_HEADING_RE, ARTICLE_RE, LAW_RE
from ..find.caseless import Caseless
from ..find.match import Match, choose, find_in_windows, windows
from .base import ENTS_SCORE_WEIGHTS, RuleComponent

# a word every LAW match holds ("Criminal Code", Law "On ...", "Constitution"); LAW_RE runs near them
LAW_ANCHOR = Caseless(r"code|law|constitution")


# the free-speech organisation, as its own pages and the news write its name: "ARTICLE 19 also
# condemned the sentence" (not "Article 19 of the Constitution")
# ("Article 19 and Adil Soz are concerned", "Article 19 repeatedly urged": what a group does)
NGO_ARTICLE_19 = re.compile(
    r"ARTICLE 19(?![\w-])(?!\s+of\b)"
    r"|Article 19(?=\s+(?:and\s+(?!Articles?\b|Parts?\b|Paragraphs?\b)[A-Z]"
    r"|and\s+the\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|foundation|bureau|cent(?:er|re))\b|(?:also\s+|repeatedly\s+)?(?:said|says|urged|urges|called|calls"
    r"|repeatedly|expressed|expresses|noted|condemned|condemns|believes|stated|reported|warned|emphasi[sz]es|emphasi[sz]ed"
    r"|welcomed|criticised|criticized|documented)\b)"
    # "Article 19, a London-based freedom of expression organisation"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:organi[sz]ation|group|NGO|watchdog)\b)"
    # "the rights group Article 19"
    r"|(?<=group )Article 19(?![\w-])|(?<=NGO )Article 19(?![\w-])|(?<=organization )Article 19(?![\w-])"
    r"|(?<=organisation )Article 19(?![\w-])"
)


# the number before the word: "the new 412-1 article", "under the 217-1 article of the Criminal Code"
# (a translation's "according to 91 Article", "paragraph 3 of 292 Article": after a preposition,
# with the word capitalized)
NUMBER_FIRST = re.compile(
    r"(?:(?<=\bthe\s)|(?<=\bnew\s)|(?<=\ba\s)"
    r"|(?=\d{1,4}(?:-\d{1,3})?\s+(?-i:Article)\b)(?:(?<=\bto\s)|(?<=\bof\s)|(?<=\bunder\s)|(?<=\bon\s)))"
    r"(?P<span>(?!(?:19|20)\d\d\b(?!-))\d{1,4}(?:-\d{1,3})?\s+article)\b(?!s)",
    re.IGNORECASE,
)


class ArticleRules(RuleComponent):
    labels = ("ARTICLE", "LAW")

    def find(self, text: str, sentences: list[tuple[int, int]]) -> Iterator[Match]:
        matches = [
            Match(m.start("span"), m.end("span"), "ARTICLE", "heading", 0.97) for m in ARTICLE_HEADING_RE.finditer(text)
        ]
        matches += [
            Match(m.start("span"), m.end("span"), "ARTICLE", "article", 0.95)
            for m in ARTICLE_RE.finditer(text)
            if not NGO_ARTICLE_19.match(text, m.start("span"))
        ]
        matches += [
            Match(m.start("span"), m.end("span"), "ARTICLE", "article", 0.9) for m in NUMBER_FIRST.finditer(text)
        ]
        matches += [
            Match(m.start("span"), m.end("span"), "LAW", "law", 0.93)
            for m in find_in_windows(LAW_RE, text, windows(text, LAW_ANCHOR, 150, 260))
        ]
        yield from choose(matches, ["heading", "article", "law"])


@Language.factory(
    "lawner_articles",
    default_config={"overwrite_ents": False},
    assigns=["doc.ents", "doc.spans", "span._.lawner_confidence", "span._.lawner_source"],
    default_score_weights=ENTS_SCORE_WEIGHTS,
)
def make_articles(nlp: Language, name: str, overwrite_ents: bool) -> ArticleRules:
    return ArticleRules(nlp, name, overwrite_ents=overwrite_ents)
