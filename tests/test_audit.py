"""The audit trail (issue 18): every change to tickets, visits, time, clients, contracts,
invoices, leave and users, with who, when, and each field's old and new value; readable
per record from the command line; append-only in SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from builders import APPROVED, MON, World
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from console.cli import main
from console.enums import Channel, ContractKind, Priority, Role, TicketCategory, TicketStatus
from console.model import Ticket, TimeEntry, User
from console.rules.workflow import Actor
from console.services.audit import trail
from console.services.tickets import change_status, create_ticket
from console.sync.session import store_session


def _user(engine: Engine, name: str, role: Role) -> uuid.UUID:
    with store_session(engine) as session, session.begin():
        user = User(username=name.lower(), display_name=name, role=role)
        session.add(user)
        session.flush()
        return user.id


def test_a_whole_ticket_leaves_a_trail_of_who_did_what(store: Engine) -> None:
    anna = _user(store, "Anna", Role.DISPATCHER)
    piet = _user(store, "Piet", Role.SERVICE_MANAGER)
    with store_session(store, user_id=anna, expire_on_commit=False) as session, session.begin():
        world = World(session, ContractKind.ON_DEMAND)
        ticket = create_ticket(
            session, client_id=world.client.id, title="Printer jams", by_user=anna,
            category=TicketCategory.INCIDENT, priority=Priority.NORMAL, channel=Channel.PHONE,
            now=MON,
        )  # fmt: skip
    with store_session(store, user_id=anna, expire_on_commit=False) as session, session.begin():
        stored = session.merge(ticket)
        stored.title = "Printer jams on tray 2"
        change_status(session, stored, TicketStatus.IN_PROGRESS, Actor.DISPATCHER, MON, anna)
        entry = TimeEntry(
            ticket_id=ticket.id,
            engineer_id=world.engineer.id,
            started_at=MON,
            ended_at=MON + timedelta(hours=1),
            description="cleared the jam",
        )
        session.add(entry)
    with store_session(store, user_id=piet) as session, session.begin():
        approved = session.get(TimeEntry, entry.id)
        assert approved is not None
        approved.provider_approved_at = APPROVED["provider_approved_at"]

    with store_session(store) as session:
        lines = trail(session, "ticket", ticket.reference)
    seen = [(e.user, e.entity, e.action, sorted(e.changes)) for e in lines]
    assert ("Anna", "ticket", "create", ["reference"]) in seen  # the service's own words
    assert ("Anna", "ticket", "status", ["status"]) in seen
    assert ("Piet", "time entry", "change", ["provider_approved_at"]) in seen
    made = next(e for e in lines if e.entity == "time entry" and e.action == "create")
    assert made.user == "Anna" and made.changes["description"] == [None, "cleared the jam"]
    assert [e.at for e in lines] == sorted(e.at for e in lines)


def test_a_client_trail_holds_its_contract_and_an_edit_with_old_and_new(store: Engine) -> None:
    boss = _user(store, "Boss", Role.ADMIN)
    with store_session(store, user_id=boss, expire_on_commit=False) as session, session.begin():
        world = World(session, ContractKind.ON_DEMAND)
    with store_session(store, user_id=boss) as session, session.begin():
        contract = session.merge(world.contract)
        contract.standard_rate = Decimal("135.00")
    with store_session(store) as session:
        lines = trail(session, "client", world.client.name)
    rate = next(e for e in lines if e.entity == "contract" and e.action == "change")
    assert rate.changes["standard_rate"] == ["125", "135"] and rate.user == "Boss"
    assert {e.entity for e in lines} >= {"client", "site", "contract"}


def test_the_command_line_prints_a_trail_and_names_an_unknown_record(
    store: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = _user(store, "Anna", Role.DISPATCHER)
    with store_session(store, user_id=anna, expire_on_commit=False) as session, session.begin():
        world = World(session, ContractKind.ON_DEMAND)
    db = str(store.url.database)
    assert main(["audit", "--client", world.client.name, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Anna" in out and "client create" in out and "change(s)" in out
    assert main(["audit", "--ticket", "T-1999-000001", "--db", db]) == 2
    err = capsys.readouterr().err
    assert err == "dispatch-console: error: --ticket: no ticket 'T-1999-000001'\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest) -> Engine:
    if request.param == "postgresql":
        return request.getfixturevalue("pg_store")  # type: ignore[no-any-return]
    return request.getfixturevalue("store")  # type: ignore[no-any-return]


def test_the_log_cannot_be_changed_or_emptied_by_raw_sql(any_store: Engine) -> None:
    anna = _user(any_store, "Anna", Role.DISPATCHER)
    with store_session(any_store, user_id=anna) as session, session.begin():
        World(session, ContractKind.ON_DEMAND)
    for statement in ("UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError), any_store.begin() as conn:
            conn.execute(text(statement))
    with any_store.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() >= 3


@pytest.mark.postgres
def test_a_desks_audit_entries_reach_the_shared_database(server: Any) -> None:
    from console.sync.replica import sync_once

    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    with desk.connect() as conn:
        anna = conn.execute(text("SELECT id FROM users LIMIT 1")).scalar_one()
    with store_session(desk, user_id=uuid.UUID(anna)) as session, session.begin():
        ticket = session.get(Ticket, server.ids["ticket_a"])
        assert ticket is not None
        ticket.title = "Edited at the desk"
    with desk.connect() as conn:
        sent = conn.execute(text("SELECT table_name FROM sync_outbox ORDER BY seq")).scalars().all()
    assert sent == ["tickets", "audit_log"]  # the edit and its audit entry
    assert sync_once(desk).pushed.answers["applied"] == 2
    changes = server.scalar(
        "SELECT changes FROM audit_log WHERE entity_id = :0 AND action = 'change'",
        server.ids["ticket_a"],
    )
    assert changes["title"][1] == "Edited at the desk"


def test_the_ticket_pane_shows_the_trail_in_its_history_tab(qtbot: Any, store: Engine) -> None:
    from console.views.context import DeskContext
    from console.views.ticket_pane import TicketPane

    anna = _user(store, "Anna", Role.DISPATCHER)
    with store_session(store, user_id=anna, expire_on_commit=False) as session, session.begin():
        world = World(session, ContractKind.ON_DEMAND)
        ticket = create_ticket(
            session, client_id=world.client.id, title="Printer jams", by_user=anna,
            category=TicketCategory.INCIDENT, priority=Priority.NORMAL, channel=Channel.PHONE,
            now=MON,
        )  # fmt: skip
    with store_session(store, user_id=anna) as session, session.begin():
        stored = session.get(Ticket, ticket.id)
        assert stored is not None
        stored.title = "Printer jams on tray 2"
    desk = DeskContext(store, clock=lambda: MON + timedelta(hours=1))
    pane = TicketPane(desk)
    qtbot.addWidget(pane)
    pane.show_ticket(ticket.id)
    assert pane.history.toPlainText() == ""  # read only when its tab is shown
    pane.tabs.setCurrentWidget(pane.history)
    text = pane.history.toPlainText()
    assert "Anna" in text and "created" in text and "changed" in text
    assert "Printer jams on tray 2" in text
