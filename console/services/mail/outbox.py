"""Mails queued in the caller's transaction: a change and the mail that reports it are
stored together or not at all (T2, T9, C5).

The ticket services call in here where a status changes or a note for the client is
written; the intake calls in for the confirmation of a ticket opened by mail; the month's
billing run for its credit notices; the mail service for SLA notices. Nothing is queued
until the desk has set up an outgoing server: a desk that never sends mail (or the demo)
keeps no backlog that would all go out the day someone sets one up.

A client's mail goes to the ticket's requester, in their language (else their client's),
threaded under the ticket's first message. What must not be sent is still written, as a
skipped row with the reason: an opted-out contact, or more automatic mail to one address
in an hour than the settings allow (a loop with an autoresponder ends there).

This module imports no ticket service: the ticket services import it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from console.enums import Channel, Role, TicketStatus, VisitStatus
from console.ids import new_id
from console.model import Client, Contact, Note, Ticket, User, Visit
from console.model.mail import (
    MailKind,
    MailOptOut,
    MailOutcome,
    MailSettings,
    OutboxState,
    OutgoingMail,
    ReceivedMessage,
)
from console.model.provider import ProviderProfile
from console.rules.mail_intake import ticket_message_id
from console.rules.workflow import subject_with_reference
from console.wording.mail_texts import language_of, mail_text_for
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import stored
from console.wording.vocabulary import words_for

if TYPE_CHECKING:
    from console.rules.sla import Clock
    from console.services.billing.run import CreditRunNotice

AUTO_REPLIED = "auto-replied"
"""RFC 3834: an answer a program gave to a person's message (the confirmation)."""
AUTO_GENERATED = "auto-generated"
"""RFC 3834: a message a program wrote by itself (status changes, notices)."""

TOLD_WITHIN = timedelta(hours=12)
"""How long after it happened the mail loop still tells a client of something that reached
the shared database by sync (a visit step, a portal ticket): a desk that sets up mail
today does not send a year of them."""

_CLIENT_AUTOMATIC = (MailKind.CONFIRMATION, MailKind.STATUS)
"""The client's automatic mail, which the hourly limit counts."""


@dataclass(frozen=True)
class Sending:
    """The desk's sending settings as the queue needs them."""

    domain: str
    desk_name: str | None
    per_hour: int
    reopen_days: int
    dispatcher_address: str | None


def sending(session: Session) -> Sending | None:
    """The sending settings, or None while no outgoing server is set up (nothing queued)."""
    row = session.scalar(select(MailSettings))
    if row is None or not row.smtp_host:
        return None
    address = row.from_address or row.smtp_username or ""
    domain = address.rpartition("@")[2] or "localhost"
    return Sending(domain, row.from_name, row.auto_mails_per_hour, row.reopen_days,
                   row.dispatcher_address)  # fmt: skip


def _language(contact: Contact | None, client: Client | None) -> str:
    if contact is not None and contact.language:
        return language_of(contact.language)
    return language_of(client.locale if client is not None else None)


def desk_language(session: Session) -> str:
    """The language the desk's own notices are written in (the provider's)."""
    profile = session.scalar(select(ProviderProfile).limit(1))
    return language_of(profile.language if profile is not None else None)


def _compose(
    language: str,
    name: str | None,
    paragraphs: list[str],
    desk: str | None,
    automatic: bool,
) -> str:
    text = mail_text_for(language)
    greeting = text("greeting", name=name) if name else text("greeting_anonymous")
    parts = [greeting, *paragraphs, text("sign_off", desk=desk or text("service_desk"))]
    body = "\n\n".join(p for p in parts if p)
    # the signature separator of RFC 3676, so a reply parser cuts the remark off
    return body + ("\n\n-- \n" + text("automatic") if automatic else "") + "\n"


def _thread(session: Session, ticket: Ticket) -> tuple[str | None, str | None]:
    """The message a mail about the ticket answers and its References: the ticket's first
    message (the client's mail that opened it, else the desk's first mail about it), and
    the client's latest message when there is a later one."""
    received = session.execute(
        select(ReceivedMessage.message_id, ReceivedMessage.outcome)
        .where(ReceivedMessage.ticket_id == ticket.id, ReceivedMessage.message_id.is_not(None))
        .order_by(ReceivedMessage.received_at, ReceivedMessage.uid)
    ).all()
    first = next((m for m, o in received if o in (MailOutcome.TICKET, MailOutcome.FOLLOW_UP)), None)
    if first is None:
        first = session.scalar(
            select(OutgoingMail.message_id)
            .where(OutgoingMail.ticket_id == ticket.id)
            .order_by(OutgoingMail.queued_at, OutgoingMail.created_at)
            .limit(1)
        )
    latest = received[-1][0] if received else None
    if first is None:
        return latest, latest
    chain = [first] + ([latest] if latest and latest != first else [])
    return chain[-1], " ".join(chain)


