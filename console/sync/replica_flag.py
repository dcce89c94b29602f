"""Whether a store is a replica, and the flush hook that gives a replica's writes an outbox.

The hook is registered when a store's engine is created, which happens before the window
shows its first screen; it reads the flag through a lightweight table and leaves the
model-dependent work to `console.sync.capture`, so creating an engine builds no mapped
classes.
"""

from __future__ import annotations

import weakref

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, UOWTransaction

from console.store.lean_tables import sync_state

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


@event.listens_for(Session, "after_flush")
def _record_outbox(session: Session, _context: UOWTransaction) -> None:
    """Sync rule 1: a replica's flush writes its outbox entries in the same transaction."""
    connection = session.connection()
    if not is_replica(connection):
        return
    # A flush of mapped rows means the model is loaded already; importing here keeps it
    # off the path of everything that only creates an engine.
    from console.sync.capture import record_outbox

    record_outbox(session, connection)
