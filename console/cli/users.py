"""`dispatch-console users add|deactivate|list`: console users, for an administrator."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from console.cli.options import Parser
from console.cli.records import acting_user, add_as_option, store
from console.cli.warnings import warnings_as_lines
from console.enums import Role
from console.errors import UserError

URL_HELP = (
    "postgresql://admin@host/database: the shared database's users; without it, the "
    "local store's (--db)"
)


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`users add|deactivate|list --url U ...`."""
    users = sub.add_parser(
        "users", help="console users: on the shared database (--url), else in the local store"
    )
    u_sub = users.add_subparsers(dest="users_command", parser_class=Parser, metavar="ACTION")
    u_sub.required = True
    add = u_sub.add_parser(
        "add", parents=[common], help="create a user (and, with --url, its PostgreSQL login)"
    )
    add.add_argument("--url", help=URL_HELP)
    add.add_argument("username", help="lower-case login name (becomes the PostgreSQL role)")
    add.add_argument("--name", required=True, help="the name shown in the console")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--engineer", help="for an engineer: the engineer's name or id")
    add.add_argument("--client", help="for a client admin: the client's name or id")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the new password from stdin"
    )
    add.add_argument(
        "--adopt",
        action="store_true",
        help="make an existing PostgreSQL role (not an administrator's) this console user",
    )
    add_as_option(add)
    deactivate = u_sub.add_parser(
        "deactivate",
        parents=[common],
        help="take a user's login away; its records and history stay",
    )
    deactivate.add_argument("--url", help=URL_HELP)
    deactivate.add_argument("username")
    add_as_option(deactivate)
    listing = u_sub.add_parser(
        "list", parents=[common], help="the console users and whether they can sign in"
    )
    listing.add_argument("--url", help=URL_HELP)


def run(args: argparse.Namespace) -> int:
    """`users add`, `users deactivate` or `users list`."""
    warnings_as_lines()
    if not args.url:
        return _local(args)
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
    return _add(args)


def _local(args: argparse.Namespace) -> int:
    """The same three actions on the local store (a desk that works alone)."""
    from console.services.local_users import (
        add_local_user,
        deactivate_local_user,
        list_local_users,
    )

    _engine, sessions = store(args)
    if args.users_command == "list":
        for user in list_local_users(sessions):
            state = "active" if user.active else "deactivated"
            whose = user.engineer or user.client or ""
            print(f"{user.username:<24} {user.role.value:<16} {state:<12} "
                  f"{user.display_name}{'  (' + whose + ')' if whose else ''}")  # fmt: skip
        return 0
    acting = acting_user(args, sessions)
    if args.users_command == "deactivate":
        deactivate_local_user(sessions, acting, args.username)
        print(f"user {args.username} deactivated: their records and history stay")
        return 0
    if args.password_stdin or args.adopt:
        raise UserError("--password-stdin and --adopt are for a shared database (--url)")
    add_local_user(
        sessions, acting, username=args.username, display_name=args.name, role=args.role,
        engineer=args.engineer, client=args.client,
    )  # fmt: skip
    whose = f" of {args.client}" if args.client else ""
    print(f"user {args.username} added to this store as {args.role.replace('_', ' ')}{whose}")
    return 0


def _add(args: argparse.Namespace) -> int:
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
        client=args.client,
    )
    whose = f" of {args.client}" if args.client else ""
    print(f"user {args.username} added as {args.role.replace('_', ' ')}{whose}")
    return 0
