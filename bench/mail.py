"""The e-mail channel against the test mail servers of tests/mailserver/start.sh.

`mail_send_1000_notifications`: 1,000 queued notices sent by the outbox's sender (claim a
hundred, build, send over one SMTP connection for the pass, mark twenty at a time),
against aiosmtplib sending the same 1,000 messages raw over one connection to the same
server; the target is the time itself (<= 10 s). What each sending delivered is removed
from the test server afterwards, so both start from the same folder.
`mail_intake_messages`: the intake of N messages (default 10,000; DISPATCH_BENCH_MAIL_N)
from the local Dovecot, each a ticket, a batch per transaction, against a bare imaplib
fetch of the same messages; the target is the ratio (<= 2).
`mail_intake_floor_fetch_and_read`: that bare fetch plus the least reading any intake does
(the stdlib's fastest parse, the subject and sender decoded, the plain text body decoded),
against the bare fetch: no intake that reads its messages can beat this ratio.

Both need the servers running (tests/mailserver/start.sh); without them nothing is
measured and the reason goes to stderr.
"""

from __future__ import annotations

import asyncio
import email
import imaplib
import os
import socket
import tempfile
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import parseaddr
from functools import partial
from pathlib import Path

import aiosmtplib

from console.model.mail import OutgoingMail
from console.services.billing.run import CreditRunNotice
from console.services.mail.fetcher import BATCH as FETCH_BATCH
from console.services.mail.fetcher import fetch_once
from console.services.mail.mailboxes import add_mailbox
from console.services.mail.outbox import queue_credit_notices
from console.services.mail.outgoing import save_smtp_settings
from console.services.mail.secrets import FolderSecrets
from console.services.mail.sender import build_message, send_due, smtp_account
from console.services.master_data import clients
from console.services.master_data.common import Sessions
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade
from console.sync.session import store_session

from .figures import note, report, timed

HOST = "127.0.0.1"
IMAP_PORT = int(os.environ.get("DISPATCH_IMAP_PORT", "10143"))
SMTP_PORT = int(os.environ.get("DISPATCH_SMTP_PORT", "10025"))
USER, PASSWORD = "desk@dispatch.test", "desk-secret"
CLIENT_USER, CLIENT_PASSWORD = "support@dispatch.test", "support-secret"
"""The test SMTP server delivers mail for every address outside dispatch.test here."""
SEND_COUNT = 1000
SEND_TARGET_S = 10.0
INTAKE_TARGET_RATIO = 2.0


def _answers(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=3):
            return True
    except OSError:
        return False


def _clear_delivered(recipient: str) -> int:
    """Remove what the test SMTP server delivered for a recipient (into the catch-all
    INBOX): each sending starts from the same folder, and runs do not pile up in it
    (delivery into a Maildir slows as its folder grows). How many were removed."""
    connection = imaplib.IMAP4(HOST, IMAP_PORT)
    try:
        connection.login(CLIENT_USER, CLIENT_PASSWORD)
        connection.select("INBOX")
        _s, data = connection.uid("SEARCH", "TO", recipient)
        uids = (data[0] or b"").split()
        if uids:
            connection.uid("STORE", b",".join(uids).decode(), "+FLAGS.SILENT", r"(\Deleted)")
            connection.expunge()
        return len(uids)
    finally:
        connection.logout()


def _least_reading(data: bytes) -> bytes:
    """The least an intake reads of a message: parsed with the stdlib's fastest policy, its
    subject and sender decoded, its first plain text part decoded to text."""
    message = email.message_from_bytes(data)
    subject = str(make_header(decode_header(message.get("Subject", ""))))
    _name, sender = parseaddr(message.get("From", ""))
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            charset = part.get_content_charset() or "ascii"
            text = payload.decode(charset, "replace")
            return f"{sender}\n{subject}\n{text}".encode()
    return f"{sender}\n{subject}".encode()


def _store(folder: Path) -> tuple[Sessions, FolderSecrets]:
    folder.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(resolve_url(str(folder / "bench.sqlite3")))
    upgrade(engine)
    sessions: Sessions = partial(store_session, engine)
    return sessions, FolderSecrets(folder / "secrets")


