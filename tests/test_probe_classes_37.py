"""Issue 11, ninth pass: classes of error found on fresh real pages (probes 37-43, 2026-12-03),
one table per class. The sentences are invented in the shape of the real ones; rules only, so the
tables test the rules."""

from __future__ import annotations

import pytest
from tables import penalties, record

import lawner


@pytest.mark.parametrize(
    "text,expected",
    [
        # a term changed "from N to M days": the new term, of the kind named before the verb
        (
            "The term of administrative arrest will be increased from 15 to 30 days.",
            [("arrest", None, 30, "days", "exact")],
        ),
        ("Arrest for repeat offenders was doubled from 15 to 30 days.", [("arrest", None, 30, "days", "exact")]),
        ("Prison terms were increased from 5 to 10 years.", [("imprisonment", None, 10, "years", "exact")]),
        # pre-trial custody is no penalty, changed or not
        ("His detention in custody was extended from 2 to 4 months.", []),
    ],
)
def test_changed_terms(text, expected):
    assert penalties(text) == expected


def dates(text: str, ref: str = "2025-12-20") -> list[str]:
    return [d.value for d in record(text, ref).dates]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the month written with the last day only: both ends
        ("The campaign runs from 1 to November 30.", ["2025-11-01", "2025-11-30"]),
        ("Registration is open from 1 to November 30, 2024.", ["2024-11-01", "2024-11-30"]),
        # no "from": a count, not a day
        ("He was sentenced 5 to November 30.", ["2025-11-30"]),
    ],
)
def test_day_to_month_day(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "jailed X for N years" with the object between
        (
            "Courts jailed four offenders for up to three and a half years.",
            [("imprisonment", None, 42, "months", "max")],
        ),
        ("A court jailed the former akim for 8 years.", [("imprisonment", None, 8, "years", "exact")]),
        # a list of terms with two named defendants before it
        (
            "The court sentenced Serik Abenov and Ermek Narymov to 2 and 3 years in prison respectively.",
            [("imprisonment", None, 2, "years", "exact"), ("imprisonment", None, 3, "years", "exact")],
        ),
        # a closure ordered for a term: a suspension of activity, kind other
        (
            "A court fined the company and ordered the shop section closed for three months.",
            [("other", None, 3, "months", "exact")],
        ),
        ("The court ordered the cafe shut down for 10 days.", [("other", None, 10, "days", "exact")]),
        # a ban written with a verb and no term (GUIDELINES: deprivation_of_right, no size)
        (
            "He was convicted and has been forbidden from engaging in political activities.",
            [("deprivation_of_right", None, None, None, "exact")],
        ),
        (
            "He was also banned from holding positions in the civil service.",
            [("deprivation_of_right", None, None, None, "exact")],
        ),
        # ... but a rule of law in the present is no penalty, and a term goes to the term
        ("Citizens are prohibited from carrying out religious activities without registration.", []),
        (
            "He was barred from holding public office for 5 years.",
            [("deprivation_of_right", None, 5, "years", "exact")],
        ),
    ],
)
def test_verb_terms_closures_and_bans(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # sums of many fines: per region or company after a dash, inspection statistics
        "The largest fines among the regions are as follows: • East Kazakhstan region - 2.6 billion tenge; "
        "• Kyzylorda region - 681.8 mln tenge.",
        "It is noted that the largest amounts of fines are observed in the West Kazakhstan region - KZT578 mln., "
        "the Aktobe region - KZT458 mln.",
        "Heads of these enterprises were issued 388 prescriptions and imposed fines of more than 49 million tenge.",
        "Inspectors identified 1.8 thousand violations and imposed fines in the amount of 65.6 million tenge.",
        # a quarantine regime's ban on kinds of venue
        "Ban on the activities of cultural objects (rehearsals), theaters, cinemas, is also imposed.",
        "The ban on the activities of karaoke, nightclubs, cinemas, food courts remains in power.",
        # a size that makes an offence criminal
        "If 7 or more trees are cut and the size of the fine exceeds 173 thousand tenge, the offenders shall be "
        "subject to criminal liability.",
        # a count of people a sanction befell
        "Over 17.5 thousand drunk drivers were detained, 20 thousand drivers were deprived of their driving license.",
        # a waiting time, escape from a sanction
        "A minimum interval of at least 10 days between attempts has been set.",
        "31 Uzbek students were saved from deportation in Russia.",
        # pre-trial custody, changed or not
        "His detention in custody was extended from 2 to 4 months.",
        "He is angry that he has been kept under arrest for four months now.",
        # a conscript's service
        "Conscripts serve a standard service term of 12 months in the army.",
    ],
)
def test_not_penalties(text):
    assert penalties(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a dashed list that is a fine's scale stays
        (
            "A fine is imposed: from 10 to 20 km/h - 5 MCI; from 20 to 40 km/h - 10 MCI.",
            [("fine", None, 5, "MCI", "exact"), ("fine", None, 10, "MCI", "exact")],
        ),
        # a ban by a court on one company's activity stays
        (
            "The court imposed a ban on the activities of the company.",
            [("deprivation_of_right", None, None, None, "exact")],
        ),
        # fines for each of several people stay
        (
            "The court imposed fines of 2 million tenge on each of the officials.",
            [("fine", None, 2000000, "KZT", "exact")],
        ),
        (
            "Two drivers were deprived of their licences for 2 years.",
            [("deprivation_of_right", None, 2, "years", "exact")],
        ),
    ],
)
def test_near_misses_stay_penalties(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text,ref,expected",
    [
        # a present passive is no past: the date after the reference stays in its year
        ("The activities of camps are also banned from February 1.", "2021-01-28", ["2021-02-01"]),
        # the start of a regime a past decision set
        (
            "The commission decided to introduce a quarantine starting from February 5, the website says.",
            "2021-01-28",
            ["2021-02-05"],
        ),
        ("The law entered into force effective from January 10.", "2021-01-28", ["2021-01-10"]),
        # a past event with no such cue keeps the last year's date
        ("The ban was lifted on February 5.", "2021-01-28", ["2020-02-05"]),
        # a year in an operation's name, months named as a season
        ('During "Operation Bekire-2025" on April 18, the suspect was spotted.', "2025-05-01", ["2025-04-18"]),
        ("By mid-2025 the law will pass.", "2024-05-01", ["2025"]),
        (
            "Felling a fir during the pre-Christmas season - November and December - is punished with a fine.",
            "2024-05-01",
            [],
        ),
    ],
)
def test_date_years_and_names(text, ref, expected):
    assert [d.value for d in lawner.extract(text, reference_date=ref).dates] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a date in a byline line, or in a line that names the poster or credits a photo: boilerplate
        ("Prison riots\nBy bne IntelliNews November 20, 2024\nThe court fined him on Monday.", ["2024-11-18"]),
        ("Church news\nPosted by: becketfund | June 7, 2007\nThe court fined him.", []),
        (
            "A riot\nActivist Vadim Kuramshin near Granitny, scene of a riot in August. (Photo: Vadim Kuramshin)\n"
            "The court fined him.",
            [],
        ),
    ],
)
def test_boilerplate_dates(text, expected):
    assert [d.value for d in record(text, "2024-11-21").dates] == expected


