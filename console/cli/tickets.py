"""`dispatch-console tickets list|search|new|show|status|bulk|note|requester`: the queue on
the command line, any ticket found, a ticket registered, read, moved, assigned and
estimated (several at once) and noted, and who asks."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any

from console.cli import assessment
from console.cli.columns import fit, width
from console.cli.options import Parser, open_engine, whole_number
from console.cli.records import add_as_option
from console.enums import Channel, NoteKind, Priority, TicketCategory, TicketStatus

if TYPE_CHECKING:
    from console.rules.effort import EstimateUse


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
    t_find = t_sub.add_parser(
        "search", parents=[common], help="find tickets, closed ones too, by a few words"
    )
    t_find.add_argument(
        "words", help="words of the reference, title, text, client, site or requester"
    )
    t_find.add_argument(
        "--scope",
        choices=["all", "open", "closed"],
        default="all",
        help="which tickets (default: all)",
    )
    t_find.add_argument("--format", choices=["table", "json"], default="table")
    t_find.add_argument(
        "--limit", type=whole_number, default=50, help="at most this many (default 50)"
    )
    t_new = t_sub.add_parser("new", parents=[common], help="register a ticket")
    t_new.add_argument("--client", required=True, help="the client's name (or id)")
    t_new.add_argument("--title", required=True, help="what is wrong, in a few words")
    t_new.add_argument("--description", default="", help="the whole story")
    t_new.add_argument("--category", choices=[c.value for c in TicketCategory], default="incident")
    t_new.add_argument("--priority", choices=[p.value for p in Priority], default="normal")
    t_new.add_argument("--channel", choices=[c.value for c in Channel], default="phone")
    t_new.add_argument("--site", default=None, help="the client's site, by name")
    t_new.add_argument(
        "--contract", default=None, help="by name (default: the first in force today)"
    )
    t_new.add_argument("--requester", default=None, help="the contact who asks: name or e-mail")
    t_new.add_argument("--emergency", action="store_true", help="an outage (Express help)")
    add_as_option(t_new)
    t_show = t_sub.add_parser("show", parents=[common], help="a ticket: facts, SLA, notes")
    t_show.add_argument("reference", help="T-YYYY-NNNNNN")
    add_as_option(t_show)
    t_status = t_sub.add_parser("status", parents=[common], help="move a ticket to a status")
    t_status.add_argument("reference", help="T-YYYY-NNNNNN")
    t_status.add_argument("to", choices=[s.value for s in TicketStatus], help="the new status")
    add_as_option(t_status)
    t_bulk = t_sub.add_parser(
        "bulk", parents=[common],
        help="assign, move, or set the priority or estimate of one or several tickets at "
        "once (all or none)",
    )  # fmt: skip
    t_bulk.add_argument("references", nargs="+", metavar="REF", help="T-YYYY-NNNNNN")
    what = t_bulk.add_mutually_exclusive_group(required=True)
    what.add_argument("--assign", metavar="NAME", help="to this user (username or name)")
    what.add_argument("--unassign", action="store_true", help="to nobody")
    what.add_argument("--status", choices=[s.value for s in TicketStatus], help="the new status")
    what.add_argument("--priority", choices=[p.value for p in Priority], help="the new priority")
    what.add_argument(
        "--estimate", metavar="TIME", help="the effort expected, such as 4h, 1h30m or 90m"
    )
    what.add_argument("--no-estimate", action="store_true", help="take the estimate away")
    t_bulk.add_argument(
        "--resolution", default=None, help="how they were resolved (wanted with --status closed)"
    )
    add_as_option(t_bulk)
    t_note = t_sub.add_parser("note", parents=[common], help="write a note on a ticket")
    t_note.add_argument("reference", help="T-YYYY-NNNNNN")
    t_note.add_argument("text", help="the note")
    t_note.add_argument(
        "--kind", choices=[k.value for k in NoteKind], default="internal",
        help="internal (default); client: mailed to the requester",
    )  # fmt: skip
    add_as_option(t_note)
    assessment.add_parser(t_sub, common)
    t_req = t_sub.add_parser(
        "requester",
        parents=[common],
        help="find the contact an e-mail address belongs to, or register a new requester "
        "of the client whose e-mail domain it is",
    )
    t_req.add_argument("address", help="the sender's e-mail address (or 'Name <address>')")
    t_req.add_argument("--name", default=None, help="the sender's name, for a new requester")
    add_as_option(t_req)


SLA_FIELDS = ["sla", "sla_state", "sla_due_at", "sla_left"]
"""The queue's SLA column in JSON and CSV: the next target, its state, when it is due
(UTC) and the time left (or how late, or left when paused). A closed ticket's say how
its targets ended: the one met latest past its due instant (how late, as it was then),
else the one met last ("met", nothing left)."""


def _sla_field(name: str, clock: Any, now: Any) -> str:
    from console.queue.filters import countdown

    if clock is None:
        return ""
    if name == "sla":
        return str(clock.target.kind.value)
    if name == "sla_state":
        return str(clock.state_at(now).value)
    if name == "sla_due_at":
        return "" if clock.due_at is None else _fmt_time(clock.due_at)
    shown = countdown(clock, now)
    return "" if shown is None else ("-" if shown.late else "") + shown.span


def _sla_cell(clock: Any, now: Any) -> str:
    """The queue's SLA column in words: 'resolution 2h 05m left', '... late', '... paused'."""
    from console.queue.filters import countdown
    from console.rules.sla import ClockState
    from console.wording.phrases import english

    if clock is not None and clock.state is ClockState.MET:  # a closed ticket's, in time
        return f"{english(clock.target.kind)} met"
    shown = countdown(clock, now)
    if shown is None or clock is None:
        return ""
    how = "late" if shown.late else "paused" if shown.paused else "left"
    risk = ", at risk" if shown.at_risk else ""
    return f"{english(clock.target.kind)} {shown.span} {how}{risk}"


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
    """`tickets list|search|new|show|status|bulk|note|requester|assess`."""
    actions = {"requester": _requester, "new": _new, "show": _show, "status": _status,
               "note": _note, "search": _search, "bulk": _bulk,
               "assess": assessment.run}  # fmt: skip
    return actions.get(args.tickets_command, _list)(args)


