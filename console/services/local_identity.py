"""Who is signed in on a desk that works alone: the store's own users, the first made at setup.

On a shared database the signed-in user is the PostgreSQL login that syncs; a store that
does not sync has no login, so setting it up makes its first user, its administrator,
under the operating system's login name. Every later change is then done, and audited,
as someone.
"""

from __future__ import annotations

import getpass
import re
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select

from console.enums import Role
from console.store.replica import is_replica

if TYPE_CHECKING:  # the window's start asks for `login_name` without the ORM
    from sqlalchemy.orm import Session


def login_name() -> str:
    """The operating system's login, as a console username (lower case, no spaces)."""
    try:
        raw = getpass.getuser()
    except (KeyError, OSError):  # no such user in the system's tables (a container, say)
        raw = "admin"
    name = re.sub(r"[^a-z0-9_]", "_", raw.lower()).strip("_")
    return name[:63] or "admin"


def ensure_first_user(
    session: Session, username: str | None = None, display_name: str | None = None
) -> uuid.UUID | None:
    """Make the store's first user, an administrator, unless it has users or syncs.

    Returns the new user's id, or None when nothing was made.
    """
    # the model only here: the window's start asks for `login_name` before it is built
    from console.model import User

    if is_replica(session.connection()):
        return None  # the server's login is the identity (sync)
    if session.scalar(select(User.id).limit(1)) is not None:
        return None
    name = username or login_name()
    user = User(username=name, display_name=display_name or name, role=Role.ADMIN)
    session.add(user)
    session.flush()
    return user.id
