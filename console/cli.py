"""The `dispatch-console` command: opens the window, or runs a subcommand.

Every error a user can cause ends with exit status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from console import __version__
from console.enums import TicketStatus
from console.errors import UserError

PROG = "dispatch-console"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option as one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        """Print one line naming the problem and exit with status 2."""
        # "argument --today: ..." becomes "--today: ...", like every other error line.
        message = message.removeprefix("argument ")
        self.exit(2, f"{PROG}: error: {' '.join(message.split())}\n")


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _demo_day(text: str) -> date:
    """The demo's anchor day: its ids count milliseconds from 1970, and it plans ahead."""
    from console.demo import FIRST_TODAY, LAST_TODAY

    day = _iso_day(text)
    if not FIRST_TODAY <= day <= LAST_TODAY:
        raise argparse.ArgumentTypeError(f"{text} is out of range ({FIRST_TODAY} to {LAST_TODAY})")
    return day


def whole_number(text: str) -> int:
    """An option's value as a whole number, zero or more (seeds, limits, days)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    db_help = "database file or SQLAlchemy URL (default: the local store in your data folder)"
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)

    parser = _Parser(prog=PROG, description="Dispatcher console for IT service providers.")
    parser.add_argument("--db", default=None, help=db_help)
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh small demo database"
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="fill a new database with demo data")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    demo.add_argument(
        "--seed", type=whole_number, default=1, help="same seed, same data (default 1)"
    )
    demo.add_argument(
        "--today", type=_demo_day, default=None, help="anchor day of the demo year (default today)"
    )

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", parser_class=_Parser, metavar="ACTION")
    db_sub.required = True
    db_sub.add_parser("upgrade", parents=[common], help="create or migrate the database")

    tickets = sub.add_parser("tickets", help="work with tickets")
    t_sub = tickets.add_subparsers(dest="tickets_command", parser_class=_Parser, metavar="ACTION")
    t_sub.required = True
    t_list = t_sub.add_parser("list", parents=[common], help="list tickets")
    t_list.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in TicketStatus] + ["all"],
        help="only these statuses (repeatable; default: all open ones)",
    )
    t_list.add_argument("--format", choices=["table", "json", "csv"], default="table")
    t_list.add_argument("--limit", type=whole_number, default=None, help="at most this many rows")

    from console.reports.command import add_report_parser

    add_report_parser(sub, common, _iso_day)
    from console.sync.command import add_sync_parsers

    add_sync_parsers(sub, common, _Parser)
    sub.add_parser("version", help="print the version")
    return parser


def open_engine(db: str | None) -> Engine:
    """Open (and create or migrate) the store named by --db."""
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade

    engine = create_store_engine(resolve_url(db))
    try:
        upgrade(engine)
    except UserError as exc:
        raise UserError(f"--db: {exc}") from None
    return engine


def _store_name(db: str | None) -> str:
    """The store a --db value names, as the user would recognise it."""
    if db:
        return db
    from console.paths import default_database

    return str(default_database())


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


def _cmd_demo(args: argparse.Namespace) -> int:
    from console.demo import build_demo, size_named

    engine = open_engine(args.db)
    counts = build_demo(
        engine,
        size_named(args.size),
        seed=args.seed,
        today=args.today,
        progress=lambda step: print(f"  {step}...", file=sys.stderr),
    )
    where = engine.url.render_as_string(hide_password=True)
    print(
        f"{args.size} demo data written to {where}: "
        + ", ".join(
            f"{counts[t]:,} {t.replace('_', ' ')}"
            for t in ("clients", "tickets", "visits", "time_entries")
        )
    )
    return 0


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from console.store.migrate import current_revision

    engine = open_engine(args.db)
    with engine.connect() as connection:
        revision = current_revision(connection)
    print(f"{engine.url.render_as_string(hide_password=True)} is at schema {revision}")
    return 0


def _fmt_time(value: Any) -> str:
    from console.ticket_queue import parse_stored_time

    instant = parse_stored_time(value)
    return "" if instant is None else instant.isoformat().replace("+00:00", "Z")


def _width(text: str) -> int:
    """Terminal columns a text takes: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    """Cut and pad a text to exactly ``width`` terminal columns."""
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (width - used)