def _sent_within_hour_select(address: str, now: datetime) -> Select[int]:
    """How many automatic mails went to an address in the hour before ``now`` (counted for
    each message taken in, through the index of lower-cased recipients)."""
    return (
        select(func.count())
        .select_from(OutgoingMail)
        .where(
            func.lower(OutgoingMail.recipient) == address.lower(),
            OutgoingMail.kind.in_(_CLIENT_AUTOMATIC),
            OutgoingMail.state != OutboxState.SKIPPED,
            OutgoingMail.queued_at > now - timedelta(hours=1),
        )
    )


def _sent_within_hour(session: Session, address: str, now: datetime) -> int:
    return session.scalar(_sent_within_hour_select(address, now)) or 0


def opted_out(session: Session, contact_id: uuid.UUID) -> bool:
    """Whether a contact asked for no mail from the desk."""
    return bool(
        session.scalar(select(MailOptOut.opted_out).where(MailOptOut.contact_id == contact_id))
    )


def _put(session: Session, **values: object) -> OutgoingMail:
    row = OutgoingMail(id=new_id(), attempts=0, **values)
    session.add(row)
    return row


def _ticket_mail(
    session: Session,
    settings: Sending,
    ticket: Ticket,
    kind: MailKind,
    now: datetime,
    subject_key: str,
    subject_values: dict[str, object],
    paragraphs: list[str] | None = None,
    paragraph_keys: list[tuple[str, dict[str, object]]] | None = None,
    in_reply_to: str | None = None,
    dedupe_key: str | None = None,
) -> OutgoingMail | None:
    """A mail to the ticket's requester about the ticket, or a skipped row saying why not;
    nothing at all for a ticket whose requester has no address."""
    contact = session.get(Contact, ticket.requester_id) if ticket.requester_id else None
    if contact is None or not contact.email or not contact.active:
        return None
    client = session.get(Client, ticket.client_id)
    language = _language(contact, client)
    text = mail_text_for(language)
    automatic = kind in _CLIENT_AUTOMATIC
    body_parts = [text(k, **v) for k, v in (paragraph_keys or [])] + (paragraphs or [])
    body_parts.append(text("keep_reference", reference=ticket.reference))
    subject = subject_with_reference(ticket.reference, text(subject_key, **subject_values))
    answers, references = _thread(session, ticket)
    if in_reply_to is not None:
        answers, references = in_reply_to, in_reply_to
    state = OutboxState.QUEUED
    why: Phrase | None = None
    if opted_out(session, contact.id):
        state, why = OutboxState.SKIPPED, phrase("the contact asked for no mail from the desk")
    elif automatic and _sent_within_hour(session, contact.email, now) >= settings.per_hour:
        state = OutboxState.SKIPPED
        why = phrase(
            "{count} automatic mails to this address in the last hour already "
            "(the hourly limit in the mail settings)",
            count=settings.per_hour,
        )
    return _put(
        session, kind=kind, recipient=contact.email, recipient_name=contact.name,
        contact_id=contact.id, ticket_id=ticket.id, language=language, subject=subject,
        body=_compose(language, contact.name, body_parts, settings.desk_name, automatic),
        message_id=ticket_message_id(ticket.reference, new_id().hex, settings.domain),
        in_reply_to=answers, thread_references=references,
        auto_submitted=(AUTO_REPLIED if kind is MailKind.CONFIRMATION
                        else AUTO_GENERATED if automatic else None),
        state=state, last_error=why and stored(why), queued_at=now, next_attempt_at=now,
        dedupe_key=dedupe_key,
    )  # fmt: skip


