"""The desk's review of time: approve it, or send it back to its engineer with a reason.

Sending back is for work the desk will not approve as written (the wrong ticket, hours
that do not match the visit, a description that says nothing). A rejected entry stays
out of approval and billing until its engineer changes the work (its times, phase or
description); changing it clears the rejection and the entry waits for the desk again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from console.errors import ValidationError
from console.wording.phrases import phrase

REASON_LIMIT = 500
"""A reason is a sentence or two for the engineer, not a report."""

WORK_FIELDS = frozenset({"started_at", "ended_at", "phase", "description"})
"""The fields whose change answers a rejection: the work as the engineer recorded it."""


class ReviewState(StrEnum):
    """Where an entry stands in the desk's review."""

    WAITING = "waiting"
    APPROVED = "approved"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Review:
    """What the review of one entry turns on."""

    provider_approved: bool
    client_approved: bool
    rejected: bool
    locked: bool
    billed: bool


def state_of(review: Review) -> ReviewState:
    """Rejected until changed; approved once both parties approved; else waiting."""
    if review.rejected:
        return ReviewState.REJECTED
    if review.provider_approved and review.client_approved:
        return ReviewState.APPROVED
    return ReviewState.WAITING


def rejection_reason(review: Review, reason: str | None) -> str:
    """The reason to send an entry back with, trimmed; refused when the entry cannot go back."""
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError("reason", phrase("say why the entry goes back to the engineer"))
    if len(text) > REASON_LIMIT:
        raise ValidationError(
            "reason", phrase("is longer than {limit} characters", limit=REASON_LIMIT)
        )
    if review.billed:
        raise ValidationError("entry", phrase("is billed already and cannot be sent back"))
    if review.locked:
        raise ValidationError("entry", phrase("is locked by the daily cut-off"))
    if review.provider_approved or review.client_approved:
        raise ValidationError("entry", phrase("is approved already and cannot be sent back"))
    if review.rejected:
        raise ValidationError("entry", phrase("was sent back already"))
    return text


def refuse_approval_of_rejected(rejected: bool) -> None:
    """A rejected entry is approved only after its engineer changed it."""
    if rejected:
        raise ValidationError(
            "entry", phrase("was sent back to the engineer; it can be approved once changed")
        )


def clears_rejection(changed: Iterable[str]) -> bool:
    """Whether changing these fields answers a rejection (the work itself changed)."""
    return not WORK_FIELDS.isdisjoint(changed)