def test_bulleted_list_takes_the_code_of_its_opening_line():
    text = (
        'According to article 22 of the Law "On Combating Corruption", bodies must act.\n\n'
        "The Criminal Code of the Republic of Kazakhstan provides for two types of crimes related to bribes:\n\n"
        "  • receiving a bribe (Article 366);\n  • giving a bribe (Article 367).\n"
    )
    assert [(a.number, a.code) for a in record(text).articles] == [
        ("22", None),
        ("366", "Criminal Code"),
        ("367", "Criminal Code"),
    ]


def officials(text: str, rules_only: bool = True) -> list[tuple]:
    found = lawner.extract(text, reference_date="2024-05-05", rules_only=rules_only).officials
    return [(o.name, o.title, o.organization) for o in found]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a gloss inside the akim's title, two-word regions after "mayor of"
        (
            "President Tokayev received akim (mayor) of Almaty city Yerbolat Dossayev on Saturday.",
            [("Tokayev", "President", None), ("Yerbolat Dossayev", "akim (mayor) of Almaty city", None)],
        ),
        (
            "On October 20, the mayor of the East Kazakhstan region Danial Akhmetov visited the village.",
            [("Danial Akhmetov", "mayor of the East Kazakhstan region", None)],
        ),
        # a title that names its body by initials (GUIDELINES: "CNS chairman" has that body)
        ("AFM Chairman Zhanat Elimanov reported.", [("Zhanat Elimanov", "AFM Chairman", "AFM")]),
        ("ARA spokesperson Svetlana Penkova told reporters.", [("Svetlana Penkova", "ARA spokesperson", "ARA")]),
        # a rank is no title: the post before it, or the post with the rank between
        (
            "said Deputy Chief of the Almaty City Police Department, Police Colonel Kuatbek Nauatov.",
            [
                (
                    "Kuatbek Nauatov",
                    "Deputy Chief of the Almaty City Police Department",
                    "Almaty City Police Department",
                )
            ],
        ),
        (
            "On August 29, investigator Lieutenant Colonel Rakhat Rustemov ordered an expert analysis.",
            [("Rakhat Rustemov", "investigator", None)],
        ),
        # a lower-case body before the name
        (
            "The acting head of the regional prison administration Zhanat Keshubayev told the agency.",
            [("Zhanat Keshubayev", "acting head of the regional prison administration", None)],
        ),
        # a judge of a court of a city, a descriptive official
        (
            "He said that the judge of the Almaly district court of Almaty Kairat Imankulov issued a decision.",
            [("Kairat Imankulov", "judge of the Almaly district court of Almaty", "Almaly district court")],
        ),
        (
            "Kazakhstan's senior religious affairs official Yeraly Tugzhanov said the law works.",
            [("Yeraly Tugzhanov", "senior religious affairs official", None)],
        ),
        # a long body ending in "of the Republic of Kazakhstan" after a date phrase
        (
            "On July 26, Deputy Chairman of the Administrative Police Committee of the Ministry of Internal Affairs "
            "of the Republic of Kazakhstan Zhandos Murataliev spoke at a press briefing.",
            [
                (
                    "Zhandos Murataliev",
                    "Deputy Chairman of the Administrative Police Committee of the Ministry of Internal Affairs of "
                    "the Republic of Kazakhstan",
                    "Administrative Police Committee of the Ministry of Internal Affairs of the Republic of Kazakhstan",
                )
            ],
        ),
        # "spokesperson of the ministry" takes the ministry named before
        (
            "The Ministry of Justice convened a meeting. According to spokesperson of the ministry Shugyla "
            "Turlybek, the rules changed.",
            [("Shugyla Turlybek", "spokesperson of the ministry", "Ministry of Justice")],
        ),
        # a former akim whose arrest is reported is a defendant
        (
            "This was followed by the arrest of former Akim (Mayor) of Karaganda city Meiram Smagulov and head "
            "of the department on land relations Yernar Daribekov.",
            [],
        ),
    ],
)
def test_official_titles(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # scales business news writes after a number or a currency sign
        (
            "A court fined the North Caspian Operating Company (NCOC) 2.3 trillion tenge.",
            [("fine", None, 2.3e12, "KZT", "exact")],
        ),
        ("The company was fined $28 mn.", [("fine", None, 28_000_000, "USD", "exact")]),
        ("The company was fined KZT39m.", [("fine", None, 39_000_000, "KZT", "exact")]),
        ("The company was fined $5 bln.", [("fine", None, 5_000_000_000, "USD", "exact")]),
        # two parties' amounts are two fines, not a range
        (
            "The two firms were fined KZT13.7bn and KZT32.2bn, respectively.",
            [("fine", None, 13_700_000_000, "KZT", "exact"), ("fine", None, 32_200_000_000, "KZT", "exact")],
        ),
        ("Fines range between $1,100 and $4,200.", [("fine", 1_100, 4_200, "USD", "range")]),
        # "fines begin at" is a minimum; "7-1/2 years" is one term
        ("Fines begin at 200,000 KZT.", [("fine", None, 200_000, "KZT", "min")]),
        ("He was sentenced to 7-1/2 years in prison.", [("imprisonment", None, 90, "months", "exact")]),
        # a ban "for the next N years", "no longer be allowed to" a profession
        (
            "The court banned her from working with children for the next 10 years.",
            [("deprivation_of_right", None, 10, "years", "exact")],
        ),
        (
            "Offenders may no longer be allowed to practice certain professions for a period of up to 6 years.",
            [("deprivation_of_right", None, 6, "years", "max")],
        ),
        # a bare "fee" is a translation's word for a fine
        (
            "Moreover, he must pay the fee of 15 monthly calculated indexes (37 875 KZT).",
            [("fine", None, 15, "MCI", "exact")],
        ),
    ],
)
def test_scales_bounds_and_bans(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The applicant must pay election fee of 1.60 million tenge ($8,880).",
        "Each candidate must make an election deposit of 50 MCI.",
        "He was released more than five hours into his detention.",
        "He was released after serving more than 2 1/2 years in prison.",
        "Some 3,500 people are under probationary supervision.",
        "The traffickers kept the victims for three years.",
        "Administrative fines were imposed in the amount of more than 19 million tenge, the minister said.",
    ],
)
def test_more_not_penalties(text):
    assert penalties(text) == []


