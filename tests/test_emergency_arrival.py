"""An emergency's on-site arrival counts from its report, a planned visit's from approval.

D9, P2 (seed 003: "the engineer is on site within 1-2 hours of the report of the
emergency"); D7 (seed 000: the SLA time of planned remote hands starts at approval).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from builders import World
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, Priority, SlaTargetKind, TicketStatus, VisitStatus
from console.model import SlaTarget, Ticket, Visit
from console.queue.clocks import queue_clocks
from console.queue.rows import load_queue
from console.rules.calendar import calendar_for
from console.rules.schedule import BASIS_10X5
from console.rules.sla import (
    ClockState,
    StatusChange,
    Target,
    TicketFacts,
    evaluate,
    start_and_met,
)
from console.services.clocks import ticket_clocks

REPORTED = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)  # Tuesday 11:00 in Amsterdam
APPROVED = REPORTED + timedelta(minutes=40)  # 11:40: the client approves the visit
ON_SITE = Target(
    SlaTargetKind.ARRIVAL, 120, calendar_for(BASIS_10X5, "Europe/Amsterdam", "NL")
)  # seed 003: 1-2 hours; the retainer's 2 h


def _facts(emergency: bool, approved: datetime | None = APPROVED) -> TicketFacts:
    return TicketFacts(
        opened_at=REPORTED,
        first_response_at=None,
        history=[StatusChange(REPORTED, TicketStatus.OPEN)],
        approved_at=approved,
        emergency=emergency,
    )


def test_d9_p2_an_emergencys_arrival_counts_from_the_report_not_the_approval() -> None:
    """D9, P2, seed 003: reported 11:00, approved 11:40, 2 h on site -> due 13:00."""
    start, _met = start_and_met(SlaTargetKind.ARRIVAL, _facts(emergency=True))
    assert start == REPORTED
    clock = evaluate(ON_SITE, start, [], APPROVED + timedelta(minutes=5))
    assert clock.due_at == datetime(2026, 11, 17, 12, 0, tzinfo=UTC)  # 13:00 in Amsterdam
    assert clock.used == timedelta(minutes=45)


def test_d7_p2_a_planned_visits_arrival_still_counts_from_the_approval() -> None:
    """D7, P2: no emergency, so the clock starts when the client approves (13:40)."""
    start, _met = start_and_met(SlaTargetKind.ARRIVAL, _facts(emergency=False))
    assert start == APPROVED
    clock = evaluate(ON_SITE, start, [], APPROVED)
    assert clock.due_at == datetime(2026, 11, 17, 12, 40, tzinfo=UTC)


def test_d9_p2_before_approval_an_emergencys_arrival_clock_has_not_started() -> None:
    """D7: nobody travels before the approval, and the emergency may yet be fixed remotely."""
    start, _met = start_and_met(SlaTargetKind.ARRIVAL, _facts(emergency=True, approved=None))
    assert start is None


def _emergency(store: Engine, emergency: bool = True) -> Ticket:
    with Session(store, expire_on_commit=False) as session, session.begin():
        w = World(session, ContractKind.RETAINER)
        session.add(
            SlaTarget(contract_id=w.contract.id, priority=Priority.URGENT,
                      kind=SlaTargetKind.ARRIVAL, minutes=120)
        )  # fmt: skip
        ticket = w.ticket
        ticket.priority = Priority.URGENT
        ticket.emergency = emergency
        ticket.opened_at = REPORTED
        ticket.status = TicketStatus.IN_PROGRESS
        session.add(
            Visit(reference="V-2026-000901", ticket_id=ticket.id, site_id=w.site.id,
                  status=VisitStatus.APPROVED, requested_at=REPORTED + timedelta(minutes=20),
                  planned_start=REPORTED + timedelta(hours=1), reserved_hours=Decimal(2),
                  grace_minutes=0, approved_at=APPROVED)
        )  # fmt: skip
        return ticket


def test_d9_p2_ticket_and_queue_clocks_agree_on_the_emergency_arrival(store: Engine) -> None:
    ticket = _emergency(store)
    now = APPROVED + timedelta(minutes=5)
    with Session(store) as session:
        arrival = ticket_clocks(session, session.get_one(Ticket, ticket.id), now)[
            SlaTargetKind.ARRIVAL
        ]
    assert arrival.started_at == REPORTED and arrival.state is ClockState.RUNNING
    assert arrival.due_at == datetime(2026, 11, 17, 12, 0, tzinfo=UTC)
    with store.connect() as connection:
        rows = load_queue(connection)
        (batch,) = queue_clocks(connection, rows, now)
    assert batch is not None and batch.target.kind is SlaTargetKind.ARRIVAL
    assert batch.due_at == arrival.due_at


def test_d7_a_planned_visit_on_the_same_contract_is_due_from_approval(store: Engine) -> None:
    ticket = _emergency(store, emergency=False)
    with Session(store) as session:
        clocks = ticket_clocks(session, session.get_one(Ticket, ticket.id), APPROVED)
    assert clocks[SlaTargetKind.ARRIVAL].due_at == datetime(2026, 11, 17, 12, 40, tzinfo=UTC)


def test_d9_p2_the_ticket_pane_shows_the_arrival_due_from_the_report(
    qtbot: QtBot, store: Engine
) -> None:
    from console.views.context import DeskContext
    from console.views.ticket_pane import TicketPane

    ticket = _emergency(store)
    desk = DeskContext(store, clock=lambda: APPROVED + timedelta(minutes=5))
    pane = TicketPane(desk)
    qtbot.addWidget(pane)
    pane.show_ticket(ticket.id)
    text = pane.sla.toPlainText()
    assert "13:00" in text and "13:40" not in text, text
