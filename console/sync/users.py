"""Console users on the shared database: each is a PostgreSQL login in one of the groups
this database has for its roles (`users add`, `users deactivate`, `users list`).

Only an administrator manages users: PostgreSQL itself asks for CREATEROLE to make or
change a login, and the `users` table can be changed by the admin group alone.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass

import psycopg
from psycopg import sql

from console.enums import Role
from console.errors import UserError
from console.ids import new_id
from console.sync.connection import connect, password_verifier
from console.sync.server import apply_login_settings, current_database, group_role
from console.wording.phrases import phrase


@dataclass(frozen=True)
class UserRow:
    """One console user as `users list` shows it."""

    username: str
    display_name: str
    role: Role
    active: bool
    can_log_in: bool


def add_user(
    url: str,
    *,
    username: str,
    display_name: str,
    role: Role,
    engineer: str | None = None,
    password: str | None = None,
    adopt: bool = False,
    client: str | None = None,
) -> uuid.UUID:
    """Create the login role and the console user in one transaction; return the user id.

    A PostgreSQL role of that name that already exists is taken over only with
    ``adopt``, and never when it is a superuser or may bypass row security. A client
    admin names the ``client`` (name or id) whose account it is, and only a client admin.
    """
    from console.model.people import User  # validates the name as the model does

    User(username=username, display_name=display_name, role=role)
    with connect(url) as conn, conn.transaction():
        db = current_database(conn)
        engineer_id = _engineer(conn, engineer) if engineer else None
        if role is Role.ENGINEER and engineer_id is None:
            raise UserError(
                phrase("--engineer: an engineer's login needs the engineer it belongs to")
            )
        if client and role is not Role.CLIENT_ADMIN:
            raise UserError(phrase("--client: only a client admin belongs to a client"))
        client_id = _client(conn, client) if client else None
        if role is Role.CLIENT_ADMIN and client_id is None:
            raise UserError(
                phrase("--client: a client admin's login needs the client it belongs to")
            )
        if conn.execute("SELECT 1 FROM users WHERE username = %s", (username,)).fetchone():
            raise UserError(
                phrase("username: {username} is already a console user", username=repr(username))
            )
        existing = conn.execute(
            "SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles WHERE rolname = %s",
            (username,),
        ).fetchone()
        name = sql.Identifier(username)
        if existing is not None:
            if existing[0]:
                raise UserError(
                    phrase(
                        "username: {username} is a PostgreSQL role with administrator powers; a "
                        "console user needs a login of its own",
                        username=repr(username),
                    )
                )
            if not adopt:
                raise UserError(
                    phrase(
                        "username: a PostgreSQL role {username} exists already; pass --adopt to "
                        "make it this console user",
                        username=repr(username),
                    )
                )
            conn.execute(sql.SQL("ALTER ROLE {} LOGIN").format(name))
        else:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(name))
        if password:
            # only the SCRAM verifier travels and can reach the server's log, never the password
            verifier = password_verifier(conn, username, password)
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(name, sql.Literal(verifier)))
        for other in Role:
            if other is not role:
                conn.execute(
                    sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group_role(other, db)), name)
                )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(role, db)), name))
        apply_login_settings(conn, username)
        user_id = new_id()
        conn.execute(
            "INSERT INTO users (id, row_version, created_at, updated_at, username, display_name,"
            " role, engineer_id, client_id, active)"
            " VALUES (%s, 1, now(), now(), %s, %s, %s, %s, %s, true)",
            (user_id, username, display_name, role.value, engineer_id, client_id),
        )
    return user_id


def deactivate_user(url: str, username: str) -> None:
    """Mark a console user inactive, take its login away and end its open sessions here."""
    with connect(url) as conn:
        with conn.transaction():
            db = current_database(conn)
            row = conn.execute(
                "UPDATE users SET active = false, updated_at = now(), "
                "row_version = row_version + 1 WHERE username = %s RETURNING role",
                (username,),
            ).fetchone()
            if row is None:
                raise UserError(
                    phrase("username: {username} is not a console user", username=repr(username))
                )
            name = sql.Identifier(username)
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (username,)).fetchone():
                conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(name))
                for role in Role:
                    conn.execute(
                        sql.SQL("REVOKE {} FROM {}").format(
                            sql.Identifier(group_role(role, db)), name
                        )
                    )
        # after the commit: a session still open would otherwise go on writing; without the
        # right to end it, it still reads nothing, having left every group
        with contextlib.suppress(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = %s AND datname = current_database()",
                (username,),
            )


def list_users(url: str) -> list[UserRow]:
    """Every console user of the shared database, with whether its login still works."""
    with connect(url) as conn:
        rows = conn.execute(
            "SELECT u.username, u.display_name, u.role, u.active, coalesce(r.rolcanlogin, false)"
            " FROM users AS u LEFT JOIN pg_roles AS r ON r.rolname = u.username"
            " ORDER BY u.username"
        ).fetchall()
    return [UserRow(n, shown, Role(role), active, can) for n, shown, role, active, can in rows]


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
            raise UserError(
                phrase(
                    "--engineer: several engineers are called {engineer}; give the id",
                    engineer=repr(engineer),
                )
            )
        row = rows[0] if rows else None
    if row is None:
        raise UserError(
            phrase(
                "--engineer: no engineer {engineer} on the shared database", engineer=repr(engineer)
            )
        )
    return uuid.UUID(str(row[0]))


def _client(conn: psycopg.Connection, client: str) -> uuid.UUID:
    try:
        wanted: uuid.UUID | None = uuid.UUID(client)
    except ValueError:
        wanted = None
    if wanted is not None:
        row = conn.execute("SELECT id FROM clients WHERE id = %s", (wanted,)).fetchone()
    else:
        rows = conn.execute(
            "SELECT id FROM clients WHERE lower(name) = lower(%s)", (client.strip(),)
        ).fetchall()
        if len(rows) > 1:
            raise UserError(
                phrase(
                    "--client: several clients are called {client}; give the id",
                    client=repr(client),
                )
            )
        row = rows[0] if rows else None
    if row is None:
        raise UserError(
            phrase("--client: no client {client} on the shared database", client=repr(client))
        )
    return uuid.UUID(str(row[0]))
