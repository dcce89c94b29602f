"""The e-mail channel's sending half against real servers: the test SMTP server (aiosmtpd)
delivers into the test Dovecot, and every mail is read back over IMAP.

T2 (a confirmation with the reference in the subject, in the client's language), T9
(every status change and every note for the client), the whole loop with the intake,
per-contact opt-out, the hourly limit, at most once across a kill -9 between sending and
recording, a permanent refusal failed with the reason, a temporary one tried again
later, and C5's credit notices queued with the billing run.
"""

from __future__ import annotations

import asyncio
import email
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage, Message
from email.policy import SMTP, default
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from mailserver import support
from sqlalchemy import Engine, select

from console.enums import NoteKind, TicketStatus
from console.model import Note, Ticket
from console.model.mail import MailKind, OutboxState, OutgoingMail
from console.rules.workflow import Actor, reference_in_subject
from console.services.billing.run import CreditRunNotice
from console.services.mail.fetcher import fetch_once
from console.services.mail.mailboxes import add_mailbox, save_mail_settings
from console.services.mail.outbox import queue_credit_notices
from console.services.mail.outgoing import (
    outbox_list,
    retry_mail,
    save_smtp_settings,
    set_opt_out,
)
from console.services.mail.secrets import SECRETS_FOLDER, FolderSecrets
from console.services.mail.sender import (
    KILL_VARIABLE,
    UNKNOWN,
    SendReport,
    send_due,
    smtp_account,
)
from console.services.master_data import clients
from console.services.tickets import add_note, change_status
from console.sync.session import store_session
from console.wording.stored_phrases import restored