@pytest.mark.parametrize(
    "text,ref,expected",
    [
        # a year relative to the reference after a range of months or a month
        ("The raids took place in June – July of the current year, police said.", "2022-03-23", ["2022-06", "2022-07"]),
        ("The raids took place on June 5 of the current year.", "2022-03-23", ["2022-06-05"]),
        ("From May to October last year, 30 cases were opened.", "2022-03-23", ["2021-05", "2021-10"]),
        # a season's year, "The beginning of" at a sentence's start
        ("It happened in summer 2021.", "2022-03-23", ["2021"]),
        ("The beginning of 2026 will see changes.", "2025-03-23", ["2026"]),
        # "are due to be held" is the future
        ("Early presidential elections are due to be held on April 26.", "2015-03-16", ["2015-04-26"]),
    ],
)
def test_more_date_years(text, ref, expected):
    assert [d.value for d in lawner.extract(text, reference_date=ref).dates] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a titled law codes.json knows by its title; a code named with the country's possessive; a
        # list whose code has "RoK" before it
        (
            "As per Article 55 of the Law «On Elections in the Republic of Kazakhstan», a party may run.",
            [("55", "Election Law")],
        ),
        (
            "He was fined under Article 328 of the Republic of Kazakhstan's Code of Administrative Offenses.",
            [("328", "Code on Administrative Offences")],
        ),
        (
            "They were charged under article 264 (trafficking in persons), and article 394 (organization of "
            "illegal migration) of the RoK Criminal Code.",
            [("264", "Criminal Code"), ("394", "Criminal Code")],
        ),
        # a titled law that is no code stays without one
        ('Under Article 4 of the Law "On Combating Corruption", officials must report.', [("4", None)]),
    ],
)
def test_article_codes(text, expected):
    assert [(a.number, a.code) for a in record(text).articles] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Children's Rights Ombudsman Dinara Zakiyeva said the law works.",
            [("Dinara Zakiyeva", "Children's Rights Ombudsman", None)],
        ),
        (
            "The Commissioner for Children's Rights in Kazakhstan Dinara Zakiyeva said the law works.",
            [("Dinara Zakiyeva", "Commissioner for Children's Rights in Kazakhstan", None)],
        ),
        # a body named "X and Y": the title runs to its end
        (
            "Askar Zhambakin, chairman of the Committee on Social and Cultural Development of Mazhilis, said.",
            [
                (
                    "Askar Zhambakin",
                    "chairman of the Committee on Social and Cultural Development of Mazhilis",
                    "Committee on Social and Cultural Development of Mazhilis",
                )
            ],
        ),
        (
            "Ecology and Natural Resources Minister Serikkali Brekeshev said.",
            [
                (
                    "Serikkali Brekeshev",
                    "Ecology and Natural Resources Minister",
                    "Ministry of Ecology and Natural Resources",
                )
            ],
        ),
        (
            "The decision was made by then-health minister Yelzhan Birtanov.",
            [("Yelzhan Birtanov", "then-health minister", "Ministry of Health")],
        ),
        # the term a defendant faces
        ("Former health minister Yelzhan Birtanov faces six years in jail.", []),
    ],
)
def test_more_official_titles(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # election-commission and Senate titles
        (
            "President Tokayev met with the Chairman of the Senate of Parliament, Maulen Ashimbayev.",
            [
                ("Tokayev", "President", None),
                ("Maulen Ashimbayev", "Chairman of the Senate of Parliament", "Senate of Parliament"),
            ],
        ),
        (
            "Chairman of the Central Election Commission (CEC) in Kazakhstan Nurlan Abdirov said the vote was fair.",
            [("Nurlan Abdirov", "Chairman of the Central Election Commission", "Central Election Commission")],
        ),
        (
            "The vote was fair, said Central Election Commission secretary Bakhyt Meldeshov.",
            [("Bakhyt Meldeshov", "Central Election Commission secretary", "Central Election Commission")],
        ),
        (
            "The secretary of the Central Election Commission of Kazakhstan Mukhtar Yerman briefed reporters.",
            [
                (
                    "Mukhtar Yerman",
                    "secretary of the Central Election Commission of Kazakhstan",
                    "Central Election Commission",
                )
            ],
        ),
    ],
)
def test_election_and_senate_titles(text, expected):
    assert officials(text, rules_only=False) == expected


