"""`dispatch-console server init|prune`: the shared PostgreSQL database, for its owner."""

from __future__ import annotations

import argparse
from typing import Any

from console.cli.options import Parser, whole_number
from console.cli.warnings import warnings_as_lines


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`server init --url U [--new-epoch]` and `server prune --url U [--older-than-days N]`."""
    server = sub.add_parser("server", help="the shared PostgreSQL database")
    s_sub = server.add_subparsers(dest="server_command", parser_class=Parser, metavar="ACTION")
    s_sub.required = True
    init = s_sub.add_parser("init", help="create or migrate the shared schema, roles and policies")
    init.add_argument("--url", required=True, help="postgresql://owner@host/database")
    init.add_argument(
        "--new-epoch",
        action="store_true",
        help="after restoring a backup: every replica downloads again (keeping its outbox)",
    )

    prune = s_sub.add_parser(
        "prune", help="delete old change-log entries (long-absent replicas download again)"
    )
    prune.add_argument("--url", required=True, help="postgresql://owner@host/database")
    prune.add_argument(
        "--older-than-days",
        type=whole_number,
        default=30,
        metavar="DAYS",
        help="keep this many days of changes (default 30)",
    )


def run(args: argparse.Namespace) -> int:
    """`server init` or `server prune`."""
    warnings_as_lines()
    if args.server_command == "prune":
        return _prune(args)
    return _init(args)


def _prune(args: argparse.Namespace) -> int:
    """`server prune`."""
    from datetime import timedelta

    from console.sync.connection import describe
    from console.sync.prune import prune_changes

    report = prune_changes(args.url, timedelta(days=args.older_than_days))
    print(
        f"{describe(args.url)}: removed {report.deleted} change-log entries older than "
        f"{args.older_than_days} day(s); replicas that last synced before then download again"
    )
    return 0


def _init(args: argparse.Namespace) -> int:
    """`server init`."""
    from console.sync.connection import describe
    from console.sync.server import init_server

    info = init_server(args.url, new_epoch=args.new_epoch)
    print(
        f"{describe(args.url)} is at schema {info.revision}; sync layer installed; "
        f"epoch {info.epoch}{' (new: replicas will download again)' if info.new_epoch else ''}"
    )
    return 0
