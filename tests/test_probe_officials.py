"""Officials on fresh real pages (probes 10-13): classes of errors in who is an official and what
their title and organization are, one table per class. The sentences are invented in the shape
of the real ones (other names, bodies and regions); rules only, so the tables test the rules."""

from __future__ import annotations

import pytest

import lawner


def officials(text: str) -> list[tuple[str, str | None, str | None]]:
    record = lawner.extract(text, reference_date="2025-08-21", rules_only=True)
    return [(o.name, o.title, o.organization) for o in record.officials]


# O1: appointment and dismissal phrasing links the title by "as", "of the post of", "became",
# "will serve as", "replaced ... as"; a body "led by" a person gives the body
APPOINTMENTS = [
    (
        "In a decree, the President relieved Marat Zhakupov of his duties as the Governor of Kostanay region.",
        [("Marat Zhakupov", "Governor of Kostanay region", None)],
    ),
    (
        "The Head of State signed a decree relieving Aidos Temirov of the post of Finance Minister.",
        [("Aidos Temirov", "Finance Minister", None)],
    ),
    (
        "Nurlan Zhexenov has replaced Askhat Beisenov as the Head of the Presidential Administration.",
        [("Nurlan Zhexenov", "Head of the Presidential Administration", "Presidential Administration")],
    ),
    ("Yerbol Kassenov will serve as the interim mayor until the election.", [("Yerbol Kassenov", "interim mayor", None)]),
    (
        "Saule Abenova became the governor of the Abai Region after the vote.",
        [("Saule Abenova", "governor of the Abai Region", None)],
    ),
    (
        "Daniyar Ospanov, who previously served as the country's First Vice Minister of Trade, spoke.",
        [("Daniyar Ospanov", "First Vice Minister of Trade", "Ministry of Trade")],
    ),
    (
        "The new government led by Arman Tulegenov presented its programme.",
        [("Arman Tulegenov", None, "government")],
    ),
    # a defendant stays a defendant whatever post he held
    (
        "Serik Omarov, who served as energy minister until 2021, was given a four-year suspended sentence.",
        [],
    ),
    ("Former head of the region Ayan Zhunusov was sentenced to 6 years, ex-mayor of Kentau Erlan Bekov - to 3 years.", []),
]


@pytest.mark.parametrize(("text", "expected"), APPOINTMENTS)
def test_appointment_phrasing(text: str, expected: list) -> None:
    assert officials(text) == expected
