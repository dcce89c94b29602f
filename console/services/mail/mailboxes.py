"""Setting up the desk's mailboxes and mail settings: ids, the acting user and plain values
in, plain data out, one transaction each. Passwords go to the keyring, never the store.

An administrator sets mailboxes up; a mailbox that took mail in is disabled rather than
removed, since tickets and the triage list point at what it took in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import Role
from console.errors import ValidationError
from console.ids import new_id
from console.model import Client
from console.model.mail import Mailbox, MailSettings, ReceivedMessage, TlsMode
from console.services.mail.imap import ImapError, quote_mailbox
from console.services.mail.secrets import SecretStore, secret_name
from console.services.master_data.common import Sessions, acting_role, writing
from console.wording.phrases import Phrase, phrase

DEFAULT_PORTS = {TlsMode.TLS: 993, TlsMode.NONE: 143}
_NAME_CHARACTERS = set("abcdefghijklmnopqrstuvwxyz0123456789-_.")


@dataclass(frozen=True)
class MailboxInfo:
    """A mailbox as the window and the command line show it."""

    id: uuid.UUID
    name: str
    host: str
    port: int
    tls: str
    username: str
    folder: str
    quarantine_folder: str
    client: str | None
    enabled: bool
    has_password: bool
    messages: int


@dataclass(frozen=True)
class MailSettingsInfo:
    """The desk's mail settings."""

    reopen_days: int
    attachment_limit_mb: int
    auto_mails_per_hour: int


def _admin_only(role: Role, what: Phrase) -> None:
    if role is not Role.ADMIN:
        raise ValidationError("user", phrase("only an administrator may {what}", what=what))


def _client_id(session: Session, name: str | None) -> uuid.UUID | None:
    if not name:
        return None
    found = session.scalars(select(Client).where(func.lower(Client.name) == name.lower())).all()
    if len(found) != 1:
        raise ValidationError(
            "client", phrase("no single client is called {name}", name=repr(name))
        )
    return found[0].id


def add_mailbox(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    secrets: SecretStore,
    *,
    name: str,
    host: str,
    username: str,
    password: str,
    tls: str = "tls",
    port: int | None = None,
    folder: str = "INBOX",
    quarantine_folder: str = "Quarantine",
    client: str | None = None,
) -> MailboxInfo:
    """Set up a mailbox the desk takes mail from; its password goes to the keyring."""
    name = name.strip().lower()
    if not name or not set(name) <= _NAME_CHARACTERS:
        raise ValidationError("name", phrase("use letters, digits, '-', '_' or '.' only"))
    mode = _checked_place(host, tls, folder, quarantine_folder)
    if not password:
        raise ValidationError("password", phrase("give the mailbox's password"))
    with writing(sessions, user_id) as session:
        _admin_only(acting_role(session, user_id), phrase("set up mailboxes"))
        if session.scalar(select(Mailbox.id).where(Mailbox.name == name)) is not None:
            raise ValidationError(
                "name", phrase("a mailbox called {name} exists already", name=repr(name))
            )
        mailbox = Mailbox(
            id=new_id(), name=name, host=host.strip(), port=port or DEFAULT_PORTS[mode],
            tls=mode, username=username.strip(), folder=folder,
            quarantine_folder=quarantine_folder, client_id=_client_id(session, client),
            enabled=True,
        )  # fmt: skip
        session.add(mailbox)
        session.flush()
        # the password last: a refused mailbox leaves nothing in the keyring
        secrets.put(secret_name(name), password)
        mailbox_id = mailbox.id
    return next(m for m in list_mailboxes(sessions, secrets) if m.id == mailbox_id)


