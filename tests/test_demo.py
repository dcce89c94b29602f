"""Demo data: deterministic, covering every contract kind and country, within its sizes."""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import DEMO_DAY, table_count
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from console.demo import SIZES, build_demo
from console.enums import ContractKind, InvoiceKind, InvoiceStatus, Role
from console.errors import UserError
from console.model import (
    Client,
    Contract,
    Engineer,
    Invoice,
    InvoiceLine,
    Payment,
    Ticket,
    TimeEntry,
    User,
    Visit,
)
from console.services.billing.run import run_month
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade

TABLES = (
    "clients",
    "tickets",
    "visits",
    "time_entries",
    "credit_entries",
    "invoices",
    "invoice_lines",
    "payments",
    "notes",
)


@pytest.fixture
def demo(small_demo_path: Path) -> Engine:
    return create_store_engine(resolve_url(str(small_demo_path)))


def _digest(engine: Engine) -> str:
    h = hashlib.sha256()
    with engine.connect() as conn:
        for table in TABLES:
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_small_demo_has_the_documented_size(demo: Engine) -> None:
    size = SIZES["small"]
    assert table_count(demo, "clients") == size.clients == 20
    assert table_count(demo, "tickets") == size.tickets == 2_000
    assert table_count(demo, "visits") == size.visits
    assert table_count(demo, "time_entries") == size.time_entries
    assert table_count(demo, "engineers") == size.engineers


def test_large_demo_size_is_the_benchmark_size() -> None:
    size = SIZES["large"]
    assert (size.tickets, size.engineers, size.visits, size.time_entries) == (
        100_000,
        300,
        40_000,
        400_000,
    )


def test_same_seed_gives_the_same_database(demo: Engine, tmp_path: Path) -> None:
    again = create_store_engine(resolve_url(str(tmp_path / "again.sqlite3")))
    upgrade(again)
    build_demo(again, SIZES["small"], seed=1, today=DEMO_DAY)
    assert _digest(again) == _digest(demo)


def test_another_seed_gives_other_data(demo: Engine, tmp_path: Path) -> None:
    other = create_store_engine(resolve_url(str(tmp_path / "other.sqlite3")))
    upgrade(other)
    build_demo(other, SIZES["small"], seed=2, today=DEMO_DAY)
    assert _digest(other) != _digest(demo)


def test_demo_covers_every_contract_kind(demo: Engine) -> None:
    """C1-C7: every kind of contract appears, so every billing path has data."""
    with Session(demo) as session:
        kinds = set(session.scalars(select(Contract.kind).distinct()))
    assert kinds == set(ContractKind)


def test_demo_clients_in_five_countries_with_their_zones_and_scripts(demo: Engine) -> None:
    with Session(demo) as session:
        clients = session.scalars(select(Client)).all()
    by_country = {c.country: c for c in clients}
    assert set(by_country) == {"NL", "ES", "RU", "JP", "US"}
    assert by_country["JP"].time_zone == "Asia/Tokyo" and by_country["JP"].currency == "JPY"
    assert by_country["RU"].currency == "RUB"
    names = " ".join(c.name for c in clients)
    assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in names)
    assert any("\u0400" <= ch <= "\u04ff" for ch in names)


def test_demo_rows_load_through_the_orm_and_pass_its_validators(demo: Engine) -> None:
    with Session(demo) as session:
        ticket = session.scalars(select(Ticket).limit(1)).one()
        assert ticket.opened_at.tzinfo is not None
        visit = session.scalars(select(Visit).where(Visit.rush.is_(True)).limit(1)).one()
        assert visit.engineers_needed >= 1
        engineer = session.scalars(select(Engineer).limit(1)).one()
        assert engineer.languages


def test_demo_references_are_unique_and_well_formed(demo: Engine) -> None:
    with Session(demo) as session:
        refs = session.scalars(select(Ticket.reference)).all()
    assert len(refs) == len(set(refs))
    assert all(r.startswith("T-") and len(r) == len("T-2026-000001") for r in refs)


def test_c5_demo_credit_balances_are_derived_from_the_ledger(demo: Engine) -> None:
    with demo.connect() as conn:
        top_ups = conn.execute(
            text("SELECT count(*) FROM credit_entries WHERE kind='top_up'")
        ).scalar()
        debits = conn.execute(
            text("SELECT count(*) FROM credit_entries WHERE kind='debit'")
        ).scalar()
    assert top_ups and debits


