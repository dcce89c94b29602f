"""A replica's life: joining a server, one sync round, and what the status bar shows."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from sqlalchemy import Engine, func, insert, select, update

from console.enums import Role
from console.errors import UserError, ValidationError, said
from console.gc_pause import collector_paused
from console.model import conflicts, outbox, sync_state, utcnow
from console.rules.roles import MONEY, actor_for
from console.services.logs import SAID
from console.store.replica import mark_replica
from console.sync.connection import (
    PasswordPrompt,
    PasswordSource,
    connect,
    describe,
    login_of,
    plain_url,
)
from console.sync.hooks import Fault, crash_test_hook, no_fault
from console.sync.pull import PullReport, ReplicaPosition, pull
from console.sync.push import PushReport, push
from console.sync.tables import synced_tables
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import restored_or_none, stored

log = logging.getLogger(__name__)


@dataclass
class ReplicaStatus:
    """What the window's status bar and `sync --status` say about a replica."""

    server: str
    login: str
    last_sync_at: datetime | None
    pending: int
    conflicts: int
    last_error: Phrase | str | None
    """Why the last round failed, worded where it is shown."""
    lag_seconds: int | None


@dataclass
class SyncReport:
    """One round: what was pushed and pulled."""

    pushed: PushReport = field(default_factory=PushReport)
    pulled: PullReport = field(default_factory=PullReport)

    def summary(self) -> str:
        """The round in one line, as the log keeps it."""
        pushed, pulled = self.pushed, self.pulled
        answers = ", ".join(f"{n} {a}" for a, n in sorted(pushed.answers.items()))
        kind = "downloaded" if pulled.full else "pulled"
        line = f"pushed {pushed.sent} change(s) ({answers or 'nothing'}), "
        line += f"{kind} {pulled.upserted} row(s), removed {pulled.removed}"
        if pulled.held_back:
            line += f", {pulled.held_back} held back behind an open server transaction"
        return line


@dataclass(frozen=True)
class _State:
    device_id: uuid.UUID
    server: str
    login: str
    sees_all: bool
    epoch: uuid.UUID | None
    cursor: str | None


def _stored_url(url: str) -> str:
    """The server URL without a password, as a replica keeps it."""
    describe(url)  # refuses a URL that holds a password
    return make_conninfo("", **conninfo_to_dict(plain_url(url)))


def _state(local: Engine) -> _State | None:
    s = sync_state.c
    with local.connect() as connection:
        row = connection.execute(
            select(s.device_id, s.server, s.login, s.sees_all, s.epoch, s.cursor)
        ).first()
    return None if row is None else _State(*row)


def status(local: Engine) -> ReplicaStatus | None:
    """The replica's standing, or None when the store does not sync."""
    s = sync_state.c
    with local.connect() as connection:
        row = connection.execute(
            select(s.server, s.login, s.last_sync_at, s.last_error, s.lag_seconds)
        ).first()
        if row is None:
            return None
        pending = connection.execute(select(func.count()).select_from(outbox)).scalar_one()
        open_conflicts = connection.execute(
            select(func.count()).select_from(conflicts).where(conflicts.c.resolved_at.is_(None))
        ).scalar_one()
    return ReplicaStatus(
        server=describe(row.server),
        login=row.login,
        last_sync_at=row.last_sync_at,
        pending=int(pending),
        conflicts=int(open_conflicts),
        last_error=restored_or_none(row.last_error),
        lag_seconds=row.lag_seconds,
    )


def check_schema(theirs: str | None) -> None:
    """Rule 8: a console and a server on different schemas say so and stop."""
    from console.store.migrate import head_revision, is_known_revision

    ours = head_revision()
    if theirs == ours:
        return
    if theirs is None or not is_known_revision(theirs):
        raise UserError(
            phrase(
                "the shared database is at schema {theirs}, newer than this console ({ours}): "
                "update Dispatch Console; your unsent changes are kept",
                theirs=theirs,
                ours=ours,
            )
        )
    raise UserError(
        phrase(
            "the shared database is at an older schema ({theirs}) than this console ({ours}): ask "
            "your administrator to run `dispatch-console server init`; your unsent changes are "
            "kept",
            theirs=theirs,
            ours=ours,
        )
    )


def _signed_in(conn: psycopg.Connection) -> Role:
    """Check the server's schema and return the console role of the login, in one query."""
    row = conn.execute(
        "SELECT (SELECT version_num FROM alembic_version), current_user, "
        "(SELECT role FROM users WHERE username = current_user AND active)"
    ).fetchone()
    assert row is not None
    revision, login, role = row
    check_schema(revision)
    if role is None:
        raise UserError(
            phrase(
                "{login} is not a console user of the shared database: an administrator adds it "
                "with `dispatch-console users add`",
                login=login,
            )
        )
    return Role(role)


def _has_business_rows(local: Engine) -> bool:
    with local.connect() as connection:
        for spec in synced_tables():
            if connection.execute(select(spec.table.c[spec.key[0]]).limit(1)).first():
                return True
    return False


