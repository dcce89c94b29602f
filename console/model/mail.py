"""The e-mail channel's store: mailboxes, what came in, attachments, triage, quarantine,
and the outbox of what the desk sends.

A received message is recorded in the same transaction as the ticket or note it made,
keyed by its mailbox, UIDVALIDITY and UID, so a message fetched again (or after a crash
before the server was told) is recognised and never makes a second ticket. Attachment
contents are kept once per SHA-256, however many messages carry them. A mailbox's
password is never stored here: it lives in the system keyring.

A mail the desk sends is a row of the outbox, written in the same transaction as the
change it reports, so a change and its mail are stored together or not at all; the
sender takes rows out of it (see console/services/mail/sender.py).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, validates

from console.rules import fields

from .base import Base, Entity, enum_type, utcnow


class TlsMode(StrEnum):
    """How a mailbox connection is protected."""

    TLS = "tls"  # implicit TLS (IMAPS, port 993), certificate and host name checked
    NONE = "none"  # plain text: only to this machine (a local test or relay server)


class SmtpSecurity(StrEnum):
    """How the connection to the outgoing mail server is protected."""

    TLS = "tls"  # implicit TLS (port 465)
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    NONE = "none"  # plain text: only to this machine (a local relay or test server)


class OutboxState(StrEnum):
    """Where a mail of the outbox is on its way out."""

    QUEUED = "queued"  # waits for its next attempt
    SENDING = "sending"  # a sender claimed it; whether the server took it is being settled
    SENT = "sent"
    FAILED = "failed"  # refused for good, or unknown after a crash: the desk decides
    SKIPPED = "skipped"  # never sent: opted out, over the hourly limit, or no address


class MailKind(StrEnum):
    """What a mail of the outbox tells."""

    CONFIRMATION = "confirmation"  # a ticket opened by mail, with its reference
    STATUS = "status"  # the ticket's status changed
    REPLY = "reply"  # the desk's note to the client
    SLA_AT_RISK = "sla_at_risk"
    SLA_BREACHED = "sla_breached"
    CREDIT_LOW = "credit_low"
    CREDIT_EXHAUSTED = "credit_exhausted"


class MailOutcome(StrEnum):
    """What one received message became."""

    TICKET = "ticket"
    NOTE = "note"
    REOPENED = "reopened"
    FOLLOW_UP = "follow_up"
    TRIAGE = "triage"
    QUARANTINE = "quarantine"
    IGNORED_AUTO = "ignored_auto"
    DUPLICATE = "duplicate"  # the same Message-ID came in before: nothing new is made


class TriageResolution(StrEnum):
    """How the desk settled a message from an unknown sender."""

    TICKET = "ticket"
    DISMISSED = "dismissed"


class Mailbox(Entity, Base):
    """One IMAP mailbox the desk takes mail from: a shared desk address or one client's."""

    __tablename__ = "mail_mailboxes"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint("port BETWEEN 1 AND 65535", name="port_range"),
    )

    name: Mapped[str] = mapped_column(String(80))
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    tls: Mapped[TlsMode] = mapped_column(enum_type(TlsMode, "tls"), default=TlsMode.TLS)
    username: Mapped[str] = mapped_column(String(255))
    folder: Mapped[str] = mapped_column(String(255), default="INBOX")
    quarantine_folder: Mapped[str] = mapped_column(String(255), default="Quarantine")
    # the client this address serves; empty for the shared desk address
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"))
    enabled: Mapped[bool] = mapped_column(default=True)

    @validates("name", "host", "username", "folder", "quarantine_folder")
    def _text(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 255 if key != "name" else 80)

    @validates("port")
    def _port(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 1, 65535)

    @validates("tls")
    def _tls(self, key: str, value: object) -> TlsMode:
        return fields.choice(TlsMode, value, key)


class MailSettings(Entity, Base):
    """The desk's mail settings (one row): the reopen window and the attachment limit."""

    __tablename__ = "mail_settings"
    __table_args__ = (
        CheckConstraint("slot = 1", name="one_row"),
        CheckConstraint("reopen_days BETWEEN 0 AND 365", name="reopen_days_range"),
        CheckConstraint("attachment_limit_bytes > 0", name="attachment_limit_positive"),
        CheckConstraint("auto_mails_per_hour >= 0", name="auto_mails_not_negative"),
    )

    slot: Mapped[int] = mapped_column(default=1, unique=True)
    reopen_days: Mapped[int] = mapped_column(Integer, default=14)
    attachment_limit_bytes: Mapped[int] = mapped_column(BigInteger, default=25 * 1024 * 1024)
    auto_mails_per_hour: Mapped[int] = mapped_column(Integer, default=5)
    # sending (the password in the keyring, never here); no host: nothing is sent
    smtp_host: Mapped[str | None] = mapped_column(String(255))
    smtp_port: Mapped[int | None] = mapped_column(Integer)
    # a plain string (SmtpSecurity's values): SQLite adds no CHECK to an existing table
    smtp_security: Mapped[str | None] = mapped_column(String(16))
    smtp_username: Mapped[str | None] = mapped_column(String(255))
    from_address: Mapped[str | None] = mapped_column(String(320))
    from_name: Mapped[str | None] = mapped_column(String(200))
    # where SLA notices go; empty: every active dispatcher with an address
    dispatcher_address: Mapped[str | None] = mapped_column(String(320))

    @validates("smtp_security")
    def _security(self, key: str, value: object) -> str | None:
        return None if value is None else fields.choice(SmtpSecurity, value, key).value


