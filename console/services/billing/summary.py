"""Invoices as plain data: what the billing view and the command line show of a draft."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import InvoiceKind, InvoiceStatus
from console.model import Contract, Invoice, InvoiceLine, Payment, Ticket
from console.services.invoicing import (
    already_credited,
    credited_amount,
    invoice_totals,
    paid_amount,
    plain_totals,
)

Settled = tuple[frozenset[uuid.UUID], Decimal, Decimal]
"""What became of an issued invoice: the lines credit notes (drafts too) take back, what
issued credit notes took back, and what was paid."""
UNTOUCHED: Settled = (frozenset(), Decimal(0), Decimal(0))
"""An invoice just issued: nothing credited or paid yet."""


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
    credited: bool = False  # a credit note took this line back already


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
    lines: tuple[LineSummary, ...]  # a real run's report leaves them out: they are stored
    line_count: int = 0
    credits: str | None = None  # a credit note: the number of the invoice it corrects
    reason: str | None = None  # a credit note: why
    rebill: bool = False  # a credit note: its work is billed again by the next run
    credited: Decimal = Decimal(0)  # an invoice: what issued credit notes took back
    paid: Decimal = Decimal(0)  # an invoice: payments received, less reversals
    open: Decimal = Decimal(0)  # an issued invoice: what it still owes

    @property
    def is_credit_note(self) -> bool:
        """Whether this corrects an invoice rather than bills."""
        return self.kind == InvoiceKind.CREDIT_NOTE.value


def settled_of(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, Settled]:
    """What became of many issued invoices, in three queries rather than three each."""
    if not ids:
        return {}
    note = Invoice.credits_invoice_id
    taken: dict[uuid.UUID, set[uuid.UUID]] = {}
    for invoice_id, line_id in session.execute(
        select(note, InvoiceLine.credits_line_id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(note.in_(ids), InvoiceLine.credits_line_id.is_not(None))
    ):
        if invoice_id is not None and line_id is not None:
            taken.setdefault(invoice_id, set()).add(line_id)
    credited = dict(
        session.execute(
            select(note, func.sum(Invoice.total))
            .where(note.in_(ids), Invoice.status != InvoiceStatus.DRAFT)
            .group_by(note)
        ).all()
    )
    paid = dict(
        session.execute(
            select(Payment.invoice_id, func.sum(Payment.amount))
            .where(Payment.invoice_id.in_(ids))
            .group_by(Payment.invoice_id)
        ).all()
    )
    return {
        i: (
            frozenset(taken.get(i, ())),
            -Decimal(credited.get(i) or 0),
            Decimal(paid.get(i) or 0),
        )
        for i in ids
    }


def summary_of(
    session: Session, invoice: Invoice, settled: Settled | None = None, with_lines: bool = True
) -> InvoiceSummary:
    """An invoice's summary; a draft's totals are computed from its lines.

    ``settled`` is what became of an issued invoice when the caller knows it already;
    ``with_lines`` False keeps the count of lines but not the lines (a list of invoices
    shows the lines of the one selected only).
    """
    if invoice.number is None:
        subtotal, tax, total = invoice_totals(invoice)
    else:
        subtotal, tax, total = invoice.subtotal, invoice.tax_total, invoice.total
    credits = (
        session.get(Invoice, invoice.credits_invoice_id) if invoice.credits_invoice_id else None
    )
    is_settled = invoice.status != InvoiceStatus.DRAFT and invoice.kind != InvoiceKind.CREDIT_NOTE
    if not is_settled:
        settled = UNTOUCHED
    elif settled is None:
        settled = (
            frozenset(already_credited(session, invoice.id, drafts=True)),
            credited_amount(session, invoice.id),
            paid_amount(session, invoice.id),
        )
    taken, credited, paid = settled
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
                ln.amount, str(ln.drew_on), ln.visit_id, ln.id in taken,
            )
            for ln in (invoice.lines if with_lines else ())
        ),
        line_count=len(invoice.lines),
        credits=(credits.number or "draft") if credits else None,
        reason=invoice.credit_reason, rebill=invoice.rebill, credited=credited, paid=paid,
        open=(total - credited - paid) if invoice.status == InvoiceStatus.ISSUED and is_settled
        else Decimal(0),
    )  # fmt: skip


def draft_summary(
    invoice: dict[str, Any],
    lines: list[dict[str, Any]],
    client: str,
    contract: str | None,
    *,
    with_lines: bool = True,
) -> InvoiceSummary:
    """A draft just planned as rows (a run's), summarised without reading it back;
    ``with_lines`` False keeps its totals and count of lines but not the lines."""
    currency = invoice["currency"]
    subtotal, tax, total = plain_totals(
        currency, ((ln["amount"], ln["tax_rate_pct"]) for ln in lines)
    )
    return InvoiceSummary(
        id=invoice["id"], number=None, status=str(InvoiceStatus.DRAFT), kind=str(invoice["kind"]),
        client_id=invoice["client_id"], client=client, contract=contract, ticket=None,
        currency=currency, period_start=invoice["period_start"],
        period_end=invoice["period_end"], issue_date=None, due_date=None, subtotal=subtotal,
        tax=tax, total=total,
        lines=tuple(
            LineSummary(
                position=ln["position"], day=ln["day"], description=ln["description"],
                hours=ln["hours"], rate=ln["rate"], multiplier=ln["multiplier"],
                amount=ln["amount"], drew_on=str(ln["drew_on"]), visit_id=ln["visit_id"],
            )
            for ln in (lines if with_lines else ())
        ),
        line_count=len(lines),
    )  # fmt: skip
