"""Giving prepaid credit back when the work it paid for is billed again (C5).

A voided draft, or an issued credit note that bills its work again, frees the time
entries and visits it billed; whatever they drew from prepaid credit is reversed, so the
next run draws it afresh and no hour is paid twice. The ledger is append-only: a
reversal entry, never a change.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import CreditEntryKind
from console.ids import new_id
from console.model import CreditEntry


def give_back_credit(
    session: Session,
    why: str,
    *,
    time_entry_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
) -> Decimal:
    """Reverse what a time entry or a visit still holds of prepaid credit; what was given."""
    column = CreditEntry.time_entry_id if time_entry_id is not None else CreditEntry.visit_id
    key = time_entry_id if time_entry_id is not None else visit_id
    if key is None:
        return Decimal(0)
    held = session.scalar(
        select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
            column == key,
            CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL]),
        )
    )
    if not held:
        return Decimal(0)
    debit = session.scalars(
        select(CreditEntry)
        .where(column == key, CreditEntry.kind == CreditEntryKind.DEBIT)
        .order_by(CreditEntry.at.desc())
    ).first()
    assert debit is not None
    session.add(
        CreditEntry(
            id=new_id(), contract_id=debit.contract_id, kind=CreditEntryKind.REVERSAL,
            unit=debit.unit, amount=-Decimal(held), currency=debit.currency,
            time_entry_id=time_entry_id, visit_id=visit_id,
            note=f"{why}: {debit.note or ''}"[:300],
        )
    )  # fmt: skip
    return -Decimal(held)
