"""What the desk sees of the mail that came in and acts on: the triage list of unknown
senders, the quarantine, a ticket's mail attachments. Ids and the acting user in, plain
data out; each action is one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.errors import ValidationError
from console.model import Client, Contact, Ticket, utcnow
from console.model.mail import (
    MailAttachment,
    MailBlob,
    Mailbox,
    MailOutcome,
    QuarantineItem,
    ReceivedMessage,
    TriageItem,
    TriageResolution,
)
from console.rules.roles import DESK
from console.services.mail.intake import (
    attach_files,
    intake_settings,
    register_requester,
    ticket_from_mail,
)
from console.services.mail.outbox import queue_confirmation
from console.services.mail.parsing import Unreadable, parse_message
from console.services.master_data.common import Sessions, acting_role, writing
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import restored, restored_or_none


@dataclass(frozen=True)
class TriageRow:
    """A message from an unknown sender."""

    id: uuid.UUID
    received_at: datetime
    mailbox: str
    sender: str
    sender_name: str | None
    subject: str
    reason: Phrase | str
    suggested_client: str | None
    resolution: str | None
    ticket: str | None


@dataclass(frozen=True)
class QuarantineRow:
    """A message that could not be read, and why."""

    id: uuid.UUID
    received_at: datetime
    mailbox: str
    uid: int
    message_id: str | None
    size_bytes: int
    reason: Phrase | str
    folder: str
    dismissed: bool


@dataclass(frozen=True)
class AttachmentRow:
    """A file that came by mail with a ticket."""

    id: uuid.UUID
    filename: str
    media_type: str
    size_bytes: int
    sha256: str | None
    skipped_reason: Phrase | str | None


def _desk_only(session: Session, user_id: uuid.UUID | None, what: Phrase) -> None:
    if acting_role(session, user_id) not in DESK:
        raise ValidationError("user", phrase("only the service desk may {what}", what=what))


def triage_list(sessions: Sessions, *, open_only: bool = True) -> list[TriageRow]:
    """Messages from unknown senders, newest first; the settled ones too if asked."""
    with sessions() as session:
        query = (
            select(TriageItem, ReceivedMessage.received_at, Mailbox.name, Ticket.reference)
            .join(ReceivedMessage, ReceivedMessage.id == TriageItem.mail_message_id)
            .join(Mailbox, Mailbox.id == ReceivedMessage.mailbox_id)
            .outerjoin(Ticket, Ticket.id == TriageItem.ticket_id)
            .order_by(ReceivedMessage.received_at.desc(), TriageItem.id)
        )
        if open_only:
            query = query.where(TriageItem.resolution.is_(None))
        found = session.execute(query).all()
        # the clients the messages suggest, not every client: a desk of 6,000 clients
        # read them all for an empty list each time the mail tab was shown (13 ms)
        suggested = {t.suggested_client_id for t, *_ in found if t.suggested_client_id}
        clients = dict(
            session.execute(select(Client.id, Client.name).where(Client.id.in_(suggested))).all()
            if suggested
            else ()
        )
        return [
            TriageRow(
                t.id,
                at,
                box,
                t.sender,
                t.sender_name,
                t.subject,
                restored(t.reason),
                clients.get(t.suggested_client_id) if t.suggested_client_id else None,
                t.resolution.value if t.resolution else None,
                reference,
            )
            for t, at, box, reference in found
        ]


def quarantine_list(sessions: Sessions, *, open_only: bool = True) -> list[QuarantineRow]:
    """Messages that could not be read, newest first, with why."""
    with sessions() as session:
        query = (
            select(QuarantineItem, ReceivedMessage, Mailbox.name)
            .join(ReceivedMessage, ReceivedMessage.id == QuarantineItem.mail_message_id)
            .join(Mailbox, Mailbox.id == ReceivedMessage.mailbox_id)
            .order_by(ReceivedMessage.received_at.desc(), QuarantineItem.id)
        )
        if open_only:
            query = query.where(QuarantineItem.dismissed_at.is_(None))
        return [
            QuarantineRow(
                q.id,
                m.received_at,
                box,
                m.uid,
                m.message_id,
                m.size_bytes,
                restored(q.reason),
                q.folder,
                q.dismissed_at is not None,
            )
            for q, m, box in session.execute(query)
        ]


def quarantined_message(sessions: Sessions, item_id: uuid.UUID) -> bytes:
    """The whole message as it came, for the desk to look at or save."""
    with sessions() as session:
        data = session.scalar(
            select(MailBlob.data)
            .join(ReceivedMessage, ReceivedMessage.raw_blob_id == MailBlob.id)
            .join(QuarantineItem, QuarantineItem.mail_message_id == ReceivedMessage.id)
            .where(QuarantineItem.id == item_id)
        )
    if data is None:
        raise ValidationError(
            "quarantine", phrase("no quarantined message {item_id}", item_id=item_id)
        )
    return data


def dismiss_quarantine(sessions: Sessions, user_id: uuid.UUID | None, item_id: uuid.UUID) -> None:
    """The desk has looked at a quarantined message: off the list, kept in the store."""
    with writing(sessions, user_id) as session:
        _desk_only(session, user_id, phrase("settle the quarantine"))
        item = session.get(QuarantineItem, item_id)
        if item is None:
            raise ValidationError(
                "quarantine", phrase("no quarantined message {item_id}", item_id=item_id)
            )
        item.dismissed_at, item.dismissed_by = utcnow(), user_id


def dismiss_triage(sessions: Sessions, user_id: uuid.UUID | None, item_id: uuid.UUID) -> None:
    """A message from an unknown sender the desk will not take: settled, kept."""
    with writing(sessions, user_id) as session:
        _desk_only(session, user_id, phrase("settle the triage list"))
        item = _open_triage(session, item_id)
        item.resolution, item.resolved_at, item.resolved_by = (
            TriageResolution.DISMISSED, utcnow(), user_id,
        )  # fmt: skip


def _open_triage(session: Session, item_id: uuid.UUID) -> TriageItem:
    item = session.get(TriageItem, item_id)
    if item is None:
        raise ValidationError(
            "triage", phrase("no message {item_id} in the triage list", item_id=item_id)
        )
    if item.resolution is not None:
        raise ValidationError("triage", phrase("this message was settled already"))
    return item


def accept_triage(
    sessions: Sessions, user_id: uuid.UUID | None, item_id: uuid.UUID, client_id: uuid.UUID
) -> str:
    """Make the ticket of a message from an unknown sender for the client the desk names;
    the sender becomes a requester of that client (T1). Returns the ticket's reference."""
    now = utcnow()
    with writing(sessions, user_id) as session:
        _desk_only(session, user_id, phrase("take messages from the triage list"))
        item = _open_triage(session, item_id)
        client = session.get(Client, client_id)
        if client is None or not client.active:
            raise ValidationError("client", phrase("is not an active client"))
        record = session.get(ReceivedMessage, item.mail_message_id)
        assert record is not None and record.raw_blob_id is not None
        blob = session.get(MailBlob, record.raw_blob_id)
        assert blob is not None
        try:
            mail = parse_message(blob.data)
        except Unreadable as exc:  # read once already; a parser change could refuse it
            raise ValidationError("triage", exc.reason) from exc
        contact = session.scalar(
            select(Contact).where(
                Contact.client_id == client.id, func.lower(Contact.email) == mail.sender
            )
        ) or register_requester(session, client, mail)
        ticket = ticket_from_mail(session, client, contact, mail, now, related=None)
        settings = intake_settings(session)
        attach_files(session, record, mail.files, ticket.id, None, settings.attachment_limit)
        record.ticket_id = ticket.id
        queue_confirmation(session, ticket, mail.message_id, now)  # T2, as for any mail in
        item.resolution, item.resolved_at, item.resolved_by, item.ticket_id = (
            TriageResolution.TICKET, now, user_id, ticket.id,
        )  # fmt: skip
        return ticket.reference


