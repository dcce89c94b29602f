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

from sqlalchemy import func, select
from sqlalchemy.orm import Session, contains_eager, selectinload

from console.enums import ContractKind, InvoiceKind, InvoiceStatus
from console.errors import ValidationError
from console.gc_pause import collector_paused
from console.model import Client, Contract, Invoice, Ticket, TimeEntry
from console.rules.roles import Scope, Task, check
from console.services.credit_back import give_back_credit
from console.services.invoicing import (
    InvoiceRenderer,
    IssuingContext,
    issue_invoice,
    issuing_context,
)
from console.services.master_data.common import acting_role, find_one, writing
from console.services.master_data.fields import as_uuid
from console.wording.phrases import phrase

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
        raise ValidationError("invoice", phrase("no invoice {ref}", ref=ref))
    return found


def list_invoices(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    *,
    status: str | None = None,
    client: object | None = None,
    limit: int = 500,
    with_lines: bool = True,
) -> list[InvoiceSummary]:
    """Invoices, drafts first then newest issued, of one status or client if given;
    ``with_lines`` False gives each its count of lines but not the lines."""
    # tens of thousands of lines read at once: the collector's walks of the window's heap
    # meanwhile held the window's thread while the list read off it. The read is a
    # function of its own so that its rows are gone when the collector tidies up.
    with collector_paused():
        return _listed(sessions, user_id, status, client, limit, with_lines)


def _listed(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    status: str | None,
    client: object | None,
    limit: int,
    with_lines: bool,
) -> list[InvoiceSummary]:
    with sessions() as session:
        check(Task.SEE_MONEY, Scope(acting_role(session, user_id)), field="user")
        stmt = select(Invoice).join(Client, Client.id == Invoice.client_id)
        if status:
            try:
                stmt = stmt.where(Invoice.status == InvoiceStatus(status))
            except ValueError:
                known = ", ".join(s.value for s in InvoiceStatus)
                raise ValidationError(
                    "status",
                    phrase("{status} is not one of: {known}", status=repr(status), known=known),
                ) from None
        if client:
            stmt = stmt.where(Invoice.client_id == find_one(session, Client, client, "client").id)
        stmt = stmt.order_by(
            Invoice.number.is_not(None),
            Invoice.issue_date.desc(),
            func.lower(Client.name),
            Invoice.period_start,
        ).limit(limit)
        # lines and clients with the invoices, their contracts, tickets and credited
        # invoices in one read each: one by one, 500 invoices took 1,400 reads and 3 s
        stmt = stmt.options(selectinload(Invoice.lines), contains_eager(Invoice.client))
        found = list(session.scalars(stmt).unique())
        held: list[object] = []  # the session's map holds them only while referenced
        for model, ids in (
            (Contract, {i.contract_id for i in found}),
            (Ticket, {i.ticket_id for i in found}),
            (Invoice, {i.credits_invoice_id for i in found}),
        ):
            wanted = [i for i in ids if i is not None]
            if wanted:
                # in the session's map, where summary_of's session.get finds them
                held += session.scalars(select(model).where(model.id.in_(wanted)))
        settled = settled_of(session, [i.id for i in found if i.number is not None])
        return [summary_of(session, i, settled.get(i.id), with_lines) for i in found]


def show_invoice(sessions: Sessions, user_id: uuid.UUID | None, ref: object) -> InvoiceSummary:
    """One invoice with its lines."""
    with sessions() as session:
        check(Task.SEE_MONEY, Scope(acting_role(session, user_id)), field="user")
        return summary_of(session, find_invoice(session, ref))


def void_draft(sessions: Sessions, user_id: uuid.UUID | None, ref: object) -> None:
    """Throw a draft away; what it billed waits for the next run.

    An FTE bundle's month is one statement and one overage draft that can share an entry
    (its hours split at the end of the bundle): they are voided together, so the next run
    splits the month afresh; with one of them issued, the other cannot be voided alone.
    """
    with writing(sessions, user_id) as session:
        check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
        invoice = find_invoice(session, ref)
        if invoice.status != InvoiceStatus.DRAFT:
            raise ValidationError(
                "invoice",
                phrase(
                    "{number} is issued: it never changes; correct it with a credit note",
                    number=invoice.number,
                ),
            )
        together = [invoice, *_bundle_siblings(session, invoice)]
        for draft in together:
            _void(session, draft)


def _bundle_siblings(session: Session, invoice: Invoice) -> list[Invoice]:
    """The other draft of the same FTE bundle month (statement or overage), if any."""
    kinds = (InvoiceKind.MONTHLY, InvoiceKind.FTE_OVERAGE)
    contract = session.get(Contract, invoice.contract_id) if invoice.contract_id else None
    if contract is None or contract.kind != ContractKind.FTE_BUNDLE or invoice.kind not in kinds:
        return []
    others = list(
        session.scalars(
            select(Invoice).where(
                Invoice.contract_id == contract.id,
                Invoice.period_start == invoice.period_start,
                Invoice.kind.in_(kinds),
                Invoice.id != invoice.id,
                Invoice.credits_invoice_id.is_(None),
            )
        )
    )
    issued = [o for o in others if o.status != InvoiceStatus.DRAFT]
    if issued:
        raise ValidationError(
            "invoice",
            phrase(
                "this draft bills the same bundle month as {number}, which "
                "is issued: correct {number} with a credit note that bills "
                "its work again",
                number=issued[0].number,
            ),
        )
    return others


def _void(session: Session, invoice: Invoice) -> None:
    """Delete one draft, freeing its entries and visits and giving back their credit."""
    line_ids = [ln.id for ln in invoice.lines]
    billed = list(session.scalars(select(TimeEntry).where(TimeEntry.invoice_line_id.in_(line_ids))))
    for entry in billed:
        entry.invoice_line_id = None
        give_back_credit(session, "draft voided", time_entry_id=entry.id)
    for visit_id in {ln.visit_id for ln in invoice.lines if ln.visit_id is not None}:
        give_back_credit(session, "draft voided", visit_id=visit_id)
    session.flush()
    session.delete(invoice)
    session.flush()


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
        if not wanted:
            raise ValidationError("invoice", phrase("name at least one draft to issue"))
        issued: list[InvoiceSummary] = []
        for at in range(0, len(wanted), ISSUE_CHUNK):
            issued += _issue_chunk(
                session, wanted[at : at + ISSUE_CHUNK], today, render_pdf, context
            )
        return issued


ISSUE_CHUNK = 500
"""Drafts issued per read: a month's batch of thousands is loaded, issued and let go a
chunk at a time, so its invoices and lines are not all held at once."""


def _issue_chunk(
    session: Session,
    wanted: list[object],
    today: date,
    render_pdf: InvoiceRenderer | None,
    context: IssuingContext,
) -> list[InvoiceSummary]:
    """Issue a chunk of a batch in the caller's transaction; its objects are let go after."""
    # the chunk's drafts, their lines and contracts come in three reads, not three each
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
            raise ValidationError(
                "invoice", phrase("{number} is issued already", number=invoice.number)
            )
        issued.append(issue_invoice(session, invoice.id, today, render_pdf, context=context))
    session.flush()
    # just issued: nothing is credited or paid yet (a credit note's invoice is not listed)
    summaries = [summary_of(session, i, UNTOUCHED) for i in issued]
    session.expunge_all()  # written; the next chunk reads what it needs again
    return summaries


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
