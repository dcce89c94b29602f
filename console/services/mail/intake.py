"""One received message taken in: a ticket, a note, a reopen, a follow-up, the triage list,
the quarantine, or recorded as automatic mail (T1, T2, T8).

Everything a message does is written in the caller's one transaction together with the
record of the message itself, keyed by its mailbox, UIDVALIDITY and UID: either all of it
is in the store or none of it, and a message already recorded (fetched again, or after a
crash before the server was told) is only reported, never taken in twice. A message
whose Message-ID came in before (the same mail to two of the desk's addresses) is
recorded as a duplicate of the first.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import Channel, ContactRole, NoteKind, Priority, TicketCategory, TicketStatus
from console.errors import ValidationError
from console.ids import new_id
from console.model import Client, Contact, Ticket
from console.model.mail import (
    MailAttachment,
    Mailbox,
    MailOutcome,
    MailSettings,
    QuarantineItem,
    ReceivedMessage,
    TriageItem,
)
from console.rules.alerts import Alert, alert_in_mail
from console.rules.mail_intake import MailAction, reply_decision, ticket_title
from console.rules.workflow import Actor
from console.services.mail.blobs import keep_blob
from console.services.mail.loops import automatic_reason
from console.services.mail.outbox import queue_confirmation
from console.services.mail.parsing import MailFile, ParsedMail, Unreadable, parse_message
from console.services.mail.replies import own_words
from console.services.mail.threading import ticket_of
from console.services.monitoring import take_alert
from console.services.provider import desk_language
from console.services.requesters import Outcome, requester_rows, split_address
from console.services.tickets import add_note, change_status, create_ticket
from console.wording.phrases import Phrase, in_language, phrase
from console.wording.stored_phrases import restored, stored

TEXT_LIMIT = 100_000
"""A note's body and a ticket's description are at most this long (the note's own limit)."""


@dataclass(frozen=True)
class IntakeSettings:
    """The desk's settings the intake honours."""

    reopen_window: timedelta = timedelta(days=14)
    attachment_limit: int = 25 * 1024 * 1024
    own_addresses: frozenset[str] = frozenset()


@dataclass(frozen=True)
class IntakeResult:
    """What became of a message, as plain values."""

    outcome: MailOutcome
    reason: Phrase | str
    """Why, as a sentence to word (a message taken in by an older version: as written)."""
    ticket_id: uuid.UUID | None = None
    reference: str | None = None
    already: bool = False
    """Recorded before: the server only needs telling."""

    @property
    def quarantined(self) -> bool:
        """Whether the message belongs in the mailbox's quarantine folder."""
        return self.outcome is MailOutcome.QUARANTINE


def intake_settings(
    session: Session, own_addresses: frozenset[str] = frozenset()
) -> IntakeSettings:
    """The desk's mail settings as the intake needs them (defaults before any are saved)."""
    row = session.scalar(select(MailSettings))
    if row is None:
        return IntakeSettings(own_addresses=own_addresses)
    return IntakeSettings(
        reopen_window=timedelta(days=row.reopen_days),
        attachment_limit=row.attachment_limit_bytes,
        own_addresses=own_addresses,
    )


def _message_id_of_raw(raw: bytes) -> str | None:
    """The Message-ID of a message the parser refused, if its header can be found."""
    match = re.search(rb"^message-id:[ \t]*(<[^<>\s]+>)", raw[:65536], re.IGNORECASE | re.M)
    return match.group(1).decode("ascii", errors="replace")[:998] if match else None


def _record(session: Session, reason: Phrase, **values: object) -> ReceivedMessage:
    # the rows it points at first: no relationship tells the unit of work their order
    session.flush()
    row = ReceivedMessage(id=new_id(), reason=stored(reason), **values)
    session.add(row)
    session.flush()
    return row


def _cap(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def _sender_words(mail: ParsedMail) -> str:
    return f"{mail.sender_name} <{mail.sender}>" if mail.sender_name else mail.sender


def register_requester(session: Session, client: Client, mail: ParsedMail) -> Contact:
    """T1: the sender as a new requester of a client the desk chose (the triage list), with
    no phone until someone asks."""
    contact = Contact(
        id=new_id(),
        client_id=client.id,
        name=(mail.sender_name or mail.sender.rsplit("@", 1)[0])[:120],
        role=ContactRole.REQUESTER,
        phone=None,
        email=mail.sender,
        messengers={},
    )
    session.add(contact)
    session.flush()
    return contact


def _requester(session: Session, mail: ParsedMail) -> tuple[Client, Contact] | Phrase:
    """T1: the sender's client and contact, registered as a requester (with no phone until
    someone asks) if their domain is a client's; else why the sender is unknown."""
    try:
        bare, name = split_address(mail.sender, mail.sender_name or None)
    except ValidationError as exc:
        return phrase("the sender's address cannot be used ({error})", error=exc.text)
    found, client, contact = requester_rows(session, None, bare, name, by_intake=True)
    if found.outcome is Outcome.UNKNOWN_SENDER or client is None or contact is None:
        return found.reason or phrase("no client uses the sender's e-mail domain")
    return client, contact


def _requester_of(session: Session, mail: ParsedMail, ticket: Ticket) -> Contact | Phrase:
    """The sender as a contact of the ticket's client, or why they are not one."""
    found = _requester(session, mail)
    if isinstance(found, Phrase):
        return phrase(
            "{reason}, and the message names ticket {reference}",
            reason=found,
            reference=ticket.reference,
        )
    client, contact = found
    if client.id != ticket.client_id:
        return phrase(
            "the sender is {client}'s, but the message names another client's ticket",
            client=client.name,
        )
    return contact


def attach_files(
    session: Session,
    record: ReceivedMessage,
    files: tuple[MailFile, ...],
    ticket_id: uuid.UUID,
    note_id: uuid.UUID | None,
    limit: int,
) -> None:
    """The message's files on the ticket (and note), each content kept once; a file over
    the limit is listed with why it was not kept."""
    for file in files:
        over = len(file.data) > limit
        session.add(
            MailAttachment(
                id=new_id(),
                mail_message_id=record.id,
                ticket_id=ticket_id,
                note_id=note_id,
                blob_id=None if over else keep_blob(session, file.data).id,
                filename=file.filename,
                media_type=file.media_type[:100],
                size_bytes=len(file.data),
                skipped_reason=(
                    stored(
                        phrase(
                            "larger than the limit of {megabytes} MB; kept in the mailbox",
                            megabytes=limit // (1024 * 1024),
                        )
                    )
                    if over
                    else None
                ),
            )
        )


def _body(mail: ParsedMail, text: str, language: str) -> str:
    """A reply as a note, headed in the desk's language."""
    subject = mail.subject or in_language(phrase("(no subject)"), language)
    heading = phrase("E-mail from {sender}: {subject}", sender=_sender_words(mail), subject=subject)
    lines = [in_language(heading, language), "", text]
    lines += [f"({remark})" for remark in mail.remarks]
    return _cap("\n".join(lines).strip())


def take_in(
    session: Session,
    mailbox: Mailbox,
    uidvalidity: int,
    uid: int,
    raw: bytes,
    now: datetime,
    settings: IntakeSettings,
) -> IntakeResult:
    """Take one message in, inside the caller's transaction; see the module's words."""
    done = session.scalar(
        select(ReceivedMessage).where(
            ReceivedMessage.mailbox_id == mailbox.id,
            ReceivedMessage.uidvalidity == uidvalidity,
            ReceivedMessage.uid == uid,
        )
    )
    if done is not None:
        reference = session.scalar(select(Ticket.reference).where(Ticket.id == done.ticket_id))
        return IntakeResult(
            done.outcome, restored(done.reason), done.ticket_id, reference, already=True
        )
    where = {"mailbox_id": mailbox.id, "uidvalidity": uidvalidity, "uid": uid}

    try:
        mail = parse_message(raw)
    except Unreadable as refused:
        blob = keep_blob(session, raw)
        record = _record(
            session, **where, message_id=_message_id_of_raw(raw), sender=None, subject="",
            received_at=now, size_bytes=len(raw), outcome=MailOutcome.QUARANTINE,
            reason=refused.reason, raw_blob_id=blob.id,
        )  # fmt: skip
        session.add(
            QuarantineItem(
                id=new_id(), mail_message_id=record.id, reason=stored(refused.reason),
                folder=mailbox.quarantine_folder,
            )
        )  # fmt: skip
        return IntakeResult(MailOutcome.QUARANTINE, refused.reason)

    common = {
        **where,
        "message_id": mail.message_id[:998] if mail.message_id else None,
        "sender": mail.sender[:320],
        "subject": mail.subject,
        "received_at": now,
        "size_bytes": len(raw),
    }
    if mail.message_id:
        first = session.scalar(
            select(ReceivedMessage)
            .where(
                ReceivedMessage.message_id == mail.message_id,
                ReceivedMessage.outcome != MailOutcome.DUPLICATE,
            )
            .limit(1)
        )
        if first is not None:
            reason = phrase("the same message came in before (as UID {uid})", uid=first.uid)
            _record(session, **common, outcome=MailOutcome.DUPLICATE, reason=reason,
                    ticket_id=first.ticket_id)  # fmt: skip
            reference = session.scalar(select(Ticket.reference).where(Ticket.id == first.ticket_id))
            return IntakeResult(MailOutcome.DUPLICATE, reason, first.ticket_id, reference)

    alert = alert_in_mail(mail.subject, mail.text, mail.sender)
    if alert is not None:  # T1: monitoring's mail, automatic as it is, goes to monitoring
        return _alert(session, mailbox, mail, raw, common, alert, now)

    auto = automatic_reason(mail, settings.own_addresses)
    if auto is not None:
        _record(session, **common, outcome=MailOutcome.IGNORED_AUTO, reason=auto)
        return IntakeResult(MailOutcome.IGNORED_AUTO, auto)

    ticket = ticket_of(session, mail)
    if ticket is not None:
        contact = _requester_of(session, mail, ticket)
        if isinstance(contact, Phrase):
            return _triage(session, mailbox, mail, raw, common, contact)
        return _reply(session, ticket, contact, mail, common, now, settings)

    found = _requester(session, mail)
    if isinstance(found, Phrase):
        return _triage(session, mailbox, mail, raw, common, found)
    client, contact = found
    ticket = ticket_from_mail(session, client, contact, mail, now, related=None)
    reason = phrase("a new ticket for {client}", client=client.name)
    record = _record(session, **common, outcome=MailOutcome.TICKET, reason=reason,
                     ticket_id=ticket.id)  # fmt: skip
    attach_files(session, record, mail.files, ticket.id, None, settings.attachment_limit)
    queue_confirmation(session, ticket, mail.message_id, now)  # T2, with the ticket
    return IntakeResult(MailOutcome.TICKET, reason, ticket.id, ticket.reference)


def _alert(
    session: Session,
    mailbox: Mailbox,
    mail: ParsedMail,
    raw: bytes,
    common: dict[str, object],
    alert: Alert,
    now: datetime,
) -> IntakeResult:
    """An alert mail: its ticket or note by the monitoring rules, for the sender's client
    (else the mailbox's); from an unknown sender, the triage list."""
    found = _requester(session, mail)
    client_id = found[0].id if not isinstance(found, Phrase) else mailbox.client_id
    if client_id is None:
        assert isinstance(found, Phrase)
        why = phrase("a monitoring alert: {reason}", reason=found)
        return _triage(session, mailbox, mail, raw, common, why)
    done = take_alert(session, alert, client_id, now)
    outcome = MailOutcome.TICKET if done.opened else MailOutcome.NOTE
    if done.already:  # the very same notice came in another mail before
        outcome = MailOutcome.DUPLICATE
    reason = phrase("monitoring: {what}", what=done.line())
    _record(session, **common, outcome=outcome, reason=reason, ticket_id=done.ticket_id,
            note_id=done.note_id)  # fmt: skip
    return IntakeResult(outcome, reason, done.ticket_id, done.reference)


def ticket_from_mail(
    session: Session,
    client: Client,
    contact: Contact,
    mail: ParsedMail,
    now: datetime,
    related: Ticket | None,
) -> Ticket:
    """A ticket from a message (T1): its subject as title, its text as description."""
    description = mail.text + "".join(f"\n\n({remark})" for remark in mail.remarks)
    ticket = create_ticket(
        session,
        client_id=client.id,
        title=ticket_title(mail.subject, mail.sender),
        category=TicketCategory.INCIDENT,
        priority=Priority.NORMAL,  # T4: the desk sets the priority
        channel=Channel.EMAIL,
        now=now,
        requester_id=contact.id,
        description=_cap(description),
        related_ticket_id=related.id if related is not None else None,
    )
    session.flush()  # the rows that name it come next, and nothing orders them after it
    return ticket


def _reply(
    session: Session,
    ticket: Ticket,
    contact: Contact,
    mail: ParsedMail,
    common: dict[str, object],
    now: datetime,
    settings: IntakeSettings,
) -> IntakeResult:
    words = own_words(mail.text)
    decision = reply_decision(
        TicketStatus(ticket.status), ticket.closed_at, now, mail.subject, words,
        settings.reopen_window,
    )  # fmt: skip
    if decision.action is MailAction.FOLLOW_UP:
        client = session.get(Client, ticket.client_id)
        assert client is not None
        follow = ticket_from_mail(session, client, contact, mail, now, related=ticket)
        opened = phrase(
            "A later e-mail opened {reference}, linked to this ticket: {reason}.",
            reference=follow.reference,
            reason=decision.reason,
        )
        add_note(session, ticket, in_language(opened, desk_language(session)), NoteKind.INTERNAL,
                 now)  # fmt: skip
        record = _record(session, **common, outcome=MailOutcome.FOLLOW_UP,
                         reason=decision.reason, ticket_id=follow.id)  # fmt: skip
        attach_files(session, record, mail.files, follow.id, None, settings.attachment_limit)
        queue_confirmation(session, follow, mail.message_id, now)  # T2: its own reference
        return IntakeResult(MailOutcome.FOLLOW_UP, decision.reason, follow.id, follow.reference)
    body = _body(mail, words, desk_language(session))
    note = add_note(session, ticket, body, NoteKind.INTERNAL, now)
    outcome = MailOutcome.NOTE
    if decision.action is MailAction.REOPEN:
        change_status(session, ticket, TicketStatus.OPEN, Actor.SYSTEM, now,
                      reason=stored(phrase("the client replied by e-mail")))  # fmt: skip
        outcome = MailOutcome.REOPENED
    elif decision.resume:
        change_status(session, ticket, TicketStatus.IN_PROGRESS, Actor.SYSTEM, now,
                      reason=stored(phrase("the client replied by e-mail")))  # fmt: skip
    record = _record(session, **common, outcome=outcome, reason=decision.reason,
                     ticket_id=ticket.id, note_id=note.id)  # fmt: skip
    attach_files(session, record, mail.files, ticket.id, note.id, settings.attachment_limit)
    return IntakeResult(outcome, decision.reason, ticket.id, ticket.reference)


def _triage(
    session: Session,
    mailbox: Mailbox,
    mail: ParsedMail,
    raw: bytes,
    common: dict[str, object],
    reason: Phrase,
) -> IntakeResult:
    """An unknown sender: the message waits whole for the desk, never dropped (T1)."""
    blob = keep_blob(session, raw)
    record = _record(session, **common, outcome=MailOutcome.TRIAGE, reason=reason,
                     raw_blob_id=blob.id)  # fmt: skip
    session.add(
        TriageItem(
            id=new_id(), mail_message_id=record.id, sender=mail.sender[:320],
            sender_name=(mail.sender_name or None) and mail.sender_name[:200],
            subject=mail.subject, reason=stored(reason), suggested_client_id=mailbox.client_id,
        )
    )  # fmt: skip
    return IntakeResult(MailOutcome.TRIAGE, reason)
