"""The desk sends time back with a reason (issue 21, E5); the list with its filters and
totals; the weekly timesheet; the engineer's running timer. Rules, services and the
command line."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from builders import World
from conftest import run_cli
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ApprovalMethod, ContractKind, NonBillableReason, Phase, Role
from console.errors import UserError, ValidationError
from console.model import Engineer, TimeEntry, User
from console.rules.time_review import (
    Review,
    ReviewState,
    clears_rejection,
    refuse_approval_of_rejected,
    rejection_reason,
    state_of,
)
from console.rules.timesheet import Worked, parse_week, sheet, split_by_day, week_name
from console.services.acting import Acting
from console.services.timekeeping import (
    approve_entries,
    approve_for_client,
    change_entry,
    log_time,
    pending_list,
    reject_entries,
    run_cutoff,
    time_list,
    week_sheet,
)
from console.services.timer import running_timer, start_timer, stop_timer, timer_file
from console.sync.session import store_session

MON = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
OPEN = Review(False, False, False, False, False)


# ------------------------------------------------------------------ rules


def test_e5_state_of_an_entry() -> None:
    assert state_of(OPEN) is ReviewState.WAITING
    assert state_of(replace(OPEN, provider_approved=True)) is ReviewState.WAITING
    assert state_of(replace(OPEN, provider_approved=True, client_approved=True)) is (
        ReviewState.APPROVED
    )
    assert state_of(replace(OPEN, rejected=True)) is ReviewState.REJECTED


def test_a_reason_is_required_and_trimmed() -> None:
    assert rejection_reason(OPEN, "  wrong\n ticket ") == "wrong ticket"
    with pytest.raises(ValidationError) as refused:
        rejection_reason(OPEN, "   ")
    assert refused.value.field == "reason"
    with pytest.raises(ValidationError, match="reason"):
        rejection_reason(OPEN, "x" * 501)


@pytest.mark.parametrize(
    ("review", "says"),
    [
        (replace(OPEN, billed=True), "billed"),
        (replace(OPEN, locked=True), "locked"),
        (replace(OPEN, provider_approved=True), "approved"),
        (replace(OPEN, client_approved=True), "approved"),
        (replace(OPEN, rejected=True), "sent back already"),
    ],
)
def test_e5_settled_or_approved_time_does_not_go_back(review: Review, says: str) -> None:
    with pytest.raises(ValidationError, match=says) as refused:
        rejection_reason(review, "hours do not match the visit")
    assert refused.value.field == "entry"


def test_a_rejected_entry_is_not_approved_and_work_changes_clear_it() -> None:
    refuse_approval_of_rejected(False)
    with pytest.raises(ValidationError, match="sent back"):
        refuse_approval_of_rejected(True)
    assert clears_rejection({"description"}) and clears_rejection({"ended_at", "billable"})
    assert not clears_rejection({"billable"}) and not clears_rejection(set())


def test_weeks_are_iso_weeks() -> None:
    assert parse_week("2026-W48") == date(2026, 11, 23)
    assert parse_week("2026w01") == date(2025, 12, 29)
    assert week_name(date(2026, 11, 26)) == "2026-W48"
    for bad in ("2026-48", "W48", "2026-W54", ""):
        with pytest.raises(ValidationError) as refused:
            parse_week(bad, "--week")
        assert refused.value.field == "--week"


def test_work_past_midnight_counts_on_each_day_in_the_engineers_zone() -> None:
    # 22:00-02:00 in New York: two hours on each day, though UTC puts it all on one day
    start = datetime(2026, 11, 17, 3, 0, tzinfo=UTC)
    pieces = split_by_day(start, start + timedelta(hours=4), "America/New_York")
    assert pieces == [(date(2026, 11, 16), Decimal(2)), (date(2026, 11, 17), Decimal(2))]


def test_the_sheet_sums_tickets_by_day_and_the_week() -> None:
    monday = date(2026, 11, 16)
    grid = sheet(
        monday,
        [
            Worked(monday, "T-2", "Printer", Decimal("1.5"), True),
            Worked(monday, "T-1", "Mail", Decimal(2), False),
            Worked(monday + timedelta(days=2), "T-2", "Printer", Decimal(3), True),
            Worked(monday + timedelta(days=7), "T-2", "Printer", Decimal(9), True),  # next week
        ],
    )
    assert [r.ticket for r in grid.rows] == ["T-1", "T-2"]
    assert grid.rows[1].days[:3] == (Decimal("1.5"), Decimal(0), Decimal(3))
    assert grid.rows[1].total == Decimal("4.5")
    assert grid.day_totals[0] == Decimal("3.5") and grid.total == Decimal("6.5")
    assert grid.billable == Decimal("4.5")


# ------------------------------------------------------------------ services


class Desk:
    """A world with a desk user, an engineer user (Jan) and one of Jan's entries."""

    def __init__(self, engine: Engine) -> None:
        self.sessions = partial(store_session, engine, expire_on_commit=False)
        with Session(engine) as session:
            w = World(session, ContractKind.ON_DEMAND)
            desk = User(username="desk", display_name="Desk", role=Role.DISPATCHER)
            jan = User(username="jan", display_name="Jan", role=Role.ENGINEER,
                       engineer_id=w.engineer.id)  # fmt: skip
            session.add_all([desk, jan])
            session.commit()
            self.ticket, self.reference = w.ticket.id, w.ticket.reference
            self.engineer = w.engineer.id
            self.desk, self.jan = Acting(desk.id, Role.DISPATCHER), Acting(jan.id, Role.ENGINEER)
        self.entry = self.log(MON, MON + timedelta(hours=2), "fixed the printer")

    def log(self, start: datetime, end: datetime, what: str = "") -> uuid.UUID:
        return log_time(self.sessions, self.jan, ticket_id=self.ticket, engineer_id=self.engineer,
                        started_at=start, ended_at=end, now=end, description=what)  # fmt: skip


