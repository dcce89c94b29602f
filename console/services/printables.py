"""What the window offers to print: visits, tickets, invoices, contracts with statements.

Each list is bounded, so the chooser opens at once on a desk with a hundred thousand tickets;
a key that is not listed can still be typed.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.enums import ContractKind, InvoiceStatus, TicketStatus
from console.model import Client, Contract, Invoice, Ticket, Visit

Choice = tuple[str, str]
LIMIT = 400


def _words(value: object) -> str:
    return str(value).replace("_", " ")


def visits(
    session: Session, now: datetime, ticket_id: uuid.UUID | None = None, days: int = 7
) -> list[Choice]:
    """A ticket's visits, else the visits planned within ``days`` of now, as (label, reference)."""
    stmt = select(Visit.reference, Visit.planned_start, Visit.status, Client.name).join(
        Ticket, Ticket.id == Visit.ticket_id
    ).join(Client, Client.id == Ticket.client_id)  # fmt: skip
    if ticket_id is not None:
        stmt = stmt.where(Visit.ticket_id == ticket_id)
    else:
        window = timedelta(days=days)
        stmt = stmt.where(Visit.planned_start.between(now - window, now + window))
    rows = session.execute(stmt.order_by(Visit.planned_start).limit(LIMIT))
    return [
        (f"{ref} · {client} · {start:%Y-%m-%d %H:%M} UTC · {_words(status)}", ref)
        for ref, start, status, client in rows
    ]


def tickets(
    session: Session, now: datetime, ticket_id: uuid.UUID | None = None
) -> list[tuple[str, str, bool]]:
    """The chosen ticket first, then those closed or restored in 90 days: label, ref, closed."""
    since = now - timedelta(days=90)
    stmt = (
        select(Ticket.id, Ticket.reference, Ticket.title, Ticket.status, Client.name)
        .join(Client, Client.id == Ticket.client_id)
        .where(or_(Ticket.closed_at >= since, Ticket.restored_at >= since))
        .order_by(Ticket.reference.desc())
        .limit(LIMIT)
    )
    rows = list(session.execute(stmt))
    if ticket_id is not None:
        chosen = select(Ticket.id, Ticket.reference, Ticket.title, Ticket.status, Client.name)
        first = session.execute(
            chosen.join(Client, Client.id == Ticket.client_id).where(Ticket.id == ticket_id)
        ).first()
        if first is not None:
            rows = [first, *(r for r in rows if r[0] != ticket_id)]
    return [
        (f"{ref} · {client} · {title[:50]} · {_words(status)}", ref, status == TicketStatus.CLOSED)
        for _, ref, title, status, client in rows
    ]


def invoices(session: Session) -> list[Choice]:
    """Issued invoices, newest first, as (label, number); drafts have no number to print."""
    stmt = (
        select(Invoice.number, Invoice.issue_date, Invoice.total, Invoice.currency, Client.name)
        .join(Client, Client.id == Invoice.client_id)
        .where(Invoice.status != InvoiceStatus.DRAFT.value, Invoice.number.is_not(None))
        .order_by(Invoice.issue_date.desc(), Invoice.number.desc())
        .limit(LIMIT)
    )
    return [
        (f"{number} · {client} · {issued} · {total:,.2f} {currency}", str(number))
        for number, issued, total, currency, client in session.execute(stmt)
    ]


def statement_contracts(session: Session) -> list[tuple[str, str, ContractKind]]:
    """Contracts with a statement (C5 prepaid credit, C7 FTE bundle): label, id, kind."""
    kinds = (ContractKind.PREPAID_CREDIT.value, ContractKind.FTE_BUNDLE.value)
    stmt = (
        select(Contract.id, Contract.name, Contract.kind, Client.name)
        .join(Client, Client.id == Contract.client_id)
        .where(Contract.kind.in_(kinds))
        .order_by(Client.name, Contract.name)
    )
    return [
        (f"{client} · {name} ({_words(kind)})", str(cid), ContractKind(kind))
        for cid, name, kind, client in session.execute(stmt)
    ]
