"""Who acts in a window's service call, and the transaction each call owns.

The window's services take a session factory (the desk's `store_session`, so a
replica's changes reach its outbox and the audit trail names the user), the acting
user as plain values, and ids; each opens its own session, commits or rolls back, and
returns plain data. A role the window shows is only a hint: a write that only some
roles may make asks the store who the user is.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from console.enums import Role
from console.errors import UserError
from console.rules.roles import actor_for
from console.rules.workflow import Actor
from console.store.lean_tables import users
from console.wording.phrases import phrase

if TYPE_CHECKING:  # the window signs in before its first screen, without the ORM
    from sqlalchemy.orm import Session

Sessions = Callable[[], "Session"]
"""Makes a new session on the store (the desk's `session`, or `partial(store_session, engine)`)."""


@dataclass(frozen=True)
class Acting:
    """The signed-in user: their id (None on a store without users) and their role."""

    user_id: uuid.UUID | None
    role: Role = Role.DISPATCHER


def acting_role(session: Session, acting: Acting) -> Role:
    """The acting user's role as the store knows it; the given role only without a stored user."""
    if acting.user_id is None:
        return acting.role
    u = users.c
    found = session.execute(select(u.role, u.active).where(u.id == acting.user_id).limit(1)).first()
    if found is None:  # a replica before its first sync has not got its users yet
        return acting.role
    if not found[1]:
        raise UserError(phrase("the signed-in user is no longer active: sign in again"))
    return Role(found[0])


def actor_of(role: Role) -> Actor:
    """A role as the workflow rules name who acts: a client's own admin acts as the client."""
    return actor_for(role)


def acting_actor(session: Session, acting: Acting) -> Actor:
    """The acting user's role, as the store knows it, as the workflow rules name it."""
    return actor_of(acting_role(session, acting))


@contextmanager
def reading(sessions: Sessions) -> Iterator[Session]:
    """A session for reading; closed when the block ends."""
    with sessions() as session:
        yield session


@contextmanager
def writing(sessions: Sessions) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back (nothing written) on error."""
    with sessions() as session, session.begin():
        yield session
