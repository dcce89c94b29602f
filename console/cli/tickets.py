"""`dispatch-console tickets list|requester`: the queue on the command line, and who asks."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from console.cli.columns import fit, width
from console.cli.options import Parser, open_engine, whole_number
from console.cli.records import add_as_option
from console.enums import TicketStatus


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`tickets list [--status S ...] [--format F] [--limit N]`."""
    tickets = sub.add_parser("tickets", help="work with tickets")
    t_sub = tickets.add_subparsers(dest="tickets_command", parser_class=Parser, metavar="ACTION")
    t_sub.required = True
    t_list = t_sub.add_parser("list", parents=[common], help="list tickets")
    t_list.add_argument(
        "--status",
        action="append",
        choices=[s.value for s in TicketStatus] + ["all"],
        help="only these statuses (repeatable; default: all open ones)",
    )
    t_list.add_argument("--format", choices=["table", "json", "csv"], default="table")
    t_list.add_argument("--limit", type=whole_number, default=None, help="at most this many rows")
    t_req = t_sub.add_parser(
        "requester",
        parents=[common],
        help="find the contact an e-mail address belongs to, or register a new requester "
        "of the client whose e-mail domain it is",
    )
    t_req.add_argument("address", help="the sender's e-mail address (or 'Name <address>')")
    t_req.add_argument("--name", default=None, help="the sender's name, for a new requester")
    add_as_option(t_req)


def _fmt_time(value: Any) -> str:
    from console.store.driver import parse_stored_time

    instant = parse_stored_time(value)
    return "" if instant is None else instant.isoformat().replace("+00:00", "Z")


def _cell(name: str, raw: Any) -> str:
    """A table cell: times in the user's own zone, enums in words."""
    from console.store.driver import parse_stored_time

    if name.endswith("_at"):
        instant = parse_stored_time(raw)
        return "" if instant is None else instant.astimezone().strftime("%Y-%m-%d %H:%M")
    return "" if raw is None else str(raw).replace("_", " ")


def run(args: argparse.Namespace) -> int:
    """`tickets list` or `tickets requester`."""
    if args.tickets_command == "requester":
        return _requester(args)
    return _list(args)


def _requester(args: argparse.Namespace) -> int:
    """Say which client's contact the address is, registering a new requester if needed."""
    from console.cli.records import acting_user, store
    from console.services.requesters import Outcome, requester_for_address

    _engine, sessions = store(args)
    found = requester_for_address(sessions, acting_user(args, sessions), args.address, args.name)
    if found.outcome is Outcome.KNOWN:
        print(f"{found.address}: {found.contact_name} of {found.client_name} (known contact)")
    elif found.outcome is Outcome.CREATED:
        print(
            f"{found.address}: {found.contact_name} registered as a new requester "
            f"of {found.client_name}"
        )
    else:
        print(f"{found.address}: unknown sender, nothing registered ({found.reason})")
    return 0


def _list(args: argparse.Namespace) -> int:
    """List tickets as a table, JSON or CSV."""
    from console.queue.rows import COLUMNS, load_queue

    statuses: list[TicketStatus] | None = None
    if args.status and "all" not in args.status:
        statuses = [TicketStatus(s) for s in args.status]
    elif args.status:
        statuses = list(TicketStatus)
    engine = open_engine(args.db)
    with engine.connect() as connection:
        queue = load_queue(connection, statuses)
    count = len(queue) if args.limit is None else min(args.limit, len(queue))
    fields = [c for c in COLUMNS if not c.endswith("id") and c not in ("updated_at", "description")]
    times = {"opened_at", "first_response_at"}

    def value(name: str, i: int) -> Any:
        raw = queue.columns[name][i]
        if name in times:
            return _fmt_time(raw)
        if name == "emergency":
            return bool(raw)
        return "" if raw is None else raw

    out = sys.stdout
    if args.format == "json":
        json.dump(
            [{name: value(name, i) for name in fields} for i in range(count)],
            out,
            ensure_ascii=False,
            indent=1,
        )
        out.write("\n")
    elif args.format == "csv":
        writer = csv.writer(out)
        writer.writerow(fields)
        for i in range(count):
            writer.writerow([value(name, i) for name in fields])
    else:
        shown = ("reference", "status", "priority", "category", "client", "title", "opened_at")
        rows = [[_cell(name, queue.columns[name][i]) for name in shown] for i in range(count)]
        widths = [min(40, max([len(h)] + [width(r[k]) for r in rows])) for k, h in enumerate(shown)]
        titles = [h.replace("_at", "").upper() for h in shown]
        out.write("  ".join(fit(h, w) for h, w in zip(titles, widths, strict=True)).rstrip())
        out.write("\n")
        for r in rows:
            out.write("  ".join(fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
        out.write(f"{count} of {len(queue)} tickets\n")
    return 0
