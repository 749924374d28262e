"""Issue 11: phrasings of real news and statutes that lawner got wrong, one table per class of
error. The sentences are invented, in the shape of the real ones (never the corpus's own)."""

from __future__ import annotations

import pytest

import lawner

REF = "2025-08-21"


def record(text: str):
    return lawner.extract(text, reference_date=REF, rules_only=True)


def penalties(text: str) -> list[tuple]:
    return [(p.kind, p.amount_min, p.amount, p.unit, p.bound) for p in record(text).penalties]


PENALTIES = [
    # number words: "between three and seven" is a range, not 3 + 7 or seventeen
    ("The court sentenced him to between three and seven years in prison.", [("imprisonment", 3, 7, "years", "range")]),
    ("Offenders face between two and five years of imprisonment.", [("imprisonment", 2, 5, "years", "range")]),
    (
        "He faces one hundred and twenty hours of community service.",
        [("community_service", None, 120, "hours", "exact")],
    ),
    # spelled-out terms
    ("The former mayor received an eight-year sentence for bribery.", [("imprisonment", None, 8, "years", "exact")]),
    ("She was given a three-year suspended sentence.", [("other", None, 3, "years", "exact")]),
    ("He got an eight-year conditional sentence.", [("other", None, 8, "years", "exact")]),
    # lists that share one unit
    (
        "The court sentenced them to 12, 10 and four years respectively.",
        [
            ("imprisonment", None, 12, "years", "exact"),
            ("imprisonment", None, 10, "years", "exact"),
            ("imprisonment", None, 4, "years", "exact"),
        ],
    ),
    (
        "The two accomplices got 6 and four years.",
        [("imprisonment", None, 6, "years", "exact"), ("imprisonment", None, 4, "years", "exact")],
    ),
    # compound terms are one penalty, counted in months
    ("He was sentenced to 7 years and 6 months in prison.", [("imprisonment", None, 90, "months", "exact")]),
    (
        "The judge handed down nine years and three months of imprisonment.",
        [("imprisonment", None, 111, "months", "exact")],
    ),
    # thousands written in words
    ("The shop owner was fined 12 thousand 340 tenge.", [("fine", None, 12340, "KZT", "exact")]),
    ("The driver was fined 25.6 thousand tenge.", [("fine", None, 25600, "KZT", "exact")]),
    # a change: the new amount only
    ("The fine for littering rises from 7 MCI to 12 MCI.", [("fine", None, 12, "MCI", "exact")]),
    ("The penalty will be increased from 20 MCI to 30 MCI next year.", [("fine", None, 30, "MCI", "exact")]),
    # a conversion after an MCI fine is not a second penalty, and does not hide the fine
    ("The official faces a fine of 3,000 MCI, or about 9 million tenge.", [("fine", None, 3000, "MCI", "exact")]),
    # other names of the MCI
    ("Offenders will pay 20 monthly indices.", [("fine", None, 20, "MCI", "exact")]),
    ("The fine is 50 Monthly Calculation Indices (MCI).", [("fine", None, 50, "MCI", "exact")]),
    ("shall entail a fine in the amount of ten monthly settlement indicators.", [("fine", None, 10, "MCI", "exact")]),
    # loss of a driving licence
    ("Drunk drivers will lose their licence for 3 years.", [("deprivation_of_right", None, 3, "years", "exact")]),
    ("He was deprived of the right to drive for two years.", [("deprivation_of_right", None, 2, "years", "exact")]),
    ("The motorist was banned from driving for seven years.", [("deprivation_of_right", None, 7, "years", "exact")]),
    # the verb nearest the term decides: detained, then sentenced
    ("He was detained in March and later sentenced to 9 years.", [("imprisonment", None, 9, "years", "exact")]),
    # range words and scales: "three to seven thousand" is 3,000..7,000
    (
        "shall be punished by a fine in the amount of three to seven thousand monthly calculation indices.",
        [("fine", 3000, 7000, "MCI", "range")],
    ),
    ('He was sentenced to two years of "freedom limitation".', [("restriction_of_freedom", None, 2, "years", "exact")]),
    (
        "Seven were also sentenced to 100 hours of compulsory labor.",
        [("community_service", None, 100, "hours", "exact")],
    ),
    ("The activist was sentenced to 15 days in jail.", [("arrest", None, 15, "days", "exact")]),
    ("The company was fined 639.6 mln tenge.", [("fine", None, 639600000, "KZT", "exact")]),
    # a term's add-on does not name its kind
    (
        "He got 7-12 years with confiscation of property.",
        [("imprisonment", 7, 12, "years", "range"), ("other", None, None, None, "exact")],
    ),
    # adilet's translations of a warning, and of deprivation of citizenship
    (
        "shall entail a notification or a fine in the amount of ten monthly calculation indices.",
        [("other", None, None, None, "exact"), ("fine", None, 10, "MCI", "exact")],
    ),
    ("or deprivation of citizenship of the Republic of Kazakhstan.", [("other", None, None, None, "exact")]),
    # real news phrasings of fines and bans
    ("The oil company was fined for a total of over KZT2.8bn.", [("fine", None, 2800000000, "KZT", "min")]),
    ("A turn signal that is not activated will cost the driver 15,315 tenge.", [("fine", None, 15315, "KZT", "exact")]),
    ("The fine for speeding increases from 5 MCI ($58) to 10 MCI.", [("fine", None, 10, "MCI", "exact")]),
    ("The fine for unpaid parking is 9 thousand 189 tenge.", [("fine", None, 9189, "KZT", "exact")]),
    (
        "He was banned from engaging in public and political activities for three years.",
        [("deprivation_of_right", None, 3, "years", "exact")],
    ),
    # a headline with no function words is English text, not a skipped paragraph
    (
        "Kazakhstan: Masimov Gets 18-Year Sentence Over Bloody January Events",
        [("imprisonment", None, 18, "years", "exact")],
    ),
    # bans written as verbs, in either order of the term and the activity
    (
        "The judge also barred each of them from journalism for four years.",
        [("deprivation_of_right", None, 4, "years", "exact")],
    ),
    (
        "The court banned her for two years from taking part in public events.",
        [("deprivation_of_right", None, 2, "years", "exact")],
    ),
    # restriction of freedom in news wording
    (
        "Two others got restrictions on their freedom for terms from one to three years.",
        [("restriction_of_freedom", 1, 3, "years", "range")],
    ),
    (
        "The blogger was sentenced to two years of police supervision.",
        [("restriction_of_freedom", None, 2, "years", "exact")],
    ),
    # a list of kinds with their terms: each kind keeps its own term
    (
        "The court gave him two years of freedom limitation, 150 hours of community works, and a fine.",
        [("restriction_of_freedom", None, 2, "years", "exact"), ("community_service", None, 150, "hours", "exact")],
    ),
    # halves are compound terms, counted in months; a decimal stays in years
    ("The ex-governor was jailed for six and a half years.", [("imprisonment", None, 78, "months", "exact")]),
    ("He received 2 1/2 years of imprisonment.", [("imprisonment", None, 30, "months", "exact")]),
    ("He received 2.5 years in prison.", [("imprisonment", None, 2.5, "years", "exact")]),
    # "between ... and" after "sentenced to" is one range, not a list
    ("The others were sentenced to between 6 and 9 years.", [("imprisonment", 6, 9, "years", "range")]),
    # translated "до": "a fine to N" is a maximum; "almost" too
    ("Breaking the rule leads to a fine to 10 MCI, the police said.", [("fine", None, 10, "MCI", "max")]),
    ("The refinery was fined almost KZT2bn for emissions.", [("fine", None, 2_000_000_000, "KZT", "max")]),
    # the low end of a scale that ends in life is a minimum
    (
        "Terms under the article range from ten years' imprisonment to life imprisonment.",
        [("imprisonment", None, 10, "years", "min"), ("life_imprisonment", None, None, None, "exact")],
    ),
    # tiers of a fine written as amounts with their subjects, after a long "fine for ..."
    (
        "The fine for selling alcohol near schools, kindergartens, hospitals, sports grounds and other places "
        "where children gather is 2,500 tenge ($5) for individuals, 40 thousand tenge for officials and "
        "120 thousand tenge for legal entities.",
        [
            ("fine", None, 2500, "KZT", "exact"),
            ("fine", None, 40000, "KZT", "exact"),
            ("fine", None, 120000, "KZT", "exact"),
        ],
    ),
    ("The ministry paid 9 million tenge for consulting services.", []),
    # a day after its month is no start of a range
    (
        "The court sentenced him on April 7 to one year of freedom limitation.",
        [("restriction_of_freedom", None, 1, "years", "exact")],
    ),
    # a suspended term inside the span
    ("The court handed down a suspended five-year sentence to the blogger.", [("other", None, 5, "years", "exact")]),
    # deprivation of a right in news wording
    (
        "He got three years of imprisonment without the right to engage in journalism for a period of two years.",
        [("imprisonment", None, 3, "years", "exact"), ("deprivation_of_right", None, 2, "years", "exact")],
    ),
    (
        "The court barred him for life from holding public office.",
        [("deprivation_of_right", None, None, None, "exact")],
    ),
    (
        "The judge decided to strip the ex-akim of the right to hold public office.",
        [("deprivation_of_right", None, None, None, "exact")],
    ),
    (
        "The new rules will revoke the driving license for two years.",
        [("deprivation_of_right", None, 2, "years", "exact")],
    ),
    # a maximum said by the verb or by "maximum ... to"
    ("For repeat offenders, fines can reach 1,000 MCI.", [("fine", None, 1000, "MCI", "max")]),
    # another translation of the MCI
    ("Part 2 provides for a fine of up to 500 sizes of monthly estimated value.", [("fine", None, 500, "MCI", "max")]),
    # a change written as a range: the new amount
    ("The bill would raise the penalty from 3 to 7 MCI.", [("fine", None, 7, "MCI", "exact")]),
    ("The reporter was fined on twenty monthly assessment indices.", [("fine", None, 20, "MCI", "exact")]),
    # "tenges", "monthly estimate"
    ("The court fined her 40,500 tenges.", [("fine", None, 40500, "KZT", "exact")]),
    ("The fine rises from 30 monthly estimate to 60 monthly estimate.", [("fine", None, 60, "MCI", "exact")]),
    # a term of a list after a dash, where the sentence speaks of terms
    (
        "The prosecutor asked for the following prison terms: Askar B., former deputy head - 11 years; Serik T. - 7 years.",
        [("imprisonment", None, 11, "years", "exact"), ("imprisonment", None, 7, "years", "exact")],
    ),
    ("The budget for 2025 - 3 years of planning - was approved.", []),
    # "behind bars" is prison; time spent there is no penalty
    ("The former akim will spend more than 12 years behind bars.", [("imprisonment", None, 12, "years", "min")]),
    ("He spent only five years behind bars before his release.", []),
    # fines of a list after a dash, below the word "fine"
    (
        "Fines for parking violations: on a lawn – 10 MCI; on a sidewalk – 5 MCI.",
        [("fine", None, 10, "MCI", "exact"), ("fine", None, 5, "MCI", "exact")],
    ),
    ("Ticket prices: adults - 2,000 tenge, children - 1,000 tenge.", []),
    # a range whose first number shares the second's unit: "seven- to eight-year"
    ("Both received five- to six-year prison terms.", [("imprisonment", 5, 6, "years", "range")]),
    # one verb, several changes: each new amount
    (
        "The draft raises fines for dumping waste: for citizens from 20 MCI to 40 MCI, and for companies - from 150 MCI to 300 MCI.",
        [("fine", None, 40, "MCI", "exact"), ("fine", None, 300, "MCI", "exact")],
    ),
    # the change verb may end the sentence before the amounts
    (
        "The draft law provides for an increase in fines. For example, for individuals from 50 MCI to 100 MCI.",
        [("fine", None, 100, "MCI", "exact")],
    ),
    # "a sentence of", and days of detention "ranging from" one number to another
    ("The judge handed out a sentence of 20 years to the organiser.", [("imprisonment", None, 20, "years", "exact")]),
    (
        "Authorities have sentenced at least three reporters to periods of detention ranging from 10 to 15 days.",
        [("arrest", 10, 15, "days", "range")],
    ),
    ("They got administrative arrest ranging from 5 to 10 days.", [("arrest", 5, 10, "days", "range")]),
    # terms and sentences in the plural, with ranges
    (
        "The court sentenced three officers to prison terms of four to six years.",
        [("imprisonment", 4, 6, "years", "range")],
    ),
    ("The prosecution proposed sentences between 3 and 9 years.", [("imprisonment", 3, 9, "years", "range")]),
    ("The others received prison terms ranging from two to four years.", [("imprisonment", 2, 4, "years", "range")]),
    ("Repeat offenders face harsher sentences of 7–12 years.", [("imprisonment", 7, 12, "years", "range")]),
    # one verb, several people's terms: "X to 7 years, Y to 3.5 years and Z to 2 years"
    (
        "Askar was sentenced to 7 years, Bolat to 3.5 years and Serik to 2 years.",
        [
            ("imprisonment", None, 7, "years", "exact"),
            ("imprisonment", None, 3.5, "years", "exact"),
            ("imprisonment", None, 2, "years", "exact"),
        ],
    ),
    (
        "Abenov was sentenced to 6 years in jail, ex-mayor of the city Ali Sarsenov - to 4 years.",
        [("imprisonment", None, 6, "years", "exact"), ("imprisonment", None, 4, "years", "exact")],
    ),
    (
        "He was sentenced to 5 years and ordered to pay damages equal to 2 years of salary.",
        [("imprisonment", None, 5, "years", "exact")],
    ),
    # a term changed on appeal: the new term; a change of something else is none
    ("On appeal his sentence was reduced from 10 years to 8 years.", [("imprisonment", None, 8, "years", "exact")]),
    ("The self-exclusion period will be increased from one year to ten years.", []),
    # a reduction before a term is not part of it
    (
        "The appeals court cut by one year the nine-year prison term given to the manager.",
        [("imprisonment", None, 9, "years", "exact")],
    ),
    # a size said of "penalty" with no kind word: the unit gives the kind, "maximum" the bound
    ("Minors who bully will now face a penalty of 15 MRP.", [("fine", None, 15, "MCI", "exact")]),
    ("For repeat offenders the penalty will be 30 monthly calculation indices.", [("fine", None, 30, "MCI", "exact")]),
    (
        "Selling the data carries a maximum penalty of four years in prison, and leaking it a maximum penalty of six years.",
        [("imprisonment", None, 4, "years", "max"), ("imprisonment", None, 6, "years", "max")],
    ),
    ("At the moment, the maximum fine is 300 MCI.", [("fine", None, 300, "MCI", "max")]),
    # a headline's term in brackets after the kind
    ("Deprivation of liberty (up to 5 years) for fake bank cards", [("imprisonment", None, 5, "years", "max")]),
    # a bare number right after "sentenced" is its object, not the low end of a range
    (
        "A court in Astana sentenced one to 10 years. The other faces a similar fate.",
        [("imprisonment", None, 10, "years", "exact")],
    ),
    # "for 3 up to 8 years" is a range (a translation of "от 3 до 8 лет")
    ("His accomplices will be jailed for 2 up to 6 years.", [("imprisonment", 2, 6, "years", "range")]),
    # a share of a sum is a fine where the words say so; a digit may touch the "%"
    (
        "Tax evasion results in a fine of 200% of the tax amount, with repeat offenses attracting a 300% fine.",
        [("fine", None, 200, "percent", "exact"), ("fine", None, 300, "percent", "exact")],
    ),
    ("VAT is raised from 12 to 16 per cent.", []),
    ("Of the 58,000 sentences, 31% involved real imprisonment.", []),
    # a term offered as the other choice to life
    (
        "A sex offence against a minor will mean imprisonment for life or at least 20 years [behind bars].",
        [("life_imprisonment", None, None, None, "exact"), ("imprisonment", None, 20, "years", "min")],
    ),
    (
        "He faces life imprisonment or 15 years.",
        [("life_imprisonment", None, None, None, "exact"), ("imprisonment", None, 15, "years", "exact")],
    ),
    # the infinitive: "asked the court to sentence him to nine years" (not the noun: "a sentence of up to 15 years")
    ("The prosecutor asked the court to sentence him to 9 years.", [("imprisonment", None, 9, "years", "exact")]),
    ("Abduction carries a sentence of up to 15 years.", [("imprisonment", None, 15, "years", "max")]),
    # not penalties
    # a scale "from X to <kind>" in a headline, and a term that is no kind's ("for three years sentenced to ...")
    ("From 4 MCI to imprisonment", []),
    ("Father who did not pay child support for three years sentenced to community service", []),
    ("She has 10 days to appeal the ruling.", []),
    ("Protesters said the former minister should have received a life sentence.", []),
    ("The case was heard by the Almaty district court No. 3.", []),
    ("The court sentenced 45-year-old Marat Esenov to a fine.", []),
    ("The court sentenced 36-year-old Erkin Sabanov on April 7.", []),
    ("The fine is tiny compared with the imprisonment faced by others.", []),
    ("On appeal the sentence was cut by two years.", []),
    ("The blogger was held in police custody for a day.", []),
    ("The suspect was placed in pre-trial detention for two months.", []),
    ("The speed limit on the road is 90 km per hour.", []),
    ("The report must be submitted within the term of two months.", []),
    # a time counted from an arrest, and damages ordered, are no penalties; a fine "for damage" is
    ("The mayor was dismissed two days before his arrest.", []),
    ("He was detained a week after the arrest of his deputy.", []),
    ("The four men were jointly ordered to pay over 50 million tenge in material damages.", []),
    ("The court ordered him to pay 2 million tenge as compensation to the family.", []),
    ("The plant was fined 3.2 million tenge for environmental damage.", [("fine", None, 3200000, "KZT", "exact")]),
    # halves written as a compound adjective, and Russian-style sums of scales
    ("He was sentenced to six-and-a-half years in prison.", [("imprisonment", None, 78, "months", "exact")]),
    ("He was sentenced to 2 and a half years in prison.", [("imprisonment", None, 30, "months", "exact")]),
    ("The court imposed a fine of 3 million 250 thousand tenge.", [("fine", None, 3250000, "KZT", "exact")]),
    (
        "The damage was put at 1 billion 400 million tenge; a fine of 2 million tenge was imposed.",
        [("fine", None, 2000000, "KZT", "exact")],
    ),
    # a hyphen inside the unit's name
    (
        "The operator was fined to the amount of 1,200 monthly-calculation indexes.",
        [("fine", None, 1200, "MCI", "exact")],
    ),
    # a range whose low end is written in full ("600,000 to 4.4 million"), and one whose scale is shared
    ("Violators face a fine from 300,000 to 2.5 million tenge.", [("fine", 300000, 2500000, "KZT", "range")]),
    ("Violators face a fine of two to five thousand tenge.", [("fine", 2000, 5000, "KZT", "range")]),
    # two kinds of one term joined by a slash inside an amount-first span
    (
        "Offenders face up to 3 years of restriction/deprivation of liberty.",
        [("restriction_of_freedom", None, 3, "years", "max"), ("imprisonment", None, 3, "years", "max")],
    ),
    (
        "It is punished by up to 4 years of restricted/deprived liberty.",
        [("restriction_of_freedom", None, 4, "years", "max"), ("imprisonment", None, 4, "years", "max")],
    ),
    # a fourth probe of fresh pages: life sentences in the plural, a driving licence suspended for a term,
    # a suspended jail term, a minimum said after the amount or as "starting from", a decimal comma
    # before "bn", warning signs
    ("Kazakhstan plans to punish drug crimes with life sentences.", [("life_imprisonment", None, None, None, "exact")]),
    (
        "Drivers will have their licenses suspended for 6 months.",
        [("deprivation_of_right", None, 6, "months", "exact")],
    ),
    ("Before, it meant a 3-month license suspension.", [("deprivation_of_right", None, 3, "months", "exact")]),
    ("He received a two-year suspended jail term.", [("other", None, 2, "years", "exact")]),
    ("The offence carries a fine of 40 MCI (about 150,000 tenge) or more.", [("fine", None, 40, "MCI", "min")]),
    ("Offenders face a fine starting from 120 MCI.", [("fine", None, 120, "MCI", "min")]),
    ("The plant paid an ecological fine amounting to 12,7bn tenge.", [("fine", None, 12700000000, "KZT", "exact")]),
    ("Warning signs about the repairs have been placed on the road.", []),
    # a business's licence suspended is no driving ban but a suspension of a licence (GUIDELINES: kind other)
    ("The pharmacy's license was suspended for 3 months.", [("other", None, 3, "months", "exact")]),
    # "sufficient warning" is no penalty
    ("The operators failed to give sufficient warning before the evacuation.", []),
    # fines sized in average wages hold no term
    ("Ten of those present face possible fines of one or two months' average salary.", []),
    ("He was fined two months' average wages for the meeting.", []),
    # a driving licence taken with a verb; a rate between kinds, a term of office and money that is
    # no penalty are none
    (
        "The court convicted the drivers, depriving them of driving licenses for five years.",
        [("deprivation_of_right", None, 5, "years", "exact")],
    ),
    ("An unpaid fine is replaced with arrest at one day of detention for four monthly calculation indices.", []),
    ("The president is currently elected for a term of five years.", []),
    ("The threshold for VAT registration has been raised from 20 million to 30 million tenge.", []),
    ("The fine has been raised from 15 MCI to 40 MCI.", [("fine", None, 40, "MCI", "exact")]),
    # "a penalty on <whom> in the amount of", and "forced labour" as community service
    (
        "The court imposed a penalty on the bank in the amount of 2.5 billion tenge ($5 million).",
        [("fine", None, 2500000000, "KZT", "exact")],
    ),
    ("He was also given 120 hours of forced labour.", [("community_service", None, 120, "hours", "exact")]),
    # administrative jail said with "imprisoned", in days or hours
    ("Two believers were imprisoned for 48 hours each.", [("arrest", None, 48, "hours", "exact")]),
    ("He was imprisoned for five days for the picket.", [("arrest", None, 5, "days", "exact")]),
    # a suspended term said after it
    ("He was sentenced to four years in prison (suspended).", [("other", None, 4, "years", "exact")]),
    ("She got two years in prison, suspended for a year.", [("other", None, 2, "years", "exact")]),
    # bans on activities or office with no term, and with "for a period of"
    (
        "The court also barred Arman Seitov from taking part in any political activity.",
        [("deprivation_of_right", None, None, None, "exact")],
    ),
    (
        "The officers were barred from any future employment in the civil service.",
        [("deprivation_of_right", None, None, None, "exact")],
    ),
    (
        "He was barred from holding public office for a period of three years.",
        [("deprivation_of_right", None, 3, "years", "exact")],
    ),
    ("The blogger is barred from leaving the city.", []),
    # a ban on public office for life, with no term
    (
        "The court also banned him from holding public office for life.",
        [("deprivation_of_right", None, None, None, "exact")],
    ),
]


