"""Shared fixtures: pipelines are loaded once per test session; the tests' folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from paths import DATA, GOLDEN, ROOT, SHARED

import lawner

# checks on ../shared's files (not in the project): collected only where that folder is, so that
# a clean clone skips nothing; the same properties are checked on project-held text elsewhere
collect_ignore = [] if (SHARED / "corpus").is_dir() or (SHARED / "examples").is_dir() else ["test_shared_samples.py"]


@pytest.fixture(scope="session")
def rules_nlp():
    return lawner.load(rules_only=True)


@pytest.fixture(scope="session")
def full_nlp():
    return lawner.load()


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``tests/data``."""
    return DATA


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    """``tests/golden``."""
    return GOLDEN


def _ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.fixture(scope="session")
def ents() -> Callable[..., list[tuple[str, str]]]:
    """``ents(nlp, text)``: the (text, label) of the entities ``nlp`` finds in ``text``."""
    return _ents
