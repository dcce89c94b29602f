"""`dispatch-console time`: work logged, time awaiting approval, the two approvals (E5),
the cut-off."""

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


def run(args: argparse.Namespace) -> int:
    """Run one `time` action as the acting user, refused unless that user is the desk."""
    from console.services.master_data.common import acting_role
    from console.services.timekeeping import (
        approve_for_provider,
        lock_past_days,
        pending_approvals,
        record_client_approvals,
    )
    from console.sync.session import store_session

    engine, sessions = store(args)
    now = datetime.now(UTC)
    if args.time_command == "log":
        return _log(args, sessions, now)
    if args.time_command == "pending":
        with sessions() as session:
            rows: list[dict[str, Any]] = [
                {"id": str(e.id), "started_at": e.started_at.isoformat(), "ticket": ref,
                 "engineer": name, "hours": round((e.ended_at - e.started_at).seconds / 3600, 2),
                 "waiting_for": _waiting(e.provider_approved_at, e.client_approved_at)}
                for e, ref, name in pending_approvals(session)
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


def _waiting(provider: object, client: object) -> str:
    return {(True, True): "desk and client", (True, False): "the desk",
            (False, True): "the client"}.get((provider is None, client is None), "")  # fmt: skip


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
