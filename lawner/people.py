"""Who is an official: the name-form check and the defendant check for OFFICIAL spans.

The NER head reads lower-cased word pieces (all-MiniLM-L6-v2 is uncased), so it cannot see
that "Later" or "Orda.kz" is not a name, and neither it nor the title rules know that the
former akim on trial is a defendant. These checks run on every OFFICIAL span, whoever found it,
before the record takes it (issue 11: real news pages called bylines, outlets, sentence adverbs,
places and defendants officials).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .normalize.dates import MONTHS, WEEKDAYS

# sentence adverbs and connectives that open a sentence before a name: "Later, Deputy Minister X"
ADVERBS = frozenset(
    "later meanwhile also however earlier then now today yesterday still previously additionally "
    "moreover furthermore separately currently recently notably finally subsequently thus therefore "
    "instead nevertheless nonetheless besides likewise similarly accordingly otherwise indeed so and "
    "but when while after before since as according under in on at for with by from to of the a an "
    "mr mrs ms dr".split()
)

# ranks in front of a name are not part of it: "Colonel Yerketay Tutkushev"
RANKS = frozenset(
    "colonel lieutenant major general captain sergeant police-colonel police-major justice-counsellor".split()
)
# a rank between a post and the name, which is neither ("investigator Lieutenant Colonel X")
RANK_WORDS = (
    r"(?-i:(?:Police\s+)?(?:Lieutenant\s+|Senior\s+|Major\s+)?(?:Colonel|Major|Captain|Lieutenant|General|Sergeant))"
)

# a one-word name is a surname only in the form Kazakh, Russian and Central Asian surnames take
# ("Tokayev", "Karin", "Zhumagali"); "Seeks", "Calls", "Control" (headline words) are not
SURNAME_FORM = re.compile(
    r"(?:[oe]v|[oe]va|yev|yeva|[iy]n|[iy]na|uly|uli|kyzy|bek|bay|bai|baev|bayev|ko|enko|chuk|vich|ich|sk[iy]|skaya|"
    r"zhan|khan|gali|ali|tai|imov|iyev|yan|dze|shvili)$"
)

# capitalized words that start a title or name a place, body or outlet, never a person's name
NOT_NAME_WORDS = (
    frozenset(
        w.lower()
        for w in (
            "The A An On In At Of For And But He She They It This That These Mr Mrs Ms Kazakhstan Kazakh "
            "Republic Ministry Minister Ministers Court Office Committee Agency Department Service Police Akimat "
            "Mazhilis Majilis Senate Parliament Government Affairs Justice Health Education Finance "
            "Internal Foreign Energy Agriculture Defence Defense Culture Information Ecology Economy "
            "National Emergency Emergencies Situations Development Protection Social Labour Labor "
            "Population Trade Integration Industry Construction Transport Digital Innovation Science "
            "Higher Sports Tourism Resources Natural Water Security Region City District Almaty Astana "
            "Shymkent Karaganda Aktobe Atyrau Mangystau Pavlodar Kostanay Taraz Turkistan Turkestan Zhambyl "
            "Abai Ulytau Zhetysu Kyzylorda Qyzylorda Semey Oral Aktau President Prime Deputy Head Chief "
            "Chairman Chairwoman Chair Chairperson Elbasy Director General Prosecutor Judge Senator Akim Speaker "
            "Supreme "
            "Constitutional Article Articles Code Law Criminal Administrative Amanat Party Former Acting "
            "First Vice Spokesman Spokeswoman Spokesperson Press Secretary Anti Corruption Monitoring "
            "Financial State Revenue Central Election Commission Council Presidential Administration "
            "Orda Kazinform Tengrinews Kursiv Vlast Azattyq Radio Liberty Europe Free RFE RFE/RL Eurasianet "
            "Reuters AFP Interfax TASS Sputnik Times Astana-Times Diplomat Kaztag Zakon Nur KazTAG "
            "Petropavl Petropavlovsk Kokshetau Uralsk Taldykorgan Ekibastuz Temirtau Zhezkazgan Baikonur "
            "Konaev Kapchagay Turkestan Russia Moscow China Uzbekistan Kyrgyzstan Tajikistan Bishkek Tashkent "
            "Central Asia Asia Soviet Union USSR Europe America Qazaqstan Kazakhstani Kazakhstan's "
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Governor Mayor "
            # headline words in title case: "Former Justice Minister Found Guilty of Fraud"
            "Found Guilty Sentenced Jailed Detained Arrested Charged Convicted Fined Acquitted Released Says "
            "Said Calls Seeks Gets Faces Denies Admits Trial Verdict Case Sentence Prison Years Bribery Fraud "
            "Corruption Embezzlement Issues Hands Orders Bans Jails Fines Sentences Urges Warns Asks Wants Light "
            "Harsh Lenient Suspended Upholds Overturns Rejects Appeals Proposes Signs Approves Names Appoints "
            "Sends Meets Visits Vows Slams Backs Vetoes Dismisses Fires Announces Instructs Demands Plans "
            "Launches Receives Holds Opens Amnesty Bill Law Decree "
            # more headline verbs: "Kazakh President Accepts Cabinet Resignation", "President Granted Lifelong Control"
            "Accepts Accept Granted Grants Resigns Resignation Cabinet Lifelong Steps Reshuffles Nominates Replaces "
            "Pardons Addresses Congratulates Criticizes Criticises Promises Reveals Discusses Defends Dissolves "
            "Extends Tightens Lifts Introduces Expands Sacks Removes Reappoints Considers Returns Takes Gives "
            "Establishes Adopts Creates Abolishes Amends Ratifies Unveils Strengthens Toughens Simplifies "
            # bodies' words: "the Supreme Court's Judicial Collegium for Criminal Cases"
            "Judicial Collegium Board Tribunal Chamber Inspectorate Directorate Bureau "
            # participles of a headline's passive: "Akim X Recommended to Be Dismissed"
            "Recommended Dismissed Appointed Elected Resigned Named Removed Relieved Reprimanded Suspected "
            # institutions named after a person: "the Nazarbayev Fund", "Nazarbayev University"
            "Fund Foundation University Library Museum School Airport Prize Award Avenue Street Stadium Arena "
            "Hospital Clinic Holding Society Resolution Regulatory Normative Decree Order "
            # words of an institution's name: "the director of the Forensic Examination Center"
            "Center Centre Forensic Examination Procurement Institute Laboratory "
            # words of a body's name, which a title's tail leaves over: "head of the Department for
            # Combating Economic Crimes"
            "Crime Crimes Economic Combating Fight Against Investigation Investigations Control Regulation "
            "Planning Reforms Relations Policy Rights Human Public Civil Statistics Communications Media Land "
            "Road Traffic Safety Migration Customs Border Tax Budget Audit Market Markets Competition Consumer "
            "Sanitary Epidemiological Veterinary Forestry Environment Environmental Housing Utilities Youth "
            "Family Religious Religion Affairs Cooperation Operations Support Management Infrastructural "
            "Infrastructure Aerospace Geology Enlightenment Irrigation Artificial Intelligence Investment "
            "Investments Sport Communication System Systems Penitentiary Correctional Penal Execution "
            # NGOs and media bodies often quoted by name: "Adil Soz criticised the amendment"
            "Soz "
            # more words of a department's name: "Department for Combating Organized Crime"
            "Drug Drugs Narcotics Organized Organised Cyber Cybercrime Extremism Terrorism Trafficking "
            "Smuggling".split()
        )
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | ADVERBS
)

# letters of names beyond ASCII: Kazakh Latin ("Şaiahmetov", "Äbdiraiym", "Ūlan") and the Czech-style
# transliteration some outlets use ("Žumakhanbetov", "Šynalieva")
NAME_UPPER = "À-ÖØ-ÞŠŽČŞĞİŪŃǴƏ"
NAME_LOWER = "ß-öø-ÿšžčşğıūńǵə"
# a surname in capitals ("DAULBAYEV", "IZMUKHAMBETOV"): four letters or more, a vowel among them,
# never after the first name's place (clean_name) and never an acronym or a word of a headline
CAPS_SURNAME = (
    rf"(?!(?:NEWS|PHOTO|VIDEO|UPDATE|READ|MORE|ALSO|COVID|MEDIA|PRESS|LIVE|BREAKING|EXCLUSIVE|OPINION|ANALYSIS)\b)"
    rf"(?=[A-Z{NAME_UPPER}]*[AEIOUY])[A-Z{NAME_UPPER}]{{4,}}(?:-[A-Z{NAME_UPPER}]{{2,}})?"
)
# one word of a person's name: "Azamat", "Kassym-Jomart", "O'Neil", an initial "N." or "Zh."
_NAME_TOKEN = re.compile(
    rf"^(?:[A-Z{NAME_UPPER}][a-z{NAME_LOWER}'’]+(?:-[A-Za-z{NAME_UPPER}{NAME_LOWER}'’]+)*|[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)?"
    # an initial glued to the surname, as Kazakh official sites write it: "A.Smailov", "Zh.Kasymbek"
    rf"|[A-Z][a-z]?\.[A-Z{NAME_UPPER}][a-z{NAME_LOWER}'’]+(?:-[A-Za-z{NAME_UPPER}{NAME_LOWER}'’]+)*"
    # a surname in capitals, as some outlets and press releases write it: "Askhat DAULBAYEV"
    rf"|{CAPS_SURNAME})$"
)
_INITIAL = re.compile(r"^[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)?$")
# the initial glued in front of a surname: "A." of "A.Smailov"
_GLUED_INITIAL = re.compile(r"^[A-Z][a-z]?\.(?=[A-Z])")

# what a defendant's sentence says after the name: "X was sentenced", "X, who is on trial"
# a prison term's number and unit: "15 years", "ten-year", "3.5 years"
_TERM = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)(?:\.\d)?[\s-]+(?:years?|months?)\b"
)
_ACCUSED_AFTER = re.compile(
    # (not past a reporting verb: in "X added that 40 officials had been detained" the verb is theirs)
    r"^(?:(?!\b(?:said|says|added|adds|told|tells|noted|notes|stated|states|explained|reported|announced|"
    r"stressed|emphasi[sz]ed|warned|recalled|according|that)\b)[^.;]){0,60}?"
    r"\b(?:(?:was|were|has\s+been|had\s+been|is|are|being|been|who\s+(?:was|is|were))\s+"
    r"(?:(?:later|also|then|previously|already|reportedly|allegedly|officially|now)\s+)?"
    r"(?:sentenced|detained|arrested|charged|convicted|found\s+guilty|accused|suspected|jailed|imprisoned|"
    r"put\s+on\s+trial|tried|prosecuted|fined|indicted|extradited|wanted|placed\s+under|remanded|released|"
    r"acquitted|paroled|pardoned|amnestied)"
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
    r"|^['’]s?\s+(?:\w+\s+)?(?:murder|killing|crimes?|trial|conviction|arrest|detention|sentencing|extradition)\b"
    r"|^\s*,\s*(?:who\s+(?:is|was)\s+)?(?:now\s+)?(?:on\s+trial|in\s+custody|behind\s+bars|under\s+(?:house\s+)?arrest)\b"
    # an appositive charge, after the name or its title: "X, the former head of the department,
    # accused of organizing riots, told the court"
    r"|^\s*,(?:[^.;,]{0,100},)?\s*(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:accused|charged|suspected)\s+(?:of|with|in)\b"
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
    r"\b(?:defendants?|convicts?|convicted|suspects?|detainees?|accused|activists?|political\s+prisoners?|"
    r"prisoners?|bloggers?|journalists?|reporters?|lawyers?|advocates?|attorneys?|residents?\s+of\s+[\w-]+|"
    r"businessm[ae]n|entrepreneurs?|opposition(?:ist)?s?|protesters?|critics?|dissidents?|"
    r"(?:case|charges|verdict|trial|sentence|conviction|arrest|detention)\s+(?:against|of|on|for)|"
    r"(?:sentenced|detained|arrested|charged|convicted|jailed|acquitted|prosecuted)|photo(?:graph)?s?\s+by"
    # the one who committed a crime: "murdered by former Minister of the Economy, X"
    r"|(?:murdered|killed|beaten|attacked|assaulted|raped|robbed|stabbed|shot|tortured)\s+by\s+(?:the\s+)?(?:former\s+|ex-)"
    r"[^.;]{0,60}?)\s*[:,]?\s*(?:the\s+)?(?:former\s+)?"
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
    r"were\s+detained|were\s+arrested|were\s+charged|on\s+trial)\b\s*(?::|—|–|\b(?:include|includes|included|including|are|were)\b)"
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
    # "union President X", "trade union leader X", "KNPRK Deputy President X" (the state's President is
    # never written after another body's initials, but "RK President")
    r"|\b(?:union|NGO|association|federation|foundation|movement|company|club)\s+(?:deputy\s+|vice[- ])?"
    r"(?:president|chair(?:man|woman|person)?|head|leader|director|secretary)\s+$"
    r"|\b(?!(?-i:RK|RoK|KZ)\b)(?-i:[A-Z]{3,6})\s+(?:(?-i:Deputy|Vice)[\s-]+)?(?-i:President)\s+$"
    # the state's companies: "Samruk Kazyna Chairman X", "KazMunaiGas CEO Y"
    r"|\b(?:Samruk[\s-]Kazyna|KazMuna[iy]Gas|KMG|Kazatomprom|KEGOC|Kazakhtelecom|Air\s+Astana|Kaspi|Halyk)\s+"
    r"(?:(?:deputy|vice)[\s-]+)?(?:chair(?:man|woman|person)?|head|CEO|director|president|manager|spokes(?:man|woman|person))\s+$",
    re.IGNORECASE,
)


# a title in a body that is not the state's: "director of the International Bureau for Human
# Rights", "chairman of the Socialist Movement"
NON_STATE_TITLE = re.compile(
    r"\b(?:International|Human\s+Rights|Foundation|Association|Movement|Unions?|Confederation|Helsinki|NGO|Institute|University|"
    r"Federation|Club|Company|Corporation|Holding|Bureau\s+for|Public\s+Council|"
    # the state's companies are no state bodies: "Samruk Kazyna Chairman X", "KazMunaiGas Chairman Y"
    r"Samruk|KazMuna[iy]Gas|Kazatomprom|KEGOC|Kazakhtelecom|JSC|LLP|"
    # bodies outside the state known by initials: "OSCE head X", "UN spokesman Y"
    r"UN|UNDP|UNICEF|OSCE|ODIHR|EU|NATO|CSTO|SCO|CIS|EAEU|IMF|OECD|WHO|HRW|CPJ|RFE/RL|KIBHR|ITUC|IndustriALL|ILO|Amnesty)\b"
)

# the state's own human-rights posts, which NON_STATE_TITLE must not read as an NGO's: "Ombudsman for
# Human Rights in Kazakhstan X", "Commissioner for Human Rights Y", "Human Rights Commissioner Z"
STATE_RIGHTS_POST = re.compile(
    r"\b(?:ombuds(?:man|woman|person)|commissioner)\s+for\s+(?:the\s+)?human\s+rights\b"
    r"|\bhuman\s+rights\s+(?:ombuds(?:man|woman|person)|commissioner)\b",
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
    r"jailed|indicted)\s+(?:included?|are|were)\b[^.;]{0,160}$",
    re.IGNORECASE,
)
ACCUSED_LIST_BEFORE = re.compile(
    r"\b(?:arrests?|detention|trial|conviction|sentencing|sentenced|convicted|detained|arrested|jailed)\s+"
    r"(?:of\s+)?(?:the\s+)?(?:ex-|former\s+)[^.;]{3,120}?\s+and\s+(?:the\s+)?(?:ex-|former\s+)?(?:[\w'’()-]+\s+){1,9}$",
    re.IGNORECASE,
)

_KIN = (
    r"(?:nephew|niece|son|daughter|wife|husband|brother|sister|relative|cousin|grandson|granddaughter|"
    r"father|mother|son[\s-]in[\s-]law|daughter[\s-]in[\s-]law|brother[\s-]in[\s-]law|father[\s-]in[\s-]law)"
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


# what links a name to the post it takes, holds or held: "will serve as", "previously served as",
# "became", "has replaced Y as", "succeeded Y as" (the builder links the title by the same words)
AS_VERB = (
    r"(?:who\s+)?(?:(?:has|had|have)\s+)?(?:(?:previously|formerly|earlier|later|also|now|then|currently|since)\s+)?"
    r"(?:(?:will|would|to|shall|may)\s+(?:(?:now|also)\s+)?(?:serve|act|work)\s+as|(?:served|serves|serving|acted|acts|worked|works)\s+as"
    r"|became|becomes|become|(?:replaced|replaces|succeeded|succeeds)\s+(?:[A-Z][\w'’.-]*\s+){1,4}as"
    # "X was tapped to serve as", "X was removed from his station as"
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:tapped|picked|chosen|nominated)\s+to\s+(?:serve\s+as|become|be)"
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:removed|dismissed|relieved|released)\s+(?:from|of)\s+(?:his|her|their|the)\s+"
    r"(?:post|position|station|duties|office)\s+(?:as|of))\s+"
)
# what comes between the name and the post it is relieved of or appointed to
OF_POST = (
    r"(?:(?:of|from)\s+(?:his|her|their|the)\s+(?:duties|post|position|office|functions)\s+(?:as|of)\s+"
    r"|(?:to|for)\s+the\s+(?:post|position)\s+of\s+|as\s+)"
)
# "according to police spokesperson X, the driver was detained": the verb after X is not X's
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[\w'’.-]+\s+){0,8}$", re.IGNORECASE)


def accused_by_verb(before: str, after: str) -> bool:
    """Whether what follows a name says its bearer is a defendant ("X was sentenced", "X, who
    is on trial", "found X guilty"). ``before`` is the text just before the name (up to its
    sentence's start), ``after`` the rest of its sentence. The verb is someone else's after
    "the nephew of President X" or "according to X"."""
    if RELATIVE_OF.search(before) or ACCORDING_TO.search(before):
        return False
    return bool(_ACCUSED_AFTER.match(after))


def clean_name(name: str) -> str | None:
    """``name`` without sentence adverbs in front ("Later, Askar Umarov" -> "Askar Umarov") and a
    possessive behind; ``None`` unless what is left has a person's name's form: one to five
    capitalized words or initials, with at least one word that is no title, place, outlet,
    month or function word."""
    words = [w.strip(",;:") for w in name.replace("’s", "").replace("'s", "").replace("‘s", "").split()]
    while words and not _INITIAL.match(words[0]) and (words[0].lower() in ADVERBS or words[0].lower() in RANKS):
        words.pop(0)
    while len(words) > 1 and re.fullmatch(r"(?:Mr|Mrs|Ms|Dr)\.?", words[0]):  # "Mr. Nurdaulet Suindikov"
        words.pop(0)
    # a state's initials before a name: "(Ministry of Internal Affairs) RK Kaisar Sultanbayev"
    while len(words) > 1 and re.fullmatch(r"[A-Z]{2,5}", words[0]) and not words[1].isupper():
        words.pop(0)
    words = [w for w in words if w]
    while len(words) > 1 and words[-1][:1].islower() and not _INITIAL.match(words[-1]):
        words.pop()  # a verb the head's span ran into: "Yerlan Koshanov summed" -> "Yerlan Koshanov"
    if not 1 <= len(words) <= 5 or not all(_NAME_TOKEN.match(w) for w in words):
        return None
    full = [w for w in words if not _INITIAL.match(w)]
    if not full or any(w.lower() in NOT_NAME_WORDS for w in full):
        return None
    if full[0].isupper() and len(full[0]) > 1:  # a surname in capitals follows a first name
        return None
    return " ".join(words)


def surname(name: str) -> str:
    """The key of a person across mentions: the last word that is not an initial."""
    words = [_GLUED_INITIAL.sub("", w) for w in name.split() if not _INITIAL.match(w)]
    return (words or name.split())[-1].lower()


_LETTERS = str.maketrans({"š": "sh", "ş": "sh", "ž": "zh", "č": "ch", "j": "zh", "y": "i", "ı": "i", "ё": "e"})
_VOWELS = "aeiou"


def spelling_key(key: str) -> str:
    """A surname key that one person's transliterations share: "Abaev" and "Abayev", "Baiturova"
    and "Bayturova", "Šynalieva" and "Shynalieva", "Kassymov" and "Kasymov"."""
    s = unicodedata.normalize("NFKD", key.lower().translate(_LETTERS).replace("dzh", "zh").replace("kh", "h"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    # an "i" (or "y") between two vowels is a glide some spellings leave out; doubled letters are one
    s = "".join(
        c
        for i, c in enumerate(s)
        if not (c == "i" and 0 < i < len(s) - 1 and s[i - 1] in _VOWELS and s[i + 1] in _VOWELS)
    )
    return re.sub(r"(.)\1+", r"\1", s)


@functools.lru_cache(maxsize=256)
def _mention_re(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])", re.IGNORECASE)


def defendants(text: str, keys: set[str], sentences: list[tuple[int, int]]) -> set[str]:
    """The surnames in ``keys`` that the text treats as defendants, convicts, detainees or
    other non-officials (bylines, lawyers, activists) at any of their mentions."""
    found = set()
    for key in keys:
        for m in _mention_re(key).finditer(text):
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
            if _ACCUSED_BEFORE.search(before) or accused_by_verb(before, text[m.end() : end]):
                found.add(key)
                break
            if _ACCUSED_SENTENCE.search(text[start : m.start()]):
                found.add(key)
                break
    return found


# a ministry's name runs over words of a body's name only: "Ministry of Internal Affairs RK
# Kaisar Sultanbayev" is the ministry, then an abbreviation and a person
_MINISTRY_TAIL = re.compile(r"(?:\s+(?:and|of|the)\b|,|\s+[A-Z][\w-]+)")
_FUNCTION_WORDS = frozenset({"and", "of", "the"})


def ministry_end(text: str, start: int, end: int) -> int:
    """Where a "Ministry of ..." span starting at ``start`` should end: after its last word that
    names a body (``NOT_NAME_WORDS``) before the first that does not."""
    head = re.match(r"Ministry\s+of(?:\s+the)?", text[start:end])
    if head is None:
        return end
    pos = last = start + head.end()
    while (m := _MINISTRY_TAIL.match(text, pos, end)) is not None:
        word = m.group().strip(" ,").lower()
        if word and (word not in NOT_NAME_WORDS or word == "ministry"):
            break
        pos = m.end()
        if word and word not in _FUNCTION_WORDS:
            last = pos
    return last