class MailBlob(Entity, Base):
    """The bytes of an attachment (or of a whole kept message), stored once per SHA-256."""

    __tablename__ = "mail_blobs"
    __table_args__ = (
        UniqueConstraint("sha256"),
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )

    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))


class ReceivedMessage(Entity, Base):
    """One message taken from a mailbox, and what it became."""

    __tablename__ = "mail_messages"
    __table_args__ = (
        UniqueConstraint("mailbox_id", "uidvalidity", "uid"),
        CheckConstraint("uid > 0 AND uidvalidity > 0", name="uid_positive"),
    )

    mailbox_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_mailboxes.id"), index=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    sender: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    size_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    outcome: Mapped[MailOutcome] = mapped_column(enum_type(MailOutcome, "outcome"))
    reason: Mapped[str] = mapped_column(Text, default="")
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    note_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("notes.id"))
    # the whole message, kept when the desk must still act on it (triage, quarantine)
    raw_blob_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mail_blobs.id"))


class MailAttachment(Entity, Base):
    """A file that came with a message, on the ticket (or note) the message made."""

    __tablename__ = "mail_attachments"
    __table_args__ = (
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
        CheckConstraint("(blob_id IS NULL) = (skipped_reason IS NOT NULL)", name="kept_or_why"),
    )

    mail_message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_messages.id"), index=True)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    note_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("notes.id"))
    blob_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mail_blobs.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    # why the file was not kept (over the size limit); it stays in the mailbox
    skipped_reason: Mapped[str | None] = mapped_column(String(300))


class TriageItem(Entity, Base):
    """A message from a sender no client is known for: waits for the desk, never dropped."""

    __tablename__ = "mail_triage"
    __table_args__ = (
        UniqueConstraint("mail_message_id"),
        CheckConstraint("(resolution IS NULL) = (resolved_at IS NULL)", name="resolved_has_time"),
    )

    mail_message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_messages.id"))
    sender: Mapped[str] = mapped_column(String(320))
    sender_name: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    # the client of the mailbox it came to, as a hint for the desk
    suggested_client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"))
    resolution: Mapped[TriageResolution | None] = mapped_column(
        enum_type(TriageResolution, "resolution")
    )
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"))


class QuarantineItem(Entity, Base):
    """A message that could not be read, with why; kept whole, and moved aside in IMAP."""

    __tablename__ = "mail_quarantine"
    __table_args__ = (UniqueConstraint("mail_message_id"),)

    mail_message_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_messages.id"))
    reason: Mapped[str] = mapped_column(Text)
    folder: Mapped[str] = mapped_column(String(255))
    dismissed_at: Mapped[datetime | None] = mapped_column()
    dismissed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class FetchLease(Entity, Base):
    """Who fetches a mailbox now: exactly one process at a time, until the lease expires."""

    __tablename__ = "mail_fetch_leases"
    __table_args__ = (UniqueConstraint("mailbox_id"),)

    mailbox_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mail_mailboxes.id"))
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()


class OutgoingMail(Entity, Base):
    """One mail the desk sends: what, to whom, about which ticket, and how far it got.

    Its Message-ID is fixed when it is queued, so a copy the server already took is
    recognised in the Sent folder after a crash (see the sender).
    """

    __tablename__ = "mail_outbox"
    __table_args__ = (
        UniqueConstraint("message_id"),
        UniqueConstraint("dedupe_key"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("(state = 'sent') = (sent_at IS NOT NULL)", name="sent_has_time"),
        # At most N automatic mails per sender per hour: counted for every message taken in.
        Index("ix_mail_outbox_recipient_lower", text("lower(recipient)"), "queued_at"),
    )

    kind: Mapped[MailKind] = mapped_column(enum_type(MailKind, "kind"))
    recipient: Mapped[str] = mapped_column(String(320), index=True)
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(998))
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    thread_references: Mapped[str | None] = mapped_column(Text)
    # RFC 3834: auto-replied, auto-generated; empty for a person's own words
    auto_submitted: Mapped[str | None] = mapped_column(String(40))
    # one notice per matter (an SLA clock's state, say), however often it is looked at
    dedupe_key: Mapped[str | None] = mapped_column(String(300))
    # D7: the engineers whose photos go with it, by id (hex), read when it is sent
    engineer_photos: Mapped[list[str]] = mapped_column(default=list)
    state: Mapped[OutboxState] = mapped_column(
        enum_type(OutboxState, "state"), default=OutboxState.QUEUED, index=True
    )
    # when the change it reports was made (the hourly limit counts by it)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    # the sender that took it: a token of one process, with when
    claim: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()


class MailOptOut(Entity, Base):
    """A contact who asked for no mail from the desk: none is sent to them while it stands."""

    __tablename__ = "mail_opt_outs"
    __table_args__ = (UniqueConstraint("contact_id"),)

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    opted_out: Mapped[bool] = mapped_column(default=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
