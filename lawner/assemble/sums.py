"""Sums that are no fine of their own, though a PENALTY span stands there: many fines summed ("fines
totalling 512,400 tenge"), a payment that punishes no one (a fee, a deposit, an allowance received,
a debt owed, a price paid more), an unpaid tax, a threshold or a bracket, a conversion of a fine
("equivalent to 291,700 tenge", "(about $1,200)" restated), a fine measured in months of income.
:func:`no_fine` is asked by :func:`lawner.assemble.nonpenalties.not_a_penalty`."""

from __future__ import annotations

import re

from ..patterns import NOT_EXCEED

# the sum of many fines: "fines totalling 332,280 tenge were issued", "having fined violators at more
# than 2 billion tenge"
_SUM_OF_FINES = re.compile(
    r"\bfines\s+(?:totall?ing|amounting\s+to|worth\s+a\s+total\s+of|for\s+a\s+total\s+of)\b"
    # "civil servants were fined a total of $99,300"
    r"|\bfined\s+a\s+total\s+of\b"
    # "fines that totally exceed 100 billion tenge" (not "fines exceeding $250": a minimum)
    r"|\bfines\s+(?:(?:that|which)\s+(?:totally\s+|in\s+total\s+|altogether\s+)?|(?:totally|in\s+total|altogether)\s+)exceed(?:ed|s)?\b"
    # "the fines they paid exceeded 300 thousand tenge"
    r"|\bfines\s+(?:[\w'’-]+\s+){0,3}?(?:exceeded|totall?ed|amounted\s+to|reached)\s+(?:more\s+than\s+|over\s+)?[\d$₸]"
    r"|\bfined\s+(?:[\w-]+\s+){0,2}?(?:violators|offenders|entities|companies|businesses|enterprises)\s+(?:at|for)\s+(?:a\s+total\s+of\s+)?"
    r"(?:more\s+than\s+|over\s+|about\s+|almost\s+|nearly\s+)?[\d$₸]",
    re.IGNORECASE,
)

# "Almaty drivers fined 1 billion tenge in 2 months": a plural subject's fines, summed
_MANY_FINED = re.compile(
    r"\b(?-i:[A-Z]?[a-z]{3,}s)\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?fined\s+(?:at\s+|for\s+)?(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+)?"
    # ("Airlines were fined for KZT25mln")
    r"(?:KZT\s?|USD\s?|\$|₸)?"
    r"[\d.,]+\s*(?:million|billion|mln|bn)\b",
    re.IGNORECASE,
)