def _holds_payments(local: Engine) -> bool:
    """Whether a store to upload holds payments (only the money roles add them)."""
    from console.model import Payment

    with local.connect() as connection:
        return connection.execute(select(Payment.id).limit(1)).first() is not None


def holds_records(local: Engine) -> bool:
    """Whether a local store holds records of its own (joining then sends them or refuses)."""
    return _has_business_rows(local)


def enrol(
    local: Engine,
    url: str,
    *,
    upload: bool = False,
    prompt: PasswordPrompt | None = None,
    secret: PasswordSource | None = None,
) -> _State:
    """Make a local store a replica of the server at ``url`` (or confirm it already is);
    the password comes from ``secret`` (by default the keyring), else the ``prompt``."""
    current = _state(local)
    stored = _stored_url(url)
    if current is not None:
        if describe(current.server) != describe(stored):
            raise UserError(
                phrase(
                    "this store already syncs with {server}; use a separate store for another "
                    "server",
                    server=describe(current.server),
                )
            )
        return current
    with connect(stored, prompt=prompt, autocommit=True, secret=secret) as conn:
        role = _signed_in(conn)
        if _has_business_rows(local):
            if not upload:
                raise UserError(
                    phrase(
                        "this store already holds records: start from an empty store, or pass "
                        "--upload to send them to the shared database"
                    )
                )
            if role not in (Role.DISPATCHER, Role.ADMIN, Role.SERVICE_MANAGER):
                # the field is named as the command line does; the window names it its way
                raise ValidationError("--upload", phrase("only a desk role can send a whole store"))
            if role not in MONEY and _holds_payments(local):
                raise ValidationError(
                    "--upload",
                    phrase(
                        "this store holds payments received, which only a service manager or "
                        "an administrator records: send it signed in as one of them"
                    ),
                )
            from console.sync.upload import upload_store

            upload_store(local, conn)
    with local.begin() as connection:
        connection.execute(
            insert(sync_state).values(
                id=1,
                device_id=uuid.uuid4(),
                server=stored,
                login=login_of(stored),
                sees_all=role is not Role.ENGINEER,
                applying=False,
            )
        )
    mark_replica(local)
    state = _state(local)
    assert state is not None
    return state


def sync_once(
    local: Engine,
    *,
    prompt: PasswordPrompt | None = None,
    conn: psycopg.Connection | None = None,
    opener: Callable[[str], psycopg.Connection] | None = None,
    fault: Fault = no_fault,
) -> SyncReport:
    """One round: push the outbox, then pull; the outcome is kept for the status bar.

    ``conn`` is a connection to use, or ``opener`` gives one for the stored server URL
    (the window's kept link); either stays open after the round.
    """
    if fault is no_fault:
        fault = crash_test_hook()
    state = _state(local)
    if state is None:
        raise UserError(
            phrase(
                "this store does not sync yet: run `dispatch-console sync --url postgresql://...` "
                "once"
            )
        )
    try:
        with collector_paused():
            if conn is None and opener is not None:
                conn = opener(state.server)  # inside: a failure to connect is recorded too
            if conn is None:
                with connect(state.server, prompt=prompt, autocommit=True) as own:
                    report = _round(local, own, state, fault)
            else:
                report = _round(local, conn, state, fault)
    except UserError as exc:
        _record(local, error=stored(said(exc)))
        log.warning("sync with %s failed: %s", describe(state.server), exc, extra=SAID)
        raise
    except psycopg.Error as exc:
        failed = phrase(
            "sync with {server} failed: {why}", server=describe(state.server), why=_words(exc)
        )
        _record(local, error=stored(failed))
        log.warning("%s", failed, exc_info=exc, extra=SAID)
        raise UserError(failed) from None
    _record(local, error=None, synced=True)
    log.info("sync with %s: %s", describe(state.server), report.summary())
    return report


def _words(exc: psycopg.Error) -> Phrase | str:
    if isinstance(exc, psycopg.errors.LockNotAvailable):
        return phrase(
            "a record you changed is held by another session on the server; "
            "your changes are kept and go with the next sync"
        )
    if isinstance(exc, psycopg.errors.UndefinedFunction):
        return phrase(
            "the shared database's sync layer is older than this console: "
            "ask your administrator to run `dispatch-console server init`"
        )
    if isinstance(exc, psycopg.OperationalError):
        return phrase("the connection was lost (offline?); nothing was lost, it will be sent again")
    return exc.diag.message_primary or type(exc).__name__


def _round(local: Engine, conn: psycopg.Connection, state: _State, fault: Fault) -> SyncReport:
    role = _signed_in(conn)
    report = SyncReport()
    report.pushed = push(local, conn, state.device_id, actor_for(role), fault=fault)
    position = ReplicaPosition(epoch=state.epoch, cursor=state.cursor, sees_all=state.sees_all)
    report.pulled = pull(local, conn, position, own=report.pushed.own, fault=fault)
    return report


def _record(local: Engine, *, error: str | None, synced: bool = False) -> None:
    values: dict[str, Any] = {"last_error": error}
    if synced:
        values["last_sync_at"] = utcnow()
    with local.begin() as connection:
        connection.execute(update(sync_state).values(**values))
