"""A record's history for the window: the audit trail of a client, contract or engineer.

The views take plain rows from here and never read the audit table themselves. A client's
trail holds its sites, contacts and contracts too (`console.services.audit.trail`); a
contract's and an engineer's hold the record alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.model import AuditEntry, Client, Contact, Engineer, Invoice, InvoiceLine, Site, User
from console.services.audit import trail

KINDS = ("client", "contract", "engineer")
"""The kinds of record whose history the window shows."""


@dataclass(frozen=True)
class HistoryRow:
    """One change: when (UTC), by whom, which record, what it did, and each field's values."""

    at: datetime
    user: str | None
    entity: str
    action: str
    changes: dict[str, tuple[object, object]]


def record_history(
    sessions: Callable[[], Session], kind: str, record_id: uuid.UUID
) -> list[HistoryRow]:
    """Who changed this record (a client with its sites, contacts and contracts), oldest first."""
    if kind not in KINDS:
        raise ValueError(f"no history of {kind!r} records ({', '.join(KINDS)})")
    with sessions() as session:
        if kind == "client":
            entries = [
                (e.at, e.user, e.entity, e.action, e.changes)
                for e in trail(session, "client", str(record_id))
            ]
        else:
            found = session.execute(
                select(AuditEntry, User.display_name)
                .outerjoin(User, User.id == AuditEntry.user_id)
                .where(AuditEntry.entity_id == record_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            ).all()
            entries = [(e.at, name, e.entity, e.action, dict(e.changes or {})) for e, name in found]
        names = _names(session, [c for *_, c in entries])
        return [
            HistoryRow(at, user, entity, action, _pairs(changes, names))
            for at, user, entity, action, changes in entries
        ]


def ticket_history(sessions: Callable[[], Session], ticket_id: uuid.UUID) -> list[HistoryRow]:
    """Who changed a ticket, its visits and its time, oldest first; records by name."""
    with sessions() as session:
        entries = trail(session, "ticket", str(ticket_id))
        changes = [e.changes for e in entries]
        names = {**_names(session, changes), **_approvers_and_invoices(session, changes)}
        return [
            HistoryRow(e.at, e.user, e.entity, e.action, {
                field: (names.get(str(old), old), names.get(str(new), new))
                for field, (old, new) in _pairs(e.changes, names).items()
                if field != "ticket_id"  # a visit's or an entry's ticket is the one shown
            })
            for e in entries
        ]  # fmt: skip


def _approvers_and_invoices(
    session: Session, all_changes: list[dict[str, list[object]]]
) -> dict[str, str]:
    """Time's approving users by username, its invoice lines by their invoice's number."""
    users: set[uuid.UUID] = set()
    lines: set[uuid.UUID] = set()
    for changes in all_changes:
        for field, pair in changes.items():
            wanted = (
                users if field.endswith("_by") else lines if field == "invoice_line_id" else None
            )
            if wanted is None:
                continue
            for value in pair:
                try:
                    wanted.add(uuid.UUID(str(value)))
                except ValueError:  # the client's approver is a person's name, not a user
                    continue
    names: dict[str, str] = {}
    if users:
        for key, name in session.execute(select(User.id, User.username).where(User.id.in_(users))):
            names[str(key)] = name
    if lines:
        for key, number in session.execute(
            select(InvoiceLine.id, Invoice.number)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(InvoiceLine.id.in_(lines))
        ):
            names[str(key)] = number or "draft"
    return names


def _names(session: Session, all_changes: list[dict[str, list[object]]]) -> dict[str, str]:
    """The names of the records the changes refer to by id (an engineer, a site, a user)."""
    ids: set[str] = set()
    for changes in all_changes:
        for field, pair in changes.items():
            if field.endswith("_id"):
                ids.update(str(v) for v in pair if v)
    wanted = []
    for text in ids:
        try:
            wanted.append(uuid.UUID(text))
        except ValueError:
            continue
    names: dict[str, str] = {}
    if not wanted:
        return names
    for model, column in ((Client, Client.name), (Site, Site.name), (Contact, Contact.name),
                          (Engineer, Engineer.name), (User, User.username)):  # fmt: skip
        for key, name in session.execute(select(model.id, column).where(model.id.in_(wanted))):
            names[str(key)] = name
    return names


def _pairs(
    changes: dict[str, list[object]], names: dict[str, str]
) -> dict[str, tuple[object, object]]:
    """Each field's old and new value, references by name; the owning client is left out."""
    out: dict[str, tuple[object, object]] = {}
    for field, (old, new) in changes.items():
        if field == "client_id":
            continue  # a client's history lists its own sites and contacts: it is that client
        if field.endswith("_id"):
            old, new = names.get(str(old), old), names.get(str(new), new)
        out[field] = (old, new)
    return out