def _now() -> Any:
    from console.model.base import utcnow

    return utcnow()


def _new(args: argparse.Namespace) -> int:
    """Register a ticket; print its reference."""
    from console.cli.records import acting_user, store
    from console.services.ticket_entry import register_ticket

    _engine, sessions = store(args)
    _id, reference = register_ticket(
        sessions, acting_user(args, sessions), _now(), client=args.client, title=args.title,
        category=args.category, priority=args.priority, channel=args.channel, site=args.site,
        contract=args.contract, requester=args.requester, description=args.description,
        emergency=args.emergency,
    )  # fmt: skip
    print(f"{reference}: registered")
    return 0


def _show(args: argparse.Namespace) -> int:
    """A ticket's facts, SLA clocks, moves, notes, visits and time, in the client's zone."""
    from console.cli.records import acting_user, store
    from console.services.acting import Acting
    from console.services.ticket_detail import detail_of
    from console.services.ticket_entry import ticket_by_reference
    from console.wording.phrases import english

    _engine, sessions = store(args)
    ticket_id = ticket_by_reference(sessions, args.reference)
    d = detail_of(sessions, Acting(acting_user(args, sessions)), ticket_id, _now())

    def at(instant: Any) -> str:
        return f"{d.local(instant):%Y-%m-%d %H:%M}"

    lines = [
        f"{d.reference}  {d.title}" + ("  [emergency]" if d.emergency else ""),
        f"client: {d.client}" + (f", site {d.site}" if d.site else ""),
        f"status: {english(d.status)}; priority {d.priority}; {d.category}; by {d.channel}",
        f"opened: {at(d.opened_at)} ({d.zone}); contract: {english(d.contract)}",
    ]
    if d.requester:
        lines.append(f"requester: {d.requester}")
    for target, clock in d.clocks.items():
        due = f", due {at(clock.due_at)}" if clock.due_at else ""
        lines.append(f"SLA {english(target)}: {english(clock.state_at(_now()))}{due}")
    if d.express:
        lines.append(assessment.assessment_line(sessions, ticket_id))
    if d.allowed:
        lines.append("may move to: " + ", ".join(s.value for s in d.allowed))
    for when, note_kind, body in d.notes:
        lines.append(f"note {at(when)} ({note_kind}): {body}")
    for v in d.visits:
        who = ", ".join(v.engineers) or "no engineer yet"
        lines.append(f"visit {v.reference}: {english(v.status)}, {at(v.planned_start)}, {who}")
    if d.time:
        lines.append(f"time: {len(d.time)} entries, {d.hours_logged.normalize():f} h")
    if (use := d.estimate) is not None:
        lines.append(_estimate_line(use))
    print("\n".join(lines))
    return 0


