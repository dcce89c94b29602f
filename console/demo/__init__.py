"""Demo databases for trying the console and for the benchmarks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

from sqlalchemy import Engine, func, select

from console.errors import UserError
from console.model import Ticket

from .builder import DemoBuilder
from .context import MID_MORNING
from .sizes import SIZES, DemoSize, size_named

__all__ = [
    "FIRST_TODAY",
    "LAST_TODAY",
    "SIZES",
    "DemoBuilder",
    "DemoSize",
    "build_demo",
    "size_named",
]

FIRST_TODAY = date(1970, 1, 1)
"""The earliest anchor day: record ids count milliseconds from 1970-01-01."""
LAST_TODAY = date(9998, 12, 31)
"""The latest anchor day: the demo plans visits and due dates weeks ahead of it."""


def build_demo(
    engine: Engine,
    size: DemoSize,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Fill an empty, migrated database with demo data; returns rows written per table."""
    with engine.connect() as connection:
        existing = connection.execute(select(func.count()).select_from(Ticket)).scalar_one()
    if existing:
        raise UserError(
            f"the database already holds {existing} tickets; demo data goes into a new database"
        )
    at = MID_MORNING
    if today is None:  # made now: its desk stops at this minute, nothing opened ahead of it
        made = datetime.now(UTC)
        today, at = made.date(), time(made.hour, made.minute)
    if not FIRST_TODAY <= today <= LAST_TODAY:
        raise UserError(f"today: {today} is out of range ({FIRST_TODAY} to {LAST_TODAY})")
    builder = DemoBuilder(size, seed, today, at=at)
    with engine.begin() as connection:
        writer = builder.build(connection, progress)
    return writer.counts
