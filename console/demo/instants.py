"""Instants as whole microseconds since the epoch, the form the demo's packed arrays keep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def micros(at: datetime) -> int:
    """An aware instant as whole microseconds since the epoch (exact both ways)."""
    delta = at - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def instant(value: int) -> datetime:
    """The aware UTC instant of whole microseconds since the epoch."""
    return EPOCH + timedelta(microseconds=value)
