"""`dispatch-console sync`: push this store's changes and pull the server's."""

from __future__ import annotations

import argparse
from typing import Any

from console.cli.options import open_engine
from console.cli.warnings import warnings_as_lines
from console.errors import UserError


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`sync [--url U [--upload]] [--save-password] [--status]`."""
    sync = sub.add_parser("sync", parents=[common], help="push local changes and pull the server's")
    sync.add_argument("--url", help="first time only: the shared database to sync with")
    sync.add_argument(
        "--upload", action="store_true", help="first time only: send this store's records too"
    )
    sync.add_argument(
        "--save-password",
        action="store_true",
        help="ask for the password once and keep it in the system keyring",
    )
    sync.add_argument("--status", action="store_true", help="only show the replica's state")


def run(args: argparse.Namespace) -> int:
    """`sync`: one round (joining the server first when --url is given)."""
    warnings_as_lines()
    from console.sync.connection import describe, save_password, terminal_prompt
    from console.sync.replica import enrol, status, sync_once

    engine = open_engine(args.db)
    if args.status:
        return _print_status(status(engine))
    if args.save_password:
        current = status(engine)
        where = describe(args.url) if args.url else (current.server if current else None)
        if where is None:
            raise UserError("--save-password: give --url the first time")
        import getpass

        save_password(where, getpass.getpass(f"Password for {where}: "))
    if args.url:
        enrol(engine, args.url, upload=args.upload, prompt=terminal_prompt)
    report = sync_once(engine, prompt=terminal_prompt)
    pushed, pulled = report.pushed, report.pulled
    answers = ", ".join(f"{n} {a}" for a, n in sorted(pushed.answers.items())) or "nothing"
    print(f"pushed {pushed.sent} change(s): {answers}")
    kind = "downloaded" if pulled.full else "pulled"
    print(f"{kind} {pulled.upserted} row(s), removed {pulled.removed}")
    if pulled.held_back:
        print(
            f"{pulled.held_back} change(s) wait behind a server transaction open for "
            f"{pulled.lag_seconds} s; they arrive on a later sync"
        )
    return _print_status(status(engine))


def _print_status(current: Any) -> int:
    if current is None:
        print("this store does not sync (use `sync --url postgresql://...`)")
        return 0
    when = (
        current.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if current.last_sync_at
        else "never"
    )
    print(
        f"{current.login} at {current.server}: last sync {when}, "
        f"{current.pending} pending, {current.conflicts} conflict(s)"
    )
    if current.last_error:
        print(f"last error: {current.last_error}")
    return 0
