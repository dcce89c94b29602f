"""`users add`: a console user is a PostgreSQL login role in one of the console's groups."""

from __future__ import annotations

import uuid

import psycopg
from psycopg import sql

from console.enums import Role
from console.errors import UserError
from console.ids import new_id
from console.sync.connection import connect
from console.sync.server import group_role


def add_user(
    url: str,
    *,
    username: str,
    display_name: str,
    role: Role,
    engineer: str | None = None,
    password: str | None = None,
) -> uuid.UUID:
    """Create the login role and the console user in one transaction; return the user id."""
    from console.model.people import User  # validates the name as the model does

    User(username=username, display_name=display_name, role=role)
    with connect(url) as conn, conn.transaction():
        engineer_id = _engineer(conn, engineer) if engineer else None
        if role is Role.ENGINEER and engineer_id is None:
            raise UserError("--engineer: an engineer's login needs the engineer it belongs to")
        if conn.execute("SELECT 1 FROM users WHERE username = %s", (username,)).fetchone():
            raise UserError(f"username: {username!r} is already a console user")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (username,)).fetchone()
        name = sql.Identifier(username)
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(name))
        if password:
            # sent as a literal inside the statement, which PostgreSQL does not log by default
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(name, sql.Literal(password)))
        for other in Role:
            if other is not role:
                conn.execute(
                    sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group_role(other)), name)
                )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(role)), name))
        user_id = new_id()
        conn.execute(
            "INSERT INTO users (id, row_version, created_at, updated_at, username, display_name,"
            " role, engineer_id, active) VALUES (%s, 1, now(), now(), %s, %s, %s, %s, true)",
            (user_id, username, display_name, role.value, engineer_id),
        )
    return user_id


def _engineer(conn: psycopg.Connection, engineer: str) -> uuid.UUID:
    try:
        wanted: uuid.UUID | None = uuid.UUID(engineer)
    except ValueError:
        wanted = None
    if wanted is not None:
        row = conn.execute("SELECT id FROM engineers WHERE id = %s", (wanted,)).fetchone()
    else:
        rows = conn.execute("SELECT id FROM engineers WHERE name = %s", (engineer,)).fetchall()
        if len(rows) > 1:
            raise UserError(f"--engineer: several engineers are called {engineer!r}; give the id")
        row = rows[0] if rows else None
    if row is None:
        raise UserError(f"--engineer: no engineer {engineer!r} on the shared database")
    return uuid.UUID(str(row[0]))
