"""A ticket's estimate of the effort (T7), and how the time logged on it compares.

The desk estimates what a ticket will take, in hours and minutes, and sees the time
logged against it: a ticket that runs over its estimate shows it before the month is
billed. Plain functions over plain values; the services look the values up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from console.errors import ValidationError
from console.wording.phrases import phrase

LONGEST = 1000 * 60
"""Minutes: more than a thousand hours is a project to plan, not a ticket's estimate."""

_TYPED = re.compile(r"(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?", re.IGNORECASE)


def read_minutes(text: str | None, field: str, rule: str | None = None) -> int | None:
    """A span typed as hours and minutes ("4h", "1h30m", "90m"; a bare number is
    minutes) in minutes; None for nothing typed; refused, naming ``field``, otherwise."""
    typed = (text or "").strip()
    if not typed:
        return None
    if typed.isdigit():
        return int(typed)
    found = _TYPED.fullmatch(typed)
    if found is None or not any(found.groups()):
        raise ValidationError(
            field, phrase("{text} is not a time such as 4h, 1h30m or 90m", text=repr(typed)), rule
        )
    hours, minutes = (int(g or 0) for g in found.groups())
    return hours * 60 + minutes


def check_estimate(minutes: int | None, field: str = "estimate") -> int | None:
    """A ticket's estimate as kept: None for none, else 1 minute to `LONGEST`."""
    if minutes is not None and not 0 < minutes <= LONGEST:
        raise ValidationError(field, phrase("give an estimate from 1 minute to 1,000 hours"), "T7")
    return minutes


@dataclass(frozen=True)
class EstimateUse:
    """The time logged on a ticket against its estimate, both in minutes."""

    estimate_minutes: int
    logged_minutes: int

    @property
    def share(self) -> Decimal:
        """How much of the estimate is used: 0.75 for three quarters, above 1 when over."""
        return Decimal(self.logged_minutes) / Decimal(self.estimate_minutes)

    @property
    def over_minutes(self) -> int:
        """How far the time logged runs past the estimate (0 while within it)."""
        return max(0, self.logged_minutes - self.estimate_minutes)


def estimate_use(estimate_minutes: int | None, logged_hours: Decimal) -> EstimateUse | None:
    """The time logged against the estimate; None when the ticket has no estimate."""
    if estimate_minutes is None:
        return None
    logged = int((logged_hours * 60).to_integral_value())
    return EstimateUse(estimate_minutes, logged)
