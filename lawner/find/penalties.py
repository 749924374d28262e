"""PENALTY patterns: a kind with its amount, verbs that carry a kind, lists, tiers, changes."""

from __future__ import annotations

import functools
import re

from ..normalize.numbers import DIGITS_PATTERN, NUMBER_PATTERN, RANGE_JOIN, SIGNED_SCALE
from ..patterns import (
    BOUND_MAX,
    BOUND_MIN,
    CHANGE_VERB,
    FIRST_TIER_SUBJECT,
    FLAGS,
    MONEY_UNITS,
    ORDERED_CLOSED,
    RATE,
    RESTRICTED_FREEDOM,
    SAME,
    TERM_UNITS,
    kind_words,
    unit_words,
    verb_words,
)
from .caseless import Caseless

# what may stand between "for" and a ban's term: "for a period of", "for the next"
TERM_OF = r"(?:(?:a|the)\s+(?:period|term)\s+of\s+|the\s+next\s+)?"


@functools.lru_cache(maxsize=1)
def kind_pattern() -> Caseless:
    """Any penalty kind phrase: where the patterns that begin with a kind may start."""
    return Caseless(kind_words())


# "three to eight", "from 3 to 8", "3-8", "between three and eight"
# (not a year before a term: "sentenced in 2016 to 14 years" is a date and a term)
RANGE = (
    rf"(?:between\s+{NUMBER_PATTERN}\s+and\s+{NUMBER_PATTERN}"
    rf"|(?:from\s+)?(?!(?:19|20)\d\d\s+to\s+(?:\d{{1,2}}(?![\d.,])|[a-z]))(?:{NUMBER_PATTERN})\s*{RANGE_JOIN}\s*{NUMBER_PATTERN})"
)
# a number with its bound: "up to 200", "three to eight", "20"
# a number right after a month name is a day: "on April 7 to one year of ..." holds no range
_MONTH_WORDS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
)  # fmt: skip
NOT_A_DAY = "".join(rf"(?<!{re.escape(m)} )(?<!{re.escape(m.capitalize())} )" for m in _MONTH_WORDS)
# (the month checks run only where a digit starts: a cheap test first, in one atomic lookahead)
QUANTITY = rf"(?=\D|{NOT_A_DAY})(?:(?:{BOUND_MAX}|{BOUND_MIN})\s+)?(?:{RANGE}|{NUMBER_PATTERN})"
# money written with a sign in front: "$1,200", "₸500,000"
SIGNED_ONE = rf"(?:\$|₸|KZT\s?|USD\s?|US\$\s?)\s?{DIGITS_PATTERN}(?![\d]|[.,]\d){SIGNED_SCALE}?"
SIGNED_MONEY = rf"(?:(?:{BOUND_MAX}|{BOUND_MIN})\s+)?{SIGNED_ONE}"


def amount(units: set[str]) -> str:
    """A quantity with its unit: "up to 200 MCI", "five years and six months", "$1,200"."""
    base = rf"{QUANTITY}\s*-?\s*{unit_words(units)}(?![\w])(?!-old)"
    # "seven years and six months" (a smaller unit after a larger one, never "eight years and nine years")
    # ("four years eight months", "a six year four month prison term": no "and")
    compound = rf"(?:['’]s?)?(?:(?<=years),?\s+(?:and\s+)?{NUMBER_PATTERN}\s+months?(?![\w])|(?<=year)\s+(?:and\s+)?{NUMBER_PATTERN}\s+months?(?![\w]))?"
    # (a range of signed amounts: "between $1,100 and $4,200", "from $500 to $2,000")
    signed = (
        # (not two amounts of two parties: "fined KZT13.7bn and KZT32.2bn, respectively")
        rf"|(?:between\s+|from\s+)?{SIGNED_ONE}\s*(?:and|to|-|–|—)\s*{SIGNED_ONE}(?![\w. ]*,?\s+respectively)|{SIGNED_MONEY}"
        if units & {"USD", "KZT"}
        else ""
    )
    # a range with the unit at both ends, conversions between: "from 50 MCI to 100 MCI", "from
    # 1.1 million tenge ($2,500) to 3.6 million tenge ($8,000)", "between four years and 10 years"
    both_ends = (
        rf"|(?:(?:from\s+)?{NUMBER_PATTERN}\s*{unit_words(units)}\s*(?:\([^()]{{1,40}}\)\s*)?(?:to|-|–|—)"
        rf"|between\s+{NUMBER_PATTERN}\s*{unit_words(units)}\s+and)\s*"
        rf"{NUMBER_PATTERN}\s*{unit_words(units)}(?![\w])"
    )
    # "up to a year", "sentenced to a year": "a" is the number only before the unit itself
    one = (
        rf"|(?:(?:{BOUND_MAX}|{BOUND_MIN})\s+)?\ba\s+(?:year|month)(?:\s+and\s+a\s+half)?(?![\w-])"
        if units & {"years", "months"}
        else ""
    )
    return rf"(?:{both_ends[1:]}|{base}{compound}{signed}{one})"


