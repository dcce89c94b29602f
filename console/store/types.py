"""Column types that keep the domain's promises in every database.

SQLite has no exact decimal and no time zone, so amounts are stored as integers of
1/10,000 and times as UTC; the same representation is used in PostgreSQL so sync moves
values without conversion.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

SCALE = 10_000
"""Stored amounts are integers of 1/SCALE: four decimal places, exact."""


class ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal with four places, stored as a scaled integer; floats are refused."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        """Scale to an integer; refuse floats and values finer than 1/10,000."""
        if value is None:
            return None
        if isinstance(value, float | bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"exact decimal column got {type(value).__name__} {value!r}")
        scaled = Decimal(value) * SCALE
        if scaled != scaled.to_integral_value():
            raise TypeError(f"{value!r} has more than four decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        """Back to a Decimal with four places."""
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-4)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC; naive datetimes are refused, results are aware."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        """PostgreSQL keeps timestamptz; SQLite keeps naive UTC text."""
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        """Convert to UTC; a naive value is a bug, not a guess."""
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise TypeError(f"UTC column needs an aware datetime, got {value!r}")
        utc = value.astimezone(UTC)
        return utc if dialect.name == "postgresql" else utc.replace(tzinfo=None)

    def bind_processor(self, dialect: Dialect) -> Any:
        """On SQLite write the text SQLAlchemy's DATETIME writes, in one C call per value."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        return _sqlite_bind

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """On SQLite parse with fromisoformat instead of a regular expression."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)
        return _sqlite_result

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Always hand back an aware UTC datetime."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _sqlite_bind(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise TypeError(f"UTC column needs an aware datetime, got {value!r}")
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_result(value: Any) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
