"""Demo databases for trying the console and for the benchmarks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import Engine, func, select

from console.errors import UserError
from console.model import Ticket

from .generator import SIZES, DemoBuilder, DemoSize, size_named

__all__ = ["SIZES", "DemoBuilder", "DemoSize", "build_demo", "size_named"]


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
    builder = DemoBuilder(size, seed, today or datetime.now(UTC).date())
    with engine.begin() as connection:
        writer = builder.build(connection, progress)
    return writer.counts
