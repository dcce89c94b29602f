"""The prepaid credit ledger (C5): append-only, the balance is always derived."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, validates

from console.enums import CreditEntryKind, CreditUnit
from console.money import exact_decimal
from console.rules import fields

from .base import Base, enum_type, exact, utcnow


class CreditEntry(Base):
    """One movement of a prepaid credit: top-up (+), debit (-), adjustment, reversal.

    Rows are never updated or deleted (triggers enforce it); a mistake is undone with a
    reversal entry. An offline debit that overdraws is kept and flagged, never dropped.
    """

    __tablename__ = "credit_entries"
    __table_args__ = (
        CheckConstraint("kind <> 'top_up' OR amount > 0", name="top_up_positive"),
        CheckConstraint("kind <> 'debit' OR amount < 0", name="debit_negative"),
        CheckConstraint("unit <> 'money' OR currency IS NOT NULL", name="money_has_currency"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[CreditEntryKind] = mapped_column(enum_type(CreditEntryKind, "kind"))
    unit: Mapped[CreditUnit] = mapped_column(enum_type(CreditUnit, "unit"))
    amount: Mapped[Decimal] = mapped_column(exact())
    currency: Mapped[str | None] = mapped_column(String(3))
    time_entry_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("time_entries.id"), index=True
    )
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"), index=True)
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("credit_entries.id"))
    overdraft: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(String(300))
    by_user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    @validates("amount")
    def _amount(self, key: str, value: object) -> Decimal:
        return exact_decimal(value, key)

    @validates("kind")
    def _kind(self, key: str, value: object) -> CreditEntryKind:
        return fields.choice(CreditEntryKind, value, key)