# the fine a reduction started from: "reduced by nearly 50% an environmental fine of 74.4 billion tenge"
_REDUCED_FINE = re.compile(
    r"\b(?:reduced|lowered|cut|halved|decreased)\s+(?:by\s+[^.;]{1,30}?\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:fine\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)

# "inspectors have fined shop owners 215 million tenge", "police fined cafes 48 million tenge":
# many people's fines, summed (a plural object in lower case and a sum in millions; not "... each")
_FINED_MANY = re.compile(
    r"\bfined\s+(?:[\w-]+\s+){0,2}?(?-i:[a-z-]+(?<!ss)s)\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+|almost\s+|nearly\s+)?"
    r"[\d.,]+\s*(?:million|billion|mln|bn)\b",
    re.IGNORECASE,
)

# statistics of inspections: "imposed fines of more than 49 million tenge", "imposed fines in the
# amount of 65.6 million tenge" (plural fines, sized in millions: a sum of many)
_FINES_IMPOSED_SUM = re.compile(
    r"(?:\b(?:imposed|issued|levied|collected|handed\s+out)\s+(?:[\w-]+\s+){0,3}?fines"
    # "fined for the amount of 19 million tenge", "46 paid fines up to KZT 1.3 mln"
    r"|\bfined\s+for\s+the\s+(?:total\s+)?(?:amount|sum)\s+of|\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?paid\s+fines(?:\s+up\s+to)?"
    # "administrative fines were imposed in the amount of more than 19 million tenge"
    r"|\bfines\s+(?:were|have\s+been|had\s+been)\s+(?:imposed|issued|levied|collected))"
    # ("imposed fines for more than KZT15 bn")
    r"\s+(?:of\s+|for\s+|in\s+the\s+(?:total\s+)?amount\s+of\s+|worth\s+)?"
    r"(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+|almost\s+|nearly\s+)?(?:KZT\s?|\$|₸)?[\d.,]+\s*(?:million|billion|mln|bn)\b",
    re.IGNORECASE,
)

# a payment that is no punishment: "must pay election fee of 1.60 million tenge", "a deposit of 50 MCI"
_PAYMENT_BEFORE = re.compile(
    # (a bare "fee" is a translation's word for a fine: "he must pay the fee of 15 monthly calculated indexes")
    r"\b(?:(?:election|registration|state|entrance|licen[cs]e|application|tuition|service|membership|court)\s+fee|deposit|bail)"
    r"\s+(?:of|in\s+the\s+amount\s+of|amounting\s+to|equal\s+to)\s+$",
    re.IGNORECASE,
)

# a sum not paid, no fine: "accused of failing to pay 327 million tenge in taxes", "evading 2 billion tenge"
_UNPAID = re.compile(
    r"\b(?:fail(?:ed|ing|s|ure)?\s+to\s+pay|evad(?:e|ed|es|ing)|evasion\s+of|non-?payment\s+of|unpaid)\s+"
    r"(?:(?:over|more\s+than|about|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)

# after the sum, past a conversion in brackets ("78,000 tenge ($150 USD) into ...")
_PAST_GLOSS = r"^\s*(?:\([^()]{1,40}\)\s*)?"
_IN_TAXES = re.compile(rf"{_PAST_GLOSS}(?:in|of)\s+(?:unpaid\s+|back\s+)?tax(?:es)?\b", re.IGNORECASE)
# damages named before the sum: "due to non-compensation of damages amounting to 423,000 tenge"
_DAMAGES_BEFORE = re.compile(
    r"\b(?:damages?|harm|losses?|compensation)\s+(?:amounting\s+to|in\s+the\s+amount\s+of|totall?ing|worth|of)\s*$",
    re.IGNORECASE,
)
# a payment into a fund: "ordered him to pay 78,000 tenge ($150 USD) into the victims' compensation fund"
_INTO_FUND = re.compile(rf"{_PAST_GLOSS}(?:in|into|to)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,3}}?fund\b", re.IGNORECASE)

# the same amount restated in a gloss in brackets: "a fine of up to 200 MCI (a Monthly Calculation
# Index ...; 200 MCI is cited as about 865,000 tenge)"
_GLOSS_OPEN = re.compile(r"(?P<outside>[^()]{0,60})\([^()]{0,160}$")

# a fine measured in the convict's income over a period: "in the amount of the convicted person's
# salary or other income for a period of one to two months"
_INCOME_PERIOD = re.compile(
    r"\b(?:salary|wages?|income)\s+(?:or\s+(?:any\s+)?other\s+income\s+)?(?:of\s+the\s+convicted\s+person\s+)?"
    r"for\s+(?:a\s+|the\s+)?(?:period|term)\s+(?:of\s|up\s+to\s)",
    re.IGNORECASE,
)

# a size that makes an offence criminal: "and the size of the fine exceeds 173 thousand tenge, the
# offenders shall be subject to criminal liability"
_FINE_THRESHOLD = re.compile(
    r"\b(?:size|amount)\s+of\s+(?:the\s+)?fines?\s+(?:exceeds?|is\s+(?:more|greater|higher)\s+than)\b", re.IGNORECASE
)

_EACH_AFTER = re.compile(r"[^;]{0,40}?\b(?:each|respectively)\b", re.IGNORECASE)

# a sum someone receives, is paid or owes, or pays more for a service, in a clause that names no
# sanction: "women receive 30 MCIs", "mothers are given 50 MCIs", "holders owe $2.1 million",
# "owners will pay an average of five tenge more"
_RECEIVED = re.compile(
    r"\b(?:receives?|received|receiving|earns?|earned|owes?|owed|owing"
    r"|(?:is|are|was|were|will\s+be|be)\s+(?:given|paid|granted|allocated|awarded))\s+"
    r"(?:(?:about|around|up\s+to|only|more\s+than|over|nearly|almost|an\s+average\s+of)\s+)?"
    # (and the same sum in tenge after it: "receive 30 MCIs, or 59,460 tenge")
    r"(?:[\d.,]+\s*[\w$]+,?\s+or\s+)?$",
    re.IGNORECASE,
)

# a size an income or turnover is measured by: "incomes of up to 30,000 MCI", "annual turnover below 300,000 MCI"
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:incomes?|turnover|revenues?|threshold)\s+(?:of\s+)?(?:up\s+to\s+|not\s+exceeding\s+|below\s+|above\s+|over\s+)?$",
    re.IGNORECASE,
)

