"""`dispatch-console time`: work logged, time awaiting approval, the two approvals (E5),
the cut-off, work sent back with a reason, the list with totals, the week's timesheet and
the engineer's running timer."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from datetime import UTC, datetime
from typing import Any

from console.cli.options import Parser
from console.cli.records import acting_user, add_as_option, store
from console.enums import ApprovalMethod


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`time log|pending|approve|client-approval|cutoff ...`."""
    time = sub.add_parser("time", help="time awaiting approval, approvals and the cut-off")
    t_sub = time.add_subparsers(dest="time_command", parser_class=Parser, metavar="ACTION")
    t_sub.required = True
    log = t_sub.add_parser("log", parents=[common], help="record an engineer's work on a ticket")
    log.add_argument("ticket", help="T-YYYY-NNNNNN")
    log.add_argument("--engineer", required=True, help="the engineer's name (or id)")
    log.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD HH:MM, client's clock")
    log.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD HH:MM, client's clock")
    log.add_argument("--description", default="", help="what was done")
    log.add_argument("--phase", choices=["none", "restore", "cause"], default="none",
                     help="an emergency's phase: restore or cause removal")  # fmt: skip
    log.add_argument("--not-billable", choices=["own_defect", "goodwill", "internal"],
                     default=None, help="tracked but not billed, and why")  # fmt: skip
    log.add_argument("--visit", default=None, help="V-YYYY-NNNNNN: worked on this visit")
    add_as_option(log)
    pending = t_sub.add_parser("pending", parents=[common], help="entries awaiting approval")
    pending.add_argument("--format", choices=["table", "json"], default="table")
    approve = t_sub.add_parser(
        "approve", parents=[common], help="the provider's approval of entries (the desk's act)"
    )
    approve.add_argument("entries", nargs="+", type=uuid.UUID, help="time entry ids")
    add_as_option(approve)
    client = t_sub.add_parser(
        "client-approval", parents=[common], help="record who at the client approved, and how"
    )
    client.add_argument("entries", nargs="+", type=uuid.UUID, help="time entry ids")
    client.add_argument("--by", required=True, help="the person at the client")
    client.add_argument("--how", required=True, choices=[m.value for m in ApprovalMethod])
    add_as_option(client)
    cutoff = t_sub.add_parser("cutoff", parents=[common], help="lock every closed day's entries")
    add_as_option(cutoff)
    _add_review_parsers(t_sub, common)


def _add_review_parsers(t_sub: Any, common: argparse.ArgumentParser) -> None:
    """`time reject|change|list|week|start|stop|status`."""
    reject = t_sub.add_parser(
        "reject", parents=[common], help="send an entry back to its engineer with a reason"
    )
    reject.add_argument("entries", nargs="+", type=uuid.UUID, help="time entry ids")
    reject.add_argument("--reason", required=True, help="why it goes back (the engineer reads it)")
    add_as_option(reject)
    change = t_sub.add_parser(
        "change", parents=[common], help="change an entry's work (clears a rejection)"
    )
    change.add_argument("entry", type=uuid.UUID, help="time entry id")
    change.add_argument("--from", dest="start", help="YYYY-MM-DD HH:MM, client's clock")
    change.add_argument("--to", dest="end", help="YYYY-MM-DD HH:MM, client's clock")
    change.add_argument("--description", default=None, help="what was done")
    change.add_argument("--phase", choices=["none", "restore", "cause"], default=None)
    add_as_option(change)
    listing = t_sub.add_parser(
        "list", parents=[common], help="time by engineer, day or week and state, with totals"
    )
    listing.add_argument("--engineer", default=None, help="the engineer's name (or id)")
    when = listing.add_mutually_exclusive_group()
    when.add_argument("--day", default=None, help="YYYY-MM-DD, the engineer's day")
    when.add_argument("--week", default=None, help="YYYY-Www, e.g. 2026-W48")
    listing.add_argument("--state", choices=["waiting", "approved", "rejected", "all"],
                         default="all")  # fmt: skip
    listing.add_argument("--format", choices=["table", "csv", "json"], default="table")
    week = t_sub.add_parser("week", parents=[common], help="an engineer's weekly timesheet")
    week.add_argument("--engineer", default=None,
                      help="the engineer's name (default: the signed-in engineer)")  # fmt: skip
    week.add_argument("--week", default=None, help="YYYY-Www (default: this week)")
    add_as_option(week)
    start = t_sub.add_parser("start", parents=[common], help="start a timer on a ticket")
    start.add_argument("ticket", help="T-YYYY-NNNNNN")
    start.add_argument("--phase", choices=["none", "restore", "cause"], default="none")
    start.add_argument("--engineer", default=None,
                       help="the engineer (default: the signed-in engineer)")  # fmt: skip
    add_as_option(start)
    stop = t_sub.add_parser("stop", parents=[common], help="stop the timer into a time entry")
    stop.add_argument("--description", default="", help="what was done")
    stop.add_argument("--discard", action="store_true", help="throw the timer away instead")
    add_as_option(stop)
    status = t_sub.add_parser("status", parents=[common], help="the running timer, if any")
    add_as_option(status)


