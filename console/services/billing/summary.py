"""Invoices as plain data: what the billing view and the command line show of a draft."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from console.model import Contract, Invoice, Ticket
from console.services.invoicing import invoice_totals


@dataclass(frozen=True)
class LineSummary:
    """One line of an invoice as the reader sees it."""

    position: int
    day: date | None
    description: str
    hours: Decimal | None
    rate: Decimal | None
    multiplier: Decimal
    amount: Decimal
    drew_on: str
    visit_id: uuid.UUID | None


@dataclass(frozen=True)
class InvoiceSummary:
    """An invoice, draft or issued, with its lines and totals (drafts: as they stand)."""

    id: uuid.UUID
    number: str | None
    status: str
    kind: str
    client_id: uuid.UUID
    client: str
    contract: str | None
    ticket: str | None
    currency: str
    period_start: date | None
    period_end: date | None
    issue_date: date | None
    due_date: date | None
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    lines: tuple[LineSummary, ...]


def summary_of(session: Session, invoice: Invoice) -> InvoiceSummary:
    """An invoice's summary; a draft's totals are computed from its lines."""
    if invoice.number is None:
        subtotal, tax, total = invoice_totals(invoice)
    else:
        subtotal, tax, total = invoice.subtotal, invoice.tax_total, invoice.total
    contract = session.get(Contract, invoice.contract_id) if invoice.contract_id else None
    ticket = session.get(Ticket, invoice.ticket_id) if invoice.ticket_id else None
    return InvoiceSummary(
        id=invoice.id, number=invoice.number, status=str(invoice.status), kind=str(invoice.kind),
        client_id=invoice.client_id, client=invoice.client.name,
        contract=contract.name if contract else None,
        ticket=ticket.reference if ticket else None, currency=invoice.currency,
        period_start=invoice.period_start,
        period_end=invoice.period_end, issue_date=invoice.issue_date,
        due_date=invoice.due_date, subtotal=subtotal, tax=tax, total=total,
        lines=tuple(
            LineSummary(
                ln.position, ln.day, ln.description, ln.hours, ln.rate, ln.multiplier,
                ln.amount, str(ln.drew_on), ln.visit_id,
            )
            for ln in invoice.lines
        ),
    )  # fmt: skip
