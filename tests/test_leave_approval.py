"""Leaving the site: a visit is completed only with the client's approval that the engineer
may leave (who, when, a signature), from the services and the command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from builders import World
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from test_cli import run

from console.enums import ContactRole, ContractKind, VisitStatus
from console.errors import ValidationError
from console.model import Contact, Visit
from console.rules.leaving import PNG_MAGIC, LeaveApproval, check_leave_approval
from console.rules.workflow import Actor
from console.services.acting import Acting
from console.services.visits import VisitForm, advance_visit, advance_visit_to, request_visit
from console.sync.session import store_session

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
PNG = PNG_MAGIC + b"\x00\x00\x00\rIHDR-not-a-real-picture"


def test_d7_leave_approval_needs_a_name() -> None:
    with pytest.raises(ValidationError) as refused:
        check_leave_approval("  ", None, now=NOW)
    assert refused.value.field == "approved_by" and refused.value.rule == "D7"
    assert "may leave" in refused.value.message


def test_d7_leave_approval_defaults_to_now_and_is_not_before_arrival_nor_ahead() -> None:
    assert check_leave_approval(" Sanne ", None, now=NOW) == LeaveApproval("Sanne", NOW)
    arrived = NOW - timedelta(hours=2)
    with pytest.raises(ValidationError) as early:
        check_leave_approval("Sanne", arrived - timedelta(minutes=1), now=NOW, arrived_at=arrived)
    assert early.value.field == "approved_at" and "arrived" in early.value.message
    with pytest.raises(ValidationError, match="future"):
        check_leave_approval("Sanne", NOW + timedelta(hours=1), now=NOW)


def test_d7_a_signature_is_a_png_picture() -> None:
    assert check_leave_approval("Sanne", NOW, now=NOW, signature=PNG).signature == PNG
    with pytest.raises(ValidationError) as refused:
        check_leave_approval("Sanne", NOW, now=NOW, signature=b"GIF89a")
    assert refused.value.field == "signature"


def _working_visit(session: Session, now: datetime) -> Visit:
    """A visit with its engineer on site and working, arrived an hour before ``now``."""
    w = World(session, ContractKind.RETAINER)
    contact = Contact(client_id=w.client.id, name="Sanne", role=ContactRole.LOCAL_CONTACT,
                      phone="+31612345678")  # fmt: skip
    session.add(contact)
    w.site.map_url = "https://maps.example/dam1"
    session.flush()
    form = VisitForm(ticket_id=w.ticket.id, site_id=w.site.id, planned_start=now,
                     local_contact_id=contact.id, work_description="Replace the switch",
                     reserved_hours=Decimal(3), engineer_ids=[w.engineer.id])  # fmt: skip
    visit = request_visit(session, form, now - timedelta(days=3))
    steps = [VisitStatus.AVAILABILITY_CHECKED, VisitStatus.ENGINEER_PROPOSED,
             VisitStatus.APPROVED, VisitStatus.EN_ROUTE, VisitStatus.ON_SITE,
             VisitStatus.WORKING]  # fmt: skip
    for i, step in enumerate(steps):
        advance_visit(session, visit, step, Actor.DISPATCHER, now - timedelta(minutes=70 - i))
    return visit


def test_d7_completing_without_the_clients_approval_is_refused(store: Engine) -> None:
    with Session(store) as session:
        visit = _working_visit(session, NOW)
        with pytest.raises(ValidationError) as refused:
            advance_visit(session, visit, VisitStatus.COMPLETED, Actor.ENGINEER, NOW)
        assert refused.value.rule == "D7" and visit.status == VisitStatus.WORKING
        leave = LeaveApproval("Sanne de Vries", NOW - timedelta(minutes=5), PNG)
        advance_visit(session, visit, VisitStatus.COMPLETED, Actor.ENGINEER, NOW, leave=leave)
        assert visit.status == VisitStatus.COMPLETED and visit.departed_at == NOW
        assert visit.leave_approved_by_name == "Sanne de Vries"
        assert visit.leave_approved_at == NOW - timedelta(minutes=5)
        assert visit.leave_signature == PNG


def test_d7_the_window_call_records_who_and_when_in_one_transaction(store: Engine) -> None:
    sessions = partial(store_session, store)
    with Session(store) as session:
        visit_id = _working_visit(session, NOW).id
        session.commit()
    with pytest.raises(ValidationError):
        advance_visit_to(sessions, Acting(None), visit_id, VisitStatus.COMPLETED, NOW)
    advance_visit_to(sessions, Acting(None), visit_id, VisitStatus.COMPLETED, NOW,
                     approved_by="Sanne")  # fmt: skip
    with Session(store) as session:
        visit = session.get_one(Visit, visit_id)
        assert (visit.leave_approved_by_name, visit.leave_approved_at) == ("Sanne", NOW)
        assert visit.leave_signature is None


def test_d7_the_command_line_completes_a_visit_with_who_agreed_and_when(
    store: Engine, sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    with Session(store) as session:
        visit = _working_visit(session, now)
        reference, visit_id = visit.reference, visit.id
        session.commit()
    db = ("--db", str(sqlite_path))
    code, out, err = run(capsys, "visits", "step", reference, "completed", *db)
    assert code == 2 and err.count("\n") == 1 and "may leave" in err, err
    assert "Traceback" not in err and "D7" not in err
    signature = tmp_path / "sig.png"
    signature.write_bytes(PNG)
    amsterdam = (now - timedelta(minutes=10)).astimezone(ZoneInfo("Europe/Amsterdam"))
    code, out, err = run(capsys, "visits", "step", reference.lower(), "completed", *db,
                         "--approved-by", "Sanne de Vries", "--at",
                         amsterdam.strftime("%Y-%m-%d %H:%M"),
                         "--signature", str(signature))  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"{reference}: completed; may leave, agreed by Sanne de Vries"
    with Session(store) as session:
        done = session.get_one(Visit, visit_id)
        assert done.status == VisitStatus.COMPLETED
        assert done.leave_approved_at == (now - timedelta(minutes=10)).replace(second=0)
        assert done.leave_signature == PNG
    code, _, err = run(capsys, "visits", "step", reference, "working", *db, "--approved-by", "X")
    assert code == 2 and err.count("\n") == 1


def test_d7_an_engineer_completing_in_the_field_may_write_the_leave_approval() -> None:
    from console.sync.server import ENGINEER_UPDATES

    assert {"leave_approved_by_name", "leave_approved_at", "leave_signature"} <= set(
        ENGINEER_UPDATES["visits"]
    )