def run(args: argparse.Namespace) -> int:
    """Run one `time` action as the acting user, refused unless that user is the desk."""
    from console.services.master_data.common import acting_role
    from console.services.timekeeping import (
        approve_for_provider,
        lock_past_days,
        pending_list,
        record_client_approvals,
    )
    from console.sync.session import store_session

    engine, sessions = store(args)
    now = datetime.now(UTC)
    if args.time_command == "log":
        return _log(args, sessions, now)
    if args.time_command in REVIEW_COMMANDS:
        return REVIEW_COMMANDS[args.time_command](args, sessions, now)
    if args.time_command == "pending":
        # the approval list as the window's service gives it, as plain data
        rows: list[dict[str, Any]] = [
            {"id": str(e.id), "started_at": e.started_at.isoformat(), "ticket": e.ticket_reference,
             "engineer": e.engineer, "hours": float(round(e.hours, 2)),
             "waiting_for": _waiting(e.waits_for_provider, e.waits_for_client)}
            for e in pending_list(sessions)
        ]  # fmt: skip
        if args.format == "json":
            json.dump(rows, sys.stdout, indent=1)
            sys.stdout.write("\n")
        else:
            for r in rows:
                print(f"{r['id']}  {r['started_at'][:16]}  {r['ticket']}  {r['engineer']:<20} "
                      f"{r['hours']:>5}  waits for {r['waiting_for']}")  # fmt: skip
            print(f"{len(rows)} entries awaiting approval")
        return 0
    user = acting_user(args, sessions)
    with store_session(engine, user_id=user) as session, session.begin():
        role = acting_role(session, user)
        if args.time_command == "approve":
            for entry_id in args.entries:
                entry = _entry(session, entry_id)
                approve_for_provider(session, entry, now, user, role)
            print(f"{len(args.entries)} entries approved for the provider")
        elif args.time_command == "client-approval":
            done = record_client_approvals(
                session, args.entries, now, role, by=args.by, method=ApprovalMethod(args.how)
            )
            print(f"{done} entries approved by {args.by.strip()} ({args.how.replace('_', ' ')})")
        else:
            print(f"{lock_past_days(session, now, role)} entries locked by the cut-off")
    return 0


def _entry(session: Any, entry_id: uuid.UUID) -> Any:
    from console.errors import UserError
    from console.model import TimeEntry

    entry = session.get(TimeEntry, entry_id)
    if entry is None:
        raise UserError(f"time entry: {entry_id} does not exist")
    return entry


def _waiting(provider: bool, client: bool) -> str:
    """Whose approval an entry still waits for."""
    return {(True, True): "desk and client", (True, False): "the desk",
            (False, True): "the client"}.get((provider, client), "")  # fmt: skip