@pytest.mark.parametrize("text,expected", PENALTIES, ids=[t[:60] for t, _ in PENALTIES])
def test_penalty_phrasings(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "span,before,kind",
    [
        # a scale from one kind to another: the far end is a term, not a fine
        ("6-year term", "Punishments range from a fine of 20 MRP for insults to a ", "imprisonment"),
        # money after a verb of prison is still a fine
        ("10 MRP", "When teenagers engage in bullying, they will face ", "fine"),
        ("fine of 10 MRP", "they will face a ", "fine"),
    ],
)
def test_the_unit_overrules_a_kind_guessed_from_the_words_before(span, before, kind):
    from lawner.normalize.penalties import parse_penalty

    assert parse_penalty(span, before).kind == kind


def test_a_bracket_far_from_the_last_penalty_is_no_conversion():
    text = (
        "- for extremism - Article 174 (up to 20 years in prison, if it entailed grave consequences);\n\n"
        "- for harm to the state - Article 400 (fine up to 200 MCI or arrest up to 50 days);"
    )
    assert [(p.kind, p.amount) for p in record(text).penalties] == [
        ("imprisonment", 20),
        ("fine", 200),
        ("arrest", 50),
    ]


def test_a_slash_joins_two_kinds_of_one_term():
    text = "Importing vapes is punished by community service of up to 600 hours or restriction/imprisonment for up to 3 years."
    assert penalties(text) == [
        ("community_service", None, 600, "hours", "max"),
        ("restriction_of_freedom", None, 3, "years", "max"),
        ("imprisonment", None, 3, "years", "max"),
    ]