ACME = {"country": "NL", "time_zone": "Europe/Amsterdam", "locale": "nl_NL", "currency": "EUR"}
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    """The clock of the intake and the sender, moved by the tests."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def folder() -> Iterator[str]:
    support.require_smtp()
    name = support.new_folder()
    yield name
    support.drop_folder(name)


@pytest.fixture
def desk(store: Engine, folder: str, tmp_path: Path) -> dict[str, Any]:
    sessions = partial(store_session, store)
    acme = clients.add_client(sessions, None, name="Acme", email_domain="acme.example", **ACME)
    secrets = FolderSecrets(tmp_path / "secrets")
    add_mailbox(
        sessions, None, secrets, name="desk", host=support.HOST, port=support.PORT,
        tls="none", username=support.USER, password=support.PASSWORD, folder=folder,
        quarantine_folder=f"{folder}/Quarantine",
    )  # fmt: skip
    save_smtp_settings(
        sessions, None, secrets, host=support.HOST, port=support.SMTP_PORT, security="none",
        username=support.USER, password=support.PASSWORD, from_address=support.USER,
        from_name="Dispatch Desk",
    )  # fmt: skip
    return {"sessions": sessions, "secrets": secrets, "clock": Clock(), "acme": acme,
            "folder": folder, "secrets_dir": tmp_path / "secrets"}  # fmt: skip


def contact(desk: dict[str, Any], local: str, name: str = "Eva Smit", **extra: str) -> str:
    """A contact of Acme with a fresh address (so mails of other runs never mix in)."""
    address = f"{local}-{uuid.uuid4().hex[:8]}@acme.example"
    clients.add_contact(desk["sessions"], None, desk["acme"], name=name, role="requester",
                        phone="+31201234567", email=address, **extra)  # fmt: skip
    return address


def message(sender: str, subject: str = "Printer broken", **headers: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Eva Smit <{sender}>"
    mail["To"] = support.USER
    mail["Subject"] = subject
    mail["Message-ID"] = headers.pop("message_id", f"<{uuid.uuid4().hex}@acme.example>")
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content("The printer on floor 2 prints nothing.")
    return mail.as_bytes(policy=SMTP)


def fetch(desk: dict[str, Any]) -> None:
    asyncio.run(fetch_once(desk["sessions"], desk["secrets"], desk["clock"], print, None, "t"))


def send(desk: dict[str, Any], holder: str = "test-sender") -> SendReport:
    account = smtp_account(desk["sessions"], desk["secrets"])
    return asyncio.run(send_due(desk["sessions"], account, desk["clock"], print, holder))


def outbox(desk: dict[str, Any]) -> list[OutgoingMail]:
    with desk["sessions"]() as session:
        order = (OutgoingMail.queued_at, OutgoingMail.created_at)
        rows = list(session.scalars(select(OutgoingMail).order_by(*order)))
        session.expunge_all()
        return rows


def read(message_id: str) -> Message:
    (raw,) = support.delivered(message_id)
    return email.message_from_bytes(raw, policy=default)


def the_ticket(desk: dict[str, Any]) -> Ticket:
    with desk["sessions"]() as session:
        (ticket,) = session.scalars(select(Ticket))
        session.expunge(ticket)
        return ticket


def move(desk: dict[str, Any], ticket_id: uuid.UUID, to: TicketStatus) -> None:
    with desk["sessions"]() as session, session.begin():
        ticket = session.get_one(Ticket, ticket_id)
        change_status(session, ticket, to, Actor.DISPATCHER, desk["clock"]())


def reply_to_client(desk: dict[str, Any], ticket_id: uuid.UUID, body: str) -> None:
    with desk["sessions"]() as session, session.begin():
        ticket = session.get_one(Ticket, ticket_id)
        add_note(session, ticket, body, NoteKind.CLIENT, desk["clock"]())


def test_t2_t9_the_whole_loop_a_mail_in_a_confirmation_out_a_reply_a_status_change(
    desk: dict[str, Any],
) -> None:
    eva = contact(desk, "eva")
    first = f"<{uuid.uuid4().hex}@acme.example>"
    support.append(desk["folder"], message(eva, message_id=first))
    fetch(desk)
    ticket = the_ticket(desk)

    # T2: the confirmation, queued with the ticket, read back over IMAP
    (confirmation,) = outbox(desk)
    assert confirmation.kind is MailKind.CONFIRMATION and confirmation.state is OutboxState.QUEUED
    assert send(desk).sent == 1
    mail = read(confirmation.message_id)
    assert reference_in_subject(mail["Subject"]) == ticket.reference
    assert mail["Subject"] == f"[{ticket.reference}] Ontvangen: Printer broken"  # Acme is nl
    assert mail["To"].addresses[0].addr_spec == eva
    assert mail["In-Reply-To"] == first and mail["Auto-Submitted"] == "auto-replied"
    text = mail.get_content()
    assert "Beste Eva Smit," in text and f"geregistreerd als ticket {ticket.reference}" in text
    assert "T2" not in text and "T9" not in text  # no rule IDs in what a client reads

    # T9: the desk's reply to the client, threaded under the client's first message
    reply_to_client(desk, ticket.id, "We replaced the toner; please try again.")
    desk_reply = outbox(desk)[-1]
    assert desk_reply.kind is MailKind.REPLY and desk_reply.auto_submitted is None
    assert send(desk).sent == 1
    mail = read(desk_reply.message_id)
    assert mail["In-Reply-To"] == first and first in mail["References"]
    assert "We replaced the toner" in mail.get_content()
    assert ticket.reference in mail["Subject"]

    # the client answers that mail: a note on the ticket (the intake's half of the loop)
    answer = EmailMessage()
    answer["From"] = f"Eva Smit <{eva}>"
    answer["To"] = support.USER
    answer["Subject"] = "Re: " + str(mail["Subject"])
    answer["Message-ID"] = f"<{uuid.uuid4().hex}@acme.example>"
    answer["In-Reply-To"] = desk_reply.message_id
    answer.set_content("It works again, thank you.")
    support.append(desk["folder"], answer.as_bytes(policy=SMTP))
    desk["clock"].now += timedelta(minutes=5)
    fetch(desk)
    with desk["sessions"]() as session:
        notes = list(session.scalars(select(Note.body).where(Note.ticket_id == ticket.id)))
    assert any("It works again" in n for n in notes)

    # T9: a status change is a mail; closing says how long a reply reopens it
    desk["clock"].now += timedelta(hours=2)
    move(desk, ticket.id, TicketStatus.CLOSED)
    closing = outbox(desk)[-1]
    assert closing.kind is MailKind.STATUS and closing.auto_submitted == "auto-generated"
    assert send(desk).sent == 1
    mail = read(closing.message_id)
    assert "Gesloten" in mail["Subject"] or "gesloten" in mail.get_content().lower()
    assert "14 dagen" in mail.get_content()
    assert mail["In-Reply-To"] is not None and first in mail["References"]
    assert [r.state for r in outbox(desk)] == [OutboxState.SENT] * len(outbox(desk))


def test_an_opted_out_contact_gets_nothing_and_the_outbox_says_why(desk: dict[str, Any]) -> None:
    eva = contact(desk, "eva")
    support.append(desk["folder"], message(eva))
    fetch(desk)
    ticket = the_ticket(desk)
    assert ticket.requester_id is not None
    set_opt_out(desk["sessions"], None, ticket.requester_id, True, "asked by phone")
    move(desk, ticket.id, TicketStatus.IN_PROGRESS)
    reply_to_client(desk, ticket.id, "On our way.")
    rows = outbox(desk)
    assert [r.state for r in rows[1:]] == [OutboxState.SKIPPED, OutboxState.SKIPPED]
    assert "asked for no mail" in str(rows[1].last_error or "")
    report = send(desk)
    assert report.sent == 1  # only the confirmation queued before the opt-out
    assert all(support.delivered(r.message_id) == [] for r in rows[1:])


def test_at_most_n_automatic_mails_per_address_and_hour(desk: dict[str, Any]) -> None:
    save_mail_settings(desk["sessions"], None, auto_mails_per_hour=2)
    eva = contact(desk, "eva")
    support.append(desk["folder"], message(eva))
    fetch(desk)  # the confirmation: one
    ticket = the_ticket(desk)
    move(desk, ticket.id, TicketStatus.IN_PROGRESS)  # two
    move(desk, ticket.id, TicketStatus.AWAITING_REPLY)  # three: over the limit
    reply_to_client(desk, ticket.id, "Which floor?")  # a person's words: not counted
    states = [(r.kind, r.state) for r in outbox(desk)]
    assert states == [
        (MailKind.CONFIRMATION, OutboxState.QUEUED),
        (MailKind.STATUS, OutboxState.QUEUED),
        (MailKind.STATUS, OutboxState.SKIPPED),
        (MailKind.REPLY, OutboxState.QUEUED),
    ]
    assert send(desk).sent == 3
    desk["clock"].now += timedelta(hours=1, minutes=1)  # a new hour
    move(desk, ticket.id, TicketStatus.IN_PROGRESS)
    assert outbox(desk)[-1].state is OutboxState.QUEUED


def test_a_permanent_refusal_fails_with_the_reason_a_temporary_one_is_tried_later(
    desk: dict[str, Any],
) -> None:
    refused = contact(desk, "reject", name="Refused")
    grey = contact(desk, "greylist", name="Grey")
    for sender in (refused, grey):
        support.append(desk["folder"], message(sender, subject=f"From {sender}"))
    fetch(desk)
    report = send(desk)
    assert (report.sent, report.retried, report.failed) == (0, 1, 1)
    by_recipient = {r.recipient: r for r in outbox(desk)}
    failed, waiting = by_recipient[refused], by_recipient[grey]
    assert failed.state is OutboxState.FAILED
    assert str(restored(failed.last_error or "")).startswith("the mail server answered: 550")
    assert waiting.state is OutboxState.QUEUED
    assert str(restored(waiting.last_error or "")).startswith("the mail server answered: 451")
    assert waiting.next_attempt_at > desk["clock"]() and waiting.attempts == 1
    assert send(desk).sent == 0  # not due yet: the backoff holds it
    desk["clock"].now = waiting.next_attempt_at
    assert send(desk).sent == 1
    assert len(support.delivered(waiting.message_id)) == 1
    listed = outbox_list(desk["sessions"], None)
    assert [(r.recipient, r.state) for r in listed] == [(refused, "failed")]
    assert "550" in str(listed[0].last_error or "")


def test_a_kill_between_sending_and_recording_never_sends_twice(
    desk: dict[str, Any], sqlite_path: Path
) -> None:
    eva = contact(desk, "eva")
    support.append(desk["folder"], message(eva))
    fetch(desk)
    (queued,) = outbox(desk)
    env = {**os.environ, KILL_VARIABLE: "after_send", SECRETS_FOLDER: str(desk["secrets_dir"])}
    crashed = subprocess.run(
        [sys.executable, "-m", "console", "--db", str(sqlite_path), "mail", "send", "--once"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert crashed.returncode == -9, crashed.stdout + crashed.stderr
    (row,) = outbox(desk)
    assert row.state is OutboxState.SENDING  # the server took it; the record never came
    assert len(support.delivered(queued.message_id)) == 1
    desk["clock"].now = datetime.now(UTC)  # the dead sender's claim is from the real clock
    report = send(desk)
    assert (report.sent, report.settled) == (0, 1)
    (row,) = outbox(desk)
    assert row.state is OutboxState.FAILED and restored(row.last_error or "") == UNKNOWN
    assert send(desk).sent == 0
    assert len(support.delivered(queued.message_id)) == 1  # at most once
    # the desk looked, and decides to send it again: its own, explicit choice
    retry_mail(desk["sessions"], None, row.id)
    desk["clock"].now = datetime.now(UTC) + timedelta(seconds=1)  # retry: due from now
    assert send(desk).sent == 1
    assert len(support.delivered(queued.message_id)) == 2


def test_c5_credit_notices_go_to_the_account_manager(desk: dict[str, Any]) -> None:
    manager = f"am-{uuid.uuid4().hex[:8]}@acme.example"
    notices = [
        CreditRunNotice("Acme", "Strippenkaart 2026", False, Decimal("450.00"), "money", "EUR",
                        "Anna Manager", manager),
        CreditRunNotice("Acme", "Uren 2026", True, Decimal("0"), "hours", None,
                        "Anna Manager", manager),
        CreditRunNotice("Beta", "Tegoed", True, Decimal("-5"), "money", "EUR", None, None),
    ]  # fmt: skip
    with desk["sessions"]() as session, session.begin():
        assert (
            queue_credit_notices(session, notices, desk["clock"]()) == 2
        )  # no manager: nobody to tell
    rows = outbox(desk)
    assert [r.kind for r in rows] == [MailKind.CREDIT_LOW, MailKind.CREDIT_EXHAUSTED]
    assert send(desk).sent == 2
    low = read(rows[0].message_id)
    assert low["Subject"] == "Prepaid credit nearly used up: Acme"
    assert "450.00 EUR" in low.get_content() and low["Auto-Submitted"] == "auto-generated"
    assert "0.00 h" in read(rows[1].message_id).get_content()


def test_the_billing_run_queues_its_credit_notices_in_its_transaction() -> None:
    import inspect

    from console.services.billing import run

    source = inspect.getsource(run.run_month)
    assert "queue_credit_notices(session, report.credit_notices)" in source


def test_nothing_is_queued_while_no_outgoing_server_is_set_up(desk: dict[str, Any]) -> None:
    save_smtp_settings(desk["sessions"], None, desk["secrets"], host="")
    support.append(desk["folder"], message(contact(desk, "eva")))
    fetch(desk)
    move(desk, the_ticket(desk).id, TicketStatus.IN_PROGRESS)
    assert outbox(desk) == []


def test_every_mail_text_has_every_language_with_the_same_fields() -> None:
    from console.wording.languages import LANGUAGES
    from console.wording.mail_texts import mail_text_fields, mail_text_keys

    for key in mail_text_keys():
        found = mail_text_fields(key)
        assert len(found) == len(LANGUAGES) and all(f == found[0] for f in found), key


def test_t2_a_ticket_taken_by_phone_is_confirmed_to_its_requester(desk: dict[str, Any]) -> None:
    """T2: not only a mail gets its confirmation; a call the desk registers does too, and
    an alert from monitoring, which nobody asked for, does not."""
    from console.services.ticket_entry import register_ticket

    eva = contact(desk, "phone", language="en")
    now = desk["clock"]()
    _id, reference = register_ticket(
        desk["sessions"], None, now, client="Acme", title="Printer jams", channel="phone",
        requester=eva,
    )  # fmt: skip
    (confirmation,) = outbox(desk)
    assert confirmation.kind is MailKind.CONFIRMATION and confirmation.recipient == eva
    assert confirmation.in_reply_to is None  # nothing of theirs to answer
    assert send(desk).sent == 1
    mail = read(confirmation.message_id)
    assert reference_in_subject(mail["Subject"]) == reference
    text = mail.get_content()
    assert f'registered your request "Printer jams" as ticket {reference}' in text
    register_ticket(desk["sessions"], None, now, client="Acme", title="Disk 90 % full",
                    channel="monitoring", requester=eva)  # fmt: skip
    assert len(outbox(desk)) == 1


def test_p1_the_follow_up_of_a_closed_ticket_is_confirmed_naming_it(desk: dict[str, Any]) -> None:
    """P1: a reply after the reopen window opens a follow-up, and its confirmation names the
    closed ticket it follows."""
    save_mail_settings(desk["sessions"], None, reopen_days=3)
    eva = contact(desk, "follow", language="en")
    support.append(desk["folder"], message(eva))
    fetch(desk)
    first = the_ticket(desk)
    move(desk, first.id, TicketStatus.CLOSED)
    desk["clock"].now += timedelta(days=4)
    support.append(desk["folder"], message(eva, f"Re: [{first.reference}] Printer broken"))
    fetch(desk)
    (follow_up,) = [m for m in outbox(desk) if m.kind is MailKind.CONFIRMATION][1:]
    assert follow_up.ticket_id != first.id
    assert f'follows on from your ticket {first.reference} "Printer broken"' in follow_up.body


PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8 + b"\xff\xd9"
"""A JPEG's bytes, as far as a mail needs them."""


