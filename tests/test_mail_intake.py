"""The e-mail channel's intake against the real test Dovecot (tests/mailserver/start.sh):
T1 (a mail is a ticket, the requester found or registered, unknown senders triaged),
T2 and T8 (a reply is a note; a closed ticket reopens within the window, a follow-up
after), automatic mail ignored, every seed charset read, malformed MIME quarantined,
attachments kept once, and every message taken in exactly once, even across a kill -9.
"""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from mailserver import support
from sqlalchemy import Engine, func, select

from console.enums import Channel, TicketStatus
from console.model import Contact, Note, Ticket
from console.model.mail import MailAttachment, MailBlob, Mailbox, MailOutcome, ReceivedMessage
from console.rules.workflow import Actor
from console.services.local_identity import ensure_first_user
from console.services.mail import listings
from console.services.mail.fetcher import KILL_VARIABLE, Taken, fetch_once
from console.services.mail.imap import TAKEN
from console.services.mail.lease import LEASE_TIME, take_lease
from console.services.mail.mailboxes import add_mailbox, save_mail_settings
from console.services.mail.secrets import SECRETS_FOLDER, FolderSecrets
from console.services.master_data import clients
from console.services.tickets import change_status
from console.sync.session import store_session

ACME = {"country": "NL", "time_zone": "Europe/Amsterdam", "locale": "nl_NL", "currency": "EUR"}
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    """The intake's clock, moved by the tests."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def folder() -> Iterator[str]:
    support.require_server()
    name = support.new_folder()
    yield name
    support.drop_folder(name)


@pytest.fixture
def desk(store: Engine, folder: str, tmp_path: Path) -> dict[str, Any]:
    sessions = partial(store_session, store)
    acme = clients.add_client(sessions, None, name="Acme", email_domain="acme.example", **ACME)
    clients.add_contact(sessions, None, acme, name="Eva Smit", role="requester",
                        phone="+31201234567", email="eva@acme.example")  # fmt: skip
    secrets = FolderSecrets(tmp_path / "secrets")
    add_mailbox(
        sessions, None, secrets, name="desk", host=support.HOST, port=support.PORT,
        tls="none", username=support.USER, password=support.PASSWORD, folder=folder,
        quarantine_folder=f"{folder}/Quarantine",
    )  # fmt: skip
    return {"sessions": sessions, "secrets": secrets, "clock": Clock(), "acme": acme,
            "folder": folder, "store": store, "secrets_dir": tmp_path / "secrets"}  # fmt: skip


def fetch(desk: dict[str, Any], holder: str = "test") -> list[Taken]:
    return asyncio.run(
        fetch_once(desk["sessions"], desk["secrets"], desk["clock"], print, None, holder)
    )


def message(
    subject: str = "Printer broken",
    body: str = "The printer on floor 2 prints nothing.",
    sender: str = "Eva Smit <eva@acme.example>",
    **headers: str,
) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = support.USER
    mail["Subject"] = subject
    mail["Message-ID"] = headers.pop("message_id", f"<{uuid.uuid4().hex}@acme.example>")
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body)
    return mail.as_bytes(policy=SMTP)


def tickets(desk: dict[str, Any]) -> list[Ticket]:
    with desk["sessions"]() as session:
        found = list(session.scalars(select(Ticket).order_by(Ticket.opened_at, Ticket.reference)))
        session.expunge_all()
        return found


def notes_of(desk: dict[str, Any], ticket_id: uuid.UUID) -> list[str]:
    with desk["sessions"]() as session:
        return list(session.scalars(select(Note.body).where(Note.ticket_id == ticket_id)))


def outcomes(desk: dict[str, Any]) -> list[str]:
    with desk["sessions"]() as session:
        return [o.value for o in session.scalars(
            select(ReceivedMessage.outcome).order_by(ReceivedMessage.uid))]  # fmt: skip


def test_t1_a_mail_in_becomes_a_ticket_for_its_known_requester(desk: dict[str, Any]) -> None:
    uid = support.append(desk["folder"], message())
    taken = fetch(desk)
    assert [t.result.outcome for t in taken] == [MailOutcome.TICKET]
    (ticket,) = tickets(desk)
    assert ticket.title == "Printer broken" and ticket.channel is Channel.EMAIL
    assert "floor 2" in ticket.description
    with desk["sessions"]() as session:
        requester = session.get(Contact, ticket.requester_id)
        assert requester is not None and requester.name == "Eva Smit"
    assert TAKEN in support.flags(desk["folder"])[uid]
    assert fetch(desk) == []  # nothing waits any more


def test_t1_a_new_address_at_the_clients_domain_registers_a_requester(
    desk: dict[str, Any],
) -> None:
    support.append(desk["folder"], message(sender="Jan de Vries <jan@mail.acme.example>"))
    fetch(desk)
    (ticket,) = tickets(desk)
    with desk["sessions"]() as session:
        contact = session.get(Contact, ticket.requester_id)
        assert contact is not None
        assert (contact.name, contact.email, contact.client_id) == (
            "Jan de Vries", "jan@mail.acme.example", desk["acme"],
        )  # fmt: skip


def test_t1_the_intake_registers_a_requester_on_a_store_with_users(
    desk: dict[str, Any],
) -> None:
    """The intake acts for no user: a store whose desk has signed-in users still takes
    a new address at a client's domain in (it was refused as "say which user acts")."""
    with desk["sessions"]() as session:
        ensure_first_user(session, "anna", "Anna")
        session.commit()
    support.append(desk["folder"], message(sender="Piet Bos <piet@acme.example>"))
    assert [t.result.outcome for t in fetch(desk)] == [MailOutcome.TICKET]
    (ticket,) = tickets(desk)
    with desk["sessions"]() as session:
        contact = session.get(Contact, ticket.requester_id)
        assert contact is not None and contact.email == "piet@acme.example"


