"""The queue's batch of next SLA clocks agrees with the per-ticket service (C2, T6, D7, E1)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from console.enums import SlaTargetKind
from console.model import Contract, Ticket
from console.queue.clocks import queue_clocks
from console.queue.rows import load_queue
from console.rules.calendar import around_the_clock
from console.rules.sla import ClockState, Target, evaluate, next_clock, outcome_clock
from console.services.clocks import ticket_clocks

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
START = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def test_c2_batch_equals_ticket_clocks_for_every_open_ticket(demo_engine: Engine) -> None:
    engine = demo_engine
    with engine.connect() as connection:
        rows = load_queue(connection)
        batch = queue_clocks(connection, rows, NOW)
    assert len(batch) == len(rows) >= 20  # the small demo's open queue
    states = set()
    with Session(engine) as session:
        for i, raw in enumerate(rows.columns["id"]):
            ticket = session.get_one(Ticket, uuid.UUID(str(raw)))
            expected = next_clock(ticket_clocks(session, ticket, NOW).values())
            got = batch[i]
            if expected is None:
                assert got is None
                continue
            assert got is not None
            assert (got.target.kind, got.state, got.due_at, got.remaining) == (
                expected.target.kind,
                expected.state,
                expected.due_at,
                expected.remaining,
            ), ticket.reference
            states.add(got.state)
    assert {ClockState.BREACHED, ClockState.RUNNING} <= states  # the demo has both
    with engine.connect() as connection:  # taken back as they were kept (clock_memo)
        again = queue_clocks(connection, rows, NOW)
    assert [(c.target.kind, c.state, c.due_at, c.remaining) if c else None for c in again] == [
        (c.target.kind, c.state, c.due_at, c.remaining) if c else None for c in batch
    ]


def test_c2_countdown_refresh_turns_at_risk_then_breached_without_recomputing() -> None:
    target = Target(SlaTargetKind.RESPONSE, 60, around_the_clock(), at_risk_pct=75)
    clock = evaluate(target, START, [], START + timedelta(minutes=10))
    assert clock.state is ClockState.RUNNING
    assert clock.at_risk_at == START + timedelta(minutes=45)
    assert clock.state_at(START + timedelta(minutes=44)) is ClockState.RUNNING
    assert clock.state_at(START + timedelta(minutes=45)) is ClockState.AT_RISK
    assert clock.state_at(START + timedelta(minutes=61)) is ClockState.BREACHED
    # the same answers as a full recomputation at those instants
    for minutes in (44, 45, 61):
        at = START + timedelta(minutes=minutes)
        assert evaluate(target, START, [], at).state is clock.state_at(at)


def test_c2_next_clock_prefers_the_earliest_due_and_skips_met_and_not_started() -> None:
    day = around_the_clock()
    response = evaluate(Target(SlaTargetKind.RESPONSE, 60, day), START, [], NOW, met_at=START)
    resolution = evaluate(Target(SlaTargetKind.RESOLUTION, 60 * 24 * 30, day), START, [], NOW)
    arrival = evaluate(Target(SlaTargetKind.ARRIVAL, 120, day), None, [], NOW)  # D7
    assert next_clock([response, resolution, arrival]) is resolution
    assert next_clock([response, arrival]) is None
    # a response given late is breached but met: the running resolution is what is next,
    # though the response was due first
    late = evaluate(Target(SlaTargetKind.RESPONSE, 60, day), START, [], NOW,
                    met_at=START + timedelta(minutes=90))  # fmt: skip
    assert late.state is ClockState.BREACHED
    assert next_clock([late, resolution]) is resolution
    assert next_clock([late, arrival]) is None


def test_c2_a_target_met_late_stays_as_late_as_it_was_when_met() -> None:
    """A response given 30 minutes late reads "30m late" ever after: the countdown of a
    clock that has stopped does not grow with the time the queue is looked at."""
    from console.queue.filters import countdown

    day = around_the_clock()
    met = START + timedelta(minutes=90)
    response = evaluate(Target(SlaTargetKind.RESPONSE, 60, day), START, [], NOW, met_at=met)
    assert response.state is ClockState.BREACHED and response.met_at == met
    for later in (met, NOW, NOW + timedelta(days=400)):
        shown = countdown(response, later)
        assert shown is not None and shown.late and shown.span == "30m", later
    running = evaluate(Target(SlaTargetKind.RESPONSE, 60, day), START, [], NOW)
    assert countdown(running, START + timedelta(minutes=90)).span == "30m"  # type: ignore[union-attr]
    assert countdown(running, START + timedelta(minutes=150)).span == "1h 30m"  # type: ignore[union-attr]


def test_c2_a_closed_tickets_outcome_is_its_latest_miss_else_its_last_target_met() -> None:
    """A listing of history says how a closed ticket's targets ended: the one met the
    longest after it was due, else the one met last; a target never met says nothing."""
    from console.queue.filters import countdown

    day = around_the_clock()

    def met(kind: SlaTargetKind, promised: int, after: int | None) -> Any:
        at = None if after is None else START + timedelta(minutes=after)
        return evaluate(Target(kind, promised, day), START, [], NOW, met_at=at)

    response, resolution = (
        met(SlaTargetKind.RESPONSE, 60, 30),
        met(SlaTargetKind.RESOLUTION, 600, 300),
    )
    never = met(SlaTargetKind.ARRIVAL, 120, None)  # breached and still counting
    assert (response.state, resolution.state, never.state) == (
        ClockState.MET,
        ClockState.MET,
        ClockState.BREACHED,
    )
    assert outcome_clock([response, resolution, never]) is resolution
    late_response = met(SlaTargetKind.RESPONSE, 60, 90)  # 30 minutes late
    late_resolution = met(SlaTargetKind.RESOLUTION, 120, 300)  # 3 hours late
    assert outcome_clock([resolution, late_response]) is late_response
    assert outcome_clock([late_response, late_resolution, never]) is late_resolution
    assert outcome_clock([never]) is None and outcome_clock([]) is None
    # met in time counts nothing down; met late reads as late as it was then
    assert countdown(resolution, NOW) is None
    shown = countdown(late_resolution, NOW + timedelta(days=30))
    assert shown is not None and shown.late and shown.span == "3h 00m"


def test_saved_filters_count_nothing_before_the_queue_is_loaded() -> None:
    from datetime import UTC, datetime

    from console.queue.filters import QueueFacts, SavedFilter, filter_counts
    from console.queue.rows import QueueRows

    # the window's minute timer may tick while the first load is still running
    counts = filter_counts(QueueRows(), QueueFacts(user_id="someone"), datetime.now(UTC))
    assert counts == dict.fromkeys(SavedFilter, 0)


def test_c2_batch_follows_a_row_whose_contract_is_no_longer_in_the_store(
    demo_engine: Engine,
) -> None:
    """Rows read before a ticket moved to another contract still get that contract's clocks:
    the batch reads terms it did not expect instead of failing or dropping the SLA."""
    with Session(demo_engine) as session:
        open_contracts = set(
            session.scalars(select(Ticket.contract_id).where(Ticket.status != "closed"))
        )
        other = session.scalars(
            select(Contract).where(Contract.id.not_in(open_contracts)).order_by(Contract.id)
        ).first()
        assert other is not None
        ticket = session.scalars(
            select(Ticket).where(Ticket.status != "closed").order_by(Ticket.opened_at)
        ).first()
        assert ticket is not None
        was = (ticket.contract_id, ticket.client_id, ticket.id)
        ticket.contract_id, ticket.client_id = other.id, other.client_id
        session.flush()
        expected = next_clock(ticket_clocks(session, ticket, NOW).values())
        session.commit()
    with demo_engine.connect() as connection:
        rows = load_queue(connection)  # read while the ticket is on the other contract
    with demo_engine.begin() as connection:  # ...then it moves back
        connection.execute(
            update(Ticket).where(Ticket.id == was[2]).values(contract_id=was[0], client_id=was[1])
        )
    with demo_engine.connect() as connection:
        batch = queue_clocks(connection, rows, NOW)
    row = next(i for i, raw in enumerate(rows.columns["id"]) if uuid.UUID(str(raw)) == was[2])
    got = batch[row]
    assert expected is not None and got is not None
    assert (got.target.kind, got.state, got.due_at) == (
        expected.target.kind,
        expected.state,
        expected.due_at,
    )


def _shown(clock: Any) -> Any:
    return None if clock is None else (clock.target.kind, clock.due_at, clock.state)


def test_c2_a_clients_own_closing_day_moves_only_its_own_clocks(demo_engine: Engine) -> None:
    """A client's own closing days are its own in the batch: closed for a fortnight, its
    clocks move, another client in the same place keeps its, and every ticket's batch
    clock equals its own (C2)."""
    from datetime import date

    from console.model import Client, Closure

    with demo_engine.connect() as connection:
        rows = load_queue(connection)
        before = dict(zip(rows.columns["id"], queue_clocks(connection, rows, NOW), strict=True))
    owners = dict(zip(rows.columns["id"], rows.columns["client_id"], strict=True))
    with Session(demo_engine) as session:
        clients = list(owners.values())
        running = sorted(
            owners[k] for k, c in before.items() if c is not None and c.at_risk_at is not None
        )  # a client whose clocks run: a closing day ahead moves them
        closed = session.get_one(Client, uuid.UUID(str(max(running, key=running.count))))
        alike = {
            c.id.hex
            for c in session.scalars(
                select(Client).where(
                    Client.time_zone == closed.time_zone,
                    Client.country == closed.country,
                    Client.id != closed.id,
                )
            )
        }
        assert alike & set(clients)  # another client of the queue in the same place
        closed_id = closed.id.hex
        for day in range(16, 31):  # the week before and the days ahead
            session.add(Closure(client_id=closed.id, day=date(2026, 11, day), reason="Move"))
        session.commit()
    with demo_engine.connect() as connection:
        rows = load_queue(connection)
        batch = dict(zip(rows.columns["id"], queue_clocks(connection, rows, NOW), strict=True))
    moved = {owners[k] for k in batch if _shown(batch[k]) != _shown(before[k])}
    assert moved == {closed_id}
    with Session(demo_engine) as session:
        for raw, got in batch.items():
            ticket = session.get_one(Ticket, uuid.UUID(str(raw)))
            expected = next_clock(ticket_clocks(session, ticket, NOW).values())
            assert _shown(got) == _shown(expected), ticket.reference
