"""What a service manager keeps between quarterly reviews (V1): focus areas agreed at
the kick-off, risks and recommendations, per client.

A note stays open from review to review until the manager closes it, so each quarter's
pack lists what is still open and where each focus area stands. Desk data: engineers'
replicas do not receive these rows.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity


class ReviewNote(Entity, Base):
    """One focus area, risk or recommendation of a client, with where it stands."""

    __tablename__ = "review_notes"
    __table_args__ = (
        CheckConstraint("kind IN ('focus', 'risk', 'recommendation')", name="kind"),
        CheckConstraint("status IN ('open', 'in_progress', 'done', 'closed')", name="status"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    raised_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    raised_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    closed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