def _estimate_line(use: EstimateUse) -> str:
    """The estimate and the time logged against it: "estimate: 2h; 1h 30m logged (75%)"."""
    from console.wording.durations import hours_span

    estimate = hours_span(use.estimate_minutes * 60, "en")
    if not use.logged_minutes:
        return f"estimate: {estimate}; nothing logged yet"
    logged = hours_span(use.logged_minutes * 60, "en")
    line = f"estimate: {estimate}; {logged} logged ({use.share:.0%})"
    if use.over_minutes:
        line += f", {hours_span(use.over_minutes * 60, 'en')} over"
    return line


def _status(args: argparse.Namespace) -> int:
    """Move a ticket if the workflow allows it (a refusal is one line, status 2)."""
    from console.cli.records import acting_user, store
    from console.services.acting import Acting
    from console.services.ticket_detail import move_ticket
    from console.services.ticket_entry import ticket_by_reference

    _engine, sessions = store(args)
    ticket_id = ticket_by_reference(sessions, args.reference)
    to = TicketStatus(args.to)
    move_ticket(sessions, Acting(acting_user(args, sessions)), ticket_id, to, _now())
    print(f"{args.reference.strip().upper()}: {to.value.replace('_', ' ')}")
    return 0


def _bulk(args: argparse.Namespace) -> int:
    """Change several tickets at once; one refusal changes none (one line, status 2)."""
    from console.cli.records import acting_user, store
    from console.errors import ValidationError
    from console.rules.effort import check_estimate, read_minutes
    from console.services.acting import Acting
    from console.services.bulk_tickets import Field, change_tickets, user_by_name
    from console.services.ticket_entry import ticket_by_reference

    if args.resolution is not None and args.status != TicketStatus.CLOSED.value:
        raise ValidationError("--resolution", "only with --status closed")
    _engine, sessions = store(args)
    ids = [ticket_by_reference(sessions, reference) for reference in args.references]
    value: str | None
    if args.priority:
        field, value = Field.PRIORITY, args.priority
    elif args.status:
        field, value = Field.STATUS, args.status
    elif args.estimate is not None or args.no_estimate:
        minutes = None if args.no_estimate else read_minutes(args.estimate, "--estimate", "T7")
        check_estimate(minutes, "--estimate")
        if minutes is None and not args.no_estimate:
            raise ValidationError("--estimate", "give a time such as 4h, 1h30m or 90m")
        field, value = Field.ESTIMATE, None if minutes is None else str(minutes)
    else:
        field = Field.ASSIGNEE
        value = None if args.unassign else user_by_name(sessions, args.assign).hex
    result = change_tickets(sessions, Acting(acting_user(args, sessions)), ids, field, value,
                            _now(), resolution=args.resolution)  # fmt: skip
    for c in result.changes:
        print(f"{c.reference}: {field.value} {c.before_label} -> {c.after_label}")
    for reference in result.unchanged:
        print(f"{reference}: {field.value} already so")
    print(f"{len(result.changes)} changed, {len(result.unchanged)} already so")
    return 0


def _note(args: argparse.Namespace) -> int:
    """Write a note on a ticket; a client note is mailed to the requester."""
    from console.cli.records import acting_user, store
    from console.errors import ValidationError
    from console.services.acting import Acting
    from console.services.ticket_detail import write_note
    from console.services.ticket_entry import ticket_by_reference

    if not args.text.strip():
        raise ValidationError("text", "write what the note says")
    _engine, sessions = store(args)
    ticket_id = ticket_by_reference(sessions, args.reference)
    kind = NoteKind(args.kind)
    write_note(sessions, Acting(acting_user(args, sessions)), ticket_id, args.text, kind, _now())
    print(f"{args.reference.strip().upper()}: {kind.value} note written")
    return 0


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


