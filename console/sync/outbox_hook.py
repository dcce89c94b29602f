"""The flush hook that gives a replica's writes an outbox (sync rule 1).

The hook is registered when a store's engine is created (`console.store.engine`), which
happens before the window shows its first screen; it asks the store whether it is a
replica and leaves the model-dependent work to `console.sync.capture`, so creating an
engine builds no mapped classes.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from console.store.replica import is_replica


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