def test_a_slash_between_money_kinds_keeps_the_tenge_value():
    r = lawner.extract(
        "It is punished by a fine/correctional labour of up to 200 MCI.", reference_date=REF, rules_only=True
    )
    assert [(p.kind, p.amount_kzt) for p in r.penalties] == [("fine", 200 * 3932), ("correctional_labor", 200 * 3932)]


def test_the_article_referred_back_to():
    text = (
        "The code gained a new article 205-2 on drones.\n\n"
        "It was drafted by the ministry after a long debate with experts and business associations.\n\n"
        "Part 1 of this article provides for a fine of up to 300 MCI."
    )
    assert [(p.amount, p.article) for p in record(text).penalties] == [(300, "205-2")]


def test_every_item_of_a_list_takes_the_article():
    text = (
        "Under Article 115-1 of the Criminal Code, offenders face a fine of up to 200 MCI, community service "
        "for up to 200 hours, or arrest for up to 50 days."
    )
    assert [p.article for p in record(text).penalties] == ["115-1", "115-1", "115-1"]


@pytest.mark.parametrize(
    "text,number,part,paragraph",
    [
        (
            "He was charged under paragraph three of Article 412 of the Code on Administrative Offences.",
            "412",
            None,
            "3",
        ),
        ("under part two of Article 190 of the Criminal Code", "190", "2", None),
        ("under paragraph 2) of part 3 of Article 366 of the Criminal Code", "366", "3", "2"),
        ("found guilty under Part 5, Article 28 of the Criminal Code of Kazakhstan", "28", "5", None),
        ("(Part 2, Art. 174 of the Criminal Code)", "174", "2", None),
        ("fined according to the article 461- violation of traffic rules", "461", None, None),
    ],
)
def test_article_parts_and_paragraphs(text, number, part, paragraph):
    (article,) = record(text).articles
    assert (article.number, article.part, article.paragraph) == (number, part, paragraph)


