"""Whether a store is a replica of a shared database (it has a sync state row).

Read through a lightweight table, so asking builds no mapped classes; the answer is
remembered per engine, and `mark_replica` changes it when a store joins a server.
"""

from __future__ import annotations

import weakref

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import OperationalError

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
