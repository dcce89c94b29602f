"""`dispatch-console visits step VISIT STATUS`: one step of a visit's life cycle on the
command line; completing it records who at the client agreed that the engineer may leave.
`visits today`: an engineer's day, the visits in order with what is needed on the road."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from console.cli.options import Parser
from console.cli.records import acting_user, add_as_option, store
from console.enums import ChecklistKind, Role, VisitStatus
from console.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from console.services.acting import Acting, Sessions
    from console.services.my_day import DayPlan, PlannedVisit


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`visits step VISIT STATUS [--approved-by NAME] [--at TIME] [--signature PNG]`;
    `visits today [--engineer NAME] [--date YYYY-MM-DD]`."""
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
    today = v_sub.add_parser(
        "today", parents=[common], help="an engineer's visits of the day, in order of start"
    )
    today.add_argument(
        "--engineer",
        metavar="NAME",
        default=None,
        help="whose day (default: your own when you are an engineer; the desk must name one)",
    )
    today.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        default=None,
        help="another day than today (in the engineer's zone)",
    )
    today.add_argument(
        "--as",
        dest="as_user",
        metavar="USERNAME",
        default=None,
        help="who looks (default: the store's own user, as the window signs in)",
    )


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
    if args.visits_command == "today":
        return _today(args)
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


def read_day(text: str) -> date:
    """A day typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("--date", f"{text!r} is not a date YYYY-MM-DD") from None


def _looking(args: argparse.Namespace, engine: Engine, sessions: Sessions) -> Acting:
    """Who looks: --as, else the store's own user (an engineer's laptop signs in as its
    engineer), else the store's first admin or dispatcher."""
    from console.services.acting import Acting, acting_role, reading
    from console.services.session_identity import find_user, store_login

    user_id = None
    if args.as_user is None:
        login = store_login(engine)
        found = find_user(engine, login) if login else None
        user_id = found.user_id if found else None
    if user_id is None:
        user_id = acting_user(args, sessions)
    with reading(sessions) as session:
        return Acting(user_id, acting_role(session, Acting(user_id)))


def _today(args: argparse.Namespace) -> int:
    from console.model.base import utcnow
    from console.services.my_day import day_plan, engineer_named

    engine, sessions = store(args)
    day = read_day(args.date) if args.date else None
    acting = _looking(args, engine, sessions)
    engineer_id = engineer_named(sessions, args.engineer) if args.engineer else None
    if engineer_id is None and acting.role is not Role.ENGINEER:
        raise ValidationError("--engineer", "name the engineer whose day to show")
    plan = day_plan(sessions, acting, utcnow(), engineer_id, day)
    print(_day_text(plan), end="")
    return 0


def _words(value: object) -> str:
    return str(getattr(value, "value", value)).replace("_", " ")


def _day_text(plan: DayPlan) -> str:
    """The plan as lines to read or print: a heading, then each visit in order."""
    count = len(plan.visits)
    heading = (
        f"{plan.engineer}, {plan.day.strftime('%a %d %b %Y')} ({plan.zone}): "
        f"{count} visit{'' if count == 1 else 's'}"
    )
    lines = [heading]
    if not plan.visits:
        lines.append("  no visits planned")
    for v in plan.visits:
        lines += ["", *_visit_lines(v, plan.zone)]
    return "\n".join(lines) + "\n"


def _visit_lines(v: PlannedVisit, zone: str) -> list[str]:
    start, end = v.local(v.start), v.local(v.end)
    window = f"{start:%H:%M}-{end:%H:%M}"
    if start.date() != end.date():
        window = f"{start:%H:%M}-{end:%a %H:%M}"
    if v.zone != zone:
        window += f" ({v.zone} time)"
    lines = [f"{window}  {v.reference}  {_words(v.status)}",
             f"  {v.ticket_reference} {v.title} - {v.client}"]  # fmt: skip
    where = f"  {v.site}: {v.address}"
    if v.floor:
        where += f"; floor: {v.floor}"
    lines.append(where)
    if v.entry:
        lines.append(f"  entry: {v.entry}")
    if v.map_url:
        lines.append(f"  map: {v.map_url}")
    for c in v.contacts:
        reach = ", ".join(p for p in (c.phone, c.email) if p) or "no phone or e-mail"
        lines.append(f"  {_words(c.role)}: {c.name}, {reach}")
    if v.work:
        lines.append(f"  work: {v.work}")
    for kind, title in ((ChecklistKind.ITEM, "bring"), (ChecklistKind.PAPERWORK, "papers")):
        items = [f"{i.label} [{_words(i.state)}]" for i in v.checklist if i.kind is kind]
        if items:
            lines.append(f"  {title}: " + "; ".join(items))
    if v.colleagues:
        lines.append("  with: " + ", ".join(v.colleagues))
    if v.signed_by:
        lines.append(f"  may leave, agreed by {v.signed_by}" + (" (signed)" if v.signed else ""))
    if v.next_steps:
        lines.append("  next: " + ", ".join(_words(s) for s in v.next_steps))
    return lines
