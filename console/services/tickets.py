"""Creating tickets and changing their status, with history and audit (T1-T10)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from console.enums import Channel, NoteKind, Priority, TicketCategory, TicketStatus
from console.ids import new_id
from console.model import AuditEntry, Note, Ticket, TicketStatusChange
from console.rules.references import Series, format_reference, provisional_reference
from console.rules.workflow import Actor, check_ticket_transition
from console.services.numbering import numbered_by_server, take_number


def create_ticket(
    session: Session,
    *,
    client_id: uuid.UUID,
    title: str,
    category: TicketCategory,
    priority: Priority,
    channel: Channel,
    now: datetime,
    by_user: uuid.UUID | None = None,
    **fields: object,
) -> Ticket:
    """Register a ticket with the next reference of its year (T1, T2)."""
    ticket_id = new_id()
    if numbered_by_server(session):
        reference = provisional_reference(now.year, ticket_id.hex[-8:])
    else:
        reference = format_reference(now.year, take_number(session, Series.TICKET.value, now.year))
    ticket = Ticket(
        id=ticket_id,
        reference=reference,
        title=title,
        category=category,
        priority=priority,
        channel=channel,
        client_id=client_id,
        opened_at=now,
        status=TicketStatus.OPEN,
        **fields,
    )
    session.add(ticket)
    session.add(
        TicketStatusChange(
            id=new_id(), ticket=ticket, at=now, from_status=None, to_status=TicketStatus.OPEN,
            by_user_id=by_user, reason=f"registered from {channel.value}",
        )
    )  # fmt: skip
    _audit(session, by_user, ticket.id, "create", {"reference": [None, reference]}, now)
    return ticket


def change_status(
    session: Session,
    ticket: Ticket,
    to: TicketStatus,
    actor: Actor,
    now: datetime,
    by_user: uuid.UUID | None = None,
    reason: str | None = None,
) -> TicketStatusChange:
    """Move a ticket if the workflow allows it; refused moves raise and change nothing."""
    current = TicketStatus(ticket.status)
    check_ticket_transition(current, to, actor)
    change = TicketStatusChange(
        id=new_id(), ticket=ticket, at=now, from_status=current, to_status=to,
        by_user_id=by_user, reason=reason,
    )  # fmt: skip
    session.add(change)
    ticket.status = to
    if to is TicketStatus.CLOSED:
        ticket.closed_at = now
        ticket.resolved_at = ticket.resolved_at or now
    elif current is TicketStatus.CLOSED:  # T2/T8: reopened
        ticket.closed_at = None
        ticket.resolved_at = None
        ticket.reopen_count = (ticket.reopen_count or 0) + 1
    if ticket.first_response_at is None and actor not in (Actor.CLIENT, Actor.SYSTEM):
        ticket.first_response_at = now
    _audit(session, by_user, ticket.id, "status", {"status": [current.value, to.value]}, now)
    return change


def add_note(
    session: Session,
    ticket: Ticket,
    body: str,
    kind: NoteKind,
    now: datetime,
    by_user: uuid.UUID | None = None,
) -> Note:
    """Write a note on a ticket; a note to the client is the desk's first response (T6)."""
    note = Note(id=new_id(), ticket_id=ticket.id, kind=kind, body=body, at=now, author_id=by_user)
    session.add(note)
    if kind is NoteKind.CLIENT and ticket.first_response_at is None:
        ticket.first_response_at = now
    _audit(session, by_user, ticket.id, "note", {"note": [None, kind.value]}, now)
    return note


def _audit(
    session: Session,
    user: uuid.UUID | None,
    entity_id: uuid.UUID,
    action: str,
    changes: dict[str, list[object]],
    now: datetime,
) -> None:
    session.add(
        AuditEntry(
            id=new_id(), at=now, user_id=user, entity="ticket", entity_id=entity_id,
            action=action, changes=changes,
        )
    )  # fmt: skip