def _cell(name: str, raw: Any) -> str:
    """A table cell: times in the user's own zone, enums in words."""
    from console.ticket_queue import parse_stored_time

    if name.endswith("_at"):
        instant = parse_stored_time(raw)
        return "" if instant is None else instant.astimezone().strftime("%Y-%m-%d %H:%M")
    return "" if raw is None else str(raw).replace("_", " ")


def _cmd_tickets_list(args: argparse.Namespace) -> int:
    from console.ticket_queue import COLUMNS, load_queue

    statuses: list[TicketStatus] | None = None
    if args.status and "all" not in args.status:
        statuses = [TicketStatus(s) for s in args.status]
    elif args.status:
        statuses = list(TicketStatus)
    engine = open_engine(args.db)
    with engine.connect() as connection:
        queue = load_queue(connection, statuses)
    count = len(queue) if args.limit is None else min(args.limit, len(queue))
    fields = [c for c in COLUMNS if not c.endswith("id") and c not in ("updated_at", "description")]
    times = {"opened_at", "first_response_at"}

    def value(name: str, i: int) -> Any:
        raw = queue.columns[name][i]
        if name in times:
            return _fmt_time(raw)
        if name == "emergency":
            return bool(raw)
        return "" if raw is None else raw

    out = sys.stdout
    if args.format == "json":
        json.dump(
            [{name: value(name, i) for name in fields} for i in range(count)],
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
    elif args.format == "csv":
        writer = csv.writer(out)
        writer.writerow(fields)
        for i in range(count):
            writer.writerow([value(name, i) for name in fields])
    else:
        shown = ("reference", "status", "priority", "category", "client", "title", "opened_at")
        rows = [[_cell(name, queue.columns[name][i]) for name in shown] for i in range(count)]
        widths = [
            min(40, max([len(h)] + [_width(r[k]) for r in rows])) for k, h in enumerate(shown)
        ]
        titles = [h.replace("_at", "").upper() for h in shown]
        out.write("  ".join(_fit(h, w) for h, w in zip(titles, widths, strict=True)).rstrip())
        out.write("\n")
        for r in rows:
            out.write("  ".join(_fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        out.write(f"{count} of {len(queue)} tickets\n")
    return 0


def _cmd_window(args: argparse.Namespace) -> int:
    db = args.db
    if args.demo:
        db = str(_fresh_demo_database())
    engine = open_engine(db)
    from console.views.app import run_app  # Qt only when a window is wanted

    return run_app(engine)


def _fresh_demo_database() -> Path:
    from console.demo import SIZES, build_demo
    from console.paths import data_dir
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade

    path = data_dir() / "demo.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    build_demo(engine, SIZES["small"], seed=1, today=datetime.now().date())
    engine.dispose()
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `dispatch-console` and `python -m console`."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        if args.command == "version":
            print(f"{PROG} {__version__}")
            return 0
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "db":
            return _cmd_db_upgrade(args)
        if args.command == "tickets":
            return _cmd_tickets_list(args)
        if args.command == "report":
            from console.reports.command import run_report

            return run_report(open_engine(args.db), args)
        if args.command in ("server", "users", "sync"):
            from console.sync import command

            runner = {"server": command.run_server, "users": command.run_users}
            return runner.get(args.command, command.run_sync)(args)
        return _cmd_window(args)
    except UserError as exc:
        line = _first_line(exc)
        if args.command in ("server", "users") and line.startswith("--db:"):
            line = "--url:" + line.removeprefix("--db:")  # these commands take --url
        return _fail(line)
    except DBAPIError as exc:
        if _is_damaged_sqlite(exc):
            return _fail(
                f"--db: {_store_name(args.db)} is not a Dispatch Console store "
                f"({_first_line(exc.orig)})"
            )
        return _fail(f"{_url_option(args)}: {_first_line(exc.orig)}")
    except _psycopg_error() as exc:  # the sync commands talk to PostgreSQL directly
        return _fail(f"{_url_option(args)}: {_first_line(exc)}")
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        # Ctrl-C: what was written is in its own committed transactions; say so, no traceback
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        return _fail(_os_error_line(exc))


def _fail(line: str) -> int:
    """Print one error line on stderr; the exit status of every user error."""
    print(f"{PROG}: error: {' '.join(line.split())}", file=sys.stderr)
    return 2