def test_an_article_of_a_titled_law_is_in_no_code():
    r = record('The deputy prosecutor spoke in accordance with Article 31 of the Law "On the Prosecutor\'s Office".')
    assert [(a.number, a.code) for a in r.articles] == [("31", None)]
    assert [w.name for w in r.laws] == ['Law "On the Prosecutor\'s Office"']


def test_an_article_added_to_a_code_takes_that_code():
    text = (
        'The Law "On Amendments to the Code of Administrative Offenses on Ensuring Children\'s Safety" was '
        "published. Specifically, Article 127-2 was added to the Code of Administrative Offenses."
    )
    assert [(a.number, a.code) for a in record(text).articles] == [("127-2", "Code on Administrative Offences")]


def test_a_list_of_articles_with_a_serial_comma():
    text = "All of them were charged under Articles 255, 380, 293, and 188 of the Criminal Code."
    assert [(a.number, a.code) for a in record(text).articles] == [
        ("255", "Criminal Code"),
        ("380", "Criminal Code"),
        ("293", "Criminal Code"),
        ("188", "Criminal Code"),
    ]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Fines under Articles 590-592 of the Code of Administrative Offences are low.", ["590", "591", "592"]),
        ("The deputies amended Articles 15-16 of the Criminal Code.", ["15", "16"]),
        ("Articles 99-1 and 99-2 of the Criminal Code were added.", ["99-1", "99-2"]),
        ("He was charged under Article 190-2 of the Criminal Code.", ["190-2"]),
    ],
)
def test_a_dash_after_articles_is_a_range_only_upwards(text, numbers):
    assert [a.number for a in record(text).articles] == numbers


@pytest.mark.parametrize(
    "after",
    [
        ", Article 405, Part 2 of the Criminal Code, the police petitioned the court",
        " (Part 1 of Article 174 of the Criminal Code) was detained",
        " – Article 174, inciting discord",
    ],
)
def test_a_name_listed_with_the_article_charged_is_a_defendant(after):
    from lawner.find.defendants import accused_by_verb

    assert accused_by_verb("February 1, Shymkent, ", after)


def test_a_list_of_articles_takes_the_code_it_ends_with():
    text = "Found guilty under Part 5, Article 28 and Clause 2, Part 4, Article 189 of the Criminal Code of Kazakhstan."
    assert [(a.number, a.part, a.paragraph, a.code) for a in record(text).articles] == [
        ("28", "5", None, "Criminal Code"),
        ("189", "4", "2", "Criminal Code"),
    ]


def test_part_written_p_and_the_paragraph_before_across_a_blank_line():
    text = (
        "They were charged under article 341 p.2 of the Criminal Code.\n\n"
        "The blogger was sentenced to two years of restriction of freedom."
    )
    r = record(text)
    assert [(a.number, a.part, a.code) for a in r.articles] == [("341", "2", "Criminal Code")]
    assert [(p.amount, p.article) for p in r.penalties] == [(2, "341")]


@pytest.mark.parametrize(
    "text",
    [
        "He was charged under article 207 “Insult of a representative of authority” of the Criminal Code.",
        "He was charged under Article 190 (fraud) of the Criminal Code.",
    ],
)
def test_an_article_title_between_the_article_and_its_code(text):
    assert [(a.number, a.code) for a in record(text).articles][0][1] == "Criminal Code"


def test_a_list_of_articles_takes_the_short_code_name_it_ends_with():
    text = 'Convicted under Part 3, Article 28 and Clause "a" of Part 2, Article 190 CCK, he got 5 years.'
    assert [(a.number, a.part, a.code) for a in record(text).articles] == [
        ("28", "3", "Criminal Code"),
        ("190", "2", "Criminal Code"),
    ]


def test_a_short_code_name_right_after_the_article():
    (article,) = record('Found guilty under Clause "b" of Part 4, Article 176 CCK.').articles
    assert (article.number, article.part, article.code) == ("176", "4", "Criminal Code")


def test_the_free_speech_organisation_article_19_is_no_article():
    assert [a.number for a in record("ARTICLE 19 also condemned the sentence.").articles] == []
    assert [a.number for a in record("It violates Article 19 of the Constitution.").articles] == ["19"]


def test_section_after_the_article_is_its_part():
    (article,) = record("He was charged under Article 176 section 3 of the CC of the RK.").articles
    assert (article.number, article.part, article.code) == ("176", "3", "Criminal Code")


def test_a_list_of_articles_with_their_names_in_brackets_takes_the_code_it_ends_with():
    text = "He was convicted under Art. 190 (fraud) and Art. 245 (tax evasion) of the Criminal Code."
    assert [(a.number, a.code) for a in record(text).articles] == [("190", "Criminal Code"), ("245", "Criminal Code")]


@pytest.mark.parametrize(
    "text,code",
    [
        ("He was charged under Articles 190 and 217 of the RoK CC.", "Criminal Code"),
        ("The fine is set by Article 434 of the RK CAO.", "Code on Administrative Offences"),
        ("He was charged under Article 176 section 3 of the CC of the RK.", "Criminal Code"),
    ],
)
def test_a_short_code_name_with_the_state_in_front(text, code):
    assert {a.code for a in record(text).articles} == {code}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a news text about one code: its articles are that code's, even paragraphs later
        (
            "Parliament passed changes to the Criminal Code.\n\nNew penalties\n\nThe law adds a new article, "
            "301-1, on the sale of vapes.",
            [("301-1", "Criminal Code")],
        ),
        (
            "The court applied the Code on Administrative Offences.\n\nSeveral drivers were stopped.\n\nThe list:\n"
            "• Driving drunk (Article 608);",
            [("608", "Code on Administrative Offences")],
        ),
        # ... but not an article of another law it names in words only
        (
            "He was fined under the Code on Administrative Offences.\n\nHe appealed.\n\nArticle 4 of Kazakhstan's media law "
            "protects journalists.",
            [("4", None)],
        ),
        # two codes named: an article with none near it is left without one
        (
            "The Criminal Code and the Code on Administrative Offences were amended.\n\nThe votes were close.\n\n"
            "Article 73 changed too.",
            [("73", None)],
        ),
    ],
)
def test_an_article_takes_the_only_code_a_news_text_names(text, expected):
    assert [(a.number, a.code) for a in record(text).articles] == expected


def test_the_article_of_an_amending_law_has_no_code():
    text = (
        "Section 1. Original section/article: 203. Source: Penal Code of the Republic of Kazakhstan.\n"
        "Footnote. Article 203 as amended by the Law № 292-VI of the Republic of Kazakhstan as of 27.12.2019 "
        "(the enforcement procedure is in Art.2).\n"
        "1. Intentional destruction of property shall be punished by a fine in the amount of up to two hundred "
        "monthly calculation indices.\n"
    )
    assert [(a.number, a.code) for a in record(text).articles] == [("203", "Criminal Code"), ("2", None)]