def test_c5_demo_credit_comes_monthly_and_in_blocks_sold_when_it_runs_low(demo: Engine) -> None:
    """C5: each prepaid month's run sells its top-up, and a block sold on its own invoice
    adds credit once issued: the ledger's top-ups are exactly those."""
    with demo.connect() as conn:
        top_ups = conn.execute(
            text("SELECT count(*) FROM credit_entries WHERE kind = 'top_up'")
        ).scalar()
        monthly = conn.execute(
            text(
                "SELECT count(*) FROM invoices i JOIN contracts c ON c.id = i.contract_id "
                "WHERE c.kind = 'prepaid_credit' AND i.kind = 'monthly'"
            )
        ).scalar()
        sold = conn.execute(
            text("SELECT count(*) FROM invoices WHERE kind = 'credit_top_up' AND status <> 'draft'")
        ).scalar()
    assert monthly and sold
    assert top_ups == monthly + sold


def test_demo_invoice_numbers_are_gapless_per_year(demo: Engine) -> None:
    with Session(demo) as session:
        numbers = (
            session.execute(
                text("SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number")
            )
            .scalars()
            .all()
        )
    by_year: dict[str, list[int]] = {}
    for n in numbers:
        _, year, seq = n.split("-")
        by_year.setdefault(year, []).append(int(seq))
    for seqs in by_year.values():
        assert seqs == list(range(1, len(seqs) + 1))


def _manager(session: Session) -> uuid.UUID:
    user = session.scalars(select(User).where(User.role == Role.SERVICE_MANAGER)).first()
    assert user is not None
    return user.id


def test_c6_e5_demo_invoices_are_what_the_billing_run_makes(demo_engine: Engine) -> None:
    """C5, C6, E5: the demo's months were billed by the run itself: running a finished
    month again bills nothing (no draft, no credit drawn), what was billed was approved by
    both parties, and what waits is waiting for an approval."""
    with Session(demo_engine) as session:
        manager = _manager(session)
        billed = session.execute(
            select(TimeEntry.provider_approved_at, TimeEntry.client_approved_at).where(
                TimeEntry.invoice_line_id.is_not(None)
            )
        ).all()
    assert billed and all(provider and client for provider, client in billed)
    sessions = partial(Session, demo_engine)
    # E5: the last finished month still has entries a client has not approved
    assert run_month(sessions, manager, 2026, 10, dry_run=True).awaiting_approval > 0
    for year, month in [(2025, 12), (2026, 6), (2026, 10)]:
        again = run_month(sessions, manager, year, month).contracts
        assert [(run.client, run.kind) for run in again if run.drafts or run.credit_drawn] == []


def test_demo_desk_issued_every_month_but_the_last_finished_one(demo: Engine) -> None:
    """The demo day finds last month's run as drafts to review and every earlier month
    issued, most of it paid and some of it overdue."""
    with Session(demo) as session:
        drafts = session.execute(
            select(Invoice.period_start).where(
                Invoice.status == InvoiceStatus.DRAFT, Invoice.kind == InvoiceKind.MONTHLY
            )
        ).scalars()
        assert set(drafts) == {date(2026, 10, 1)}
        issued = session.scalars(select(Invoice).where(Invoice.number.is_not(None))).all()
        earlier = [date(2025, 11, 1), date(2025, 12, 1)] + [date(2026, m, 1) for m in range(1, 10)]
        periods = {i.period_start for i in issued if i.kind == InvoiceKind.MONTHLY}
        assert sorted(p for p in periods if p is not None) == earlier
        statuses = {i.status for i in issued}
        assert {InvoiceStatus.PAID, InvoiceStatus.ISSUED} <= statuses
        assert all(i.issue_date and i.issue_date < DEMO_DAY for i in issued)
        paid = session.scalar(select(func.count()).select_from(Payment))
        assert paid == sum(1 for i in issued if i.status == InvoiceStatus.PAID)


def test_demo_invoices_a_client_in_another_member_state_with_the_reverse_charge(
    demo: Engine,
) -> None:
    """The Spanish client with a VAT id is invoiced at 0 % with the reverse-charge note,
    as the billing run decides for a business in another EU country."""
    with Session(demo) as session:
        lines = session.execute(
            select(InvoiceLine.tax_rate_pct, InvoiceLine.tax_exemption)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .join(Client, Client.id == Invoice.client_id)
            .where(Client.country == "ES", Client.vat_id.is_not(None))
        ).all()
    assert lines
    assert all(rate == 0 and note and "196" in note for rate, note in lines)


def test_demo_refuses_a_database_that_already_has_tickets(demo: Engine) -> None:
    with pytest.raises(UserError, match="already holds"):
        build_demo(demo, SIZES["small"], seed=1, today=DEMO_DAY)


