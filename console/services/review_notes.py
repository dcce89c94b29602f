"""Focus areas, risks and recommendations a service manager keeps per client (V1).

Entered at the kick-off and at each review, each note stays open from quarter to quarter
until the manager closes it; the review pack lists those that were open during its
period. Desk data: dispatchers, service managers and admins read and write them; an
engineer does not see them (the server gives an engineer's replica none of these rows).
Each write is one transaction in the acting user's name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.errors import ValidationError
from console.model import Client, ReviewNote
from console.rules.review import CARRIED, NOTE_KINDS, NOTE_STATUSES
from console.rules.roles import DESK
from console.services.master_data.common import Sessions, acting_role, find_one, writing
from console.services.master_data.fields import as_uuid
from console.wording.phrases import phrase

TEXT_LENGTH = 2000
"""The longest note a manager types (a paragraph; the pack prints it whole)."""


@dataclass(frozen=True)
class ReviewNoteRow:
    """One review note as plain data."""

    id: uuid.UUID
    client_id: uuid.UUID
    client: str
    kind: str
    text: str
    status: str
    raised_on: date
    closed_on: date | None

    @property
    def carried(self) -> bool:
        """Whether the note travels to the next review (not done or closed)."""
        return self.status in CARRIED


def _check_desk(session: Session, user_id: uuid.UUID | None) -> None:
    if acting_role(session, user_id) not in DESK:
        raise ValidationError(
            "user", phrase("review notes are kept by the desk and service managers")
        )


def _kind(value: object) -> str:
    kind = str(value or "").strip().lower()
    if kind not in NOTE_KINDS:
        raise ValidationError(
            "kind",
            phrase("{value}: say one of {choices}", value=repr(value), choices=NOTE_KINDS),
        )
    return kind


def _status(value: object) -> str:
    status = str(value or "").strip().lower().replace(" ", "_").replace("-", "_")
    if status not in NOTE_STATUSES:
        raise ValidationError(
            "status",
            phrase("{value}: say one of {choices}", value=repr(value), choices=NOTE_STATUSES),
        )
    return status


def _text(value: object) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError("text", phrase("say what the note is about"))
    if len(text) > TEXT_LENGTH:
        raise ValidationError("text", phrase("at most {most} characters", most=TEXT_LENGTH))
    return text


def _row(note: ReviewNote, client: str) -> ReviewNoteRow:
    return ReviewNoteRow(
        note.id, note.client_id, client, note.kind, note.text, note.status, note.raised_on,
        note.closed_on,
    )  # fmt: skip


def _note(session: Session, ref: object) -> ReviewNote:
    note_id = as_uuid(ref)
    note = session.get(ReviewNote, note_id) if note_id is not None else None
    if note is None:
        raise ValidationError("note", phrase("no review note with id {ref}", ref=ref))
    return note


def notes_in_period(
    session: Session, client_id: uuid.UUID, start: date, end: date
) -> list[ReviewNoteRow]:
    """The client's notes raised before ``end`` and not closed before ``start``: what was
    open during the period, with the status it has now."""
    client = session.get_one(Client, client_id)
    rows = session.scalars(
        select(ReviewNote)
        .where(ReviewNote.client_id == client_id, ReviewNote.raised_on < end,
               or_(ReviewNote.closed_on.is_(None), ReviewNote.closed_on >= start))
        .order_by(ReviewNote.raised_on, ReviewNote.created_at)
    )  # fmt: skip
    return [_row(n, client.name) for n in rows]


def list_review_notes(
    sessions: Sessions, user_id: uuid.UUID | None, client: object, *, open_only: bool = False
) -> list[ReviewNoteRow]:
    """A client's review notes, oldest first; ``open_only`` keeps those still carried."""
    with sessions() as session:
        _check_desk(session, user_id)
        found = find_one(session, Client, client, "client")
        stmt = select(ReviewNote).where(ReviewNote.client_id == found.id)
        if open_only:
            stmt = stmt.where(ReviewNote.status.in_(sorted(CARRIED)))
        stmt = stmt.order_by(ReviewNote.raised_on, ReviewNote.created_at)
        return [_row(n, found.name) for n in session.scalars(stmt)]


def add_review_note(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    client: object,
    kind: object,
    text: object,
    status: object = "open",
    today: date | None = None,
) -> ReviewNoteRow:
    """Keep a new focus area, risk or recommendation for a client."""
    with writing(sessions, user_id) as session:
        _check_desk(session, user_id)
        found = find_one(session, Client, client, "client")
        the_status = _status(status)
        day = today or date.today()
        note = ReviewNote(
            client_id=found.id, kind=_kind(kind), text=_text(text), status=the_status,
            raised_on=day, raised_by=user_id,
            closed_on=None if the_status in CARRIED else day,
            closed_by=None if the_status in CARRIED else user_id,
        )  # fmt: skip
        session.add(note)
        session.flush()
        return _row(note, found.name)


def edit_review_note(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    note_id: object,
    text: object | None = None,
    status: object | None = None,
    today: date | None = None,
) -> ReviewNoteRow:
    """Change a note's text or status; a status of done or closed ends its carrying."""
    with writing(sessions, user_id) as session:
        _check_desk(session, user_id)
        note = _note(session, note_id)
        if text is not None:
            note.text = _text(text)
        if status is not None:
            new = _status(status)
            if new in CARRIED:
                note.closed_on, note.closed_by = None, None
            elif note.status in CARRIED:
                note.closed_on, note.closed_by = today or date.today(), user_id
            note.status = new
        session.flush()
        return _row(note, session.get_one(Client, note.client_id).name)


def close_review_note(
    sessions: Sessions, user_id: uuid.UUID | None, note_id: object, today: date | None = None
) -> ReviewNoteRow:
    """Close a note: the next review no longer carries it."""
    return edit_review_note(sessions, user_id, note_id, status="closed", today=today)
