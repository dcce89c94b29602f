"""Custom closures that SLA clocks skip besides public holidays (C2)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, validates

from console.errors import ValidationError
from console.rules.schedule import minutes
from console.wording.phrases import phrase

from .base import Base, Entity


class Closure(Entity, Base):
    """A day or part of a day the clock does not run, for one client or for everyone.

    ``start_time``/``end_time`` (local "HH:MM") make it a partial-day closure; both empty
    close the whole day.
    """

    __tablename__ = "closures"
    __table_args__ = (
        CheckConstraint(
            "(start_time IS NULL AND end_time IS NULL) OR "
            "(start_time IS NOT NULL AND end_time IS NOT NULL AND start_time < end_time)",
            name="partial_day_ordered",
        ),
    )

    client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    reason: Mapped[str] = mapped_column(String(200))

    @validates("start_time", "end_time")
    def _time(self, key: str, value: object) -> str | None:
        if value is None:
            return None
        try:
            minutes(str(value))
        except ValueError:
            raise ValidationError(
                key, phrase("{value} is not a time HH:MM", value=repr(value)), "C2"
            ) from None
        return str(value)