# what a fraud's victims were made to pay: "got their unsuspecting victims to pay nearly $50,000"
_VICTIMS_PAY = re.compile(
    r"\b(?:victims|depositors|investors|customers|clients|buyers)\s+(?:to\s+)?(?:pay|paid|transfer|transferred)\s+"
    r"(?:(?:a\s+total\s+of|nearly|about|over|more\s+than|almost|some)\s+)?$",
    re.IGNORECASE,
)
# a limit a value must keep to, said with no sanction in its clause: "the gift should not exceed 5 MCI"
_LIMIT_BEFORE = re.compile(rf"{NOT_EXCEED}\s*$", re.IGNORECASE)
_SANCTION_WORD = re.compile(r"\b(?:fine[sd]?|penalt(?:y|ies)|punish\w*|sanctions?|liab\w*|entails?)\b", re.IGNORECASE)

# the fines of many violations, counted in the sentence: "identified over 5,000 violations in the plant
# quarantine field, leading to fines of 392.8 million tenge"
_FINES_OF = re.compile(
    r"\bfines\s+(?:of|totall?ing|amounting\s+to|worth|in\s+the\s+(?:total\s+)?amount\s+of)\s+$", re.IGNORECASE
)
_VIOLATIONS_COUNTED = re.compile(
    r"(?:\d[\d,.\s]*|thousands|hundreds|dozens)\s+(?:[\w-]+\s+){0,2}?(?:violations|offen[cs]es|infringements|violators|offenders|protocols)\b",
    re.IGNORECASE,
)

_GREW = re.compile(
    r"\b(?:grows?|grew|rises?|rose|increase[sd]?|decrease[sd]?|fell|falls?|dropped|declined|doubled|tripled|reached|exceeded|totall?ed)"
    r"\b(?:\s+from\b[^.;]*\bto)?\s*$",
    re.IGNORECASE,
)

_EXCHANGE_AFTER = re.compile(
    r"\s*,?\s*(?:at|by)\s+(?:the\s+)?(?:current\s+|today['’]s\s+)?exchange\s+rates?\b", re.IGNORECASE
)

_PER_YEAR_AFTER = re.compile(r"\s*(?:/\s*year|per\s+(?:year|annum))\b", re.IGNORECASE)

_PAY_MORE = re.compile(r"\bpay\b[^.;]*$", re.IGNORECASE)

_MORE_AFTER = re.compile(r"\s+(?:more|less|extra)\b(?!\s+than)", re.IGNORECASE)

_SANCTION_WORD = re.compile(r"\b(?:fine[ds]?|fining|penalt(?:y|ies)|punish\w*|sanction\w*|liab\w*)\b", re.IGNORECASE)

_MONEY_SIZE = re.compile(
    r"\b(?:tenges?|KZT|MCIs?|monthly|dollars|euros?)\b|[$₸]\s?\d",
    re.IGNORECASE,
)


def _restated(span: str, outside: str) -> bool:
    """Whether the span's amount and unit ("200 MCI") end the text just before the gloss's bracket."""
    amount = re.search(r"\d[\d.,]*\s*[A-Za-z]+", span)
    return bool(amount) and outside.rstrip().endswith(" ".join(amount.group().split()))


