"""The month's billing run, drafts, voiding and issuing, as the desk reaches them (C5-C9, E5)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from builders import MON, PROFILE, World
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.enums import ContractKind, CreditUnit, InvoiceStatus, Role
from console.errors import ValidationError
from console.model import Invoice, TimeEntry, User
from console.reports.archive import render_as_issued
from console.services.billing.drafts import issue_invoices, list_invoices, void_draft
from console.services.billing.run import month_of, run_month
from console.services.provider import save_profile
from console.sync.session import store_session


def _desk(store: Engine) -> tuple[World, dict[str, object]]:
    """A client with on-demand work and prepaid credit, a dispatcher and an engineer."""
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        w.add_contract(
            ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.MONEY,
            monthly_top_up=Decimal("300.00"),
        )  # fmt: skip
        w.work(MON, 4)  # 500.00: 300.00 from this month's credit, 200.00 invoiced
        w.work(MON + timedelta(days=1), 1, approved=False)  # E5: waits
        mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
        desk = User(username="desk", display_name="Desk", role=Role.DISPATCHER)
        jan = User(username="jan", display_name="Jan", role=Role.ENGINEER)
        session.add_all([mara, desk, jan])
        save_profile(session, PROFILE)
        session.commit()
        return w, {"mara": mara.id, "desk": desk.id, "jan": jan.id}


def test_a_dry_run_shows_the_month_and_writes_nothing(store: Engine) -> None:
    """C5, C6, E5: the report names drafts, credit drawn and what waits for approval."""
    _w, users = _desk(store)
    sessions = partial(store_session, store)
    report = run_month(sessions, users["mara"], 2026, 11, dry_run=True)
    assert [c.kind for c in report.contracts] == ["prepaid_credit", "on_demand"]
    credit, on_demand = report.contracts
    assert credit.drafts[0].total == Decimal("363.00")  # the top-up sold, with 21 % VAT
    assert on_demand.credit_drawn == Decimal("300.00")
    (draft,) = on_demand.drafts
    assert draft.subtotal == Decimal("200.00") and report.awaiting_approval == 1
    with Session(store) as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 0


def test_run_void_and_run_again_bills_each_entry_once(store: Engine) -> None:
    _w, users = _desk(store)
    sessions = partial(store_session, store)
    first = run_month(sessions, users["mara"], 2026, 11)
    (draft,) = first.contracts[1].drafts
    void_draft(sessions, users["mara"], draft.id)
    with Session(store) as session:
        assert (
            session.scalar(select(func.count()).where(TimeEntry.invoice_line_id.is_not(None))) == 0
        )
    again = run_month(sessions, users["mara"], 2026, 11)
    (redraft,) = again.contracts[1].drafts
    assert redraft.subtotal == draft.subtotal
    assert run_month(sessions, users["mara"], 2026, 11).drafts == []  # nothing twice


@pytest.mark.parametrize("chunk", [500, 1])
def test_issuing_a_batch_numbers_and_archives_each_draft(
    store: Engine, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch is issued a chunk at a time (issue 24: bounded memory), all in one
    transaction: numbered in order either way."""
    from console.services.billing import drafts

    monkeypatch.setattr(drafts, "ISSUE_CHUNK", chunk)
    _w, users = _desk(store)
    sessions = partial(store_session, store)
    report = run_month(sessions, users["mara"], 2026, 11)
    issued = issue_invoices(
        sessions, users["mara"], [d.id for d in report.drafts], date(2026, 12, 1), render_as_issued
    )
    assert [i.number for i in issued] == ["HN-2026-000001", "HN-2026-000002"]
    assert all(i.lines and len(i.lines) == i.line_count for i in issued)
    with Session(store) as session:
        stored = session.scalars(select(Invoice)).all()
        assert all(i.status == InvoiceStatus.ISSUED and i.pdf_sha256 for i in stored)
    with pytest.raises(ValidationError, match="never changes"):
        void_draft(sessions, users["mara"], issued[0].id)
    listed = list_invoices(sessions, users["mara"], status="issued")
    assert {i.number for i in listed} == {"HN-2026-000001", "HN-2026-000002"}


