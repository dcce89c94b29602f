"""The minute timer reads the clocks' timeline instead of rescanning the queue (issue 24):
the same counts and the same alerts as the rescan, for any clocks and any two instants
(C2: a running clock's due and at-risk instants are fixed until its ticket changes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from console.enums import SlaTargetKind
from console.queue.alerts import alerting_now, alerts_since, new_alerts
from console.queue.filters import QueueFacts, SavedFilter, count_filters, saved_filter
from console.queue.rows import QueueRows
from console.queue.timeline import ClockTimeline
from console.rules.calendar import around_the_clock
from console.rules.sla import Clock, ClockState, Target

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TARGET = Target(SlaTargetKind.RESPONSE, 60, around_the_clock())

# instants a few hours around T0, to the microsecond, so that some fall exactly on a turn
instants = st.integers(min_value=-6 * 3600, max_value=6 * 3600).flatmap(
    lambda s: st.sampled_from([0, 1, 999_999]).map(
        lambda us: T0 + timedelta(seconds=s, microseconds=us)
    )
)


@st.composite
def clocks(draw: st.DrawFn) -> Clock | None:
    """Any clock the queue can hold: none, running (with or without an at-risk instant),
    or standing still in any state."""
    kind = draw(st.sampled_from(["none", "running", "still"]))
    if kind == "none":
        return None
    due = draw(instants).replace(microsecond=0)  # the calendar gives whole seconds
    if kind == "running":
        state = draw(st.sampled_from([ClockState.RUNNING, ClockState.AT_RISK]))
        risk = draw(st.none() | st.integers(min_value=0, max_value=4 * 3600))
        at_risk = None if risk is None else due - timedelta(seconds=risk)
        return Clock(TARGET, state, T0, due, timedelta(0), timedelta(0), at_risk_at=at_risk)
    state = draw(st.sampled_from(list(ClockState)))
    return Clock(TARGET, state, T0, draw(st.none() | st.just(due)), timedelta(0), timedelta(0))


def _rows(n: int) -> QueueRows:
    refs = [f"T-{i}" for i in range(n)]
    return QueueRows(
        {
            "id": refs,
            "reference": refs,
            "title": [f"about {r}" for r in refs],
            "status": ["open"] * n,
            "emergency": [i % 3 == 0 for i in range(n)],
            "assignee_id": ["me" if i % 2 else None for i in range(n)],
        }
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(clocks(), max_size=30), instants)
def test_c2_counts_at_any_instant_are_those_of_the_saved_filters(
    queue: list[Clock | None], now: datetime
) -> None:
    rows = _rows(len(queue))
    facts = QueueFacts(queue, "me", frozenset(["T-1"]))
    counted = count_filters(rows, facts).at(now)
    assert counted == {f: len(saved_filter(rows, f, facts, now)) for f in SavedFilter}


@settings(max_examples=300, deadline=None)
@given(st.lists(clocks(), max_size=30), instants, instants)
def test_c2_alerts_since_the_last_look_are_those_of_a_full_rescan(
    queue: list[Clock | None], since: datetime, now: datetime
) -> None:
    rows = _rows(len(queue))
    seen = alerting_now(rows, queue, since)
    timeline = ClockTimeline.of(queue)
    assert alerts_since(rows, queue, timeline, since, now, seen) == new_alerts(
        rows, queue, now, seen
    )


def test_c2_a_quiet_minute_looks_at_no_clock() -> None:
    """Between two ticks where nothing turns, no clock is read at all."""
    due = T0 + timedelta(hours=5)
    running = Clock(TARGET, ClockState.RUNNING, T0, due, timedelta(0), timedelta(hours=5),
                    at_risk_at=due - timedelta(hours=1))  # fmt: skip
    timeline = ClockTimeline.of([running] * 1000)
    assert timeline.turned(T0, T0 + timedelta(minutes=1)) == []
    assert timeline.breaching(T0 + timedelta(minutes=1)) == 0
    assert timeline.breaching(due - timedelta(hours=2)) == 1000  # all within two hours
    assert len(timeline.turned(T0, due + timedelta(seconds=1))) == 1000