def test_t1_an_unknown_sender_waits_in_triage_and_the_desk_makes_the_ticket(
    desk: dict[str, Any],
) -> None:
    support.append(desk["folder"], message(sender="Max <max@elsewhere.example>"))
    taken = fetch(desk)
    assert [t.result.outcome for t in taken] == [MailOutcome.TRIAGE]
    assert tickets(desk) == []
    (row,) = listings.triage_list(desk["sessions"])
    assert (row.sender, row.subject) == ("max@elsewhere.example", "Printer broken")
    assert "domain" in str(row.reason)
    reference = listings.accept_triage(desk["sessions"], None, row.id, desk["acme"])
    (ticket,) = tickets(desk)
    assert ticket.reference == reference and ticket.client_id == desk["acme"]
    assert listings.triage_list(desk["sessions"]) == []


def test_t2_a_reply_naming_the_reference_is_a_note_without_the_quote(
    desk: dict[str, Any],
) -> None:
    support.append(desk["folder"], message())
    fetch(desk)
    (ticket,) = tickets(desk)
    reply = (
        "It still prints nothing.\n\nOn Mon, 23 Nov 2026 at 10:00, Desk <desk@dispatch.test> "
        "wrote:\n> We restarted the spooler.\n> Regards\n"
    )
    support.append(desk["folder"], message(f"Re: [{ticket.reference}] Printer broken", reply))
    taken = fetch(desk)
    assert [t.result.outcome for t in taken] == [MailOutcome.NOTE]
    (note,) = notes_of(desk, ticket.id)
    assert "It still prints nothing." in note and "spooler" not in note
    assert len(tickets(desk)) == 1


def test_t2_a_reply_found_by_in_reply_to_alone_is_a_note(desk: dict[str, Any]) -> None:
    first = message(message_id="<first-42@acme.example>")
    support.append(desk["folder"], first)
    fetch(desk)
    (ticket,) = tickets(desk)
    support.append(desk["folder"], message("Re: help", "More detail: it is the HP one.",
                                           In_Reply_To="<first-42@acme.example>"))  # fmt: skip
    assert [t.result.outcome for t in fetch(desk)] == [MailOutcome.NOTE]
    assert any("HP one" in n for n in notes_of(desk, ticket.id))


