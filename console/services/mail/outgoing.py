"""What the window and the command line call for sending: the outgoing server's settings,
a contact's opt-out, the outbox with its reasons, a retry, and the SLA look that queues
the dispatchers' notices. Ids, the acting user and plain values in; plain data out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from console.enums import Role, TicketStatus
from console.errors import ValidationError
from console.ids import new_id
from console.model import Client, Contact, Ticket
from console.model.mail import MailOptOut, MailSettings, OutboxState, OutgoingMail, SmtpSecurity
from console.rules import fields
from console.rules.roles import DESK
from console.rules.sla import ClockState
from console.services.clocks import ticket_clocks
from console.services.mail.outbox import desk_language, queue_sla_notice, sending
from console.services.mail.secrets import SecretStore
from console.services.mail.sender import SMTP_SECRET
from console.services.master_data.common import Sessions, acting_role, writing
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import restored_or_none
from console.wording.vocabulary import words_for

DEFAULT_SMTP_PORTS = {SmtpSecurity.TLS: 465, SmtpSecurity.STARTTLS: 587, SmtpSecurity.NONE: 25}
_LOOPBACK = ("127.0.0.1", "::1", "localhost")
STALE_BREACH = timedelta(days=1)
"""A deadline missed longer ago than this gets no notice (the first look on an old store)."""


@dataclass(frozen=True)
class SmtpSettingsInfo:
    """The outgoing server as the window shows it (never the password itself)."""

    host: str | None
    port: int | None
    security: str | None
    username: str | None
    from_address: str | None
    from_name: str | None
    dispatcher_address: str | None
    has_password: bool


@dataclass(frozen=True)
class OutboxRow:
    """One mail of the outbox, as the window and the command line list it."""

    id: uuid.UUID
    kind: str
    state: str
    recipient: str
    subject: str
    ticket: str | None
    queued_at: datetime
    attempts: int
    next_attempt_at: datetime | None
    last_error: Phrase | str | None
    sent_at: datetime | None


def _admin_only(role: Role, what: Phrase) -> None:
    if role is not Role.ADMIN:
        raise ValidationError("user", phrase("only an administrator may {what}", what=what))


def smtp_settings(sessions: Sessions, secrets: SecretStore) -> SmtpSettingsInfo:
    """The outgoing server's settings (all empty until someone saves them)."""
    has_password = secrets.get(SMTP_SECRET) is not None
    with sessions() as session:
        row = session.scalar(select(MailSettings))
        if row is None:
            return SmtpSettingsInfo(None, None, None, None, None, None, None, has_password)
        return SmtpSettingsInfo(
            row.smtp_host, row.smtp_port, row.smtp_security, row.smtp_username,
            row.from_address, row.from_name, row.dispatcher_address, has_password,
        )  # fmt: skip


def save_smtp_settings(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    secrets: SecretStore,
    *,
    host: str | None = None,
    port: int | None = None,
    security: str | None = None,
    username: str | None = None,
    password: str | None = None,
    from_address: str | None = None,
    from_name: str | None = None,
    dispatcher_address: str | None = None,
) -> SmtpSettingsInfo:
    """Change the outgoing server's settings; the password goes to the keyring. An empty
    string clears a value (no host: nothing is queued or sent)."""
    mode: SmtpSecurity | None = None
    if security is not None:
        try:
            mode = SmtpSecurity(security)
        except ValueError as exc:
            raise ValidationError("security", phrase("is 'tls', 'starttls' or 'none'")) from exc
    if port is not None and not 1 <= port <= 65535:
        raise ValidationError("port", phrase("is between 1 and 65535"))
    for label, value in (("from", from_address), ("dispatcher address", dispatcher_address)):
        if value:
            fields.optional_email(value, label)
    with writing(sessions, user_id) as session:
        _admin_only(acting_role(session, user_id), phrase("change the mail settings"))
        row = session.scalar(select(MailSettings))
        if row is None:
            row = MailSettings(id=new_id(), slot=1, reopen_days=14,
                               attachment_limit_bytes=25 * 1024 * 1024,
                               auto_mails_per_hour=5)  # fmt: skip
            session.add(row)
        if host is not None:
            row.smtp_host = host.strip() or None
        if mode is not None:
            row.smtp_security = mode.value
        if port is not None:
            row.smtp_port = port
        if row.smtp_host and row.smtp_port is None:
            row.smtp_port = DEFAULT_SMTP_PORTS[SmtpSecurity(row.smtp_security or "starttls")]
        if row.smtp_host and row.smtp_security is None:
            row.smtp_security = SmtpSecurity.STARTTLS.value
        if (
            row.smtp_host
            and row.smtp_security == SmtpSecurity.NONE.value
            and row.smtp_host not in _LOOPBACK
        ):
            raise ValidationError(
                "security", phrase("a server on another machine needs TLS or STARTTLS")
            )
        texts = {"smtp_username": username, "from_address": from_address,
                 "from_name": from_name, "dispatcher_address": dispatcher_address}  # fmt: skip
        for name, value in texts.items():
            if value is not None:
                setattr(row, name, value.strip() or None)
        if row.smtp_host and not (row.from_address or row.smtp_username or "").count("@"):
            raise ValidationError("from", phrase("give the address the desk sends from"))
    if password is not None:
        if password:
            secrets.put(SMTP_SECRET, password)
        else:
            secrets.forget(SMTP_SECRET)
    return smtp_settings(sessions, secrets)


