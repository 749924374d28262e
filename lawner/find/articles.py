"""ARTICLE and LAW patterns: "Part 4 of Article 366", "articles 190, 217 and 218", "Criminal Code"."""

from __future__ import annotations

import re

from ..normalize.codes import LAW_TITLE_PATTERN, code_pattern
from ..normalize.dates import MONTH
from ..patterns import FLAGS
from .caseless import Caseless

# an article number: "115-1", "366", "73-3", "251-2" (and "461" in "the article 461- violation of")
ARTICLE_NUMBER = r"\d{1,4}(?:-\d{1,3})?(?!\d|-\d)"
# a part number in digits or words: "4", "two", "second"
PART_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# "paragraph 2) of", "subparagraph 3) of", "clause 4 of", "paragraph three of"
# ("paragraph 1) of the second part of Article 484": "the" before an ordinal part)
PARAGRAPH_PREFIX = r"(?:(?:sub-?)?(?:paragraph|clause|item|point)s?\s+(?:\d{1,2}\)?|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s*(?:,|and)\s*\d{1,2}\)?)*(?:\s+of\s+(?:the\s+(?=(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+part\b))?|\s*,\s+(?=(?:parts?|articles?|arts?\.?)\s)))"
# "Part 4 of", "part two of", "parts 1 and 2 of", "Part 5, Article 28"
# ("section 3 of article 176": a translation's "section" for the part; "the second part of Article 400")
_ORDINAL_PART = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+part\s+of\s+"
PART_PREFIX = (
    rf"(?:(?:parts?|sections?)\s+{PART_NUMBER}(?:\s*(?:,|and|or)\s*{PART_NUMBER})*"
    # ("Part 3 of the Article 426", as translations write it)
    rf"(?:\s+of\s+(?:the\s+(?=articles?\s))?|\s*,\s+(?=(?:articles?|arts?\.?)\s))|{_ORDINAL_PART}"
    # a translation's "h." (the Russian "ч.", part): "h.2 of art.190", "h. 3 art. 361"
    rf"|h\.\s?\d{{1,2}}\s+(?:of\s+)?(?=(?:articles?|arts?\.?)\s?\d))"
)
# a part written after the article's number and a dot: "296.2" (GUIDELINES: "Article 272.3" is part 3)
DOTTED_PART = r"\.\d{1,2}(?![\d.,])"
# between the numbers of a list: ", ", " and ", ", or ", " & ", " as well as "; " to " or " through " between two
# numbers of a range ("Articles 296.2 to 296.4"; not a term after it: "Article 190 to 5 years")
LIST_JOINT = (
    r"\s*(?:,\s*(?:and|or)\b|,|and|or|&|as\s+well\s+as|(?<=\d)\s+(?:to|through)(?=\s+\d{1,4}(?:[.-]\d{1,3})?(?![\d.])"
    r"(?!\s*[-–]?\s*(?:years?|months?|weeks?|days?|hours?|MCI|MRP|tenge|KZT|%|percent|per\s+cent|times|thousand|million)\b)))\s*"
)
# "Article 115-1", "Art. 190", "Articles 337 and 339", "articles 190, 217 and 218", "articles 190, 217, and
# 218", "article #217",
# "a new article, 301-1," (a comma only before a hyphenated number)
ARTICLE_CORE = (
    # (never over a line break, nor a date's day: a site's "ARTICLE" label over a dateline "15 January 2026")
    # (or in brackets: "a new article (232-1) establishing penalties")
    # (or in quotes with its heading: 'supplemented by article "73-3. Slander"')
    rf"(?:articles?|arts?\.?)[ \t]*(?:[#№]\s*|,\s*(?=\d{{1,4}}-\d)|[\"“«](?=\d{{1,4}}(?:-\d{{1,3}})?\.\s)|(?P<paren>\(\s*(?=\d{{1,4}}(?:-\d{{1,3}})?\s*\))))?"
    rf"{ARTICLE_NUMBER}(?(paren)\s*\))(?!\s+{MONTH}\b)"
    # (each number of a list may carry its part after a dot: "Articles 296.2 and 296.4", "296.2 to 296.4")
    rf"(?:{DOTTED_PART}(?={LIST_JOINT}{ARTICLE_NUMBER}))?"
    # (an article's name in brackets may follow each number: "articles 174 (inciting discord) and 405")
    # (or its part: "Articles 125 (part three), 128 (part four)", "440 ( part of third)")
    # (or ", Part 4" after it: "Articles 189, Part 4, and 361, Part 4")
    rf"(?:(?:\s*\(\s*(?=[\"“«A-Za-z])[^()\n]{{1,120}}\)|,\s*parts?\s+{PART_NUMBER}(?=\s*,)|{DOTTED_PART})?{LIST_JOINT}{ARTICLE_NUMBER}"
    rf"(?:{DOTTED_PART}(?={LIST_JOINT}{ARTICLE_NUMBER}))?)*"
)
# a part in brackets after an article's number: "(part three)", "( part of third)", "(two part)"
# ("(section 1)": a translation's "section" for the part)
BRACKETED_PART = rf"\(\s*(?:(?:parts?|sections?)\s+(?:of\s+)?(?:the\s+)?{PART_NUMBER}|{PART_NUMBER}\s+part)\s*\)"
# ", Part 4", "(4)" or "p.4" after the number: "Article 366, Part 4", "Article 366 (4)", "article 174 p.1"
# ("Article 292 p3"),
# "art. 367 h. 2" (a translation's "h.", the Russian "ч.")
# ("Article 176 section 3 of the CC of the RK": a translation's "section" for the part)
# ("Article 272.3": Article 272, part 3, GUIDELINES)
# ("article 211 of part 3 of the Criminal Code": a translation's inverted order)
# (not the next reference's part: "Part 1 of Article 251, Part 1 of Article 252")
PART_SUFFIX = rf"(?:,?\s+(?:parts?|sections?)\s+{PART_NUMBER}\b(?!\s+of\s+(?:the\s+)?(?:articles?|arts?\.?)\b)|\s*{BRACKETED_PART}|\s?\(\d{{1,2}}\)|,?\s+(?:pt?|h)(?:\.\s?|(?=\d))\d{{1,2}}\b|\.\d{{1,2}}(?![\d.,])|\s*§\s*\d{{1,2}}\b|\s+of\s+parts?\s+\d{{1,2}}\b(?!\s+of\s+(?:the\s+)?(?:articles?|arts?\.?)\b))"

