"""Premium plans have a dedicated manager (C11): a desk user the contract names, required
for premium, picked in the contract editor or given on the command line, shown on the
ticket pane and sent the premium ticket's SLA notices."""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from test_cli import run

from console.enums import Role, SlaTargetKind
from console.errors import ValidationError
from console.model import Contract, Ticket, User
from console.queue.alerts import SlaAlert, as_heard_by, managed_by
from console.rules.leaving import check_premium_manager, manager_may_manage
from console.rules.sla import ClockState
from console.services.mail.outbox import _with_premium_manager
from console.services.master_data import clients, contracts
from console.sync.session import store_session
from console.views.context import DeskContext
from console.views.main_window import MainWindow
from console.views.master_data.contracts_view import ContractsView, manager_choices

ACME = dict(
    name="Acme BV", country="NL", time_zone="Europe/Amsterdam", locale="nl_NL", currency="EUR"
)


def _user(engine: Engine, role: Role, name: str, email: str | None = None) -> uuid.UUID:
    with store_session(engine) as session, session.begin():
        user = User(username=name, display_name=name.title(), role=role, email=email)
        session.add(user)
        session.flush()
        return user.id


def test_c11_a_premium_contract_needs_its_manager_and_a_plain_one_does_not() -> None:
    check_premium_manager(False, None)
    check_premium_manager(True, uuid.uuid4())
    with pytest.raises(ValidationError) as refused:
        check_premium_manager(True, None)
    assert refused.value.field == "manager" and refused.value.rule == "C11"
    assert "manager" in refused.value.message
    assert manager_may_manage("service_manager") and not manager_may_manage("engineer")


def test_c11_saving_a_premium_contract_without_a_desk_manager_is_refused(store: Engine) -> None:
    sessions = partial(store_session, store)
    anna = _user(store, Role.ADMIN, "anna")
    mara = _user(store, Role.SERVICE_MANAGER, "mara")
    _user(store, Role.ENGINEER, "jan")
    clients.add_client(sessions, anna, **ACME)
    base = {"kind": "retainer", "valid_from": "2026-01-01", "premium": "yes"}
    with pytest.raises(ValidationError) as refused:
        contracts.add_contract(sessions, anna, "Acme BV", **base)
    assert refused.value.field == "manager" and refused.value.rule == "C11"
    with pytest.raises(ValidationError) as engineer:
        contracts.add_contract(sessions, anna, "Acme BV", **base, manager="jan")
    assert engineer.value.field == "manager" and "desk" in engineer.value.message
    with Session(store) as session:
        assert session.scalar(select(Contract.id)) is None  # nothing written
    contract = contracts.add_contract(sessions, anna, "Acme BV", **base, manager="mara")
    assert contracts.show_contract(sessions, contract)["manager"] == "mara"
    with pytest.raises(ValidationError) as emptied:
        contracts.edit_contract(sessions, anna, contract, manager="")
    assert emptied.value.field == "manager"
    contracts.edit_contract(sessions, anna, contract, premium="no", manager="")
    with Session(store) as session:
        assert session.get_one(Contract, contract).manager_id is None
    # a client's account manager at the desk becomes a new premium contract's by default
    clients.edit_client(sessions, anna, "Acme BV", account_manager="mara")
    second = contracts.add_contract(sessions, anna, "Acme BV", **base, name="Second")
    with Session(store) as session:
        assert session.get_one(Contract, second).manager_id == mara


