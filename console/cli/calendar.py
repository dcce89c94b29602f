"""`dispatch-console calendar ...`: public holidays and the provider's and clients' closing days.

The days every SLA clock skips: a country's public holidays, and the closing days the
desk enters for everyone (the provider closed) or for one client.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from console.cli.options import Parser, whole_number
from console.cli.records import FORMATS, acting_user, add_as_option, print_records, store
from console.errors import ValidationError

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`calendar holidays|show|closures|close|reopen|day|waiting|move|resize|export`."""
    calendar = sub.add_parser(
        "calendar", help="public holidays and closing days: the days SLA clocks skip"
    )
    c_sub = calendar.add_subparsers(dest="calendar_command", parser_class=Parser, metavar="ACTION")
    c_sub.required = True

    def action(name: str, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = c_sub.add_parser(name, parents=[common], help=help)
        return parser

    def year_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--year", default=None, help="the year (default: this year)")

    def client_option(parser: argparse.ArgumentParser, help: str) -> None:
        parser.add_argument("--client", default=None, metavar="NAME", help=help)

    holidays = action("holidays", "a country's public holidays in one year")
    holidays.add_argument(
        "--country", default=None, help="two-letter country code (default: your company's)"
    )
    holidays.add_argument(
        "--subdivision", default=None, help="province or state, as the holidays package names it"
    )
    year_option(holidays)
    holidays.add_argument("--format", choices=FORMATS, default="table")
    show = action("show", "every day a client's clocks skip (default: your company's)")
    client_option(show, "the client's name or id (default: your own company)")
    year_option(show)
    show.add_argument("--format", choices=FORMATS, default="table")
    closures = action("closures", "closing days: every one, or those holding for one client")
    client_option(closures, "only the closing days that hold for this client (name or id)")
    year_option(closures)
    closures.add_argument("--format", choices=FORMATS, default="table")
    close = action("close", "enter a closing day: for everyone, or for one client")
    close.add_argument("day", help="the day, YYYY-MM-DD")
    close.add_argument("--reason", required=True, help="why it is closed (at most 200 characters)")
    client_option(close, "close for this client only (name or id; default: for everyone)")
    close.add_argument("--from", dest="start", default=None, metavar="HH:MM",
                       help="closed from this local time (default: the whole day)")  # fmt: skip
    close.add_argument("--to", dest="end", default=None, metavar="HH:MM",
                       help="closed until this local time")  # fmt: skip
    add_as_option(close)
    day = action("day", "an engineer's visits of one day in order, with the travel between sites")
    day.add_argument("engineer", help="the engineer's name or id")
    day.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                     help="the day in the engineer's zone (default: today there)")  # fmt: skip
    waiting = action("waiting", "visits waiting for an engineer, retainer clients' work first")
    waiting.add_argument("--from", dest="first", default=None, metavar="YYYY-MM-DD",
                         help="the first day in this computer's zone (default: today)")  # fmt: skip
    waiting.add_argument("--days", type=whole_number, default=7, metavar="N",
                         help="how many days (default: 7)")  # fmt: skip
    waiting.add_argument("--format", choices=FORMATS, default="table")
    move = action("move", "move a visit to another start or engineer, checked as in the calendar")
    move.add_argument("visit", help="the visit's reference, V-YYYY-NNNNNN")
    move.add_argument("--start", default=None, metavar="'YYYY-MM-DD HH:MM'",
                      help="the new start in the site's zone (default: unchanged)")  # fmt: skip
    move.add_argument("--engineer", default=None, metavar="NAME",
                      help="the new lead engineer (default: unchanged)")  # fmt: skip
    add_as_option(move)
    resize = action("resize", "make a visit longer or shorter, checked as in the calendar")
    resize.add_argument("visit", help="the visit's reference, V-YYYY-NNNNNN")
    resize.add_argument("--by", required=True, metavar="MINUTES",
                        help="minutes more (e.g. 15) or fewer (e.g. -15) reserved")  # fmt: skip
    add_as_option(resize)
    export = action("export", "an engineer's visits as an iCalendar file, for a phone or mail")
    export.add_argument("engineer", help="the engineer's name or id")
    export.add_argument("--from", dest="first", default=None, metavar="YYYY-MM-DD",
                        help="the first day in the engineer's zone (default: today)")  # fmt: skip
    export.add_argument("--days", type=whole_number, default=7, metavar="N",
                        help="how many days (default: 7)")  # fmt: skip
    export.add_argument("-o", "--output", required=True, type=Path, help="the .ics file to write")
    reopen = action("reopen", "remove a closing day: the clocks run again that day")
    reopen.add_argument("closure", metavar="ID", help="the closing day's id (see `closures`)")
    add_as_option(reopen)


