"""What the window says about its store, without the model: where it is, whether it
syncs, and ids in the form the queue's rows carry them."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Engine

from console.store.driver import driver_id
from console.store.replica import is_replica


def store_label(engine: Engine) -> str:
    """Where the store is, for the status bar (a password is never shown)."""
    return engine.url.render_as_string(hide_password=True)


def store_syncs(engine: Engine) -> bool:
    """Whether this store is a replica that syncs with a server."""
    with engine.connect() as connection:
        return is_replica(connection)


def may_join(engine: Engine) -> bool:
    """Whether this desk works alone on a local store, so it may join a shared database
    (one that syncs has joined; one on PostgreSQL works on the shared database itself)."""
    return engine.dialect.name == "sqlite" and not store_syncs(engine)


def queue_row_id(engine: Engine, value: uuid.UUID | None) -> Any:
    """An id (a ticket's, a user's) in the form the queue's rows hold it (the driver's
    own), or None."""
    return driver_id(engine, value)


def has_clients(engine: Engine) -> bool:
    """Whether any client was entered yet (a new desk starts by entering them)."""
    from sqlalchemy import select

    from console.store.lean_tables import clients

    with engine.connect() as connection:
        return connection.execute(select(clients.c.id).limit(1)).first() is not None
