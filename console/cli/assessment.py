"""`dispatch-console tickets assess TICKET ...`: an Express emergency's free technical
assessment (E1) and the guarantee hours the expert sets (E2), as the ticket pane's
"Assessment…" records them."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from console.cli.records import add_as_option
from console.errors import ValidationError

if TYPE_CHECKING:
    import uuid

    from console.services.acting import Sessions
    from console.services.assessments import EmergencyAssessment

RISKS = ("low", "medium", "high")


def add_parser(t_sub: Any, common: argparse.ArgumentParser) -> None:
    """`tickets assess TICKET --can-fix yes|no --certainty TEXT --risk R [--restore T]
    [--fix T] [--guarantee-hours H | --waive] [--at TIME]`."""
    assess = t_sub.add_parser(
        "assess", parents=[common],
        help="record an Express emergency's technical assessment and guarantee hours",
    )  # fmt: skip
    assess.add_argument("reference", help="T-YYYY-NNNNNN")
    assess.add_argument("--can-fix", required=True, choices=("yes", "no"),
                        help="whether we can restore the client's service")  # fmt: skip
    assess.add_argument("--certainty", required=True, metavar="TEXT",
                        help="how sure the expert is, in their words")  # fmt: skip
    assess.add_argument("--risk", required=True, choices=RISKS, help="the risk of the work")
    assess.add_argument("--restore", metavar="TIME",
                        help="estimated time to restore service, e.g. 4h, 1h30m, 90m")  # fmt: skip
    assess.add_argument("--fix", metavar="TIME",
                        help="estimated time to remove the cause, e.g. 16h")  # fmt: skip
    guarantee = assess.add_mutually_exclusive_group()
    guarantee.add_argument("--guarantee-hours", metavar="HOURS", default=None,
                           help="Express hours paid up front, 1 to 8 (default: 1, or as "
                           "set before)")  # fmt: skip
    guarantee.add_argument("--waive", action="store_true",
                           help="the expert waives the guarantee hours")  # fmt: skip
    assess.add_argument("--at", metavar="TIME", default=None,
                        help="when the expert answered, HH:MM today or YYYY-MM-DD HH:MM in the "
                        "client's zone (default: now)")  # fmt: skip
    add_as_option(assess)


def run(args: argparse.Namespace) -> int:
    """Record the assessment; print when it was answered against the hour it was due in."""
    from console.cli.records import acting_user, store
    from console.cli.visits import read_time
    from console.model.base import utcnow
    from console.rules.assessment import AssessmentAnswer, read_estimate
    from console.services.acting import Acting
    from console.services.assessments import assessment_of, record_assessment
    from console.services.ticket_entry import ticket_by_reference

    _engine, sessions = store(args)
    ticket_id = ticket_by_reference(sessions, args.reference)
    before = assessment_of(sessions, ticket_id)
    now = utcnow()
    # a correction keeps the hours set before unless new ones are given
    hours = before.answer.guarantee_hours if before.answer else Decimal(1)
    if args.guarantee_hours is not None:
        try:
            hours = Decimal(args.guarantee_hours.strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(
                "--guarantee-hours", f"{args.guarantee_hours!r} is not a number of hours"
            ) from None
    answer = AssessmentAnswer(
        can_fix=args.can_fix == "yes", uncertainty=args.certainty, risk=args.risk,
        restore_minutes=read_estimate(args.restore, "--restore"),
        fix_minutes=read_estimate(args.fix, "--fix"), guarantee_hours=hours,
        guarantee_waived=args.waive,
    )  # fmt: skip
    at = now
    if args.at:
        at = read_time(args.at, before.zone, now)
    acting = Acting(acting_user(args, sessions))
    try:
        done = record_assessment(sessions, acting, ticket_id, answer, at, now)
    except ValidationError as refused:  # named as the option that set the field
        if refused.field not in OPTIONS:
            raise
        raise ValidationError(OPTIONS[refused.field], refused.text, refused.rule) from None
    print(_said(done))
    return 0


OPTIONS = {
    "uncertainty": "--certainty", "risk": "--risk", "restore_minutes": "--restore",
    "fix_minutes": "--fix", "guarantee_hours": "--guarantee-hours", "answered_at": "--at",
}  # fmt: skip
"""The assessment's fields as the options that set them."""


def _said(done: EmergencyAssessment) -> str:
    """The recorded answer in one line: when, against the hour, and the guarantee."""
    assert done.answered_at is not None and done.answer is not None
    zone = ZoneInfo(done.zone)
    late = done.answered_at - done.due_at
    timing = (
        f"{int(late.total_seconds() // 60)} min after the hour it was due in"
        if late.total_seconds() > 0
        else "within the hour"
    )
    guarantee = (
        "guarantee waived"
        if done.answer.guarantee_waived
        else f"guarantee {done.answer.guarantee_hours.normalize():f} h"
    )
    nda = "" if done.nda_on_file else "; no NDA on file: the provider's default NDA applies"
    return (
        f"{done.reference}: assessed {done.answered_at.astimezone(zone):%Y-%m-%d %H:%M} "
        f"({done.zone}), {timing}; {guarantee}{nda}"
    )


def assessment_line(sessions: Sessions, ticket_id: uuid.UUID) -> str:
    """The emergency's assessment on one line, or when it is due (`tickets show`)."""
    from console.services.assessments import assessment_of

    found = assessment_of(sessions, ticket_id)
    zone = ZoneInfo(found.zone)
    a = found.answer
    if a is None or found.answered_at is None:
        return f"assessment: not given yet, due {found.due_at.astimezone(zone):%Y-%m-%d %H:%M}"
    said = [
        "can fix" if a.can_fix else "cannot fix", f"risk {a.risk}",
        *(f"{what} {_span(m)}" for what, m in (("restore", a.restore_minutes),
                                                 ("cause", a.fix_minutes)) if m),
        "guarantee waived" if a.guarantee_waived
        else f"guarantee {a.guarantee_hours.normalize():f} h",
    ]  # fmt: skip
    by = f" by {found.expert}" if found.expert else ""
    return (
        f"assessment: {found.answered_at.astimezone(zone):%Y-%m-%d %H:%M}{by}: "
        + "; ".join(said)
        + f" ({a.uncertainty})"
    )


def _span(minutes: int) -> str:
    """Minutes as an estimate is typed: 4h, 1h30m, 45m."""
    hours, rest = divmod(minutes, 60)
    return (f"{hours}h" if hours else "") + (f"{rest}m" if rest or not hours else "")
