"""When the queue's clocks change as time passes, found by bisection instead of a rescan.

A clock's due and at-risk instants are fixed while its ticket does not change (see
`Clock.state_at`), so between two minutes of the window's timer only the clocks with one
of those instants in between can read differently. The instants are sorted once per set
of clocks, off the window's thread; each tick then finds the few clocks that turned by
bisection, and how many tickets are in "Breaching soon" by counting the instants passed.
At a million tickets the rescan of every clock each minute was the window's longest
stall; this costs the same whatever the queue's size.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from console.rules.sla import Clock, ClockState

BREACHING_SOON = timedelta(hours=2)
"""'Breaching soon' shows clocks due within this time, at risk, or already breached."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)
_SOON = BREACHING_SOON // _MICRO
_MOVING = (ClockState.RUNNING, ClockState.AT_RISK)
"""The states of a clock (with a due instant) that change with time alone."""
_LATE = (ClockState.BREACHED, ClockState.AT_RISK)


def micros(at: datetime) -> int:
    """An aware instant as whole microseconds since 1970 (exact, unlike a float)."""
    return (at - _EPOCH) // _MICRO


def breaching(clock: Clock | None, now: datetime) -> bool:
    """Whether a clock belongs in "Breaching soon" at ``now``: late, at risk, or due
    within two hours."""
    if clock is None or clock.due_at is None:
        return False
    state = clock.state_at(now)
    if state in (ClockState.BREACHED, ClockState.AT_RISK):
        return True
    return state is ClockState.RUNNING and clock.due_at - now <= BREACHING_SOON


@dataclass(frozen=True)
class ClockTimeline:
    """The instants at which the queue's clocks change, sorted."""

    breaching_always: int
    """Rows in "Breaching soon" whatever the time (late or at risk, and not running)."""
    breaching_from: list[int]
    """Per running clock, the instant (microseconds) from which it is in "Breaching soon"."""
    turns: list[int]
    """Instants (microseconds) at which some running clock's state changes, sorted."""
    turn_rows: list[int]
    """The row of each instant in ``turns``."""

    @classmethod
    def of(cls, clocks: Sequence[Clock | None]) -> ClockTimeline:
        """The timeline of one set of clocks (one per queue row, in row order)."""
        # Worked out again at every refresh over the whole open queue (12,889 clocks at a
        # million tickets): each instant is packed with its row into one integer, which
        # sorts as the (instant, row) pair did at a fraction of the cost, and the
        # two-hour margin is subtracted in microseconds, not as a datetime.
        always = 0
        entering: list[int] = []
        turns: list[int] = []
        bits = max(1, len(clocks)).bit_length()  # room for any row number
        for row, clock in enumerate(clocks):
            if clock is None or clock.due_at is None:
                continue
            if clock.state not in _MOVING:  # it does not change with time alone
                always += clock.state in _LATE
                continue
            due = micros(clock.due_at)
            soon = due - _SOON
            # state_at: at risk from at_risk_at on, breached once past the due instant
            turns.append(((due + 1) << bits) | row)
            if clock.at_risk_at is not None:
                risk = micros(clock.at_risk_at)
                turns.append((risk << bits) | row)
                soon = min(soon, risk)
            entering.append(soon)
        entering.sort()
        turns.sort()
        mask = (1 << bits) - 1
        return cls(always, entering, [t >> bits for t in turns], [t & mask for t in turns])

    def breaching(self, now: datetime) -> int:
        """How many rows are in "Breaching soon" at ``now``."""
        return self.breaching_always + bisect_right(self.breaching_from, micros(now))

    def turned(self, since: datetime, now: datetime) -> list[int]:
        """The rows whose clock may read differently at ``now`` than at ``since`` (either
        may be the later), each once, in row order."""
        a, b = sorted((micros(since), micros(now)))
        first, last = bisect_right(self.turns, a), bisect_right(self.turns, b)
        return sorted(set(self.turn_rows[first:last]))
