"""`dispatch-console import clients|sites|contacts|engineers FILE.csv [--dry-run]`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from console.cli.failures import fail
from console.cli.records import acting_user, add_as_option, store
from console.errors import UserError

KINDS = ("clients", "sites", "contacts", "engineers")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`import KIND FILE [--dry-run] [--as USERNAME]`."""
    parser = sub.add_parser(
        "import",
        parents=[common],
        help="add clients, sites, contacts or engineers from a CSV file (all or nothing)",
        description="The header row names the fields, as the add commands name their options "
        "(name, country, time_zone, ...); sites and contacts name their client in a 'client' "
        "column. A file with any bad row writes nothing.",
    )
    parser.add_argument("kind", choices=KINDS, help="what the file holds")
    parser.add_argument("file", help="a CSV file, UTF-8 (with or without BOM)")
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and report; write nothing"
    )
    add_as_option(parser)


def run(args: argparse.Namespace) -> int:
    """Check the file; report each bad row on stderr (status 2), or add every row."""
    from console.services.importing import import_rows, read_csv

    try:
        with open(args.file, encoding="utf-8-sig", newline="") as stream:
            header, rows = read_csv(stream)
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{args.file}: not UTF-8 text (byte {exc.start}: {exc.reason}); save it as UTF-8"
        ) from None
    _engine, sessions = store(args)
    user = acting_user(args, sessions)
    result = import_rows(sessions, user, args.kind, header, rows, dry_run=args.dry_run)
    if result.problems:
        for problem in result.problems:
            fail(f"{args.file}: {problem}")
        bad = len({p.row for p in result.problems})
        print(
            f"{args.file}: {bad} of {result.rows} rows refused; nothing was written",
            file=sys.stderr,
        )
        return 2
    if args.dry_run:
        print(f"{args.file}: all {result.rows} rows are good; {result.added} {args.kind} "
              "would be added (dry run: nothing written)")  # fmt: skip
    else:
        print(f"{args.file}: {result.added} {args.kind} added")
    return 0
