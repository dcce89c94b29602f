"""`dispatch-console engineers ...`: the engineers' records (issue 18)."""

from __future__ import annotations

import argparse
from typing import Any

from console.cli.options import Parser
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
from console.rules.travel import read_point
from console.services.master_data.fields import ENGINEER_FIELDS

LISTED = ("name", "skill_level", "skills", "languages", "region", "home_time_zone", "active")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`engineers add|list|show|edit|deactivate`."""
    engineers = sub.add_parser("engineers", help="enter and keep the engineers' records")
    e_sub = engineers.add_subparsers(
        dest="engineers_command", parser_class=Parser, metavar="ACTION"
    )
    e_sub.required = True
    add = e_sub.add_parser("add", parents=[common], help="enter a new engineer")
    add_field_options(add, ENGINEER_FIELDS, adding=True)
    _base_option(add)
    add_as_option(add)
    listing = e_sub.add_parser(
        "list", parents=[common], help="engineers whose name, region, zone or skills hold a text"
    )
    listing.add_argument("search", nargs="?", help="text to look for")
    listing.add_argument("--all", action="store_true", help="inactive engineers too")
    listing.add_argument("--format", choices=FORMATS, default="table")
    show = e_sub.add_parser("show", parents=[common], help="an engineer's record")
    show.add_argument("engineer", help="name or id")
    show.add_argument("--format", choices=("table", "json"), default="table")
    edit = e_sub.add_parser("edit", parents=[common], help="change the given fields")
    edit.add_argument("engineer", help="name or id")
    add_field_options(edit, ENGINEER_FIELDS, adding=False)
    _base_option(edit)
    add_as_option(edit)
    deactivate = e_sub.add_parser(
        "deactivate", parents=[common], help="take an engineer off the roster; records stay"
    )
    deactivate.add_argument("engineer", help="name or id")
    add_as_option(deactivate)


def _base_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base",
        metavar="LAT,LON",
        default=argparse.SUPPRESS,
        help="where their day starts, as latitude,longitude in degrees, e.g. 52.37,4.90 "
        "(for travel to the first site; an empty value clears it)",
    )


def base_values(args: argparse.Namespace) -> dict[str, object]:
    """The field values given, with --base LAT,LON read into its two degrees."""
    values = given(args, ENGINEER_FIELDS)
    if not hasattr(args, "base"):
        return values
    latitude, longitude = read_point(str(args.base), "--base")
    return {**values, "base_latitude": latitude, "base_longitude": longitude}


def run(args: argparse.Namespace) -> int:
    """Run one `engineers` action."""
    from console.services.master_data import engineers as service

    _engine, sessions = store(args)
    command = args.engineers_command
    if command == "list":
        rows = service.list_engineers(sessions, args.search, include_inactive=args.all)
        print_records(rows, LISTED, args.format, "engineers")
        return 0
    if command == "show":
        print_record(service.show_engineer(sessions, args.engineer), args.format)
        return 0
    user = acting_user(args, sessions)
    if command == "add":
        values = base_values(args)
        new = service.add_engineer(sessions, user, **values)
        print(f"engineer {values.get('name')} added (id {new})")
    elif command == "edit":
        service.edit_engineer(sessions, user, args.engineer, **base_values(args))
        print(f"engineer {args.engineer} changed")
    else:
        service.deactivate_engineer(sessions, user, args.engineer)
        print(f"engineer {args.engineer} deactivated: their visits and time stay")
    return 0
