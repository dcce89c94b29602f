"""Visits over the store: request with checks, D7 steps, engineer fit and moves."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from builders import MON, World
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import ContactRole, ContractKind, SkillLevel, VisitStatus
from console.errors import UserError
from console.model import Contact, Engineer, Leave, VisitOverride
from console.rules.leaving import LeaveApproval
from console.rules.workflow import Actor, WorkflowError
from console.services.visits import (
    VisitForm,
    VisitRefusedError,
    advance_visit,
    check_form,
    check_move,
    move_visit,
    request_visit,
    suggest_engineers,
)

NOW = MON - timedelta(days=3)


def _world(session: Session) -> tuple[World, Contact]:
    w = World(session, ContractKind.RETAINER)
    contact = Contact(client_id=w.client.id, name="Sanne", role=ContactRole.LOCAL_CONTACT,
                      phone="+31612345678")  # fmt: skip
    session.add(contact)
    w.site.map_url = "https://maps.example/dam1"
    session.flush()
    return w, contact


def _form(w: World, contact: Contact | None, **kw: object) -> VisitForm:
    fields: dict[str, object] = {
        "ticket_id": w.ticket.id, "site_id": w.site.id, "planned_start": MON,
        "local_contact_id": contact.id if contact else None,
        "work_description": "Replace the switch", "reserved_hours": Decimal(3),
    }  # fmt: skip
    fields.update(kw)
    return VisitForm(**fields)  # type: ignore[arg-type]


def test_d5_no_local_contact_blocks_until_a_reason_is_recorded(store: Engine) -> None:
    with Session(store) as session:
        w, _ = _world(session)
        form = _form(w, None)
        with pytest.raises(VisitRefusedError) as refused:
            request_visit(session, form, NOW)
        assert [f.rule for f in refused.value.findings] == ["D5"]
        form.overrides = {"D5": "client insists, reception lets us in"}
        visit = request_visit(session, form, NOW)
        assert visit.status == VisitStatus.REQUESTED and visit.reference.startswith("V-2026-")
        (override,) = session.scalars(
            select(VisitOverride).where(VisitOverride.visit_id == visit.id)
        )
        assert override.rule == "D5" and "insists" in override.reason
        with pytest.raises(UserError, match="D1"):
            request_visit(session, _form(w, None, overrides={"D1": "x", "D5": "y"}), NOW)


def test_d2_rush_flag_and_d3_default_reservation_are_saved(store: Engine) -> None:
    with Session(store) as session:
        w, contact = _world(session)
        form = _form(w, contact, reserved_hours=None)
        findings = check_form(session, form, MON - timedelta(hours=5))
        assert {f.rule for f in findings} >= {"D2", "D3"}
        visit = request_visit(session, form, MON - timedelta(hours=5))
        assert visit.rush and visit.reserved_hours is None and visit.grace_minutes == 30


def test_d7_steps_stamp_approval_arrival_and_departure(store: Engine) -> None:
    with Session(store) as session:
        w, contact = _world(session)
        visit = request_visit(session, _form(w, contact, engineer_ids=[w.engineer.id]), NOW)
        with pytest.raises(WorkflowError):
            advance_visit(session, visit, VisitStatus.ON_SITE, Actor.DISPATCHER, NOW)
        steps = [VisitStatus.AVAILABILITY_CHECKED, VisitStatus.ENGINEER_PROPOSED,
                 VisitStatus.APPROVED, VisitStatus.EN_ROUTE, VisitStatus.ON_SITE,
                 VisitStatus.WORKING, VisitStatus.COMPLETED]  # fmt: skip
        for i, step in enumerate(steps[:-1]):
            advance_visit(session, visit, step, Actor.DISPATCHER, MON + timedelta(minutes=i))
        leave = LeaveApproval("Sanne", MON + timedelta(minutes=6))
        advance_visit(session, visit, steps[-1], Actor.DISPATCHER, MON + timedelta(minutes=6),
                      leave=leave)  # fmt: skip
        assert visit.leave_approved_by_name == "Sanne"
        assert visit.approved_at == MON + timedelta(minutes=2)  # D7: the arrival clock
        assert visit.arrived_at == MON + timedelta(minutes=4)
        assert visit.departed_at == MON + timedelta(minutes=6)
        assert len(visit.history) == 8


def test_moves_are_checked_double_booking_leave_and_skill(store: Engine) -> None:
    with Session(store) as session:
        w, contact = _world(session)
        first = request_visit(session, _form(w, contact, engineer_ids=[w.engineer.id]), NOW)
        second = request_visit(
            session, _form(w, contact, planned_start=MON + timedelta(days=1)), NOW
        )
        clash = check_move(session, second, w.engineer.id, MON + timedelta(hours=1))
        assert [f.rule for f in clash] == ["D1"] and "double-booked" in clash[0].message
        with pytest.raises(VisitRefusedError):
            move_visit(session, second, w.engineer.id, MON + timedelta(hours=1))
        assert second.planned_start == MON + timedelta(days=1)  # nothing changed
        session.add(Leave(engineer_id=w.engineer.id, start_date=date(2026, 11, 18),
                          end_date=date(2026, 11, 18)))  # fmt: skip
        junior = Engineer(name="Piet", home_time_zone="Europe/Amsterdam",
                          skill_level=SkillLevel.ENTRY)  # fmt: skip
        session.add(junior)
        session.flush()
        on_leave = check_move(session, second, w.engineer.id, MON + timedelta(days=2))
        assert [f.rule for f in on_leave] == ["D10"]
        below = check_move(session, second, junior.id, MON + timedelta(days=1))
        assert [f.rule for f in below] == ["D4"]
        warnings = move_visit(session, second, w.engineer.id, MON + timedelta(days=1))
        assert warnings == [] and second.engineers[0].engineer_id == w.engineer.id
        late = check_move(session, second, w.engineer.id, MON + timedelta(days=1, hours=10))
        assert [(f.severity.value, f.rule) for f in late] == [("warning", "C10")]
        assert first.status == VisitStatus.REQUESTED


def test_d10_suggestions_put_the_assigned_engineer_first_with_reasons(store: Engine) -> None:
    with Session(store) as session:
        w, contact = _world(session)
        other = Engineer(name="Aaron", home_time_zone="Europe/Amsterdam")
        session.add(other)
        w.client.assigned_engineer_id = w.engineer.id
        session.flush()
        ranked = suggest_engineers(session, _form(w, contact), NOW)
        assert [c.engineer.name for c in ranked][:2] == ["Jan", "Aaron"]
        assert any("assigned engineer" in str(r) for r in ranked[0].reasons)  # D10
