"""Tickets with their status history and the Express assessment (T1-T10, E1, E2)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from console.enums import Channel, Priority, TicketCategory, TicketStatus
from console.rules import fields

from .base import Base, Entity, enum_type, exact, utcnow

if TYPE_CHECKING:
    from .client import Client, Contact, Site
    from .contract import Contract
    from .people import User
    from .visit import Visit

REFERENCE_CHECK = "reference LIKE 'T-____-%'"


class Ticket(Entity, Base):
    """One question, wish or problem of a client (T1)."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("reference"),
        CheckConstraint(REFERENCE_CHECK, name="reference_format"),
        CheckConstraint("estimate_minutes IS NULL OR estimate_minutes > 0", name="estimate_t7"),
        CheckConstraint("(status = 'closed') = (closed_at IS NOT NULL)", name="closed_has_time"),
        # The queue reads open tickets in opening order; once most of the history is closed,
        # walking the full opened_at index and filtering row by row grows with that history.
        Index(
            "ix_tickets_open_by_opened",
            "opened_at",
            "id",
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
        # The queue's clock batch reads the contracts and clients of the open tickets.
        Index(
            "ix_tickets_open_terms",
            "contract_id",
            "client_id",
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
    )

    # T-YYYY-NNNNNN once the server numbered it; T-YYYY-P... while provisional (offline).
    reference: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[TicketCategory] = mapped_column(enum_type(TicketCategory, "category"))
    priority: Mapped[Priority] = mapped_column(enum_type(Priority, "priority"))
    proposed_priority: Mapped[Priority | None] = mapped_column(
        enum_type(Priority, "proposed_priority")
    )  # T4 client's proposal from the portal
    status: Mapped[TicketStatus] = mapped_column(
        enum_type(TicketStatus, "status"), default=TicketStatus.OPEN, index=True
    )
    channel: Mapped[Channel] = mapped_column(enum_type(Channel, "channel"))
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    contract_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    requester_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    estimate_minutes: Mapped[int | None] = mapped_column(Integer)  # T7
    emergency: Mapped[bool] = mapped_column(default=False)  # T10
    opened_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    first_response_at: Mapped[datetime | None] = mapped_column()
    restored_at: Mapped[datetime | None] = mapped_column()  # end of E3 phase (a)
    resolved_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    related_ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))

    client: Mapped[Client] = relationship()
    site: Mapped[Site | None] = relationship()
    contract: Mapped[Contract | None] = relationship()
    requester: Mapped[Contact | None] = relationship()
    assignee: Mapped[User | None] = relationship()
    history: Mapped[list[TicketStatusChange]] = relationship(
        back_populates="ticket", order_by="TicketStatusChange.at", cascade="all"
    )
    visits: Mapped[list[Visit]] = relationship(back_populates="ticket")
    assessment: Mapped[Assessment | None] = relationship(back_populates="ticket")

    @validates("title")
    def _title(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 300)

    @validates("category")
    def _category(self, key: str, value: object) -> TicketCategory:
        return fields.choice(TicketCategory, value, key)

    @validates("priority")
    def _priority(self, key: str, value: object) -> Priority:
        return fields.choice(Priority, value, key)

    @validates("proposed_priority")
    def _proposed(self, key: str, value: object) -> Priority | None:
        return None if value is None else fields.choice(Priority, value, key)

    @validates("status")
    def _status(self, key: str, value: object) -> TicketStatus:
        return fields.choice(TicketStatus, value, key)

    @validates("channel")
    def _channel(self, key: str, value: object) -> Channel:
        return fields.choice(Channel, value, key)

    @validates("estimate_minutes")
    def _estimate(self, key: str, value: object) -> int | None:
        return None if value is None else fields.int_between(value, key, 1, 10**7, rule="T7")

    @validates("opened_at", "first_response_at", "restored_at", "resolved_at", "closed_at")
    def _instant(self, key: str, value: object) -> datetime | None:
        return None if value is None else fields.utc_instant(value, key)


class TicketStatusChange(Base):
    """One step of a ticket's status history; append-only, SLA clocks replay it."""

    __tablename__ = "ticket_status_changes"
    __table_args__ = (
        # The queue's clock batch reads the history of every open ticket: the index alone
        # answers it, in order, without visiting the table's rows (it also serves every
        # lookup by ticket, so there is no index on ticket_id alone).
        Index("ix_ticket_status_changes_history", "ticket_id", "at", "to_status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column()
    from_status: Mapped[TicketStatus | None] = mapped_column(enum_type(TicketStatus, "from_status"))
    to_status: Mapped[TicketStatus] = mapped_column(enum_type(TicketStatus, "to_status"))
    by_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(String(300))

    ticket: Mapped[Ticket] = relationship(back_populates="history")

    @validates("at")
    def _at(self, key: str, value: object) -> datetime:
        return fields.utc_instant(value, key)


class Assessment(Entity, Base):
    """E1 free technical assessment of an emergency, and its E2 guarantee hours."""

    __tablename__ = "assessments"
    __table_args__ = (
        UniqueConstraint("ticket_id"),
        CheckConstraint(
            "guarantee_hours >= 10000 AND guarantee_hours <= 80000", name="guarantee_hours_e2"
        ),
        CheckConstraint("risk IN ('low', 'medium', 'high')", name="risk_level"),
    )

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    expert_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    answered_at: Mapped[datetime | None] = mapped_column()
    can_fix: Mapped[bool] = mapped_column(default=True)
    uncertainty: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(String(8), default="medium")
    restore_estimate_minutes: Mapped[int | None] = mapped_column(Integer)
    fix_estimate_minutes: Mapped[int | None] = mapped_column(Integer)
    guarantee_hours: Mapped[Decimal] = mapped_column(exact(), default=Decimal(1))
    guarantee_waived: Mapped[bool] = mapped_column(default=False)
    nda_accepted_default: Mapped[bool] = mapped_column(default=False)  # E7

    ticket: Mapped[Ticket] = relationship(back_populates="assessment")

    @validates("guarantee_hours")
    def _guarantee(self, key: str, value: object) -> Decimal:
        return fields.decimal_between(value, key, Decimal(1), Decimal(8), rule="E2")