def test_a_header_that_cites_another_article_does_not_start_one():
    text = (
        "Section 1. Original section/article: 377. Source: Code on Administrative Offences.\n"
        "1. Violation of the rules provided by\n"
        "Section 2. Original section/article: 416. Source: Code on Administrative Offences.\n"
        "Article 416 of this Code, shall entail a fine in the amount of ten monthly calculation indices.\n"
    )
    assert [p.article for p in record(text).penalties] == ["377"]


TIERED = (
    "shall entail a fine on natural persons at a rate of five, on officials – at a rate of eight, "
    "on legal entities – thirty monthly settlement indicators."
)


def test_at_a_rate_of_hundred():
    text = "shall entail a fine at a rate of hundred monthly settlement indicators."
    assert penalties(text) == [("fine", None, 100, "MCI", "exact")]


def test_tiers_at_a_rate_of_keep_their_unit():
    assert [(p.amount, p.unit) for p in record(TIERED).penalties] == [(5, "MCI"), (8, "MCI"), (30, "MCI")]


@pytest.mark.parametrize(
    "sanction,amounts",
    [
        # the first tier's subject without "on"
        (
            "subject to fine natural persons at a rate of ten, on officials – at a rate of forty, "
            "on large business entities – at a rate of three hundred monthly settlement indicators.",
            [10, 40, 300],
        ),
        # "twenty – five" with a spaced dash
        (
            "entail a fine on individuals in amount of thirty – five, on officials – in amount of "
            "seventy monthly calculation indices.",
            [35, 70],
        ),
    ],
)
def test_tiers_as_adilet_writes_them(sanction, amounts):
    text = f"Article 450. Breach of the rules\n1. Breach of the rules of storage, shall –\n{sanction}"
    assert [(p.amount, p.unit, p.article) for p in record(text).penalties] == [(a, "MCI", "450") for a in amounts]


def test_deprivation_keeps_its_own_term_in_a_statute():
    text = (
        "shall be punished by imprisonment for a term of up to five years with deprivation of the right to hold "
        "certain positions or engage in certain activities for a term of up to three years."
    )
    assert penalties(text) == [
        ("imprisonment", None, 5, "years", "max"),
        ("deprivation_of_right", None, 3, "years", "max"),
    ]


DATES = [
    # a site's dateline with the month's abbreviation first
    ("Jul.19.2024 The court upheld the fine.", ["2024-07-19"]),
    # ranges and pairs of days: each day of a dashed range, the two of a pair, the ends of "from ... to"
    ("Rallies were called for June 9 and 10, 2019.", ["2019-06-09", "2019-06-10"]),
    ("The riots of 5-6 January 2022 were investigated.", ["2022-01-05", "2022-01-06"]),
    ("About 1,400 people took part in the riots from January 2 to 10, 2022.", ["2022-01-02", "2022-01-10"]),
    ("The protests on January 5-6 last year were dispersed.", ["2024-01-05", "2024-01-06"]),
    ("He was killed on the night of October 4 last year.", ["2024-10-04"]),
    # a count after the second number is no day: "on May 5 and 6 people were detained"
    ("On May 5 and 6 people were detained in Almaty.", ["2025-05-05"]),
    ("In May last year, the law was adopted.", ["2024-05"]),
    # the two ends of a range of months share the year written once
    ("The checks ran from March to April 2019.", ["2019-03", "2019-04"]),
    ("Between June and August 2018, the police fined 300 drivers.", ["2018-06", "2018-08"]),
    ("The hearings lasted from May 5 to June 10, 2021.", ["2021-05-05", "2021-06-10"]),
    ("The fines rose last week and will rise again next month.", ["2025-W33", "2025-09"]),
    ("Yesterday, the minister said the bill would pass this year.", ["2025-08-20", "2025"]),
    # a "will" or "until" in another clause does not move a past date
    ("The court extended the arrest on May 12 until January.", ["2025-05-12", "2026-01"]),
    # a weekday after a reporting verb or a time of day (REF 2025-08-21 is a Thursday)
    ("The prosecutor general said Tuesday that ten cases were opened.", ["2025-08-19"]),
    ("The city was shut down around 5 p.m. Wednesday.", ["2025-08-20"]),
    # a weekday with its date written after it is one date
    ("Literally on Sunday, August 17, the law came into force.", ["2025-08-17"]),
    ("The court said on Monday, 18 August that the case was closed.", ["2025-08-18"]),
    # a weekday right after a past verb, as news agencies write it (not "the so-called Friday prayers")
    ("A court in Almaty confirmed Tuesday that the blogger was sentenced.", ["2025-08-19"]),
    ("The so-called Friday prayers were not held.", []),
    # "last December", "next March": the nearest such month before or after the reference date
    ("The defendants were accused of rioting last December.", ["2024-12"]),
    ("The ban takes effect next March.", ["2026-03"]),
    ("The bill was drafted last June.", ["2025-06"]),
    # a month named for what happened in it
    ("Cases were opened against the organizers of the January unrest.", ["2025-01"]),
    # a lowercase month between a day and a year
    ("Two officials were fined\n\n4 may 2010\n\nThe court fined them.", ["2010-05-04"]),
    ("The fine may rise.", []),
    # "that January" is the January of the year spoken of
    ("The case was opened in 2023. That January, the suspect fled abroad.", ["2023", "2023-01"]),
    # months named as a season are no dates
    ("Heating bills rise in the winter months of December, January and February.", []),
    # a duration is no date
    ("Over the last year, crime fell.", []),
    # datelines of Kazakh sites' English pages: Russian month names, a time of day beside the date
    ("22 марта 2024\nThe court ruled on March 19.", ["2024-03-22", "2025-03-19"]),
    ("16 фев 2022 The minister spoke.", ["2022-02-16"]),
    # "by" and "from" say nothing of the tense: "detained by police on August 18" is past
    ("The blogger was detained by police on August 18.", ["2025-08-18"]),
    # a date that is a clause of its own takes the tense of its sentence
    ("On October 3, the former mayor received a nine-year sentence.", ["2024-10-03"]),
    ("In late November, the appeal court upheld the verdict.", ["2024-11"]),
    # ... where another clause's "until" does not count
    ("A court extended on August 9 the detention of the blogger until October.", ["2025-08-09", "2025-10"]),
    # "starting from" says nothing of the tense; the verb does
    ("Starting from June 5, the sale of vapes has been banned.", ["2025-06-05"]),
    ("Starting from October 1, drivers will pay higher fines.", ["2025-10-01"]),
    # a range of years is one date per year (GUIDELINES, the rn-f rule), except the period in a programme's name
    (
        "He worked as a prosecutor (1998-2004) before joining the ministry.",
        ["1998", "1999", "2000", "2001", "2002", "2003", "2004"],
    ),
    ("The reform follows the Legal Policy Concept for 2021-2030.", []),
    ("The plant dumped waste in 2011-14 without a permit.", ["2011", "2012", "2013", "2014"]),
    # "February of the same year" is the February of the year spoken of; "Q1 2025" gives the year
    ("The probe opened in March 2021. In June of the same year, two officials were charged.", ["2021-03", "2021-06"]),
    ("The agency reported on its work in Q2 2025.", ["2025"]),
    # a drafting verb is past: "In late June, the committee prepared a bill that would ..."
    ("In late June, the committee prepared a bill that would raise fines.", ["2025-06"]),
    # a day after its month is no end of a range: "on April 7 to one year"
    ("The court sentenced him on April 7 to one year of freedom limitation.", ["2025-04-07"]),
    # a time after a day: the day and month only ("27 Mar. 17:25")
    ("12 Apr. 09:40 The court fined the company.", ["2025-04-12"]),
    # "March of this year" is one date
    ("The rules took effect in March of this year.", ["2025-03"]),
    # "of this year" after a day is one date
    ("On Oct. 3 of this year, the agency signed a memorandum.", ["2025-10-03"]),
    # a count or measure after a number is no year
    ("Inspectors seized a fishing net of 2000 meters and nets of 1500 metres in length.", []),
    # a year, a dash and a share: no range of years ("in 2018 – 46%")
    ("The share fell: in 2017 – 52%, in 2018 – 46%.", ["2017", "2018"]),
    ("The share fell to 41 per cent in 2019 - 38 per cent in cities.", ["2019"]),
]


