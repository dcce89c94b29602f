"""`dispatch-console intake …`: tickets from monitoring.

intake alertmanager FILE|- [--client NAME] [--client-label LABEL]
                                   take in an Alertmanager webhook notification (JSON)
intake waiting                     alerts that wait for the desk to name their client
intake assign ID --client NAME     take a waiting alert in for that client
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from typing import Any

from console.cli.options import Parser
from console.cli.records import add_as_option
from console.errors import UserError


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `intake` command group."""
    intake = sub.add_parser("intake", help="take tickets in from monitoring")
    i_sub = intake.add_subparsers(dest="intake_command", parser_class=Parser, metavar="ACTION")
    i_sub.required = True
    am = i_sub.add_parser(
        "alertmanager",
        parents=[common],
        help="take in a Prometheus Alertmanager webhook notification (JSON, version 4)",
    )
    am.add_argument("file", metavar="FILE", help="the notification's JSON, or - for stdin")
    am.add_argument(
        "--client",
        default=None,
        help="the client of alerts whose label names no known client (default: such alerts "
        "wait for the desk)",
    )
    am.add_argument(
        "--client-label",
        default="client",
        help="the label that names an alert's client (default: client)",
    )
    add_as_option(am)
    i_sub.add_parser("waiting", parents=[common], help="alerts that wait for their client")
    assign = i_sub.add_parser(
        "assign", parents=[common], help="take a waiting alert in for a client"
    )
    assign.add_argument("id", help="the alert's id (see `intake waiting`)")
    assign.add_argument("--client", required=True, help="the client the alert belongs to")
    add_as_option(assign)


def _payload(name: str) -> object:
    """The JSON of a file, or of stdin for '-'; refused in one line."""
    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as exc:
        raise UserError(f"FILE: cannot read {name}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UserError(f"FILE: {name} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"FILE: not JSON ({exc.msg} at line {exc.lineno})") from None


def run(args: argparse.Namespace) -> int:
    """Dispatch to the `intake` action."""
    from console.cli.records import acting_user, store
    from console.services import monitoring

    _engine, sessions = store(args)
    if args.intake_command == "waiting":
        rows = monitoring.waiting_alerts(sessions)
        for row in rows:
            at = row.received_at.strftime("%Y-%m-%d %H:%M")
            print(f"{row.id}  {at}  {row.source}: {row.summary} ({row.reason})")
        print(f"{len(rows)} alerts wait for a client")
        return 0
    if args.intake_command == "assign":
        try:
            alert_id = uuid.UUID(args.id)
        except ValueError:
            raise UserError(f"ID: {args.id!r} is not an alert's id") from None
        done = monitoring.assign_waiting(
            sessions, acting_user(args, sessions), alert_id, args.client
        )
        print(done.line())
        return 0
    payload = _payload(args.file)
    taken = monitoring.take_alertmanager(
        sessions,
        acting_user(args, sessions),
        payload,
        client=args.client,
        client_label=args.client_label,
    )
    for item in taken:
        print(item.line())
    if not taken:
        print("the notification holds no alerts")
    return 0