def _checked_place(host: str, tls: str, folder: str, quarantine_folder: str) -> TlsMode:
    """The connection mode, once the server, mode and folders make a usable place."""
    try:
        mode = TlsMode(tls)
    except ValueError as exc:
        raise ValidationError(
            "tls", phrase("is 'tls' (port 993) or 'none' (this machine only)")
        ) from exc
    if mode is TlsMode.NONE and host.strip() not in ("127.0.0.1", "::1", "localhost"):
        raise ValidationError("tls", phrase("a mailbox on another machine needs TLS"))
    for label, value in (("folder", folder), ("quarantine folder", quarantine_folder)):
        try:
            quote_mailbox(value)
        except ImapError as exc:
            raise ValidationError(label, exc.args[0]) from exc  # the phrase, worded when shown
    return mode


def edit_mailbox(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    secrets: SecretStore,
    name: str,
    *,
    host: str | None = None,
    port: int | None = None,
    tls: str | None = None,
    username: str | None = None,
    folder: str | None = None,
    quarantine_folder: str | None = None,
    client: str | None = None,
    shared: bool = False,
    enabled: bool | None = None,
    password: str | None = None,
) -> MailboxInfo:
    """Change a mailbox's place, whom it serves, whether it is used, or its password; only
    what is given changes (``shared``: it serves every client again).

    What it took in stays taken: a message is known by the folder's UIDVALIDITY and UID
    and by its Message-ID, so a moved folder is read afresh without taking anything twice.
    """
    with writing(sessions, user_id) as session:
        _admin_only(acting_role(session, user_id), phrase("change mailboxes"))
        mailbox = session.scalar(select(Mailbox).where(Mailbox.name == name))
        if mailbox is None:
            raise ValidationError("mailbox", phrase("there is no mailbox {name}", name=repr(name)))
        new_host = mailbox.host if host is None else host.strip()
        new_tls = str(mailbox.tls) if tls is None else tls
        mode = _checked_place(
            new_host, new_tls, mailbox.folder if folder is None else folder,
            mailbox.quarantine_folder if quarantine_folder is None else quarantine_folder,
        )  # fmt: skip
        if host is not None:
            mailbox.host = new_host
        if tls is not None:
            mailbox.tls = mode
        if port is not None:
            mailbox.port = port
        if username is not None:
            mailbox.username = username.strip()
        if folder is not None:
            mailbox.folder = folder
        if quarantine_folder is not None:
            mailbox.quarantine_folder = quarantine_folder
        if shared:
            mailbox.client_id = None
        elif client is not None:
            mailbox.client_id = _client_id(session, client)
        if enabled is not None:
            mailbox.enabled = enabled
        mailbox_id = mailbox.id
    if password:  # the password last: a refused change leaves the keyring as it was
        secrets.put(secret_name(name), password)
    return next(m for m in list_mailboxes(sessions, secrets) if m.id == mailbox_id)


def set_mailbox_password(
    sessions: Sessions, user_id: uuid.UUID | None, secrets: SecretStore, name: str, password: str
) -> None:
    """Keep a new password for a mailbox."""
    if not password:
        raise ValidationError("password", phrase("give the mailbox's password"))
    with writing(sessions, user_id) as session:
        _admin_only(acting_role(session, user_id), phrase("change mailbox passwords"))
        if session.scalar(select(Mailbox.id).where(Mailbox.name == name)) is None:
            raise ValidationError("mailbox", phrase("there is no mailbox {name}", name=repr(name)))
    secrets.put(secret_name(name), password)


def list_mailboxes(sessions: Sessions, secrets: SecretStore) -> list[MailboxInfo]:
    """Every mailbox, with how many messages it took in and whether a password is kept."""
    with sessions() as session:
        counts = dict(
            session.execute(
                select(ReceivedMessage.mailbox_id, func.count()).group_by(
                    ReceivedMessage.mailbox_id
                )
            ).all()
        )
        names = dict(session.execute(select(Client.id, Client.name)).all())
        return [
            MailboxInfo(
                m.id,
                m.name,
                m.host,
                m.port,
                TlsMode(m.tls).value,
                m.username,
                m.folder,
                m.quarantine_folder,
                names.get(m.client_id) if m.client_id else None,
                m.enabled,
                secrets.get(secret_name(m.name)) is not None,
                counts.get(m.id, 0),
            )
            for m in session.scalars(select(Mailbox).order_by(Mailbox.name))
        ]


