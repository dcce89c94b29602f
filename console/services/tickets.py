"""Creating tickets and changing their status, with history and audit (T1-T10)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from console.enums import Channel, NoteKind, Priority, Role, TicketCategory, TicketStatus
from console.errors import ValidationError
from console.ids import new_id
from console.model import AuditEntry, Contact, Note, Site, Ticket, TicketStatusChange, User
from console.rules.references import Series, format_reference, provisional_reference
from console.rules.roles import CLIENT_SCOPED, Scope, Task, check
from console.rules.workflow import Actor, check_ticket_transition
from console.services.mail.outbox import queue_client_note, queue_confirmation, queue_status_change
from console.services.numbering import numbered_by_server, take_number
from console.wording.phrases import phrase


def scope_of(session: Session, user_id: uuid.UUID | None) -> Scope | None:
    """The acting user's role and own client, as the store knows them; None without a user.

    A replica before its first sync has no users yet: its own login acts unchecked
    there, and the server checks the change when it is pushed.
    """
    if user_id is None:
        return None
    user = session.get(User, user_id)
    if user is None:
        return None
    if not user.active:
        raise ValidationError(
            "user", phrase("{user} is no longer an active user", user=user.username)
        )
    return Scope(Role(user.role), user.client_id)


# What only the desk decides about a ticket, never a client's own admin (C12, T4).
DESK_DECIDES = {
    "contract_id": "contract",
    "assignee_id": "assignee",
    "estimate_minutes": "estimate",
}


CONFIRMED_ON_ENTRY = frozenset({Channel.PHONE, Channel.PORTAL})
"""T2: channels whose tickets are confirmed to the requester as they are registered. A
mail is confirmed by the intake, as an answer to it; an alert from monitoring was asked
for by nobody."""


def _check_new_ticket(
    session: Session, scope: Scope | None, client_id: uuid.UUID, fields: dict[str, object]
) -> None:
    """Refuse a ticket whose site or requester is another client's, or one the acting
    user may not raise: a client admin raises tickets for their own client only, for one
    of its contacts, and leaves contract, assignee and estimate to the desk."""
    site_id = fields.get("site_id")
    if site_id is not None:
        site = session.get(Site, site_id)
        if site is None or site.client_id != client_id:
            raise ValidationError("site", phrase("is not a site of this client"))
    requester_id = fields.get("requester_id")
    if requester_id is not None:
        contact = session.get(Contact, requester_id)
        if contact is None or contact.client_id != client_id:
            raise ValidationError("requester", phrase("is not a contact of this client"))
    if scope is None:
        return
    check(Task.RAISE_TICKET, scope, client_id, field="client")
    if scope.role in CLIENT_SCOPED:
        if requester_id is None:
            raise ValidationError("requester", phrase("name the contact who asks"))
        for name, label in DESK_DECIDES.items():
            if fields.get(name) is not None:
                raise ValidationError(label, phrase("is set by the service desk"))


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
    """Register a ticket with the next reference of its year (T1, T2).

    A client's own admin raises it through the portal; the priority they ask for is a
    proposal, and the desk sets the ticket's own (T4).
    """
    scope = scope_of(session, by_user)
    _check_new_ticket(session, scope, client_id, fields)
    if scope is not None and scope.role in CLIENT_SCOPED:
        channel = Channel.PORTAL
        fields = {**fields, "proposed_priority": priority}
        priority = Priority.NORMAL
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
    if channel in CONFIRMED_ON_ENTRY:
        queue_confirmation(session, ticket, None, now)
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
    queue_status_change(session, ticket, current, to, now)  # T9, in this transaction
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
    if kind is NoteKind.CLIENT:
        queue_client_note(session, ticket, note, now)  # T9, in this transaction
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
