"""The order the queue takes tickets in by urgency, premium contracts first (T4, T6, C11).

A premium plan's requests are handled at once (C11; T6: "premium at once"): among tickets
of the same urgency a premium contract's come first. Urgency itself still decides first,
so a premium ticket of normal priority never jumps an urgent one, and an emergency (T10)
comes before every other ticket of its priority.

The queue's default order (`queue_place`) puts that together with the SLA clocks: what
the dispatcher must act on now comes first, so a new emergency is at the top, not the
bottom of a list of old tickets.
"""

from __future__ import annotations

PRIORITY_ORDER = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
"""Priorities from the most urgent (T4); an unknown one goes last."""

MISSED, RUNNING, PAUSED, NO_CLOCK = range(4)
"""The groups of the queue's order, from the first."""


def urgency_rank(priority: str, emergency: bool = False, premium: bool = False) -> tuple[int, ...]:
    """A ticket's place by urgency: priority, then emergencies, then premium contracts."""
    return (PRIORITY_ORDER.get(str(priority), 9), 0 if emergency else 1, 0 if premium else 1)


def clock_group(due: float | None, left: float | None, now: float) -> int:
    """Which group a ticket's next clock puts it in: missed, running, paused or none."""
    if due is not None:
        return MISSED if due < now else RUNNING
    return PAUSED if left is not None else NO_CLOCK


def queue_place(
    priority: str,
    emergency: bool,
    premium: bool,
    due: float | None,
    left: float | None,
    now: float,
    opened: str = "",
) -> tuple[object, ...]:
    """A ticket's place in the queue's default order (the lowest first).

    ``due`` is the next clock's due instant (epoch seconds) when it runs, ``left`` the
    seconds a paused clock has left, ``now`` the instant the order is for; ``opened`` (as
    stored, sortable text) orders what nothing else separates, the oldest first.

    Emergencies come first, then each kind of ticket in four groups: missed clocks (the
    most urgent priority, then premium contracts, then the longest overdue), running
    clocks (due soonest, then by urgency), paused clocks (least time left, then by
    urgency) and tickets with no clock pending (by urgency, then the oldest).
    """
    group = clock_group(due, left, now)
    urgency = urgency_rank(priority, emergency, premium)
    first = 0 if emergency else 1
    if group == MISSED:
        return (first, group, urgency, due, opened)
    if group == RUNNING:
        # due to the minute: clocks due together are told apart by urgency (premium first)
        return (first, group, int(due or 0) // 60, urgency, opened)
    if group == PAUSED:
        return (first, group, int(left or 0) // 60, urgency, opened)
    return (first, group, urgency, 0, opened)
