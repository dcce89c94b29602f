"""What every view shares: the store, the signed-in user and the clock."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from console.enums import Role
from console.rules.workflow import Actor
from console.store.lean_tables import sync_state, users


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class DeskContext:
    """The store, who works at the desk, and what time it is (a test can stop the clock)."""

    engine: Engine
    user_id: uuid.UUID | None = None
    user_name: str = ""
    role: Role = Role.DISPATCHER
    clock: Callable[[], datetime] = field(default=_utc_now)

    @property
    def actor(self) -> Actor:
        """The user's role as the workflow rules name it."""
        return Actor(self.role.value)

    def now(self) -> datetime:
        """The current instant (UTC)."""
        return self.clock()

    def session(self) -> Session:
        """A new session; each action opens and closes its own."""
        from console.sync.session import store_session  # a replica's changes get an outbox

        return store_session(self.engine, user_id=self.user_id, expire_on_commit=False)

    def sign_in_from_store(self) -> None:
        """Act as the store's own identity, never a pick: on a replica the login that
        syncs, on a desk alone the system's login if it is a user (else as `sign_in`)."""
        from console.services.local_identity import login_name

        with self.engine.connect() as connection:
            try:
                login = connection.execute(select(sync_state.c.login)).scalar()
            except OperationalError:  # a store from before sync existed
                login = None
        if login is None:
            u = users.c
            with self.engine.connect() as connection:
                mine = connection.execute(
                    select(u.username).where(u.username == login_name(), u.active.is_(True))
                ).scalar()
            login = mine
        self.sign_in(login)

    def sign_in(self, username: str | None) -> None:
        """Act as this user (or the first active dispatcher, else the administrator, when
        none is given)."""
        # A lightweight table: at start-up this runs before the model is imported
        u = users.c
        stmt = select(u.id, u.display_name, u.role).where(u.active.is_(True))
        if username:
            stmt = stmt.where(u.username == username)
        else:
            stmt = stmt.order_by(u.role != Role.DISPATCHER.value, u.username)
        with self.engine.connect() as connection:
            found = connection.execute(stmt.limit(1)).first()
        if found is not None:
            self.user_id, self.user_name, self.role = found[0], found[1], Role(found[2])
