"""The kick-off that starts a client's on-site support (V1): when it was held, the
consultants agreed for the client and what was agreed.

The focus areas set there are review notes of their own (they carry a status from
quarter to quarter); this row keeps the meeting and who will serve the client. Desk
data: engineers' replicas do not receive these rows.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity


class Kickoff(Entity, Base):
    """One kick-off meeting of a client; the latest before a period is the one in force."""

    __tablename__ = "kickoffs"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    # the engineers agreed as the client's consultants, by id, in the order named
    consultants: Mapped[list[str]] = mapped_column(default=list)
    summary: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
