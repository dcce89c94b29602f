"""The `dispatch-console` command: opens the window, or runs a subcommand.

Each command group is a module of this package with `add_parser` and `run`; `COMMANDS`
lists them in the order `--help` shows. A new command is its module and one entry here.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from types import ModuleType

from console import __version__
from console.cli import (
    audit,
    billing,
    calendar,
    clients,
    contracts,
    db,
    demo,
    engineers,
    importing,
    intake,
    knowledge,
    mail,
    report,
    review,
    server,
    setup,
    sync,
    tickets,
    time,
    users,
    visits,
    window,
)
from console.cli.failures import URL_COMMANDS, fail, reporting_errors
from console.cli.options import PROG, Parser
from console.services.logs import DEFAULT_LEVEL, LEVELS, SAID, log_file, logging_to_file

log = logging.getLogger(__name__)

COMMANDS: dict[str, ModuleType] = {
    "demo": demo,
    "db": db,
    "tickets": tickets,
    "report": report,
    "server": server,
    "users": users,
    "sync": sync,
    "audit": audit,
    "setup": setup,
    "clients": clients,
    "contracts": contracts,
    "engineers": engineers,
    "import": importing,
    "time": time,
    "calendar": calendar,
    "billing": billing,
    "mail": mail,
    "intake": intake,
    "review": review,
    "knowledge": knowledge,
    "visits": visits,
}


def build_parser() -> argparse.ArgumentParser:
    """The full command-line grammar."""
    db_help = "database file or SQLAlchemy URL (default: the local store in your data folder)"
    common = Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    log_help = f"how much the log file keeps (default: {DEFAULT_LEVEL})"
    common.add_argument("--log-level", choices=LEVELS, default=argparse.SUPPRESS, help=log_help)

    parser = Parser(prog=PROG, description="Dispatcher console for IT service providers.")
    parser.add_argument("--db", default=None, help=db_help)
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh small demo database"
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--log-level", choices=LEVELS, default=DEFAULT_LEVEL, help=log_help)
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for module in COMMANDS.values():
        module.add_parser(sub, common)
    sub.add_parser("version", help="print the version")
    return parser


def _version(_args: argparse.Namespace) -> int:
    print(f"{PROG} {__version__}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `dispatch-console` and `python -m console`."""
    args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if args.command == "version":
        return _version(args)
    command = COMMANDS.get(args.command, window)
    name = args.command or "window"
    database, server = args.db, getattr(args, "url", None)
    if name in URL_COMMANDS:  # their --url is the database itself
        database, server = server, None
    if args.demo and not args.command:  # the window on the demo store it builds afresh
        from console.paths import data_dir

        database = str(data_dir() / "demo.sqlite3")
    with logging_to_file(args.log_level, database=database, server=server, command=name):
        try:
            return reporting_errors(args, command.run)
        except Exception as exc:  # a fault of ours: the traceback for us, one line for the user
            log.error("%s failed", name, exc_info=exc, extra=SAID)
            reason = " ".join(str(exc).split()) or type(exc).__name__
            return fail(f"unexpected error ({reason}); details in {log_file()}")