# between a kind and its amount: "in the amount of", "for a term of", "worth", "of", "for"
CONNECTOR = (
    r"(?:\s+(?:term|sentence|penalty))?"
    # a subject before the amount: "on officials", "on parents or persons replacing them in the amount of"
    r"(?:\s+(?:on|for|against)\s+(?:individuals|citizens|officials|legal\s+entities|natural\s+persons|juridical\s+persons"
    r"|(?:[\w'’()-]+\s+){1,6}?(?=in\s+(?:the\s+)?amount\s+of)))?"
    # a comma only before a connector word: "one year of freedom limitation, 100 hours of community
    # works" is two penalties
    r"(?:\s*,\s*(?=(?:in|at|amounting|worth|equal|equivalent|totall?ing|for|with|is|are|will|would|could|can|amounts?|ranges?|of)\b)"
    # a term in brackets after the kind, as headlines write it: "imprisonment (up to 7 years)"
    # (or a sum in brackets: "a penalty ($12,950)", "fined (27,000 tenge)")
    # (the bracket holds the size alone, not "arrest (50 days under the previous legislation)")
    r"|\s*\(\s*(?=(?:up\s+to|from|not\s+more|KZT|USD)\b|[\d$₸])(?=[^()\n]{1,28}\))|\s*)"
    r"(?:(?:in\s+(?:the\s+)?(?:amount|size|sum)\s+of|at\s+(?:a|the)\s+rate\s+of|amounting\s+to|worth|equal\s+to|equivalent\s+to"
    r"|totall?ing|for\s+(?:(?:a|the)\s+)?(?:terms?|periods?)(?:\s+of)?|for\s+a\s+total\s+of|with\s+a\s+term\s+of"
    # "administrative arrest is provided for up to 20 days", "imprisonment is envisaged for up to 5 years"
    r"|lasting(?:\s+for)?|(?:is|are|will\s+be|would\s+be|could\s+be|can\s+be|shall\s+be|may\s+be)(?:\s+set\s+at|\s+(?:provided|envisaged|stipulated|imposed|applied|established)(?:\s+for)?)?|amounts?\s+to|ranges?\s+from|ranging\s+from|ranging|of|for|at)\s+)?"
)
# a subject of a tiered fine: "on individuals", "for officials, small business entities or non-profit organizations"
TIER_SUBJECT = r"(?:on|for)\s+(?:(?!\bin\s+(?:the\s+)?amount\b|\bat\s+(?:a|the)\s+rate\b)[^;.\n\d(]){2,160}?"
# one tier: "on officials – in the amount of thirty", "on natural persons at a rate of five"
TIER = rf"{TIER_SUBJECT}\s*[-–—:,]?\s*(?:{RATE}\s+|of\s+)?{NUMBER_PATTERN}"
FIRST_TIER = rf"(?:{TIER_SUBJECT}|{FIRST_TIER_SUBJECT})\s*[-–—:,]?\s*(?:{RATE}\s+|of\s+)?{NUMBER_PATTERN}"
# tiers after the unit: "..., twenty-five for medium-sized business entities, and fifty for large business entities"
# (a subject may hold commas: "two hundred for officials, small businesses or non-profit organizations, ...")
_TIER_SUBJECT_WORDS = r"(?:(?!\bwith\b|\btogether\b)[^;.\n\d]){2,80}?"
TIER_TAIL = rf"\s+for\s+{_TIER_SUBJECT_WORDS}(?:,\s*(?:and\s+)?{NUMBER_PATTERN}\s+for\s+{_TIER_SUBJECT_WORDS})+(?=[.;\n]|,?\s*(?:together\s+)?with\b|$)"


