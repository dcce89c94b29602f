"""`dispatch-console contracts ...`: what clients bought (issue 18)."""

from __future__ import annotations

import argparse
from typing import Any

from console.cli.options import Parser, iso_day
from console.cli.records import (
    FORMATS,
    acting_user,
    add_as_option,
    add_field_options,
    given,
    print_record,
    print_records,
    store,
)
from console.services.master_data.fields import CONTRACT_FIELDS, SLA_HELP

LISTED = ("client", "name", "kind", "valid_from", "valid_until", "currency", "sla_targets")
FIELDS = (*CONTRACT_FIELDS, "sla")


def _sla_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sla", metavar="TARGETS", default=argparse.SUPPRESS, help=SLA_HELP)


def _client_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--client", help="the client, when contracts of several share a name")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`contracts add|list|show|edit|deactivate`."""
    contracts = sub.add_parser("contracts", help="enter and keep clients' contracts")
    k_sub = contracts.add_subparsers(
        dest="contracts_command", parser_class=Parser, metavar="ACTION"
    )
    k_sub.required = True
    add = k_sub.add_parser("add", parents=[common], help="enter a contract for a client")
    add.add_argument("client", help="the client's name or id")
    add_field_options(add, CONTRACT_FIELDS, adding=True)
    _sla_option(add)
    add_as_option(add)
    listing = k_sub.add_parser(
        "list", parents=[common], help="current contracts whose name, kind or client hold a text"
    )
    listing.add_argument("search", nargs="?", help="text to look for")
    listing.add_argument("--client", help="only this client's (name or id)")
    listing.add_argument("--all", action="store_true", help="ended contracts too")
    listing.add_argument("--format", choices=FORMATS, default="table")
    show = k_sub.add_parser("show", parents=[common], help="a contract with its SLA targets")
    show.add_argument("contract", help="name or id")
    _client_option(show)
    show.add_argument("--format", choices=("table", "json"), default="table")
    edit = k_sub.add_parser("edit", parents=[common], help="change the given fields")
    edit.add_argument("contract", help="name or id")
    _client_option(edit)
    add_field_options(edit, CONTRACT_FIELDS, adding=False)
    _sla_option(edit)
    add_as_option(edit)
    end = k_sub.add_parser(
        "deactivate", parents=[common], help="end a contract (valid until a day); it stays on file"
    )
    end.add_argument("contract", help="name or id")
    _client_option(end)
    end.add_argument("--last-day", type=iso_day, help="the last day covered (default: today)")
    add_as_option(end)


def run(args: argparse.Namespace) -> int:
    """Run one `contracts` action."""
    from console.services.master_data import contracts as service

    _engine, sessions = store(args)
    command = args.contracts_command
    if command == "list":
        rows = service.list_contracts(
            sessions, args.search, client=args.client, include_ended=args.all
        )
        print_records(rows, LISTED, args.format, "contracts")
        return 0
    if command == "show":
        print_record(service.show_contract(sessions, args.contract, args.client), args.format)
        return 0
    user = acting_user(args, sessions)
    if command == "add":
        new = service.add_contract(sessions, user, args.client, **given(args, FIELDS))
        print(f"contract added for {args.client} (id {new})")
    elif command == "edit":
        values = given(args, FIELDS)
        service.edit_contract(sessions, user, args.contract, args.client, **values)
        print(f"contract {args.contract} changed")
    else:
        last = service.end_contract(sessions, user, args.contract, args.client, args.last_day)
        print(f"contract {args.contract} ends after {last.isoformat()}; it stays on file")
    return 0
