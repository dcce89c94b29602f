"""An engineer's week on paper: days across, tickets down, hours in the cells, totals.

Days are the engineer's own days (their home zone), so a late evening in New York is not
counted on the next day because the store keeps UTC. Weeks are ISO weeks, Monday first,
written the ISO way (2026-W48).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from console.errors import ValidationError
from console.wording.phrases import phrase

_WEEK = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


def parse_week(text: str, field: str = "week") -> date:
    """The Monday of an ISO week written YYYY-Www; refused by field otherwise."""
    found = _WEEK.match(text or "")
    if found is None:
        raise ValidationError(field, phrase("write a week as YYYY-Www, e.g. 2026-W48"))
    year, week = int(found[1]), int(found[2])
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValidationError(
            field, phrase("{year} has no week {week}", year=str(year), week=str(week))
        ) from None


def parse_day(text: str, field: str = "day") -> date:
    """A day written YYYY-MM-DD; refused by field otherwise."""
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        raise ValidationError(field, phrase("write a day as YYYY-MM-DD")) from None


def week_name(monday: date) -> str:
    """The ISO name of the week a day falls in (2026-W48)."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def monday_of(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


def local_span(first: date, days: int, zone: str) -> tuple[datetime, datetime]:
    """The instants (aware) that bound ``days`` whole days from ``first`` in a zone."""
    tz = ZoneInfo(zone)
    start = datetime.combine(first, time(0), tzinfo=tz)
    end = datetime.combine(first + timedelta(days=days), time(0), tzinfo=tz)
    return start, end


def whole_seconds(start: datetime, end: datetime) -> int:
    """Worked seconds of a span; a part of a second does not count."""
    return int((end - start).total_seconds())


def hours_of(seconds: int) -> Decimal:
    """Seconds as hours; spans are totalled in seconds first, so a total does not hang on
    the order its spans were added in."""
    return Decimal(seconds) / 3600


def hours_between(start: datetime, end: datetime) -> Decimal:
    """Worked hours of a span, to the second."""
    return hours_of(whole_seconds(start, end))


@dataclass(frozen=True)
class Worked:
    """One entry as the sheet counts it: the engineer's day, the ticket, hours."""

    day: date
    ticket: str
    title: str
    hours: Decimal
    billable: bool


@dataclass(frozen=True)
class SheetRow:
    """One ticket's hours, Monday to Sunday, and its week total."""

    ticket: str
    title: str
    days: tuple[Decimal, ...]
    total: Decimal


@dataclass(frozen=True)
class Sheet:
    """A week: its days, a row per ticket, day totals, the week's total and billable part."""

    monday: date
    rows: tuple[SheetRow, ...]
    day_totals: tuple[Decimal, ...]
    total: Decimal
    billable: Decimal

    @property
    def days(self) -> tuple[date, ...]:
        """The seven days of the week, Monday first."""
        return tuple(self.monday + timedelta(days=i) for i in range(7))


def split_by_day(start: datetime, end: datetime, zone: str) -> list[tuple[date, Decimal]]:
    """A span's hours per local day: work past midnight counts on the day it was done."""
    tz = ZoneInfo(zone)
    local, stop = start.astimezone(tz), end.astimezone(tz)
    out: list[tuple[date, Decimal]] = []
    while local < stop:
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=tz)
        piece_end = min(stop, midnight)
        out.append((local.date(), hours_between(local, piece_end)))
        local = piece_end
    return out


def sheet(monday: date, worked: Iterable[Worked]) -> Sheet:
    """Sum the worked hours of one week into a grid, tickets in reference order."""
    days = [monday + timedelta(days=i) for i in range(7)]
    grid: dict[str, list[Decimal]] = {}
    titles: dict[str, str] = {}
    billable = Decimal(0)
    for w in worked:
        if w.day not in days:
            continue
        cells = grid.setdefault(w.ticket, [Decimal(0)] * 7)
        titles.setdefault(w.ticket, w.title)
        cells[days.index(w.day)] += w.hours
        if w.billable:
            billable += w.hours
    rows = tuple(
        SheetRow(ticket, titles[ticket], tuple(cells), sum(cells, Decimal(0)))
        for ticket, cells in sorted(grid.items())
    )
    day_totals = tuple(sum((r.days[i] for r in rows), Decimal(0)) for i in range(7))
    return Sheet(monday, rows, day_totals, sum(day_totals, Decimal(0)), billable)
