"""Whether a store is a replica of a shared database (it has a sync state row), and the
guard that keeps a replica's changes from bypassing its outbox.

Read through a lightweight table, so asking builds no mapped classes; the answer is
remembered per engine, and `mark_replica` changes it when a store joins a server.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.exc import OperationalError

from console.store.lean_tables import sync_state

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_REPLICAS: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


def is_replica(connection: Connection) -> bool:
    """Whether this store syncs with a server (it has a sync state row)."""
    if connection.dialect.name != "sqlite":
        return False
    engine = connection.engine
    known = _REPLICAS.get(engine)
    if known is None:
        try:
            known = connection.execute(select(sync_state.c.id).limit(1)).first() is not None
        except OperationalError:  # a store from before sync existed
            known = False
        _REPLICAS[engine] = known
    return known


def mark_replica(engine: Engine, replica: bool = True) -> None:
    """Remember that a store became (or stopped being) a replica."""
    _REPLICAS[engine] = replica


OUTBOX_HOOK = "outbox hook"
"""The key a session's `info` carries when `console.sync.session` attached its hook."""

BULK_OUTBOX = "bulk outbox"
"""The key of a session's `info` holding the outbox recorder for rows written in bulk
(not through the ORM's flush): ``record(connection, table, inserts, updates)``."""


class MissingOutboxError(RuntimeError):
    """A replica's change was flushed by a session without the outbox hook."""


def install_outbox_guard() -> None:
    """Refuse, from now on, any flush of a replica's rows by a session without the outbox
    hook. Installed with the model (every flush of a row needs it); asking whether a store
    is a replica stays free of the ORM, so a window's first screen does not load it."""
    from sqlalchemy.orm import Session

    if not event.contains(Session, "before_flush", _refuse_writes_without_an_outbox):
        event.listen(Session, "before_flush", _refuse_writes_without_an_outbox)


def _refuse_writes_without_an_outbox(session: Session, _context: object, _objects: object) -> None:
    """A replica's change must reach its outbox: refuse a flush that would lose it."""
    if session.info.get(OUTBOX_HOOK) or not (session.new or session.dirty or session.deleted):
        return
    if is_replica(session.connection()):
        raise MissingOutboxError(
            "this store syncs: its changes must be made in a session from "
            "console.sync.session.store_session, which writes the outbox"
        )