def test_d7_the_client_hears_who_comes_and_when_they_are_on_site(desk: dict[str, Any]) -> None:
    """D7: once the engineer is proposed, the requester gets their name and how to reach
    them, their photo and a word to check their photo ID; once they arrive, that they are
    on site. Each once, from the desk's mail loop, wherever the step was taken."""
    from console.enums import VisitStatus
    from console.model import Engineer, Visit, VisitEngineer
    from console.rules.workflow import Actor
    from console.services.mail.outgoing import notify_desk
    from console.services.ticket_entry import register_ticket
    from console.services.visits import advance_visit

    eva = contact(desk, "visit", language="en")
    site = clients.add_site(desk["sessions"], None, desk["acme"], name="Head office",
                            street="Dam 1", postal_code="1012 JS", city="Amsterdam")  # fmt: skip
    now = desk["clock"]()
    ticket_id, reference = register_ticket(desk["sessions"], None, now, client="Acme",
                                           title="Switch dead", requester=eva)  # fmt: skip
    with desk["sessions"]() as session, session.begin():
        jan = Engineer(name="Jan de Vries", phone="+31612345678", email="jan@desk.example",
                       home_time_zone="Europe/Amsterdam", photo=PHOTO)  # fmt: skip
        visit = Visit(reference="V-2026-000042", ticket_id=ticket_id, site_id=site,
                      status=VisitStatus.REQUESTED, requested_at=now,
                      planned_start=datetime(2026, 11, 24, 13, 0, tzinfo=UTC))  # fmt: skip
        session.add_all([jan, visit])
        session.flush()
        session.add(VisitEngineer(visit_id=visit.id, engineer_id=jan.id))
        session.flush()
        session.refresh(visit)
        for step in (VisitStatus.AVAILABILITY_CHECKED, VisitStatus.ENGINEER_PROPOSED):
            advance_visit(session, visit, step, Actor.DISPATCHER, now)
        visit_id = visit.id
    assert notify_desk(desk["sessions"], now) == 1
    assert notify_desk(desk["sessions"], now + timedelta(minutes=1)) == 0  # told once
    proposed = outbox(desk)[-1]
    assert proposed.recipient == eva and reference in proposed.subject
    assert "Tue, November 24 2:00\u202fPM" in proposed.body  # in Amsterdam
    assert "Jan de Vries (+31612345678, jan@desk.example)" in proposed.body
    assert "photo ID" in proposed.body and "photos are attached" in proposed.body
    later = now + timedelta(days=1, hours=4)
    with desk["sessions"]() as session, session.begin():
        visit = session.get_one(Visit, visit_id)
        for step in (VisitStatus.APPROVED, VisitStatus.EN_ROUTE, VisitStatus.ON_SITE):
            advance_visit(session, visit, step, Actor.DISPATCHER, later)
    desk["clock"].now = later
    assert notify_desk(desk["sessions"], later + timedelta(minutes=2)) == 1
    arrived = outbox(desk)[-1]
    assert "Jan de Vries arrived at Head office on Tue, November 24 2:00\u202fPM" in arrived.body
    desk["clock"].now = later + timedelta(minutes=2)
    waiting = [m for m in outbox(desk) if m.state is OutboxState.QUEUED]
    assert len(waiting) == 3 and send(desk).sent == 3  # the confirmation and both notices
    mail = read(arrived.message_id)
    assert reference_in_subject(mail["Subject"]) == reference and "on site" in mail["Subject"]
    assert not mail.is_multipart()  # the arrival carries no photo
    told = read(proposed.message_id)  # the photo as the client's mail reader gets it
    (photo,) = list(told.iter_attachments())
    assert (photo.get_content_type(), photo.get_filename()) == ("image/jpeg", "Jan de Vries.jpg")
    assert photo.get_content() == PHOTO
    assert "Jan de Vries (+31612345678" in told.get_body(("plain",)).get_content()
    # a step first seen long after it was taken is not told late
    assert notify_desk(desk["sessions"], later + timedelta(days=2)) == 0