@pytest.mark.slow
@pytest.mark.skipif(
    not os.environ.get("DISPATCH_TEST_LARGE"),
    reason="set DISPATCH_TEST_LARGE=1; the benchmark builds it",
)
def test_large_demo_builds_with_its_documented_counts(tmp_path: Path) -> None:
    engine = create_store_engine(resolve_url(str(tmp_path / "large.sqlite3")))
    upgrade(engine)
    counts = build_demo(engine, SIZES["large"], seed=1, today=DEMO_DAY)
    assert counts["tickets"] == 100_000 and counts["time_entries"] == 400_000
    assert counts["visits"] == 40_000 and counts["engineers"] == 300
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Ticket)).scalar() == 100_000


@pytest.mark.postgres
def test_same_demo_in_postgresql_gives_the_same_queue(demo: Engine, pg_store: Engine) -> None:
    from console.queue.clocks import queue_clocks
    from console.queue.rows import load_queue

    build_demo(pg_store, SIZES["small"], seed=1, today=DEMO_DAY)
    now = datetime.combine(DEMO_DAY, time(10), UTC)
    with demo.connect() as lite, pg_store.connect() as pg:
        a, b = load_queue(lite), load_queue(pg)
        # C2: the clock batch reads ids, times and JSON as each driver returns them
        clocks = [
            [(c.target.kind, c.state, c.due_at) if c else None for c in queue_clocks(x, rows, now)]
            for x, rows in ((lite, a), (pg, b))
        ]
    assert a.columns["reference"] == b.columns["reference"]
    assert a.columns["client"] == b.columns["client"]
    assert len(a) == len(b) > 0
    assert clocks[0] == clocks[1] and any(clocks[0])
    # the week board reads its visits through the driver too, made as each row asks
    from console.services.board import load_board

    monday = datetime.combine(DEMO_DAY - timedelta(days=DEMO_DAY.weekday()), time(0), UTC)
    boards = []
    for engine in (demo, pg_store):
        with Session(engine) as session:
            board = load_board(session, monday, monday + timedelta(days=7))
            mine = [board.visits_of(e.id) for e in board.engineers[:10]]
            # one engineer's row alone (a day plan) reads only its own visits' sites
            busy = next(e.id for e in board.engineers if board.visits_of(e.id))
            alone = load_board(session, monday, monday + timedelta(days=7), only=busy)
            assert alone.visits == board.visits_of(busy)
            boards.append((board.visits, board.unassigned, mine, alone.visits))
    assert boards[0] == boards[1] and boards[0][0]


def test_demo_engineers_work_one_thing_at_a_time_and_at_most_a_day(demo: Engine) -> None:
    """E5: the demo's time is a plausible working life: an engineer's entries never overlap
    and add up to at most 12 h on any day of the engineer's own zone."""
    with Session(demo) as session:
        zones = {e.id: ZoneInfo(e.home_time_zone) for e in session.scalars(select(Engineer)).all()}
        rows = session.execute(
            select(TimeEntry.engineer_id, TimeEntry.started_at, TimeEntry.ended_at).order_by(
                TimeEntry.engineer_id, TimeEntry.started_at
            )
        ).all()
    assert len(rows) == SIZES["small"].time_entries
    per_day: dict[tuple[object, date], timedelta] = {}
    last_end: dict[object, datetime] = {}
    for engineer, start, end in rows:
        assert end > start
        assert start >= last_end.get(engineer, start), f"{engineer} overlaps at {start}"
        last_end[engineer] = end
        zone = zones[engineer]
        # an entry across midnight counts on each of its days
        at = start
        while at < end:
            day = at.astimezone(zone).date()
            midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
            upto = min(end, midnight)
            per_day[engineer, day] = per_day.get((engineer, day), timedelta()) + (upto - at)
            at = upto
    worst = max(per_day.values())
    assert worst <= timedelta(hours=12), worst


def test_demo_open_tickets_are_late_by_days_not_by_a_year(demo: Engine) -> None:
    """T5, S1: the demo's queue looks like a real desk's on the day it was built: a few
    tickets late by hours or days, none left breached for months."""
    from console.queue.clocks import queue_clocks
    from console.queue.rows import load_queue

    now = datetime.combine(DEMO_DAY, time(9, 30), tzinfo=ZoneInfo("UTC"))
    with demo.connect() as connection:
        rows = load_queue(connection)
        clocks = queue_clocks(connection, rows, now)
    assert len(rows) >= 10
    late = [now - c.due_at for c in clocks if c is not None and c.due_at and c.due_at < now]
    assert late, "a desk with nothing late is as unlikely as one late by a year"
    assert max(late) < timedelta(days=30), max(late)