def _money_no_sanction(span: str, clause: str, after: str) -> bool:
    """A bare sum received, paid out, owed, or paid more for a service, in a clause with no sanction's
    word: an allowance, a debt or a price, no fine."""
    if _SANCTION_WORD.search(clause) or _SANCTION_WORD.search(span) or not _MONEY_SIZE.search(span):
        return False
    return bool(
        _RECEIVED.search(clause[-60:])
        or _PER_YEAR_AFTER.match(after)  # "Up to 600,000 MCI/year – 10%": an income bracket
        or (_PAY_MORE.search(clause[-80:]) and _MORE_AFTER.match(after))
        # a volume that grew or fell: "transactions grew from KZT 5 trillion to KZT 10 trillion"
        or _GREW.search(clause[-100:])
    )


def _income_period(before: str, span: str) -> bool:
    """Whether "salary or other income for a period of" ends just before the span's number or
    inside the span ("[other income for a period of one to two months]")."""
    return any(m.end() >= len(before) for m in _INCOME_PERIOD.finditer(before + span))


def _first_digit(span: str) -> int:
    """Where the span's first digit stands (its length when it has none)."""
    m = re.search(r"\d", span)
    return m.start() if m else len(span)


def no_fine(span: str, before: str, after: str, clause: str) -> bool:
    """Whether the span is a sum that is no fine: ``before`` and ``after`` are its sentence's text on
    either side, ``clause`` its own clause up to it."""
    if _PAYMENT_BEFORE.search(before[-40:]):  # "must pay an election fee of 1.6 million tenge": no punishment
        return True
    if _UNPAID.search(before[-60:]) or _IN_TAXES.match(after):  # "failing to pay 327 million tenge in taxes"
        return True
    if _DAMAGES_BEFORE.search(before[-60:]):  # "non-compensation of damages amounting to 423,000 tenge"
        return True
    if _INTO_FUND.match(after):  # "to pay 78,000 tenge into the victims' compensation fund": no punishment
        return True
    gloss = _GLOSS_OPEN.search(before[-220:])
    if gloss and _restated(span, gloss.group("outside")):  # "200 MCI (...; 200 MCI is about 865,000 tenge)"
        return True
    if _income_period(before[-80:], span):  # "a fine ... of the convicted person's salary or other income
        return True  # for a period of one to two months": the fine's other measure, no term
    if _FINE_THRESHOLD.search(before[-40:] + span):  # "if the size of the fine exceeds 173 thousand tenge": a threshold
        return True
    if _THRESHOLD_BEFORE.search(before[-40:] + span[: _first_digit(span)]):
        return True  # "incomes of up to 30,000 MCI": a threshold, no fine
    if _VICTIMS_PAY.search(before[-60:]):
        return True  # "got their unsuspecting victims to pay nearly $50,000 for nonexistent jobs": a fraud's take
    if _LIMIT_BEFORE.search(before[-40:]) and not _SANCTION_WORD.search(clause):
        return True  # "the gift should not exceed [5 MCI]": a limit, no fine
    if _FINES_OF.search(before[-40:] + span[: _first_digit(span)]) and _VIOLATIONS_COUNTED.search(before[-250:]):
        return True  # "identified over 5,000 violations ..., leading to fines of [392.8 million tenge]": a sum
    if _EXCHANGE_AFTER.match(after):  # "100 billion tenge – [$4.4 billion] at current exchange rates"
        return True
    if _money_no_sanction(span, clause, after):  # "women receive 30 MCIs", "will pay five tenge more"
        return True
    if _SUM_OF_FINES.search(before[-60:] + " " + span):  # "fines totalling 512,400 tenge were issued"
        return True
    if (_MANY_FINED.search(before[-60:] + span) and not _EACH_AFTER.match(after)) or (
        _REDUCED_FINE.search(before[-80:]) and re.search(r"\bfine\b", before[-30:] + span, re.IGNORECASE)
    ):
        return True  # "Almaty drivers fined 1 billion tenge"; "reduced by 50% an environmental fine of ..."
    many = before[-60:] + " " + span
    return bool((_FINED_MANY.search(many) or _FINES_IMPOSED_SUM.search(many)) and not _EACH_AFTER.match(after))