def _search(args: argparse.Namespace) -> int:
    """Tickets holding every word, newest first, closed ones too."""
    from console.errors import UserError
    from console.queue.search import SearchScope, search_tickets, search_words, searchable

    if not searchable(search_words(args.words)):
        raise UserError("words: type at least three letters of a word")
    engine = open_engine(args.db)
    with engine.connect() as connection:
        found = search_tickets(connection, args.words, SearchScope(args.scope), args.limit)
    if args.format == "json":
        records = [
            {
                "reference": f.reference, "status": f.status.value, "title": f.title,
                "client": f.client, "site": f.site, "opened_at": _fmt_time(f.opened_at),
                "closed_at": _fmt_time(f.closed_at),
            }
            for f in found
        ]  # fmt: skip
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    shown = ("reference", "status", "client", "title", "opened_at", "closed_at")
    rows = [[_cell(name, getattr(f, name)) for name in shown] for f in found]
    widths = [min(40, max([len(h)] + [width(r[k]) for r in rows])) for k, h in enumerate(shown)]
    titles = [h.replace("_at", "").upper() for h in shown]
    out = sys.stdout
    out.write("  ".join(fit(h, w) for h, w in zip(titles, widths, strict=True)).rstrip() + "\n")
    for r in rows:
        out.write("  ".join(fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
    more = " (the newest; add words to narrow)" if len(found) == args.limit else ""
    out.write(f"{len(found)} tickets found{more}\n")
    return 0


def _list(args: argparse.Namespace) -> int:
    """List tickets as a table, JSON or CSV, written a chunk at a time: listing every
    ticket of a large store holds one chunk, not the store."""
    from itertools import islice

    from console.queue.clocks import queue_clocks
    from console.queue.rows import CHUNK, COLUMNS, queue_chunks, queue_count

    statuses: list[TicketStatus] | None = None
    if args.status and "all" not in args.status:
        statuses = [TicketStatus(s) for s in args.status]
    elif args.status:
        statuses = list(TicketStatus)
    engine = open_engine(args.db)
    now = _now()
    fields = [c for c in COLUMNS if not c.endswith("id") and c != "description"]
    fields += SLA_FIELDS
    table = ("reference", "status", "priority", "category", "client", "title", "opened_at")
    chunk = CHUNK if args.limit is None else max(1, min(CHUNK, args.limit))

    def records(connection: Any) -> Iterator[list[Any]]:
        """Each ticket's values: ``fields`` for JSON and CSV, the table's cells for a table."""
        for part in queue_chunks(connection, statuses, chunk):
            clocks = queue_clocks(connection, part, now)
            cols = part.columns
            for i, clock in enumerate(clocks):
                if args.format == "table":
                    yield [_cell(name, cols[name][i]) for name in table] + [_sla_cell(clock, now)]
                else:
                    yield [_field(name, cols[name][i] if name in cols else None, clock, now)
                           for name in fields]  # fmt: skip

    out = sys.stdout
    with engine.connect() as connection:
        rows = islice(records(connection), args.limit)
        if args.format == "json":
            _write_json(out, (dict(zip(fields, r, strict=True)) for r in rows))
        elif args.format == "csv":
            writer = csv.writer(out)
            writer.writerow(fields)
            writer.writerows(rows)
        else:
            # widths from the first chunk; later rows are cut to them as the table goes on
            first = list(islice(rows, chunk))
            shown = (*table, "sla")
            widths = [
                min(40, max([len(h)] + [width(r[k]) for r in first])) for k, h in enumerate(shown)
            ]
            titles = [h.replace("_at", "").upper() for h in shown]
            out.write("  ".join(fit(h, w) for h, w in zip(titles, widths, strict=True)).rstrip())
            out.write("\n")
            count = 0
            for r in chain(first, rows):
                out.write("  ".join(fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip())
                out.write("\n")
                count += 1
            out.write(f"{count} of {queue_count(connection, statuses)} tickets\n")
    return 0


def _field(name: str, raw: Any, clock: Any, now: Any) -> Any:
    """One field of a ticket for JSON and CSV: times in UTC, flags as booleans."""
    if name in SLA_FIELDS:
        return _sla_field(name, clock, now)
    if name in ("opened_at", "first_response_at"):
        return _fmt_time(raw)
    if name in ("emergency", "premium"):
        return bool(raw)
    return "" if raw is None else raw


def _write_json(out: Any, records: Iterator[dict[str, Any]]) -> None:
    """A JSON array written one record at a time, laid out as ``json.dump(indent=1)`` lays
    it out."""
    first = True
    for record in records:
        out.write("[\n " if first else ",\n ")
        out.write(json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n "))
        first = False
    out.write("[]\n" if first else "\n]\n")
