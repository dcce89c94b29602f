"""T1: the first contact registers the requester (the e-mail channel's look-up).

A known address is its contact; an unknown address at a client's e-mail domain (or a
subdomain) becomes a new requester of that client, with no phone yet; any other address
is an unknown sender and nothing is written. D1 still holds for everyone else's phone.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from console.enums import ContactRole, Role
from console.errors import ValidationError
from console.model import Client, Contact, User
from console.services.master_data import clients
from console.services.requesters import (
    Outcome,
    domains_of,
    requester_choices,
    requester_for_address,
    split_address,
)
from console.sync.session import store_session

ACME = {"country": "NL", "time_zone": "Europe/Amsterdam", "locale": "nl_NL", "currency": "EUR"}


@pytest.fixture
def sessions(store: Engine) -> partial[object]:
    return partial(store_session, store)


@pytest.fixture
def acme(sessions: partial[object]) -> uuid.UUID:
    client = clients.add_client(sessions, None, name="Acme", email_domain="ACME.nl", **ACME)
    clients.add_contact(sessions, None, client, name="Eva Smit", role="requester",
                        phone="+31201234567", email="Eva.Smit@acme.nl")  # fmt: skip
    return client


def _contacts(store: Engine) -> int:
    with store_session(store) as session:
        return int(session.scalar(select(func.count()).select_from(Contact)) or 0)


def test_t1_a_known_address_is_its_contact(
    store: Engine, sessions: partial[object], acme: uuid.UUID
) -> None:
    found = requester_for_address(sessions, None, "eva.smit@ACME.NL")
    assert found.outcome is Outcome.KNOWN
    assert (found.client_id, found.client_name, found.contact_name) == (acme, "Acme", "Eva Smit")
    assert _contacts(store) == 1


@pytest.mark.parametrize(
    ("address", "name", "expected"),
    [
        ("jan@acme.nl", "Jan de Vries", "Jan de Vries"),
        ("Piet Bakker <piet@Mail.Acme.nl>", None, "Piet Bakker"),  # a subdomain, its name
        ("helpdesk@it.mail.acme.nl", None, "helpdesk"),  # no name: the address's own words
    ],
)
def test_t1_an_unknown_address_at_a_clients_domain_registers_a_requester(
    store: Engine,
    sessions: partial[object],
    acme: uuid.UUID,
    address: str,
    name: str | None,
    expected: str,
) -> None:
    found = requester_for_address(sessions, None, address, name)
    assert found.outcome is Outcome.CREATED
    assert (found.client_id, found.contact_name) == (acme, expected)
    with store_session(store) as session:
        contact = session.get_one(Contact, found.contact_id)
        assert contact.role is ContactRole.REQUESTER and contact.phone is None
        assert contact.email == found.address and contact.email.endswith("acme.nl")
    # the second mail from them finds the same person
    again = requester_for_address(sessions, None, address)
    assert (again.outcome, again.contact_id) == (Outcome.KNOWN, found.contact_id)


@pytest.mark.parametrize(
    "address", ["someone@example.org", "someone@notacme.nl", "x@acme.nl.evil.io"]
)
def test_t1_an_address_of_no_client_is_an_unknown_sender_and_nothing_is_written(
    store: Engine, sessions: partial[object], acme: uuid.UUID, address: str
) -> None:
    found = requester_for_address(sessions, None, address)
    assert found.outcome is Outcome.UNKNOWN_SENDER
    assert found.client_id is None and found.contact_id is None and found.reason
    assert _contacts(store) == 1


def test_t1_two_clients_on_one_domain_leave_the_sender_unknown(
    store: Engine, sessions: partial[object], acme: uuid.UUID
) -> None:
    clients.add_client(sessions, None, name="Acme Labs", email_domain="acme.nl", **ACME)
    found = requester_for_address(sessions, None, "new@acme.nl")
    assert found.outcome is Outcome.UNKNOWN_SENDER and "several clients" in str(found.reason)
    assert _contacts(store) == 1


def test_t1_the_nearest_domain_wins(
    store: Engine, sessions: partial[object], acme: uuid.UUID
) -> None:
    labs = clients.add_client(sessions, None, name="Acme Labs", email_domain="labs.acme.nl",
                              **ACME)  # fmt: skip
    assert requester_for_address(sessions, None, "a@x.labs.acme.nl").client_id == labs
    assert requester_for_address(sessions, None, "a@x.acme.nl").client_id == acme


def test_t1_a_bad_address_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as refused:
        split_address("not an address")
    assert refused.value.field == "address"
    assert domains_of("a@mail.acme.nl") == ["mail.acme.nl", "acme.nl"]


def test_t1_only_someone_who_keeps_contacts_registers_a_requester(
    store: Engine, sessions: partial[object], acme: uuid.UUID
) -> None:
    with store_session(store) as session, session.begin():
        engineer = User(username="jan", display_name="Jan", role=Role.ENGINEER)
        own = User(username="eva", display_name="Eva", role=Role.CLIENT_ADMIN, client_id=acme)
        session.add_all([engineer, own])
        session.flush()
        engineer_id, own_id = engineer.id, own.id
    with pytest.raises(ValidationError, match="engineer may not"):
        requester_for_address(sessions, engineer_id, "new@acme.nl")
    assert _contacts(store) == 1
    # C12: a client's own admin registers requesters of their own client
    made = requester_for_address(sessions, own_id, "new@acme.nl")
    assert made.outcome is Outcome.CREATED


def test_t1_d1_a_phone_may_be_missing_for_a_requester_only(store: Engine) -> None:
    with store_session(store) as session, session.begin():
        client = Client(name="Tulp", **ACME)
        session.add(client)
        session.flush()
        session.add(Contact(client_id=client.id, name="R", role=ContactRole.REQUESTER,
                            phone=None, messengers={}))  # fmt: skip
        with pytest.raises(ValidationError, match="phone"):
            Contact(client_id=client.id, name="L", role=ContactRole.LOCAL_CONTACT, phone="")
        with pytest.raises(ValidationError, match="phone"):
            Contact(client_id=client.id, name="L", phone=None, role=ContactRole.LOCAL_CONTACT)
        requester = Contact(client_id=client.id, name="Q", role=ContactRole.REQUESTER, phone=None)
        with pytest.raises(ValidationError, match="phone"):
            requester.role = ContactRole.ORDERING_ENGINEER


def test_t1_requester_choices_name_the_phone_or_else_the_address(
    sessions: partial[object], acme: uuid.UUID
) -> None:
    requester_for_address(sessions, None, "Zoe <zoe@acme.nl>")
    assert [label for label, _id in requester_choices(sessions, acme)] == [
        "Eva Smit +31201234567",
        "Zoe zoe@acme.nl",
    ]


def test_t1_the_command_line_says_what_it_found_or_registered(
    store: Engine, acme: uuid.UUID, sqlite_path: Path
) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "console", "tickets", "requester", "--db", str(sqlite_path),
             *args],
            capture_output=True, text=True, check=False,
        )  # fmt: skip

    made = run("jan@mail.acme.nl", "--name", "Jan de Vries")
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "jan@mail.acme.nl: Jan de Vries registered as a new " \
        "requester of Acme"  # fmt: skip
    known = run("jan@mail.acme.nl")
    assert "Jan de Vries of Acme (known contact)" in known.stdout
    stranger = run("who@example.org")
    assert stranger.returncode == 0 and "unknown sender" in stranger.stdout
    bad = run("nonsense")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "address" in bad.stderr


def test_t1_the_ticket_dialog_registers_the_requester_inline_and_picks_them(
    qtbot: Any, store: Engine, acme: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.views.context import DeskContext
    from console.views.dialog_support import chosen
    from console.views.ticket_dialog import ContactDialog, TicketDialog

    desk = DeskContext(store)
    desk.sign_in(None)
    dialog = TicketDialog(desk)
    qtbot.addWidget(dialog)
    assert chosen(dialog.ui.client) == acme

    def filled_in(form: ContactDialog) -> int:
        form.ui.name.setText("Jan de Vries")
        form.ui.phone.setText("+31 6 1234 5678")
        form.ui.email.setText("jan@acme.nl")
        form.ui.language.setText("nl")
        form.save()
        return form.result()

    monkeypatch.setattr(ContactDialog, "exec", filled_in)
    dialog.new_requester()
    assert dialog.ui.requester.currentText() == "Jan de Vries +31612345678"
    dialog.ui.title.setText("Printer on fire")
    dialog.save()
    assert dialog.created is not None
    with store_session(store) as session:
        contact = session.scalars(select(Contact).where(Contact.name == "Jan de Vries")).one()
        assert (contact.client_id, contact.role, contact.language) == (
            acme, ContactRole.REQUESTER, "nl")  # fmt: skip
        assert session.scalar(select(Contact.id).where(Contact.id == chosen(dialog.ui.requester)))


def test_t1_the_new_contact_form_names_what_is_missing_and_saves_nothing(
    qtbot: Any, store: Engine, acme: uuid.UUID
) -> None:
    from console.views.context import DeskContext
    from console.views.ticket_dialog import ContactDialog

    desk = DeskContext(store)
    desk.sign_in(None)
    form = ContactDialog(desk, acme, "Acme", None)
    qtbot.addWidget(form)
    form.ui.name.setText("Jan")
    form.ui.phone.setText("0612345678")
    form.save()
    assert form.created is None and form.result() == 0
    assert "phone" in form.ui.problems.text() and "country code" in form.ui.problems.text()
    assert _contacts(store) == 1