def test_c11_the_command_line_names_the_manager_and_refuses_premium_without(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _user(store, Role.ADMIN, "anna")
    _user(store, Role.DISPATCHER, "dirk")
    db = ("--db", str(sqlite_path))
    assert run(capsys, "clients", "add", *db, "--name", "Acme BV", "--country", "NL",
               "--time-zone", "Europe/Amsterdam", "--locale", "nl_NL",
               "--currency", "EUR")[0] == 0  # fmt: skip
    add = ("contracts", "add", "Acme BV", *db, "--kind", "retainer", "--valid-from",
           "2026-01-01", "--premium", "yes")  # fmt: skip
    code, out, err = run(capsys, *add)
    assert code == 2 and err.count("\n") == 1 and "dedicated manager" in err, err
    assert "C11" not in err
    code, out, err = run(capsys, *add, "--manager", "dirk")
    assert code == 0, err
    code, out, err = run(capsys, "contracts", "show", "Retainer", *db, "--format", "json")
    assert code == 0 and '"manager": "dirk"' in out, out
    code, _, err = run(capsys, "contracts", "edit", "Retainer", *db, "--manager", "nobody")
    assert code == 2 and "nobody" in err


def _premium_manager(engine: Engine, ticket: Ticket | None = None) -> tuple[Any, str]:
    """The first demo ticket with a contract put under premium, managed by Mara."""
    mara = _user(engine, Role.SERVICE_MANAGER, "mara", "mara@provider.example")
    with Session(engine) as session:
        if ticket is None:
            ticket = session.scalars(
                select(Ticket).where(Ticket.contract_id.is_not(None)).order_by(Ticket.reference)
            ).first()
        else:
            ticket = session.get_one(Ticket, ticket.id)
        assert ticket is not None and ticket.contract is not None
        ticket.contract.premium = True
        ticket.contract.manager_id = mara
        session.commit()
        return ticket.id, ticket.reference


def test_c11_the_pane_shows_a_premium_tickets_manager(window: MainWindow) -> None:
    ticket_id, _ = _premium_manager(window.desk.engine)
    pane = window.queue.pane
    pane.show_ticket(ticket_id)
    shown = pane.findChild(QLabel, "premiumManager")
    assert shown is not None and shown.isVisibleTo(pane) and shown.text() == "Manager: Mara"


def test_c11_sla_notices_of_a_premium_ticket_also_go_to_its_manager(
    demo_engine: Engine,
) -> None:
    ticket_id, _ = _premium_manager(demo_engine)
    desk = [("desk@provider.example", None)]
    with Session(demo_engine) as session:
        ticket = session.get_one(Ticket, ticket_id)
        to = _with_premium_manager(desk, ticket)
        assert to == [*desk, ("mara@provider.example", "Mara")]
        assert _with_premium_manager([("MARA@provider.example", None)], ticket) == [
            ("MARA@provider.example", None)
        ]  # once
        assert ticket.contract is not None
        ticket.contract.premium = False
        assert _with_premium_manager(desk, ticket) == desk


def test_c11_the_contract_editor_picks_the_manager_among_desk_users(
    qtbot: QtBot, store: Engine
) -> None:
    _user(store, Role.ADMIN, "anna")
    _user(store, Role.SERVICE_MANAGER, "mara")
    _user(store, Role.ENGINEER, "jan")
    desk = DeskContext(store)
    desk.sign_in("anna")
    clients.add_client(desk.session, desk.user_id, **ACME)
    assert [value for _, value in manager_choices(desk)] == ["anna", "mara"]
    view = ContractsView(desk)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    dialog = view.add_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "manager" in dialog.editors
    dialog.set_values(kind="retainer", valid_from="2026-01-01", premium=True)
    dialog.ok_button().click()
    assert dialog.isVisible() and "Dedicated manager" in dialog.ui.problems.text()
    dialog.set_values(manager="mara")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    with Session(store) as session:
        contract = session.scalars(select(Contract)).one()
        assert contract.premium and contract.manager is not None
        assert contract.manager.username == "mara"


def _alert(ref: str, premium: bool = False, manager: Any = None) -> SlaAlert:
    return SlaAlert(ref, ref, f"about {ref}", SlaTargetKind.RESPONSE, ClockState.BREACHED, None,
                    premium, manager)  # fmt: skip


def test_c11_the_manager_hears_of_their_own_premium_clients_first() -> None:
    mara, dirk = uuid.uuid4(), uuid.uuid4()
    alerts = [_alert("T-1"), _alert("T-2", True, dirk.hex), _alert("T-3", True, mara),
              _alert("T-4", False, mara.hex), _alert("T-5", True, mara.hex)]  # fmt: skip
    # SQLite gives the manager's id as hex text, PostgreSQL as a UUID: both are hers
    assert [a.reference for a in as_heard_by(alerts, mara)] == ["T-3", "T-5", "T-1", "T-2", "T-4"]
    assert managed_by(alerts[1], dirk) and not managed_by(alerts[3], mara)  # T-4 is not premium
    assert as_heard_by(alerts, None) == alerts and as_heard_by(alerts, uuid.uuid4()) == alerts


def test_c11_the_window_names_the_managers_premium_client_and_tells_it_first(
    window: MainWindow,
) -> None:
    engine = window.desk.engine
    rows = window.queue.model.rows.columns
    at = next(i for i, contract in enumerate(rows["contract_id"]) if contract is not None)
    with Session(engine) as session:  # an open ticket's contract goes premium, under Mara
        ticket = session.get_one(Ticket, uuid.UUID(rows["id"][at]))
        _premium_manager(engine, ticket)
        reference = ticket.reference
    window.desk.sign_in("mara")
    window.reload()  # the queue reads each premium ticket's manager with it
    rows = window.queue.model.rows.columns
    at = list(rows["reference"]).index(reference)
    assert rows["premium"][at] and rows["manager_id"][at] == window.desk.user_id.hex
    other = next(i for i, premium in enumerate(rows["premium"]) if not premium)
    plain = _alert(rows["reference"][other])
    hers = _alert(reference, True, rows["manager_id"][at])
    window.sla_alerts.show([plain, hers])
    shown = window.statusBar().currentMessage()
    assert shown.startswith(f"Your premium client: Response missed: {reference}"), shown
    assert "(and 1 more)" in shown and window.sla_alerts.last == [hers, plain]
    assert window.sla_alerts.line(plain).startswith("Response missed")