def _closed_ticket(desk: dict[str, Any]) -> Ticket:
    support.append(desk["folder"], message())
    fetch(desk)
    (ticket,) = tickets(desk)
    with desk["sessions"]() as session, session.begin():
        loaded = session.get(Ticket, ticket.id)
        assert loaded is not None
        change_status(session, loaded, TicketStatus.CLOSED, Actor.DISPATCHER, desk["clock"]())
    return ticket


def test_t2_t8_a_reply_within_the_reopen_window_reopens_the_ticket(
    desk: dict[str, Any],
) -> None:
    save_mail_settings(desk["sessions"], None, reopen_days=3)
    ticket = _closed_ticket(desk)
    desk["clock"].now = START + timedelta(days=2)
    support.append(desk["folder"], message(f"Re: [{ticket.reference}]", "It broke again."))
    assert [t.result.outcome for t in fetch(desk)] == [MailOutcome.REOPENED]
    (again,) = tickets(desk)
    assert again.status is TicketStatus.OPEN and again.reopen_count == 1


def test_t2_t8_a_reply_after_the_reopen_window_opens_a_linked_follow_up(
    desk: dict[str, Any],
) -> None:
    save_mail_settings(desk["sessions"], None, reopen_days=3)
    ticket = _closed_ticket(desk)
    desk["clock"].now = START + timedelta(days=4)
    support.append(desk["folder"], message(f"Re: [{ticket.reference}]", "It broke again."))
    taken = fetch(desk)
    assert [t.result.outcome for t in taken] == [MailOutcome.FOLLOW_UP]
    old, new = tickets(desk)
    assert old.id == ticket.id and old.status is TicketStatus.CLOSED
    assert new.related_ticket_id == ticket.id and new.status is TicketStatus.OPEN
    assert any(new.reference in n for n in notes_of(desk, ticket.id))


def test_automatic_replies_and_bounces_open_nothing(desk: dict[str, Any]) -> None:
    ooo = message("Out of office: Printer broken", "I am away until Monday.",
                  Auto_Submitted="auto-replied")  # fmt: skip
    bounce = (
        b"From: Mail Delivery System <MAILER-DAEMON@acme.example>\r\n"
        b"To: desk@dispatch.test\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        b"Message-ID: <bounce-1@acme.example>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        b"--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.acme.example\r\n\r\nFinal-Recipient: rfc822; x@acme.example\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n\r\n--B--\r\n"
    )
    bulk = message("Newsletter", "News!", Precedence="bulk")
    for raw in (ooo, bounce, bulk):
        support.append(desk["folder"], raw)
    taken = fetch(desk)
    assert [t.result.outcome for t in taken] == [MailOutcome.IGNORED_AUTO] * 3
    assert tickets(desk) == []
    assert "Auto-Submitted" in str(taken[0].result.reason)
    assert "delivery" in str(taken[1].result.reason)


SEED_CHARSETS = {
    "utf-8": ("Drucker kaputt – Grüße", "Der Drucker druckt nicht. Grüße, Eva"),
    "iso-8859-1": ("Imprimante cassée à l'étage", "L'imprimante ne marche plus. Merci!"),
    "iso-8859-15": ("Factuur 100 € œuvre", "Het bedrag van 100 € klopt niet."),
    "windows-1252": ("“Printer” – stuk", "De “printer” is stuk – graag hulp."),
    "koi8-r": ("Принтер не работает", "Принтер на втором этаже не печатает."),
    "windows-1251": ("Сервер недоступен", "Сервер бухгалтерии недоступен с утра."),
    "iso-2022-jp": ("プリンターが壊れました", "二階のプリンターが印刷できません。"),
    "shift_jis": ("サーバー停止①", "経理のサーバーが朝から止まっています①。"),
}


