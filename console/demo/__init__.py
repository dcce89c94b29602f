"""Demo databases for trying the console and for the benchmarks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time

from sqlalchemy import Connection, Engine, func, select

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
    engine.dispose()  # the check's pooled connection let go: the build is the only one
    with engine.connect() as connection, _rollback_journal(connection), connection.begin():
        writer = builder.build(connection, progress)
    return writer.counts


@contextmanager
def _rollback_journal(connection: Connection) -> Iterator[None]:
    """Build a SQLite store under a rollback journal, then give it back its WAL.

    The demo is one transaction, so that a build stopped half-way leaves nothing. In WAL
    mode every page of it goes to the WAL first, and each page read that misses the
    cache looks through the WAL's index, which grows with it: at a million tickets the
    WAL held 7 GB and the steps ran twelve times slower for ten times the rows. A new
    database under a rollback journal writes its pages in place and journals almost
    nothing, and is as atomic. Where the mode cannot change (another connection is
    open), the build stays in WAL, only slower.
    """
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
        connection.commit()
    try:
        yield
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            connection.commit()
