"""`dispatch-console visits step VISIT STATUS`: one step of a visit's life cycle on the
command line; completing it records who at the client agreed that the engineer may leave."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from console.cli.options import Parser
from console.cli.records import acting_user, add_as_option, store
from console.enums import VisitStatus
from console.errors import ValidationError


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`visits step VISIT STATUS [--approved-by NAME] [--at TIME] [--signature PNG]`."""
    visits = sub.add_parser("visits", help="take a visit through its steps")
    v_sub = visits.add_subparsers(dest="visits_command", parser_class=Parser, metavar="ACTION")
    v_sub.required = True
    step = v_sub.add_parser("step", parents=[common], help="move a visit to its next status")
    step.add_argument("reference", help="V-YYYY-NNNNNN")
    step.add_argument("to", choices=[s.value for s in VisitStatus], help="the new status")
    step.add_argument(
        "--approved-by",
        metavar="NAME",
        default=None,
        help="completed: who at the client agreed that the engineer may leave",
    )
    step.add_argument(
        "--at",
        metavar="TIME",
        default=None,
        help="completed: when they agreed, HH:MM today or YYYY-MM-DD HH:MM in the site's "
        "zone (default: now)",
    )
    step.add_argument(
        "--signature", metavar="PNG", type=Path, default=None, help="their signature, a PNG file"
    )
    add_as_option(step)


def read_time(text: str, zone: str, now: datetime) -> datetime:
    """A time typed in the site's zone (HH:MM today, or a full date and time), in UTC."""
    local_zone = ZoneInfo(zone)
    raw = text.strip().replace("T", " ")
    try:
        if len(raw) <= 5 and ":" in raw:
            hour, minute = (int(part) for part in raw.split(":"))
            local = now.astimezone(local_zone).replace(
                hour=hour, minute=minute, second=0, microsecond=0
            )
        else:
            parsed = datetime.fromisoformat(raw)
            local = parsed if parsed.tzinfo else parsed.replace(tzinfo=local_zone)
    except ValueError:
        raise ValidationError("--at", f"{text!r} is not HH:MM or YYYY-MM-DD HH:MM") from None
    return local.astimezone(ZoneInfo("UTC"))


def run(args: argparse.Namespace) -> int:
    """Run one `visits` action."""
    from console.model.base import utcnow
    from console.services.acting import Acting
    from console.services.visits import advance_visit_to, visit_by_reference

    _engine, sessions = store(args)
    visit = visit_by_reference(sessions, args.reference)
    to = VisitStatus(args.to)
    now = utcnow()
    given = args.approved_by is not None or args.at is not None or args.signature is not None
    if given and to is not VisitStatus.COMPLETED:
        raise ValidationError("--approved-by", "only a completed visit records leave approval")
    at = read_time(args.at, visit.zone, now) if args.at else None
    signature = None
    if args.signature is not None:
        try:
            signature = args.signature.read_bytes()
        except OSError as exc:
            raise ValidationError("--signature", f"cannot read {args.signature}: {exc}") from None
    advance_visit_to(
        sessions, Acting(acting_user(args, sessions)), visit.id, to, now,
        approved_by=args.approved_by, approved_at=at, signature=signature,
    )  # fmt: skip
    line = f"{visit.reference}: {to.value.replace('_', ' ')}"
    if to is VisitStatus.COMPLETED:
        line += f"; may leave, agreed by {args.approved_by.strip()}"
    print(line)
    return 0
