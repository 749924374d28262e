"""Where the tests' files are: the repository root, ``tests/data`` and ``tests/golden``.

A plain module, not a test module or ``conftest``: only what is needed at import time (a
parametrize table or a module constant built from a data file) takes these names from here.
Tests take them as the fixtures ``root``, ``data_dir`` and ``golden_dir`` (``conftest.py``).
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DATA = TESTS / "data"
GOLDEN = TESTS / "golden"
# the workplace's statute samples and example, next to the repository when present; never needed
# (conftest.py collects test_shared_samples.py only where it is)
SHARED = ROOT.parent / "shared"
