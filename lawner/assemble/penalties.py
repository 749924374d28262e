"""Penalties: each PENALTY span parsed, kinds that share one term split, spans that are no
penalty dropped (:mod:`lawner.assemble.nonpenalties`), and each linked to its article."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..normalize.mci import mci_value
from ..normalize.penalties import ParsedPenalty, parse_penalty
from ..patterns import CHANGE_VERB, MONEY_UNITS
from ..records import Penalty
from .layout import Entity, Layout, confidence
from .link import anaphor, article_for, qualified_part, take_previous
from .nonpenalties import not_a_penalty

_CHANGE = re.compile(rf"{CHANGE_VERB}[^.;]*$", re.IGNORECASE)
_SAME_AMOUNT = re.compile(r"\bsame\s+(?:amount|size|sum)\b", re.IGNORECASE)
# what stands between a fine and its conversion: "(about $1,200)", ", equivalent to 291,700 tenge"
_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(\s*(about|approximately|around|roughly|some|or|~|≈)?"
    r"|,?\s*(?:which\s+is\s+)?((?:equivalent|equal)\s+to)(?:\s+(?:about|approximately|around|roughly))?)\s*$",
    re.IGNORECASE,
)


def _unit_of(span: str) -> str | None:
    """The unit a span's amount is in (None when it names none)."""
    return parse_penalty(span).unit


def penalty_items(
    ents: list[Entity],
    text: str,
    articles: list[Entity],
    laws: list[Entity],
    layout: Layout,
    headings: list[tuple[int, str]],
    reference_date: dt.date | None,
) -> list[Penalty]:
    mci = mci_value(reference_date) if reference_date else None
    out: list[Penalty] = []
    previous: list[tuple[Entity, ParsedPenalty]] = []
    article_starts = [a.start_char for a in articles]
    for ent in ents:
        sentence_start = layout.sentence_start(ent.start_char)
        before = text[sentence_start : ent.start_char]
        # "(about $1,200)" or ", equivalent to 291,700 tenge" right after a fine is its conversion,
        # not a second penalty; one in the same unit is another ("30% of the sum (60% for repeat offences)")
        gap = _CONVERSION_GAP.search(text[previous[-1][0].end_char : ent.start_char]) if previous else None
        if gap and (
            gap.group(1) or gap.group(2) or _unit_of(ent.text) != previous[-1][1].unit or previous[-1][1].unit is None
        ):
            continue
        after = text[ent.end_char : layout.sentence_end(ent.start_char)]
        if not_a_penalty(ent.text, before, after):
            continue
        parsed = parse_penalty(ent.text, before, after)
        if parsed.kind == "none":
            continue
        if parsed.bound == "range" and _CHANGE.search(before) and re.match(r"from\b", ent.text, re.IGNORECASE):
            # "raised from 7 to 12 MCI": the new amount, not a range
            parsed.amount_min, parsed.bound = None, "exact"
        if parsed.same_as_previous:
            take_previous(
                parsed,
                [p for s, p in previous[-6:] if s.start_char >= sentence_start - 400],
                by_amount=bool(_SAME_AMOUNT.search(ent.text)),
            )
        if parsed.kind == "other" and parsed.unit in MONEY_UNITS and re.match(r"\W*confiscat", ent.text, re.IGNORECASE):
            # "confiscation of funds amounting to 5.8 billion tenge": the sum is what is taken, no size
            parsed.amount = parsed.amount_min = parsed.unit = None
            parsed.bound = "exact"
        if parsed.amount is None and not parsed.tiers and parsed.kind not in _COMPLETE_KINDS:
            continue  # a bare "fine", "community service", "imprisonment": no size, no penalty
        previous.append((ent, parsed))
        # only the articles and codes near the penalty matter for linking
        lo = (
            bisect.bisect_left(
                article_starts, layout.lines[max(layout.list_start(layout.line(ent.start_char)) - 4, 0)][0]
            )
            if layout.lines
            else 0
        )
        hi = bisect.bisect_right(article_starts, ent.end_char + 2000)
        article = article_for(ent, articles[lo:hi], laws, layout, headings) or anaphor(ent, before, articles)
        if article is None and not headings:
            article = qualified_part(ent, before, out, articles, laws, layout)
        tiers = parsed.tiers or [None]
        first = len(out)
        # "restriction/imprisonment for up to 2 years": the kind before the slash takes the same term
        slash = _SLASH_KIND.search(before) or _SLASH_KIND_START.match(ent.text) or _SLASH_INSIDE.search(ent.text)
        entries = [
            (parsed.kind, tier.amount if tier else parsed.amount, tier.subject if tier else None) for tier in tiers
        ]
        shared_kind = _SLASH_KINDS[slash.group(1).split()[0].lower()] if slash else None
        # (no term to share with "life imprisonment", nor a kind with itself)
        if shared_kind and not parsed.tiers and parsed.kind not in _COMPLETE_KINDS and shared_kind != parsed.kind:
            entries.insert(0, (shared_kind, parsed.amount, None))
        for kind, amount, subject in entries:
            penalty = Penalty(
                ent.text,
                ent.start_char,
                ent.end_char,
                confidence(ent),
                kind=kind,
                amount=amount,
                amount_min=parsed.amount_min,
                unit=parsed.unit,
                bound=parsed.bound,
                article=article,
                subject=subject,
            )
            if penalty.unit == "MCI" and mci is not None:
                penalty.amount_kzt = None if amount is None else round(amount * mci, 2)
                if parsed.amount_min is not None:
                    penalty.amount_min_kzt = round(parsed.amount_min * mci, 2)
            out.append(penalty)
        ent._.lawner_value = [p.to_dict() for p in out[first:]]
    return out