def queue_confirmation(
    session: Session, ticket: Ticket, received_message_id: str | None, now: datetime
) -> OutgoingMail | None:
    """T2: the confirmation of a new ticket, with its reference in the subject: an answer
    to the client's message when it came by mail, else a note of their request (a call,
    the portal). A follow-up of a closed ticket names the ticket it follows (P1)."""
    settings = sending(session)
    if settings is None:
        return None
    said: dict[str, object] = {"title": ticket.title, "reference": ticket.reference}
    by_mail = ticket.channel == Channel.EMAIL
    keys: list[tuple[str, dict[str, object]]] = [
        ("confirmation_body" if by_mail else "confirmation_request_body", said)
    ]
    earlier = session.get(Ticket, ticket.related_ticket_id) if ticket.related_ticket_id else None
    if earlier is not None:
        keys.append(
            ("confirmation_follows", {"closed": earlier.reference, "closed_title": earlier.title})
        )
    return _ticket_mail(
        session, settings, ticket, MailKind.CONFIRMATION, now, "confirmation_subject",
        {"title": ticket.title}, paragraph_keys=keys, in_reply_to=received_message_id,
    )  # fmt: skip


VISIT_TEXTS: dict[VisitStatus, tuple[str, list[str]]] = {
    VisitStatus.ENGINEER_PROPOSED: (
        "visit_proposed_subject",
        ["visit_proposed_body", "visit_photo_id"],
    ),
    VisitStatus.ON_SITE: ("visit_arrived_subject", ["visit_arrived_body"]),
}
"""D7: the subject and paragraphs of each visit step the client hears of."""


def queue_visit_notice(
    session: Session,
    settings: Sending,
    visit: Visit,
    step: VisitStatus,
    said: Callable[[str], dict[str, object]],
    dedupe_key: str,
    now: datetime,
    photos: Sequence[str] = (),
) -> OutgoingMail | None:
    """D7: a visit step told to the ticket's requester, in their language (``said`` gives
    the values worded in it), threaded with the ticket's mail, with the ``photos`` of
    these engineers (ids, hex) attached. A status mail: it counts against the hourly limit
    of automatic mail like the ticket's own."""
    ticket = visit.ticket
    contact = session.get(Contact, ticket.requester_id) if ticket.requester_id else None
    values = said(_language(contact, session.get(Client, ticket.client_id)))
    subject_key, body_keys = VISIT_TEXTS[step]
    if photos:
        body_keys = [*body_keys, "visit_photos_attached"]
    mail = _ticket_mail(
        session, settings, ticket, MailKind.STATUS, now, subject_key, values,
        paragraph_keys=[(key, values) for key in body_keys], dedupe_key=dedupe_key,
    )  # fmt: skip
    if mail is not None:
        mail.engineer_photos = list(photos)
    return mail


def queue_status_change(
    session: Session, ticket: Ticket, old: TicketStatus, new: TicketStatus, now: datetime
) -> OutgoingMail | None:
    """T9: the client hears of every status change of their ticket."""
    settings = sending(session)
    if settings is None or old == new:
        return None
    contact = session.get(Contact, ticket.requester_id) if ticket.requester_id else None
    language = _language(contact, session.get(Client, ticket.client_id))
    word = words_for(language)
    keys: list[tuple[str, dict[str, object]]] = [
        ("status_body", {"reference": ticket.reference, "title": ticket.title,
                         "old": word(old), "new": word(new)}),
    ]  # fmt: skip
    if new is TicketStatus.CLOSED and settings.reopen_days > 0:
        keys.append(("status_closed", {"days": settings.reopen_days}))
    return _ticket_mail(
        session, settings, ticket, MailKind.STATUS, now, "status_subject",
        {"title": ticket.title, "status": word(new)}, paragraph_keys=keys,
    )  # fmt: skip


def queue_client_note(
    session: Session, ticket: Ticket, note: Note, now: datetime
) -> OutgoingMail | None:
    """T9: a note written for the client (the desk's reply) goes to them by mail."""
    settings = sending(session)
    if settings is None:
        return None
    return _ticket_mail(
        session, settings, ticket, MailKind.REPLY, now, "reply_subject", {"title": ticket.title},
        paragraphs=[note.body],
        paragraph_keys=[("reply_intro", {"reference": ticket.reference})],
    )  # fmt: skip


