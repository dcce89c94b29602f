"""`dispatch-console visits request TICKET --start TIME`: request a visit with the dialog's
checks (`--check` shows them and the engineers ranked for it, and saves nothing).
`visits step VISIT STATUS`: one step of a visit's life cycle; completing it records who at
the client agreed that the engineer may leave.
`visits today`: an engineer's day, the visits in order with what is needed on the road."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from console.cli.options import Parser, whole_number
from console.cli.records import acting_user, add_as_option, store
from console.enums import ChecklistKind, Role, SkillLevel, VisitStatus
from console.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from console.rules.dispatch import Finding
    from console.services.acting import Acting, Sessions
    from console.services.my_day import DayPlan, PlannedVisit
    from console.services.visit_by_name import NamedVisit
    from console.services.visits import FormCheck


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`visits request TICKET --start TIME [...] [--check]`;
    `visits step VISIT STATUS [--approved-by NAME] [--at TIME] [--signature PNG]`;
    `visits today [--engineer NAME] [--date YYYY-MM-DD]`."""
    visits = sub.add_parser("visits", help="request a visit and take it through its steps")
    v_sub = visits.add_subparsers(dest="visits_command", parser_class=Parser, metavar="ACTION")
    v_sub.required = True
    _add_request(v_sub, common)
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


def _add_request(v_sub: Any, common: argparse.ArgumentParser) -> None:
    """`visits request`: every field of the visit dialog, names where it has lists."""
    request = v_sub.add_parser(
        "request",
        parents=[common],
        help="request a visit for a ticket, checked as in the visit dialog",
    )
    request.add_argument("ticket", help="the ticket's reference, T-YYYY-NNNNNN")
    request.add_argument(
        "--start",
        required=True,
        metavar="'YYYY-MM-DD HH:MM'",
        help="the planned start, in the site's time zone",
    )
    request.add_argument(
        "--site", metavar="NAME", help="the client's site (default: the ticket's, or the only one)"
    )
    request.add_argument(
        "--hours", metavar="HOURS", help="hours reserved (default: 2 h and 30 min grace)"
    )
    request.add_argument(
        "--skill",
        choices=[s.value for s in SkillLevel],
        help="the engineer's level (default: senior)",
    )
    request.add_argument(
        "--engineers-needed",
        type=whole_number,
        default=1,
        metavar="N",
        help="how many engineers the work needs (default: 1)",
    )
    request.add_argument(
        "--language",
        action="append",
        default=[],
        metavar="CODE",
        help="a language spoken on site, e.g. nl; repeat for more",
    )
    request.add_argument(
        "--urgency",
        type=whole_number,
        default=2,
        metavar="1-4",
        help="urgency class, 4 is visit at once (default: 2)",
    )
    request.add_argument(
        "--local-contact", metavar="NAME", help="who receives the engineer on site (name or id)"
    )
    request.add_argument(
        "--no-local-contact",
        metavar="REASON",
        help="no local contact on site: why the client insists (recorded)",
    )
    request.add_argument(
        "--ordering-engineer",
        metavar="NAME",
        help="the client's engineer who orders the work (name or id)",
    )
    request.add_argument(
        "--work", metavar="TEXT", help="the work to be done (default: the ticket's description)"
    )
    for option, text in (
        ("--hardware", "the hardware worked on"),
        ("--sequence", "the steps of the work, in order"),
        ("--confirm-before", "what to confirm with the client before starting"),
        ("--confirm-after", "what to confirm with the client when done"),
        ("--documents", "the documents the engineer needs"),
    ):
        request.add_argument(option, default="", metavar="TEXT", help=text)
    request.add_argument(
        "--bring",
        action="append",
        default=[],
        metavar="ITEM",
        help="what the engineer brings (photo ID, laptop...); repeat",
    )
    request.add_argument(
        "--paper",
        action="append",
        default=[],
        metavar="PAPER",
        help="a paper due before the visit (ID scan, NDA...); repeat",
    )
    for option, text in (
        ("--instructions-attached", "written instructions come with the request"),
        ("--onsite-assistance", "someone on site assists the engineer"),
        ("--travel", "the visit needs travel booked"),
        ("--regular", "a regular, planned visit"),
    ):
        request.add_argument(option, action="store_true", help=text)
    request.add_argument(
        "--new-workstations",
        type=whole_number,
        default=0,
        metavar="N",
        help="new workstations to set up",
    )
    request.add_argument(
        "--engineer",
        action="append",
        default=[],
        metavar="NAME",
        help="an engineer to send, the lead first; repeat for more",
    )
    request.add_argument(
        "--check",
        action="store_true",
        help="show the checks and the engineers ranked; save nothing",
    )
    add_as_option(request)


OPTIONS = {
    "planned_start": "--start", "address": "--site", "map_url": "--site", "site": "--site",
    "reserved_hours": "--hours", "skill_level": "--skill", "engineers_needed": "--engineers-needed",
    "languages": "--language", "urgency_class": "--urgency", "local_contact": "--local-contact",
    "local_contact.phone": "--local-contact", "ordering_engineer": "--ordering-engineer",
    "ordering_engineer.phone": "--ordering-engineer", "work_description": "--work",
    "items": "--bring", "paperwork": "--paper", "engineers": "--engineer",
    "engineer": "--engineer", "nda": "NDA", "contract": "contract",
    "overrides": "--no-local-contact", "onsite_assistance": "--onsite-assistance",
}  # fmt: skip
"""What a check names, as the option that sets it (a few name the client's papers)."""


