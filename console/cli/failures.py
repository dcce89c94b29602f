"""Every error a user can cause, as one line on stderr and exit status 2."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError

from console.cli.options import PROG, store_name
from console.errors import UserError

URL_COMMANDS = frozenset({"server", "users"})
"""Commands that name their database with --url rather than --db."""


def reporting_errors(args: argparse.Namespace, run: Callable[[argparse.Namespace], int]) -> int:
    """Run a command; anything the user caused ends in one line and status 2."""
    try:
        return run(args)
    except UserError as exc:
        line = _first_line(exc)
        if args.command in URL_COMMANDS and line.startswith("--db:"):
            line = "--url:" + line.removeprefix("--db:")  # these commands take --url
        return fail(line)
    except DBAPIError as exc:
        if _is_damaged_sqlite(exc):
            return fail(
                f"--db: {store_name(args.db)} is not a Dispatch Console store "
                f"({_first_line(exc.orig)})"
            )
        return fail(f"{_url_option(args)}: {_first_line(exc.orig)}")
    except _psycopg_error() as exc:  # the sync commands talk to PostgreSQL directly
        return fail(f"{_url_option(args)}: {_first_line(exc)}")
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        # Ctrl-C: what was written is in its own committed transactions; say so, no traceback
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        return fail(_os_error_line(exc))


def fail(line: str) -> int:
    """Print one error line on stderr; the exit status of every user error."""
    print(f"{PROG}: error: {' '.join(line.split())}", file=sys.stderr)
    return 2


def _is_damaged_sqlite(exc: DBAPIError) -> bool:
    """Whether SQLite refused the file itself: not a database, or a damaged one."""
    name = getattr(exc.orig, "sqlite_errorname", "")
    return isinstance(exc.orig, sqlite3.DatabaseError) and name in {
        "SQLITE_NOTADB",
        "SQLITE_CORRUPT",
    }


def _first_line(exc: object) -> str:
    """An exception's first non-empty line (drivers add SQL and carets below it)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _psycopg_error() -> type[Exception]:
    """psycopg's base error, imported only when an error is being handled."""
    import psycopg

    return psycopg.Error


def _url_option(args: argparse.Namespace) -> str:
    """The option that named the PostgreSQL database a command talks to."""
    if getattr(args, "url", None):
        return "--url"
    return "--db" if getattr(args, "db", None) else "database"


def _os_error_line(exc: OSError) -> str:
    """An OSError as `<file>: <reason>`, the reason in lower case like the other lines."""
    reason = exc.strerror or _first_line(exc)
    reason = reason[:1].lower() + reason[1:]
    return f"{exc.filename}: {reason}" if exc.filename else f"system: {reason}"