@pytest.fixture
def world(store: Engine) -> Desk:
    return Desk(store)


def test_e5_the_desk_sends_time_back_and_the_engineer_sees_why(world: Desk) -> None:
    assert reject_entries(world.sessions, world.desk, [world.entry], "which printer?", MON) == 1
    shown = time_list(world.sessions, engineer_id=world.engineer, state=ReviewState.REJECTED)
    assert [(line.id, line.rejection_reason) for line in shown.lines] == [
        (world.entry, "which printer?")
    ]
    assert world.entry not in [p.id for p in pending_list(world.sessions)]  # not the desk's now
    with pytest.raises(ValidationError, match="sent back"):
        approve_entries(world.sessions, world.desk, [world.entry], MON)
    with pytest.raises(ValidationError, match="sent back"):
        approve_for_client(world.sessions, world.desk, [world.entry], MON, by="Sanne",
                           method=next(iter(ApprovalMethod)))  # fmt: skip


def test_e5_the_cut_off_leaves_time_sent_back_open_for_its_engineer(world: Desk) -> None:
    reject_entries(world.sessions, world.desk, [world.entry], "which printer?", MON)
    midnight = datetime(2026, 11, 16, 23, 30, tzinfo=UTC)
    assert run_cutoff(world.sessions, world.desk, midnight) == 0
    assert change_entry(world.sessions, world.jan, world.entry, midnight, description="2nd floor")
    assert run_cutoff(world.sessions, world.desk, midnight) == 1  # answered: its day is closed


def test_e5_engineers_do_not_send_time_back(world: Desk) -> None:
    with pytest.raises(UserError, match="only the desk"):
        reject_entries(world.sessions, world.jan, [world.entry], "no", MON)