@pytest.mark.parametrize("text,expected", DATES, ids=[t[:50] for t, _ in DATES])
def test_date_phrasings(text, expected):
    assert [d.value for d in record(text).dates] == expected


OFFICIALS = [
    # a serving official named after an active verb of arrest and the post
    ("The Anti-Corruption Agency detained the head of the land department of Kostanay, Arman Nurov.", []),
    (
        "Police detained the suspect, Minister of Internal Affairs Yerzhan Sadenov said.",
        [("Yerzhan Sadenov", "Minister of Internal Affairs")],
    ),
    # a post in a body written in lowercase, set off by commas
    (
        "Oraz Zhandosov, the director of the antimonopoly agency, informed about this fact today.",
        [("Oraz Zhandosov", "director of the antimonopoly agency")],
    ),
    # "Against this background" is no list of people
    (
        "Against this background, Prosecutor General Berik Asylov said the number of cases fell.",
        [("Berik Asylov", "Prosecutor General")],
    ),
    # the people a decision is against, and an appositive verdict, are defendants
    (
        "Against Nurlan Abenov, Zhanat Serikov and Aidar Temirov, the judge ordered four years of restricted freedom.",
        [],
    ),
    (
        "Almaty. KazTAG - Arman Serikov, sentenced to 19 years imprisonment, has addressed a message to "
        "Kassym-Jomart Tokayev, President of Kazakhstan.",
        [("Kassym-Jomart Tokayev", "President of Kazakhstan")],
    ),
    # one person spelled two ways is one entry, under the first full spelling
    (
        "The Minister of Information Dauren Abaev spoke at a briefing. The articles are enough, said Dauren Abayev.",
        [("Dauren Abaev", "Minister of Information")],
    ),
    # the next person of a list after "the arrest of former ...": also a defendant
    (
        "This was followed by the arrest of former Akim of Temirtau city Arman Bekov and head of the department "
        "on land relations Serik Nurov. Prosecutor General Berik Asylov said the case was closed.",
        [("Berik Asylov", "Prosecutor General")],
    ),
    # "General Prosecutor" as some translations write it, with initials run together
    (
        "Address of the First Deputy General Prosecutor of the Republic of Kazakhstan B.N. Asylov",
        [("B.N. Asylov", "First Deputy General Prosecutor of the Republic of Kazakhstan")],
    ),
    # a name written with letters beyond ASCII
    ("Judge Aigerim Žanibekova delivered the verdict.", [("Aigerim Žanibekova", "Judge")]),
    # a sentence adverb is not part of the name
    (
        "Later, Deputy Minister of Energy Askar Umarov said the plan was ready.",
        [("Askar Umarov", "Deputy Minister of Energy")],
    ),
    # a former official on trial is a defendant, at every mention
    (
        "The former district akim Nurlan Abenov, on trial for bribery, told the court he was innocent. Abenov denied the charges.",
        [],
    ),
    ("Former deputy minister Yerlan Sagyndykov was sentenced to nine years.", []),
    # a list of convicts with their job titles
    ("Those convicted include Marat Zhunusov, Head of the Center at the Defense Ministry, and Aibek Saparov.", []),
    ("The defendants: Aidos Serikov, deputy akim of the district; Bolat Nurov, head of its finance department.", []),
    # a post in a body that is not the state's
    ("According to the association's president Marat Kenzhebayev, most cafes broke the rule.", []),
    # titles of the chambers' heads, and "a ministry official" after the name
    (
        "Senate Chairman Askar Nurpeisov opened the session.",
        [("Askar Nurpeisov", "Senate Chairman")],
    ),
    (
        '"The permit is required," said Serik Dosanov, a senior ministry official.',
        [("Serik Dosanov", "senior ministry official")],
    ),
    # a cue of conviction elsewhere in the sentence does not make the official named after it one
    (
        "Over 1,200 people have been convicted since the protests against the system that former President Erlan Baimukhanov built.",
        [("Erlan Baimukhanov", "former President")],
    ),
    # a byline is not an official
    (
        "Photo by Ruslan Omarov. Minister of Justice Azamat Temirkhanov said the bill was ready.",
        [("Azamat Temirkhanov", "Minister of Justice")],
    ),
    # a surname alone refers back to the full name: one entry
    (
        "Minister of Justice Azamat Temirkhanov said the bill was ready. Temirkhanov added that fines would rise.",
        [("Azamat Temirkhanov", "Minister of Justice")],
    ),
    # initials after the surname
    (
        "Serikov A., Deputy Head of the Almaty police department, said the driver was fined.",
        [("Serikov A.", "Deputy Head of the Almaty police department")],
    ),
    # an outlet is not an official
    ("According to Orda.kz, Astana police detained the blogger.", []),
    # a rank is not part of the name
    (
        "Colonel Yerketay Tutkushev, head of the Astana Migration Service, said the rules had changed.",
        [("Yerketay Tutkushev", "head of the Astana Migration Service")],
    ),
    # the relative of an official is on trial, not the official
    (
        "Samat Abish, the nephew of former President Nursultan Nazarbayev, was sentenced to eight years.",
        [("Nursultan Nazarbayev", "former President")],
    ),
    # titles real news writes: "State Counselor", "X, Kazakhstan's Prosecutor General", "X was appointed Y"
    ("State Counselor Erlan Karin commented on the law.", [("Erlan Karin", "State Counselor")]),
    (
        "Berik Assylov, Kazakhstan’s Prosecutor General, wrote on X on August 6.",
        [("Berik Assylov", "Prosecutor General")],
    ),
    (
        "Ruslan Zhaksylykov was appointed deputy secretary of the Security Council.",
        [("Ruslan Zhaksylykov", "deputy secretary of the Security Council")],
    ),
    # a headline word is not a surname
    ("Prosecutor Seeks 12 Years for the Former Minister", []),
    ("Former Health Minister Found Guilty of Bribery", []),
    # a verb after a reporting verb is someone else's: "X added that 40 officials had been detained"
    (
        '"We will act," said Bolat Iskakov, chairman of the Anti-Corruption Agency. Iskakov added that 30 officials had been detained.',
        [("Bolat Iskakov", "chairman of the Anti-Corruption Agency")],
    ),
    # "according to X, the driver was detained": X is the source, not the detainee
    (
        "According to police spokesperson Dana Serikbayeva, the driver was detained at the scene.",
        [("Dana Serikbayeva", "spokesperson")],
    ),
    # defendants: found guilty, under house arrest, a list of terms asked
    ("The court found the former deputy akim of Taraz, Erlan Zhakupov, guilty of taking bribes.", []),
    ("Former Prime Minister Bakhyt Sultanov has been put under house arrest, his lawyer said.", []),
    (
        "Prosecutors asked the following prison terms: Marat Ospanov, former deputy governor - 12 years; "
        "Nurlan Seitov, head of the construction department - 9 years.",
        [],
    ),
    # an age between the name and its title; a governor
    (
        "Daniyar Kassenov, 41, a former deputy finance minister, was appointed to replace him.",
        [("Daniyar Kassenov", "former deputy finance minister")],
    ),
    (
        "Deputy Governor Tulegenov promised to pass the demands to the regional akimat.",
        [("Tulegenov", "Deputy Governor")],
    ),
    # mayors, court chairmen; a body's name is not a person's, whatever its tail
    ("Shymkent Mayor Murat Aitenov opened the new bridge.", [("Murat Aitenov", "Shymkent Mayor")]),
    (
        "Supreme Court Chairman Zhakip Asanov addressed the judges.",
        [("Zhakip Asanov", "Supreme Court Chairman")],
    ),
    (
        "Olzhas Bekov, head of the Department for Combating Economic Crimes, told reporters about the case.",
        [("Olzhas Bekov", "head of the Department for Combating Economic Crimes")],
    ),
    # a post in a body that is not the state's, named in the title
    ("Rustam Ibrayev, director of the International Bureau for Human Rights, called the law vague.", []),
    # a court sentenced the former official named after his title; a fugitive on the wanted list
    ("The court sentenced the former head of the Pavlodar police department, Serik Zhanov, to six years.", []),
    ("Former deputy mayor of Taraz, Arman Bekov, remains on the international wanted list.", []),
    # titles as news writes them: a lowercase ministry, "of Kazakhstan", a body's initials, a
    # lowercase committee of a ministry, a representative, an inspector
    (
        "Minister of ecology Daulet Serikov told the press that no claim had been received.",
        [("Daulet Serikov", "Minister of ecology")],
    ),
    (
        "Crimes will be punished more softly, Deputy Prosecutor General of Kazakhstan Arman Seitov said on Monday.",
        [("Arman Seitov", "Deputy Prosecutor General of Kazakhstan")],
    ),
    (
        "“Ten were fined,” said Marat Ospanov, chairman of the KAP of the Ministry of Internal Affairs.",
        [("Marat Ospanov", "chairman of the KAP of the Ministry of Internal Affairs")],
    ),
    (
        "said the head of the road police department of the Ministry of Internal Affairs RK Yerbol Amanov.",
        [("Yerbol Amanov", "head of the road police department of the Ministry of Internal Affairs")],
    ),
    (
        "The company, according to official representative of the Supreme Court Dana Alieva, admitted the violation.",
        [("Dana Alieva", "official representative of the Supreme Court")],
    ),
    (
        "Chief Inspector for Special Assignments, Aigerim Sadykova, said that scooters were unregulated.",
        [("Aigerim Sadykova", "Chief Inspector for Special Assignments")],
    ),
    # an appositive name at a sentence's end, and a dash between a post and a name
    (
        "She shouted a slogan about Kazakhstan’s first president, Nursultan Nazarbayev. Then she left.",
        [("Nursultan Nazarbayev", "first president")],
    ),
    (
        "The city court began the hearing (judge – Aliya Serikova; lawyers – three).",
        [("Aliya Serikova", "judge")],
    ),
    # a post, then its body, then the name; lowercase courts; commissioners; press services;
    # police ranks; a ministry's list with a serial comma
    (
        "Official spokesperson of the Anti-Corruption Service, Yerlan Dosov, disclosed this information.",
        # (GUIDELINES: a title and its body joined by "of" are one TITLE, as gold rn-d-014 has it)
        [("Yerlan Dosov", "Official spokesperson of the Anti-Corruption Service")],
    ),
    (
        "Judge of the specialist inter-district court Aibek Nurlanov ruled that the petitions will be heard.",
        [("Aibek Nurlanov", "Judge of the specialist inter-district court")],
    ),
    (
        "The court began the case against the former head of the sports department, judge Marat Iskakov told reporters.",
        [("Marat Iskakov", "judge")],
    ),
    (
        "Commissioner for Children’s Rights Aigul Sarsenova, who presented the bill, spoke.",
        [("Aigul Sarsenova", "Commissioner for Children’s Rights")],
    ),
    (
        "Drivers will be fined, said Dana Bekova, head of DIA press-service.",
        [("Dana Bekova", "head of DIA press-service")],
    ),
    (
        "Police colonel Nurlan Zhakenov calls on hotel owners to register guests.",
        [("Nurlan Zhakenov", "Police colonel")],
    ),
    (
        "Fines will double, said Minister of Ecology, Geology, and Natural Resources Serik Abenov.",
        [("Serik Abenov", "Minister of Ecology, Geology, and Natural Resources")],
    ),
    ("Former police colonel Askar Temirov was sentenced to five years.", []),
    # "ex-" like "former"; "Secretary of State"; a body's initials before the post
    ("Ex-Energy Minister Kanat Omarov said the plant would open.", [("Kanat Omarov", "Ex-Energy Minister")]),
    ("Secretary of State Yerlan Abenov said the reform would go on.", [("Yerlan Abenov", "Secretary of State")]),
    ("KNB chairman Serik Dauletov met the president.", [("Serik Dauletov", "KNB chairman")]),
    ("OSCE head Maria Jensen met the president.", []),
    # acquitted, paroled, a term received, a lawyer's client: defendants
    ("Ex-Energy Minister Kanat Omarov was acquitted.", []),
    ("Former deputy akim Serik Zhanov received 8 years in prison.", []),
    ("The court released former minister Arman Seitov on parole.", []),
    (
        "The lawyer of former minister Askar Bekov, Dana Serikova, said the verdict was unfair.",
        [],
    ),
    # a foreign leader met by a Kazakh one; foreign by the words of the country's name
    (
        "President Kassym-Jomart Tokayev visited Beijing and met China’s President Xi Jinping.",
        [("Kassym-Jomart Tokayev", "President")],
    ),
    ("United States President Donald Trump spoke to reporters.", []),
    # a former official summoned for questioning is not acting in office
    ("Prosecutors summoned former minister of internal affairs Yerlan Bekov for questioning.", []),
    # a sentence handed to a former official, and a crime or trial of the named person
    ("The judge handed a 10-year sentence to former Economy Minister Kuat Aliyev.", []),
    ("The verdict against former deputy akim of Almaty Nurlan Sarsenov was upheld.", []),
    ("The trial of former Health Minister Daulet Amanov opened in Astana.", []),
    ("Former deputy akim of Almaty Nurlan Sarsenov's brutal murder of his wife shocked the country.", []),
    ("Former Economy Minister Kuat Aliyev's trial opened in Astana on Monday.", []),
    # the one a crime was committed by
    (
        "It followed the murder of Aliya Serikova by her partner, former Kazakh minister Kuat Aliyev, in 2023.",
        [],
    ),
    ("The torture of detainees by former police chief Arman Seitov was proven.", []),
    (
        "The murder of the journalist was condemned by former Justice Minister Askar Bekov.",
        [("Askar Bekov", "former Justice Minister")],
    ),
    # a comma ends a title unless a list of the body's words goes on: "Culture, Information and Sports"
    (
        "Speaking on Monday, the deputy Minister of Energy of Kazakhstan, Yerlan Akbarov, commented on the tariffs.",
        [("Yerlan Akbarov", "deputy Minister of Energy of Kazakhstan")],
    ),
    (
        "Minister of Culture, Information and Sports Aida Balayeva opened the museum.",
        [("Aida Balayeva", "Minister of Culture, Information and Sports")],
    ),  # a name and the state body it speaks for, with no title; not the tail of a body's name, not
    # a defendant
    ("The case went to Arman Dosov of the General Prosecutor's Office, the court said.", [("Arman Dosov", None)]),
    ("The regional akim and Serik Nurov of the Ministry of Energy said so earlier.", [("Serik Nurov", None)]),
    ("The Supervision of Catering Facilities of the Ministry of Health was closed.", []),
    ("Representatives of the Supreme Court told reporters about the case.", []),
    ("Daniyar Temirov of the Anti-Corruption Service was sentenced to six years.", []),
    # the first of a list of people detained together is no official
    (
        "Along with the akim, his deputy Arman Sadykov and the head of the land department Marat Ospanov were detained.",
        [],
    ),
    (
        "Minister of Justice Azamat Bekov and his deputies were present when the bill was adopted.",
        [("Azamat Bekov", "Minister of Justice")],
    ),
    # an ombudsman's full title, a press officer, "head of the <acronym>" after the name
    (
        "According to the Ombudsman for Human Rights in Kazakhstan Artur Lastayev, complaints rose.",
        [("Artur Lastayev", "Ombudsman for Human Rights in Kazakhstan")],
    ),
    ("Regional police press officer Aigul Sarsenova told reporters.", [("Aigul Sarsenova", "press officer")]),
    ("Marat Akhmetov, the head of the KNB, stated that the case was closed.", [("Marat Akhmetov", "head of the KNB")]),
    # initials of two letters, and initials glued to the surname, as official sites write them
    ("Reports of Minister of Finance T.Zhaksylykov were heard.", [("T.Zhaksylykov", "Minister of Finance")]),
    (
        "According to the Minister of Internal Affairs Ye. Bekturov, the treaty is needed.",
        [("Ye. Bekturov", "Minister of Internal Affairs")],
    ),
    # the first name an initial stands for, met later, completes the name
    (
        'Deputy Prosecutor General Zh.Omarov issued an appeal. "Fakes spread fast," Zhandos Omarov said.',
        [("Zhandos Omarov", "Deputy Prosecutor General")],
    ),
    # "Prime Minister of Kazakhstan" is no minister of a ministry "of Kazakhstan"
    (
        "Prime Minister of Kazakhstan Askar Mamin reprimanded two ministers.",
        [("Askar Mamin", "Prime Minister of Kazakhstan")],
    ),
    # the state's human-rights commissioner is no NGO's
    (
        "The statement was made by Human Rights Commissioner Artur Lastayev on Monday.",
        [("Artur Lastayev", "Human Rights Commissioner")],
    ),
    # a verdict handed down to a former official
    ("The verdict was handed down to former Deputy Head of Almaty Police Berik Sarsenov and two officers.", []),
    # "X, who is now the head of ..."
    (
        "He replaced Aslan Nurov, who is now the head of the presidential administration.",
        [("Aslan Nurov", "head of the presidential administration")],
    ),
    # the people a list of detainees names
    (
        "Those detained included Arman Serikov, the managing director, and Baurzhan Aitov, head of the department of public-private partnership.",
        [],
    ),
    # "the head of the city's Health Department"
    (
        "Marat Ospanov, the head of the city's Health Department, has spoken out.",
        [("Marat Ospanov", "head of the city's Health Department")],
    ),
    # a body's initials in brackets between title and name; an institution's words are no name
    (
        "The report was made by Chairman of Financial Monitoring Agency (FMA) Zhanat Omarov on Monday.",
        [("Zhanat Omarov", "Chairman of Financial Monitoring Agency")],
    ),
    ("The director of the Forensic Examination Center and two clerks have been detained.", []),
    # a headline's verbs in title case are no name
    ("Kazakh President Sends Amnesty Bill To Parliament", []),
    # "mayor of <place> region"
    (
        "He was appointed by order of the mayor of Almaty region Kanat Batalov.",
        [("Kanat Batalov", "mayor of Almaty region")],
    ),
    # a rank after a security body's acronym
    ("KNB Major Aidos Kaliyev – who opened the case – would not comment.", [("Aidos Kaliyev", "KNB Major")]),
    ("NSC Lieutenant Colonel Arman Bekov said the case was closed.", [("Arman Bekov", "NSC Lieutenant Colonel")]),
]


