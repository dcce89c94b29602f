"""When the demo's desk does its monthly billing: the calendar both time and billing follow.

A month is run on the third working day of the next month (clients approve a few days
late) and issued two working days after its run, in the desk's own zone. The time step
dates clients' approvals by it, so no entry is billed by a run made before its approval.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from .provider import DEMO_PROFILE

DESK_ZONE = ZoneInfo(DEMO_PROFILE.time_zone)
"""Where the desk runs billing and issues invoices."""
RUN_AFTER = 3
"""The working day of the next month a month is run on: clients approve a few days late."""
ISSUE_AFTER = 2
"""Working days from a run to issuing its drafts: the desk reviews them first."""

Month = tuple[int, int]


def months(first: date, today: date) -> list[Month]:
    """The months from ``first``'s to the last one finished before ``today``."""
    found = []
    year, month = first.year, first.month
    while (year, month) < (today.year, today.month):
        found.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


@cache
def run_moment(month: Month, now: datetime) -> datetime:
    """When a month's billing run is made: its usual day, or just before ``now``."""
    year, m = month
    following = date(year + 1, 1, 1) if m == 12 else date(year, m + 1, 1)
    return min(working_day(following, RUN_AFTER, time(8, 0)), now - timedelta(minutes=1))


def issue_moment(run: datetime) -> datetime:
    """When the drafts of a run made at ``run`` are issued."""
    after = run.astimezone(DESK_ZONE).date() + timedelta(days=1)
    return working_day(after, ISSUE_AFTER, time(10, 0))


def working_day(start: date, n: int, at: time) -> datetime:
    """The ``n``-th working day (Monday to Friday) from ``start`` on, at the desk's ``at``."""
    day, counted = start, 0
    while True:
        if day.weekday() < 5:
            counted += 1
            if counted == n:
                return datetime.combine(day, at, tzinfo=DESK_ZONE).astimezone(UTC)
        day += timedelta(days=1)
