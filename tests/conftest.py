"""Shared fixtures: pipelines are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import lawner

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def rules_nlp():
    return lawner.load(rules_only=True)


@pytest.fixture(scope="session")
def full_nlp():
    return lawner.load()


def ents(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of the entities ``nlp`` finds in ``text``."""
    return [(e.text, e.label_) for e in nlp(text).ents]
