"""What is no penalty of its own, though a PENALTY span stands there: the old amount of a change,
a reduction, a deadline, custody before or outside a verdict, time served, a sum of many fines, a
threshold, a regime's or a trade's ban, a payment, a waiting time. :func:`not_a_penalty` is asked
for each span by :mod:`lawner.assemble.penalties`."""

from __future__ import annotations

import re

from ..patterns import CHANGE_VERB
from .sums import no_fine

# what a number after which is no penalty: the old amount of a change ("rises from 7 MCI to
# 12 MCI", "12 MCI instead of 7"), a reduction ("cut by two years"), a deadline ("within the term
# of two months"), custody before trial ("held in police custody for a day")
_OLD_AMOUNT = re.compile(
    rf"(?:{CHANGE_VERB}[^.;]{{0,80}}\bfrom|\binstead\s+of|\bpreviously|\bformerly|\bcompared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)
_REDUCTION = re.compile(
    r"\b(?:cut|reduced|shortened|lowered|decreased|commuted|softened|mitigated|extended|prolonged)\s+(?:\w+\s+){0,2}?by\s*$",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\bwithin\s+(?:the\s+|a\s+)?(?:(?:term|period)\s+of\s+)?$", re.IGNORECASE)
_TIME_TO_ACT = re.compile(
    r"^\s*(?:in\s+which\s+)?to\s+(?:(?-i:[a-z]+ly)\s+)?(?:appeal|pay|file|leave|comply|challenge|respond|submit|object|apply)\b",
    re.IGNORECASE,
)
# time spent in prison, not a penalty: "spent only 7 years behind bars" (a penalty "served" is one:
# "served 5 days of administrative arrest")
_SERVED = re.compile(
    r"\b(?:spent|has\s+spent|had\s+spent|having\s+spent|after\s+serving|after\s+spending|having\s+served"
    # "released early after 10 years in jail", "freed after a decade behind bars"
    r"|(?:released|freed|set\s+free)\s+(?:[\w-]+\s+){0,2}?after"
    # where someone has been for a time: "a poet who has been in prison for 14 years", "has been behind
    # bars for two years", "has been serving his sentence for three years" (not "has been jailed for
    # five years", a sentence)
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+(?:(?:held|kept|locked\s+up)(?:\s+(?:in|behind))?|in|behind)"
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+(?:serving|paying)\s+(?:(?:his|her|their|a|the)\s+)?(?:sentences?|terms?|time)\s+for)\s*"
    r"(?:(?:only|just|exactly|almost|nearly|about|some|a\s+total\s+of|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# custody before an extradition: "facing extradition for up to a year", "one year in detention awaiting
# ... extradition"
_EXTRADITION = re.compile(
    r"\b(?:facing|awaiting|pending)\s+(?:(?:his|her|their|possible)\s+)?extradition\b", re.IGNORECASE
)
# supervision after release, a preventive measure: "placed under administrative supervision for three years"
_SUPERVISION_BEFORE = re.compile(
    r"\b(?:administrative|police)\s+supervision\s+(?:for\s+)?(?:a\s+(?:period|term)\s+of\s+)?$", re.IGNORECASE
)
# a loan's term: "a unified repayment schedule for up to 5 years"
_LOAN_BEFORE = re.compile(
    r"\b(?:repayment|loan|credit|mortgage|instal(?:l)?ment|deferral|deferment)s?\b[^.;]{0,40}?\bfor\s+$", re.IGNORECASE
)
# a limit, not a term: "an escalation from the current eight-year limit" (of supervision after release)
_LIMIT_AFTER = re.compile(r"\s+(?:limit|cap|ceiling|threshold)\b", re.IGNORECASE)
# ... and with the place inside the span: "has been [behind bars for two years]" (not "the fine has been
# [100 MCI]", nor "the maximum penalty has been [10 years in prison]")
_BEEN_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+$", re.IGNORECASE)
_PLACE_START = re.compile(
    r"(?:behind\s+bars|in\s+(?:prison|jail|custody|detention|(?:a\s+)?(?:penal\s+)?colony))\b", re.IGNORECASE
)
# time that has run since an event: "Today marks three years since he was arrested"
_SINCE_AFTER = re.compile(r"\s+(?:since|ago)\b", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"\bshould\s+have\s+(?:been\s+)?\w+\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)
_CUSTODY = re.compile(
    r"\b(?:custody|remand|pre-?trial\s+detention|temporary\s+detention|detention\s+cent(?:er|re)|house\s+arrest"
    # a measure of restraint before trial: "chose a preventive measure in the form of detention"
    r"|preventive\s+measure|measure\s+of\s+restraint|restraint\s+measure"
    # "he has been kept under arrest for four months now": held before a verdict
    r"|(?:kept|held|keeping|holding|remains?|remained)\s+under\s+arrest"
    # a forensic psychiatric examination: "placed in a psychiatric clinic for 18 days"
    r"|psychiatric\s+(?:clinic|hospital|ward|facility|institution))\b",
    re.IGNORECASE,
)
# "In total, X and his accomplices will spend over 70 years behind bars": many terms summed
_TOTAL_TERMS = re.compile(
    r"\b(?:in\s+total|altogether|combined|collectively)\b[^.;]*\b(?:over|more\s+than|a\s+combined)\s+[\w.-]+\s+(?:years?|months?)\b",
    re.IGNORECASE,
)
# a count of people a sanction befell, a statistic: "20 thousand drivers were deprived of their
# driving license", "16 thousand people were subjected to administrative arrest"
_COUNTED_PEOPLE = re.compile(
    r"(?<![\w.,])(?:\d[\d.,]*\s*(?:thousand|million)|\d{1,3}[,.]\d{3}|\d{3,})\s+(?:[\w-]+\s+){0,2}?(?:people|persons|drivers|citizens|individuals|"
    r"offenders|violators|foreigners|officials|motorists|convicts)\s+(?:are|were|have\s+been|had\s+been)\s+(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_INTO_DETENTION = re.compile(
    r"\s+into\s+(?:his|her|their|the)\s+(?:detention|arrest|custody|interrogation)\b", re.IGNORECASE
)
_WARNING_THING_AFTER = re.compile(
    r"\s+(?:plastered|printed|placed|labels?|signs?|lights?|lamps?|indications?|messages?|signals?|shots?|strikes?|systems?"
    r"|on\s+(?:the\s+)?(?:packs?|packages?|packaging|labels?|bottles?|cans?|drinks?|products?|goods)"
    # an announcement: "The warning was published via Polisia.kz", "a warning to citizens"
    r"|(?:was|were|has\s+been|had\s+been|is)\s+(?:published|posted|announced|shared|circulated|broadcast|spread|distributed)"
    r"|to\s+(?:all\s+)?(?:citizens|residents|the\s+public|the\s+population|parents|users|tourists|travell?ers"
    # a figure of speech: "a warning to other vocal critics"
    r"|others?|critics|everyone|anyone)"
    # an exhortation: "a warning to cut down on the smuggling"
    r"|to\s+(?:cut|stop|end|curb|halt|reduce|step\s+up|tighten|refrain|avoid|be\s+careful))\b",
    re.IGNORECASE,
)
# a penalty someone hopes for, expects or wants, not one imposed or asked for by a prosecutor:
# "I hope this non-human would be given a life sentence", "we all expected a life sentence"
_WISHED = re.compile(
    r"^(?![^.;:!?\"“”]*\bprosecut)[^.;:!?\"“”]*"
    r"\b(?:hope[ds]?|hoping|expect(?:ed|s|ing)?|want(?:ed|s)?|wish(?:ed|es)?|deserve[sd]?|deserving)\b"
    r"[^.;:!?\"“”]{0,60}$",
    re.IGNORECASE,
)
# where a clause starts: "The family expected 10 years, but the court gave him [8 years]"
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]|,\s*(?:but|while|whereas|however|instead|and\s+then)\b", re.IGNORECASE)
# an arrest counted in months is custody before a verdict or an extradition (administrative arrest
# is counted in days; the Criminal Code has no arrest since 2014)
_MONTHS_OF_ARREST = re.compile(
    r"\b(?:arrest|detention)\b(?!\s+or\b).*\bmonths?\b"
    r"|\bmonths?\b(?:\s+(?:of|in))?(?:\s+(?:administrative|house|extradition|military|pre-?trial))?\s+(?:arrest|detention)\b",
    re.IGNORECASE,
)
# a sanction's list of alternatives: "are punishable by a fine ..., or arrest for up to three months"
_SANCTION_LIST = re.compile(r"\b(?:punishable|(?:shall\s+be|is|are)\s+punished)\s+(?:by|with)\b", re.IGNORECASE)
# a time in power after a term: "24-year rule", "a 10-year tenure"
# ("will now serve a seven-year term at the helm of the nation")
_IN_OFFICE_AFTER = re.compile(
    r"\s+(?:rule|reign|tenure|presidency|in\s+(?:office|power)|at\s+the\s+helm|as\s+(?:president|head\s+of\s+state))\b",
    re.IGNORECASE,
)
_OFFICE_EXTENDED = re.compile(
    r"\b(?:rule|reign|tenure|presidency|mandate|powers?|term\s+in\s+office)\b[^.;]{0,30}\bfor\s+(?:another|a\s+further|an\s+additional)\s*$",
    re.IGNORECASE,
)
# animals held or put down after a term: no one's punishment
# (not a person's sanction in the clause: "the dog owner was arrested for 10 days")
_ANIMALS = re.compile(
    r"^(?![^.;]*\b(?:arrested|sentenced|jailed|detained|imprisoned|owners?)\b)[^.;]*\b(?:stray|animals|shelters?|euthanas\w*|livestock)\b",
    re.IGNORECASE,
)


def _bare_term(units: str) -> re.Pattern[str]:
    """A term with no kind's word: "5 days", "up to three years" (in ``units``)."""
    return re.compile(rf"(?:up\s+to\s+|at\s+least\s+)?[\w.,-]+\s+(?:{units})", re.IGNORECASE)


_BARE_TERM = _bare_term(r"hours?|days?|weeks?|months?")
# custody counted in hours is no arrest: "emergency administrative detention of up to 48 hours"
_HOURS_OF_CUSTODY = re.compile(
    r"\b(?:detention|detained|arrest(?:ed)?)\b.*\bhours?\b|\bhours?\b.*\bdetention\b", re.IGNORECASE
)
# a term of a bare "restriction", which names no penalty (a restriction of freedom names its freedom)
_BARE_RESTRICTION = re.compile(r"(?:an?\s+)?[\w.]+[-\s](?:year|month)s?(?:-long)?\s+restrictions?", re.IGNORECASE)
# a waiting time, not a term: "a minimum interval of at least 10 days between attempts"
_INTERVAL = re.compile(
    r"\b(?:interval|gap|break|pause|waiting\s+period)\s+of\s+(?:at\s+least\s+|not\s+less\s+than\s+)?[\w.,-]+\s+(?:hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# a regime's restriction on kinds of venue, not a punishment: "the ban on the activities of karaoke,
# nightclubs, cinemas remains in force" (a quarantine decree)
_TRADE_BAN_AFTER = re.compile(
    r"\s+on\s+(?:the\s+)?(?:(?:exports?|imports?|sales?|transit)\s+of\b|(?:strikes|rallies|protests|demonstrations|gatherings)\b)",
    re.IGNORECASE,
)
_ACTIVITY_BAN = re.compile(
    r"(?:a\s+|the\s+)?(?:ban|prohibition)\s+on\s+(?:the\s+)?activit(?:y|ies)|suspend(?:s|ed|ing)?\s+(?:the\s+)?activit(?:y|ies)",
    re.IGNORECASE,
)
# a share of the fine itself, paid early: "50% from the total sum", "50% of the fine"
_SHARE_OF_THE_FINE = re.compile(
    r"\s*(?:from|of)\s+(?:the\s+)?(?:total\s+(?:sum|amount)|fine\b|(?:sum|amount)\s+of\s+the\s+fine)", re.IGNORECASE
)
# a quarantine's ban on gatherings: "a partial ban on holding mass events"
_GATHERINGS_BAN = re.compile(
    r"(?:a\s+|the\s+)?(?:(?:partial|full|complete|total)\s+)?(?:ban|prohibition)\s+on\s+(?:holding\s+)?"
    r"(?:mass|public|entertainment|family|cultural|sports?)\s+(?:events|gatherings|celebrations)",
    re.IGNORECASE,
)
_VENUE_BAN = re.compile(
    r"\s+of\s+(?:all\s+)?(?:[\w’'()-]+\s+){0,3}?(?:objects|facilities|establishments|theat(?:er|re)s|cinemas|karaoke|"
    r"night\s*clubs|restaurants|cafes|markets|shopping\s+(?:centers|centres|malls)|gyms|fitness|entertainment|camps"
    r"|airports?|stations|kindergartens|schools)\b",
    re.IGNORECASE,
)
# the old penalty of a change, in its own clause: "Previously, the punishment ranged from 7 to 10
# years", "While previously such offences carried ..., the new law now stipulates ..." (a "now"
# or "new" after it starts the new penalty's clause)
_PREVIOUSLY = re.compile(
    r"\b(?:previously|formerly|before\s+the\s+(?:amendments|changes|reform))\b(?![^.;]*\b(?:now|new|currently|will|would|today|said|stated|announced|noted|reported|told|proposed)\b)"
    r"[^.;]*\b(?:carried|provided|ranged|punishable|stipulated|entailed|envisaged|(?:penalty|punishment|fine|sanction|term)s?\s+(?:was|were))\b"
    r"(?![^.;]*\b(?:now|new|currently|will|today)\b)[^.;]*$",
    re.IGNORECASE,
)
# "detention for a period not exceeding 72 hours is allowed", "... is admitted in order to establish
# the identity of the suspect"
_DETENTION_ALLOWED = re.compile(
    r"\s*,?\s*(?:is|are|may\s+be)\s+(?:allowed|admitted|permitted|possible|applied)\b", re.IGNORECASE
)
# a relief for a term: "exempts small businesses from taxes for three years"
_EXEMPT = re.compile(r"\bexempt(?:s|ed|ing|ion)?\b(?![^.;]*\b(?:sentenced|punish\w*|fined)\b)", re.IGNORECASE)
_BARE_TERM_ANY = _bare_term(r"days?|weeks?|months?|years?")
_SPEED = re.compile(r"^\s*(?:km|kilomet|kph|mph|per\s+hour|an\s+hour|/\s*h\b)", re.IGNORECASE)


# custody that has run, before its span: "after 40 days of detention"
_ELAPSED = re.compile(r"\b(?:after|following|during)\s+(?:(?:almost|nearly|more\s+than|over)\s+)?$", re.IGNORECASE)
# a punishment excluded, impossible or only possible: "a repeated violation excludes a warning",
# "impossible to apply such a measure as a warning", "seized for potential confiscation"
_NOT_IMPOSED = re.compile(
    r"\b(?:excludes?|excluding|ruled\s+out|impossible\s+to\s+(?:apply|impose)(?:\s+such\s+a\s+measure\s+as)?"
    r"|(?:seized|arrested|frozen)\s+(?:pending|for\s+(?:a\s+)?(?:potential|possible|future|further))\s+"
    # "31 students were saved from deportation", "spared from the risk of deportation"
    r"|(?:saved|spared|rescued|protected)\s+from\s+(?:the\s+(?:risk|threat)\s+of\s+)?"
    # "the convention prohibits the expulsion of refugees": a rule, no sanction
    r"|(?:prohibits|prohibit|forbids|forbid)\s+(?:the\s+)?"
    # a sanction feared or not due: "living with the constant fear of deportation", "would not be liable
    # for deportation", "Kazakh Court Rejects China Deportation"
    r"|(?:fears?|threat|risk|danger|prospect)\s+of\s+(?:(?:his|her|their|possible|forced)\s+)?"
    r"|\bnot\s+(?:be\s+)?(?:liable|subject)\s+(?:to|for)\s+"
    r"|\brejects?\s+(?:[\w-]+\s+)?)"
    r"\s*(?:a\s+|an\s+|the\s+)?$",
    re.IGNORECASE,
)
# how long a crime lasted: "kept a man captive for three years", "held them hostage for two days"
_CAPTIVE = re.compile(
    r"\b(?:kept|held|keeping|holding)\s+(?:[\w'’-]+\s+){0,3}?(?:captive|hostage|in\s+(?:captivity|slavery|bondage))\s+for\s+$"
    # "the traffickers kept the victims for three years" (a court never "keeps" anyone)
    r"|\b(?:kept|keeping)\s+(?!(?:in|under)\b)(?:[\w'’-]+\s+){1,3}?for\s+$",
    re.IGNORECASE,
)
# a penalty a thing is likened to: "this is almost a life sentence", "tantamount to life imprisonment"
_LIKENED = re.compile(
    r"\b(?:almost|nearly|virtually|practically|effectively|essentially|basically|literally|in\s+effect|tantamount\s+to"
    r"|amounts\s+to|like|as\s+good\s+as)"
    r"\s+(?:a\s+|an\s+)?$",
    re.IGNORECASE,
)


def not_a_penalty(span: str, before: str, after: str) -> bool:
    """A number in a penalty's words that is no penalty of its own (see ``_OLD_AMOUNT``)."""
    if _OLD_AMOUNT.search(before) or _REDUCTION.search(before) or _DEADLINE.search(before):
        return True
    if _COUNTERFACTUAL.search(before):  # "should have received a life sentence": none was given
        return True
    if _CAPTIVE.search(before[-80:]):  # "kept a man captive for three years": a crime's length
        return True
    if _NOT_IMPOSED.search(before[-60:]):  # "excludes a warning", "seized for potential confiscation"
        return True
    if _COUNTED_PEOPLE.search(before[-60:]):  # "20 thousand drivers were deprived of their licence": a statistic
        return True
    if _INTO_DETENTION.search(span + after[:40]):  # "more than five hours into his detention": custody that has run
        return True
    if re.fullmatch(r"(?:an?\s+)?warnings?", span, re.IGNORECASE) and (
        re.search(r"\bwithout\s+(?:any\s+|prior\s+)?$", before) or _WARNING_THING_AFTER.match(after)
    ):
        # "to open fire without warning", "a warning plastered on energy drinks", "a warning indication":
        # no sanction
        return True
    if re.search(r"(?:%|percent|per\s+cent)\s*$", span, re.IGNORECASE) and _SHARE_OF_THE_FINE.match(after):
        return True  # "pay a fine in the amount of [50%] from the total sum": the discount for paying early
    clause = _CLAUSE_BREAK.split(before)[-1]  # the span's own clause, up to it
    if _WISHED.search(clause[-120:]):  # "we all expected a life sentence": none imposed
        return True
    if no_fine(span, before, after, clause):  # a sum that is no fine (lawner.assemble.sums)
        return True
    if _in_office(span, before, after):  # "24-year rule", "extended his rule for another five years"
        return True
    if _ANIMALS.search(clause) and _BARE_TERM.fullmatch(span):
        return True  # "stray animals are kept in shelters for [5 days]": a holding period
    if _MONTHS_OF_ARREST.search(span) and not _SANCTION_LIST.search(clause):
        return True  # "ordered the 2-month arrest of X", "extradition arrest for 12 months" (not the old
        # code's "punishable by ... or arrest for up to three months")
    if _HOURS_OF_CUSTODY.search(span):  # "detention of up to 48 hours": custody, no administrative arrest
        return True
    if _BARE_RESTRICTION.fullmatch(span):  # "a five-year restriction" (on re-entering the civil service): no kind
        return True
    if _INTERVAL.search(before[-40:] + span):  # "a minimum interval of at least 10 days between attempts"
        return True
    if re.search(r"\bstatutes?\s+of\s+limitations?\b|\blimitation\s+period", span + " " + after[:40], re.IGNORECASE):
        return True  # "a one-year statute of limitations": a time limit, no penalty
    if _ELAPSED.search(before[-20:]) and re.search(r"\b(?:detention|custody|arrest)\b", span, re.IGNORECASE):
        return True  # "the order came after 40 days of detention": custody that has run, no sentence
    if _LIKENED.search(before) and re.search(r"\blife\b", span, re.IGNORECASE):
        return True  # "this is almost a life sentence": a comparison, none was given
    if _SERVED.search(before):  # "spent only 7 years behind bars": time spent
        return True
    if _BEEN_BEFORE.search(before) and _PLACE_START.match(span):  # "has been [behind bars for two years]"
        return True
    if _EXTRADITION.search(before[-40:] + " " + span + " " + after[:60]):  # custody before an extradition
        return True
    if _SINCE_AFTER.match(after) and _BARE_TERM_ANY.fullmatch(span):  # "marks three years since he was arrested"
        return True
    if _LOAN_BEFORE.search(before[-60:]) and _BARE_TERM_ANY.fullmatch(span):  # "repayment schedule for up to 5 years"
        return True
    if _SUPERVISION_BEFORE.search(before[-60:]):  # "under administrative supervision for three years"
        return True
    if _LIMIT_AFTER.match(after) and re.fullmatch(r"[\w.,-]+[-\s](?:years?|months?|days?)", span, re.IGNORECASE):
        return True  # "the current eight-year limit": a limit, no term
    if _EXEMPT.search(clause[-120:]) and _BARE_TERM_ANY.fullmatch(span):
        return True  # "exempts small businesses from taxes for [three years]": a relief, no term
    if _SPEED.match(after) or re.search(r"\bkm\b|per\s+hour", span, re.IGNORECASE):
        return True
    if _TIME_TO_ACT.match(after):  # "she has 10 days to appeal": a deadline
        return True
    if re.match(r"[-‐‑–]\s*old\b", after):  # an age: "a 36-year-old man"
        return True
    if _PREVIOUSLY.search(before):  # "Previously, the punishment ranged from 7 to 10 years": the old term
        return True
    if _TOTAL_TERMS.search(before + span):  # "In total, they will spend over 70 years behind bars"
        return True
    if re.search(r"\bban\b", span, re.IGNORECASE) and _TRADE_BAN_AFTER.match(after):
        return True  # "a six-month ban on the export of oil products": a trade measure
    if _GATHERINGS_BAN.fullmatch(span):
        return True  # "a partial ban on holding mass events": a quarantine measure
    if _ACTIVITY_BAN.fullmatch(span) and _VENUE_BAN.match(after):
        return True  # "ban on the activities of theaters, cinemas": a quarantine regime's restriction
    if _DETENTION_ALLOWED.match(after) and re.match(r"detention\b", span, re.IGNORECASE):
        return True  # "detention for up to 72 hours is allowed": police custody, no punishment
    # (custody named before the span in its own list item only: "45 days of house arrest and [the loss of
    # his driving license]" is a penalty of its own)
    return bool(_CUSTODY.search(re.split(r",|;|\band\b", before[-40:])[-1] + " " + span))


def _in_office(span: str, before: str, after: str) -> bool:
    """A time in office, not a term: "Nazarbaev's heavy-handed 24-year rule", "extended his rule for
    another five years"."""
    years = re.search(r"\b(?:years?|term)\s*$", span, re.IGNORECASE)
    return bool((years and _IN_OFFICE_AFTER.match(after)) or _OFFICE_EXTENDED.search(before))
