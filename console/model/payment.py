"""Payments received against invoices: append-only, like the credit ledger.

A payment is never changed or deleted (triggers enforce it); a mistake is undone by a
reversing payment, a negative amount that names the payment it takes back. What an
invoice still owes is always derived: its total, less its credit notes and payments.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, validates

from console.ids import new_id
from console.money import check_currency, exact_decimal

from .base import Base, exact, utcnow


class Payment(Base):
    """Money received for one invoice (+), or the reversal of such a payment (-)."""

    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount <> 0", name="amount_not_zero"),
        CheckConstraint("(reverses_id IS NULL) = (amount > 0)", name="reversal_negative"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(exact())
    currency: Mapped[str] = mapped_column(String(3))
    paid_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(40), default="bank transfer")
    reference: Mapped[str | None] = mapped_column(String(200))
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payments.id"))
    note: Mapped[str | None] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    @validates("amount")
    def _amount(self, key: str, value: object) -> Decimal:
        return exact_decimal(value, key)

    @validates("currency")
    def _currency(self, key: str, value: object) -> str:
        return check_currency(value, key)
