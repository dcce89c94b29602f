"""Statements as plain data: the prepaid credit ledger (C5, V2) and an FTE month (C7)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContractKind, CreditEntryKind, CreditUnit, DrewOn, InvoiceKind
from console.errors import UserError
from console.model import Client, Contract, CreditEntry, Invoice, InvoiceLine
from console.rules.credit import CreditAlert, LedgerEntry, alert, balance
from console.wording.phrases import phrase


@dataclass(frozen=True)
class Movement:
    """One ledger line with the balance after it."""

    at: datetime
    kind: CreditEntryKind
    note: str
    amount: Decimal
    balance_after: Decimal
    overdraft: bool


@dataclass(frozen=True)
class CreditStatement:
    """A prepaid contract's ledger over a period (C5)."""

    contract_id: uuid.UUID
    client_id: uuid.UUID
    contract: str
    unit: CreditUnit
    currency: str
    start: date
    end: date
    opening: Decimal
    movements: list[Movement]
    closing: Decimal
    alert: CreditAlert | None


def _client_day_bounds(client: Client, start: date, end: date) -> tuple[datetime, datetime]:
    zone = ZoneInfo(client.time_zone)
    return datetime.combine(start, time(0), zone), datetime.combine(end, time(0), zone)


def credit_statement(
    session: Session, contract_id: uuid.UUID, start: date, end: date
) -> CreditStatement:
    """Opening balance, every movement from ``start`` to before ``end``, closing balance."""
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise UserError(phrase("contract {contract_id} does not exist", contract_id=contract_id))
    if contract.kind != ContractKind.PREPAID_CREDIT:
        raise UserError(
            phrase("contract {name} is not prepaid credit; no credit statement", name=contract.name)
        )
    if end <= start:
        raise UserError(phrase("period: the end must come after the start"))
    client = session.get_one(Client, contract.client_id)
    lo, hi = _client_day_bounds(client, start, end)
    entries = session.scalars(
        select(CreditEntry).where(CreditEntry.contract_id == contract.id).where(CreditEntry.at < hi)
        .order_by(CreditEntry.at, CreditEntry.id)
    ).all()  # fmt: skip
    before = [e for e in entries if e.at < lo]
    opening = balance(LedgerEntry(CreditEntryKind(e.kind), e.amount) for e in before)
    running = opening
    movements = []
    for e in entries[len(before) :]:
        running += e.amount
        movements.append(
            Movement(e.at, CreditEntryKind(e.kind), e.note or "", e.amount, running, e.overdraft)
        )
    return CreditStatement(
        contract.id, client.id, contract.name, CreditUnit(contract.credit_unit or "money"),
        contract.currency, start, end, opening, movements, running,
        alert(running, contract.low_credit_threshold),
    )  # fmt: skip


@dataclass(frozen=True)
class FteLine:
    """Hours of one billed line in the month."""

    day: date | None
    description: str
    hours: Decimal
    drew_on: DrewOn


@dataclass(frozen=True)
class FteMonth:
    """C7: the month's bundle, the hours drawn on it, and the hours invoiced beyond it."""

    contract_id: uuid.UUID
    client_id: uuid.UUID
    contract: str
    first_day: date
    bundle_hours: Decimal
    used_hours: Decimal
    overage_hours: Decimal
    lines: list[FteLine]
    overage_invoices: list[str]

    @property
    def remaining_hours(self) -> Decimal:
        """Bundle hours not used this month."""
        return max(Decimal(0), self.bundle_hours - self.used_hours)


def fte_month(session: Session, contract_id: uuid.UUID, year: int, month: int) -> FteMonth:
    """What the monthly run drew from an FTE bundle in one month, from the billed lines."""
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise UserError(phrase("contract {contract_id} does not exist", contract_id=contract_id))
    if contract.kind != ContractKind.FTE_BUNDLE or contract.bundle_hours is None:
        raise UserError(
            phrase("contract {name} is not an FTE bundle; no FTE statement", name=contract.name)
        )
    first_day = date(year, month, 1)
    rows = session.execute(
        select(InvoiceLine.day, InvoiceLine.description, InvoiceLine.hours, InvoiceLine.drew_on,
               Invoice.kind, Invoice.number)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.contract_id == contract.id, Invoice.period_start == first_day)
        .where(InvoiceLine.hours.is_not(None))
        .order_by(InvoiceLine.day, InvoiceLine.position)
    ).all()  # fmt: skip
    lines = [FteLine(d, desc, Decimal(h or 0), DrewOn(drew)) for d, desc, h, drew, _k, _n in rows]
    used = sum((ln.hours for ln in lines if ln.drew_on is DrewOn.FTE_BUNDLE), Decimal(0))
    over = sum(
        (Decimal(h or 0) for _d, _s, h, _w, kind, _n in rows if kind == InvoiceKind.FTE_OVERAGE),
        Decimal(0),
    )
    numbers = sorted({n or "draft" for *_x, kind, n in rows if kind == InvoiceKind.FTE_OVERAGE})
    return FteMonth(
        contract.id, contract.client_id, contract.name, first_day, contract.bundle_hours,
        used, over, lines, numbers,
    )  # fmt: skip