def test_a_ministry_name_stops_before_a_person():
    text = (
        "Fines will rise, said the chairman of the migration committee of the Ministry of Finance RK Aidar Suleimenov."
    )
    doc = lawner.load(rules_only=True)(text)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("chairman of the migration committee of the Ministry of Finance", "TITLE"),
        ("Aidar Suleimenov", "OFFICIAL"),
    ]
    (official,) = record(text).officials
    assert official.organization == "Ministry of Finance"
    doc = lawner.load(rules_only=True)("The Ministry of Internal Affairs RK Kaisar Sultanbayev said.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Ministry of Internal Affairs"]


@pytest.mark.parametrize("text,expected", OFFICIALS, ids=[t[:50] for t, _ in OFFICIALS])
def test_official_phrasings(text, expected):
    assert [(o.name, o.title) for o in record(text).officials] == expected


@pytest.mark.parametrize(
    "span,name",
    [
        ("Later, Askar Umarov", "Askar Umarov"),
        ("Meanwhile Aliya Nurpeisova", "Aliya Nurpeisova"),
        ("Tokayev's", "Tokayev"),
        ("Serikov A.", "Serikov A."),
        ("A. Serikov", "A. Serikov"),
        ("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
        ("RK Kaisar Sultanbayev", "Kaisar Sultanbayev"),
        # letters beyond ASCII: Kazakh Latin and Czech-style transliterations
        ("Svetlana Šynalieva", "Svetlana Šynalieva"),
        ("Äbdiraiym Şaiahmetov", "Äbdiraiym Şaiahmetov"),
        ("Orda.kz", None),
        ("Almaty", None),
        ("Later", None),
        ("Radio Azattyq", None),
        # headline verbs in title case after a title: "Kazakhstan Judge Issues Light Sentence ..."
        ("Issues Light", None),
        ("Signs New", None),
        ("the minister", None),
        ("Article 366", None),
    ],
)
def test_name_form(span, name):
    from lawner.find.people import clean_name

    assert clean_name(span) == name


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Abaev", "Abayev", True),
        ("Baiturova", "Bayturova", True),
        ("Šynalieva", "Shynalieva", True),
        ("Kassymov", "Kasymov", True),
        ("Akhmetzhanov", "Akhmetjanov", True),
        ("Smagulov", "Smailov", False),
        ("Abaev", "Abenov", False),
    ],
)
def test_one_surname_in_two_spellings(a, b, same):
    from lawner.find.people import spelling_key

    assert (spelling_key(a) == spelling_key(b)) is same