def ticket_mail_attachments(sessions: Sessions, ticket_id: uuid.UUID) -> list[AttachmentRow]:
    """The files that came by mail with a ticket (and its notes), oldest first."""
    with sessions() as session:
        rows = session.execute(
            select(MailAttachment, MailBlob.sha256)
            .outerjoin(MailBlob, MailBlob.id == MailAttachment.blob_id)
            .where(MailAttachment.ticket_id == ticket_id)
            .order_by(MailAttachment.created_at, MailAttachment.filename)
        )
        return [
            AttachmentRow(
                a.id,
                a.filename,
                a.media_type,
                a.size_bytes,
                sha,
                restored_or_none(a.skipped_reason),
            )
            for a, sha in rows
        ]


def mail_attachment_bytes(sessions: Sessions, attachment_id: uuid.UUID) -> bytes:
    """The content of a mail attachment, to open or save."""
    with sessions() as session:
        data = session.scalar(
            select(MailBlob.data)
            .join(MailAttachment, MailAttachment.blob_id == MailBlob.id)
            .where(MailAttachment.id == attachment_id)
        )
    if data is None:
        raise ValidationError("attachment", phrase("was not kept (see why in the list)"))
    return data


def outcome_counts(sessions: Sessions) -> dict[str, int]:
    """How many received messages became what, for a summary."""
    with sessions() as session:
        rows = session.execute(
            select(ReceivedMessage.outcome, func.count()).group_by(ReceivedMessage.outcome)
        ).all()
    return {MailOutcome(outcome).value: count for outcome, count in rows}
