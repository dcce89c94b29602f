"""Users of a desk that works alone: added, listed and deactivated in its own store.

On a shared database users are PostgreSQL logins (`console.sync.users`); a store that does
not sync keeps them itself, so an administrator can name the service manager who looks
after a client, or the colleague who takes over the desk. Only an administrator manages
users; a user is deactivated, never deleted, because the audit trail names them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import Role
from console.errors import ValidationError
from console.model import Client, Engineer, User
from console.rules.roles import Scope, Task, check
from console.services.master_data.common import acting_role, find_one, writing
from console.store.replica import is_replica
from console.wording.phrases import phrase

Sessions = Callable[[], Session]


@dataclass(frozen=True)
class LocalUser:
    """A user as the lists show them."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    engineer: str | None
    client: str | None
    active: bool


def _alone(session: Session) -> None:
    """Refuse on a replica: its users come from the shared database."""
    if is_replica(session.connection()):
        raise ValidationError(
            "--url",
            phrase(
                "this store syncs with a shared database: manage its users "
                "there (users add --url postgresql://…)"
            ),
        )


def add_local_user(
    sessions: Sessions,
    acting: uuid.UUID | None,
    *,
    username: str,
    display_name: str,
    role: Role | str,
    engineer: str | None = None,
    client: str | None = None,
) -> uuid.UUID:
    """Add a user to this store; returns their id."""
    with writing(sessions, acting) as session:
        _alone(session)
        check(Task.MANAGE_USERS, Scope(acting_role(session, acting)), field="user")
        name = username.strip().lower() if isinstance(username, str) else username
        taken = session.scalar(select(User.id).where(func.lower(User.username) == name))
        if taken is not None:
            raise ValidationError(
                "username", phrase("{name} is a user of this store already", name=repr(name))
            )
        user = User(username=name, display_name=display_name.strip() or name, role=role)
        if client:
            user.client_id = find_one(session, Client, client, "client").id
        else:
            user.client_id = None  # checked against the role: a client admin needs one
        if engineer:
            if Role(user.role) is not Role.ENGINEER:
                raise ValidationError(
                    "engineer", phrase("only an engineer's account is an engineer")
                )
            user.engineer_id = find_one(session, Engineer, engineer, "engineer").id
        elif Role(user.role) is Role.ENGINEER:
            raise ValidationError("engineer", phrase("an engineer's account names the engineer"))
        session.add(user)
        session.flush()
        return user.id


def list_local_users(sessions: Sessions) -> list[LocalUser]:
    """The store's users, active first, by username."""
    with sessions() as session:
        users = session.scalars(select(User).order_by(User.active.desc(), User.username))
        return [
            LocalUser(
                u.id, u.username, u.display_name, Role(u.role),
                u.engineer.name if u.engineer else None, u.client.name if u.client else None,
                u.active,
            )
            for u in users
        ]  # fmt: skip


def deactivate_local_user(sessions: Sessions, acting: uuid.UUID | None, username: str) -> None:
    """Take a user's access away; what they did stays theirs in the audit trail."""
    with writing(sessions, acting) as session:
        _alone(session)
        check(Task.MANAGE_USERS, Scope(acting_role(session, acting)), field="user")
        user = session.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise ValidationError(
                "username", phrase("no user {username} in this store", username=repr(username))
            )
        if user.id == acting:
            raise ValidationError("username", phrase("you cannot deactivate yourself"))
        if not user.active:
            raise ValidationError(
                "username", phrase("{username} is inactive already", username=user.username)
            )
        if Role(user.role) is Role.ADMIN:
            admins = session.scalar(
                select(func.count()).where(User.role == Role.ADMIN, User.active.is_(True))
            )
            if (admins or 0) <= 1:
                raise ValidationError("username", phrase("the store's last administrator stays"))
        user.active = False