# ", paragraph 3" after the number (and part): "Article 164, paragraph 3", "Article 145, part 2, paragraph 4"
# (not the next reference's prefix: "article 189, paragraph 3 of part 4 of article 362")
PARAGRAPH_SUFFIX = r"(?:,?\s+(?:sub-?)?(?:paragraph|clause|item)\s+\d{1,2}\)?(?![\d-])(?!\s+of\s+(?:the\s+)?(?:parts?|articles?|arts?\.?|(?:sub-?)?paragraphs?|clauses?)\b))"

ARTICLE_RE = Caseless(rf"\b(?P<span>{PARAGRAPH_PREFIX}*{PART_PREFIX}?{ARTICLE_CORE}{PART_SUFFIX}?{PARAGRAPH_SUFFIX}?)")
# a statute heading "Article 115-1. Stalking" at the start of a line
# (and a commentary's: "Commentary to article 323. Purchase or sale of official documents")
ARTICLE_HEADING_RE = re.compile(
    rf"^[ \t]*(?:Comment(?:ary)?\s+(?:to|on)\s+)?(?P<span>[Aa]rticle\s+(?P<number>{ARTICLE_NUMBER}))\.", re.MULTILINE
)
# the adilet export's block header "Original section/article: 115-1." (no ARTICLE span; used for linking)
SOURCE_HEADING_RE = re.compile(rf"Original section/article:\s*(?P<number>{ARTICLE_NUMBER})")
# a code named by its full name: "Criminal Code", "Code on Administrative Offences"
# (a footnote's number may be glued to the name: "the Kazakhstani Criminal Code1, Articles 676 to 681 of the Code
# of Administrative Offenses2")
LAW_RE = re.compile(rf"(?P<span>{LAW_TITLE_PATTERN}|\b{code_pattern()}(?:\b|(?=\d{{1,2}}\b)))")
# "this Code", "the present Code": the statute's own code
THIS_CODE_RE = re.compile(r"\b(?:this|the\s+present)\s+Code\b", FLAGS)
