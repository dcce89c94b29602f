"""Joining a shared database as the window does it: the store becomes a replica of the
server and takes its first download, as `dispatch-console sync --url` does.

The password typed serves this join and its first sync; the system keyring keeps it when
the user asks (the window keeps it for its session either way), and nothing else does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from console.errors import UserError, ValidationError, said
from console.wording.phrases import Phrase, phrase

if TYPE_CHECKING:
    import psycopg


@dataclass(frozen=True)
class JoinFacts:
    """What the join dialog needs to know of the store before anything is typed."""

    syncs: bool
    """The store is a replica already: it syncs with `server`."""
    server: str | None
    on_server: bool
    """The desk works on the shared database itself: nothing to join."""
    holds_records: bool
    """Joining must send the store's records, or be refused."""


@dataclass(frozen=True)
class Joined:
    """A join that went through: where, as whom, and what the first sync brought."""

    server: str
    login: str
    sent: bool
    """The store's own records went to the server first."""
    received: int
    """Rows the first sync brought."""
    failed: Phrase | str | None = None
    """Why the first sync did not go through (joined all the same: it runs again)."""
    unkept: Phrase | str | None = None
    """Why the keyring did not keep the password asked to be kept."""


def join_facts(engine: Engine) -> JoinFacts:
    """The store's side of joining: already joined, on the server itself, holding records."""
    from console.sync.replica import holds_records, status

    if engine.dialect.name != "sqlite":
        return JoinFacts(False, None, True, False)
    current = status(engine)
    if current is not None:
        return JoinFacts(True, current.server, False, False)  # as `describe` shows it
    return JoinFacts(False, None, False, holds_records(engine))


def join_shared_database(
    engine: Engine,
    url: str,
    *,
    password: str | None = None,
    remember: bool = False,
    upload: bool = False,
) -> Joined:
    """Make this store a replica of the shared database at ``url`` and run its first sync.

    A typed ``password`` is tried before the keyring's (the user just typed it); with
    ``remember`` it is kept in the keyring once the server took it.
    """
    from console.sync.connection import (
        connect,
        describe,
        keyring_password,
        login_of,
        save_password,
    )
    from console.sync.replica import enrol, sync_once

    url = url.strip()
    if not url:
        raise ValidationError("--url", phrase("give the shared database's address"))
    _check_address(url)
    server = describe(url)  # refuses what is not a PostgreSQL URL
    facts = join_facts(engine)
    if facts.on_server:
        raise UserError(
            phrase("this desk works on the shared database itself: it has nothing to join")
        )
    if facts.syncs:
        raise UserError(
            phrase("this store already syncs with {server}", server=facts.server or server)
        )
    if facts.holds_records and not upload:
        raise ValidationError(
            "--upload",
            phrase(
                "this store already holds records: send them to the shared database, or join "
                "from an empty store"
            ),
        )
    typed = password or None

    def secret(asked: str) -> str | None:
        return typed if typed is not None else keyring_password(asked)

    enrol(engine, url, upload=upload, secret=secret)
    unkept: Phrase | str | None = None
    if remember and typed is not None:
        try:
            save_password(server, typed)
        except UserError as exc:  # joined all the same: the window uses it this session
            unkept = said(exc)
    opened: list[psycopg.Connection] = []

    def opener(stored: str) -> psycopg.Connection:
        opened.append(connect(stored, secret=secret))
        return opened[-1]

    sent = upload and facts.holds_records
    try:
        report = sync_once(engine, opener=opener)
    except UserError as exc:  # joined all the same: the window syncs again every minute
        return Joined(server, login_of(url), sent, 0, said(exc), unkept)
    finally:
        for conn in opened:
            conn.close()
    return Joined(server, login_of(url), sent, report.pulled.upserted, None, unkept)


def _check_address(url: str) -> None:
    """Refuse an address that holds a password, in the window's words (the command line's
    point to `sync --save-password`); one that is not a URL, `describe` refuses."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    from console.sync.connection import plain_url

    try:
        parts = conninfo_to_dict(plain_url(url))
    except psycopg.ProgrammingError:
        return
    if "password" in parts:
        raise ValidationError(
            "--url", phrase("a password never goes in the address: type it in its own field")
        )