# a kind joined to the span's by a slash, as translations of Kazakh news write "ограничение/лишение
# свободы": "restriction/imprisonment for up to 2 years" is two penalties of one term
_SLASH_KINDS = {
    "restriction": "restriction_of_freedom",
    "limitation": "restriction_of_freedom",
    "restricted": "restriction_of_freedom",
    "fine": "fine",
    "arrest": "arrest",
    "community": "community_service",
    "correctional": "correctional_labor",
    "imprisonment": "imprisonment",
}
_SLASH_WORDS = (
    r"(restriction(?:\s+of\s+(?:liberty|freedom))?|limitation|fine|arrest|community(?:\s+service)?"
    r"|correctional\s+labou?r|imprisonment)"
)
# inside an amount-first span: "2 years of restriction/deprivation of liberty", "5 years of restricted/deprived liberty"
# ("3 years of restriction or deprivation of liberty")
_SLASH_INSIDE = re.compile(r"\b(restriction|restricted|limitation)(?:\s*/\s*|\s+or\s+)(?=depriv)", re.IGNORECASE)
# (a restriction of freedom also shares the term after "or": "restriction of freedom or imprisonment
# for up to 2 years", as the codes write "... or imprisonment for the same term")
# (and a bare "restriction or imprisonment for a term of 3 to 7 years", "restriction or deprivation
# of liberty for up to 5 years")
# ("imprisonment or restricted freedom for a period of up to three years", "community or corrective
# labour of up to 200 hours")
_SHARED = (
    r"(?:/|(?<=freedom)\s+or\s+|(?<=liberty)\s+or\s+|(?<=restriction)\s+or\s+(?=imprisonment|deprivation\s+of\s+liberty|$)"
    r"|(?<=imprisonment)(?<!life\simprisonment)\s+or\s+(?=restrict|limitation|$)|(?<=community)\s+or\s+(?=correct|$))"
)
_SLASH_KIND = re.compile(rf"\b{_SLASH_WORDS}\s*{_SHARED}\s*$", re.IGNORECASE)  # before the span
_SLASH_KIND_START = re.compile(rf"^{_SLASH_WORDS}\s*{_SHARED}\s*(?=\w)", re.IGNORECASE)  # at its start


# kinds that are whole without a size (GUIDELINES: "A PENALTY needs a size, except ...")
_COMPLETE_KINDS = {"life_imprisonment", "deprivation_of_right", "other"}
