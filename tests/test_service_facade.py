"""The window's services (issue 18): ids and the acting user in, one transaction each,
plain data out; a write only some roles may make asks the store who acts."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

import pytest
from builders import MON, World
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import (
    ContractKind,
    LeaveKind,
    NoteKind,
    Role,
    SkillLevel,
    TicketStatus,
    VisitStatus,
)
from console.errors import UserError, ValidationError
from console.model import Engineer, Leave, Note, TimeEntry, User, Visit, VisitEngineer
from console.services.acting import Acting, Sessions, acting_role
from console.services.board import board_for
from console.services.roster import NewLeave, engineer_card, roster_rows, save_engineer
from console.services.ticket_detail import detail_of, history_of, move_ticket, write_note
from console.services.timekeeping import (
    approve_entries,
    log_time,
    pending_list,
    run_cutoff,
    time_form_start,
)
from console.services.visits import move_visit_to, visit_form_start
from console.sync.session import store_session


def _no_orm_objects(value: Any, seen: set[int] | None = None) -> None:
    """Fail if a returned value holds a mapped object anywhere inside it."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    assert not hasattr(value, "_sa_instance_state"), f"an ORM object came back: {value!r}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _no_orm_objects(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for k, v in value.items():
            _no_orm_objects(k, seen)
            _no_orm_objects(v, seen)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _no_orm_objects(item, seen)


@pytest.fixture
def world(store: Engine) -> dict[str, Any]:
    """A ticket with a visit and an entry, a dispatcher and an engineer who can sign in."""
    with Session(store) as session, session.begin():
        w = World(session, ContractKind.ON_DEMAND)
        desk = User(username="desk", display_name="Desk", role=Role.DISPATCHER)
        jan = User(username="jan", display_name="Jan", role=Role.ENGINEER)
        session.add_all([desk, jan])
        visit = w.visit("V-2026-000001", VisitStatus.APPROVED)
        visit.engineers.append(VisitEngineer(engineer_id=w.engineer.id, role="lead"))
        entry = w.work(MON - timedelta(days=1), 2, approved=False)
        session.flush()
        return {
            "ticket": w.ticket.id, "engineer": w.engineer.id, "visit": visit.id,
            "entry": entry.id, "desk": desk.id, "jan": jan.id,
        }  # fmt: skip


def _sessions(engine: Engine, user_id: uuid.UUID | None) -> Sessions:
    return partial(store_session, engine, user_id=user_id, expire_on_commit=False)


def test_reads_come_back_as_plain_data(store: Engine, world: dict[str, Any]) -> None:
    sessions = _sessions(store, world["desk"])
    acting = Acting(world["desk"], Role.DISPATCHER)
    now = MON + timedelta(hours=1)
    answers = [
        board_for(sessions, MON - timedelta(days=1), MON + timedelta(days=6)),
        roster_rows(sessions, now),
        engineer_card(sessions, world["engineer"], now.date()),
        detail_of(sessions, acting, world["ticket"], now),
        history_of(sessions, world["ticket"]),
        pending_list(sessions),
        time_form_start(sessions, world["ticket"]),
        visit_form_start(sessions, world["ticket"]),
    ]
    for answer in answers:
        _no_orm_objects(answer)
    pending = answers[5]
    assert [p.id for p in pending] == [world["entry"]]
    assert pending[0].hours == Decimal(2) and pending[0].waits_for_provider


def test_an_unknown_ticket_is_refused_in_words(store: Engine) -> None:
    with pytest.raises(UserError, match="does not exist"):
        time_form_start(_sessions(store, None), uuid.uuid4())


def test_e5_the_store_says_who_approves_not_the_window(
    store: Engine, world: dict[str, Any]
) -> None:
    # an engineer whose window claims to be the desk is still an engineer to the service
    claims_desk = Acting(world["jan"], Role.DISPATCHER)
    sessions = _sessions(store, world["jan"])
    with pytest.raises(UserError, match="only the desk"):
        approve_entries(sessions, claims_desk, [world["entry"]], MON)
    with pytest.raises(UserError, match="only the desk"):
        run_cutoff(sessions, claims_desk, MON + timedelta(days=3))
    with Session(store) as session:
        entry = session.get_one(TimeEntry, world["entry"])
        assert entry.provider_approved_at is None and not entry.locked
    desk = Acting(world["desk"], Role.DISPATCHER)
    assert approve_entries(_sessions(store, world["desk"]), desk, [world["entry"]], MON) == 1
    with Session(store) as session:
        assert session.get_one(TimeEntry, world["entry"]).provider_approved_by == world["desk"]


def test_e5_approval_of_several_entries_is_all_or_nothing(
    store: Engine, world: dict[str, Any]
) -> None:
    desk = Acting(world["desk"], Role.DISPATCHER)
    with pytest.raises(UserError, match="does not exist"):
        approve_entries(_sessions(store, world["desk"]), desk, [world["entry"], uuid.uuid4()], MON)
    with Session(store) as session:
        assert session.get_one(TimeEntry, world["entry"]).provider_approved_at is None


def test_d4_d10_only_the_desk_edits_an_engineers_skills_and_leave(
    store: Engine, world: dict[str, Any]
) -> None:
    edit = {
        "skill_level": SkillLevel.SPECIALIST, "skills": ["cisco"], "languages": ["nl"],
        "new_leave": NewLeave(date(2027, 2, 1), date(2027, 2, 5), LeaveKind.VACATION),
    }  # fmt: skip
    jan = Acting(world["jan"], Role.DISPATCHER)
    with pytest.raises(ValidationError, match="engineer may not change engineers"):
        save_engineer(_sessions(store, world["jan"]), jan, world["engineer"], **edit)
    with Session(store) as session:
        assert session.get_one(Engineer, world["engineer"]).skills == []
        assert session.query(Leave).count() == 0
    desk = Acting(world["desk"], Role.DISPATCHER)
    save_engineer(_sessions(store, world["desk"]), desk, world["engineer"], **edit)
    card = engineer_card(_sessions(store, None), world["engineer"], MON.date())
    assert card.skills == ("cisco",) and card.skill_level is SkillLevel.SPECIALIST
    assert [(v.start, v.kind) for v in card.leave] == [(date(2027, 2, 1), LeaveKind.VACATION)]


def test_d10_leave_ending_before_it_starts_writes_nothing(
    store: Engine, world: dict[str, Any]
) -> None:
    desk = Acting(world["desk"], Role.DISPATCHER)
    backwards = NewLeave(date(2027, 2, 5), date(2027, 2, 1), LeaveKind.VACATION)
    with pytest.raises(ValidationError):
        save_engineer(_sessions(store, world["desk"]), desk, world["engineer"],
                      skill_level=SkillLevel.SPECIALIST, skills=["cisco"], languages=[],
                      new_leave=backwards)  # fmt: skip
    with Session(store) as session:  # the skills of the same call were not kept either
        assert session.get_one(Engineer, world["engineer"]).skills == []


def test_t6_a_note_and_a_status_move_each_in_their_own_transaction(
    store: Engine, world: dict[str, Any]
) -> None:
    sessions = _sessions(store, world["desk"])
    desk = Acting(world["desk"], Role.DISPATCHER)
    write_note(sessions, desk, world["ticket"], "On our way", NoteKind.CLIENT, MON)
    move_ticket(sessions, desk, world["ticket"], TicketStatus.AWAITING_REPLY, MON)
    detail = detail_of(sessions, desk, world["ticket"], MON)
    assert detail.status is TicketStatus.AWAITING_REPLY and detail.notes[-1][2] == "On our way"
    with Session(store) as session:
        assert session.query(Note).one().author_id == world["desk"]


def test_d7_a_refused_move_writes_nothing_and_an_accepted_one_says_its_reference(
    store: Engine, world: dict[str, Any]
) -> None:
    sessions = _sessions(store, world["desk"])
    desk = Acting(world["desk"], Role.DISPATCHER)
    moved = move_visit_to(
        sessions, desk, world["visit"], world["engineer"], MON + timedelta(days=1)
    )
    assert moved.reference == "V-2026-000001" and moved.id == world["visit"]
    _no_orm_objects(moved)
    with Session(store) as session:
        session.get_one(Visit, world["visit"]).status = VisitStatus.ON_SITE
        session.commit()
    with pytest.raises(UserError):
        move_visit_to(sessions, desk, world["visit"], world["engineer"], MON + timedelta(days=2))
    with Session(store) as session:
        assert session.get_one(Visit, world["visit"]).planned_start == MON + timedelta(days=1)


def test_without_a_stored_user_the_given_role_counts(store: Engine, world: dict[str, Any]) -> None:
    with Session(store) as session:
        assert acting_role(session, Acting(None, Role.ENGINEER)) is Role.ENGINEER
        assert acting_role(session, Acting(world["jan"], Role.ADMIN)) is Role.ENGINEER
        session.get_one(User, world["jan"]).active = False
        session.flush()
        with pytest.raises(UserError, match="no longer active"):
            acting_role(session, Acting(world["jan"], Role.ENGINEER))


def test_time_is_logged_in_one_call_and_comes_back_as_an_id(
    store: Engine, world: dict[str, Any]
) -> None:
    desk = Acting(world["desk"], Role.DISPATCHER)
    entry_id = log_time(
        _sessions(store, world["desk"]), desk, ticket_id=world["ticket"],
        engineer_id=world["engineer"], started_at=MON, ended_at=MON + timedelta(hours=1),
        now=MON + timedelta(hours=2), visit_id=world["visit"],
    )  # fmt: skip
    assert isinstance(entry_id, uuid.UUID)
    with Session(store) as session:
        assert session.get_one(TimeEntry, entry_id).visit_id == world["visit"]
