"""The daily cut-off for time entries (E5): past days are locked; late entries need approval."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_CUTOFF = time(0, 0)  # a day closes at midnight, local time


def cutoff_instant(work_start: datetime, zone: str, cutoff: time = DEFAULT_CUTOFF) -> datetime:
    """When the local day of ``work_start`` closes for entries."""
    local = work_start.astimezone(ZoneInfo(zone))
    closes = datetime.combine(local.date() + timedelta(days=1), cutoff, tzinfo=local.tzinfo)
    return closes


def is_locked(
    work_start: datetime, now: datetime, zone: str, cutoff: time = DEFAULT_CUTOFF
) -> bool:
    """Whether entries for that day are locked: the day's cut-off has passed."""
    return now >= cutoff_instant(work_start, zone, cutoff)


def is_late_entry(
    work_start: datetime, entered_at: datetime, zone: str, cutoff: time = DEFAULT_CUTOFF
) -> bool:
    """An entry made after its day's cut-off: it needs approval before it counts."""
    return entered_at >= cutoff_instant(work_start, zone, cutoff)


def billable_approved(provider_approved: bool, client_approved: bool) -> bool:
    """E5: time is billed as approved by both parties."""
    return provider_approved and client_approved
