"""The order the queue takes tickets in by urgency, premium contracts first (T4, T6, C11).

A premium plan's requests are handled at once (C11; T6: "premium at once"): among tickets
of the same urgency a premium contract's come first. Urgency itself still decides first,
so a premium ticket of normal priority never jumps an urgent one, and an emergency (T10)
comes before every other ticket of its priority.
"""

from __future__ import annotations

PRIORITY_ORDER = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
"""Priorities from the most urgent (T4); an unknown one goes last."""


def urgency_rank(priority: str, emergency: bool = False, premium: bool = False) -> tuple[int, ...]:
    """A ticket's place by urgency: priority, then emergencies, then premium contracts."""
    return (PRIORITY_ORDER.get(str(priority), 9), 0 if emergency else 1, 0 if premium else 1)