def _in_charset(charset: str, subject: str, body: str) -> bytes:
    codec = "cp932" if charset == "shift_jis" else charset
    # as the mail programs of each country write it: RFC 2047 words in that charset
    # (written by hand: the library's Header refuses cp932's extra signs under shift_jis)
    encoded_subject = f"=?{charset}?B?{base64.b64encode(subject.encode(codec)).decode()}?="
    cte = "7bit" if charset == "iso-2022-jp" else "8bit"
    return (
        (
            f"From: Eva Smit <eva@acme.example>\r\nTo: {support.USER}\r\n"
            f"Subject: {encoded_subject}\r\nMessage-ID: <{uuid.uuid4().hex}@acme.example>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
            f"Content-Transfer-Encoding: {cte}\r\n\r\n"
        ).encode("ascii")
        + body.encode(codec)
        + b"\r\n"
    )


@pytest.mark.parametrize("charset", list(SEED_CHARSETS))
def test_every_seed_charset_reads_right(desk: dict[str, Any], charset: str) -> None:
    subject, body = SEED_CHARSETS[charset]
    support.append(desk["folder"], _in_charset(charset, subject, body))
    fetch(desk)
    (ticket,) = tickets(desk)
    assert ticket.title == subject
    assert ticket.description == body


def test_an_html_only_mail_is_reduced_to_safe_text(desk: dict[str, Any]) -> None:
    mail = EmailMessage()
    mail["From"] = "eva@acme.example"
    mail["Subject"] = "HTML"
    mail.set_content(
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head>"
        "<body><p>The <b>scanner</b> jams.</p><img src=x onerror=alert(1)></body></html>",
        subtype="html",
    )
    support.append(desk["folder"], mail.as_bytes(policy=SMTP))
    fetch(desk)
    (ticket,) = tickets(desk)
    assert ticket.description == "The scanner jams."


def test_malformed_mime_goes_to_the_quarantine_with_the_reason(desk: dict[str, Any]) -> None:
    broken = (
        b"From: eva@acme.example\r\nSubject: broken\r\nMessage-ID: <broken-1@acme.example>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all\r\n"
    )
    support.append(desk["folder"], broken)
    taken = fetch(desk)
    assert [t.result.outcome for t in taken] == [MailOutcome.QUARANTINE]
    assert tickets(desk) == []
    (row,) = listings.quarantine_list(desk["sessions"])
    assert "boundary" in str(row.reason) and row.message_id == "<broken-1@acme.example>"
    assert listings.quarantined_message(desk["sessions"], row.id) == broken
    # moved aside on the server: out of the folder, into its quarantine folder
    assert support.count(desk["folder"]) == 0
    assert support.count(f"{desk['folder']}/Quarantine") == 1


def _with_file(data: bytes, name: str = "photo.png") -> bytes:
    mail = EmailMessage()
    mail["From"] = "eva@acme.example"
    mail["Subject"] = "With a file"
    mail["Message-ID"] = f"<{uuid.uuid4().hex}@acme.example>"
    mail.set_content("See the attached file.")
    mail.add_attachment(data, maintype="image", subtype="png", filename=name)
    return mail.as_bytes(policy=SMTP)


def test_an_attachment_is_stored_once_by_its_hash(desk: dict[str, Any]) -> None:
    data = os.urandom(50_000)
    support.append(desk["folder"], _with_file(data))
    support.append(desk["folder"], _with_file(data, "same-photo.png"))
    fetch(desk)
    assert len(tickets(desk)) == 2
    with desk["sessions"]() as session:
        assert session.scalar(select(func.count()).select_from(MailBlob)) == 1
        files = session.execute(select(MailAttachment.filename, MailAttachment.blob_id)).all()
    assert sorted(f for f, _ in files) == ["photo.png", "same-photo.png"]
    assert len({b for _, b in files}) == 1
    ticket = tickets(desk)[0]
    (row,) = listings.ticket_mail_attachments(desk["sessions"], ticket.id)
    assert listings.mail_attachment_bytes(desk["sessions"], row.id) == data


