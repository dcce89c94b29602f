"""Alerts taken in from monitoring (T1, T10): each notice, the ticket it opened or noted.

One row per notice of a monitoring system, keyed by its event key (source, problem,
state, start: see `console.rules.alerts.Alert.event_key`), so a notice taken in twice is
recognised and changes nothing. The rows of one problem (its `alert_key`) point at the
ticket they gathered on; the newest one whose ticket is still open is where the next
notice goes. A notice whose client is not known yet waits here, with no ticket, until
the desk names the client.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity, utcnow


class MonitoringAlert(Entity, Base):
    """One notice of a monitoring system, and what it did."""

    __tablename__ = "monitoring_alerts"
    __table_args__ = (UniqueConstraint("event_key"),)

    source: Mapped[str] = mapped_column(String(20))
    # the problem it is about: the same for every notice of that problem
    alert_key: Mapped[str] = mapped_column(String(300), index=True)
    event_key: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10))
    severity: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(String(255), default="")
    starts_at: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    emergency: Mapped[bool] = mapped_column(default=False)
    # empty while the alert waits for the desk to name its client
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    note_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("notes.id"))
    # what the alert said, as plain values (console.rules.alerts.alert_record)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # why it waits (no client named), for the desk
    reason: Mapped[str] = mapped_column(Text, default="")
