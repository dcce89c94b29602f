"""Several tickets changed at once (issue 21): the same rules as for one ticket (T4, T5),
all or nothing, from the service, the command line and the queue's multi-selection."""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

import pytest
from conftest import run_cli
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import TicketStatus
from console.errors import ValidationError
from console.model import Ticket, User
from console.services.acting import Acting
from console.services.bulk_tickets import (
    BulkRefusedError,
    Field,
    change_tickets,
    take_back,
)
from console.sync.session import store_session


def _user(engine: Engine, username: str) -> User:
    with Session(engine) as session:
        found = session.scalars(select(User).where(User.username == username)).one()
        session.expunge(found)
        return found


def _tickets(engine: Engine, status: TicketStatus, n: int) -> list[Ticket]:
    with Session(engine) as session:
        found = list(
            session.scalars(
                select(Ticket).where(Ticket.status == status.value).order_by(Ticket.reference)
            ).all()[:n]
        )
        for t in found:
            session.expunge(t)
        return found


def _fields(engine: Engine, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, Any]]:
    with Session(engine) as session:
        return {
            t.id: (str(t.priority), str(t.status), t.assignee_id)
            for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))
        }


def _now() -> Any:
    from conftest import DEMO_NOW

    return DEMO_NOW


def test_t4_a_dispatcher_sets_the_priority_of_three_tickets_and_takes_it_back(
    demo_engine: Engine,
) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    tickets = _tickets(demo_engine, TicketStatus.AWAITING_REPLY, 3)
    ids = [t.id for t in tickets]
    before = _fields(demo_engine, ids)
    done = change_tickets(sessions, anna, ids, Field.PRIORITY, "urgent", _now())
    assert {c.ticket_id for c in done.changes} == set(ids)
    assert all(v[0] == "urgent" for v in _fields(demo_engine, ids).values())
    undone = take_back(sessions, anna, done, _now())
    assert _fields(demo_engine, ids) == before
    redone = take_back(sessions, anna, undone, _now())  # redo: the change again
    assert all(v[0] == "urgent" for v in _fields(demo_engine, ids).values())
    assert len(redone.changes) == 3


def test_t5_one_refused_ticket_changes_none_and_is_named(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    movable = _tickets(demo_engine, TicketStatus.IN_PROGRESS, 2)
    stuck = _tickets(demo_engine, TicketStatus.ACCEPTANCE, 1)[0]  # acceptance cannot go on hold
    ids = [movable[0].id, stuck.id, movable[1].id]
    before = _fields(demo_engine, ids)
    with pytest.raises(BulkRefusedError) as refused:
        change_tickets(sessions, anna, ids, Field.STATUS, "on_hold", _now())
    assert refused.value.field == stuck.reference
    assert "cannot go from acceptance to on hold" in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert _fields(demo_engine, ids) == before  # all or nothing


def test_t4_an_engineer_may_not_set_priorities_or_assign(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    engineer = Acting(_user(demo_engine, "eng001").id)
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.OPEN, 2)]
    before = _fields(demo_engine, ids)
    with pytest.raises(BulkRefusedError, match="may not set a ticket's priority"):
        change_tickets(sessions, engineer, ids, Field.PRIORITY, "low", _now())
    marco = _user(demo_engine, "desk.marco").id
    with pytest.raises(BulkRefusedError, match="may not set a ticket's priority or assignee"):
        change_tickets(sessions, engineer, ids, Field.ASSIGNEE, marco.hex, _now())
    assert _fields(demo_engine, ids) == before


def test_take_back_is_refused_once_someone_changed_the_ticket(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    marco = Acting(_user(demo_engine, "desk.marco").id)
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.OPEN, 2)]
    done = change_tickets(sessions, anna, ids, Field.ASSIGNEE, marco.user_id.hex, _now())
    change_tickets(sessions, marco, ids[1:], Field.PRIORITY, "low", _now())  # Marco meanwhile
    after = _fields(demo_engine, ids)
    with pytest.raises(BulkRefusedError) as refused:
        take_back(sessions, anna, done, _now())
    assert "was changed since" in str(refused.value)
    assert _fields(demo_engine, ids) == after


def test_closing_in_bulk_wants_the_resolution(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.IN_PROGRESS, 2)]
    with pytest.raises(ValidationError, match="resolution"):
        change_tickets(sessions, anna, ids, Field.STATUS, "closed", _now())
    done = change_tickets(sessions, anna, ids, Field.STATUS, "closed", _now(), "Patched both")
    assert len(done.changes) == 2
    assert {v[1] for v in _fields(demo_engine, ids).values()} == {"closed"}


def test_cli_bulk_assigns_moves_and_refuses_in_one_line(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(demo_engine.url.database))
    refs = [t.reference for t in _tickets(demo_engine, TicketStatus.OPEN, 3)]
    code, out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--assign", "Marco Ruiz")
    assert code == 0, err
    assert f"{refs[0]}: assignee " in out and "-> Marco Ruiz" in out
    assert out.strip().endswith("3 changed, 0 already so")
    code, out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--priority", "high")
    assert code == 0, err
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.OPEN, 3)]
    assert {v[0] for v in _fields(demo_engine, ids).values()} == {"high"}
    stuck = _tickets(demo_engine, TicketStatus.ACCEPTANCE, 1)[0].reference
    code, out, err = run_cli(capsys, "tickets", "bulk", refs[0], stuck, *db, "--status", "on_hold")
    assert code == 2 and err.count("\n") == 1 and stuck in err and "nothing was changed" in err
    assert {v[1] for v in _fields(demo_engine, ids).values()} == {"open"}
    code, _out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--assign", "nobody here")
    assert code == 2 and "assign" in err and err.count("\n") == 1
    code, _out, err = run_cli(capsys, "tickets", "bulk", *refs, *db)
    assert code == 2  # says what to change
