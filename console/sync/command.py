"""The `server init`, `users add` and `sync` commands."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from console.enums import Role
from console.errors import UserError


def add_sync_parsers(sub: Any, common: argparse.ArgumentParser, parser_class: Any) -> None:
    """Register the sync commands on the top-level parser."""
    from console.cli import whole_number

    server = sub.add_parser("server", help="the shared PostgreSQL database")
    s_sub = server.add_subparsers(
        dest="server_command", parser_class=parser_class, metavar="ACTION"
    )
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

    users = sub.add_parser("users", help="console users on the shared database")
    u_sub = users.add_subparsers(dest="users_command", parser_class=parser_class, metavar="ACTION")
    u_sub.required = True
    add = u_sub.add_parser("add", help="create a user and its PostgreSQL login role")
    add.add_argument("--url", required=True, help="postgresql://admin@host/database")
    add.add_argument("username", help="lower-case login name (becomes the PostgreSQL role)")
    add.add_argument("--name", required=True, help="the name shown in the console")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--engineer", help="for an engineer: the engineer's name or id")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the new password from stdin"
    )
    add.add_argument(
        "--adopt",
        action="store_true",
        help="make an existing PostgreSQL role (not an administrator's) this console user",
    )
    deactivate = u_sub.add_parser(
        "deactivate", help="take a user's login away; its records and history stay"
    )
    deactivate.add_argument("--url", required=True, help="postgresql://admin@host/database")
    deactivate.add_argument("username")
    listing = u_sub.add_parser("list", help="the console users and whether they can sign in")
    listing.add_argument("--url", required=True, help="postgresql://admin@host/database")

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


def _warnings_as_lines() -> None:
    """Show a connection's security warning as one line on stderr, once per command."""
    import warnings

    from console.sync.connection import InsecureConnectionWarning

    shown = warnings.showwarning

    def show(message: Any, category: Any, *rest: Any, **named: Any) -> None:
        if issubclass(category, InsecureConnectionWarning):
            print(f"dispatch-console: warning: {message}", file=sys.stderr)
        else:
            shown(message, category, *rest, **named)

    warnings.showwarning = show


def run_server(args: argparse.Namespace) -> int:
    """`server init` or `server prune`."""
    _warnings_as_lines()
    if args.server_command == "prune":
        return run_server_prune(args)
    return run_server_init(args)


def run_server_prune(args: argparse.Namespace) -> int:
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


def run_server_init(args: argparse.Namespace) -> int:
    """`server init`."""
    from console.sync.connection import describe
    from console.sync.server import init_server

    info = init_server(args.url, new_epoch=args.new_epoch)
    print(
        f"{describe(args.url)} is at schema {info.revision}; sync layer installed; "
        f"epoch {info.epoch}{' (new: replicas will download again)' if info.new_epoch else ''}"
    )
    return 0


def run_users(args: argparse.Namespace) -> int:
    """`users add`, `users deactivate` or `users list`."""
    _warnings_as_lines()
    from console.sync.users import deactivate_user, list_users

    if args.users_command == "deactivate":
        deactivate_user(args.url, args.username)
        print(f"user {args.username} deactivated: the login is closed, the records stay")
        return 0
    if args.users_command == "list":
        for user in list_users(args.url):
            state = "active" if user.active and user.can_log_in else "deactivated"
            print(f"{user.username:<24} {user.role.value:<16} {state:<12} {user.display_name}")
        return 0
    return run_users_add(args)


def run_users_add(args: argparse.Namespace) -> int:
    """`users add`."""
    import getpass

    from console.sync.users import add_user

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        if not password:
            raise UserError("--password-stdin: no password was given on stdin")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.username} (empty: none): ") or None
    add_user(
        args.url,
        username=args.username,
        display_name=args.name,
        role=Role(args.role),
        engineer=args.engineer,
        password=password,
        adopt=args.adopt,
    )
    print(f"user {args.username} added as {args.role.replace('_', ' ')}")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    """`sync`: one round (joining the server first when --url is given)."""
    _warnings_as_lines()
    from console.cli import open_engine
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
