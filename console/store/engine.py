"""Opening the store: database URLs, SQLite pragmas, and first-start migration."""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import ConnectionPoolEntry

from console.errors import UserError
from console.paths import default_database
from console.wording.phrases import Phrase, phrase

SUPPORTED = ("sqlite", "postgresql")


def resolve_url(db: str | None) -> URL:
    """Turn a --db value (nothing, a file path or a SQLAlchemy URL) into a URL."""
    if db is None or db == "":
        return URL.create("sqlite", database=str(default_database()))
    if "://" not in db:
        path = Path(db).expanduser()
        if path.is_dir():
            raise UserError(phrase("--db: {db} is a folder; give a database file or a URL", db=db))
        if not path.parent.exists():
            raise UserError(phrase("--db: folder {parent} does not exist", parent=path.parent))
        kind = special_file_kind(path)
        if kind:
            # SQLite would write its journal next to it, and a device is never a store.
            raise UserError(phrase("--db: {db} is {kind}, not a database file", db=db, kind=kind))
        return URL.create("sqlite", database=str(path.resolve()))
    try:
        url = make_url(db)
    except ArgumentError:
        raise UserError(
            phrase("--db: {db} is not a database URL or a file path", db=repr(db))
        ) from None
    except ValueError as exc:  # SQLAlchemy turns the port into a number
        literal = re.search(r"base 10: (.*)$", str(exc))
        port = f" {literal.group(1)}" if literal else ""
        raise UserError(
            phrase("--db: the port{port} in the URL is not a number", port=port)
        ) from None
    if url.port is not None and not 0 < url.port < 65536:
        raise UserError(
            phrase("--db: the port {port} in the URL is out of range (1 to 65535)", port=url.port)
        )
    if url.get_backend_name() not in SUPPORTED:
        raise UserError(
            phrase(
                "--db: unknown database kind {kind}; use a SQLite file or a postgresql:// URL",
                kind=repr(url.get_backend_name()),
            )
        )
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        kind = special_file_kind(Path(url.database))
        if kind:
            raise UserError(
                phrase(
                    "--db: {database} is {kind}, not a database file",
                    database=url.database,
                    kind=kind,
                )
            )
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def special_file_kind(path: Path) -> Phrase | None:
    """What a path is when it exists and is not a regular file or folder ("a device")."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing (or unreadable: opening it names the real problem)
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISCHR(mode):
        return phrase("a character device")
    if stat.S_ISBLK(mode):
        return phrase("a block device")
    if stat.S_ISFIFO(mode):
        return phrase("a named pipe")
    if stat.S_ISSOCK(mode):
        return phrase("a socket")
    return phrase("a special file")


BUSY_TIMEOUT_MS = 5000
"""How long a local store's connection waits for another writer before it gives up."""


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the window read while a sync job writes; foreign keys are off by default.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def create_store_engine(url: URL | str, **kwargs: Any) -> Engine:
    """An engine for the local store or the shared database, set up for the console."""
    url = make_url(url) if isinstance(url, str) else url
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError:
        raise UserError(
            phrase("--db: no driver for {drivername}", drivername=repr(url.drivername))
        ) from None
    except ImportError as exc:  # a known driver whose package is not installed
        raise UserError(
            phrase(
                "--db: the driver for {drivername} is not installed ({missing})",
                drivername=repr(url.drivername),
                missing=exc.name or str(exc),
            )
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine
