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

from console.model import AuditEntry, User
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
            return [
                HistoryRow(e.at, e.user, e.entity, e.action, _pairs(e.changes))
                for e in trail(session, "client", str(record_id))
            ]
        rows = session.execute(
            select(AuditEntry, User.display_name)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(AuditEntry.entity_id == record_id)
            .order_by(AuditEntry.at, AuditEntry.id)
        ).all()
        return [
            HistoryRow(e.at, name, e.entity, e.action, _pairs(dict(e.changes or {})))
            for e, name in rows
        ]


def _pairs(changes: dict[str, list[object]]) -> dict[str, tuple[object, object]]:
    """The trail keeps [old, new] lists (JSON); a row gives them as pairs."""
    return {name: (pair[0], pair[1]) for name, pair in changes.items()}