def _desk_notice(
    session: Session,
    settings: Sending,
    kind: MailKind,
    recipient: str,
    name: str | None,
    subject: str,
    paragraphs: list[str],
    language: str,
    now: datetime,
    ticket: Ticket | None = None,
    dedupe_key: str | None = None,
) -> OutgoingMail:
    unique = new_id().hex
    message_id = (
        ticket_message_id(ticket.reference, unique, settings.domain)
        if ticket is not None
        else f"<notice.{unique}@{settings.domain}>"
    )
    return _put(
        session, kind=kind, recipient=recipient, recipient_name=name, contact_id=None,
        ticket_id=ticket.id if ticket is not None else None, language=language,
        subject=subject, body=_compose(language, name, paragraphs, settings.desk_name, True),
        message_id=message_id, in_reply_to=None, thread_references=None,
        auto_submitted=AUTO_GENERATED, dedupe_key=dedupe_key, state=OutboxState.QUEUED,
        queued_at=now, next_attempt_at=now,
    )  # fmt: skip


def _amount(notice: CreditRunNotice, language: str) -> str:
    if notice.unit == "hours":
        return mail_text_for(language)("hours", amount=f"{notice.balance:.2f}")
    return f"{notice.balance:.2f} {notice.currency or ''}".strip()


def queue_credit_notices(
    session: Session, notices: Sequence[CreditRunNotice], now: datetime | None = None
) -> int:
    """C5: one mail per credit the run took low or out, to the client's account manager,
    in the run's transaction; how many were queued."""
    from console.model import utcnow

    settings = sending(session)
    if settings is None or not notices:
        return 0
    language = desk_language(session)
    text = mail_text_for(language)
    when = now or utcnow()
    queued = 0
    for n in notices:
        if not n.account_manager_email:
            continue
        what = "credit_exhausted" if n.exhausted else "credit_low"
        values = {"client": n.client, "contract": n.contract, "balance": _amount(n, language)}
        _desk_notice(
            session, settings, MailKind.CREDIT_EXHAUSTED if n.exhausted else MailKind.CREDIT_LOW,
            n.account_manager_email, n.account_manager, text(f"{what}_subject", **values),
            [text(f"{what}_body", **values)], language, when,
        )  # fmt: skip
        queued += 1
    return queued


def dispatcher_addresses(session: Session, settings: Sending) -> list[tuple[str, str | None]]:
    """Where SLA notices go: the address in the settings, else every active dispatcher's."""
    if settings.dispatcher_address:
        return [(settings.dispatcher_address, None)]
    rows = session.execute(
        select(User.email, User.display_name).where(
            User.role == Role.DISPATCHER, User.active.is_(True), User.email.is_not(None)
        )
    ).all()
    return [(email, name) for email, name in rows if email]


def _with_premium_manager(
    recipients: list[tuple[str, str | None]], ticket: Ticket
) -> list[tuple[str, str | None]]:
    """The desk's addresses and, under a premium plan, the contract's manager (C11), once."""
    contract = ticket.contract
    manager = contract.manager if contract is not None and contract.premium else None
    if manager is None or not manager.active or not manager.email:
        return recipients
    if any(address.lower() == manager.email.lower() for address, _ in recipients):
        return recipients
    return [*recipients, (manager.email, manager.display_name)]


def queue_sla_notice(
    session: Session,
    settings: Sending,
    ticket: Ticket,
    clock: Clock,
    breached: bool,
    due_text: str,
    target_word: str,
    client_name: str,
    language: str,
    now: datetime,
) -> int:
    """An SLA clock at risk or missed, to the dispatchers and a premium contract's dedicated
    manager: once per ticket, target, state, deadline and address, however often the clocks
    are looked at."""
    kind = MailKind.SLA_BREACHED if breached else MailKind.SLA_AT_RISK
    what = "sla_breached" if breached else "sla_at_risk"
    text = mail_text_for(language)
    values = {"reference": ticket.reference, "title": ticket.title, "client": client_name,
              "due": due_text, "target": target_word}  # fmt: skip
    due = clock.due_at.isoformat() if clock.due_at else "-"
    queued = 0
    for address, name in _with_premium_manager(dispatcher_addresses(session, settings), ticket):
        key = f"{what}:{ticket.id.hex}:{clock.target.kind}:{due}:{address.lower()}"[:300]
        if session.scalar(select(OutgoingMail.id).where(OutgoingMail.dedupe_key == key)):
            continue
        _desk_notice(
            session, settings, kind, address, name,
            subject_with_reference(ticket.reference, text(f"{what}_subject", **values)),
            [text(f"{what}_body", **values)], language, now, ticket=ticket, dedupe_key=key,
        )  # fmt: skip
        queued += 1
    return queued
