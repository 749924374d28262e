"""Fuzz ``lawner.extract`` for a while with hypothesis: ``python scripts/fuzz.py --minutes 30``.

Every input must give a record whose offsets slice to its spans' text, with finite amounts
and valid dates, or a clear ``lawner.InputError``; anything else is a failure, printed with
the input that caused it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from test_robustness import TEXT, check_record  # noqa: E402

import lawner  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--model", action="store_true", help="fuzz the full pipeline, not rules only")
    args = parser.parse_args()
    nlp = lawner.load(rules_only=not args.model)
    deadline = time.time() + args.minutes * 60
    runs = 0
    while time.time() < deadline:

        @settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(text=TEXT)
        def fuzz(text):
            try:
                check_record(text, lawner.extract(text, reference_date="2025-08-21", nlp=nlp))
            except lawner.InputError:
                pass

        fuzz()
        runs += 500
        print(f"{runs} inputs, no failure", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