def test_the_corpus_tools_score_as_lawner_evaluate_does():
    """annotations/real/check.py and compare.py run with the standard library alone, so they
    keep their own copies of the schema's values and of the scored keys: they must agree with
    lawner's."""
    import sys
    from pathlib import Path

    from lawner.evaluate import real_items
    from lawner.normalize.penalties import BOUNDS, KINDS

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "annotations" / "real"))
    import check
    import compare

    assert check.KINDS == set(KINDS)
    assert check.BOUNDS == set(BOUNDS)
    record = {
        "articles": [{"number": "366", "part": "4", "paragraph": None, "code": "Criminal Code"}],
        "penalties": [
            {"kind": "fine", "amount": 200, "amount_min": None, "unit": "MCI", "bound": "max", "article": "366"}
        ],
        "dates": [{"value": "2025-08-20"}],
        "officials": [{"name": "Azamat Temirkhanov", "title": "Minister of Justice", "organization": None}],
    }
    assert compare.record_items(record) == real_items(record)


def test_record_errors_are_counted_by_cause():
    from collections import Counter

    from lawner.evaluate import error_causes

    gold = {
        "articles": Counter({("366", "4", "Criminal Code"): 1}),
        "penalties": Counter(
            {("fine", 200.0, None, "MCI", "max", "366"): 1, ("imprisonment", 5.0, None, "years", "max", "366"): 1}
        ),
        "dates": Counter({"2025-08-20": 1}),
        "officials": Counter(),
    }
    pred = {
        "articles": Counter({("366", None, "Criminal Code"): 1}),
        "penalties": Counter(
            {("fine", 200.0, None, "KZT", "max", "366"): 1, ("arrest", 15.0, None, "days", "exact", None): 1}
        ),
        "dates": Counter({"2025-08-20": 1}),
        "officials": Counter({"Later": 1}),
    }
    assert error_causes(gold, pred) == Counter(
        {
            ("articles", "part"): 1,
            ("penalties", "unit"): 1,
            ("penalties", "missed"): 1,
            ("penalties", "spurious"): 1,
            ("officials", "spurious"): 1,
        }
    )


def test_the_items_of_a_bulleted_list_take_the_article_it_is_about():
    text = (
        "The law introduces a new article, 301-1, on vapes. It sets these penalties for violating the ban:\n"
        "- Sale and distribution of vapes:\n"
        "- Fine of up to 200 monthly calculation indices (MCIs) (738,400 tenge in 2024)\n"
        "- Arrest for up to 50 days\n"
    )
    assert [(p.kind, p.amount, p.article) for p in record(text).penalties] == [
        ("fine", 200, "301-1"),
        ("arrest", 50, "301-1"),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("He received a suspended six-year sentence.", [("other", None, 6, "years", "exact")]),
        (
            "shall entail a fine in the amount of ten monthly calculation indices or suspension of the certificate "
            "of an expert for a period of six months.",
            # the kind, not the fine before it (the term after "of an expert" is not read yet)
            [("fine", None, 10, "MCI", "exact"), ("other", None, None, None, "exact")],
        ),
    ],
    ids=["suspended term", "suspension of a certificate"],
)
def test_suspensions(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "name,title,confidence,kept",
    [
        ("Azamat Temirkhanov", "Minister of Justice", 0.85, True),
        ("Tokayev", "President", 0.85, True),
        ("Seeks", "Prosecutor", 0.95, False),  # a headline word, not a surname
        ("Mukhtar Ablyazov", None, 0.95, False),  # a name never tied to a post
        ("Erlan Karin", None, 0.995, True),  # a full name the head is sure of
        ("Karin", None, 0.995, False),  # a surname alone needs a post
    ],
)
def test_which_named_people_make_an_official_entry(name, title, confidence, kept):
    from lawner.assemble.officials import named_official as _named_official
    from lawner.records import Official

    assert _named_official(Official(name, 0, len(name), confidence, name=name, title=title)) is kept