@functools.lru_cache(maxsize=1)
def penalty_patterns() -> list[tuple[str, Caseless]]:
    """(name, pattern) pairs; each pattern's ``span`` group (or whole match) is a PENALTY."""
    all_units = MONEY_UNITS | TERM_UNITS
    kind = kind_words()
    money = unit_words(MONEY_UNITS)
    fine = kind_words({"fine"})
    # kinds complete without a size; "probation" and "suspended sentence" need one
    standalone = (
        rf"(?!(?:probation|suspended\s+sentence)\b){kind_words({'life_imprisonment', 'deprivation_of_right', 'other'})}"
    )
    # the fine for an offence, the offence's words before the size: "the fine for running a red light"
    fine_for = r"\b(?:fines?|penalty)\s+for\s+(?:(?!\b(?:MCI|MRP|tenge|KZT)\b|\$)[^.;:()\n]){2,80}?"
    patterns = {
        # "fine on individuals in the amount of ten, on officials – in the amount of twenty MCI"
        # (the first tier may carry the unit: "for individuals in the amount of 150 monthly calculation indices, for ...")
        # (CIS translations write "attracts penalty on officials - in the amount of thirty, ...")
        "tiered_fine": rf"(?P<span>(?:{fine}|(?<=attracts\s)penalty|(?<=attract\s)penalty)\s+{FIRST_TIER}(?:\s+{money})?(?:\s*,?\s*(?:and\s+)?{TIER})+\s+{money})",
        # the number before each subject, the unit only at the last: "a fine of 10 for individuals,
        # 40 for small businesses, and 150 MCI for large businesses"
        "tiered_fine_for": (
            rf"(?P<span>{fine}\s+(?:of\s+|{RATE}\s+)?{NUMBER_PATTERN}\s+for\s+{_TIER_SUBJECT_WORDS}"
            rf"(?:,\s*(?:and\s+)?{NUMBER_PATTERN}\s+for\s+{_TIER_SUBJECT_WORDS})*,?\s*(?:and|or)?\s*{NUMBER_PATTERN}\s+{money}"
            rf"\s+for\s+{_TIER_SUBJECT_WORDS})(?=[.;,\n]|$)"
        ),
        # "fine of up to 200 MCI", "imprisonment for a term of eight to twelve years"
        "kind_amount": rf"(?P<span>{kind}{CONNECTOR}{amount(all_units)})",
        # the fine for an offence, its size after the offence: "the fine for running a red light
        # (10 MRP)", "the fine for speeding was raised to 10 MCI", "the fine for littering is 20 MCI"
        # (not an old amount in brackets: "(currently 36,900 tenge)", "(previously 5 MCI)")
        "fine_for_bracket": (rf"{fine_for}\s*\(\s*(?P<span>{amount(MONEY_UNITS)})\s*\)"),
        "fine_for_is": (
            rf"{fine_for},?\s+(?:(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been)"
            rf"\s+(?:(?:raised|increased)\s+to\s+)?)|(?:(?:will|would)\s+(?:rise|increase|grow)|rises|rose|increases|increased|grows|grew)\s+to\s+|amounts?\s+to\s+)"
            rf"(?P<span>{amount(MONEY_UNITS)})"
        ),
        # "a fine of two to three times the value of the stolen property" (a multiple: no unit)
        "times_fine": (
            rf"(?P<span>{fine}\s+(?:in\s+the\s+amount\s+)?(?:of\s+)?(?:up\s+to\s+)?(?:{NUMBER_PATTERN}\s*(?:to|-|–)\s*)?"
            rf"{NUMBER_PATTERN}[\s-]+(?:times|fold)\s+(?:the\s+)?(?:amount|value|size|sum|cost)\b)"
        ),
        # "could face a decade in prison", "two decades behind bars"
        "decade_term": (
            r"(?<![\w-])(?P<span>(?:(?:up\s+to|nearly|almost|more\s+than|at\s+least)\s+)?(?:a|one|two|three)\s+decades?"
            r"\s+(?:in\s+(?:prison|jail)|behind\s+bars|of\s+imprisonment|in\s+a\s+(?:penal\s+colony|prison\s+colony)))\b"
        ),
        # "correctional labour in the same amount", "imprisonment for the same term"
        "kind_same": rf"(?P<span>{kind}\s+{SAME})",
        # "up to 200 hours of community service", "up to ten years in prison", "a 200 MCI fine",
        # (not a time counted from an event: "2 days before his arrest")
        # 'two years of "freedom limitation"'
        "amount_kind": rf"(?<!\w)(?P<span>{amount(all_units)}\s*(?:of\s+|in\s+|at\s+)?(?:(?:a|an|the)\s+)?(?:(?!(?:or|and|in|of|with|without|to|before|after|since|following|prior|until|till)\b|[\w-]*(?:years?|months?|days?)\b)[\w-]+\s+){{0,2}}?[\"“‘']?{kind})",
        # "sentenced to 12, 10 and four years", "got 6 and four years": one penalty per number
        # (a long object with commas before "to": "sentenced A, the head of X, and his father, B, to five
        # and six years")
        # ("six- and 14-year jail terms": the first number's hyphen waits for the unit)
        "term_list": rf"{verb_words('imprisonment')}\s+(?:(?:[\w'’-]+\s+){{0,6}}?(?:to\s+|for\s+)?|(?:[\w'’()-]+,?\s+){{7,24}}?to\s+)(?<!between\s)(?P<list>{NUMBER_PATTERN}-?(?:\s*,\s*{NUMBER_PATTERN}-?)*\s*,?\s*(?:and|or)\s+{NUMBER_PATTERN}\s*-?\s*(?:years?|months?|days?))(?![\w-])",
        # "fines of 50, 100 and 200 MCI", "they were fined 10 and 20 MCI": one fine per number
        "fine_list": rf"\b(?:fines?|fined)\s+(?:[\w'’-]+\s+){{0,3}}?(?:of\s+|at\s+|to\s+)?(?<!between\s)(?<!from\s)(?P<list>{NUMBER_PATTERN}(?:\s*,\s*{NUMBER_PATTERN})*\s*,?\s*(?:and|or)\s+{NUMBER_PATTERN}\s*{money})(?![\w-])",
        # "prohibited from engaging in hunting for 7 and 8 years, respectively": one ban per number
        "ban_list": rf"\b(?:banned|barred|prohibited|disqualified|forbidden)\s+(?:[\w'’-]+\s+){{0,3}}?from\s+[^.;\d]{{2,100}}?\s+for\s+(?P<list>{NUMBER_PATTERN}(?:\s*,\s*{NUMBER_PATTERN})*\s*,?\s*(?:and|or)\s+{NUMBER_PATTERN}\s*-?\s*(?:years?|months?))(?![\w-])",
        # "the fine rises from 7 MCI to 12 MCI": the new amount (the builder drops the old one)
        # (the verb may end the sentence before: "... an increase in fines. For example, for
        # individuals from 50 MCI to 100 MCI")
        "changed_to": rf"{CHANGE_VERB}[^.;]{{0,80}}?(?:\.\s+[^.;]{{0,60}}?)?\bfrom\s+{amount(MONEY_UNITS)}\s*(?:\([^()]{{1,30}}\)\s*)?to\s+(?P<span>{amount(MONEY_UNITS)})",
        # a repeat offence's fine after the first's: "and for a repeated one it increases to 10 MRP",
        # "for a repeated violation within a year, it rises to 20 MCI"
        "repeat_fine": (
            r"\bfor\s+(?:a|the)\s+(?:repeat(?:ed)?|second|subsequent)\s+(?:one|violation|offen[cs]e|infringement|time|case)s?\b"
            rf"[^.;\d]{{0,50}}?\b(?:increases|rises|grows|goes\s+up|doubles|will\s+(?:increase|rise|grow|go\s+up|double))\s+to\s+"
            rf"(?P<span>{amount(MONEY_UNITS)})"
        ),
        # "increase the penalty from 2 to 5 MCI": one span, the builder keeps the new amount
        "changed_range": rf"{CHANGE_VERB}[^.;\d]{{0,60}}?(?P<span>\bfrom\s+{NUMBER_PATTERN}\s+to\s+{amount(MONEY_UNITS)})",
        # "an eight-year sentence", "a 15-year sentence"
        # "the 24-year-long sentence"
        # ("an 18-day sentence, and 15-day terms were handed to ...": administrative arrest)
        "term_sentence": (
            rf"(?<!\w)(?P<span>{amount({'months', 'years'})}(?:-long)?\s+sentence|{amount({'days'})}\s+(?:sentences?|terms))\b"
        ),
        # a bare "term" after a verb of sentencing: "handed down a seven-year term", "was given a 12-year term"
        # (not a term of office: "elected for a five-year term" has no such verb)
        "term_given": (
            r"\b(?:handed(?:\s+down)?|given|gave|received|got|serving|serve|imposed)\s+(?:(?:him|her|them)\s+)?(?:an?|the)\s+"
            # (nor a president's: "Tokayev will now serve a seven-year term at the helm")
            rf"(?P<span>{amount({'months', 'years'})}(?:-long)?\s+term)\b(?!\s+(?:of|in)\s+office|\s+at\s+the\s+helm|\s+as\s+(?:president|head\s+of\s+state))"
        ),
        # "was sentenced to seven years", "faces up to 10 years", "the prosecutor asked for nine years"
        # (a bare number right after the verb is its object: "sentenced one to 10 years")
        "verb_term": rf"{verb_words('imprisonment')}\s+(?:him\s+|her\s+|them\s+)?(?:to\s+|for\s+|with\s+|by\s+|(?!{NUMBER_PATTERN}\s+to\s))(?P<span>{amount({'months', 'years'})})",
        # "sentenced the former official to seven years"
        # "asked the court to sentence him to nine years"
        "sentenced_to": rf"\b(?:sentenced|(?<=to\s)sentence)\s+(?:[\w'’-]+\s+){{1,6}}?to\s+(?P<span>{amount({'months', 'years'})})",
        # "courts jailed four offenders for up to three and a half years"
        "jailed_for": rf"\b(?:jailed|jails|imprisoned|incarcerated)\s+(?:[\w'’-]+\s+){{1,6}}?for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<span>{amount({'months', 'years'})})",
        # "jailed for 10 days", "arrested for 15 days"
        # "imprisoned for 48 hours" (administrative jail, as the codes give it in days or hours)
        "verb_days": rf"\b(?:sentenced|jailed|arrested|detained|imprisoned)\s+(?:to\s+|for\s+)(?P<span>{amount({'days', 'hours'})})",
        # "Poachers sentenced to life for murder of ...": life imprisonment with no kind's word (not "life in
        # prison", "life imprisonment", which the kind's own phrase takes)
        "sentenced_to_life": (
            r"\bsentenced\s+(?:[\w'’-]+\s+){0,6}?to\s+(?P<span>life)\b"
            r"(?!\s+(?:in\s+(?:prison|jail)|imprisonment|sentences?|terms?|behind\b|deprivation))"
        ),
        # "restricted his freedom of movement for three years": a restriction of freedom by its verb
        "restricted_for": (
            rf"{RESTRICTED_FREEDOM}\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<span>{amount({'months', 'years'})})"
        ),
        # "sentenced three journalists to periods of detention ranging from 10 to 15 days"
        "sentenced_days": rf"\bsentenced\s+(?:[\w'’-]+\s+){{0,6}}?to\s+(?:(?:terms?|periods?)\s+of\s+)?(?:administrative\s+)?(?:detention|arrest|jail)\s+(?:ranging\s+)?(?:from\s+|of\s+|for\s+)?(?P<span>{amount({'days'})})",
        # "handed out a sentence of 20 years to X", "harsher sentences of 7–12 years", "proposed
        # sentences between 3 and 9 years"
        "sentence_of": (
            rf"\b(?:(?:a|the|his|her|their)\s+(?:harsher\s+|longer\s+|lengthy\s+)?sentence|(?:harsher\s+|longer\s+|lengthy\s+)?sentences)"
            rf"\s+(?:of\s+|ranging\s+from\s+)?(?P<span>{amount({'months', 'years'})})"
        ),
        # "his sentence was reduced from 10 years to 8 years": the new term
        # "the term of administrative arrest will be increased from 15 to 30 days"
        "changed_term": rf"\b(?:sentences?|(?:prison\s+|jail\s+)?terms?|imprisonment|arrest|detention)\b[^.;]{{0,30}}?{CHANGE_VERB}[^.;]{{0,40}}?\bfrom\s+(?:{amount(TERM_UNITS)}|{NUMBER_PATTERN})\s+to\s+(?P<span>{amount(TERM_UNITS)})",
        # "the court reduced the sentence of another defendant, X, from 12 years to 9 years": the new term
        "changed_term_verb_first": (
            rf"{CHANGE_VERB}\s+(?:[\w'’-]+\s+){{0,2}}?(?:sentences?|(?:prison\s+|jail\s+)?terms?)\b[^.;]{{0,60}}?"
            rf"\bfrom\s+(?:{amount(TERM_UNITS)}|{NUMBER_PATTERN})\s+to\s+(?P<span>{amount(TERM_UNITS)})"
        ),
        # a size said of "penalty" with no kind word: "they will face a penalty of 10 MRP",
        # "carries a maximum penalty of five years" (the unit gives the kind)
        # "imposed a penalty on the company in the amount of 7.5 billion tenge"
        # the sum in brackets after the word: "a penalty ($12,950)", "was fined (27,000 tenge)"
        "bracketed_fine": rf"\b(?:penalt(?:y|ies)|fined)\s*\(\s*(?P<span>{amount(MONEY_UNITS)})\s*\)",
        "penalty_of": (
            # ("the maximum sentence is ten years", "a minimum prison term of 5 years")
            rf"\b(?:penalt(?:y|ies)|punishments?|(?:maximum|minimum)\s+(?:(?:prison|jail)\s+)?(?:sentences?|terms?))"
            # (the crime between: "the maximum term for this crime is five years")
            rf"(?:\s+(?:for|under)\s+[^.;\d]{{2,60}}?(?=\s+(?:is|are|will\s+be|would\s+be)\s))?"
            rf"\s+(?:of|is|are|will\s+be|would\s+be|could\s+be|can\s+be|ranges?\s+from|ranging\s+from|in\s+(?:the\s+)?amount\s+of"
            rf"|(?:on|for|against)\s+[^.;\d]{{2,60}}?\s+in\s+(?:the\s+)?amount\s+of)\s+(?P<span>{amount(all_units)})"
        ),
        # "fined 100 MCI", "ordered to pay 500,000 tenge" (not "to pay 77 million tenge in material
        # damages", nor "to pay over KZT 10bn and $24mn in restitution": damages are no fine; "fined 4.6
        # million tenge for ecological damage" is)
        "verb_money": rf"{verb_words('fine')}\s+(?:for\s+(?:a\s+total\s+of\s+)?(?=[\d$₸]|kzt|almost|over|about|nearly|some))?(?:(?!(?:for|and|or|by|with)\b)[\w'’()“”\"«»-]+\s+){{0,6}}?(?:of\s+)?(?P<span>{amount(MONEY_UNITS)})(?![\w])(?!\)?\s*(?:\([^()]{{1,40}}\)\s*)?(?:(?:in|as)\s+(?:[\w-]+\s+){{0,2}}?damages|and\s+(?:[$₸]|KZT\s?|USD\s?)?[\d.,]+\s*[a-z]{{0,8}}\s+(?:in|as)\s+(?:[\w-]+\s+){{0,2}}?(?:damages|compensation|restitution|reimbursement)|(?:in|as|for|of)\s+(?:[\w-]+\s+){{0,2}}?(?:compensation|restitution|reimbursement)"
        # "to pay a 30 million tenge damage award", "to cover the costs of the examination", "in legal
        # costs", "to the bank": damages and costs are no fine
        rf"|(?:moral\s+|material\s+)?damages?\s+(?:award|claim|compensation)|to\s+cover\s+|in\s+(?:court\s+|legal\s+)?(?:costs|fees)"
        rf"|to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?:victims?|plaintiffs?|bank|party|company|businessman|businesswoman|family|families|complainant)\b)\b)",
        # "the fine for unpaid parking is 9 thousand 189 tenge"
        # "the fine for fraud under Article 9 can reach 2,000 MCI" (an article's number may stand between)
        "fine_is": rf"{kind_words({'fine'})}\s+for\s+(?:[^.;\d]|(?<=article\s)\d{{1,4}}(?:-\d{{1,3}})?){{2,200}}?\s+(?:is|are|will\s+be|would\s+be|amounts\s+to|(?:can|could|may|might|will)\s+(?:reach|amount\s+to|be))\s+(?:now\s+)?(?P<span>{amount(MONEY_UNITS)})",
        # "banned from engaging in public and political activities for three years"
        # "1,731 tenge ($11.54) for individuals, 27.6 thousand tenge for officials": an amount with
        # the subject of a tiered fine after it is that tier's fine
        "money_tier": rf"(?<![\w.,])(?P<span>{amount(MONEY_UNITS)})(?=\s*(?:\([^()]{{1,30}}\)\s*)?(?:for|on)\s+(?:individuals|officials|legal\s+entities|natural\s+persons|juridical\s+persons|citizens|(?:small|medium|medium-sized|large)\s+(?:and\s+\w+\s+)?(?:business|businesses|enterprises|companies|entities)))",
        # a ban written with a verb and no term (GUIDELINES: a PENALTY on its object, no size): "has been
        # forbidden from engaging in [political activities]", "was barred from holding [public office]"
        "banned_from": (
            rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:banned|barred|prohibited|forbidden|disqualified)"
            rf"\s+from\s+(?:engaging\s+in|holding|occupying|taking\s+part\s+in|participating\s+in|carrying\s+out|conducting)\s+"
            rf"(?P<span>(?:(?:any|all|the)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:activit(?:y|ies)|office|posts?|positions?))\b"
            rf"(?![^.;]{{0,80}}?\bfor\s+(?:the\s+next\s+|the\s+following\s+)?(?:life|the\s+rest|a\s+(?:term|period)|{NUMBER_PATTERN}))"
        ),
        # "may no longer be allowed to practice certain professions for a period of up to 6 years"
        "not_allowed_for": (
            rf"\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:allowed|permitted)\s+to\s+[^.;]{{2,80}}?\s+for\s+"
            rf"{TERM_OF}(?P<span>{amount({'months', 'years'})})"
        ),
        # a closure ordered for a term (a suspension of activity, kind other): "fined the company and
        # ordered the shop section closed for three months"
        "closed_for": rf"{ORDERED_CLOSED}\s+(?P<span>{amount({'days', 'months'})})",
        # "banned them for three years from ...", "barred each of them from ... for two years"
        # "banned Sadykov from publishing on social media for two years" (a named object before "from")
        # "decided to ban him from returning to Kazakhstan for five years" (an entry ban)
        "banned_for": rf"\b(?:banned|barred|prohibited|disqualified|(?<=to\s)ban)\s+(?:(?:him|her|them|each|both|all)\s+(?:of\s+them\s+)?)?(?:(?:[\w'’-]+\s+){{0,2}}?from\s+[^.;]{{2,100}}?\s+)?for\s+{TERM_OF}(?P<span>{amount({'months', 'years'})})",
        # "suspended all its activity for three months", "suspend the publication for 3 months",
        # "suspend for two months the activity of the church": suspension of activity (kind other)
        "suspended_for": (
            rf"\bsuspend(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){{0,4}}?(?:activit(?:y|ies)|operations?|work|publication|newspaper|paper"
            rf"|magazine|broadcasting|licen[cs]es?)\s+(?:of\s+(?:[\w'’\"“”-]+\s+){{0,5}}?)?for\s+(?:a\s+(?:period|term)\s+of\s+)?"
            rf"(?P<span>{amount({'days', 'months', 'years'})})"
        ),
        # a licence suspended, in the passive: "the licence of the company was suspended for six months",
        # "had its licence suspended for three months" (a driving licence is a ban on driving: the head's)
        "licence_suspended": (
            rf"(?<!driving\s)(?<!driver's\s)(?<!driver’s\s)\blicen[cs]es?\b(?:\s+(?:of|for)(?:\s+[\w'’\"“”«»-]+){{1,5}}?)?"
            rf"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|to\s+be)\s+)?suspended\s+for\s+{TERM_OF}"
            rf"(?P<span>{amount({'days', 'months', 'years'})})"
        ),
        "suspend_for_first": (
            rf"\bsuspend(?:ed|s|ing)?\s+for\s+(?P<span>{amount({'days', 'months', 'years'})})"
            rf"(?=\s+(?:the\s+|all\s+|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:activit|operation|work|publication|broadcast))"
        ),
        # "life imprisonment", "with confiscation of property", "deprivation of the right to drive"
        "kind_only": rf"(?P<span>{standalone}(?:\s+for\s+life)?)",
        # "shall entail a warning", "punishable by a warning"
        # adilet also translates the warning as "notification" and "prevention"
        "warning": r"\b(?:entails?|entailed|punishable\s+by|punished\s+by|in\s+the\s+form\s+of)\s+(?:an?\s+)?(?P<span>warning|notification|prevention)\b",
    }
    # searched in the lower-cased text: about twice as fast as IGNORECASE for these alternations
    return [(name, Caseless(p)) for name, p in patterns.items()]