def test_tag_line_is_boilerplate():
    text = (
        "Tokayev votes\nPresident Kassym-Jomart Tokayev voted on Sunday.\n"
        "President of Kazakhstan    Elections   Regions   Akorda presidential residence   Elections in Kazakhstan\n"
    )
    found = lawner.extract(text, reference_date="2022-11-20").officials
    assert [(o.name, o.title) for o in found] == [("Kassym-Jomart Tokayev", "President")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a suspension of activity stays other
        ("The court imposed a suspension of activity for 3 months.", [("other", None, 3, "months", "exact")]),
        # the bound before the words that convert
        ("A fine of up to the equivalent of $1,300 is provided.", [("fine", None, 1_300, "USD", "max")]),
    ],
)
def test_sport_bans_and_bounds(text, expected):
    assert penalties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The law provides a reward from 10 to 100 MCI for informants.",
        "A warning plastered on energy drinks is required.",
        "The crew returned because of a warning indication.",
        "The government imposed a six-month ban on the export of oil products.",
    ],
)
def test_rewards_labels_and_trade_bans_are_no_penalties(text):
    assert penalties(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # (a two-digit number after a spaced dash is a count: no range "2018-2045")
        ("In 2018 - 45 positive samples were found.", []),
        ("The years 2003-06 were hard.", ["2003", "2004", "2005", "2006"]),
        ("Exports fell in January-June this year.", ["2025-01", "2025-06"]),
    ],
)
def test_year_ranges_and_counts(text, expected):
    assert dates(text, "2025-12-20") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Askar Bekov, a deputy of the Kazakh Senate, said.",
            [("Askar Bekov", "deputy of the Kazakh Senate", "Senate")],
        ),
        (
            "The deputy of the Parliament of Kazakhstan Roman Kim said.",
            [("Roman Kim", "deputy of the Parliament of Kazakhstan", "Parliament of Kazakhstan")],
        ),
        (
            "Culture and Sport Minister Askhat Oralov said.",
            [("Askhat Oralov", "Culture and Sport Minister", "Ministry of Culture and Sport")],
        ),
        (
            "The deputy head of the Committee for National Security (KNB), Nurgali Bilisbekov, said.",
            [
                (
                    "Nurgali Bilisbekov",
                    "deputy head of the Committee for National Security",
                    "Committee for National Security",
                )
            ],
        ),
        # unions abroad and the state's companies are no state bodies
        ("IndustriALL assistant general secretary Kemal Ozkan said.", []),
        ("Samruk Kazyna Chairman Almassadam Satkaliyev said.", []),
        ("KazMunaiGas Chairman Magzum Mirzagaliyev said.", []),
    ],
)
def test_parliament_titles_and_non_state_posts(text, expected):
    assert officials(text, rules_only=False) == expected