def mailboxes_switched_on(sessions: Sessions) -> int:
    """How many mailboxes the intake fetches from: one count, where `list_mailboxes` reads
    every client's name and the keyring for each box (the mail tab asks after each sync)."""
    with sessions() as session:
        stmt = select(func.count()).select_from(Mailbox).where(Mailbox.enabled.is_(True))
        return int(session.scalar(stmt) or 0)


def remove_mailbox(
    sessions: Sessions, user_id: uuid.UUID | None, secrets: SecretStore, name: str
) -> str:
    """Remove a mailbox, or disable it when it took mail in; its password is forgotten."""
    with writing(sessions, user_id) as session:
        _admin_only(acting_role(session, user_id), phrase("remove mailboxes"))
        mailbox = session.scalar(select(Mailbox).where(Mailbox.name == name))
        if mailbox is None:
            raise ValidationError("mailbox", phrase("there is no mailbox {name}", name=repr(name)))
        used = session.scalar(
            select(ReceivedMessage.id).where(ReceivedMessage.mailbox_id == mailbox.id).limit(1)
        )
        if used is not None:
            mailbox.enabled = False
            outcome = "disabled (it took mail in; what it took in stays)"
        else:
            from console.model.mail import FetchLease

            for lease in session.scalars(
                select(FetchLease).where(FetchLease.mailbox_id == mailbox.id)
            ):
                session.delete(lease)
            session.delete(mailbox)
            outcome = "removed"
    secrets.forget(secret_name(name))
    return outcome


def mail_settings(sessions: Sessions) -> MailSettingsInfo:
    """The desk's mail settings (the defaults until someone saves them)."""
    with sessions() as session:
        row = session.scalar(select(MailSettings))
        if row is None:
            return MailSettingsInfo(14, 25, 5)
        return MailSettingsInfo(
            row.reopen_days, row.attachment_limit_bytes // (1024 * 1024), row.auto_mails_per_hour
        )


def save_mail_settings(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    *,
    reopen_days: int | None = None,
    attachment_limit_mb: int | None = None,
    auto_mails_per_hour: int | None = None,
) -> MailSettingsInfo:
    """Change the desk's mail settings; each value is checked, a refusal writes nothing."""
    if reopen_days is not None and not 0 <= reopen_days <= 365:
        raise ValidationError("reopen days", phrase("is between 0 and 365"))
    if attachment_limit_mb is not None and not 1 <= attachment_limit_mb <= 1024:
        raise ValidationError("attachment limit", phrase("is between 1 and 1024 MB"))
    if auto_mails_per_hour is not None and not 0 <= auto_mails_per_hour <= 1000:
        raise ValidationError("automatic mails per hour", phrase("is between 0 and 1000"))
    with writing(sessions, user_id) as session:
        _admin_only(acting_role(session, user_id), phrase("change the mail settings"))
        row = session.scalar(select(MailSettings))
        if row is None:
            row = MailSettings(id=new_id(), slot=1)
            session.add(row)
        if reopen_days is not None:
            row.reopen_days = reopen_days
        elif row.reopen_days is None:
            row.reopen_days = 14
        if attachment_limit_mb is not None:
            row.attachment_limit_bytes = attachment_limit_mb * 1024 * 1024
        elif row.attachment_limit_bytes is None:
            row.attachment_limit_bytes = 25 * 1024 * 1024
        if auto_mails_per_hour is not None:
            row.auto_mails_per_hour = auto_mails_per_hour
        elif row.auto_mails_per_hour is None:
            row.auto_mails_per_hour = 5
    return mail_settings(sessions)
