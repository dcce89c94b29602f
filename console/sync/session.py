"""Sessions on a store whose flushes write the audit trail and, on a replica, the outbox
(sync rule 1).

Every change a user makes goes through a session made here: the window's actions
(`DeskContext.session`), the conflict inbox, the services they call. On a replica, each
flush writes its outbox entries in the same transaction (`console.sync.capture`); on a
store that does not sync, or on the shared database, the hook does nothing. The store
refuses a replica's flush from any other session (`console.store.replica`), so a write
that forgot its outbox fails loudly instead of never reaching the server.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, UOWTransaction

from console.store.replica import BULK_OUTBOX, OUTBOX_HOOK, is_replica


def store_session(
    bind: Engine | Connection, *, user_id: uuid.UUID | None = None, **options: Any
) -> Session:
    """A session on a store acting for a user: its flushes write the audit trail, and on
    a replica the outbox."""
    from console.services.audit import ACTING_USER, record_changes

    session = Session(bind, **options)
    session.info[OUTBOX_HOOK] = True
    session.info[BULK_OUTBOX] = _record_bulk_outbox
    session.info[ACTING_USER] = user_id
    # the outbox first: it records what this flush wrote, before the audit adds its
    # entries, which the next round of the same commit flushes (and the outbox records)
    event.listen(session, "after_flush", _record_outbox)
    event.listen(session, "after_flush", record_changes)
    return session


def _record_bulk_outbox(
    connection: Connection,
    table: str,
    inserts: list[dict[str, Any]],
    updates: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any], int | None]],
) -> None:
    """Sync rule 1 for rows written in bulk: their outbox entries, in the same transaction."""
    if not is_replica(connection):
        return
    from console.sync.capture import record_rows

    record_rows(connection, table, inserts, updates)


def _record_outbox(session: Session, _context: UOWTransaction) -> None:
    """Sync rule 1: a replica's flush writes its outbox entries in the same transaction."""
    connection = session.connection()
    if not is_replica(connection):
        return
    # A flush of mapped rows means the model is loaded already; importing here keeps it
    # off the path of everything that only creates an engine.
    from console.sync.capture import record_outbox

    record_outbox(session, connection)