def run(args: argparse.Namespace) -> int:
    """Run one `calendar` action."""
    from console.services import closures as service

    _engine, sessions = store(args)
    command = args.calendar_command
    if command == "day":
        return _day_plan(sessions, args.engineer, args.date)
    if command in ("move", "resize"):
        return _move(sessions, args)
    if command == "export":
        return _export(sessions, args)
    if command == "waiting":
        return _waiting(sessions, args)
    if command == "holidays":
        country, subdivision = args.country, args.subdivision
        if not country:
            country, subdivision = service.holiday_place(sessions)
            if not country:
                raise ValidationError(
                    "--country", "name one: your company is not set up yet (dispatch-console setup)"
                )
            subdivision = args.subdivision or subdivision
        found = service.holidays_of(country, subdivision, args.year, "en")
        rows: list[dict[str, Any]] = [{"id": None, **_day(h.day), "name": h.name} for h in found]
        _print(rows, ("date", "weekday", "name"), args.format, "public holidays", ("id",))
    elif command == "show":
        days = service.calendar_of(sessions, args.year, args.client, "en")
        rows = [
            {"id": d.closure_id, **_day(d.day), "what": d.what, "hours": _hours(d.start, d.end),
             "source": d.source}
            for d in days
        ]  # fmt: skip
        _print(rows, ("date", "weekday", "what", "hours", "source"), args.format, "days")
        if args.client is None and service.holiday_place(sessions)[0] is None:
            print(
                "no public holidays shown: your company is not set up yet (dispatch-console setup)",
                file=sys.stderr,
            )
    elif command == "closures":
        kept = service.list_closures(sessions, args.year, args.client)
        rows = [
            {"id": c.id, **_day(c.day), "hours": _hours(c.start, c.end), "reason": c.reason,
             "for": c.client or "everyone"}
            for c in kept
        ]  # fmt: skip
        _print(rows, ("id", "date", "weekday", "hours", "reason", "for"), args.format,
               "closing days")  # fmt: skip
    elif command == "close":
        user = acting_user(args, sessions)
        new = service.add_closure(
            sessions, user, args.day, args.reason, args.client, args.start, args.end
        )
        whom = f"for {args.client}" if args.client else "for everyone"
        print(f"closing day {args.day} ({_hours(args.start, args.end)}) added {whom} (id {new})")
    else:
        user = acting_user(args, sessions)
        gone = service.remove_closure(sessions, user, args.closure)
        whom = f"for {gone.client}" if gone.client else "for everyone"
        print(
            f"closing day {gone.day.isoformat()} ({_hours(gone.start, gone.end)}) {whom} removed "
            f"({gone.reason}): the clocks run again then"
        )
    return 0


def _day_plan(sessions: Any, engineer: str, day_text: str | None) -> int:
    """Print an engineer's day: each travel leg, then the visit it leads to."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from console.services.day_plan import day_plan_for, engineer_zone

    if day_text:
        day = _read_day(day_text, "--date")
    else:
        _id, zone_name = engineer_zone(sessions, engineer)
        day = datetime.now(UTC).astimezone(ZoneInfo(zone_name)).date()
    plan = day_plan_for(sessions, engineer, day)
    zone = ZoneInfo(plan.zone)
    print(f"{plan.engineer} · {day.isoformat()} {WEEKDAYS[day.weekday()]} · times in {plan.zone}")
    if not plan.stops:
        print("no visits planned that day")
        return 0
    for stop in plan.stops:
        print(f"  travel   {_leg(stop.leg)}")
        v = stop.visit
        a, b = v.start.astimezone(zone), v.end.astimezone(zone)
        print(f"  {a:%H:%M}-{b:%H:%M}  {v.reference}  {v.client} · {v.site}"
              f"{' · ' + v.address if v.address else ''} · {v.status.value}")  # fmt: skip
    if plan.home is not None:
        print(f"  travel   {_leg(plan.home)}")
    minutes = round(plan.travel.total_seconds() / 60)
    print(f"estimated travel: {minutes // 60} h {minutes % 60:02d} min")
    return 0


def _waiting(sessions: Any, args: argparse.Namespace) -> int:
    """The calendar's tray of unassigned visits: retainer clients' work first (C1), then
    the soonest; each start in its site's zone."""
    from datetime import datetime, time
    from zoneinfo import ZoneInfo

    from console.services.board import board_for

    if args.days < 1:
        raise ValidationError("--days", "is at least 1")
    here = datetime.now().astimezone().tzinfo
    first = _read_day(args.first, "--from") if args.first else datetime.now(here).date()
    start = datetime.combine(first, time(0), tzinfo=here)
    board = board_for(sessions, start, start + timedelta(days=args.days))
    rows: list[dict[str, Any]] = []
    for v in board.unassigned:
        local = v.start.astimezone(ZoneInfo(v.zone))
        note = f"needs a new engineer: {v.former_engineer} is no longer active" if (
            v.former_engineer) else ""  # fmt: skip
        rows.append({
            "id": v.id, "visit": v.reference, "start": f"{local:%Y-%m-%d %H:%M}", "zone": v.zone,
            "ticket": v.ticket_reference, "client": v.client, "site": v.site,
            "level": v.skill_level.value, "retainer": "yes" if v.retainer else "no", "note": note,
        })  # fmt: skip
    columns = ("visit", "start", "zone", "ticket", "client", "site", "level", "retainer", "note")
    _print(rows, columns, args.format, "visits waiting for an engineer", ("id",))
    return 0


