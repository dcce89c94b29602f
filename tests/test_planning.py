"""Board, roster, credit balances, approvals and the schedule export on the demo store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy.orm import Session

from console.enums import LeaveKind, SkillLevel
from console.errors import ValidationError
from console.rules.credit import CreditAlert
from console.services.board import load_board
from console.services.credit_balances import credit_balances
from console.services.roster import (
    HoursGroup,
    LeaveSpan,
    add_leave,
    hours_groups,
    roster,
    update_engineer,
)
from console.services.schedule_export import schedule_ics
from console.services.timekeeping import pending_approvals
from console.store.engine import create_store_engine, resolve_url

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def session(small_demo_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(small_demo_path.read_bytes())
    engine = create_store_engine(resolve_url(str(copy)))
    with Session(engine) as s:
        yield s
    engine.dispose()


def test_board_holds_engineers_hours_and_this_weeks_visits(session: Session) -> None:
    start = datetime(2026, 11, 16, tzinfo=UTC)
    board = load_board(session, start, start + timedelta(days=7))
    assert board.engineers and all(e.working for e in board.engineers[:5])
    assert board.visits, "the demo plans visits this week"
    assert all(v.end > start and v.start < board.end for v in board.visits)
    names = {e.id for e in board.engineers}
    assert all(v.engineer_id in names for v in board.visits)


def test_a_board_makes_an_engineers_visits_when_their_row_asks(session: Session) -> None:
    """Issue 24: a week of thousands of visits is read whole but made row by row."""
    start = datetime(2026, 11, 16, tzinfo=UTC)
    board = load_board(session, start, start + timedelta(days=7))
    made = board.planned._made
    assert made and all(m is False for m in made), "nothing made before a row asks"
    planned = board.planned
    first = planned._leads[0]  # the lead of the week's first visit, as the store keeps ids
    busy = next(e for e in board.engineers if planned._key(e.id) == first)
    theirs = board.visits_of(busy.id)
    assert theirs and sum(m is not False for m in made) == planned._leads.count(first)
    assert planned._leads.count(first) < len(made)
    assert [v.start for v in theirs] == sorted(v.start for v in theirs)
    assert board.visit(theirs[0].id) is theirs[0]  # the same object, made once
    # the whole list: every engineer's visits, in time order, the ones made already kept
    whole = board.visits
    assert whole == sorted(whole, key=lambda v: v.start)
    assert [v for v in whole if v.engineer_id == busy.id] == theirs
    assert next(v for v in whole if v.id == theirs[0].id) is theirs[0]
    assert {v.id for v in whole} == {v.id for e in board.engineers for v in board.visits_of(e.id)}
    assert board.visit(board.unassigned[0].id if board.unassigned else theirs[0].id) in (
        None, theirs[0])  # fmt: skip  # an unassigned visit stands on no engineer's row


def test_d10_roster_load_utilisation_and_edits(session: Session) -> None:
    rows = roster(session, NOW)
    assert rows and all(0 <= r.week_utilisation_pct <= 400 for r in rows)
    assert any(r.week_utilisation_pct > 0 for r in rows)
    first = rows[0]
    update_engineer(session, first.id, skill_level=SkillLevel.SPECIALIST,
                    skills=["Cisco", " cisco ", "Windows"],
                    languages=["NL", "English"])  # fmt: skip
    again = next(r for r in roster(session, NOW) if r.id == first.id)
    assert again.skill_level is SkillLevel.SPECIALIST and again.languages == ("en", "nl")
    with pytest.raises(ValidationError) as bad:
        add_leave(session, first.id, date(2026, 12, 3), date(2026, 12, 1), LeaveKind.VACATION)
    assert bad.value.field == "end_date"
    add_leave(session, first.id, date(2026, 12, 1), date(2026, 12, 3), LeaveKind.VACATION)
    shown = next(r for r in roster(session, NOW) if r.id == first.id).leave
    assert shown == LeaveSpan("vacation", date(2026, 12, 1), date(2026, 12, 3))
    week = {"mon": [["08:00", "18:00"]], "tue": [["08:00", "18:00"]], "thu": [["09:00", "12:00"]]}
    assert hours_groups(week) == (
        HoursGroup("mon", "tue", (("08:00", "18:00"),)),
        HoursGroup("thu", "thu", (("09:00", "12:00"),)),
    )


def test_c5_balances_are_derived_and_alerts_come_first(session: Session) -> None:
    balances = credit_balances(session)
    assert balances
    ranks = [0 if b.alert is CreditAlert.EXHAUSTED else 1 if b.alert else 2 for b in balances]
    assert ranks == sorted(ranks)
    for b in balances:
        assert isinstance(b.balance, Decimal)
        assert (b.alert is CreditAlert.EXHAUSTED) == (b.balance <= 0)


def test_e5_pending_approvals_put_late_entries_first(session: Session) -> None:
    pending = pending_approvals(session)
    assert pending
    lates = [entry.late for entry, _ref, _name in pending]
    assert lates == sorted(lates, reverse=True)
    assert all(not (e.provider_approved_at and e.client_approved_at) for e, _, _ in pending)


def test_a_boards_reserved_times_are_read_without_making_its_visits(session: Session) -> None:
    """Issue 24: the roster adds up 3,000 engineers' hours; it reads each visit's reserved
    time off its row, the same times the made visits hold, and makes none of them."""
    start = datetime(2026, 11, 16, tzinfo=UTC)
    read = load_board(session, start, start + timedelta(days=7))
    made = load_board(session, start, start + timedelta(days=7))
    busy = 0
    for engineer in read.engineers:
        spans = read.spans_of(engineer.id)
        assert spans == [(v.start, v.end) for v in made.visits_of(engineer.id)], engineer.name
        busy += bool(spans)
    assert busy >= 2
    assert all(m is False for m in read.planned._made), "no visit made to add up hours"


def test_schedule_export_is_valid_icalendar(session: Session) -> None:
    start = datetime(2026, 11, 16, tzinfo=UTC)
    board = load_board(session, start, start + timedelta(days=7))
    engineer = next(e for e in board.engineers if board.visits_of(e.id))
    data = schedule_ics(engineer.name, board.visits_of(engineer.id), NOW)
    parsed = Calendar.from_ical(data)
    events = parsed.walk("VEVENT")
    assert len(events) == len(board.visits_of(engineer.id))
    assert events[0].decoded("dtstart") == board.visits_of(engineer.id)[0].start
