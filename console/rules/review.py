"""The arithmetic of a service review (V1, V2): periods, attainment, medians and changes.

Plain functions over plain values, so the figures a manager presents are tested without a
database: the service gathers the facts, these turn them into what the pack prints.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from console.errors import ValidationError
from console.wording.phrases import phrase


class Figure(StrEnum):
    """A key figure of the review pack's first page, as a client asks for it (V2)."""

    TICKETS = "tickets"  # tickets by category, and per month
    SLA = "sla"  # attainment per target, and its chart
    REACTION = "reaction"  # median reaction, and the average in working hours (T6)
    RESOLUTION = "resolution"
    ARRIVALS = "arrivals"  # on-site arrivals
    HOURS = "hours"  # hours worked, by phase and contract, and per month
    BUNDLE = "bundle"  # FTE bundle hours used
    INVOICED = "invoiced"


def chosen_figures(stored: Iterable[str]) -> frozenset[Figure]:
    """The figures a client's pack shows: those it asked for, every one when none was
    named. Prepaid credit is not a choice: its balance is reported regularly (V2)."""
    asked = frozenset(Figure(f) for f in stored if f in Figure.__members__.values())
    return asked or frozenset(Figure)


def read_figures(words: Iterable[str], field: str) -> list[str]:
    """Figures named by their words, in the pack's order; refused for an unknown one."""
    known = {f.value for f in Figure}
    asked = {w.strip().lower() for w in words if w.strip()}
    unknown = sorted(asked - known)
    if unknown:
        raise ValidationError(
            field,
            phrase("{figure} is not a figure of the review; choose from {choices}",
                   figure=repr(unknown[0]), choices=", ".join(f.value for f in Figure)),
            "V2",
        )  # fmt: skip
    return [f.value for f in Figure if f.value in asked]


ATTAINMENT_TARGET = Decimal("0.95")
"""The share of tickets that should meet each SLA clock when no contract says otherwise."""

TARGET_RANGE = (Decimal(50), Decimal(100))
"""The attainment a contract may promise, in percent: below half is no promise at all."""

NOTE_KINDS = ("focus", "risk", "recommendation")
"""What a manager keeps between reviews: focus areas agreed at the kick-off, risks seen,
and recommendations made to the client."""

FOCUS_THEMES = (
    phrase("Backups and recovery"),
    phrase("Security updates and patching"),
    phrase("User accounts and access"),
    phrase("Workstations and printers"),
    phrase("Servers and storage"),
    phrase("Network and Wi-Fi"),
    phrase("E-mail and collaboration"),
    phrase("Monitoring and alerts"),
    phrase("Licences and renewals"),
    phrase("Hardware lifecycle"),
    phrase("Documentation of the infrastructure"),
    phrase("Training of the client's users"),
)
"""What focus areas a kick-off usually sets (V1), offered when one is written: a
manager picks one or writes their own."""

NOTE_STATUSES = ("open", "in_progress", "done", "closed")
"""Where a note stands; a closed one is no longer carried to the next review."""

CARRIED = frozenset({"open", "in_progress"})
"""Statuses a note keeps from one quarter to the next."""


@dataclass(frozen=True)
class Change:
    """How a figure moved from the previous period: the difference and, when the previous
    figure is not zero, the relative change."""

    delta: Decimal
    relative: Decimal | None


def quarter_of(day: date) -> tuple[date, date]:
    """The quarter holding ``day``, as its first day and the day after its last."""
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return first, add_months(first, 3)


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period just before: the previous quarter for a quarter, else as many days."""
    if start.day == 1 and end.day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month
        if months > 0:
            return add_months(start, -months), start
    return start - (end - start), start


def last_day(end: date) -> date:
    """The last day of a period whose ``end`` is the day after it (what a reader expects)."""
    return end - timedelta(days=1)


def months_of(start: date, end: date) -> list[date]:
    """The first day of every month the period touches."""
    out, day = [], date(start.year, start.month, 1)
    while day < end:
        out.append(day)
        day = add_months(day, 1)
    return out


def attainment(met: int, missed: int) -> Decimal | None:
    """The share of decided clocks that were met, or None when no clock was decided."""
    if met + missed == 0:
        return None
    return Decimal(met) / Decimal(met + missed)


def attainment_target(promised_pct: Iterable[Decimal]) -> Decimal:
    """The share of clocks to meet over a period: the highest that a contract in force with
    SLA targets promises (a client holds the desk to its best promise), else 95 %."""
    shares = [Decimal(p) / 100 for p in promised_pct]
    return max(shares) if shares else ATTAINMENT_TARGET


def meets_target(share: Decimal | None, target: Decimal = ATTAINMENT_TARGET) -> bool | None:
    """Whether an attainment reaches the target (None when nothing was measured)."""
    return None if share is None else share >= target


REACTION_NORM_MINUTES = 15
"""T6: the desk's usual reaction in working hours, on average."""


def mean(values: Iterable[float]) -> float | None:
    """The average, or None for no values."""
    data = list(values)
    return statistics.fmean(data) if data else None


def median(values: Iterable[float]) -> float | None:
    """The middle value (mean of the two middle ones), or None for no values."""
    data = list(values)
    return statistics.median(data) if data else None


def change(current: Decimal | float | int, previous: Decimal | float | int) -> Change:
    """The change from ``previous`` to ``current``."""
    now, before = Decimal(str(current)), Decimal(str(previous))
    delta = now - before
    return Change(delta, None if before == 0 else delta / abs(before))


def total(values: Iterable[Decimal]) -> Decimal:
    """The exact sum of Decimal values."""
    return sum(values, Decimal(0))


def carried(statuses: Sequence[str]) -> list[bool]:
    """For each note status, whether the note travels to the next review."""
    return [s in CARRIED for s in statuses]


def incident_key(title: str) -> str:
    """What makes two incidents the same one come back: the title, case and spacing aside."""
    return " ".join(title.lower().split())


def recurring_incidents(
    incidents: Iterable[tuple[str, Decimal]], least: int = 2, most: int = 5
) -> list[tuple[str, int, Decimal]]:
    """Incidents that came back: (title, how many, hours) for titles seen ``least`` times or
    more (case and spacing aside), the most frequent first, then the most hours."""
    seen: dict[str, tuple[str, int, Decimal]] = {}
    for title, hours in incidents:
        key = incident_key(title)
        first, count, spent = seen.get(key, (title, 0, Decimal(0)))
        seen[key] = (first, count + 1, spent + hours)
    found = [v for v in seen.values() if v[1] >= least]
    found.sort(key=lambda v: (-v[1], -v[2], v[0]))
    return found[:most]


def year_period(year: int) -> tuple[date, date]:
    """A calendar year as its first day and the day after its last (the yearly audit)."""
    return date(year, 1, 1), date(year + 1, 1, 1)


def quarters_in(start: date, end: date) -> list[tuple[date, date]]:
    """The quarters a period touches, each cut to the period (a year: its four quarters)."""
    out, day = [], start
    while day < end:
        _first, after = quarter_of(day)
        out.append((day, min(after, end)))
        day = after
    return out