def _export(sessions: Any, args: argparse.Namespace) -> int:
    """Write an engineer's visits of some days to an .ics file, as the calendar exports them."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from console.reports.output import check_output, write_atomically
    from console.services.day_plan import engineer_zone
    from console.services.schedule_export import schedule_of

    if args.days < 1:
        raise ValidationError("--days", "give one day or more")
    check_output(args.output, "-o")
    now = datetime.now(UTC)
    if args.first:
        first = _read_day(args.first, "--from")
    else:
        first = now.astimezone(ZoneInfo(engineer_zone(sessions, args.engineer)[1])).date()
    done = schedule_of(sessions, args.engineer, first, args.days, now)
    write_atomically(args.output, done.ics, "-o")
    last = first + timedelta(days=args.days - 1)
    span = first.isoformat() if args.days == 1 else f"{first.isoformat()} to {last.isoformat()}"
    print(f"{done.visits} visit{'' if done.visits == 1 else 's'} of {done.engineer}, {span} "
          f"({done.zone}), written to {args.output}")  # fmt: skip
    return 0


def _read_day(text: str, option: str) -> date:
    """A day typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(option, f"{text!r} is not a day as YYYY-MM-DD") from None


def _move(sessions: Any, args: argparse.Namespace) -> int:
    """Move or resize a visit through the calendar's checked service calls."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from console.services.acting import Acting
    from console.services.day_plan import engineer_zone, visit_slot
    from console.services.visits import move_visit_to, resize_visit_to

    slot = visit_slot(sessions, args.visit)
    acting = Acting(acting_user(args, sessions))
    zone = ZoneInfo(slot.zone)
    if args.calendar_command == "resize":
        try:
            minutes = int(str(args.by).strip())
        except ValueError:
            raise ValidationError("--by", f"{args.by!r} is not a whole number of minutes") from None
        if minutes == 0 or minutes % 15:
            raise ValidationError("--by", "give a multiple of 15 minutes, e.g. 15 or -30")
        done = resize_visit_to(sessions, acting, slot.id, timedelta(minutes=minutes))
        print(f"{done.reference} reserved {abs(minutes)} minutes "
              f"{'longer' if minutes > 0 else 'shorter'}")  # fmt: skip
    else:
        start = slot.start
        if args.start:
            try:
                local = datetime.fromisoformat(args.start.strip())
            except ValueError:
                raise ValidationError(
                    "--start", f"{args.start!r} is not a time as 'YYYY-MM-DD HH:MM'"
                ) from None
            start = local.replace(tzinfo=zone) if local.tzinfo is None else local
        engineer = slot.engineer_id
        if args.engineer:
            engineer = engineer_zone(sessions, args.engineer)[0]
        if engineer is None:
            raise ValidationError("--engineer", "the visit has no engineer yet: name one")
        done = move_visit_to(sessions, acting, slot.id, engineer, start)
        print(f"{done.reference} moved to {start.astimezone(zone):%Y-%m-%d %H:%M} ({slot.zone})")
    for warning in done.warnings:
        print(f"warning: {warning.message}", file=sys.stderr)
    return 0


def _leg(leg: Any) -> str:
    """One travel leg on a line: from, to, the estimate and any warning."""
    line = f"{leg.origin} → {leg.destination}: {leg.trip.reason}"
    if leg.trip.km is not None:
        line += f" ({leg.trip.km:.0f} km)"
    if leg.short is not None:
        line += f"  ⚠ {leg.short}"
    return line


def _day(day: date) -> dict[str, str]:
    return {"date": day.isoformat(), "weekday": WEEKDAYS[day.weekday()]}


def _hours(start: str | None, end: str | None) -> str:
    return f"{start}-{end}" if start and end else "whole day"


def _print(
    rows: list[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    noun: str,
    hidden: Sequence[str] = (),
) -> None:
    """Rows as a table, JSON or CSV; ``hidden`` keys stay out of JSON too."""
    if fmt == "json":
        rows = [{k: v for k, v in r.items() if k not in hidden} for r in rows]
    print_records(rows, columns, fmt, noun)