def test_an_attachment_over_the_limit_is_listed_with_why_but_not_kept(
    desk: dict[str, Any],
) -> None:
    save_mail_settings(desk["sessions"], None, attachment_limit_mb=1)
    support.append(desk["folder"], _with_file(os.urandom(1_200_000)))
    fetch(desk)
    (ticket,) = tickets(desk)
    (row,) = listings.ticket_mail_attachments(desk["sessions"], ticket.id)
    assert row.sha256 is None and row.skipped_reason and "1 MB" in str(row.skipped_reason)


def test_the_same_message_twice_makes_one_ticket(desk: dict[str, Any]) -> None:
    raw = message(message_id="<twice@acme.example>")
    support.append(desk["folder"], raw)
    support.append(desk["folder"], raw)  # delivered twice (two UIDs, one Message-ID)
    fetch(desk)
    assert outcomes(desk) == ["ticket", "duplicate"]
    # the server forgets that we took them: the next pass only marks them again
    with support.imap() as connection:
        connection.select(desk["folder"])
        connection.uid("STORE", "1:*", "-FLAGS.SILENT", f"({TAKEN})")
    again = fetch(desk)
    assert [t.result.already for t in again] == [True, True]
    assert len(tickets(desk)) == 1 and outcomes(desk) == ["ticket", "duplicate"]
    assert all(TAKEN in f for f in support.flags(desk["folder"]).values())


def test_one_fetcher_per_mailbox_holds_the_lease(desk: dict[str, Any]) -> None:
    support.append(desk["folder"], message())
    with desk["sessions"]() as session:
        mailbox_id = session.scalar(select(Mailbox.id))
    assert mailbox_id is not None
    assert take_lease(desk["sessions"], mailbox_id, "other-desk", START)
    assert fetch(desk, holder="me") == []  # the other desk fetches now
    assert tickets(desk) == []
    desk["clock"].now = START + LEASE_TIME + timedelta(seconds=1)
    assert len(fetch(desk, holder="me")) == 1  # its lease ran out


def test_a_kill_between_commit_and_mark_never_makes_a_second_ticket(
    desk: dict[str, Any], sqlite_path: Path
) -> None:
    uid = support.append(desk["folder"], message(message_id="<crash@acme.example>"))
    env = {**os.environ, KILL_VARIABLE: "after_commit", SECRETS_FOLDER: str(desk["secrets_dir"])}
    crashed = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(sqlite_path), "mail", "fetch", "--once"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert crashed.returncode == -9, crashed.stderr
    assert len(tickets(desk)) == 1  # the ticket was committed ...
    assert TAKEN not in support.flags(desk["folder"])[uid]  # ... the server never told
    # after restart (the dead process's lease runs out by itself)
    desk["clock"].now = datetime.now(UTC) + LEASE_TIME + timedelta(seconds=1)
    again = fetch(desk)
    assert [t.result.already for t in again] == [True]
    assert len(tickets(desk)) == 1
    assert TAKEN in support.flags(desk["folder"])[uid]


def test_t1_a_client_mailbox_suggests_its_client_for_an_unknown_sender(
    desk: dict[str, Any],
) -> None:
    """The triage list names the client a client's own mailbox suggests (the names are
    read for the suggested clients only, not for every client of the desk)."""
    from sqlalchemy import update

    with desk["sessions"]() as session, session.begin():
        session.execute(update(Mailbox).values(client_id=desk["acme"]))
    support.append(desk["folder"], message(sender="Max <max@elsewhere.example>"))
    assert [t.result.outcome for t in fetch(desk)] == [MailOutcome.TRIAGE]
    (row,) = listings.triage_list(desk["sessions"])
    assert row.suggested_client == "Acme"
