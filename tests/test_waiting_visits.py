"""C1: a client without a retainer still gets its visit, behind the retainer work. The
visits waiting for an engineer (the calendar's tray, `calendar waiting`) list the work of
clients with a retainer in force on the visit's day first, then the soonest."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from builders import MON, World
from conftest import run_cli
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, Priority, TicketCategory, TicketStatus, VisitStatus
from console.model import Client, Contract, Site, Ticket, Visit
from console.rules.dispatch import waiting_order
from console.rules.schedule import BASIS_10X5
from console.services.board import board_for
from console.views.calendar_view import CalendarView
from console.views.context import DeskContext


def test_c1_retainer_work_waits_first_then_the_soonest() -> None:
    soon, later = MON, MON + timedelta(days=1)
    waiting = [(False, soon), (True, later), (False, later), (True, soon)]
    ordered = sorted(waiting, key=lambda w: waiting_order(*w))
    assert ordered == [(True, soon), (True, later), (False, soon), (False, later)]


def _client(
    session: Session, name: str, ticket: str, kind: ContractKind, **terms: object
) -> Ticket:
    """A client in Amsterdam with one contract of ``kind`` and a ticket under it."""
    client = Client(name=name, country="NL", time_zone="Europe/Amsterdam", locale="nl_NL",
                    currency="EUR")  # fmt: skip
    session.add(client)
    session.flush()
    site = Site(client_id=client.id, name="Office", street="Oudegracht 1", city="Utrecht",
                country="NL", time_zone="Europe/Amsterdam")  # fmt: skip
    contract = Contract(client_id=client.id, kind=kind, name=kind.value, currency="EUR",
                        service_window=BASIS_10X5, standard_rate=Decimal("125.00"),
                        on_demand_rate=Decimal("125.00"),
                        **{"valid_from": date(2026, 1, 1), **terms})  # fmt: skip
    session.add_all([site, contract])
    session.flush()
    ticket = Ticket(reference=ticket, title="Work",
                    category=TicketCategory.CHANGE, priority=Priority.NORMAL, channel="email",
                    client_id=client.id, site=site, contract_id=contract.id,
                    opened_at=MON - timedelta(days=1), status=TicketStatus.IN_PROGRESS)  # fmt: skip
    session.add(ticket)
    session.flush()
    return ticket


def _waiting(ticket: Ticket, reference: str, start: datetime) -> Visit:
    """An approved visit for ``ticket`` at ``start`` with no engineer yet."""
    assert ticket.site_id is not None
    return Visit(reference=reference, ticket_id=ticket.id, site_id=ticket.site_id,
                 status=VisitStatus.APPROVED, requested_at=MON - timedelta(days=5),
                 planned_start=start, reserved_hours=Decimal(2), grace_minutes=0)  # fmt: skip


@pytest.fixture
def three_waiting(store: Engine) -> Engine:
    """Tuesday to Thursday of MON's week: an on-demand client's visit first, then a client
    whose retainer ended in October, and last the client with a retainer in force."""
    with Session(store) as session, session.begin():
        held = World(session, ContractKind.RETAINER)  # from 1 January, no end
        none = _client(session, "Zee B.V.", "T-2026-900001", ContractKind.ON_DEMAND)
        ended = _client(
            session,
            "Oud B.V.",
            "T-2026-900002",
            ContractKind.RETAINER,
            valid_until=date(2026, 10, 31),
        )
        session.add_all([
            _waiting(none, "V-2026-900001", MON + timedelta(days=1)),
            _waiting(ended, "V-2026-900002", MON + timedelta(days=2)),
            _waiting(held.ticket, "V-2026-900003", MON + timedelta(days=3)),
        ])  # fmt: skip
    return store


def test_c1_the_board_lists_retainer_work_first(three_waiting: Engine) -> None:
    week = MON.replace(hour=0)
    board = board_for(lambda: Session(three_waiting), week, week + timedelta(days=7))
    assert [(v.reference, v.retainer) for v in board.unassigned] == [
        ("V-2026-900003", True), ("V-2026-900001", False), ("V-2026-900002", False)
    ]  # fmt: skip


def test_c1_the_tray_shows_retainer_work_first_and_names_the_rest(
    qtbot: QtBot, three_waiting: Engine
) -> None:
    view = CalendarView(DeskContext(three_waiting, clock=lambda: MON - timedelta(days=1)))
    qtbot.addWidget(view)
    view.first_day = MON.replace(hour=0)
    view.reload()
    items = [view.tray.item(i) for i in range(view.tray.count())]
    assert [i.text().split(" ·")[0] for i in items] == [
        "V-2026-900003", "V-2026-900001", "V-2026-900002"
    ]  # fmt: skip
    assert "no retainer" not in items[0].text()
    assert all("no retainer" in i.text() for i in items[1:])
    assert "served after the retainer work" in items[1].toolTip()


def test_c1_the_command_line_lists_them_in_the_same_order(
    capsys: pytest.CaptureFixture[str], three_waiting: Engine
) -> None:
    url = three_waiting.url.render_as_string(hide_password=False)
    first = MON.astimezone(UTC).date().isoformat()
    code, out, err = run_cli(capsys, "calendar", "waiting", "--db", url, "--from", first,
                             "--format", "json")  # fmt: skip
    assert code == 0, err
    listed = [(r["visit"], r["retainer"], r["start"]) for r in json.loads(out)]
    assert listed == [
        ("V-2026-900003", "yes", "2026-11-19 09:00"), ("V-2026-900001", "no", "2026-11-17 09:00"),
        ("V-2026-900002", "no", "2026-11-18 09:00"),
    ]  # fmt: skip
    code, out, _ = run_cli(capsys, "calendar", "waiting", "--db", url, "--from", first)
    assert code == 0 and "3 visits waiting for an engineer" in out and "RETAINER" in out
    code, _out, err = run_cli(capsys, "calendar", "waiting", "--db", url, "--days", "0")
    assert code == 2 and err.count("\n") == 1 and "--days" in err
