"""Weekly schedules: service windows (C2) and engineers' working hours.

A schedule maps weekday keys to lists of ``[start, end]`` local times ("HH:MM"). An
interval whose end is not after its start crosses midnight into the next day; "24:00"
means the end of the day.
"""

from __future__ import annotations

import re
from typing import Any

from console.errors import ValidationError
from console.wording.phrases import phrase

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]|24:00")

Schedule = dict[str, list[list[str]]]

BASIS_10X5: Schedule = {
    d: [["08:00", "18:00"]] if d not in ("sat", "sun") else [] for d in WEEKDAYS
}
"""C2 "Basis": Monday to Friday 08:00-18:00 local time."""

COMFORT_24X7: Schedule = {d: [["00:00", "24:00"]] for d in WEEKDAYS}
"""C2 "Comfort": around the clock (desk staffed 08-18, emergency number the rest)."""

DESK_HOURS: Schedule = BASIS_10X5
"""When the desk itself is staffed; Comfort covers the rest by the emergency number."""


def minutes(hhmm: str) -> int:
    """Minutes since midnight of an "HH:MM" string."""
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def validate_schedule(value: Any, field: str = "service_window") -> Schedule:
    """Check and normalise a weekly schedule; refuses unknown days and malformed times."""
    if not isinstance(value, dict):
        raise ValidationError(
            field, phrase("must map weekdays to lists of [start, end] times"), "C2"
        )
    unknown = set(value) - set(WEEKDAYS)
    if unknown:
        raise ValidationError(
            field, phrase("unknown weekday keys {keys}", keys=sorted(unknown)), "C2"
        )
    result: Schedule = {}
    for day in WEEKDAYS:
        intervals = value.get(day, [])
        if not isinstance(intervals, list):
            raise ValidationError(field, phrase("{day} must be a list of intervals", day=day), "C2")
        clean: list[list[str]] = []
        for interval in intervals:
            if (
                not isinstance(interval, list | tuple)
                or len(interval) != 2
                or not all(isinstance(t, str) and _HHMM.fullmatch(t) for t in interval)
            ):
                raise ValidationError(
                    field,
                    phrase(
                        '{day}: {interval} is not ["HH:MM", "HH:MM"]',
                        day=day,
                        interval=repr(interval),
                    ),
                    "C2",
                )
            start, end = interval
            if start == end and start != "00:00":
                raise ValidationError(
                    field,
                    phrase("{day}: interval {start}-{end} is empty", day=day, start=start, end=end),
                    "C2",
                )
            if start == "24:00":
                raise ValidationError(
                    field, phrase("{day}: an interval cannot start at 24:00", day=day), "C2"
                )
            clean.append([start, end])
        result[day] = sorted(clean, key=lambda iv: minutes(iv[0]))
    return result


def weekly_minutes(schedule: Schedule) -> int:
    """Open minutes in one week (intervals crossing midnight count in full)."""
    total = 0
    for intervals in schedule.values():
        for start, end in intervals:
            s, e = minutes(start), minutes(end)
            total += e - s if e > s else 24 * 60 - s + e
    return total
