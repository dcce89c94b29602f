"""The kick-off of a client's on-site support (V1): when it was held, the consultants
agreed and what was agreed there.

The desk records a kick-off; the latest one held before a review period ends is the one
the review pack names above the focus areas agreed there (those are review notes, with
a status of their own). Desk data, like review notes: an engineer neither reads nor
writes them. Each write is one transaction in the acting user's name.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import ValidationError
from console.model import Client, Engineer, Kickoff
from console.rules.roles import DESK
from console.services.master_data.common import Sessions, acting_role, find_one, writing
from console.services.master_data.fields import Lookup, day
from console.wording.phrases import phrase

SUMMARY_LENGTH = 4000
"""The longest summary of what was agreed (a few paragraphs; the pack prints it whole)."""


@dataclass(frozen=True)
class KickoffRow:
    """One kick-off as plain data, its consultants by name in the order agreed."""

    id: uuid.UUID
    client_id: uuid.UUID
    client: str
    held_on: date
    consultants: tuple[str, ...]
    summary: str | None


def _check_desk(session: Session, user_id: uuid.UUID | None) -> None:
    if acting_role(session, user_id) not in DESK:
        raise ValidationError("user", phrase("kick-offs are kept by the desk and service managers"))


def _row(session: Session, kickoff: Kickoff, client: str) -> KickoffRow:
    names = []
    for ref in kickoff.consultants:
        engineer = session.get(Engineer, uuid.UUID(ref))
        names.append(engineer.name if engineer is not None else ref)
    return KickoffRow(
        kickoff.id, kickoff.client_id, client, kickoff.held_on, tuple(names), kickoff.summary
    )


def _consultants(session: Session, refs: Iterable[object]) -> list[str]:
    """Engineers by name or id, each once, in the order given; at least one."""
    found: list[str] = []
    for ref in refs:
        if isinstance(ref, str) and not ref.strip():
            continue
        engineer = find_one(session, Engineer, ref, "consultants")
        if str(engineer.id) not in found:
            found.append(str(engineer.id))
    if not found:
        raise ValidationError("consultants", phrase("name at least one consultant"))
    return found


def _summary(value: object) -> str | None:
    text = str(value or "").strip()
    if len(text) > SUMMARY_LENGTH:
        raise ValidationError("summary", phrase("at most {most} characters", most=SUMMARY_LENGTH))
    return text or None


def record_kickoff(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    client: object,
    held_on: object,
    consultants: Iterable[object],
    summary: object = None,
) -> KickoffRow:
    """Keep a client's kick-off: the day, the consultants agreed, what was agreed."""
    with writing(sessions, user_id) as session:
        _check_desk(session, user_id)
        found = find_one(session, Client, client, "client")
        when = day(Lookup(session), held_on, "held_on")
        if when is None:
            raise ValidationError("held_on", phrase("say the day the kick-off was held"))
        kickoff = Kickoff(
            client_id=found.id, held_on=when, consultants=_consultants(session, consultants),
            summary=_summary(summary), recorded_by=user_id,
        )  # fmt: skip
        session.add(kickoff)
        session.flush()
        return _row(session, kickoff, found.name)


def list_kickoffs(
    sessions: Sessions, user_id: uuid.UUID | None, client: object
) -> list[KickoffRow]:
    """A client's kick-offs, the latest first."""
    with sessions() as session:
        _check_desk(session, user_id)
        found = find_one(session, Client, client, "client")
        rows = session.scalars(
            select(Kickoff)
            .where(Kickoff.client_id == found.id)
            .order_by(Kickoff.held_on.desc(), Kickoff.created_at.desc())
        )
        return [_row(session, k, found.name) for k in rows]


def kickoff_in_force(session: Session, client_id: uuid.UUID, end: date) -> KickoffRow | None:
    """The latest kick-off held before ``end`` (what a review of a period ending then names)."""
    kickoff = session.scalars(
        select(Kickoff)
        .where(Kickoff.client_id == client_id, Kickoff.held_on < end)
        .order_by(Kickoff.held_on.desc(), Kickoff.created_at.desc())
        .limit(1)
    ).first()
    if kickoff is None:
        return None
    return _row(session, kickoff, session.get_one(Client, client_id).name)
