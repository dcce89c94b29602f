"""What every view shares: the store, the signed-in user and the clock."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from console.enums import Role
from console.rules.workflow import Actor
from console.services.acting import Acting, actor_of
from console.services.session_identity import find_user, store_login

if TYPE_CHECKING:  # the store is handed to the services, never used here
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


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
        return actor_of(self.role)

    @property
    def acting(self) -> Acting:
        """Who acts, as the services take it."""
        return Acting(self.user_id, self.role)

    def now(self) -> datetime:
        """The current instant (UTC)."""
        return self.clock()

    def session(self) -> Session:
        """A new session; each service call opens and closes its own through this."""
        from console.sync.session import store_session  # a replica's changes get an outbox

        return store_session(self.engine, user_id=self.user_id, expire_on_commit=False)

    def sign_in_from_store(self) -> None:
        """Act as the store's own identity, never a pick: on a replica the login that
        syncs, on a desk alone the system's login if it is a user (else as `sign_in`)."""
        self.sign_in(store_login(self.engine))

    def sign_in(self, username: str | None) -> None:
        """Act as this user (or the first active dispatcher, else the administrator, when
        none is given)."""
        found = find_user(self.engine, username)
        if found is not None:
            self.user_id, self.user_name, self.role = found.user_id, found.display_name, found.role