def test_e5_an_empty_reason_is_refused_by_field(world: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        reject_entries(world.sessions, world.desk, [world.entry], " ", MON)
    assert refused.value.field == "reason"


def test_e5_changing_the_work_clears_the_rejection(world: Desk) -> None:
    reject_entries(world.sessions, world.desk, [world.entry], "say which printer", MON)
    assert not change_entry(world.sessions, world.jan, world.entry, MON, description=None)
    cleared = change_entry(world.sessions, world.jan, world.entry, MON,
                           description="fixed the 2nd floor printer")  # fmt: skip
    assert cleared
    with world.sessions() as session:
        entry = session.get(TimeEntry, world.entry)
        assert entry is not None
        assert (entry.rejected_at, entry.rejected_by, entry.rejection_reason) == (None, None, None)
    assert approve_entries(world.sessions, world.desk, [world.entry], MON) == 1


def test_e5_a_change_may_not_overlap_other_work_but_not_itself(world: Desk) -> None:
    later = world.log(MON + timedelta(hours=3), MON + timedelta(hours=4))
    change_entry(world.sessions, world.jan, world.entry, MON,
                 ended_at=MON + timedelta(hours=2, minutes=30))  # fmt: skip
    with pytest.raises(ValidationError, match=world.reference) as refused:
        change_entry(world.sessions, world.jan, later, MON, started_at=MON + timedelta(hours=1))
    assert refused.value.field == "started_at"


def test_an_engineer_changes_only_their_own_time(world: Desk, store: Engine) -> None:
    with Session(store) as session:
        other = Engineer(name="Piet", home_time_zone="Europe/Amsterdam")
        session.add(other)
        session.flush()
        piet = User(username="piet", display_name="Piet", role=Role.ENGINEER, engineer_id=other.id)
        session.add(piet)
        session.commit()
        acting = Acting(piet.id, Role.ENGINEER)
    with pytest.raises(UserError, match="own time"):
        change_entry(world.sessions, acting, world.entry, MON, description="mine now")


def test_the_list_filters_by_day_and_state_and_totals_what_it_shows(world: Desk) -> None:
    world.log(MON + timedelta(days=1), MON + timedelta(days=1, hours=1, minutes=30))
    day = time_list(world.sessions, engineer_id=world.engineer, first_day=date(2026, 11, 16))
    assert len(day.lines) == 1 and day.hours == Decimal(2) and day.billable_hours == Decimal(2)
    week = time_list(world.sessions, first_day=date(2026, 11, 16), days=7)
    assert week.hours == Decimal("3.5")
    reject_entries(world.sessions, world.desk, [world.entry], "wrong ticket", MON)
    waiting = time_list(world.sessions, state=ReviewState.WAITING)
    assert waiting.hours == Decimal("1.5")
    assert time_list(world.sessions, state=ReviewState.APPROVED).lines == []


def test_the_week_sheet_is_in_the_engineers_days(world: Desk) -> None:
    world.log(MON + timedelta(days=2), MON + timedelta(days=2, hours=3))
    week = week_sheet(world.sessions, world.engineer, date(2026, 11, 16))
    assert week.zone == "Europe/Amsterdam"
    (row,) = week.sheet.rows
    assert row.ticket == world.reference
    assert row.days[0] == Decimal(2) and row.days[2] == Decimal(3) and row.total == Decimal(5)


def test_the_timer_survives_a_restart_and_stops_into_an_entry(world: Desk) -> None:
    five = MON + timedelta(hours=5)
    started = start_timer(world.sessions, world.jan, world.reference.lower(), five,
                          phase=Phase.NONE)  # fmt: skip
    assert timer_file(world.jan).exists()
    assert running_timer(world.jan) == started  # read back from its file, as after a restart
    with pytest.raises(ValidationError, match="runs already"):
        start_timer(world.sessions, world.jan, world.reference, MON + timedelta(hours=6))
    entry_id, timer = stop_timer(world.sessions, world.jan, MON + timedelta(hours=6, minutes=15),
                                 description="cabling")  # fmt: skip
    assert timer.ticket_reference == world.reference and running_timer(world.jan) is None
    with world.sessions() as session:
        entry = session.get(TimeEntry, entry_id)
        assert entry is not None and entry.engineer_id == world.engineer
        assert entry.ended_at - entry.started_at == timedelta(hours=1, minutes=15)


def test_a_stopped_timer_that_overlaps_is_refused_and_keeps_running(world: Desk) -> None:
    start_timer(world.sessions, world.jan, world.reference, MON + timedelta(hours=1))
    with pytest.raises(ValidationError, match=world.reference):
        stop_timer(world.sessions, world.jan, MON + timedelta(hours=3))
    assert running_timer(world.jan) is not None


def test_the_desk_names_the_engineer_for_a_timer(world: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        start_timer(world.sessions, world.desk, world.reference, MON)
    assert refused.value.field == "engineer"
    timer = start_timer(world.sessions, world.desk, world.reference, MON,
                        engineer_id=world.engineer)  # fmt: skip
    assert timer.engineer == "Jan"


# ------------------------------------------------------------------ command line


def test_cli_reject_list_change_and_week(
    world: Desk, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(sqlite_path))
    code, out, err = run_cli(capsys, "time", "reject", str(world.entry), "--reason", " ", *db,
                             "--as", "desk")  # fmt: skip
    assert code == 2 and "reason" in err and len(err.strip().splitlines()) == 1
    code, out, err = run_cli(capsys, "time", "reject", str(world.entry), "--reason",
                             "which printer?", *db, "--as", "jan")  # fmt: skip
    assert code == 2 and "only the desk" in err
    code, out, err = run_cli(capsys, "time", "reject", str(world.entry), "--reason",
                             "which printer?", *db, "--as", "desk")  # fmt: skip
    assert code == 0, err
    code, out, err = run_cli(capsys, "time", "list", "--engineer", "jan", "--week", "2026-W47",
                             "--state", "rejected", *db)  # fmt: skip
    assert code == 0, err
    assert "which printer?" in out and "1 entry, 2.00 hours, 2.00 billable" in out
    code, out, err = run_cli(capsys, "time", "list", "--day", "2026-11-16", "--format", "json", *db)
    data = json.loads(out)
    assert data["totals"] == {"entries": 1, "hours": "2.00", "billable_hours": "2.00"}
    assert data["entries"][0]["state"] == "rejected" and data["entries"][0]["from"] == "09:00"
    code, out, err = run_cli(capsys, "time", "list", "--format", "csv", *db)
    assert out.splitlines()[0].startswith("id,day,from,to") and out.splitlines()[-1].startswith(
        "total,"
    )
    code, out, err = run_cli(capsys, "time", "list", "--day", "16-11-2026", *db)
    assert code == 2 and "--day" in err
    code, out, err = run_cli(capsys, "time", "change", str(world.entry), "--description",
                             "2nd floor printer", *db, "--as", "jan")  # fmt: skip
    assert code == 0 and "waits for the desk again" in out, err
    code, out, err = run_cli(capsys, "time", "week", "--week", "2026-W47", *db, "--as", "jan")
    assert code == 0, err
    assert "Jan, week 2026-W47 (Europe/Amsterdam)" in out
    assert f"{world.reference:<16}    2.00" in out and "2.00 hours, 2.00 billable" in out
    code, out, err = run_cli(capsys, "time", "week", *db, "--as", "desk")
    assert code == 2 and "--engineer" in err


def test_cli_overlap_is_refused_with_the_clash_named(
    world: Desk, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_cli(capsys, "time", "log", world.reference, "--engineer", "Jan",
                             "--from", "2026-11-16 10:00", "--to", "2026-11-16 12:00",
                             "--db", str(sqlite_path))  # fmt: skip
    assert code == 2 and "--from" in err and world.reference in err
    assert len(err.strip().splitlines()) == 1


def test_cli_timer_start_status_stop(
    world: Desk, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(sqlite_path), "--as", "jan")
    code, out, err = run_cli(capsys, "time", "status", *db)
    assert code == 0 and "no timer" in out
    code, out, err = run_cli(capsys, "time", "start", world.reference, "--phase", "none", *db)
    assert code == 0 and "timer started on" in out, err
    code, out, err = run_cli(capsys, "time", "status", *db)
    assert world.reference in out and "for Jan" in out
    code, out, err = run_cli(capsys, "time", "start", world.reference, *db)
    assert code == 2 and "runs already" in err
    # the timer started now, far from Monday's entry: stopping records it (at least a second)
    acting = world.jan
    timer = running_timer(acting)
    assert timer is not None
    earlier = (timer.started_at - timedelta(minutes=5)).isoformat()
    kept = timer_file(acting).read_text()
    timer_file(acting).write_text(kept.replace(timer.started_at.isoformat(), earlier))
    code, out, err = run_cli(capsys, "time", "stop", "--description", "cabling", *db)
    assert code == 0 and "recorded on" in out, err
    assert len(time_list(world.sessions, engineer_id=world.engineer).lines) == 2
    code, out, err = run_cli(capsys, "time", "stop", *db)
    assert code == 2 and "no timer" in err


def test_e5_the_billing_run_leaves_a_rejected_entry_unbilled(store: Engine) -> None:
    """Even approved by both (as an import might have it), a sent-back entry waits."""
    from builders import PROFILE

    from console.services.billing.run import run_month
    from console.services.provider import save_profile

    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        entry = w.work(MON, 2)
        entry.rejected_at, entry.rejection_reason = MON, "which printer?"
        mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
        session.add(mara)
        save_profile(session, PROFILE)
        session.commit()
        mara_id = mara.id
    report = run_month(partial(store_session, store), mara_id, 2026, 11, dry_run=True)
    assert report.awaiting_approval == 1
    assert all(not c.drafts for c in report.contracts)


@pytest.mark.parametrize("state", [ReviewState.WAITING, ReviewState.REJECTED])
def test_the_time_list_finds_waiting_and_sent_back_entries_by_their_own_index(
    demo_engine: Engine, state: ReviewState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: the time tab opens on the entries waiting for a review. A desk with a
    million tickets holds four million entries; walking them all in time order to find the
    waiting ones took 19 s. Each everyday filter reads a partial index of its own."""
    from sqlalchemy import Connection
    from sqlalchemy.orm import sessionmaker

    from console.services import timekeeping

    statements: list[Any] = []
    run = Connection.execute

    def spy(self: Connection, stmt: Any, *args: Any, **kwargs: Any) -> Any:
        statements.append(stmt)
        return run(self, stmt, *args, **kwargs)

    monkeypatch.setattr(Connection, "execute", spy)
    timekeeping.time_list(sessionmaker(demo_engine), state=state)
    # and the totals of a list that shows only its first entries
    timekeeping.time_list(sessionmaker(demo_engine), state=state, at_most=1)
    monkeypatch.undo()
    index = {ReviewState.WAITING: "ix_time_entries_waiting",
             ReviewState.REJECTED: "ix_time_entries_sent_back"}[state]  # fmt: skip
    # the demo's few entries sent back lie within days, so that list reads them all
    assert len(statements) == (3 if state is ReviewState.WAITING else 2), statements
    for stmt in statements:
        compiled = stmt.compile(demo_engine)
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
        with demo_engine.connect() as connection:
            explained = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)
            plan = [r[3] for r in explained]
        assert any(f"INDEX {index}" in step for step in plan), plan


def test_the_first_entries_and_the_totals_match_the_whole_list(store: Engine) -> None:
    """Issue 24: the time tab reads whole only the entries it shows, and stops reading once
    no later entry can be among them; the totals still count every entry. Engineers at both
    ends of the clock (UTC+14, UTC-11) put entries on days other than their UTC day."""
    import random

    rng = random.Random(24)
    zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Amsterdam", "America/Denver"]
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        engineers = [w.engineer] + [Engineer(name=f"E{i}", home_time_zone=z)
                                    for i, z in enumerate(zones)]  # fmt: skip
        session.add_all(engineers)
        session.flush()
        for _ in range(300):
            start = MON + timedelta(minutes=rng.randrange(6 * 24 * 60), seconds=rng.random())
            approved, billable = rng.random() < 0.3, rng.random() < 0.7
            session.add(
                TimeEntry(
                    ticket_id=w.ticket.id, engineer_id=rng.choice(engineers).id,
                    started_at=start, ended_at=start + timedelta(seconds=rng.randrange(60, 9000)),
                    billable=billable,
                    non_billable_reason=None if billable else NonBillableReason.GOODWILL,
                    provider_approved_at=MON if approved else None,
                    client_approved_at=MON if approved else None,
                    rejected_at=MON if rng.random() < 0.1 else None,
                )
            )  # fmt: skip
        session.commit()
        someone = engineers[1].id
    sessions = partial(store_session, store)
    for filters in ({}, {"state": ReviewState.WAITING}, {"first_day": date(2026, 11, 17)},
                    {"first_day": date(2026, 11, 18), "days": 3, "state": ReviewState.APPROVED},
                    {"engineer_id": someone}):  # fmt: skip
        whole = time_list(sessions, **filters)  # type: ignore[arg-type]
        assert whole.found == len(whole.lines) > 0, filters
        # totalled in whole seconds: the sum of each line's hours, but for the last digit of
        # a third of an hour added in another order
        assert abs(whole.hours - sum((line.hours for line in whole.lines), Decimal(0))) < 1e-20
        for at_most in (0, 1, 7, 40, 150, whole.found - 1, whole.found, 1000):
            first = time_list(sessions, at_most=at_most, **filters)  # type: ignore[arg-type]
            assert first.lines == whole.lines[:at_most], (filters, at_most)
            assert (first.found, first.hours, first.billable_hours) == (
                whole.found, whole.hours, whole.billable_hours), (filters, at_most)  # fmt: skip
