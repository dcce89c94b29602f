"""Invoices and their lines (C3-C8, E2-E4); numbers are given on issue, gapless.

A correction is a credit note: an invoice row of its own kind that names the invoice it
credits, with negative lines that each name the line they take back, numbered in a
series of its own and frozen on issue like any invoice.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from console.enums import DrewOn, InvoiceKind, InvoiceStatus
from console.money import check_currency, exact_decimal
from console.rules import fields

from .base import Base, Entity, enum_type, exact

if TYPE_CHECKING:
    from .client import Client


class Invoice(Entity, Base):
    """A bill to a client; drafts have no number, issued invoices are frozen with a hash."""

    __tablename__ = "invoices"
    __table_args__ = (
        UniqueConstraint("issuer", "number"),
        CheckConstraint(
            "(status = 'draft' AND number IS NULL AND issue_date IS NULL) OR "
            "(status <> 'draft' AND number IS NOT NULL AND issue_date IS NOT NULL)",
            name="number_only_when_issued",
        ),
        CheckConstraint("period_end IS NULL OR period_end >= period_start", name="period"),
        CheckConstraint("due_date IS NULL OR due_date >= issue_date", name="due_after_issue"),
        CheckConstraint(
            "(kind = 'credit_note') = (credits_invoice_id IS NOT NULL) AND "
            "(kind = 'credit_note' OR (credit_reason IS NULL AND NOT rebill))",
            name="credit_note_fields",
        ),
        # an Express close asks what its ticket was billed already (guarantee, open
        # drafts); without it each close read every invoice, so a year of closes grew
        # with the square of the invoices. Only emergencies' invoices carry a ticket.
        Index(
            "ix_invoices_ticket_id",
            "ticket_id",
            sqlite_where=text("ticket_id IS NOT NULL"),
            postgresql_where=text("ticket_id IS NOT NULL"),
        ),
    )

    issuer: Mapped[str] = mapped_column(String(40))
    number: Mapped[str | None] = mapped_column(String(24))
    kind: Mapped[InvoiceKind] = mapped_column(enum_type(InvoiceKind, "kind"))
    status: Mapped[InvoiceStatus] = mapped_column(
        enum_type(InvoiceStatus, "status"), default=InvoiceStatus.DRAFT
    )
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    contract_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contracts.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))
    currency: Mapped[str] = mapped_column(String(3))
    issue_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    subtotal: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))
    payment_terms: Mapped[str] = mapped_column(String(200), default="")
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    # a credit note: the invoice it corrects, why, and whether the work it takes back is
    # billed again by the next run (the entries are freed when it is issued, not before)
    credits_invoice_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invoices.id"), index=True
    )
    credit_reason: Mapped[str | None] = mapped_column(String(500))
    rebill: Mapped[bool] = mapped_column(default=False, server_default=false())

    client: Mapped[Client] = relationship()
    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", order_by="InvoiceLine.position", cascade="all, delete-orphan"
    )

    @validates("currency")
    def _currency(self, key: str, value: object) -> str:
        return check_currency(value, key)

    @validates("kind")
    def _kind(self, key: str, value: object) -> InvoiceKind:
        return fields.choice(InvoiceKind, value, key)

    @validates("subtotal", "tax_total", "total")
    def _amount(self, key: str, value: object) -> Decimal:
        return exact_decimal(value, key)


class InvoiceLine(Entity, Base):
    """One priced line; says what it drew on (FTE bundle, credit, guarantee, rate)."""

    __tablename__ = "invoice_lines"
    __table_args__ = (
        CheckConstraint("multiplier > 0", name="multiplier_positive"),
        CheckConstraint("tax_rate_pct >= 0", name="tax_rate_not_negative"),
    )

    invoice_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[date | None] = mapped_column(Date)
    engineer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("engineers.id"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"), index=True)
    description: Mapped[str] = mapped_column(String(500))
    hours: Mapped[Decimal | None] = mapped_column(exact())
    rate: Mapped[Decimal | None] = mapped_column(exact())
    multiplier: Mapped[Decimal] = mapped_column(exact(), default=Decimal(1))
    amount: Mapped[Decimal] = mapped_column(exact())
    tax_rate_pct: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))
    tax_exemption: Mapped[str | None] = mapped_column(String(200))
    drew_on: Mapped[DrewOn] = mapped_column(enum_type(DrewOn, "drew_on"))
    # on a credit note: the invoice line it takes back (each line is credited at most once)
    credits_line_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("invoice_lines.id"), index=True
    )

    invoice: Mapped[Invoice] = relationship(back_populates="lines")

    @validates("hours", "rate", "multiplier", "amount", "tax_rate_pct")
    def _exact(self, key: str, value: object) -> Decimal | None:
        if value is None and key in ("hours", "rate"):
            return None
        return exact_decimal(value, key)

    @validates("drew_on")
    def _drew(self, key: str, value: object) -> DrewOn:
        return fields.choice(DrewOn, value, key)


class NumberSequence(Base):
    """Next number per series and year (ticket references, visits, invoice numbers).

    Taken under the row lock in the same transaction as the row that uses it, so a
    rolled-back transaction gives its number back and the series stays gapless.
    """

    __tablename__ = "number_sequences"

    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)