def _log(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Record work; refused when it overlaps the engineer's time, naming the clash."""
    from console.services.acting import Acting
    from console.services.ticket_entry import log_time_by_names

    entry_id, zone = log_time_by_names(
        sessions, Acting(acting_user(args, sessions)), now, ticket=args.ticket,
        engineer=args.engineer, start=args.start, end=args.end, phase=args.phase,
        description=args.description, not_billable=args.not_billable, visit=args.visit,
    )  # fmt: skip
    print(f"{entry_id}: {args.start} to {args.end} ({zone}) recorded on {args.ticket.upper()}")
    return 0


def _acting(args: argparse.Namespace, sessions: Any) -> Any:
    from console.services.acting import Acting

    return Acting(acting_user(args, sessions))


def _reject(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Send entries back with a reason; refused for anyone but the desk."""
    from console.services.timekeeping import reject_entries

    done = reject_entries(sessions, _acting(args, sessions), args.entries, args.reason, now)
    print(f"{done} entries sent back: {' '.join(args.reason.split())}")
    return 0


def _change(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Change an entry's work; a change of the work clears a rejection."""
    from console.enums import Phase
    from console.errors import ValidationError
    from console.services.ticket_entry import _local
    from console.services.timekeeping import change_entry, entry_client_zone

    if not (args.start or args.end or args.description is not None or args.phase):
        raise ValidationError("--from", "give --from, --to, --description or --phase to change")
    zone = entry_client_zone(sessions, args.entry)
    start = _local(args.start, zone, "--from") if args.start else None
    end = _local(args.end, zone, "--to") if args.end else None
    try:
        cleared = change_entry(
            sessions, _acting(args, sessions), args.entry, now, started_at=start, ended_at=end,
            phase=Phase(args.phase) if args.phase else None, description=args.description,
        )  # fmt: skip
    except ValidationError as exc:  # the times were given as --from and --to
        field = {"started_at": "--from", "ended_at": "--to"}.get(exc.field)
        if field is None:
            raise
        raise ValidationError(field, exc.text) from None
    print(f"{args.entry} changed" + ("; it waits for the desk again" if cleared else ""))
    return 0


def _span(args: argparse.Namespace) -> tuple[Any, int]:
    from console.rules.timesheet import parse_day, parse_week

    if args.day:
        return parse_day(args.day, "--day"), 1
    if args.week:
        return parse_week(args.week, "--week"), 7
    return None, 1


def _list(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Print the entries a filter shows and their totals, as a table, CSV or JSON."""
    import csv
    from zoneinfo import ZoneInfo

    from console.rules.time_review import ReviewState
    from console.services.timekeeping import engineer_named, time_list

    engineer = engineer_named(sessions, args.engineer, "--engineer") if args.engineer else None
    first, days = _span(args)
    state = None if args.state == "all" else ReviewState(args.state)
    shown = time_list(sessions, engineer_id=engineer, first_day=first, days=days, state=state)
    rows = []
    for line in shown.lines:
        local = line.started_at.astimezone(ZoneInfo(line.zone))
        rows.append({
            "id": str(line.id), "day": local.date().isoformat(),
            "from": local.strftime("%H:%M"),
            "to": line.ended_at.astimezone(ZoneInfo(line.zone)).strftime("%H:%M"),
            "zone": line.zone, "ticket": line.ticket_reference, "engineer": line.engineer,
            "hours": f"{line.hours:.2f}", "billable": line.billable, "state": line.state.value,
            "reason": line.rejection_reason, "description": line.description,
        })  # fmt: skip
    totals = {"entries": len(rows), "hours": f"{shown.hours:.2f}",
              "billable_hours": f"{shown.billable_hours:.2f}"}  # fmt: skip
    if args.format == "json":
        json.dump({"entries": rows, "totals": totals}, sys.stdout, indent=1)
        sys.stdout.write("\n")
    elif args.format == "csv":
        names = list(rows[0]) if rows else ["id", "day", "from", "to", "zone", "ticket",
                                            "engineer", "hours", "billable", "state", "reason",
                                            "description"]  # fmt: skip
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        writer.writerow({"id": "total", "hours": totals["hours"],
                         "billable": totals["billable_hours"]})  # fmt: skip
    else:
        for r in rows:
            why = f"  ({r['reason']})" if r["reason"] else ""
            print(f"{r['id']}  {r['day']} {r['from']}-{r['to']}  {r['ticket']}  "
                  f"{r['engineer']:<20} {r['hours']:>6}  {r['state']}{why}")  # fmt: skip
        print(f"{len(rows)} {'entry' if len(rows) == 1 else 'entries'}, {totals['hours']} hours, "
              f"{totals['billable_hours']} billable")  # fmt: skip
    return 0


def _week(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Print an engineer's week: tickets down, days across, totals."""
    from zoneinfo import ZoneInfo

    from console.errors import ValidationError
    from console.rules.timesheet import monday_of, parse_week, week_name
    from console.services.timekeeping import engineer_named, my_engineer, week_sheet

    if args.engineer:
        engineer = engineer_named(sessions, args.engineer, "--engineer")
    else:
        found = my_engineer(sessions, _acting(args, sessions))
        if found is None:
            raise ValidationError("--engineer", "name the engineer: you are not one")
        engineer = found
    if args.week:
        monday = parse_week(args.week, "--week")
        week = week_sheet(sessions, engineer, monday)
    else:
        week = week_sheet(sessions, engineer, monday_of(now.date()))
        today = now.astimezone(ZoneInfo(week.zone)).date()
        if monday_of(today) != week.sheet.monday:  # the engineer's today, not UTC's
            week = week_sheet(sessions, engineer, monday_of(today))
    grid = week.sheet
    print(f"{week.engineer}, week {week_name(grid.monday)} ({week.zone})")
    head = "".join(f"{d.strftime('%a %d'):>8}" for d in grid.days)
    print(f"{'Ticket':<16}{head}{'Total':>8}")
    for row in grid.rows:
        cells = "".join(f"{_h(h):>8}" for h in row.days)
        print(f"{row.ticket:<16}{cells}{_h(row.total):>8}")
    cells = "".join(f"{_h(h):>8}" for h in grid.day_totals)
    print(f"{'Total':<16}{cells}{_h(grid.total):>8}")
    print(f"{_h(grid.total) or '0.00'} hours, {_h(grid.billable) or '0.00'} billable")
    return 0


def _h(hours: Any) -> str:
    return f"{hours:.2f}" if hours else ""


def _start(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Start the user's timer on a ticket."""
    from console.enums import Phase
    from console.errors import ValidationError
    from console.services.timekeeping import engineer_named
    from console.services.timer import start_timer

    engineer = engineer_named(sessions, args.engineer, "--engineer") if args.engineer else None
    try:
        timer = start_timer(sessions, _acting(args, sessions), args.ticket, now,
                            phase=Phase(args.phase), engineer_id=engineer)  # fmt: skip
    except ValidationError as exc:  # the engineer is named by --engineer here
        if exc.field != "engineer":
            raise
        raise ValidationError("--engineer", exc.text) from None
    print(f"timer started on {timer.ticket_reference} for {timer.engineer} "
          f"at {timer.started_at.isoformat(timespec='seconds')}")  # fmt: skip
    return 0


def _stop(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Stop the user's timer into a time entry (or throw it away)."""
    from console.errors import UserError
    from console.services.timer import discard_timer, stop_timer

    acting = _acting(args, sessions)
    if args.discard:
        gone = discard_timer(acting)
        if gone is None:
            raise UserError("no timer is running")
        print(f"timer on {gone.ticket_reference} thrown away")
        return 0
    entry_id, timer = stop_timer(sessions, acting, now, description=args.description)
    print(f"{entry_id}: {_clock(timer.elapsed_seconds(now))} recorded on {timer.ticket_reference} "
          f"for {timer.engineer}")  # fmt: skip
    return 0


def _status(args: argparse.Namespace, sessions: Any, now: datetime) -> int:
    """Say whether a timer runs, on what and for how long."""
    from console.services.timer import running_timer

    timer = running_timer(_acting(args, sessions))
    if timer is None:
        print("no timer is running")
    else:
        print(f"timer on {timer.ticket_reference} for {timer.engineer} ({timer.phase.value}): "
              f"{_clock(timer.elapsed_seconds(now))} since "
              f"{timer.started_at.isoformat(timespec='seconds')}")  # fmt: skip
    return 0


def _clock(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


REVIEW_COMMANDS = {
    "reject": _reject, "change": _change, "list": _list, "week": _week,
    "start": _start, "stop": _stop, "status": _status,
}  # fmt: skip