def _said(finding: Finding) -> str:
    """A finding on one line: its option, then what the rule says."""
    return f"{OPTIONS.get(finding.field, finding.field)}: {finding.message}"


def _request(args: argparse.Namespace) -> int:
    """Check a typed request, then save it or show what the checks say."""
    from console.model.base import utcnow
    from console.services.acting import Acting
    from console.services.visit_by_name import VisitNames, visit_form_named
    from console.services.visits import VisitRefusedError, check_visit_form, request_visit_for

    _engine, sessions = store(args)
    if args.local_contact and args.no_local_contact:
        raise ValidationError("--no-local-contact", "not with --local-contact")
    hours = None
    if args.hours is not None:
        try:
            hours = Decimal(args.hours.strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError("--hours", f"{args.hours!r} is not a number of hours") from None
    details: dict[str, Any] = {
        "reserved_hours": hours, "skill_level": SkillLevel(args.skill) if args.skill else None,
        "engineers_needed": args.engineers_needed,
        "languages": [w.lower() for code in args.language for w in code.replace(",", " ").split()],
        "urgency_class": args.urgency, "target_hardware": args.hardware,
        "work_sequence": args.sequence, "confirm_before": args.confirm_before,
        "confirm_after": args.confirm_after, "documents_needed": args.documents,
        "items": [i.strip() for i in args.bring if i.strip()],
        "paperwork": [p.strip() for p in args.paper if p.strip()],
        "instructions_attached": args.instructions_attached,
        "onsite_assistance": args.onsite_assistance, "travel_needed": args.travel,
        "regular": args.regular, "new_workstations": args.new_workstations,
        "overrides": {"D5": args.no_local_contact} if args.no_local_contact else {},
    }  # fmt: skip
    if args.work is not None:
        details["work_description"] = args.work
    names = VisitNames(
        args.ticket, args.start, args.site, args.local_contact, args.ordering_engineer,
        tuple(args.engineer),
    )  # fmt: skip
    named = visit_form_named(sessions, names, **details)
    now = utcnow()
    if args.check:
        print(_check_text(check_visit_form(sessions, named.form, now), named), end="")
        return 0
    try:
        saved = request_visit_for(sessions, Acting(acting_user(args, sessions)), named.form, now)
    except VisitRefusedError as refused:
        raise ValidationError(
            OPTIONS.get(refused.findings[0].field, refused.findings[0].field),
            "; ".join([refused.findings[0].message] + [_said(f) for f in refused.findings[1:]]),
        ) from None
    assert named.form.planned_start is not None
    local = named.form.planned_start.astimezone(ZoneInfo(named.zone))
    print(f"{saved.reference} requested for {named.ticket_reference} at {named.site}, "
          f"{local:%Y-%m-%d %H:%M} ({named.zone})")  # fmt: skip
    for finding in saved.warnings:
        print(f"{finding.severity.value}: {_said(finding)}", file=sys.stderr)
    return 0


SUGGESTED = 10
"""Engineers `visits request --check` lists, best first."""


def _check_text(check: FormCheck, named: NamedVisit) -> str:
    """The checks of a request and the engineers ranked for it, as lines to read."""
    from console.rules.dispatch import Severity

    errors = [f for f in check.findings if f.severity is Severity.ERROR]
    verdict = (
        f"cannot be requested: {len(errors)} error{'' if len(errors) == 1 else 's'}"
        if errors
        else "can be requested"
    )
    lines = [f"{named.ticket_reference} at {named.site} ({named.zone}): {verdict}"]
    lines += [f"  {f.severity.value}: {_said(f)}" for f in check.findings]
    if check.candidates:
        lines += ["", "engineers, best first:"]
    for c in check.candidates[:SUGGESTED]:
        reasons = "; ".join(str(r) for r in c.reasons[:3])
        lines.append(f"  {c.engineer.name}: {reasons}" if c.eligible
                     else f"  {c.engineer.name}: not suited: {reasons}")  # fmt: skip
    return "\n".join(lines) + "\n"


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
    if args.visits_command == "request":
        return _request(args)
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


def _block(label: str, text: str) -> list[str]:
    """A labelled text of several lines, each under the first and none blank: an empty
    line is what parts one visit from the next."""
    first, *rest = [line.strip() for line in text.splitlines() if line.strip()] or [""]
    pad = " " * (len(label) + 4)
    return [f"  {label}: {first}", *(pad + line for line in rest)]


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
        lines += _block("entry", v.entry)
    if v.map_url:
        lines.append(f"  map: {v.map_url}")
    for c in v.contacts:
        reach = ", ".join(p for p in (c.phone, c.email) if p) or "no phone or e-mail"
        lines.append(f"  {_words(c.role)}: {c.name}, {reach}")
    if v.work:
        lines += _block("work", v.work)
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
