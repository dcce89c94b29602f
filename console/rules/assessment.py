"""An emergency's free technical assessment (E1) and the guarantee hours it sets (E2).

The expert answers within 60 minutes of the call: can we fix it, how sure they are, the
risk, and how long restoring service and removing the cause will take; the answer is
free. With it the expert sets the guarantee hours, 1 to 8 Express hours paid up front
(1 by default), or waives them. Once the guarantee is billed it is paid and not refunded,
so its hours no longer change. Plain functions over plain values; the services look the
values up, and the SLA clock counts the 60 minutes (`rules.sla`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from console.errors import ValidationError
from console.rules.billing import GUARANTEE_MAX_HOURS, GUARANTEE_MIN_HOURS
from console.rules.effort import read_minutes
from console.rules.fields import decimal_between
from console.rules.leaving import LATE_CLOCK
from console.wording.phrases import Phrase, phrase

RISKS = ("low", "medium", "high")
"""How much can go wrong in the work, as the expert rates it."""

TEXT_LENGTH = 2000
"""How long the expert's words on their certainty may be."""

LONGEST_ESTIMATE = 60 * 24 * 365
"""Minutes: an estimate beyond a year is a typing error, not an estimate."""


@dataclass(frozen=True)
class AssessmentAnswer:
    """What the expert answers (E1) and the guarantee they set (E2)."""

    can_fix: bool
    uncertainty: str
    """How sure the expert is, in their words."""
    risk: str
    restore_minutes: int | None
    """Estimated time to restore service."""
    fix_minutes: int | None
    """Estimated time to remove the cause."""
    guarantee_hours: Decimal = GUARANTEE_MIN_HOURS
    guarantee_waived: bool = False


def check_assessment(
    answer: AssessmentAnswer,
    *,
    express: bool,
    opened_at: datetime,
    answered_at: datetime,
    now: datetime,
    billed: AssessmentAnswer | None = None,
) -> AssessmentAnswer:
    """The answer as kept (its text trimmed), or a refusal naming the field and why.

    ``express``: whether the ticket is an Express emergency; ``billed``: the answer whose
    guarantee was already billed, if it was.
    """
    if not express:
        raise ValidationError(
            "ticket", phrase("only an Express emergency gets a technical assessment"), "E1"
        )
    uncertainty = answer.uncertainty.strip()
    if not uncertainty:
        raise ValidationError(
            "uncertainty", phrase("say how sure the expert is of the answer"), "E1"
        )
    if len(uncertainty) > TEXT_LENGTH:
        raise ValidationError("uncertainty", phrase("at most {n} characters", n=TEXT_LENGTH), "E1")
    if answer.risk not in RISKS:
        raise ValidationError(
            "risk", phrase("{value} is not one of the choices", value=repr(answer.risk)), "E1"
        )
    for field, minutes in (("restore_minutes", answer.restore_minutes),
                           ("fix_minutes", answer.fix_minutes)):  # fmt: skip
        if minutes is None:
            if answer.can_fix:
                raise ValidationError(field, _estimate_missing(field), "E1")
        elif not 0 < minutes <= LONGEST_ESTIMATE:
            raise ValidationError(field, phrase("give an estimate from 1 minute to a year"), "E1")
    if answered_at < opened_at:
        raise ValidationError(
            "answered_at", phrase("the answer cannot come before the call was taken"), "E1"
        )
    if answered_at > now + LATE_CLOCK:
        raise ValidationError("answered_at", phrase("the answer cannot lie in the future"), "E1")
    hours = decimal_between(answer.guarantee_hours, "guarantee_hours", GUARANTEE_MIN_HOURS,
                            GUARANTEE_MAX_HOURS, "E2")  # fmt: skip
    if billed is not None and (hours, answer.guarantee_waived) != (
        billed.guarantee_hours, billed.guarantee_waived,
    ):  # fmt: skip
        raise ValidationError(
            "guarantee_hours",
            phrase("the guarantee is billed already: paid up front, it no longer changes"),
            "E2",
        )
    return AssessmentAnswer(answer.can_fix, uncertainty, answer.risk, answer.restore_minutes,
                            answer.fix_minutes, hours, answer.guarantee_waived)  # fmt: skip


def read_estimate(text: str | None, field: str) -> int | None:
    """An estimate typed as hours and minutes ("4h", "1h30m", "90m"; a bare number is
    minutes) in minutes; None for nothing typed."""
    return read_minutes(text, field, "E1")


def _estimate_missing(field: str) -> Phrase:
    """What a fixable emergency's missing estimate says."""
    if field == "restore_minutes":
        return phrase("give the estimated time to restore service")
    return phrase("give the estimated time to remove the cause")
