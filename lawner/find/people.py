"""Who is named: the name-form check for OFFICIAL spans, the words that are never a person's
name, surnames and their spelling keys, and the phrasing of posts ("X was appointed as", "relieved
of his duties as"). The cues that make a named person a defendant, a relative or someone outside
the state are in :mod:`lawner.find.defendants`.

The NER head reads lower-cased word pieces (all-MiniLM-L6-v2 is uncased), so it cannot see
that "Later" or "Orda.kz" is not a name (issue 11: real news pages called bylines, outlets,
sentence adverbs and places officials).
"""

from __future__ import annotations

import re
import unicodedata

from ..normalize.dates import MONTHS, WEEKDAYS

# sentence adverbs and connectives that open a sentence before a name: "Later, Deputy Minister X"
ADVERBS = frozenset(
    "later meanwhile also however earlier then now today yesterday still previously additionally "
    "moreover furthermore separately currently recently notably finally subsequently thus therefore "
    "instead nevertheless nonetheless besides likewise similarly accordingly otherwise indeed so and "
    "but when while after before since as according under in on at for with by from to of the a an "
    "mr mrs ms dr".split()
)

# ranks in front of a name are not part of it: "Colonel Yerketay Tutkushev"
RANK_NAMES = ("colonel", "major", "general", "captain", "lieutenant", "sergeant")
RANKS = frozenset(
    (
        *RANK_NAMES,
        "police-colonel",
        "police-major",
        "justice-counsellor",
        # a general's grades, hyphenated: "Major-General X"
        "major-general",
        "lieutenant-general",
        "colonel-general",
        "brigadier-general",
        "lieutenant-colonel",
        "rear-admiral",
        "vice-admiral",
    )
)
# a rank between a post and the name, which is neither ("investigator Lieutenant Colonel X")
RANK_WORDS = (
    rf"(?-i:(?:Police\s+)?(?:Lieutenant\s+|Senior\s+|Major\s+)?(?:{'|'.join(r.capitalize() for r in RANK_NAMES)}))"
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
            # events and documents: "During the presentation of the Project, Prosecutor General, Mr. X"
            "Project Programme Program Conference Forum Summit Session Presentation Briefing Report Statement "
            "Concept Strategy Roundtable Webinar Seminar Congress Plenary "
            # bodies' words: "the Supreme Court's Judicial Collegium for Criminal Cases"
            "Judicial Collegium Board Tribunal Chamber Inspectorate Directorate Bureau "
            # participles of a headline's passive: "Akim X Recommended to Be Dismissed"
            "Recommended Dismissed Appointed Elected Resigned Named Removed Relieved Reprimanded Suspected "
            # institutions named after a person: "the Nazarbayev Fund", "Nazarbayev University"
            "Fund Foundation University Library Museum School Airport Prize Award Avenue Street Stadium Arena "
            # non-state bodies' words: "President of the Kazakhstan Cycling Federation", "Director of ASTANA Group"
            "Federation Confederation Association Group "
            # the renamed ministry: "Minister for Emergency Response X"
            "Response "
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
            # state companies and a company post's words: "the fund Samruk-Kazyna", "Chief Executive X"
            "Samruk Kazyna Samruk-Kazyna Baiterek Bayterek KazMunayGas KazMunaiGas Kazatomprom Executive "
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
NAME_UPPER = "À-ÖØ-ÞŠŽČŞĞİŪŃǴƏĀĒĪŌÑ"
NAME_LOWER = "ß-öø-ÿšžčşğıūńǵəāēīōñ"
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

# what links a name to the post it takes, holds or held: "will serve as", "previously served as",
# "became", "has replaced Y as", "succeeded Y as" (the builder links the title by the same words)
AS_VERB = (
    r"(?:who\s+)?(?:(?:has|had|have)\s+)?(?:(?:previously|formerly|earlier|later|also|now|then|currently|since)\s+)?"
    r"(?:(?:will|would|to|shall|may)\s+(?:(?:now|also)\s+)?(?:serve|act|work)\s+as|(?:served|serves|serving|acted|acts|worked|works)\s+as"
    r"|became|becomes|become|(?:replaced|replaces|succeeded|succeeds)\s+(?:[A-Z][\w'’.-]*\s+){1,4}as"
    # "X was tapped to serve as", "X was removed from his station as"
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:tapped|picked|chosen|nominated)\s+to\s+(?:serve\s+as|become|be)"
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:removed|dismissed|relieved|released)\s+(?:from|of)\s+(?:his|her|their|the)\s+"
    r"(?:post|position|station|duties|office)\s+(?:as|of)"
    # "X lost his job as head of ...", "X resigned as", "X stepped down as"
    r"|(?:lost|loses|losing)\s+(?:his|her|their)\s+(?:job|post|position|seat)\s+as|(?:resigned|resigns|stepped\s+down|steps\s+down)\s+as)\s+"
)
# what comes between the name and the post it is relieved of or appointed to
# an adverb of time between a name and its post: "X, until recently the general prosecutor"
POST_ADVERB = r"(?:(?:until\s+recently|previously|formerly|most\s+recently)\s+)?"
# plural titles that a list of names shares: "prosecutors – A and B", "Judges A, B and C"
PLURAL_TITLES = r"(?:judges|prosecutors|investigators|senators|ministers|akims|lawmakers|(?:Mazhilis\s+)?deputies)"
OF_POST = (
    r"(?:(?:of|from)\s+(?:his|her|their|the)\s+(?:duties|post|position|office|functions)\s+(?:as|of)\s+"
    r"|(?:to|for)\s+the\s+(?:post|position)\s+of\s+|as\s+)"
)


def clean_name(name: str) -> str | None:
    """``name`` without sentence adverbs in front ("Later, Askar Umarov" -> "Askar Umarov") and a
    possessive behind; ``None`` unless what is left has a person's name's form: one to five
    capitalized words or initials, with at least one word that is no title, place, outlet,
    month or function word."""
    name = name.rsplit("\n", 1)[-1]  # a span that ran over a line break: "inflation\nMurat Nurtleu"
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


# (and Kazakh Latin's "q" for "k": "Toqayev" is "Tokayev")
_LETTERS = str.maketrans(
    {"š": "sh", "ş": "sh", "ž": "zh", "č": "ch", "j": "zh", "y": "i", "ı": "i", "ё": "e", "q": "k"}
)
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