def test_sport_suspension_is_a_ban():
    # the head finds "a four-year suspension"; its kind is a ban on activity, not prison
    found = lawner.extract("He received a four-year suspension for doping.", reference_date="2025-06-15").penalties
    assert [(p.kind, p.amount, p.unit) for p in found] == [("deprivation_of_right", 4, "years")]


def test_headline_participle_is_no_name():
    found = lawner.extract("Akim Talgat Bayedilov Recommended to Be Dismissed", reference_date="2023-03-15").officials
    assert [(o.name, o.title) for o in found] == [("Talgat Bayedilov", "Akim")]


def test_bare_restriction_is_no_penalty():
    assert lawner.extract("A five-year restriction can be imposed in the case of legal proceedings.").penalties == []
    assert penalties("He got a three-year restriction of freedom.") == [
        ("restriction_of_freedom", None, 3, "years", "exact")
    ]


def test_site_clock_widget_is_boilerplate():
    # azh.kz pages open with a live clock, the weather and exchange rates; the page's own stamp follows
    text = (
        "Atyrau, October 22 22:08\n cloudyВ Атырау +11\n$ 425.71\n€ 495.53\n₽ 5.99\n"
        "April 25 2014, 18:58\n\nThe plane returned to Astana, the airline said.\n"
    )
    assert [d.value for d in lawner.extract(text, reference_date="2014-04-25").dates] == ["2014-04-25"]
    # a dateline with a time and no widget after it stays
    assert [
        d.value for d in lawner.extract("Almaty, April 24 18:05\nThe court ruled.", reference_date="2014-04-25").dates
    ] == ["2014-04-24"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a site's "ARTICLE" label over its dateline is no article, and the day stays in the date
        (
            "ARTICLE\n15 January 2026\n\nUnder Article 190 of the Criminal Code fraud is punished.",
            ([("190", None, "Criminal Code")], ["2026-01-15"]),
        ),
        # "item N" after an article is its paragraph; a list separated by ";" takes the code at its end
        (
            "He was charged under article 235, item 1; article 164, item 3 of the Criminal Code.",
            ([("235", None, "Criminal Code"), ("164", None, "Criminal Code")], []),
        ),
    ],
)
def test_article_labels_and_items(text, expected):
    r = record(text, "2026-01-16")
    assert ([(a.number, a.part, a.code) for a in r.articles], [d.value for d in r.dates]) == expected


def test_foreign_leaders_named_without_a_country():
    assert officials("Tony Blair, the former Prime Minister, advised Nazarbayev.", rules_only=False) == []
    assert officials("Vladimir Putin, the President, said.", rules_only=False) == []


def test_a_body_named_after_a_possessive_is_no_person():
    found = officials(
        "Abdrashit Zhukenov, the chair of Kazakhstan's Supreme Court's Judicial Collegium for Criminal Cases, "
        "reports that jury trials work.",
        rules_only=False,
    )
    assert [name for name, _, _ in found] == ["Abdrashit Zhukenov"]


def test_last_probes_dates_and_codes():
    # one range of days, one year
    assert dates("The operation was held on May 13-17.", "2013-05-15") == [f"2013-05-{d}" for d in range(13, 18)]
    # a non-breaking hyphen in "mid‑2024"
    assert dates("By mid\u20112024 the rules changed.", "2023-05-15") == ["2024"]
    # an article's name in square brackets before its code
    text = "He was charged under Article 51 [illegal crossing of the border] of the Criminal Code."
    assert [(a.number, a.code) for a in record(text).articles] == [("51", "Criminal Code")]
