"""SLA alerts for the desk's window: which tickets' clocks turned at risk or missed.

The queue keeps each open ticket's clock due first and moves it on every minute. The
dispatcher wants to hear once when one turns at risk and once when it is missed, not
every minute and not for every clock already late when the window opened (those are in
the "Breaching soon" list already). Plain functions over the queue's rows and clocks:
the window words and shows what they return.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.enums import SlaTargetKind as TargetKind
from console.queue.rows import QueueRows
from console.queue.timeline import ClockTimeline
from console.rules.sla import Clock, ClockState

ALERTING = (ClockState.AT_RISK, ClockState.BREACHED)

Seen = frozenset[tuple[Any, TargetKind, ClockState]]
"""Which (ticket, target, state) the desk was already told of, or found on opening."""


@dataclass(frozen=True)
class SlaAlert:
    """One clock that turned at risk or was missed since the desk last looked."""

    ticket_id: Any
    reference: str
    title: str
    target: TargetKind
    state: ClockState
    due_at: datetime | None
    premium: bool = False
    manager_id: Any = None
    """The premium contract's dedicated manager (C11), as the driver gives the id."""

    @property
    def breached(self) -> bool:
        """Missed, not only at risk."""
        return self.state is ClockState.BREACHED


def alerting_now(rows: QueueRows, clocks: Sequence[Clock | None], now: datetime) -> Seen:
    """Every (ticket, target, state) at risk or missed at ``now``."""
    ids = rows.columns.get("id", ())
    found = set()
    for ticket_id, clock in zip(ids, clocks, strict=False):
        if clock is None:
            continue
        state = clock.state_at(now)
        if state in ALERTING:
            found.add((ticket_id, clock.target.kind, state))
    return frozenset(found)


def new_alerts(
    rows: QueueRows, clocks: Sequence[Clock | None], now: datetime, seen: Seen
) -> tuple[list[SlaAlert], Seen]:
    """The clocks that turned at risk or missed since ``seen``, missed ones first, and what
    is seen now (a clock that recovers, say by a pause, may alert again later)."""
    current = alerting_now(rows, clocks, now)
    fresh = current - seen
    if not fresh:
        return [], current
    ids = rows.columns.get("id", ())
    alerts = []
    for i, (ticket_id, clock) in enumerate(zip(ids, clocks, strict=False)):
        if clock is None:
            continue
        state = clock.state_at(now)
        if (ticket_id, clock.target.kind, state) in fresh:
            alerts.append(_alert(rows, i, clock, state))
    return _most_urgent_first(alerts, now), current


def alerts_since(
    rows: QueueRows,
    clocks: Sequence[Clock | None],
    timeline: ClockTimeline,
    since: datetime,
    now: datetime,
    seen: Seen,
) -> tuple[list[SlaAlert], Seen]:
    """`new_alerts` for the minute timer: ``seen`` is what was alerting at ``since`` with
    these same clocks, so only the clocks with a turn in between are looked at."""
    ids = rows.columns.get("id", ())
    gone, came, alerts = set(), set(), []
    for i in timeline.turned(since, now):
        clock = clocks[i]
        if clock is None:
            continue
        before, after = clock.state_at(since), clock.state_at(now)
        gone.add((ids[i], clock.target.kind, before))
        if after not in ALERTING:
            continue
        key = (ids[i], clock.target.kind, after)
        came.add(key)
        if key not in seen:
            alerts.append(_alert(rows, i, clock, after))
    if not gone:
        return [], seen
    return _most_urgent_first(alerts, now), (seen - gone) | came


def managed_by(alert: SlaAlert, user_id: uuid.UUID | None) -> bool:
    """Whether the alert is of a premium contract whose dedicated manager is this user
    (C11): the manager hears of their own premium clients first."""
    if user_id is None or not alert.premium or alert.manager_id is None:
        return False
    manager = alert.manager_id
    # the driver gives SQLite's ids as hex text, PostgreSQL's as UUIDs
    return (manager.hex if isinstance(manager, uuid.UUID) else str(manager)) == user_id.hex


def as_heard_by(alerts: Sequence[SlaAlert], user_id: uuid.UUID | None) -> list[SlaAlert]:
    """The alerts in the order one desk user hears them: the premium tickets they manage
    first (C11), every other in the order given."""
    return sorted(alerts, key=lambda a: not managed_by(a, user_id))


def _alert(rows: QueueRows, i: int, clock: Clock, state: ClockState) -> SlaAlert:
    """The alert of row ``i``'s clock, now in ``state``."""
    cols = rows.columns
    premium, manager = cols.get("premium"), cols.get("manager_id")
    return SlaAlert(cols["id"][i], str(cols["reference"][i]), str(cols["title"][i] or ""),
                    clock.target.kind, state, clock.due_at, bool(premium and premium[i]),
                    manager[i] if manager else None)  # fmt: skip


def _most_urgent_first(alerts: list[SlaAlert], now: datetime) -> list[SlaAlert]:
    """Missed clocks first, then by due instant and reference."""
    return sorted(alerts, key=lambda a: (not a.breached, a.due_at or now, a.reference))
