"""SLA clocks (C2, T6, D7, D9, E1, P2): due time, time used, state and an explanation.

A clock is always recomputed from the full status history, never by adding pause time as
it happens: changing a ticket's contract or priority mid-pause, or reopening it, then
gives the right answer by construction. A clock runs while the ticket's status is not one
of the target's pause statuses and not Closed (a reopened ticket continues where it
stopped), and only inside the target's business calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from console.enums import SlaCause, SlaTargetKind, TicketStatus
from console.rules.calendar import BusinessCalendar, Cause


class ClockState(StrEnum):
    """What a dispatcher needs to know about a clock at a glance."""

    NOT_STARTED = "not_started"  # e.g. arrival before the client approved the visit (D7)
    RUNNING = "running"
    AT_RISK = "at_risk"
    PAUSED = "paused"
    BREACHED = "breached"
    MET = "met"


@dataclass(frozen=True)
class StatusChange:
    """The ticket entered ``status`` at instant ``at``."""

    at: datetime
    status: TicketStatus


@dataclass(frozen=True)
class Target:
    """One promise: this much business time on this calendar, paused by these statuses."""

    kind: SlaTargetKind
    minutes: int
    calendar: BusinessCalendar
    pause_statuses: frozenset[TicketStatus] = frozenset()
    at_risk_pct: int = 80

    @property
    def duration(self) -> timedelta:
        """The promised business time."""
        return timedelta(minutes=self.minutes)


class Promised(Protocol):
    """What a clock tells of its target: the kind of promise and its length.

    A `Target` is one; so is what the queue remembers of a clock, without its calendar
    (the queue shows clocks, it does not work them out again from them).
    """

    @property
    def kind(self) -> SlaTargetKind:
        """Which promise: response, resolution, assessment or arrival."""
        ...

    @property
    def minutes(self) -> int:
        """The promised business time in minutes."""
        ...


@dataclass(frozen=True)
class Segment:
    """One stretch of the explanation: counted, paused, or skipped by the calendar."""

    start: datetime
    end: datetime
    kind: str  # "counted" | "paused" | "skipped"
    causes: tuple[Cause, ...]


@dataclass
class Clock:
    """The answer for one target of one ticket."""

    target: Promised
    state: ClockState
    started_at: datetime | None
    due_at: datetime | None
    used: timedelta
    remaining: timedelta
    met_at: datetime | None = None
    segments: list[Segment] = field(default_factory=list)
    at_risk_at: datetime | None = None  # when a running clock turns at risk
    as_of: datetime | None = None
    """When ``used`` and ``remaining`` were measured: for a running clock they grow stale
    as time passes, while its due and at-risk instants (and so `state_at`) stay true."""

    def state_at(self, now: datetime) -> ClockState:
        """The state at a later instant without recomputing (a countdown's refresh).

        Valid while the ticket's history does not change: a running clock's due and
        at-risk instants are fixed, a paused or met clock stays as it is.
        """
        if self.state in (ClockState.RUNNING, ClockState.AT_RISK) and self.due_at is not None:
            if now > self.due_at:
                return ClockState.BREACHED
            if self.at_risk_at is not None and now >= self.at_risk_at:
                return ClockState.AT_RISK
            return ClockState.RUNNING
        return self.state


def _stops_clock(status: TicketStatus, target: Target) -> bool:
    return status is TicketStatus.CLOSED or status in target.pause_statuses


def running_periods(
    target: Target,
    start: datetime,
    end: datetime,
    history: Sequence[StatusChange],
) -> list[tuple[datetime, datetime, TicketStatus, bool]]:
    """Split [start, end) by status: (from, to, status, running) in time order."""
    ordered = sorted(history, key=lambda c: c.at)
    status = TicketStatus.OPEN
    changes: list[StatusChange] = []
    for change in ordered:
        if change.at <= start:
            status = change.status  # the status in force when the clock starts
        else:
            changes.append(change)
    periods = []
    cursor = start
    for change in changes:
        if change.at >= end:
            break
        if change.at > cursor:
            periods.append((cursor, change.at, status, not _stops_clock(status, target)))
        cursor, status = change.at, change.status
    if end > cursor:
        periods.append((cursor, end, status, not _stops_clock(status, target)))
    return periods


def evaluate(
    target: Target,
    started_at: datetime | None,
    history: Sequence[StatusChange],
    now: datetime,
    met_at: datetime | None = None,
    explain: bool = False,
) -> Clock:
    """Compute a clock from its start, the status history and the met event (if any)."""
    duration = target.duration
    if started_at is None:
        return Clock(target, ClockState.NOT_STARTED, None, None, timedelta(0), duration, as_of=now)
    end = met_at if met_at is not None else now
    if end < started_at:
        end = started_at
    periods = running_periods(target, started_at, end, history)
    cal = target.calendar
    target_s = target.minutes * 60
    risk_s = -(-target_s * target.at_risk_pct // 100)
    used_s = 0
    due_epoch: int | None = None
    risk_epoch: int | None = None
    for a, b, _status, running in periods:
        if not running:
            continue
        here = cal.business_seconds_between(_epoch(a), _epoch(b))
        if risk_epoch is None and used_s + here >= risk_s:
            risk_epoch = cal.due_epoch(_epoch(a), risk_s - used_s)
        if due_epoch is None and used_s + here >= target_s:
            due_epoch = cal.due_epoch(_epoch(a), target_s - used_s)
        used_s += here
    paused = bool(periods) and not periods[-1][3]
    if due_epoch is None and not paused:
        # Not reached yet and still running (or met early): continue from the end.
        due_epoch = cal.due_epoch(_epoch(end), target_s - used_s)
        if risk_epoch is None:
            risk_epoch = cal.due_epoch(_epoch(end), risk_s - used_s)
    due = None if due_epoch is None else _dt(due_epoch)
    used = timedelta(seconds=used_s)
    remaining = duration - used
    if met_at is not None:
        state = ClockState.MET if used_s <= target_s else ClockState.BREACHED
    elif due is not None and now > due:
        state = ClockState.BREACHED
    elif paused:
        state = ClockState.PAUSED
    elif used_s * 100 >= target_s * target.at_risk_pct:
        state = ClockState.AT_RISK
    else:
        state = ClockState.RUNNING
    clock = Clock(target, state, started_at, due, used, remaining, met_at, as_of=end)
    if risk_epoch is not None and not paused and met_at is None:
        clock.at_risk_at = _dt(risk_epoch)
    if explain:
        clock.segments = _segments(target, periods)
    return clock


INSIDE = (Cause(SlaCause.INSIDE_WINDOW),)


def _segments(
    target: Target, periods: list[tuple[datetime, datetime, TicketStatus, bool]]
) -> list[Segment]:
    out: list[Segment] = []
    cal = target.calendar
    for a, b, status, running in periods:
        if not running:
            out.append(Segment(a, b, "paused", (Cause(SlaCause.TICKET_STATUS, status.value),)))
            continue
        pieces = [Segment(s, e, "counted", INSIDE) for s, e in cal.open_intervals(a, b)]
        pieces += [Segment(g.start, g.end, "skipped", g.causes) for g in cal.gaps(a, b)]
        out.extend(sorted(pieces, key=lambda seg: seg.start))
    return out


def next_clock(clocks: Iterable[Clock]) -> Clock | None:
    """The clock a queue shows: the open target due first, else the paused one nearest its end.

    Met clocks, in time or late, and clocks not started yet (arrival before approval, D7)
    are not pending: a response given late is history (the ticket's SLA tab shows it),
    while the resolution it came before still runs.
    """
    pending = [
        c
        for c in clocks
        if c.state not in (ClockState.MET, ClockState.NOT_STARTED) and c.met_at is None
    ]
    timed = [c for c in pending if c.due_at is not None]
    if timed:
        return min(timed, key=lambda c: c.due_at or c.started_at or _dt(0))
    if pending:
        return min(pending, key=lambda c: c.remaining)
    return None


def outcome_clock(clocks: Iterable[Clock]) -> Clock | None:
    """How a closed ticket's targets ended, for a listing of history: the target met the
    longest after its due instant, else the one met last (in time).

    Only targets that were met count: one that never was on a closed ticket (an arrival
    for a visit the remote fix made needless) ended without an answer to give.
    """
    ended = [(c.met_at, c) for c in clocks if c.met_at is not None]
    late = [
        (met - c.due_at, c)
        for met, c in ended
        if c.state is ClockState.BREACHED and c.due_at is not None
    ]
    if late:
        return max(late, key=lambda pair: pair[0])[1]
    return max(ended, key=lambda pair: pair[0])[1] if ended else None


def resolution_met_at(history: Sequence[StatusChange]) -> datetime | None:
    """When a ticket was last closed, if it is closed now (a reopen undoes it: T2, T8)."""
    ordered = sorted(history, key=lambda c: c.at)
    if ordered and ordered[-1].status is TicketStatus.CLOSED:
        return ordered[-1].at
    return None


def _epoch(t: datetime) -> int:
    return int(t.timestamp())


def _dt(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@dataclass(frozen=True)
class TicketFacts:
    """What a ticket's clocks start and stop on, read from the store as plain data."""

    opened_at: datetime | None
    first_response_at: datetime | None
    history: Sequence[StatusChange]
    answered_at: datetime | None = None
    """When the assessment was answered (E2)."""
    approved_at: datetime | None = None
    """When the client approved the latest approved visit (D7)."""
    arrived_at: datetime | None = None
    """When the engineer arrived for that visit."""
    emergency: bool = False
    """Whether the ticket is an emergency (T10): its arrival counts from the report (P2)."""


def start_and_met(
    kind: SlaTargetKind, facts: TicketFacts
) -> tuple[datetime | None, datetime | None]:
    """When a target's clock starts and when it was met, for one ticket (T6, E2, D7, D9).

    The ticket pane and the queue's batch both ask here, so a ticket's clock reads the
    same in both.

    The engineer's arrival counts from the client's approval of a planned visit (D7), but
    for an emergency from the moment it was reported, the ticket's opening (D9: on site
    within 1-2 hours of the report). Either way the clock shows only once a visit is
    approved: until then nobody travels and the emergency may still be fixed remotely.
    """
    if kind is SlaTargetKind.RESPONSE:
        return facts.opened_at, facts.first_response_at
    if kind is SlaTargetKind.RESOLUTION:
        return facts.opened_at, resolution_met_at(facts.history)
    if kind is SlaTargetKind.ASSESSMENT:
        return facts.opened_at, facts.answered_at
    if kind is SlaTargetKind.ARRIVAL:
        if facts.emergency and facts.approved_at is not None and facts.opened_at is not None:
            return min(facts.opened_at, facts.approved_at), facts.arrived_at  # P2: the report
        return facts.approved_at, facts.arrived_at  # D7: from the client's approval
    return facts.opened_at, None


def latest_event(facts: TicketFacts) -> datetime:
    """The instant of the latest event a ticket's clocks read (1970 when none).

    Asked about any instant from this one on, the clocks answer alike but for time
    passing (`Clock.state_at`); before it, some event has not happened yet.
    """
    instants = [change.at for change in facts.history]
    instants += (
        t
        for t in (
            facts.opened_at,
            facts.first_response_at,
            facts.answered_at,
            facts.approved_at,
            facts.arrived_at,
        )
        if t is not None
    )
    return max(instants, default=_dt(0))