def test_a_batch_refused_in_its_last_chunk_issues_nothing(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All or none across chunks: a draft named twice is refused, and the chunk issued
    before it is rolled back with it (no number taken)."""
    from console.services.billing import drafts

    monkeypatch.setattr(drafts, "ISSUE_CHUNK", 1)
    _w, users = _desk(store)
    sessions = partial(store_session, store)
    first = run_month(sessions, users["mara"], 2026, 11).drafts[0].id
    with pytest.raises(ValidationError, match="issued already"):
        issue_invoices(sessions, users["mara"], [first, first], date(2026, 12, 1))
    with Session(store) as session:
        assert session.scalar(select(func.count()).where(Invoice.number.is_not(None))) == 0


def test_an_engineer_neither_bills_nor_issues_nor_sees_money(store: Engine) -> None:
    _w, users = _desk(store)
    sessions = partial(store_session, store)
    with pytest.raises(ValidationError, match="dispatcher may not"):
        run_month(sessions, users["desk"], 2026, 11)  # the desk sees money; billing is not theirs
    assert list_invoices(sessions, users["desk"]) == []
    with pytest.raises(ValidationError, match="engineer may not"):
        run_month(sessions, users["jan"], 2026, 11)
    with pytest.raises(ValidationError, match="engineer may not"):
        list_invoices(sessions, users["jan"])
    report = run_month(sessions, users["mara"], 2026, 11)
    with pytest.raises(ValidationError, match="engineer may not"):
        issue_invoices(sessions, users["jan"], [report.drafts[0].id], date(2026, 12, 1))
    with Session(store) as session:
        assert session.scalar(select(func.count()).where(Invoice.number.is_not(None))) == 0


def test_a_bad_month_names_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        month_of("2026-13", "--month")
    assert caught.value.field == "--month"


def test_the_month_from_the_command_line(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    _desk(store)
    db = ["--db", str(sqlite_path)]
    assert main(["billing", "run", "--month", "2026-11", "--dry-run", "--as", "mara", *db]) == 0
    out = capsys.readouterr().out
    assert "would make 2 drafts" in out and "1 entries await approval" in out
    assert main(["billing", "run", "--month", "2026-11", "--as", "jan", *db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "engineer may not" in err
    assert main(["billing", "run", "--month", "November", *db]) == 2
    assert "--month" in capsys.readouterr().err
    assert main(["billing", "run", "--month", "2026-11", "--as", "mara", *db]) == 0
    capsys.readouterr()
    issue = ["billing", "issue", "--month", "2026-11", "--date", "2026-12-01", "--as", "mara"]
    assert main([*issue, *db]) == 0
    assert "2 invoices issued" in capsys.readouterr().out
    assert main(["billing", "invoices", "--status", "issued", *db]) == 0
    assert "HN-2026-000002" in capsys.readouterr().out
    assert main(["billing", "show", "HN-2026-000002", *db]) == 0
    assert "total" in capsys.readouterr().out


def test_the_invoice_list_reads_in_a_few_statements_whatever_its_length(
    demo_engine: Engine,
) -> None:
    """Issue 24: one invoice at a time, the billing tab's 500 invoices took 1,400 reads
    (lines, contract, ticket of each); the list is the same read together."""
    from conftest import statements_run

    from console.services.billing.drafts import show_invoice

    with Session(demo_engine) as session:
        manager = session.scalars(select(User.id).where(User.role == Role.SERVICE_MANAGER)).first()
    sessions = partial(store_session, demo_engine)
    with statements_run(demo_engine) as statements:
        listed = list_invoices(sessions, manager)
    assert len(listed) > 20 and any(i.contract for i in listed) and any(i.ticket for i in listed)
    assert len(statements) <= 12, statements
    assert listed == [show_invoice(sessions, manager, i.id) for i in listed]


def test_the_invoice_list_without_lines_keeps_their_count_and_totals(
    demo_engine: Engine,
) -> None:
    """Issue 24: the billing tab lists invoices without their lines (it shows the lines of
    the one selected): the same invoices, totals and counts of lines as the full list."""
    from dataclasses import replace

    with Session(demo_engine) as session:
        manager = session.scalars(select(User.id).where(User.role == Role.SERVICE_MANAGER)).first()
    sessions = partial(store_session, demo_engine)
    full = list_invoices(sessions, manager)
    light = list_invoices(sessions, manager, with_lines=False)
    assert any(i.lines for i in full) and all(i.lines == () for i in light)
    assert all(i.line_count == len(i.lines) for i in full)
    assert light == [replace(i, lines=()) for i in full]