def _send(folder: Path) -> None:
    sessions, secrets = _store(folder)
    save_smtp_settings(
        sessions, None, secrets, host=HOST, port=SMTP_PORT, security="none", username=USER,
        password=PASSWORD, from_address=USER, from_name="Bench Desk",
    )  # fmt: skip
    manager = f"am-{uuid.uuid4().hex[:8]}@bench.example"
    notices = [
        CreditRunNotice(f"Client {i}", "Prepaid", i % 2 == 0, Decimal(i), "money", "EUR",
                        "Anna Manager", manager)
        for i in range(SEND_COUNT)
    ]  # fmt: skip
    now = datetime.now(UTC)
    with sessions() as session, session.begin():
        assert queue_credit_notices(session, notices, now) == SEND_COUNT
    account = smtp_account(sessions, secrets)
    # the raw baseline: the same messages, built once, sent by aiosmtplib alone
    with sessions() as session:
        raws = []
        for row in session.query(OutgoingMail).all():
            data = build_message(row, account, now)
            # another Message-ID, so both copies are delivered
            raws.append(data.replace(row.message_id.encode(), f"<raw.{uuid.uuid4().hex}>".encode()))

    async def raw() -> None:
        async with aiosmtplib.SMTP(hostname=HOST, port=SMTP_PORT, start_tls=False) as smtp:
            await smtp.login(USER, PASSWORD)
            for data in raws:
                await smtp.sendmail(USER, [manager], data)

    note(f"sending {SEND_COUNT} notices raw over aiosmtplib …")
    baseline, _ = timed(lambda: asyncio.run(raw()))
    assert _clear_delivered(manager) == SEND_COUNT
    note(f"sending {SEND_COUNT} notices through the outbox …")
    value, done = timed(
        lambda: asyncio.run(
            send_due(sessions, account, lambda: datetime.now(UTC), lambda _l: None, "bench")
        )
    )
    assert done.sent == SEND_COUNT, done
    assert _clear_delivered(manager) == SEND_COUNT  # each delivered once
    report("mail_send_1000_notifications", value, "s", SEND_TARGET_S, baseline)


def _intake(folder: Path, count: int) -> None:
    sessions, secrets = _store(folder)
    acme = clients.add_client(
        sessions, None, name="Acme", email_domain="acme.example", country="NL",
        time_zone="Europe/Amsterdam", locale="nl_NL", currency="EUR",
    )  # fmt: skip
    clients.add_contact(sessions, None, acme, name="Eva Smit", role="requester",
                        phone="+31201234567", email="eva@acme.example")  # fmt: skip
    name = f"bench{uuid.uuid4().hex[:10]}"
    imap = imaplib.IMAP4(HOST, IMAP_PORT)
    imap.login(USER, PASSWORD)
    imap.create(name)
    try:
        note(f"putting {count} messages into {name} …")
        for i in range(count):
            mail = EmailMessage()
            mail["From"] = "Eva Smit <eva@acme.example>"
            mail["To"] = USER
            mail["Subject"] = f"Printer {i} broken"
            mail["Message-ID"] = f"<{uuid.uuid4().hex}@acme.example>"
            mail.set_content(f"The printer number {i} prints nothing.\n\n-- \nEva")
            imap.append(name, None, None, mail.as_bytes(policy=SMTP))

        def bare(keep: list[bytes] | None = None) -> int:
            connection = imaplib.IMAP4(HOST, IMAP_PORT)
            connection.login(USER, PASSWORD)
            connection.select(name, readonly=True)
            _s, data = connection.uid("SEARCH", "ALL")
            uids = (data[0] or b"").split()
            fetched = 0
            for start in range(0, len(uids), FETCH_BATCH):  # the intake's own batch size
                chunk = b",".join(uids[start : start + FETCH_BATCH]).decode()
                _s, items = connection.uid("FETCH", chunk, "(UID BODY.PEEK[])")
                bodies = [item[1] for item in items if isinstance(item, tuple)]
                fetched += len(bodies)
                if keep is not None:
                    keep.extend(_least_reading(body) for body in bodies)
            connection.logout()
            return fetched

        note("a bare imaplib fetch …")
        baseline, fetched = timed(bare)
        assert fetched == count, fetched
        read: list[bytes] = []
        floor, _ = timed(lambda: bare(read))
        assert len(read) == count and b"prints nothing" in read[0], read[:1]
        report("mail_intake_floor_fetch_and_read", floor, "s", INTAKE_TARGET_RATIO, baseline,
               target_on_ratio=True)  # fmt: skip
        add_mailbox(
            sessions, None, secrets, name="desk", host=HOST, port=IMAP_PORT, tls="none",
            username=USER, password=PASSWORD, folder=name, quarantine_folder=f"{name}/Q",
        )  # fmt: skip
        note(f"the intake of {count} messages …")
        value, taken = timed(
            lambda: asyncio.run(
                fetch_once(
                    sessions, secrets, lambda: datetime.now(UTC), lambda _l: None, None, "bench"
                )
            )
        )
        assert len(taken) == count, len(taken)
        report("mail_intake_messages", value, "s", INTAKE_TARGET_RATIO, baseline,
               target_on_ratio=True)  # fmt: skip
        note(f"{count} messages: {value / count * 1000:.2f} ms each in the intake, "
             f"{baseline / count * 1000:.2f} ms each fetched bare")  # fmt: skip
    finally:
        imap.delete(name)
        imap.logout()


def run() -> None:
    """Both figures, if the test mail servers answer."""
    if not (_answers(IMAP_PORT) and _answers(SMTP_PORT)):
        note("mail: the test mail servers are not running (tests/mailserver/start.sh)")
        return
    count = int(os.environ.get("DISPATCH_BENCH_MAIL_N", "10000"))
    with tempfile.TemporaryDirectory() as tmp:
        _send(Path(tmp) / "send")
    with tempfile.TemporaryDirectory() as tmp:
        _intake(Path(tmp) / "intake", count)