def test_c11_d7_demo_premium_plans_name_a_manager_and_completed_visits_were_let_go(
    demo: Engine,
) -> None:
    """The demo obeys the rules it shows: a premium contract names its dedicated manager
    (C11), and the client let the engineer leave every completed visit (D7)."""
    with demo.connect() as connection:
        premium = connection.execute(
            text("SELECT count(*), count(manager_id) FROM contracts WHERE premium")
        ).one()
        completed = connection.execute(
            text(
                "SELECT count(*), count(leave_approved_by_name), "
                "sum(leave_approved_at >= arrived_at) FROM visits WHERE status = 'completed'"
            )
        ).one()
    assert premium[0] > 0 and premium[0] == premium[1]
    assert completed[0] > 0 and completed[0] == completed[1] == completed[2]


def test_a_demo_made_now_opens_nothing_after_this_minute(tmp_path: Path) -> None:
    """Made without a day (the window's --demo), the desk stops at the minute it is made."""
    engine = create_store_engine(resolve_url(str(tmp_path / "now.sqlite3")))
    upgrade(engine)
    build_demo(engine, SIZES["small"], seed=3)
    with engine.connect() as connection:
        latest = connection.execute(text("SELECT max(opened_at) FROM tickets")).scalar_one()
    engine.dispose()
    assert datetime.fromisoformat(str(latest)).replace(tzinfo=ZoneInfo("UTC")) <= datetime.now(
        ZoneInfo("UTC")
    )


def _billed(engine: Engine) -> list[list[tuple[object, ...]]]:
    """What billing wrote, without the ids it drew (their order depends on the run's)."""
    queries = (
        "SELECT i.number, i.kind, i.status, i.client_id, i.contract_id, i.ticket_id,"
        " i.period_start, i.issue_date, i.subtotal, i.tax_total, i.total,"
        " (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id) FROM invoices i",
        "SELECT i.number, i.client_id, i.kind, l.position, l.day, l.description, l.hours,"
        " l.amount, l.drew_on FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id",
        "SELECT contract_id, kind, unit, amount, time_entry_id, visit_id FROM credit_entries",
        "SELECT p.amount, p.paid_on, i.number FROM payments p JOIN invoices i"
        " ON i.id = p.invoice_id",
        "SELECT count(*) FROM time_entries WHERE invoice_line_id IS NOT NULL",
    )
    with engine.connect() as conn:
        return [sorted(map(tuple, conn.execute(text(q))), key=repr) for q in queries]


def test_c5_c6_a_month_billed_a_slice_of_clients_at_a_time_bills_the_same(
    demo: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: the run bills a big store a slice of clients at a time so its memory stays
    bounded; a year billed one client per slice writes what one slice of all writes."""
    from console.services.billing import run

    monkeypatch.setattr(run, "SLICE_CLIENTS", 1)
    engine = create_store_engine(resolve_url(str(tmp_path / "sliced.sqlite3")))
    upgrade(engine)
    build_demo(engine, SIZES["small"], seed=1, today=DEMO_DAY)
    sliced, whole = _billed(engine), _billed(demo)
    assert all(sliced) and sliced == whole


def test_a_demo_is_built_under_a_rollback_journal_and_opens_in_wal(tmp_path: Path) -> None:
    """Issue 24: the build (one transaction) writes its pages in place, not through a WAL
    that grows to the database's size; the store it leaves is in WAL mode like any other."""
    path = tmp_path / "demo.sqlite3"
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    seen: dict[str, bool] = {}

    def progress(label: str) -> None:
        seen[label] = Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0

    build_demo(engine, SIZES["small"], seed=1, today=DEMO_DAY, progress=progress)
    assert seen and not any(seen.values()), seen
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.execute(select(func.count()).select_from(Ticket)).scalar_one() > 0


def test_c2_d7_e2_nothing_in_the_demo_happens_after_its_now(demo: Engine) -> None:
    """Every instant an SLA clock reads lies at or before the moment the demo's desk stops
    (C2, D7, E2): a visit is not asked for or approved, nor an assessment answered, ahead."""
    stop = datetime.combine(DEMO_DAY, time(9, 30))
    queries = {
        "tickets opened": "SELECT max(opened_at) FROM tickets",
        "first responses": "SELECT max(first_response_at) FROM tickets",
        "status changes": "SELECT max(at) FROM ticket_status_changes",
        "assessments answered": "SELECT max(answered_at) FROM assessments",
        "visits asked for": "SELECT max(requested_at) FROM visits",
        "visits approved": "SELECT max(approved_at) FROM visits",
        "engineers arrived": "SELECT max(arrived_at) FROM visits",
    }
    with demo.connect() as connection:
        latest = {what: connection.execute(text(sql)).scalar_one() for what, sql in queries.items()}
    assert all(latest.values()), latest
    late = {what: at for what, at in latest.items() if datetime.fromisoformat(str(at)) > stop}
    assert late == {}
