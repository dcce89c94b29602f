"""Leaving the site (D7) and the dedicated manager of premium plans (C11).

A visit is completed only when someone at the client agreed that the engineer may leave:
who, when, and optionally their signature. A premium contract names the desk user who
manages it. Plain functions over plain values; the services look the values up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from console.errors import ValidationError
from console.wording.phrases import phrase

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
"""The first bytes of every PNG file: a stored signature is a picture, nothing else."""

MAX_SIGNATURE_BYTES = 512 * 1024
"""A drawn signature is a few kilobytes; half a megabyte is already generous."""

LATE_CLOCK = timedelta(minutes=5)
"""How far ahead of the console's clock a typed time may be (a device a little fast)."""

NAME_LENGTH = 200
"""As long as the column that keeps the approving person's name."""


@dataclass(frozen=True)
class LeaveApproval:
    """Who at the client agreed that the engineer may leave, when, and their signature."""

    name: str
    at: datetime
    signature: bytes | None = None


def check_leave_approval(
    name: str | None,
    at: datetime | None,
    *,
    now: datetime,
    arrived_at: datetime | None = None,
    signature: bytes | None = None,
) -> LeaveApproval:
    """The client's leave approval as given, or a refusal naming what is missing (D7)."""
    who = (name or "").strip()
    if not who:
        raise ValidationError(
            "approved_by",
            phrase("say who at the client agreed that the engineer may leave"),
            rule="D7",
        )
    if len(who) > NAME_LENGTH:
        raise ValidationError(
            "approved_by", phrase("at most {n} characters", n=NAME_LENGTH), rule="D7"
        )
    when = now if at is None else at
    if when.tzinfo is None:
        raise ValidationError("approved_at", phrase("give the time with its zone"), rule="D7")
    if when > now + LATE_CLOCK:
        raise ValidationError(
            "approved_at", phrase("the approval to leave cannot be in the future"), rule="D7"
        )
    if arrived_at is not None and when < arrived_at:
        raise ValidationError(
            "approved_at",
            phrase("the approval to leave cannot come before the engineer arrived"),
            rule="D7",
        )
    if signature is not None:
        if not signature.startswith(PNG_MAGIC):
            raise ValidationError("signature", phrase("the signature must be a PNG image"), "D7")
        if len(signature) > MAX_SIGNATURE_BYTES:
            raise ValidationError("signature", phrase("the signature image is too large"), "D7")
    return LeaveApproval(who, when, signature or None)


def check_premium_manager(premium: bool, manager: object | None) -> None:
    """A premium contract names its dedicated manager (C11); refused otherwise."""
    if premium and manager is None:
        raise ValidationError(
            "manager",
            phrase("a premium contract needs its dedicated manager (field: manager)"),
            rule="C11",
        )


def manager_may_manage(role: str | None) -> bool:
    """Whether a user of this role may be a contract's dedicated manager (a desk role)."""
    return role in ("dispatcher", "service_manager", "admin")
