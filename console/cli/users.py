"""`dispatch-console users add|deactivate|list`: console users, for an administrator."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from console.cli.options import Parser
from console.cli.warnings import warnings_as_lines
from console.enums import Role
from console.errors import UserError


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`users add|deactivate|list --url U ...`."""
    users = sub.add_parser("users", help="console users on the shared database")
    u_sub = users.add_subparsers(dest="users_command", parser_class=Parser, metavar="ACTION")
    u_sub.required = True
    add = u_sub.add_parser("add", help="create a user and its PostgreSQL login role")
    add.add_argument("--url", required=True, help="postgresql://admin@host/database")
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
    deactivate = u_sub.add_parser(
        "deactivate", help="take a user's login away; its records and history stay"
    )
    deactivate.add_argument("--url", required=True, help="postgresql://admin@host/database")
    deactivate.add_argument("username")
    listing = u_sub.add_parser("list", help="the console users and whether they can sign in")
    listing.add_argument("--url", required=True, help="postgresql://admin@host/database")


def run(args: argparse.Namespace) -> int:
    """`users add`, `users deactivate` or `users list`."""
    warnings_as_lines()
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
