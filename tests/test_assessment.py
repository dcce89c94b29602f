"""An Express emergency's free technical assessment (E1) and the guarantee hours it sets
(E2): the rules, the service over the store, the command line and the ticket pane."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from builders import APPROVED, MON, World
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from test_cli import run

from console.enums import ContractKind, InvoiceKind, Phase, Priority, Role, SlaTargetKind
from console.errors import ValidationError
from console.model import Assessment, SlaTarget, Ticket, TimeEntry, User
from console.rules.assessment import AssessmentAnswer, check_assessment, read_estimate
from console.rules.sla import ClockState
from console.services.acting import Acting
from console.services.assessments import assessment_of, record_assessment
from console.services.clocks import ticket_clocks
from console.services.emergency import bill_emergency
from console.sync.session import store_session

OPENED = MON - timedelta(days=1)  # the World's ticket opening
ANSWER = AssessmentAnswer(True, " Sure: seen it twice ", "medium", 90, 240, Decimal(2))
EXPRESS = {"express_rate": Decimal("180.00"), "on_demand_rate": Decimal("140.00")}


def _checked(answer: AssessmentAnswer = ANSWER, **kw: object) -> AssessmentAnswer:
    given: dict[str, object] = {
        "express": True, "opened_at": OPENED, "answered_at": OPENED + timedelta(minutes=40),
        "now": MON,
    }  # fmt: skip
    given.update(kw)
    return check_assessment(answer, **given)  # type: ignore[arg-type]


def _refused(field: str, rule: str, answer: AssessmentAnswer = ANSWER, **kw: object) -> str:
    with pytest.raises(ValidationError) as refused:
        _checked(answer, **kw)
    assert (refused.value.field, refused.value.rule) == (field, rule)
    return refused.value.message


def test_e1_an_answer_says_can_we_fix_it_how_sure_the_risk_and_both_times() -> None:
    kept = _checked()
    assert kept.uncertainty == "Sure: seen it twice" and kept.guarantee_hours == 2
    assert "Express" in _refused("ticket", "E1", express=False)
    assert _refused("uncertainty", "E1", AssessmentAnswer(True, "  ", "low", 60, 60))
    assert _refused("risk", "E1", AssessmentAnswer(True, "x", "huge", 60, 60))
    restore = _refused("restore_minutes", "E1", AssessmentAnswer(True, "x", "low", None, 60))
    assert "restore service" in restore
    assert "cause" in _refused("fix_minutes", "E1", AssessmentAnswer(True, "x", "low", 60, None))
    # what cannot be fixed needs no estimate
    assert _checked(AssessmentAnswer(False, "vendor bug", "high", None, None)).can_fix is False
    assert _refused("fix_minutes", "E1", AssessmentAnswer(True, "x", "low", 60, 0))


def test_e1_the_answer_comes_after_the_call_and_not_ahead_of_the_clock() -> None:
    assert "before" in _refused("answered_at", "E1", answered_at=OPENED - timedelta(minutes=1))
    assert "future" in _refused("answered_at", "E1", answered_at=MON + timedelta(minutes=10))


def test_e2_guarantee_hours_are_1_to_8_and_fixed_once_billed() -> None:
    for hours in (Decimal("0.5"), Decimal(9)):
        over = AssessmentAnswer(True, "x", "low", 60, 60, hours)
        _refused("guarantee_hours", "E2", over)
    billed = _checked()
    assert _checked(AssessmentAnswer(True, "surer now", "low", 60, 60, Decimal(2)), billed=billed)
    more = AssessmentAnswer(True, "x", "low", 60, 60, Decimal(3))
    assert "billed" in _refused("guarantee_hours", "E2", more, billed=billed)
    waived = AssessmentAnswer(True, "x", "low", 60, 60, Decimal(2), guarantee_waived=True)
    _refused("guarantee_hours", "E2", waived, billed=billed)


def test_e1_estimates_are_typed_as_hours_and_minutes() -> None:
    assert [read_estimate(t, "f") for t in ("4h", "1h30m", "90m", "90", "1h 30 min", " ")] == [
        240, 90, 90, 90, 90, None,
    ]  # fmt: skip
    with pytest.raises(ValidationError, match="4h, 1h30m or 90m") as refused:
        read_estimate("2 days", "--fix")
    assert refused.value.field == "--fix"


@pytest.fixture
def emergency(store: Engine) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """An Express emergency opened a day before MON; a dispatcher and an engineer user."""
    with Session(store) as session:
        w = World(session, ContractKind.EXPRESS, **EXPRESS)
        w.ticket.emergency = True
        w.ticket.priority = Priority.URGENT
        session.add(SlaTarget(contract_id=w.contract.id, priority=Priority.URGENT,
                              kind=SlaTargetKind.ASSESSMENT, minutes=60))  # fmt: skip
        desk = User(username="anna", display_name="Anna", role=Role.DISPATCHER)
        field = User(username="jan", display_name="Jan", role=Role.ENGINEER,
                     engineer_id=w.engineer.id)  # fmt: skip
        session.add_all([desk, field])
        session.commit()
        return w.ticket.id, desk.id, field.id


def test_e1_e7_recording_the_answer_meets_the_assessment_clock(
    store: Engine, emergency: tuple[uuid.UUID, uuid.UUID, uuid.UUID]
) -> None:
    ticket_id, desk, _ = emergency
    sessions = partial(store_session, store)
    before = assessment_of(sessions, ticket_id)
    assert before.express and before.answer is None and before.due_at == OPENED + timedelta(hours=1)
    answered = OPENED + timedelta(minutes=35)
    done = record_assessment(sessions, Acting(desk), ticket_id, ANSWER, answered, MON)
    assert done.answered_at == answered and done.expert == "Anna"
    with Session(store) as session:  # E7: the client has no NDA on file
        assert session.scalars(select(Assessment.nda_accepted_default)).one() is True
    assert done.answer is not None and done.answer.uncertainty == "Sure: seen it twice"
    with Session(store) as session:
        ticket = session.get_one(Ticket, ticket_id)
        clock = ticket_clocks(session, ticket, MON)[SlaTargetKind.ASSESSMENT]
        assert clock.met_at == answered and clock.state is ClockState.MET
    # corrected later: still one assessment, the new words kept
    again = AssessmentAnswer(False, "vendor bug after all", "high", None, None, Decimal(2))
    record_assessment(sessions, Acting(desk), ticket_id, again, answered, MON)
    with Session(store) as session:
        assert session.scalar(select(func.count()).select_from(Assessment)) == 1


def _assessment_id(session: Session) -> uuid.UUID:
    return session.scalars(select(Assessment.id)).one()


def _work(session: Session, ticket_id: uuid.UUID) -> None:
    """An approved hour restoring the service, on MON."""
    ticket = session.get_one(Ticket, ticket_id)
    engineer = session.scalars(select(User.engineer_id).where(User.username == "jan")).one()
    end = MON + timedelta(hours=1)
    session.add(TimeEntry(ticket_id=ticket.id, engineer_id=engineer, started_at=MON, ended_at=end,
                          phase=Phase.RESTORE, **APPROVED))  # fmt: skip
    session.flush()


def test_e2_the_guarantee_the_expert_sets_is_what_the_close_bills(
    store: Engine, emergency: tuple[uuid.UUID, uuid.UUID, uuid.UUID]
) -> None:
    ticket_id, desk, _ = emergency
    sessions = partial(store_session, store)
    three = AssessmentAnswer(True, "sure", "low", 60, 120, Decimal(3))
    record_assessment(sessions, Acting(desk), ticket_id, three, OPENED + timedelta(minutes=20), MON)
    with Session(store) as session, session.begin():
        _work(session, ticket_id)
        run_ = bill_emergency(session, ticket_id)
        guarantee = run_.of_kind(InvoiceKind.GUARANTEE)
        assert guarantee is not None and [ln.amount for ln in guarantee.lines] == [
            Decimal("540.00")
        ]
    # paid up front and not refunded: the hours no longer change, the words still may
    with pytest.raises(ValidationError, match="billed"):
        record_assessment(sessions, Acting(desk), ticket_id, ANSWER, OPENED, MON)
    surer = AssessmentAnswer(True, "certain now", "low", 60, 120, Decimal(3))
    done = record_assessment(sessions, Acting(desk), ticket_id, surer, OPENED, MON)
    assert done.guarantee_billed and done.answer and done.answer.uncertainty == "certain now"


def test_e2_a_waived_guarantee_is_not_billed(
    store: Engine, emergency: tuple[uuid.UUID, uuid.UUID, uuid.UUID]
) -> None:
    ticket_id, desk, _ = emergency
    sessions = partial(store_session, store)
    waived = AssessmentAnswer(True, "sure", "low", 60, 120, Decimal(1), guarantee_waived=True)
    record_assessment(sessions, Acting(desk), ticket_id, waived, OPENED, MON)
    with Session(store) as session, session.begin():
        _work(session, ticket_id)
        assert bill_emergency(session, ticket_id).of_kind(InvoiceKind.GUARANTEE) is None


def test_e1_an_engineer_does_not_record_it_and_nothing_is_written(
    store: Engine, emergency: tuple[uuid.UUID, uuid.UUID, uuid.UUID]
) -> None:
    ticket_id, _, engineer = emergency
    with pytest.raises(ValidationError, match="may not record"):
        record_assessment(partial(store_session, store), Acting(engineer), ticket_id, ANSWER,
                          OPENED, MON)  # fmt: skip
    with Session(store) as session:
        assert session.scalar(select(func.count()).select_from(Assessment)) == 0


def test_e1_the_command_line_records_it_and_names_the_option_it_refuses(
    store: Engine,
    emergency: tuple[uuid.UUID, uuid.UUID, uuid.UUID],
    sqlite_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ticket_id, _, _ = emergency
    with Session(store) as session:  # opened just now: the answer falls within the hour
        ticket = session.get_one(Ticket, ticket_id)
        reference = ticket.reference
        ticket.opened_at = datetime.now(UTC) - timedelta(minutes=10)
        session.commit()
    db = ("--db", str(sqlite_path), "--as", "anna")
    typed = ("tickets", "assess", reference, "--can-fix", "yes", "--certainty", "sure",
             "--risk", "low")  # fmt: skip
    code, out, err = run(capsys, *typed, *db)
    assert code == 2 and not out and err.count("\n") == 1
    assert "--restore: give the estimated time to restore service" in err and "E1" not in err
    code, out, err = run(capsys, *typed, "--restore", "1h30m", "--fix", "4h",
                         "--guarantee-hours", "2,5", *db)  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"{reference}: assessed ") and "within the hour" in out
    assert out.strip().endswith(
        "guarantee 2.5 h; no NDA on file: the provider's default NDA applies"
    )
    code, _, err = run(capsys, *typed, "--restore", "1h", "--fix", "1h", "--guarantee-hours", "9",
                       *db)  # fmt: skip
    assert code == 2 and "--guarantee-hours: must be between 1 and 8" in err
    code, _, err = run(capsys, *typed, "--restore", "soon", *db)
    assert code == 2 and "--restore: 'soon' is not a time such as 4h" in err
    with Session(store) as session:
        kept = session.scalars(select(Assessment)).one()
        assert (kept.restore_estimate_minutes, kept.fix_estimate_minutes) == (90, 240)
        assert kept.guarantee_hours == Decimal("2.5")
    # corrected without its hours: the 2.5 set before stay
    assert run(capsys, *typed, "--restore", "2h", "--fix", "4h", *db)[0] == 0
    code, out, _ = run(capsys, "tickets", "show", reference, *db)
    (line,) = [line for line in out.splitlines() if line.startswith("assessment: ")]
    assert line.endswith(": can fix; risk low; restore 2h; cause 4h; guarantee 2.5 h (sure)")
