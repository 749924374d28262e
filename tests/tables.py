"""What the probe-class tables read from a record, rules only (so that the tables test the rules):
penalties as (kind, amount_min, amount, unit, bound), date values, officials as (name, title,
organization)."""

from __future__ import annotations

import lawner


def record(text: str, ref: str | None = "2025-06-15", rules_only: bool = True) -> lawner.Record:
    return lawner.extract(text, reference_date=ref, rules_only=rules_only)


def penalties(text: str, ref: str | None = "2025-06-15") -> list[tuple]:
    return [(p.kind, p.amount_min, p.amount, p.unit, p.bound) for p in record(text, ref).penalties]


def dates(text: str, ref: str | None = "2025-06-15") -> list[str]:
    return [d.value for d in record(text, ref).dates]


def officials(text: str, ref: str | None = "2025-06-15") -> list[tuple]:
    return [(o.name, o.title, o.organization) for o in record(text, ref).officials]
