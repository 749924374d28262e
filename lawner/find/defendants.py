"""Who the text treats as a defendant, a relative or someone outside the state: the cues around
an OFFICIAL span's name (a verdict or charge after it, a conviction or arrest before its title, a
plea, a bribe taken, a non-state body's post, a relative of an official). The name-form check is
in :mod:`lawner.find.people`."""

from __future__ import annotations

import functools
import re

# what a defendant's sentence says after the name: "X was sentenced", "X, who is on trial"
# a prison term's number and unit: "15 years", "ten-year", "3.5 years"
_TERM = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)(?:\.\d)?[\s-]+(?:years?|months?)\b"
)
# "X's brutal murder of his wife", "X's trial": a possessive name's charge
_POSSESSIVE_CHARGE = (
    r"^['’]s?\s+(?:\w+\s+)?(?:murder|killing|crimes?|trial|conviction|arrest|detention|sentencing|extradition)\b"
)
_ACCUSED_AFTER = re.compile(
    # (not past a reporting verb: in "X added that 40 officials had been detained" the verb is theirs)
    r"^(?:(?!\b(?:said|says|added|adds|told|tells|noted|notes|stated|states|explained|reported|announced|"
    r"stressed|emphasi[sz]ed|warned|recalled|according|that)\b)[^.;]){0,60}?"
    r"\b(?:(?:was|were|has\s+been|had\s+been|is|are|being|been|who\s+(?:was|is|were))\s+"
    r"(?:(?:later|also|then|previously|already|reportedly|allegedly|officially|now)\s+)?"
    r"(?:sentenced|detained|arrested|charged|convicted|found\s+guilty|accused|suspected|jailed|imprisoned|"
    r"put\s+on\s+trial|tried|prosecuted|fined|indicted|extradited|wanted|placed\s+under|remanded|released|"
    r"acquitted|paroled|pardoned|amnestied"
    # a victim, named as one (gold rn-a-019): "X, an inspector of ..., was killed by poachers"
    r"|(?:killed|murdered|shot\s+dead|stabbed|beaten\s+(?:up|to\s+death)|kidnapped|abducted)\s+by)"
    # ("X, in November 2012 on suspicion of money laundering": held or searched as a suspect)
    r"|(?:on|under)\s+suspicion\s+of"
    # ("X faces six years in jail": the term a defendant faces)
    rf"|(?:is|are|was|went|stands?|stood)\s+(?:on\s+)?trial|pleaded|(?:faces?|facing|could\s+face|may\s+face)\s+(?:charges|up\s+to|trial|{_TERM})"
    r"|testified)\b"
    r"|^[^.;]{0,60}?\b(?:put|placed|kept|remains?|is|was|were|has\s+been|had\s+been)\s+(?:under\s+house\s+arrest|in\s+(?:pre-trial\s+)?(?:custody|detention)"
    r"|on\s+(?:the\s+|an\s+)?(?:international\s+|interstate\s+)?wanted\s+list|at\s+large|a\s+fugitive)\b"
    # the first of two or more people whose verb follows the list: "his deputy X and the head of the
    # housing department Y were also detained" (plural verb, no reporting verb between)
    r"|^\s+and\s+(?:(?!\b(?:said|says|added|told|noted|stated|reported|announced|according|that|who|which)\b)[^.;,]){3,140}?"
    r"\b(?:were|have\s+been|had\s+been)\s+(?:(?:later|also|then|previously|already|reportedly|allegedly)\s+)?"
    r"(?:sentenced|detained|arrested|charged|convicted|found\s+guilty|jailed|imprisoned|put\s+on\s+trial|tried|indicted)\b"
    # "X's brutal murder of his wife", "X's trial"
    rf"|{_POSSESSIVE_CHARGE}"
    r"|^\s*,\s*(?:who\s+(?:is|was)\s+)?(?:now\s+)?(?:on\s+trial|in\s+custody|behind\s+bars|under\s+(?:house\s+)?arrest)\b"
    # an appositive charge, after the name or its title: "X, the former head of the department,
    # accused of organizing riots, told the court"
    r"|^\s*,(?:[^.;,]{0,100},)?\s*(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:accused|charged|suspected)\s+(?:of|with|in)\b"
    # a verdict past a long apposition: "X, a minister in the government of the first president Y,
    # was found guilty"
    r"|^\s*,(?:(?!\b(?:said|says|told|stated|reported|announced|noted|that|who|which)\b)[^.;,]){0,120}?,\s*"
    r"(?:was|is|has\s+been|had\s+been)\s+(?:(?:later|also|then|previously|now)\s+)?"
    r"(?:sentenced|detained|arrested|charged|convicted|found\s+guilty|jailed|imprisoned|indicted|extradited"
    # "X, the head of the education department of Y, is suspected of being the mastermind"
    r"|suspected\s+of|accused\s+of)\b"
    # an appositive verdict: "X, sentenced to 19 years, has addressed a message to ..."
    r"|^\s*,\s*(?:(?:earlier|previously|already|later)\s+)?(?:sentenced|convicted|jailed|detained|arrested|charged|imprisoned)\b"
    # a list of terms asked or given: "X, former deputy governor - 15 years; Y - 14 years"
    rf"|^[^.;]{{0,80}}?\s[-–—]\s+(?:to\s+)?{_TERM}"
    # a term received: "X received 8 years in prison", "X got a 10-year sentence"
    # (past an apposition: "X, who served as interior minister until 2022, was given a five-year ...")
    rf"|^[^.;]{{0,40}}?\b(?:received|receives|got|gets|was\s+given|was\s+handed)\s+(?:an?\s+)?{_TERM}"
    rf"|^\s*,[^.;]{{0,80}}?,\s+(?:received|got|was\s+given|was\s+handed)\s+(?:an?\s+)?{_TERM}"
    # "the court found X guilty", "found X, former akim, not guilty"
    r"|^\s*,?\s*(?:not\s+)?guilty\b"
    # a headline's participle: "Ex-Minister X charged with embezzlement", "X sentenced to 10 years"
    r"|^\s*,?\s*(?:charged|sentenced|detained|arrested|jailed|convicted|accused|suspected|indicted|extradited)\s+"
    r"(?:with|of|to|for|in|over)\b"
    # "Abish faces allegations of abuse of power", "X faces charges of fraud"
    r"|^[^.;]{0,40}?\b(?:faces|faced|facing)\s+(?:(?:new|criminal)\s+)?(?:allegations|charges|accusations)\s+(?:of|in|over)\b"
    # a bribe taken: "X received a bribe of", "X demanded kickbacks"
    r"|^[^.;]{0,40}?\b(?:received|receiving|took|taking|accepted|accepting|demanded|demanding|extorted|extorting|solicited)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:large|huge|especially\s+large|particularly\s+large)\s+)?(?:bribes?|kickbacks?)\b"
    # a defendant's own plea: "X told the court he was innocent", "X denied the charges", "X, in his
    # final word, asked for leniency", "X admitted his guilt"
    r"|^[^.;]{0,80}?\b(?:told\s+the\s+court\s+(?:that\s+)?(?:he|she)\s+(?:was|is|had\s+been)\s+(?:innocent|not\s+guilty)"
    r"|(?:denied|denies|deny|rejected|rejects)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:charges|guilt)\b"
    r"|(?:maintained|maintains|insisted\s+on|insists\s+on)\s+(?:his|her|their)\s+innocence"
    r"|(?:admitted|admits|acknowledged|confessed)\s+(?:his|her|their)\s+guilt"
    r"|in\s+(?:his|her)\s+(?:final|last)\s+(?:word|statement|plea))\b"
    # a monitoring list names each person with the article they are charged under: "February 1,
    # Shymkent, X, Article 405, Part 2 of the Criminal Code, the police petitioned ..."
    r"|^\s*[,(–—-]\s*(?:(?:Part|paragraph)\s+\d{1,2}\s+of\s+)?(?:Articles?|Art\.)\s*\d",
    re.IGNORECASE,
)
# what stands before a defendant's name: "defendant X", "the trial of X", "sentenced X"
_ACCUSED_BEFORE = re.compile(
    # (not the active verb: "after he accused President X of corruption")
    r"\b(?:defendants?|convicts?|convicted|suspects?|detainees?|(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwho\s)(?<!\bhas\s)(?<!\bhad\s)accused|activists?|political\s+prisoners?|"
    r"prisoners?|bloggers?|journalists?|reporters?|lawyers?|advocates?|attorneys?(?!\s+general)|residents?\s+of\s+[\w-]+|"
    r"businessm[ae]n|entrepreneurs?|opposition(?:ist)?s?|protesters?|critics?|dissidents?|"
    # scholars and commentators: "political scientist X"
    r"(?:political\s+)?(?:scientists?|analysts?|observers?|commentators?)|economists?|sociologists?|historians?|"
    r"(?:cases?|charges|verdict|trial|sentence|conviction|arrest|detention)\s+(?:against|of|on|for)|"
    r"(?:sentenced|detained|arrested|charged|convicted|jailed|acquitted|prosecuted)|photo(?:graph)?s?\s+by"
    # the one who committed a crime: "murdered by former Minister of the Economy, X"
    r"|(?:murdered|killed|beaten|attacked|assaulted|raped|robbed|stabbed|shot|tortured)\s+by\s+(?:the\s+)?(?:former\s+|ex-)"
    # (a whole word: "critic" is no cue inside "criticize")
    r"[^.;]{0,60}?)(?![\w-])\s*[:,]?\s*(?:the\s+)?(?:former\s+)?"
    # the name's own words may stand between ("activist Askar Umarov"); "critics of President X" is no defendant
    r"(?:(?!(?:of|for|against|to|with|from|and|or|by|about|on)\b)[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# a sentence that lists people convicted or detained: "those convicted: A, head of ...; B, ...",
# "the defendants include A, ..."; a cue elsewhere in the sentence ("1,400 people have been convicted
# ... the system that former president X built") says nothing of the names after it
_ACCUSED_SENTENCE = re.compile(
    # a sentence that opens on the people a decision is against: "Against A, B and C, the judge ordered ..."
    # (a person's name after it, not "Against this background, Minister X said")
    r"^\W*against\s+(?-i:[A-Z][a-z]+\s+[A-Z])|"
    r"\b(?:convicted|defendants|accused|detainees|suspects|political\s+prisoners|convicts|were\s+sentenced|"
    # (not a verb after "were": "The detainees were protesting against X", whom they name)
    r"were\s+detained|were\s+arrested|were\s+charged|on\s+trial)\b\s*(?::|—|–|\b(?:include|includes|included|including"
    r"|(?:are|were)\b(?!\s+[a-z]+(?:ing|ed)\b)))"
    # a list of the terms asked or given: "the prosecutors asked the following prison terms: A, ..."
    r"|\b(?:(?:prison|jail)\s+)?(?:terms|sentences)\s*:",
    re.IGNORECASE,
)


# a post in a body that is not the state's: "the union's president X", "the company's deputy
# director X" (GUIDELINES: officials are the Kazakh state's)
NON_STATE_POST = re.compile(
    r"\b(?:union|company|companies|association|party|club|federation|foundation|bank|corporation|firm|group|"
    r"organi[sz]ation|NGO|university|fund|holding|chamber|business|railways?|airline|plant|factory|mine|"
    r"operator|consortium|school|hospital|channel|newspaper)['’]s\s+(?:[\w-]+\s+){1,4}$"
    # "the chairman of the company, X", "CEO of the holding X"
    r"|\b(?:chair(?:man|woman|person)?|head|CEO|director|president|manager)\s+of\s+(?:the\s+)?(?:board\s+of\s+(?:the\s+)?)?"
    r"(?:company|firm|holding|corporation|fund|bank|group|consortium|operator)\s*,?\s*$"
    # "the president of the Civic Alliance of Kazakhstan, X": a public association by its name
    r"|\b(?:chair(?:man|woman|person)?|head|director|president|leader)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+){1,4}"
    r"(?-i:Alliance|Union|Foundation|Association|Confederation|League|Movement)(?:\s+of\s+Kazakhstan)?\s*,?\s*$"
    # the president of anything but the country or a court: "The President of the Self-Regulatory Organization
    # of Bookmakers of Kazakhstan, X"
    r"|\b(?:vice[- ])?president\s+of\s+(?:the\s+)?(?!(?:Republic|Kazakhstan|country|state|nation)\b)(?![^,.;]*\b[Cc]ourt\b)"
    r"(?-i:[A-Z])[^,.;]{2,80}?,\s*$"
    # "union President X", "trade union leader X", "KNPRK Deputy President X" (the state's President is
    # never written after another body's initials, but "RK President")
    r"|\b(?:union|NGO|association|federation|foundation|movement|company|club)\s+(?:deputy\s+|vice[- ])?"
    r"(?:president|chair(?:man|woman|person)?|head|leader|director|secretary)\s+$"
    r"|\b(?!(?-i:RK|RoK|KZ)\b)(?-i:[A-Z]{3,6})\s+(?:(?:Deputy|Vice)[\s-]+)?President\s*,?\s+$"
    # the state's companies: "Samruk Kazyna Chairman X", "KazMunaiGas CEO Y"
    r"|\b(?:Samruk[\s-]Kazyna|KazMuna[iy]Gas|KMG|Kazatomprom|KEGOC|Kazakhtelecom|Air\s+Astana|Kaspi|Halyk)\s+"
    r"(?:(?:deputy|vice)[\s-]+)?(?:chair(?:man|woman|person)?|head|CEO|director|president|manager|spokes(?:man|woman|person))\s+$",
    re.IGNORECASE,
)


# a title in a body that is not the state's: "director of the International Bureau for Human
# Rights", "chairman of the Socialist Movement"
NON_STATE_TITLE = re.compile(
    r"\b(?:International|Human\s+Rights|Soldiers['’]\s+Mothers|Foundation|Association|Movement|Unions?|Confederation|Helsinki|NGO|Institute|University|"
    r"Federation|Club|Company|Corporation|Holding|Bureau\s+for|Public\s+Council|"
    # news agencies: "a representative of the France Press agency, X"
    r"(?:France|French|Associated)[\s-]Press|Agence|[Nn]ews\s+[Aa]gency|Press\s+agency|"
    # schools and hospitals are no state bodies: "the director of the lyceum X"
    r"(?i:lyceum|school|gymnasium|college|kindergarten|hospital|clinic|polyclinic)|"
    # the state's companies are no state bodies: "Samruk Kazyna Chairman X", "KazMunaiGas Chairman Y"
    r"Samruk|KazMuna[iy]Gas|Kazatomprom|Atameken|National\s+Chamber\s+of\s+Entrepreneurs|KEGOC|Kazakhtelecom|JSC|LLP|Railways|Temir\s+Zholy|KTZ|Kazpost|Kazakh\s+Invest|Baiterek|Bayterek|"
    # bodies outside the state known by initials: "OSCE head X", "UN spokesman Y"
    r"UN|UNDP|UNICEF|OSCE|ODIHR|EU|NATO|CSTO|SCO|CIS|EAEU|IMF|OECD|WHO|HRW|CPJ|RFE/RL|KIBHR|ITUC|IndustriALL|ILO|Amnesty)\b"
)

# the state's own human-rights posts, which NON_STATE_TITLE must not read as an NGO's: "Ombudsman for
# Human Rights in Kazakhstan X", "Commissioner for Human Rights Y", "Human Rights Commissioner Z"
STATE_RIGHTS_POST = re.compile(
    r"\b(?:ombuds(?:man|woman|person)|commissioner)\s+for\s+(?:the\s+)?human\s+rights\b"
    r"|\bhuman\s+rights\s+(?:ombuds(?:man|woman|person)|commissioner)\b"
    # "chairman of the Commission on Human Rights under the President of Kazakhstan"
    r"|\b(?:commission|council)\s+(?:on|for)\s+human\s+rights\s+under\s+the\s+(?:president|government)\b",
    re.IGNORECASE,
)

# an active verb of conviction before a former official's title and name: "the court sentenced the
# former head of the Atyrau police department, Erbol Kairov, to five years", "hand a 10-year
# sentence to former Economy Minister X", "the nine-year prison term given to former Minister Y"
ACCUSED_TITLE_BEFORE = re.compile(
    r"\b(?:sentenced|convicted|jailed|detained|arrested|charged|acquitted|prosecuted|found|summoned|questioned|interrogated|"
    r"released|paroled|pardoned|amnestied|extradited|(?:lawyer|attorney|counsel|defen[cs]e)\s+(?:of|for)|"
    r"(?:sentence|verdict|term|punishment)\s+(?:(?:handed|given|imposed|meted)\s+(?:down\s+|out\s+)?)?(?:to|against|on)|(?:trial|case|charges|arrest|detention|conviction)\s+(?:of|against)"
    # "the murder of X by her partner, former minister Y"
    r"|(?:murder|killing|beating|torture|rape|assault)\s+of\s+(?:(?!\b(?:was|were|is|are|been|by)\b)[^.;]){1,60}?"
    r"\bby(?:\s+(?:his|her|their)\s+[\w'’-]+,)?)\s+(?:the\s+)?"
    # (not the judge or prosecutor named after the comma: "the case against the former head of the
    # department, judge X told")
    r"(?:ex-|former\s+)(?:[^.;,]{3,100},\s*(?!(?:judge|prosecutor|investigator|lawyer)\b)(?:[\w'’-]+\s+){0,2}|(?:[\w'’()-]+\s+){1,8})$",
    re.IGNORECASE,
)

# an active verb of arrest before a serving official's post and name: "the Anti-Corruption Agency
# detained the head of the land department of Kostanay, Arman Nurov"
ACCUSED_POST_BEFORE = re.compile(
    r"\b(?:detained|arrested|charged|convicted|sentenced|jailed|indicted)\s+the\s+(?:first\s+)?(?:deputy\s+)?"
    r"(?:head|chief|director|chairman|akim|mayor|governor|minister|prosecutor|official|employee|inspector|officer)\b"
    r"[^.;,]{0,100},\s*(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)

# the next person of a list after such a verb: "the arrest of former Mayor of Karaganda X and head
# of the department on land relations Y"
# a list of the people detained: "Those detained included X, the managing director, and Y, head of
# the department of ..." (any name after the cue, up to the sentence's end)
ACCUSED_INCLUDED_BEFORE = re.compile(
    r"\b(?:those|people|officials|suspects|the\s+detainees)\s+(?:detained|arrested|charged|convicted|sentenced|"
    r"jailed|indicted|in\s+(?:detention|custody)|under\s+arrest)\s+(?:include[sd]?|are|were)\b[^.;]{0,160}$"
    # "Among the detained patrons of the criminal oil business are officers of ... and transport prosecutor X"
    r"|\bamong\s+the\s+(?:[\w-]+\s+){0,2}?(?:detained|arrested|suspects|accused|defendants|convicted|detainees|convicts)\b[^.;]{0,200}$"
    # "Three officers face charges of ..., including the deputy police chief, X"
    r"|\b(?:face|faces|faced|facing|were\s+charged|have\s+been\s+charged|stand\s+trial)\b[^.;]{0,160}\bincluding\b[^.;]{0,80}$",
    re.IGNORECASE,
)
ACCUSED_LIST_BEFORE = re.compile(
    r"\b(?:arrests?|detention|trial|conviction|sentencing|sentenced|convicted|detained|arrested|jailed)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:ex-|former\s+)[^.;]{3,120}?\s+and\s+(?:the\s+)?(?:ex-|former\s+)?(?:[\w'’()-]+\s+){1,9}$",
    re.IGNORECASE,
)

_KIN = (
    r"(?:nephew|niece|son|daughter|wife|husband|brother|sister|relative|cousin|grandson|granddaughter|"
    r"father|mother|son[\s-]in[\s-]law|daughter[\s-]in[\s-]law|brother[\s-]in[\s-]law|father[\s-]in[\s-]law|in-laws?|matchmaker)"
)
# "the nephew of former President X", "a critic of President X was jailed": X is named beside
# someone else's verb
RELATIVE_OF = re.compile(
    rf"\b(?:{_KIN}|aide|assistant|associate|critic|ally|opponent|rival|supporter|friend)\s+of\s+[^.;]{{0,60}}$",
    re.IGNORECASE,
)
# a relative named by the possessive of someone's name: "Nazarbayev's nephew"
_KIN_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?{_KIN}\b", re.IGNORECASE)
# the relative named after an official's title: "the eldest daughter of the first president, X",
# "President Y's son-in-law, X": X is no official (GUIDELINES: a relative of an official is not one)
RELATIVE_NAMED = re.compile(
    rf"\b{_KIN}\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,6}}?[\w'’.-]+\s*,\s*$"
    rf"|['’]s\s+(?:[\w-]+\s+)?{_KIN}\s*,?\s*$"
    # "killed by her husband, a former senior government official, X"
    rf"|\b(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN}\s*,\s*(?:(?:a|an|the)\s+[^,.;]{{0,60}},\s*)?$",
    re.IGNORECASE,
)

# a relative named first, the official after the kin phrase: "Bolat Nazarbaev, the younger brother of
# Kazakhstan's first president, [Nursultan Nazarbaev]" (the name after it is the president's)
RELATIVE_FIRST = re.compile(
    rf"(?-i:[A-Z][\w'’-]+)\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?{_KIN}\s+of\s+[^,.;]{{1,80}},\s*$", re.IGNORECASE
)
# "according to police spokesperson X, the driver was detained": the verb after X is not X's
# a name inside an apposition, as the object of "of" or a possessive: ", a minister in the
# government of Kazakhstan's first president [Y], was found guilty"
_APPOSITION_MODIFIER = re.compile(r",[^,.;]*(?:\bof|['’]s)\s+(?:[\w'’-]+\s+){0,4}$")
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[\w'’.-]+\s+){0,8}$", re.IGNORECASE)
# a name inside a relative clause on someone else: "Duvanov, who ... reported on accounts held by
# President X, was arrested" (the verb after the clause's closing comma is Duvanov's)
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^.;]{3,200}$", re.IGNORECASE)


def accused_by_verb(before: str, after: str) -> bool:
    """Whether what follows a name says its bearer is a defendant ("X was sentenced", "X, who
    is on trial", "found X guilty"). ``before`` is the text just before the name (up to its
    sentence's start), ``after`` the rest of its sentence. The verb is someone else's after
    "the nephew of President X" or "according to X"."""
    if RELATIVE_OF.search(before) or ACCORDING_TO.search(before):
        return False
    if re.match(r"['’]s\b", after):  # "the government of X's era, who was sentenced": the verb is another's
        return bool(re.match(_POSSESSIVE_CHARGE, after, re.IGNORECASE))
    if (_APPOSITION_MODIFIER.search(before) or _IN_RELATIVE_CLAUSE.search(before)) and re.match(
        r"\s*,\s*(?:was|were|has\s+been|had\s+been)\b", after
    ):
        # "X, a minister in the government of the first president Y, was found guilty", "X, who wrote
        # about President Y, was arrested": X's verb
        return False
    return bool(_ACCUSED_AFTER.match(after))


@functools.lru_cache(maxsize=256)
def mention_re(key: str) -> re.Pattern[str]:
    """A surname key's mentions in a text, as a whole word in any case."""
    return re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])", re.IGNORECASE)