def test_t2_a_portal_ticket_that_came_by_sync_is_confirmed_by_the_desk(
    desk: dict[str, Any],
) -> None:
    """T2: a client admin's replica holds no mail settings, so the ticket they raise in the
    portal arrives with no confirmation; the desk's mail loop confirms it, once. A portal
    ticket the desk entered itself was confirmed as it was registered, and not again."""
    from console.enums import Channel, Priority, TicketCategory
    from console.model import Contact
    from console.services.mail.outgoing import notify_desk
    from console.services.ticket_entry import register_ticket

    eva = contact(desk, "portal", language="en")
    now = desk["clock"]()
    with desk["sessions"]() as session, session.begin():  # as the sync writes it
        requester = session.scalars(select(Contact).where(Contact.email == eva)).one()
        session.add(
            Ticket(reference="T-2026-000777", title="New laptop for Eva", channel=Channel.PORTAL,
                   category=TicketCategory.SERVICE_REQUEST, priority=Priority.NORMAL,
                   client_id=requester.client_id, requester_id=requester.id, opened_at=now,
                   status=TicketStatus.OPEN)
        )  # fmt: skip
    register_ticket(desk["sessions"], None, now, client="Acme", title="Printer jams",
                    channel="portal", requester=eva)  # fmt: skip
    assert [m.subject for m in outbox(desk)] == ["[T-2026-000001] Received: Printer jams"]
    assert notify_desk(desk["sessions"], now) == 1
    assert notify_desk(desk["sessions"], now + timedelta(minutes=1)) == 0
    confirmed = outbox(desk)[-1]
    assert confirmed.subject == "[T-2026-000777] Received: New laptop for Eva"
    assert 'registered your request "New laptop for Eva" as ticket T-2026-000777' in confirmed.body
