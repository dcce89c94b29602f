"""One engineer, one piece of work at a time: a new time entry may not overlap another.

Three identical two-hour entries were once saved for one engineer; billed, they charge the
client three times for the same hours. An entry that touches another end to start is
fine; one that was reversed (and its reversal) no longer counts as worked time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Booked:
    """Time an engineer has recorded already: which entry, when, on which ticket."""

    id: uuid.UUID
    start: datetime
    end: datetime
    ticket: str  # the ticket's reference, to name the clash


def first_clash(
    start: datetime, end: datetime, booked: Iterable[Booked], *, itself: uuid.UUID | None = None
) -> Booked | None:
    """The earliest recorded entry that overlaps [start, end), if any (``itself``: the
    entry being changed, which does not clash with its old times)."""
    clashes = [b for b in booked if b.id != itself and b.start < end and start < b.end]
    return min(clashes, key=lambda b: (b.start, b.ticket)) if clashes else None
