"""`dispatch-console audit`: the audit trail of a ticket, a client or an invoice."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sqlalchemy.orm import Session

from console.cli.options import open_engine


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`audit (--ticket REF | --client NAME | --invoice NUMBER) [--format table|json]`."""
    audit = sub.add_parser(
        "audit", parents=[common], help="who changed a ticket, client or invoice, and how"
    )
    which = audit.add_mutually_exclusive_group(required=True)
    which.add_argument("--ticket", help="ticket reference or id (with its visits and time)")
    which.add_argument("--client", help="client name or id (with its sites, contacts, contracts)")
    which.add_argument("--invoice", help="invoice number or id")
    audit.add_argument("--format", choices=["table", "json"], default="table")


def run(args: argparse.Namespace) -> int:
    """Print the trail, oldest first, times in the user's own zone."""
    from console.services.audit import plain, trail

    kind, key = next(
        (k, getattr(args, k)) for k in ("ticket", "client", "invoice") if getattr(args, k)
    )
    engine = open_engine(args.db)
    with Session(engine) as session:
        entries = trail(session, kind, key)
    out = sys.stdout
    if args.format == "json":
        rows = [{"at": plain(e.at), "user": e.user, "record": e.entity,
                 "id": str(e.entity_id), "action": e.action, "changes": e.changes}
                for e in entries]  # fmt: skip
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    for e in entries:
        when = e.at.astimezone().strftime("%Y-%m-%d %H:%M")
        what = "; ".join(
            f"{field}: {_shown(old)} -> {_shown(new)}" for field, (old, new) in e.changes.items()
        )
        out.write(f"{when}  {e.user or 'system':<20}  {e.entity} {e.action}  {what}\n")
    out.write(f"{len(entries)} change(s)\n")
    return 0


def _shown(value: object) -> str:
    text = "-" if value is None or value == "" else str(value)
    return text if len(text) <= 60 else text[:57] + "..."
