"""``lawner_penalties``: PENALTY spans ("a fine of up to 200 MCI", "up to ten years in prison")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..find.caseless import Caseless
from ..find.match import Match, all_matches, choose, find_in_windows, match_at, merge, sentence_at, windows
from ..find.penalties import (
    CHANGED_NEXT_RE,
    MONEY_NEXT_RE,
    OR_TERM_RE,
    TERM_NEXT_RE,
    TIER_TAIL_RE,
    amount,
    kind_pattern,
    penalty_patterns,
)
from ..normalize.numbers import NUMBER_PATTERN, SIGNED_SCALE
from ..normalize.penalties import normalize_unit
from ..patterns import FLAGS, MONEY_UNITS, unit_words
from .base import ENTS_SCORE_WEIGHTS, RuleComponent

# words without which no penalty pattern can match: the patterns run only near them
ANCHOR = Caseless(
    r"fine|punish|penalt|prison|jail|incarcerat|arrest|detention|labou?r|works?\b|service|liberty|freedom|right|accreditation|"
    r"asked\s+(?:the\s+court\s+)?for|demanded|requested|sought|"
    r"life|sentence|mci|mrp|monthly|tenge|kzt|\$|₸|dollar|warning|confiscat|expuls|deport|evict|suspen|"
    r"\bban|\bbars\b|barred|prohibit|forbidden|allowed|permitted|closed\s+for|shut\s+(?:down\s+)?for|probation|colony|disqualif|demolition|entail|got\b|gets?\b|gave\b|given\b|fac(?:e|es|ed|ing)\b|carr(?:y|ies)\b|receiv|handed|licen[cs]e|certificat|parole|indices|indicators|depriv|citizenship|notification|prevention|behind\s+bars|\bterms?\b|stripped|usd\b"
)
_NUMBER = re.compile(NUMBER_PATTERN, FLAGS)
# the word a spelled-out term ends with: "an eight-year sentence"
SENTENCE_WORD = Caseless(r"\bsentences?\b|(?<=day )terms\b")
# the subjects of a tiered fine: "money_tier" is tried only near one
TIER_SUBJECT_WORD = Caseless(
    r"\b(?:individuals|officials|legal\s+entities|natural\s+persons|juridical\s+persons|citizens|businesses|"
    r"business\s+entities|enterprises|companies)\b"
)
# patterns that begin with a penalty kind: tried only where a kind phrase begins
KIND_FIRST = ("tiered_fine", "tiered_fine_for", "kind_amount", "kind_same", "kind_only", "times_fine")
# "attracts penalty on officials - in the amount of thirty, on ...": a tiered fine with no kind word
ATTRACTS_PENALTY = re.compile(r"(?<=\battracts\s)penalty\b|(?<=\battract\s)penalty\b", re.IGNORECASE)
# "up to 200 hours of community service": ends with a kind phrase, starts at most this far before it
AMOUNT_BEFORE_KIND = 250

# a term in a list after a dash: "asked the following prison terms: X, former deputy governor - 15
# years; Y - 14 years" (taken only where its sentence speaks of terms or sentences before it)
DASH_TERM = Caseless(rf"(?<=\s)[-–—]\s+(?P<span>{amount({'months', 'years'})})(?=\s*(?:[;.]|,\s|$))")
DASH_CUE = Caseless(
    r"\b(?:prison\s+terms?|(?:jail|prison)\s+sentences?|sentences|sentenced|terms\s+of\s+imprisonment|"
    r"asked\s+for|requested|demanded)\b"
)

# a fine of a list after a dash: "a fine is imposed: from 10 to 20 km/h - 5 MCI; from 20 to 40
# km/h - 10 MCI" (taken only within DASH_FINE_BEFORE characters after the word "fine")
# (or after a colon: "(i) for individuals: 10 times the monthly calculation index; (ii) ...")
DASH_MONEY = Caseless(rf"(?:(?<=\s)[-–—]|(?<=\w):)\s+(?P<span>{amount(MONEY_UNITS)})(?![\w-])")
FINE_WORD = Caseless(r"\bfine[sd]?\b")
# a dashed sum per place or company is a total of fines, no penalty: "The largest fines among the
# regions: East Kazakhstan region - 2.6 billion tenge; Kyzylorda region - 681.8 mln tenge"
DASH_TOTAL_LABEL = Caseless(
    r"(?:\b(?:region|oblast|city|district|province|LLP|JSC|Ltd|Inc|company)|\b(?:largest|biggest|highest|total)\s+"
    r"(?:amounts?\s+of\s+)?fines\b[^.;]*?)\s*$"
)
DASH_FINE_BEFORE = 300

# how much each pattern is trusted: the verb-only forms guess the kind
CONFIDENCE = {
    "tiered_fine": 0.95,
    "tiered_fine_for": 0.93,
    "kind_amount": 0.95,
    "fine_for_bracket": 0.85,
    "decade_term": 0.85,
    "times_fine": 0.9,
    "fine_for_is": 0.85,
    "kind_same": 0.93,
    "amount_kind": 0.93,
    "term_list": 0.8,
    "ban_list": 0.8,
    "fine_list": 0.8,
    "changed_to": 0.85,
    "changed_range": 0.85,
    "repeat_fine": 0.85,
    "term_sentence": 0.85,
    "term_given": 0.85,
    "bracketed_fine": 0.85,
    "verb_term": 0.8,
    "sentenced_to": 0.8,
    "jailed_for": 0.8,
    "verb_days": 0.8,
    "sentenced_days": 0.8,
    "sentenced_to_life": 0.85,
    "restricted_for": 0.85,
    "sentence_of": 0.8,
    "changed_term": 0.8,
    "changed_term_verb_first": 0.8,
    "verb_money": 0.85,
    "penalty_of": 0.8,
    "fine_is": 0.85,
    "money_tier": 0.85,
    "banned_for": 0.8,
    "banned_from": 0.8,
    "closed_for": 0.8,
    "not_allowed_for": 0.8,
    "kind_only": 0.85,
    "suspended_for": 0.8,
    "licence_suspended": 0.8,
    "suspend_for_first": 0.8,
    "warning": 0.85,
    "dash_term": 0.75,
    "dash_money": 0.75,
}


# the next item of a list after a pattern's match, governed by the same verb: "X was sentenced to
# 7 years, Y to 7 years and Z to 2 years"; "... from 50 MCI to 100 MCI, and for businesses - from
# 100 MCI to 200 MCI"; "imprisonment for life or at least 20 years"
NEXT_ITEM = {
    "verb_term": TERM_NEXT_RE,
    "sentenced_to": TERM_NEXT_RE,
    "jailed_for": TERM_NEXT_RE,
    "changed_to": CHANGED_NEXT_RE,
    "kind_only": OR_TERM_RE,
    "kind_amount": MONEY_NEXT_RE,
    "verb_money": MONEY_NEXT_RE,
}
# a fine's span, whose next item may be another fine: it ends in a money unit
MONEY_END = re.compile(
    rf"(?:{unit_words(MONEY_UNITS)}|(?:\$|₸|KZT|USD)\s?[\d.,]+{SIGNED_SCALE}?)\s*$",
    FLAGS,
)


def _list_items(m: re.Match[str], rule: str = "term_list") -> list[Match]:
    """One PENALTY per number of "12, 10 and four years": the bare numbers, then the last
    number with its unit (the record builder gives the bare numbers that unit)."""
    numbers = list(_NUMBER.finditer(m.group("list")))
    base = m.start("list")
    items = [Match(base + n.start(), base + n.end(), "PENALTY", rule, CONFIDENCE[rule]) for n in numbers[:-1]]
    items.append(Match(base + numbers[-1].start(), m.end("list"), "PENALTY", rule, CONFIDENCE[rule]))
    return items


class PenaltyRules(RuleComponent):
    labels = ("PENALTY",)

    def find(self, text: str, sentences: list[tuple[int, int]]) -> Iterator[Match]:
        spans = windows(text, ANCHOR, 350, 450)
        kinds = all_matches(kind_pattern(), text, spans)
        kind_starts = [k.start() for k in kinds]
        before_kinds = merge(((k.start() - AMOUNT_BEFORE_KIND, k.end() + 40) for k in kinds), len(text))
        matches = []
        for name, pattern in penalty_patterns():
            if name == "tiered_fine":  # also where CIS translations write "attracts penalty on ..."
                found = match_at(
                    pattern, text, sorted(kind_starts + [m.start() for m in ATTRACTS_PENALTY.finditer(text)])
                )
            elif name in KIND_FIRST:
                found = match_at(pattern, text, kind_starts)
            elif name == "term_sentence":  # "an eight-year sentence": only just before the word
                found = find_in_windows(pattern, text, windows(text, SENTENCE_WORD, 60, 10))
            elif name == "money_tier":  # "27.6 thousand tenge ($184) for officials": just before the subject
                found = find_in_windows(pattern, text, windows(text, TIER_SUBJECT_WORD, 90, 40))
            else:
                found = find_in_windows(pattern, text, before_kinds if name == "amount_kind" else spans)
            for m in found:
                if name in ("term_list", "ban_list", "fine_list"):
                    matches.extend(_list_items(m, name))
                    continue
                end = m.end("span")
                if name == "kind_amount":
                    # "fine of seventeen MCI for small business entities, twenty-five for ..."
                    tail = TIER_TAIL_RE.match(text, end)
                    if tail:
                        end = tail.end()
                matches.append(Match(m.start("span"), end, "PENALTY", name, CONFIDENCE[name]))
                # the next items of a list the same verb governs
                following = NEXT_ITEM.get(name)
                # a fine's next fine follows only a span that ends in money, and in the same unit
                unit = MONEY_END.search(text, m.start("span"), end) and normalize_unit(text[m.start("span") : end])
                if following is MONEY_NEXT_RE and not unit:
                    following = None
                while following and (nxt := following.match(text, end)) is not None:
                    if following is MONEY_NEXT_RE and normalize_unit(nxt.group("span")) != unit:
                        break  # another unit: a conversion ("fined 100 MCI, or 369,200 tenge"), not a second fine
                    matches.append(Match(nxt.start("span"), nxt.end("span"), "PENALTY", name, CONFIDENCE[name]))
                    end = nxt.end("span")
        sentence_starts = [start for start, _ in sentences]
        for m in find_in_windows(DASH_TERM, text, spans):
            if DASH_CUE.search(text, sentence_at(sentences, sentence_starts, m.start(), len(text))[0], m.start()):
                matches.append(Match(m.start("span"), m.end("span"), "PENALTY", "dash_term", CONFIDENCE["dash_term"]))
        for m in find_in_windows(DASH_MONEY, text, spans):
            if FINE_WORD.search(text, max(0, m.start() - DASH_FINE_BEFORE), m.start()) and not DASH_TOTAL_LABEL.search(
                text[max(0, m.start() - 80) : m.start()]
            ):
                matches.append(Match(m.start("span"), m.end("span"), "PENALTY", "dash_money", CONFIDENCE["dash_money"]))
        yield from choose(matches, [name for name, _ in penalty_patterns()] + ["dash_term", "dash_money"])

    def __call__(self, doc: Doc) -> Doc:
        """As every rule component, plus: a PENALTY from the head that holds two or more whole
        penalties the rules found ("a fine of up to 200 MCI, up to 200 hours of community
        service") is split into them."""
        doc = super().__call__(doc)
        found = [s for s in doc.spans.get("lawner_rules", []) if s.label_ == "PENALTY"]
        ents, changed = [], False
        for ent in doc.ents:
            inner = [s for s in found if ent.start <= s.start and s.end <= ent.end]
            if (
                ent.label_ == "PENALTY"
                and ent._.lawner_source == "model"
                and len(inner) >= 2
                and not any(s._.lawner_source == "rules:tiered_fine" for s in inner)
            ):
                for s in inner:
                    s._.lawner_confidence = min(
                        float(ent._.lawner_confidence or 1.0), float(s._.lawner_confidence or 1.0)
                    )
                ents.extend(inner)
                changed = True
            else:
                ents.append(ent)
        if changed:
            doc.ents = ents
        return doc


@Language.factory(
    "lawner_penalties",
    default_config={"overwrite_ents": False},
    assigns=["doc.ents", "doc.spans", "span._.lawner_confidence", "span._.lawner_source"],
    default_score_weights=ENTS_SCORE_WEIGHTS,
)
def make_penalties(nlp: Language, name: str, overwrite_ents: bool) -> PenaltyRules:
    return PenaltyRules(nlp, name, overwrite_ents=overwrite_ents)
