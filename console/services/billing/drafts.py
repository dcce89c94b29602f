"""Drafts and invoices at the desk: list, show, void a draft, issue one or a batch.

A draft has no number yet and may still be voided: its lines go, and the time entries
and visits they billed are free for the next run. Issuing numbers a batch in one
transaction (the number series stays gapless: a refused invoice rolls every number back)
and archives each PDF as issued through the renderer the caller passes, so this layer
renders nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from console.enums import CreditEntryKind, InvoiceKind, InvoiceStatus
from console.errors import ValidationError
from console.ids import new_id
from console.model import Client, Contract, CreditEntry, Invoice, TimeEntry
from console.rules.roles import Scope, Task, check
from console.services.invoicing import InvoiceRenderer, issue_invoice, issuing_context
from console.services.master_data.common import acting_role, find_one, writing
from console.services.master_data.fields import as_uuid

from .summary import UNTOUCHED, InvoiceSummary, settled_of, summary_of

Sessions = Callable[[], Session]


def find_invoice(session: Session, ref: object) -> Invoice:
    """An invoice (or credit note) named by its id or its number."""
    as_id = as_uuid(ref)
    found = (
        session.get(Invoice, as_id)
        if as_id
        else session.scalar(select(Invoice).where(Invoice.number == str(ref).strip()))
    )
    if found is None:
        raise ValidationError("invoice", f"no invoice {ref}")
    return found


def list_invoices(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    *,
    status: str | None = None,
    client: object | None = None,
    limit: int = 500,
) -> list[InvoiceSummary]:
    """Invoices, drafts first then newest issued, of one status or client if given."""
    with sessions() as session:
        check(Task.SEE_MONEY, Scope(acting_role(session, user_id)), field="user")
        stmt = select(Invoice).join(Client, Client.id == Invoice.client_id)
        if status:
            try:
                stmt = stmt.where(Invoice.status == InvoiceStatus(status))
            except ValueError:
                known = ", ".join(s.value for s in InvoiceStatus)
                raise ValidationError("status", f"{status!r} is not one of: {known}") from None
        if client:
            stmt = stmt.where(Invoice.client_id == find_one(session, Client, client, "client").id)
        stmt = stmt.order_by(
            Invoice.number.is_not(None),
            Invoice.issue_date.desc(),
            func.lower(Client.name),
            Invoice.period_start,
        ).limit(limit)
        found = list(session.scalars(stmt))
        settled = settled_of(session, [i.id for i in found if i.number is not None])
        return [summary_of(session, i, settled.get(i.id)) for i in found]


def show_invoice(sessions: Sessions, user_id: uuid.UUID | None, ref: object) -> InvoiceSummary:
    """One invoice with its lines."""
    with sessions() as session:
        check(Task.SEE_MONEY, Scope(acting_role(session, user_id)), field="user")
        return summary_of(session, find_invoice(session, ref))


def void_draft(sessions: Sessions, user_id: uuid.UUID | None, ref: object) -> None:
    """Throw a draft away; what it billed waits for the next run."""
    with writing(sessions, user_id) as session:
        check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
        invoice = find_invoice(session, ref)
        if invoice.status != InvoiceStatus.DRAFT:
            raise ValidationError(
                "invoice",
                f"{invoice.number} is issued: it never changes; correct it with a credit note",
            )
        line_ids = [ln.id for ln in invoice.lines]
        billed = list(
            session.scalars(select(TimeEntry).where(TimeEntry.invoice_line_id.in_(line_ids)))
        )
        for entry in billed:
            entry.invoice_line_id = None
            _give_back_credit(session, entry, invoice)
        session.flush()
        session.delete(invoice)


def _give_back_credit(session: Session, entry: TimeEntry, invoice: Invoice) -> None:
    """Reverse what an entry on a voided draft drew from prepaid credit, so the next run
    draws it afresh (the ledger is append-only: a reversal, never a change)."""
    held = session.scalar(
        select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
            CreditEntry.time_entry_id == entry.id,
            CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL]),
        )
    )
    if not held:
        return
    debit = session.scalars(
        select(CreditEntry)
        .where(CreditEntry.time_entry_id == entry.id, CreditEntry.kind == CreditEntryKind.DEBIT)
        .order_by(CreditEntry.at.desc())
    ).first()
    assert debit is not None
    session.add(
        CreditEntry(
            id=new_id(), contract_id=debit.contract_id, kind=CreditEntryKind.REVERSAL,
            unit=debit.unit, amount=-Decimal(held), currency=debit.currency,
            time_entry_id=entry.id, note=f"draft voided: {debit.note or ''}"[:300],
        )
    )  # fmt: skip


def issue_invoices(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    refs: Iterable[object],
    today: date,
    render_pdf: InvoiceRenderer | None = None,
) -> list[InvoiceSummary]:
    """Issue drafts, all or none: numbered in order, each PDF archived as issued."""
    with writing(sessions, user_id) as session:
        check(Task.ISSUE_INVOICES, Scope(acting_role(session, user_id)), field="user")
        context = issuing_context(session)
        wanted = list(refs)
        # a batch's drafts, their lines and contracts come in three reads, not three each
        ids = [r for r in (as_uuid(ref) for ref in wanted) if r is not None]
        if ids:
            found = session.scalars(
                select(Invoice).where(Invoice.id.in_(ids)).options(selectinload(Invoice.lines))
            ).all()
            contracts = {i.contract_id for i in found if i.contract_id is not None}
            if contracts:
                session.scalars(select(Contract).where(Contract.id.in_(contracts))).all()
        issued = []
        for ref in wanted:
            invoice = find_invoice(session, ref)
            if invoice.status != InvoiceStatus.DRAFT:
                raise ValidationError("invoice", f"{invoice.number} is issued already")
            issued.append(issue_invoice(session, invoice.id, today, render_pdf, context=context))
        if not issued:
            raise ValidationError("invoice", "name at least one draft to issue")
        session.flush()
        # just issued: nothing is credited or paid yet (a credit note's invoice is not listed)
        return [summary_of(session, i, UNTOUCHED) for i in issued]


def drafts_of_month(
    sessions: Sessions, user_id: uuid.UUID | None, year: int, month: int
) -> list[uuid.UUID]:
    """The ids of the drafts whose period starts in a month (what a batch issue takes);
    credit notes are left out."""
    with sessions() as session:
        check(Task.SEE_MONEY, Scope(acting_role(session, user_id)), field="user")
        return list(
            session.scalars(
                select(Invoice.id)
                .where(
                    Invoice.status == InvoiceStatus.DRAFT,
                    Invoice.period_start == date(year, month, 1),
                    # a credit note is issued on its own, never with the month's batch
                    Invoice.kind != InvoiceKind.CREDIT_NOTE,
                )
                .order_by(Invoice.created_at)
            )
        )
