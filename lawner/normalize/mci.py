"""The monthly calculation index (MCI) in force on a date, from ``lawner/data/mci.json``."""

from __future__ import annotations

import datetime as dt
import functools
import json
from importlib import resources


@functools.lru_cache(maxsize=1)
def _table() -> tuple[tuple[dt.date, int], ...]:
    data = json.loads(resources.files("lawner").joinpath("data/mci.json").read_text("utf-8"))
    periods = [(dt.date.fromisoformat(p["from"]), int(p["value"])) for p in data["periods"]]
    periods.append((dt.date.fromisoformat(data["valid_until"]) + dt.timedelta(days=1), 0))
    return tuple(sorted(periods))


def mci_value(on: dt.date | str | None) -> int | None:
    """Return the MCI in tenge in force on ``on``; ``None`` outside the table or without a date.

    >>> mci_value("2025-08-21")
    3932
    """
    if on is None:
        return None
    if isinstance(on, str):
        on = dt.date.fromisoformat(on)
    table = _table()
    value = None
    for start, amount in table:
        if on >= start:
            value = amount
        else:
            break
    return value or None
