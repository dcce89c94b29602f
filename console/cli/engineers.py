"""`dispatch-console engineers ...`: the engineers' records (issue 18), and their leave
(`leave`, `add-leave`, `cancel-leave`): days away, which the dispatch checks keep them
out of (D10)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

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
from console.enums import LeaveKind
from console.errors import ValidationError
from console.rules.travel import read_point
from console.services.master_data.fields import ENGINEER_FIELDS

if TYPE_CHECKING:
    from console.services.acting import Sessions

LISTED = ("name", "skill_level", "skills", "languages", "region", "home_time_zone", "active")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`engineers add|list|show|edit|deactivate|leave|add-leave|cancel-leave`."""
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
    _add_leave_actions(e_sub, common)


def _add_leave_actions(e_sub: Any, common: argparse.ArgumentParser) -> None:
    """`engineers leave|add-leave|cancel-leave ENGINEER`."""
    leave = e_sub.add_parser(
        "leave", parents=[common], help="an engineer's current and coming leave"
    )
    leave.add_argument("engineer", help="name or id")
    leave.add_argument("--format", choices=FORMATS, default="table")
    add = e_sub.add_parser(
        "add-leave", parents=[common], help="record leave: no visit is planned on its days"
    )
    add.add_argument("engineer", help="name or id")
    add.add_argument("--from", dest="start", required=True, type=iso_day, metavar="YYYY-MM-DD",
                     help="the first day away, in the engineer's zone")  # fmt: skip
    add.add_argument("--to", dest="end", type=iso_day, metavar="YYYY-MM-DD",
                     help="the last day away (default: the first)")  # fmt: skip
    add.add_argument("--kind", choices=[k.value for k in LeaveKind], default=LeaveKind.VACATION,
                     help="why (default: vacation)")  # fmt: skip
    add.add_argument("--note", default=None, help="a word for the desk, e.g. who covers")
    add_as_option(add)
    cancel = e_sub.add_parser(
        "cancel-leave", parents=[common], help="cancel leave called off or entered by mistake"
    )
    cancel.add_argument("engineer", help="name or id")
    cancel.add_argument("--from", dest="start", required=True, type=iso_day,
                        metavar="YYYY-MM-DD", help="the leave's first day")  # fmt: skip
    cancel.add_argument("--kind", choices=[k.value for k in LeaveKind], default=None,
                        help="its kind, when two leaves start that day")  # fmt: skip
    add_as_option(cancel)


LEAVE_COLUMNS = ("start", "end", "kind", "note")


def _leave(args: argparse.Namespace, sessions: Sessions) -> int:
    """List, record or cancel an engineer's leave."""
    from console.model.base import utcnow
    from console.services.acting import Acting
    from console.services.leave_book import cancel_leave, leave_of, record_leave
    from console.services.roster import NewLeave

    command, now = args.engineers_command, utcnow()
    if command == "leave":
        found = leave_of(sessions, args.engineer, now)
        rows = [{"id": str(p.id), "start": p.start.isoformat(), "end": p.end.isoformat(),
                 "kind": p.kind.value, "note": p.note or ""} for p in found.leave]  # fmt: skip
        print_records(rows, LEAVE_COLUMNS, args.format, f"leave periods of {found.engineer}")
        return 0
    acting = Acting(acting_user(args, sessions))
    if command == "add-leave":
        end = args.end or args.start
        if end < args.start:
            raise ValidationError("--to", "the last day comes before the first")
        new = NewLeave(args.start, end, LeaveKind(args.kind), args.note)
        saved = record_leave(sessions, acting, args.engineer, new)
        print(f"{args.engineer}: {saved.kind.value} {_days(saved.start, saved.end)} recorded")
        return 0
    which = LeaveKind(args.kind) if args.kind else None
    gone = cancel_leave(sessions, acting, args.engineer, args.start, now, which)
    print(f"{args.engineer}: {gone.kind.value} {_days(gone.start, gone.end)} cancelled")
    return 0


def _days(first: date, last: date) -> str:
    """A leave's days as a person reads them."""
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


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
    if command in ("leave", "add-leave", "cancel-leave"):
        return _leave(args, sessions)
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
