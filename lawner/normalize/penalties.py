"""Penalty phrases to kind, amount, unit and bound.

>>> p = parse_penalty("fine of up to 200 MCI")
>>> (p.kind, p.amount, p.unit, p.bound)
('fine', 200, 'MCI', 'max')
>>> p = parse_penalty("imprisonment for a term of three to eight years")
>>> (p.kind, p.amount_min, p.amount, p.unit, p.bound)
('imprisonment', 3, 8, 'years', 'range')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..patterns import (
    BOUND_MAX,
    BOUND_MIN,
    FLAGS,
    MONEY_UNITS,
    NOT_EXCEED,
    SAME,
    TERM_UNITS,
    unit_patterns,
    unit_words,
)
from .kinds import names_kind, normalize_kind
from .numbers import DIGITS_PATTERN, NUMBER_PATTERN, RANGE_JOIN, SCALE_WORD, SCALES, SIGNED_SCALE, parse_number
from .tiers import Tier, parse_tiers

KINDS = (
    "fine",
    "correctional_labor",
    "community_service",
    "restriction_of_freedom",
    "arrest",
    "imprisonment",
    "life_imprisonment",
    "deprivation_of_right",
    "other",
)
BOUNDS = ("max", "min", "range", "exact")

_NUM = re.compile(NUMBER_PATTERN, FLAGS)
# a currency conversion in brackets inside a span: "($5,000)", "(about USD 1,200)"
_CONVERSION_INSIDE = re.compile(
    r"\s*\(\s*(?:about|approximately|around|roughly|some|~|≈)?\s*(?:\$|USD|US\$|€|EUR)\s?[\d.,]+[^()]{0,15}\)"
)
# (the unit words the span finder uses: lawner/data/penalties.json)
_UNIT_WORD = unit_words(MONEY_UNITS | TERM_UNITS)
# a range with its unit at both ends: "from 50 MCI to 100 MCI", "1.1 million tenge ($2,500) to 3.6 million tenge"
_BOTH_ENDS = re.compile(
    rf"(?P<between>between\s+)?(?P<lo>{NUMBER_PATTERN})\s*(?P<u1>{_UNIT_WORD})\s*(?:\([^()]{{1,40}}\)\s*)?(?:to|-|–|—|(?(between)and|(?!)))\s*"
    rf"(?P<hi>{NUMBER_PATTERN})\s*(?P<u2>{_UNIT_WORD})(?![\w])",
    FLAGS,
)
_RANGE = re.compile(
    rf"(?:between\s+(?P<a>{NUMBER_PATTERN})\s+and\s+(?P<b>{NUMBER_PATTERN})"
    rf"|(?:from\s+)?(?P<c>{NUMBER_PATTERN})\s*{RANGE_JOIN}\s*(?P<d>{NUMBER_PATTERN}))",
    FLAGS,
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", FLAGS)
_PAIR_START = re.compile(rf"{NUMBER_PATTERN}\s+and\s+{NUMBER_PATTERN}\b", FLAGS)
_MAX = re.compile(BOUND_MAX, FLAGS)
_MIN = re.compile(BOUND_MIN, FLAGS)
_SAME = re.compile(SAME, FLAGS)
_SIGNED = re.compile(rf"(?P<sign>\$|₸|KZT|USD|US\$)\s?(?P<n>{DIGITS_PATTERN}{SIGNED_SCALE}?)", FLAGS)
# the high end of a range of signed amounts, after the low one: " and $4,200", " to $2,000"
_SIGNED_RANGE_END = re.compile(
    rf"\s*(?:and|to|-|–|—)\s*(?:\$|₸|KZT|USD|US\$)\s?(?P<n>{DIGITS_PATTERN}{SIGNED_SCALE}?)",
    FLAGS,
)
_LIFE = re.compile(r"\b(?:for\s+life|lifelong|life-long|lifetime|permanent|in\s+perpetuity)\b", FLAGS)
# where an add-on punishment starts inside a span: "... years with confiscation of property"
_ADD_ON = re.compile(
    r"\s+with(?:out)?\s+(?=(?:the\s+)?(?:confiscation|deprivation|a\s+ban|ban|lifetime|lifelong|right\s+to|revocation|suspension))",
    FLAGS,
)
# a suspended or conditional term, the adjective before or at the start of the span: "a suspended
# [six-year sentence]", "a [suspended four-year sentence]"
# (also before a list of terms: "given suspended sentences of five and [two years]")
_SUSPENDED_BEFORE = re.compile(
    r"\b(?:suspended|conditional|probationary)\s+(?:(?:(?:prison|jail)\s+)?(?:sentences?|terms?)\s+(?:of\s+)?"
    r"(?:[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+))*)?$",
    FLAGS,
)
_SUSPENDED_START = re.compile(r"^(?:an?\s+)?(?:suspended|conditional|probationary)\b", FLAGS)
# a size in wages after a term's words: "two months' average wage", "four weeks' state-calculated
# average wages" (Forum 18 sizes fines so)
_WAGES_AFTER = re.compile(
    r"^['’]?s?['’]?\s+(?:[\w-]+\s+){0,2}?(?:average\s+|minimum\s+)?(?:monthly\s+)?(?:wages?|salar(?:y|ies)|earnings)\b",
    FLAGS,
)
# the same inside the span: "fines of two months of average wage", "6 weeks' average wages"
_WAGES_INSIDE = re.compile(
    r"\b(?:weeks?|months?)['’]?\s+(?:of\s+)?(?:(?:the|an?)\s+)?(?:average\s+|minimum\s+)?(?:monthly\s+)?(?:wages?|salar(?:y|ies)|earnings)\b",
    FLAGS,
)
# a conversion rate between kinds: "(replaced with arrest) based on one day of detention for four MCI"
_CONVERSION_BEFORE = re.compile(r"\b(?:one|1)\s+(?:day|hour)\s+of\s+[\w\s]{0,30}$", FLAGS)
# ... the same rate with the one day inside the span: "(arrest at) one day | of detention for four MCI"
_CONVERSION_AFTER = re.compile(
    r"^\s+of\s+[\w\s-]{0,30}?\bfor\s+(?:[\w-]+\s+){1,2}?(?:monthly|MCI|MRP|days?|hours?)\b", FLAGS
)
# a term of office, not of prison: "elected for a term of five years", "limit the presidential
# mandate to seven years"
_OFFICE_TERM_BEFORE = re.compile(
    # (and a conscript's service: "with a standard service term of 12 months")
    r"\b(?:mandate|elected|re-?elected|term\s+of\s+office|tenure|presidential\s+term|(?:his|her)\s+powers|service\s+term"
    r"|term\s+of\s+(?:military\s+)?service|military\s+service|conscript\w*)\b[^.;]{0,60}$",
    FLAGS,
)
# money that a sentence gives to something other than a penalty, when the span names no kind:
# "the threshold for VAT registration has been raised from 15 million to 40 million tenge"
_NOT_PENALTY_MONEY_BEFORE = re.compile(
    r"\b(?:threshold|turnover|VAT|salar(?:y|ies)|wages?|pensions?|budget|prices?|tariffs?|capital|income|revenue|loan"
    # money paid out, not taken: "a reward from 10 to 100 MCI for informants", "a bonus of 50 MCI"
    r"|rewards?|bonus(?:es)?|prizes?|allowances?|grants?|subsid(?:y|ies)|scholarships?|stipends?)\b[^.;]{0,60}$"
    # a damage threshold: "if the damage does not surpass the value equivalent to 200 MCI"
    r"|\b(?:damage|loss|harm)\s+(?:(?:does|did)\s+not\s+|doesn['’]t\s+)?(?:exceed|surpass|exceeding|surpassing|exceeds|surpasses"
    r"|of\s+(?:more|less)\s+than|(?:is|was)\s+(?:more|less)\s+than)\b[^.;]{0,40}$",
    FLAGS,
)
# money that is no one's fine, said after the amount: a sum of fines ("$719 million in fines"),
# damages and costs ("a 30 million tenge damage award", "to cover the costs of"), a sum paid to a
# party ("to the bank"), a bribe's purpose ("asked to pay $50,000 to make officials ...")
_NOT_PENALTY_MONEY_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:in\s+fines\b|(?:in|as)\s+(?:[\w-]+\s+){0,2}?damages\b"
    r"|(?:moral\s+|material\s+)?damages?\s+(?:award|claim)|to\s+cover\b|in\s+(?:court\s+|legal\s+)?(?:costs|fees)\b"
    # "to pay two million tenge to the state for legal costs": costs, not a fine
    r"|to\s+the\s+(?:state|budget)\s+(?:for|as)\s+(?:[\w-]+\s+){0,2}?(?:costs|expenses|fees)\b"
    r"|(?:for|as)\s+(?:the\s+)?(?:legal|court|procedural|trial)\s+(?:costs|expenses|fees)\b"
    r"|to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:victims?|plaintiffs?|bank|party|company|businessman|businesswoman|family|families|complainant)\b"
    r"|(?:in\s+order\s+)?to\s+(?:make|ensure|avoid|close|secure|get|obtain|resolve|settle|influence|drop|release|stop|speed)\b)",
    FLAGS,
)
# one person's fine ordered "in fines" (not a sum of many: "$719 million in fines"): "the court ordered
# him to pay 2 million tenge ($13,500) in fines"
_ORDERED_IN_FINES = re.compile(
    r"\bordered\s+(?:(?:him|her|it)\s+)?to\s+pay\s+(?:a\s+)?\|\s*(?:\([^()]{1,40}\)\s*)?in\s+fines\b", FLAGS
)
# a sum of many penalties before the amount: "imposed 2,100 administrative penalties for more than"
_PENALTIES_FOR_BEFORE = re.compile(
    r"\bpenalties\s+(?:for|totall?ing|worth)\s+(?:a\s+total\s+of\s+)?(?:more\s+than|over|about|around|almost|nearly)?\s*$",
    FLAGS,
)
# a minimum said after the amount: "a fine of 30 MCI (about 100,000 tenge) or more"
_OR_MORE_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:or\s+(?:more|above|higher|over)|and\s+(?:above|over))\b", FLAGS
)
# inside an amount-first span: "a one-year suspended jail term"
_SUSPENDED_INSIDE = re.compile(
    r"\b(?:suspended|conditional|probationary)\s+(?:prison\s+|jail\s+)?(?:sentence|term)s?\b", FLAGS
)
# the word right after the term: "five years in prison (suspended)", "three years, suspended"
# ("three-year suspended terms")
_SUSPENDED_AFTER = re.compile(
    r"^\s*(?:\(\s*(?:suspended|conditional)\s*\)|,\s*(?:suspended|conditional)\b"
    r"|(?:suspended|conditional|probationary)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)\b)",
    FLAGS,
)
# a maximum said by the words before the amount: "fines can reach 5,000 MCI", "raised the maximum
# prison sentence to seven years", "a maximum penalty of three years"
_MAX_BEFORE = re.compile(
    r"(?:\b(?:can|could|may|might)\s+(?:escalate|rise|increase|go\s+up|reach|climb)(?:\s+to)?|\bwill\s+(?:reach|climb\s+to)"
    r"|\bmaximum\b[^.;]{0,60}?\bto"
    # "the fine should not exceed 100 MCI"
    rf"|{NOT_EXCEED}"
    # "carries a maximum penalty of five years", "the maximum sentence is ten years"
    # (not the harshest term handed down: "the director received the maximum sentence of 8 years")
    r"|(?<!received\sthe\s)(?<!given\sthe\s)(?<!got\sthe\s)(?<!handed\sthe\s)(?<!down\sthe\s)"
    r"\bmaximum\s+(?:(?:prison|jail)\s+)?(?:penalty|punishment|sentence|term|fine)\s+(?:(?:under|for|in)\s+[\w\s-]{1,30}?\s+)?"
    r"(?:of|is|will\s+be|would\s+be)(?:\s+an?)?"
    # "The law sets the maximum sentence for spousal assault at 10 years"
    r"|\b(?:sets?|fixe[sd]|fix)\s+(?:the\s+|a\s+)?maximum\s+(?:(?:prison|jail)\s+)?(?:penalty|punishment|sentence|term|fine)\b[^.;]{0,60}?\bat"
    # "faces a maximum [three-year prison sentence]" (not one handed down: "imposed a maximum ...")
    r"|(?<!received\s)(?<!imposed\s)(?<!given\s)(?<!gave\s)(?<!got\s)(?<!handed\s)(?<!down\s)\b(?:a|the)\s+maximum)\s*$",
    FLAGS,
)
# adilet's other translations of "предупреждение" (a warning), taken only after "shall entail"
_WARNING_WORDS = {"notification", "prevention"}
_FINE_BEFORE = re.compile(r"\bfine[sd]?\b", FLAGS)
_SCALE = re.compile(rf"\b{SCALE_WORD}\b", FLAGS)
# the rest of a list whose last number carries the unit: ", 10 and four years"
# (and of fines: "fines of 50, 100 and 200 MCI", "5 and 10 million tenge": the scale is shared too)
_LIST_UNIT = re.compile(
    # ("six- and 14-year jail terms": a hyphen after the number, waiting for the unit)
    rf"^-?\s*(?:,\s*{NUMBER_PATTERN}-?\s*)*,?\s*(?:and|or)\s+{NUMBER_PATTERN}\s*-?\s*"
    r"(?P<unit>tenge|KZT|MCI|MRP|monthly\s+calculation\s+ind\w+|years?|months?|days?|hours?)\b",
    FLAGS,
)
_SCALE_END = re.compile(r"\b(?:thousand|million|billion)\s*$", FLAGS)
# the smaller part of "seven years and six months" (never the "and" of "between three and seven years")
# ("four years eight months", "a six year four month term" leave out the "and")
_COMPOUND = re.compile(rf"\b(?:years?|months?),?\s+(?:and\s+)?({NUMBER_PATTERN})\s+(months?|days?)\b", FLAGS)
# a term with a half written out: "seven and a half years", "four-and-a-half years", "3 1/2 years",
# "half a year" (in months)
_HALF = re.compile(r"\band[\s-]+(?:a[\s-]+)?half\b|\d[\s-]*1/2\b|½|\bhalf\s+a\b", FLAGS)
# a fine sized as a multiple of a sum: "two to three times the value of the stolen property"
_TIMES = re.compile(
    rf"(?:(?P<lo>{NUMBER_PATTERN})\s*(?:to|-|–)\s*)?(?P<hi>{NUMBER_PATTERN})[\s-]+(?:times|fold)\s+(?:the\s+)?"
    r"(?:amount|value|size|sum|cost)\b",
    FLAGS,
)
# a minimum said by the words before the amount: "a minimum sentence of two years"
_MIN_BEFORE = re.compile(
    # ("The minimum penalty under this article is a [fine of 150 MCI]")
    r"\bminimum\s+(?:(?:prison|jail)\s+)?(?:penalty|punishment|sentence|term|fine)\s+(?:(?:under|for|in)\s+[\w\s-]{1,30}?\s+)?"
    r"(?:of|is|will\s+be|would\s+be)\s+(?:an?\s+)?$"
    # "fines begin at 200,000 KZT", "penalties start from 50 MCI"
    r"|\b(?:fines?|penalt(?:y|ies))\s+(?:begin|begins|start|starts|starting)\s+(?:at|from)\s*$",
    FLAGS,
)
# a bare "to" after the kind is translated "до" (up to): "a fine to 5 MCI", "imprisonment to 3 years"
_KIND_TO = re.compile(
    r"\b(?:fines?|imprisonment|arrest|deprivation\s+of\s+liberty|community\s+service)\s+(?:of\s+)?to\s*$", FLAGS
)
# the lower end of a scale that ends in life: "range from [eight years' imprisonment] to life imprisonment"
_FROM_BEFORE = re.compile(r"\bfrom\s*$", FLAGS)
_TO_LIFE_AFTER = re.compile(r"\s*to\s+life\b", FLAGS)
# a ban named in the span: "a seven-year ban", "ban of three years"
# (a sportsman's "four-year suspension" or "disqualification" is a ban on his activity, no prison term)
_MAX_EQUIVALENT = re.compile(r"\bup\s+to\s+(?:the\s+)?(?:equivalent|sum|amount)\s+of\s+(?:about\s+|around\s+)?$", FLAGS)
_UNIT_DEFAULT_KIND = {
    "MCI": "fine",
    "KZT": "fine",
    "USD": "fine",
    "percent": "fine",
    "hours": "community_service",
    "days": "arrest",
    "months": "imprisonment",
    "years": "imprisonment",
}


@dataclass
class ParsedPenalty:
    """The normalized value of one PENALTY span (before linking and "same amount" resolution).

    ``kind`` is ``"none"`` when the text names no penalty at all; such spans make no entry.
    """

    kind: str
    amount: float | None = None
    amount_min: float | None = None
    unit: str | None = None
    bound: str = "exact"
    same_as_previous: bool = False
    life: bool = False
    tiers: list[Tier] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "amount": self.amount,
            "amount_min": self.amount_min,
            "unit": self.unit,
            "bound": self.bound,
        }


def normalize_unit(text: str) -> str | None:
    """The unit of the first quantity in ``text``: MCI, KZT, USD, percent, hours, days, months, years."""
    signed = _SIGNED.search(text)
    if signed:
        return "USD" if signed.group("sign").upper() in {"$", "USD", "US$"} else "KZT"
    best: tuple[int, str] | None = None
    for unit, pattern in unit_patterns():
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), unit)
    return best[1] if best else None


def _number(text: str) -> float | None:
    value = parse_number(text)
    return None if value is None else value


def _compound_term(text: str, unit: str | None) -> tuple[float, str] | None:
    """The smaller part of a compound term, and the unit the whole term is counted in:
    "seven years and six months" gives (6, "months"), so the term is 90 months."""
    m = _COMPOUND.search(text)
    if not m or unit not in {"years", "months"}:
        return None
    extra = _number(m.group(1)) or 0
    extra_unit = m.group(2).lower().rstrip("s") + "s"
    if unit == "years" and extra_unit == "months":
        return extra, "months"
    if unit == extra_unit:
        return extra, unit
    return None


# "a decade", "two decades": ten years each
_DECADES = re.compile(r"\b(a|one|two|three)\s+decades?\b", FLAGS)
_DECADE_COUNT = {"a": 10, "one": 10, "two": 20, "three": 30}
# "a year", "a month" as a term ("sentenced to a year", "up to a year in prison")
_A_TERM = re.compile(r"\ba(?=\s+(?:year|month)\b)", FLAGS)
_A_TERM_AND_A_HALF = re.compile(r"\ba\s+(year|month)\s+and\s+a\s+half\b", FLAGS)


def parse_penalty(text: str, before: str = "", after: str = "") -> ParsedPenalty:
    """Normalize a PENALTY span's text; ``before`` and ``after`` are the text around it in its
    sentence.

    The kind comes from the span ("fine", "deprivation of liberty"), else from the verb before
    it ("sentenced to seven years" is imprisonment, "fined 100 MCI" a fine), else from the
    unit. "up to"/"not more than" give bound ``max``, "at least" ``min``, "three to eight"
    ``range`` (amount_min 3, amount 8), a single number ``exact``.
    """
    # "up to a year in prison": one year; "a year and a half": one and a half years
    clean = _A_TERM.sub("one", _A_TERM_AND_A_HALF.sub(r"one and a half \1s", " ".join(text.split())))
    clean = _CONVERSION_INSIDE.sub("", clean)  # "2.5 million tenge ($5,000) to 7 million tenge"
    clean = _DECADES.sub(lambda m: f"{_DECADE_COUNT[m.group(1).lower()]} years", clean)  # "a decade in prison"
    if _BETWEEN_BEFORE.search(before[-12:]) and _PAIR_START.match(clean):
        clean = "between " + clean  # "terms ranged between [five and eight years]": the range's first word outside
    clean = clean.removesuffix("-")  # "six-" of "six- and 14-year terms" (the token keeps the hyphen)
    unit = normalize_unit(clean)
    shared = _LIST_UNIT.match(after) if unit is None and _NUM.fullmatch(clean) else None
    if shared:  # "sentenced to 12, 10 and four years": "12" and "10" share the last unit
        unit = normalize_unit(shared.group("unit"))
        scale = _SCALE_END.search(after, 0, shared.start("unit"))
        clean = f"{clean} {scale.group().strip() + ' ' if scale else ''}{shared.group('unit')}"
    # "7-12 years with confiscation": the add-on after "with" does not name the main kind
    main = _ADD_ON.split(clean, maxsplit=1)[0]
    named = normalize_kind(main if _NUM.search(main) else clean, before)  # by the span's words or a verb
    kind = named or _UNIT_DEFAULT_KIND.get(unit or "")
    if clean.lower() in _WARNING_WORDS:  # the rules' "warning" pattern found it after "shall entail"
        kind = "other"
    elif kind == "imprisonment" and clean.lower() == "life":  # "sentenced to [life] for murder"
        kind = "life_imprisonment"
    elif kind == "imprisonment" and (
        _SUSPENDED_BEFORE.search(before)
        or _SUSPENDED_START.search(clean)
        or _SUSPENDED_AFTER.match(after)
        or _SUSPENDED_INSIDE.search(clean)
    ):
        kind = "other"
    # a kind the span names itself ("administrative arrest for up to five years", as adilet once
    # mistranslated) is kept; one guessed from a verb follows the unit ("detained ... jailed for 9 years")
    if kind == "arrest" and unit in {"months", "years"} and not names_kind(main, kind):
        kind = "imprisonment"
    elif kind == "imprisonment" and unit in {"days", "hours"}:  # "15 days in jail" for a rally: administrative arrest
        kind = "arrest"
    elif kind in {"imprisonment", "arrest"} and unit in MONEY_UNITS and not names_kind(main, kind):
        kind = "fine"  # "they will face a penalty of 10 MRP": money is a fine whatever the verb
    elif kind == "fine" and unit in {"months", "years"} and not names_kind(main, kind):
        kind = "imprisonment"  # "range from a fine of 10 MRP ... to a [9-year term]": a term is no fine
    if kind is None:  # no kind word, no verb, no unit: not a penalty ("restriction of movement")
        return ParsedPenalty(kind="none")
    if unit in TERM_UNITS and (
        _WAGES_AFTER.match(after[shared.end() :] if shared else after) or _WAGES_INSIDE.search(clean)
    ):
        # "fines of one or two months' average salary": a fine sized in wages, no term
        return ParsedPenalty(kind="fine")
    if unit in MONEY_UNITS and _CONVERSION_BEFORE.search(before):
        return ParsedPenalty(kind="none")  # "one day of detention for four MCI": a rate, not a fine
    if kind == "imprisonment" and not names_kind(main, kind) and _OFFICE_TERM_BEFORE.search(before[-80:]):
        return ParsedPenalty(kind="none")  # "elected for a term of five years": a term of office
    if (
        unit in MONEY_UNITS
        and named in {None, "fine"}
        and (
            (_NOT_PENALTY_MONEY_AFTER.match(after) and not _ORDERED_IN_FINES.search(before[-40:] + "|" + after[:60]))
            or _PENALTIES_FOR_BEFORE.search(before[-60:])
            or re.search(r"\bin\s+fines$", clean, re.IGNORECASE)
        )
    ):
        return ParsedPenalty(kind="none")  # "$719 million in fines", "a 30 million tenge damage award"
    if unit in MONEY_UNITS and named is None and _NOT_PENALTY_MONEY_BEFORE.search(before[-80:]):
        return ParsedPenalty(kind="none")  # "the VAT threshold was raised from 15 to 40 million tenge"
    if unit == "percent" and not (names_kind(main, "fine") or _FINE_BEFORE.search(before[-200:])):
        # a share is a fine only where the span or its sentence says so ("a fine of 200% of the tax", "a
        # 300% fine", "a fine on individuals of thirty percent, on legal entities - one hundred percent"):
        # "VAT rises from 12% to 16%", "31% involved real imprisonment" are none
        return ParsedPenalty(kind="none")
    parsed = ParsedPenalty(kind=kind, unit=unit)
    times = _TIMES.search(clean) if kind == "fine" and unit is None else None
    if times:  # "a fine of two to three times the value of the stolen property": a multiple, no unit
        low, high = _number(times.group("lo") or ""), _number(times.group("hi"))
        if high is not None:
            parsed.amount = high
            if low is not None and low < high:
                parsed.amount_min, parsed.bound = low, "range"
            elif _MAX.search(clean[: times.start("hi")][-25:]):
                parsed.bound = "max"
            return parsed
    if _SAME.search(clean):
        parsed.same_as_previous = True
        parsed.unit = None
        return parsed
    if kind == "life_imprisonment":
        parsed.unit = None
        return parsed
    parsed.life = bool(_LIFE.search(clean)) and kind == "deprivation_of_right"
    tiers = parse_tiers(clean)
    if len(tiers) >= 2:
        parsed.tiers = tiers
        parsed.amount = tiers[0].amount
        return parsed
    # the quantity sits in front of its unit: find the unit, then read the numbers before it
    quantity_text = clean
    signed = _SIGNED.search(clean)
    if signed:
        parsed.amount = _number(signed.group("n"))
        head = clean[: signed.start()]
        high = _SIGNED_RANGE_END.match(clean, signed.end())
        if high and parsed.amount is not None and (top := _number(high.group("n"))) is not None and parsed.amount < top:
            # "between $1,100 and $4,200", "from $500 to $2,000"
            parsed.amount_min, parsed.amount, parsed.bound = parsed.amount, top, "range"
            return parsed
        # ("a fine of up to the equivalent of $1,300": the bound before the words that convert)
        if _MAX.search(head[-20:]) or (not head.strip() and _MAX_EQUIVALENT.search(before[-50:])):
            parsed.bound = "max"
        else:
            parsed.bound = "min" if _MIN.search(head[-20:]) else "exact"
        return parsed
    if unit is not None:
        for u, pattern in unit_patterns():
            if u == unit:
                m = pattern.search(clean)
                if m:
                    quantity_text = clean[: m.start()]
                    break
    both = _BOTH_ENDS.search(clean)
    if both and unit is not None and normalize_unit(both.group("u1")) == normalize_unit(both.group("u2")) == unit:
        low, high = _number(both.group("lo")), _number(both.group("hi"))
        if low is not None and high is not None and low < high:
            parsed.amount_min, parsed.amount, parsed.bound = low, high, "range"
            return parsed
    if both and {normalize_unit(both.group("u1")), normalize_unit(both.group("u2"))} == {"months", "years"}:
        # "three months to three years imprisonment": a range in the smaller unit, as a compound term is
        low, high = _number(both.group("lo")), _number(both.group("hi"))
        if low is not None and high is not None:
            low *= 12 if normalize_unit(both.group("u1")) == "years" else 1
            high *= 12 if normalize_unit(both.group("u2")) == "years" else 1
            if low < high:
                parsed.amount_min, parsed.amount, parsed.bound, parsed.unit = low, high, "range", "months"
                return parsed
    ranges = list(_RANGE.finditer(quantity_text))
    range_m = ranges[-1] if ranges else None  # the range nearest the unit
    if range_m and range_m.end() >= len(quantity_text.rstrip(" -")) - 1:
        low_text, high_text = range_m.group("a") or range_m.group("c"), range_m.group("b") or range_m.group("d")
        low, high = _number(low_text), _number(high_text)
        scale = _SCALE.search(high_text)
        # "three to seven thousand" (not "600,000 to 4.4 million": the low end is whole already)
        if scale and low is not None and high is not None and not _SCALE.search(low_text):
            if low * SCALES[scale.group(0).lower()] <= high:
                low *= SCALES[scale.group(0).lower()]
        if low is not None and high is not None and low < high:
            parsed.amount_min, parsed.amount, parsed.bound = low, high, "range"
    if parsed.amount is None:
        numbers = list(_NUM.finditer(quantity_text))
        if numbers and unit is not None:
            last = numbers[-1]
            parsed.amount = _number(last.group(0))
            head = quantity_text[: last.start()]
            context = (before + " " + head)[-80:]
            if _MAX.search(head[-25:]) or _KIND_TO.search(context) or _MAX_BEFORE.search(context):
                parsed.bound = "max"
            elif (
                _MIN.search(head[-25:])
                or _MIN_BEFORE.search(context)
                or (_FROM_BEFORE.search(before) and _TO_LIFE_AFTER.match(after))
                or _OR_MORE_AFTER.match(after)
            ):
                parsed.bound = "min"
    compound = _compound_term(clean, unit)
    if compound and parsed.amount is not None:
        extra, in_unit = compound
        scale = 12 if (unit, in_unit) == ("years", "months") else 1
        parsed.amount = round(parsed.amount * scale + extra, 4)
        parsed.unit = in_unit
        if parsed.amount_min is not None:
            parsed.amount_min = round(parsed.amount_min * scale, 4)
    if unit == "years" and parsed.amount is not None and parsed.unit == "years" and _HALF.search(clean):
        parsed.amount = round(parsed.amount * 12, 4)
        parsed.amount_min = None if parsed.amount_min is None else round(parsed.amount_min * 12, 4)
        parsed.unit = "months"
    if parsed.amount is None:
        parsed.unit = None if unit in TERM_UNITS | MONEY_UNITS and not parsed.amount else unit
    elif parsed.amount == 1 and unit in {"days", "hours"} and _CONVERSION_AFTER.match(after):
        return ParsedPenalty(kind="none")  # "arrest at one day of detention for four MCI": a rate
    elif re.search(r"\bweeks?\b", clean, FLAGS) and unit == "days":
        parsed.amount *= 7
        if parsed.amount_min is not None:
            parsed.amount_min *= 7
    return parsed
