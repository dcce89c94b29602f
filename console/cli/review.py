"""`dispatch-console review ...`: the kick-off of a client's on-site support and the focus
areas, risks and recommendations a service manager keeps per client between quarterly
reviews.

What is open here is printed in the client's review pack (`report review`) until it is
closed; the latest kick-off before the period is named above its focus areas.
"""

from __future__ import annotations

import argparse
from typing import Any

from console.cli.options import Parser
from console.cli.records import FORMATS, acting_user, add_as_option, print_records, store

KINDS = ("focus", "risk", "recommendation")
STATUSES = ("open", "in_progress", "done", "closed")
COLUMNS = ("id", "kind", "status", "since", "text")
KICKOFF_COLUMNS = ("id", "held_on", "consultants", "summary")


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`review notes|add|edit|close|kickoff|kickoffs`."""
    review = sub.add_parser(
        "review", help="focus areas, risks and recommendations kept for a client's reviews"
    )
    r_sub = review.add_subparsers(dest="review_command", parser_class=Parser, metavar="ACTION")
    r_sub.required = True

    def action(name: str, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = r_sub.add_parser(name, parents=[common], help=help)
        return parser

    notes = action("notes", "a client's focus areas, risks and recommendations")
    notes.add_argument("client", help="the client's name or id")
    notes.add_argument("--open", action="store_true", help="only those still open")
    notes.add_argument("--format", choices=FORMATS, default="table")
    add_as_option(notes)
    add = action("add", "keep a focus area, risk or recommendation for a client")
    add.add_argument("client", help="the client's name or id")
    add.add_argument("--kind", required=True, choices=KINDS, help="what it is")
    add.add_argument("--text", required=True, help="what it says")
    add.add_argument("--status", choices=STATUSES, default="open", help="default: open")
    add_as_option(add)
    edit = action("edit", "change a note's text or status")
    edit.add_argument("note", metavar="ID", help="the note's id (see `review notes`)")
    edit.add_argument("--text", default=None, help="the new text")
    edit.add_argument("--status", choices=STATUSES, default=None, help="the new status")
    add_as_option(edit)
    close = action("close", "close a note: the next review no longer lists it")
    close.add_argument("note", metavar="ID", help="the note's id (see `review notes`)")
    add_as_option(close)
    kickoff = action("kickoff", "record a client's kick-off: the day and the consultants agreed")
    kickoff.add_argument("client", help="the client's name or id")
    kickoff.add_argument("--on", dest="held_on", required=True, help="the day held, YYYY-MM-DD")
    kickoff.add_argument(
        "--consultant",
        dest="consultants",
        action="append",
        required=True,
        help="an engineer agreed as consultant, by name or id (repeat for each)",
    )
    kickoff.add_argument("--summary", default=None, help="what was agreed, in a few lines")
    add_as_option(kickoff)
    kickoffs = action("kickoffs", "a client's kick-offs, the latest first")
    kickoffs.add_argument("client", help="the client's name or id")
    kickoffs.add_argument("--format", choices=FORMATS, default="table")
    add_as_option(kickoffs)


def run(args: argparse.Namespace) -> int:
    """Run one `review` action."""
    from console.services import kickoffs
    from console.services import review_notes as service

    _engine, sessions = store(args)
    user = acting_user(args, sessions)
    command = args.review_command
    if command == "kickoff":
        held = kickoffs.record_kickoff(
            sessions, user, args.client, args.held_on, args.consultants, args.summary
        )
        print(f"kick-off of {held.client} on {held.held_on.isoformat()} kept, with "
              f"{', '.join(held.consultants)} (id {held.id})")  # fmt: skip
        return 0
    if command == "kickoffs":
        rows = [
            {"id": k.id, "held_on": k.held_on.isoformat(), "consultants": ", ".join(k.consultants),
             "summary": k.summary or ""}
            for k in kickoffs.list_kickoffs(sessions, user, args.client)
        ]  # fmt: skip
        print_records(rows, KICKOFF_COLUMNS, args.format, "kick-offs")
        return 0
    if command == "notes":
        found = service.list_review_notes(sessions, user, args.client, open_only=args.open)
        rows = [
            {"id": n.id, "kind": n.kind, "status": n.status, "since": n.raised_on.isoformat(),
             "text": n.text}
            for n in found
        ]  # fmt: skip
        print_records(rows, COLUMNS, args.format, "review notes")
        return 0
    if command == "add":
        note = service.add_review_note(
            sessions, user, args.client, args.kind, args.text, args.status
        )
        print(f"{note.kind} kept for {note.client} ({note.status}, id {note.id})")
    elif command == "edit":
        note = service.edit_review_note(sessions, user, args.note, args.text, args.status)
        print(f"{note.kind} of {note.client} is now {note.status} (id {note.id})")
    else:
        note = service.close_review_note(sessions, user, args.note)
        print(f"{note.kind} of {note.client} closed (id {note.id})")
    return 0