def set_opt_out(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    contact_id: uuid.UUID,
    opted_out: bool,
    reason: str = "",
) -> bool:
    """Record that a contact wants no mail from the desk (or wants it again); the new state."""
    with writing(sessions, user_id) as session:
        if acting_role(session, user_id) not in DESK:
            raise ValidationError("user", phrase("only the desk may change who gets mail"))
        if session.get(Contact, contact_id) is None:
            raise ValidationError("contact", phrase("no such contact"))
        row = session.scalar(select(MailOptOut).where(MailOptOut.contact_id == contact_id))
        if row is None:
            row = MailOptOut(id=new_id(), contact_id=contact_id)
            session.add(row)
        row.opted_out, row.reason, row.changed_by = opted_out, reason.strip(), user_id
        return opted_out


def contact_by_address(sessions: Sessions, address: str) -> list[tuple[uuid.UUID, str, str]]:
    """The contacts with an address: id, name and client, for choosing one."""
    with sessions() as session:
        rows = session.execute(
            select(Contact.id, Contact.name, Client.name)
            .join(Client, Client.id == Contact.client_id)
            .where(func.lower(Contact.email) == address.strip().lower())
            .order_by(Client.name, Contact.name)
        ).all()
        return [(i, n, c) for i, n, c in rows]


def outbox_list(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    states: tuple[str, ...] = ("queued", "sending", "failed"),
    limit: int = 500,
) -> list[OutboxRow]:
    """The outbox's mails in these states, newest first, with why they wait or failed."""
    with sessions() as session:
        if acting_role(session, user_id) not in DESK:
            raise ValidationError("user", phrase("only the desk may read the outbox"))
        query = (
            select(OutgoingMail, Ticket.reference)
            .outerjoin(Ticket, Ticket.id == OutgoingMail.ticket_id)
            .where(OutgoingMail.state.in_([OutboxState(s) for s in states]))
            .order_by(OutgoingMail.queued_at.desc(), OutgoingMail.created_at.desc())
            .limit(limit)
        )
        return [
            OutboxRow(
                m.id,
                str(m.kind),
                str(m.state),
                m.recipient,
                m.subject,
                reference,
                m.queued_at,
                m.attempts,
                m.next_attempt_at if m.state == OutboxState.QUEUED else None,
                restored_or_none(m.last_error),
                m.sent_at,
            )
            for m, reference in session.execute(query)
        ]


def retry_mail(sessions: Sessions, user_id: uuid.UUID | None, mail_id: uuid.UUID) -> OutboxRow:
    """Send a failed (or waiting) mail again at the next round; the desk's own decision,
    so the at-most-once rule of an interrupted send is theirs to lift."""
    from console.model import utcnow

    with writing(sessions, user_id) as session:
        if acting_role(session, user_id) not in DESK:
            raise ValidationError("user", phrase("only the desk may send mail again"))
        row = session.get(OutgoingMail, mail_id)
        if row is None:
            raise ValidationError("mail", phrase("no such mail in the outbox"))
        if row.state not in (OutboxState.FAILED, OutboxState.QUEUED, OutboxState.SKIPPED):
            raise ValidationError(
                "mail",
                phrase("is {state}: only a failed or waiting one is sent again", state=row.state),
            )
        row.state, row.next_attempt_at, row.claim = OutboxState.QUEUED, utcnow(), None
        row.attempts = 0
        row.last_error = None
    return next(r for r in outbox_list(sessions, user_id, ("queued",)) if r.id == mail_id)


def _due_text(when: datetime | None, zone: str) -> str:
    if when is None:
        return "-"
    local = when.astimezone(ZoneInfo(zone))
    return f"{local:%Y-%m-%d %H:%M} ({zone})"


def notify_desk(sessions: Sessions, now: datetime) -> int:
    """What the mail loop queues at each turn: the deadline notices to the desk, the
    visit notices to clients and the confirmations of portal tickets that came by sync
    (each once); how many were queued."""
    from console.services.mail.portal_confirmations import confirm_portal_tickets
    from console.services.mail.visit_notices import notify_visits

    return (
        notify_sla(sessions, now)
        + notify_visits(sessions, now)
        + confirm_portal_tickets(sessions, now)
    )


def notify_sla(sessions: Sessions, now: datetime) -> int:
    """Queue a notice to the dispatchers for every SLA clock at risk or missed since the
    last look (each once); how many were queued. Nothing while sending is not set up."""
    with sessions() as session, session.begin():
        settings = sending(session)
        if settings is None:
            return 0
        language = desk_language(session)
        word = words_for(language)
        queued = 0
        tickets = session.scalars(select(Ticket).where(Ticket.status != TicketStatus.CLOSED)).all()
        clients = {c.id: c for c in session.scalars(select(Client))}
        for ticket in tickets:
            client = clients[ticket.client_id]
            for clock in ticket_clocks(session, ticket, now).values():
                state = clock.state_at(now)
                if state not in (ClockState.AT_RISK, ClockState.BREACHED):
                    continue
                if clock.due_at is None or now - clock.due_at > STALE_BREACH:
                    continue  # missed long ago: the desk has seen it; no late flood
                queued += queue_sla_notice(
                    session, settings, ticket, clock, state is ClockState.BREACHED,
                    _due_text(clock.due_at, client.time_zone), word(clock.target.kind),
                    client.name, language, now,
                )  # fmt: skip
        return queued
