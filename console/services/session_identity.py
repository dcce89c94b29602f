"""Who the window signs in as, read before the model is built.

The window's first screen must show before the model's mapped classes are built
(`console.store.lean_tables`), so the signed-in user is read through the lightweight
tables here and comes back as plain values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from console.enums import Role
from console.services.local_identity import login_name
from console.store.lean_tables import sync_state, users


@dataclass(frozen=True)
class SignedIn:
    """A user of the store, as the window shows and acts as them."""

    user_id: uuid.UUID
    display_name: str
    role: Role


def store_login(engine: Engine) -> str | None:
    """The store's own identity: on a replica the login that syncs, on a desk alone the
    system's login if it is an active user, else None."""
    with engine.connect() as connection:
        try:
            login = connection.execute(select(sync_state.c.login)).scalar()
        except OperationalError:  # a store from before sync existed
            login = None
    if login is not None:
        return str(login)
    u = users.c
    with engine.connect() as connection:
        mine = connection.execute(
            select(u.username).where(u.username == login_name(), u.active.is_(True))
        ).scalar()
    return None if mine is None else str(mine)


def find_user(engine: Engine, username: str | None) -> SignedIn | None:
    """This active user, or without a name the first active dispatcher, else the
    administrator; None when there is no such user."""
    u = users.c
    stmt = select(u.id, u.display_name, u.role).where(u.active.is_(True))
    if username:
        stmt = stmt.where(u.username == username)
    else:
        stmt = stmt.order_by(u.role != Role.DISPATCHER.value, u.username)
    with engine.connect() as connection:
        found = connection.execute(stmt.limit(1)).first()
    if found is None:
        return None
    return SignedIn(found[0], found[1], Role(found[2]))
