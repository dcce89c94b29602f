"""Billing an emergency at a partial or final close (E2, E3, E4).

An Express ticket gets up to three invoices: the guarantee hours (once), restoration
(Express rate) and cause removal (On-demand or the monthly plan's rate). Each close bills
the approved entries not yet billed; the guarantee is credited against restoration only
up to what is left of it, so several partial closes never credit it twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from console.enums import ContractKind, DrewOn, InvoiceKind, InvoiceStatus, VisitStatus
from console.errors import UserError
from console.model import (
    Assessment,
    Client,
    Contract,
    Invoice,
    InvoiceLine,
    Ticket,
    TimeEntry,
    Visit,
)
from console.rules.billing import GuaranteeTerms, emergency_invoices
from console.rules.rating import PricedLine, rate_all
from console.services.pricing import (
    add_line,
    draft_invoice,
    has_monthly_plan,
    link_entries,
    rate_card,
    retainer_periods,
    visit_charges,
    work_items,
)
from console.wording.phrases import phrase


@dataclass
class EmergencyRun:
    """The drafts one close produced, in E4 order."""

    invoices: list[Invoice] = field(default_factory=list)
    awaiting_approval: int = 0  # E5: entries billed only once both parties approved

    def of_kind(self, kind: InvoiceKind) -> Invoice | None:
        """The draft of one kind, if this close made one."""
        return next((i for i in self.invoices if i.kind == kind), None)


def _unbilled_entries(session: Session, ticket_id: uuid.UUID) -> list[TimeEntry]:
    reversal = aliased(TimeEntry)
    return list(
        session.scalars(
            select(TimeEntry)
            .where(
                TimeEntry.ticket_id == ticket_id,
                TimeEntry.invoice_line_id.is_(None),
                TimeEntry.reverses_id.is_(None),
                ~exists().where(reversal.reverses_id == TimeEntry.id),
            )
            .order_by(TimeEntry.started_at)
        )
    )


def _unbilled_visits(session: Session, ticket_id: uuid.UUID) -> list[Visit]:
    return list(
        session.scalars(
            select(Visit).where(
                Visit.ticket_id == ticket_id,
                Visit.status.in_([VisitStatus.COMPLETED.value, VisitStatus.NO_ACCESS.value]),
                ~exists().where(InvoiceLine.visit_id == Visit.id),
            )
        )
    )


def guarantee_billed(session: Session, ticket_id: uuid.UUID) -> bool:
    """Whether the emergency's guarantee hours were billed (paid up front, not refunded)."""
    return _guarantee_so_far(session, ticket_id)[0]


def _guarantee_so_far(session: Session, ticket_id: uuid.UUID) -> tuple[bool, Decimal]:
    """Whether the guarantee was billed, and how much of it earlier closes credited."""
    note = aliased(Invoice)
    rebilled = exists().where(
        note.credits_invoice_id == Invoice.id,
        note.rebill.is_(True),
        note.status != InvoiceStatus.DRAFT,
    )  # a guarantee invoice credited to be billed again no longer counts
    billed = session.scalar(
        select(func.count())
        .select_from(Invoice)
        .where(
            Invoice.ticket_id == ticket_id,
            Invoice.kind == InvoiceKind.GUARANTEE,
            ~((Invoice.status == InvoiceStatus.CANCELLED) & rebilled),
        )
    )
    credited = session.scalar(
        select(func.coalesce(func.sum(InvoiceLine.amount), 0))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(
            Invoice.ticket_id == ticket_id,
            Invoice.kind == InvoiceKind.RESTORATION,
            InvoiceLine.drew_on == DrewOn.GUARANTEE,
        )
    )
    return bool(billed), -Decimal(credited or 0)


FALLBACK = {InvoiceKind.RESTORATION: InvoiceKind.CAUSE_REMOVAL}
"""Where a later close's lines go once the invoice of their kind is issued."""


def _open_invoice(
    session: Session, ticket: Ticket, kind: InvoiceKind
) -> tuple[Invoice | None, InvoiceKind]:
    """The emergency's draft that takes lines of a kind, or None and the kind to draft.

    E4 allows three invoices: a later close adds to the draft of its kind. Once that one
    is issued, restoration lines go on the cause-removal invoice; when that is issued too,
    nothing more can be billed on the emergency.
    """
    found = session.scalars(
        select(Invoice).where(
            Invoice.ticket_id == ticket.id,
            Invoice.kind == kind,
            Invoice.status != InvoiceStatus.CANCELLED,
        )
    ).all()
    if not found:
        return None, kind
    draft = next((i for i in found if i.status == InvoiceStatus.DRAFT), None)
    if draft is not None:
        return draft, kind
    fallback = FALLBACK.get(kind)
    if fallback is not None:
        return _open_invoice(session, ticket, fallback)
    raise UserError(
        phrase(
            "ticket {reference}: its {kind} invoice is issued already; an emergency has at most "
            "three invoices, so later work needs a credit note and a corrected invoice",
            reference=ticket.reference,
            kind=kind,
        )
    )


def guarantee_terms(
    session: Session, ticket: Ticket, client: Client, assessment: Assessment | None
) -> GuaranteeTerms:
    """E2: what the expert set for an emergency, and whether the client had a monthly plan
    on the day it was opened (then no guarantee is asked)."""
    opened = ticket.opened_at.astimezone(ZoneInfo(client.time_zone)).date()
    return GuaranteeTerms(
        hours=assessment.guarantee_hours if assessment else None,
        waived=assessment.guarantee_waived if assessment else False,
        has_monthly_plan=has_monthly_plan(session, client.id, opened),
    )


def bill_emergency(session: Session, ticket_id: uuid.UUID) -> EmergencyRun:
    """Draft the invoices an emergency's close calls for (E4), in the caller's transaction."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise UserError(phrase("ticket {ticket_id} does not exist", ticket_id=ticket_id))
    contract = session.get(Contract, ticket.contract_id) if ticket.contract_id else None
    if contract is None or contract.kind != ContractKind.EXPRESS:
        raise UserError(
            phrase(
                "ticket {reference}: only an Express emergency is billed at its close",
                reference=ticket.reference,
            )
        )
    client = session.get_one(Client, ticket.client_id)
    assessment = session.scalar(select(Assessment).where(Assessment.ticket_id == ticket.id))
    terms = guarantee_terms(session, ticket, client, assessment)
    entries = _unbilled_entries(session, ticket.id)
    approved = [
        e for e in entries
        if e.provider_approved_at and e.client_approved_at and e.rejected_at is None
    ]  # fmt: skip
    items = work_items(approved)
    charges = visit_charges(
        _unbilled_visits(session, ticket.id), items, client, retainer_periods(session, client.id)
    )
    card = rate_card(session, contract, client)
    billed, credited = _guarantee_so_far(session, ticket.id)
    drafts = emergency_invoices(
        rate_all(items, charges, card), terms, card.express_rate, card.currency,
        contract.tax_rate_pct, contract.tax_exemption,
        guarantee_billed=billed, guarantee_credited=credited,
    )  # fmt: skip
    run = EmergencyRun(awaiting_approval=len(entries) - len(approved))
    links: list[tuple[InvoiceLine, PricedLine]] = []
    for draft in drafts:
        target, kind = _open_invoice(session, ticket, draft.kind)
        if target is None:
            target = draft_invoice(session, contract, client, kind, [], None, links, ticket.id)
        for line in draft.lines:
            links.append((add_line(target, contract, line), line))
        if target not in run.invoices:
            run.invoices.append(target)
    link_entries(session, approved, links)
    session.flush()
    return run