def defendants(text: str, keys: set[str], sentences: list[tuple[int, int]]) -> set[str]:
    """The surnames in ``keys`` that the text treats as defendants, convicts, detainees or
    other non-officials (bylines, lawyers, activists) at any of their mentions."""
    found = set()
    for key in keys:
        for m in mention_re(key).finditer(text):
            start, end = next(((s, e) for s, e in sentences if s <= m.start() < e), (0, len(text)))
            if _KIN_AFTER.match(text, m.end()):
                continue  # "Nazarbayev's nephew, X, was detained": the verb is the nephew's
            before = text[max(start, m.start() - 80) : m.start()]
            window = text[max(start, m.start() - 160) : m.start()]
            cues = (ACCUSED_TITLE_BEFORE, ACCUSED_LIST_BEFORE, ACCUSED_POST_BEFORE, ACCUSED_INCLUDED_BEFORE)
            if any(p.search(window) for p in cues):
                found.add(key)
                break
            # the name's own words ("Askar Umarov") sit between the cue and the surname
            # "the nephew of former President X, was sentenced": the verb is the nephew's
            if _ACCUSED_BEFORE.search(before) or accused_by_verb(
                text[max(start, m.start() - 250) : m.start()], text[m.end() : end]
            ):
                found.add(key)
                break
            if _ACCUSED_SENTENCE.search(text[start : m.start()]):
                found.add(key)
                break
    return found