TIER_TAIL_RE = re.compile(TIER_TAIL, FLAGS)
# the next term of a list after one verb: "X was sentenced to 7 years, Y to 7 years, Z to 3.5 years
# and W to 2 years", "..., ex-mayor of Karaganda Meiram Smagulov - to 4 years"
TERM_NEXT_RE = Caseless(
    rf"(?:\s+in\s+(?:jail|prison)|\s+of\s+imprisonment)?\s*(?:,|\band\b)"
    # (the words between name people, not another verb's object: "and ordered to pay damages equal to 2 years")
    rf"(?:(?!\b(?:pay|paid|equal|from|reduced|cut|increased|extended|appeal(?:ed)?|up)\b)[^.;\n]){{0,90}}?(?<![\w-])to\s+(?P<span>{amount({'months', 'years'})})"
)
# the next fine of a list after a fine, each with its own unit: "a fine of 30 MCI, or 100 MCI for a
# repeat violation", "individuals will be fined 20 MCI, small businesses 50 MCI, and large companies
# 200 MCI" (not a conversion, "or about 9 million tenge", nor a sum, damage or bribe "of" an amount)
MONEY_NEXT_RE = Caseless(
    r"(?:\s*[,;]\s*(?:(?:and|or|while|whereas)\s+)?"
    # (two parties' amounts: "fined KZT13.7bn and KZT32.2bn, respectively")
    r"|(?:\s*\([^()]{1,40}\))?\s+and\s+(?=(?:(?:\$|₸|KZT|USD)\s?\d[\d.,]*\s?[a-z]{0,8}"
    # ("fined 145,000 tenges ($340) and 87,000 tenges ($200), respectively")
    r"|\d[\d.,]*\s*(?:tenges?|MCI|KZT|USD|dollars)(?:\s*\([^()]{1,30}\))?),?\s+respectively\b)"
    # (each fine with its offence: "fined KZT 34,500 ($70) for the first offense and KZT 69,000 for
    # subsequent violations")
    r"|(?:\s*\([^()]{1,40}\))?\s+for\s+(?:the\s+|a\s+)?(?:first|second|third|repeat(?:ed)?|subsequent)\s+"
    r"(?:offen[cs]es?|violations?|time|cases?)\s*,?\s+and\s+(?:for\s+[^.;\d$₸]{1,40}?\s+)?"
    # (each fine with its article: "fined ten MCI under article 373 "..." and forty MCI under article 355")
    r"|(?:\s*\([^()]{1,40}\))?\s+under\s+article\s+\d{1,4}(?:-\d{1,3})?(?:\s*\([^()]{0,120}\)|\s*[\"“][^\"”]{0,160}[\"”])?,?\s+and\s+)"
    r"(?:(?!(?:about|approximately|around|roughly|nearly|almost|some|over|more|less|totall?ing|equivalent|equal|which"
    r"|that|damages?|bribes?|compensation|costs?|worth|value|sum|total|amount|turnover|losses?)\b)[a-z-]+\s+){0,3}?"
    rf"(?<!\bof\s)(?P<span>{amount(MONEY_UNITS)})(?=\s+(?:for|on|if|when|per|respectively|under)\b|\s*[,.;(]|\s*$)"
)
# a term offered as the other choice to life: "imprisonment for life or at least 20 years [behind bars]",
# "life imprisonment or 15 years"
OR_TERM_RE = Caseless(
    rf"(?:(?<=life)|(?<=life\simprisonment)|(?<=life\ssentence))\s*,?\s+or\s+(?P<span>{amount({'years'})})"
)
# the next change of a list after "changed_to": "... from 50 MCI to 100 MCI, and for small
# businesses - from 100 MCI to 200 MCI" (the same verb governs both)
CHANGED_NEXT_RE = Caseless(
    rf"[^.;\n]{{0,120}}?\bfrom\s+{amount(MONEY_UNITS)}\s*(?:\([^()]{{1,30}}\)\s*)?to\s+(?P<span>{amount(MONEY_UNITS)})"
)
