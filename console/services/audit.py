"""The audit trail: who changed which record, when, and each field's old and new value.

Every session a writer opens for a user (`console.sync.session.store_session`) records,
at each flush, one entry per changed record of the kinds below, with that user. The
entries travel to the shared database like any other row (an append-only table). A
service that writes its own entry for a record (a ticket's creation, status move or
note, in the desk's words) speaks for that change, so the record gets no second one.
The log is append-only in the database itself (SQLite and PostgreSQL triggers).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from console.errors import UserError
from console.ids import new_id
from console.model import (
    AuditEntry,
    Client,
    Contact,
    Contract,
    Invoice,
    Site,
    Ticket,
    TimeEntry,
    User,
    Visit,
    utcnow,
)
from console.wording.phrases import phrase

ACTING_USER = "acting user"
"""The key of a session's `info` holding the id of the user the session acts for."""

AUDITED: dict[str, str] = {
    "tickets": "ticket",
    "visits": "visit",
    "time_entries": "time entry",
    "contracts": "contract",
    "clients": "client",
    "sites": "site",
    "contacts": "contact",
    "invoices": "invoice",
    "leave": "leave",
    "users": "user",
    "engineers": "engineer",
    "closures": "closing day",
}
"""The tables whose changes are audited, and what the trail calls their records."""

_STAMPS = frozenset({"id", "row_version", "created_at", "updated_at"})


def plain(value: object) -> object:
    """A value as the audit log's JSON keeps it."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):  # as entered, not as stored: 125.0000 and 125.00 are 125
        return format(value.normalize(), "f")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


def record_changes(session: Session, _context: UOWTransaction) -> None:
    """After a flush: one audit entry per audited record it inserted, changed or deleted."""
    user = session.info.get(ACTING_USER)
    if user is None:
        return  # not a user's action: the sync machinery, imports run as the system
    explained = {o.entity_id for o in session.new if isinstance(o, AuditEntry)}
    entries = []
    for action, objects in (
        ("create", session.new),
        ("change", session.dirty),
        ("delete", session.deleted),
    ):
        for obj in objects:
            state = inspect(obj)
            entity = AUDITED.get(getattr(state.mapper.local_table, "name", ""))
            record_id = getattr(obj, "id", None)
            if entity is None or record_id is None or record_id in explained:
                continue
            changes = _changes(state, action)
            if changes:
                entries.append(
                    AuditEntry(id=new_id(), at=utcnow(), user_id=user, entity=entity,
                               entity_id=record_id, action=action, changes=changes)
                )  # fmt: skip
    # flushed by the commit's next round, in the same transaction
    session.add_all(entries)


def _changes(state: Any, action: str) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _STAMPS:
            continue
        history = state.attrs[attr.key].history
        if action == "change" and not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if action == "delete":
            old, new = (history.unchanged[0] if history.unchanged else old), None
        if action == "create" and new is None:
            continue
        if plain(old) != plain(new):
            out[attr.key] = [plain(old), plain(new)]
    return out


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class TrailEntry:
    """One line of a record's audit trail, as the window and the command line show it."""

    at: datetime
    user: str | None
    entity: str
    entity_id: uuid.UUID
    action: str
    changes: dict[str, list[object]]


def trail(session: Session, kind: str, key: str) -> list[TrailEntry]:
    """The audit trail of a ticket (with its visits and time), a client (with its sites,
    contacts and contracts) or an invoice, oldest first; ``key`` is a reference, number,
    name or id."""
    ids = _records(session, kind, key)
    rows = session.execute(
        select(AuditEntry, User.display_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.entity_id.in_(ids))
        .order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    return [
        TrailEntry(e.at, name, e.entity, e.entity_id, e.action, dict(e.changes or {}))
        for e, name in rows
    ]


def _records(session: Session, kind: str, key: str) -> list[uuid.UUID]:
    if kind == "ticket":
        ticket = _one(session, Ticket, Ticket.reference, key, "--ticket", "ticket")
        visits = session.scalars(select(Visit.id).where(Visit.ticket_id == ticket)).all()
        time = session.scalars(select(TimeEntry.id).where(TimeEntry.ticket_id == ticket)).all()
        return [ticket, *visits, *time]
    if kind == "client":
        client = _one(session, Client, Client.name, key, "--client", "client")
        related = [
            *session.scalars(select(Site.id).where(Site.client_id == client)),
            *session.scalars(select(Contact.id).where(Contact.client_id == client)),
            *session.scalars(select(Contract.id).where(Contract.client_id == client)),
        ]
        return [client, *related]
    if kind == "invoice":
        return [_one(session, Invoice, Invoice.number, key, "--invoice", "invoice")]
    raise UserError(
        phrase("audit: no trail for {kind} (ticket, client or invoice)", kind=repr(kind))
    )


NOUNS = {
    "ticket": (phrase("ticket"), phrase("tickets")),
    "client": (phrase("client"), phrase("clients")),
    "invoice": (phrase("invoice"), phrase("invoices")),
}
"""The records a trail is asked for, one and many, in the reader's words."""


def _one(session: Session, model: Any, column: Any, key: str, option: str, what: str) -> uuid.UUID:
    try:
        wanted: Any = model.id == uuid.UUID(key)
    except ValueError:
        wanted = column == key
    found = session.scalars(select(model.id).where(wanted)).all()
    one, many = NOUNS[what]
    if not found:
        raise UserError(phrase("{option}: no {what} {key}", option=option, what=one, key=repr(key)))
    if len(found) > 1:
        raise UserError(
            phrase(
                "{option}: several {things} are called {key}; give the id",
                option=option,
                things=many,
                key=repr(key),
            )
        )
    return uuid.UUID(str(found[0]))
