"""The monthly billing run over the store (C5, C6, C7, C8, D3, D8, E5)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from builders import MON, World
from monthly_run import bill_month
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import (
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    DrewOn,
    InvoiceKind,
    NonBillableReason,
    VisitStatus,
)
from console.model import (
    CreditEntry,
)
from console.services.invoicing import issue_invoice


def test_c6_month_of_on_demand_work_becomes_one_draft_linked_to_its_entries(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        a = w.work(MON, 2)
        b = w.work(MON + timedelta(days=1), 1.5)
        waiting = w.work(MON + timedelta(days=2), 1, approved=False)
        december = w.work(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), 1)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert (
            run.invoice is not None and run.invoice.status == "draft" and run.invoice.number is None
        )
        assert [ln.amount for ln in run.invoice.lines] == [Decimal("250.00"), Decimal("187.50")]
        assert run.awaiting_approval == 1  # E5: billed only when both parties approved
        assert (
            a.invoice_line_id
            and b.invoice_line_id
            and not waiting.invoice_line_id
            and not december.invoice_line_id
        )
        again = bill_month(session, w.contract.id, 2026, 11)
        assert again.invoice is None  # nothing is billed twice
        issued = issue_invoice(session, run.invoice.id, date(2026, 12, 1))
        assert issued.total == Decimal("529.38")  # 437.50 + 21 % VAT 91.88


def test_c5_source_example_through_the_store(store: Engine) -> None:
    """C5: credit 5,000.00 EUR, a 4 h change at 125.00 EUR/h leaves 4,500.00 EUR, no invoice."""
    with Session(store) as session:
        w = World(
            session,
            ContractKind.PREPAID_CREDIT,
            credit_unit=CreditUnit.MONEY,
            low_credit_threshold=Decimal("750.00"),
        )
        session.add(
            CreditEntry(
                id=uuid.uuid4(),
                contract_id=w.contract.id,
                at=MON - timedelta(days=10),
                kind=CreditEntryKind.TOP_UP,
                unit=CreditUnit.MONEY,
                amount=Decimal("5000.00"),
                currency="EUR",
            )
        )
        entry = w.work(MON, 4)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is None
        (debit,) = run.credit_entries
        assert (
            debit.amount == Decimal("-500.00")
            and debit.time_entry_id == entry.id
            and not debit.overdraft
        )
        assert debit.at == entry.started_at  # dated in the month billed, not on the run's day
        session.commit()
        balance = sum(
            session.scalars(
                select(CreditEntry.amount).where(CreditEntry.contract_id == w.contract.id)
            )
        )
        assert balance == Decimal("4500.00")
        assert bill_month(session, w.contract.id, 2026, 11).credit_entries == []


def test_c5_on_demand_work_draws_on_the_clients_prepaid_credit_and_flags_overdraft(
    store: Engine,
) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        prepaid = w.add_contract(
            ContractKind.PREPAID_CREDIT,
            credit_unit=CreditUnit.HOURS,
            low_credit_threshold=Decimal(2),
        )
        session.add(
            CreditEntry(
                id=uuid.uuid4(),
                contract_id=prepaid.id,
                at=MON - timedelta(days=3),
                kind=CreditEntryKind.TOP_UP,
                unit=CreditUnit.HOURS,
                amount=Decimal(3),
            )
        )
        w.work(MON, 5)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert [d.amount for d in run.credit_entries] == [Decimal(-3)]
        assert run.invoice is not None and run.invoice.lines[0].hours == Decimal(
            2
        )  # the rest is invoiced


def test_c7_fte_bundle_fee_statement_lines_and_separate_overage(store: Engine) -> None:
    with Session(store) as session:
        w = World(
            session,
            ContractKind.FTE_BUNDLE,
            bundle_hours=Decimal(16),
            monthly_fee=Decimal("1800.00"),
        )
        for day in range(5):
            w.work(MON + timedelta(days=day), 4)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.fte_hours_used == Decimal(16)
        assert run.invoice is not None and run.overage is not None
        fee, *within = run.invoice.lines
        assert (fee.amount, fee.drew_on) == (Decimal("1800.00"), DrewOn.FIXED)
        assert {ln.drew_on for ln in within} == {DrewOn.FTE_BUNDLE} and all(
            ln.amount == 0 for ln in within
        )
        assert sum(ln.hours for ln in within) == Decimal(16)
        assert run.overage.kind == InvoiceKind.FTE_OVERAGE
        assert sum(ln.hours for ln in run.overage.lines) == Decimal(4)


def test_c8_own_defect_is_on_the_invoice_at_zero(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        w.work(MON, 2, billable=False, non_billable_reason=NonBillableReason.OWN_DEFECT)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        (line,) = run.invoice.lines
        assert line.amount == 0 and "own defect" in line.description and line.hours == Decimal(2)


def test_d8_visit_without_access_charges_the_full_reservation(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        w.visit("V-2026-000001", VisitStatus.NO_ACCESS, reserved_hours=Decimal(4))
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        (line,) = run.invoice.lines
        assert (
            line.hours == Decimal(4)
            and line.amount == Decimal("500.00")
            and "no access" in line.description
        )
        assert bill_month(session, w.contract.id, 2026, 11).invoice is None


def test_d3_visit_without_reserved_hours_charges_two(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        visit = w.visit("V-2026-000002", VisitStatus.COMPLETED)
        w.work(MON, 1, visit_id=visit.id)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        assert [(ln.hours, ln.amount) for ln in run.invoice.lines] == [
            (Decimal(2), Decimal("250.00"))
        ]


def test_d3_entries_on_a_billed_visit_are_never_rated_again(store: Engine) -> None:
    """D3: time on a visit is paid by its reservation, also when the run is repeated."""
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        visit = w.visit("V-2026-000003", VisitStatus.COMPLETED)
        on_site = w.work(MON, 1.5, visit_id=visit.id)
        first = bill_month(session, w.contract.id, 2026, 11)
        assert first.invoice is not None and on_site.invoice_line_id is not None
        assert bill_month(session, w.contract.id, 2026, 11).invoice is None


def test_e4_express_contract_is_not_billed_by_the_monthly_run(store: Engine) -> None:
    """E4: Express work is billed per emergency at its close; the month's run, which
    bills every other contract of the client, leaves it out with its approved hours."""
    from functools import partial

    from console import model
    from console.services.billing.run import run_month
    from console.sync.session import store_session

    with Session(store) as session:
        w = World(session, ContractKind.EXPRESS, express_rate=Decimal("180.00"))
        w.work(MON, 3)
        w.add_contract(ContractKind.ON_DEMAND)
        session.commit()
    report = run_month(partial(store_session, store), None, 2026, 11)
    billed = {c.kind for c in report.contracts}
    assert billed == {ContractKind.ON_DEMAND.value}
    with Session(store) as session:
        assert session.scalar(select(model.TimeEntry.invoice_line_id)) is None  # the hours wait


def test_c9_per_workstation_price_with_the_on_site_surcharge(store: Engine) -> None:
    """C9: 40 workstations at 25.00, +15 % for regular on-site visits, billed once a month."""
    with Session(store) as session:
        w = World(
            session,
            ContractKind.MONTHLY_PLAN,
            workstation_price=Decimal("25.00"),
            onsite_surcharge_pct=Decimal(15),
            regular_onsite_visits=True,
        )
        w.client.workstations = 40
        session.flush()
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        assert [ln.amount for ln in run.invoice.lines] == [Decimal("1000.00"), Decimal("150.00")]
        assert "40 workstations" in run.invoice.lines[0].description
        assert bill_month(session, w.contract.id, 2026, 11).invoice is None  # once a month


def test_c5_credit_bought_every_month_is_sold_and_added_on_the_first(store: Engine) -> None:
    """C5: a monthly top-up of 2,000.00 is invoiced and credited; this month's work draws on it."""
    with Session(store) as session:
        w = World(
            session,
            ContractKind.PREPAID_CREDIT,
            credit_unit=CreditUnit.MONEY,
            monthly_top_up=Decimal("2000.00"),
        )
        w.work(MON, 4)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        (purchase,) = run.invoice.lines
        assert (purchase.amount, purchase.drew_on) == (Decimal("2000.00"), DrewOn.FIXED)
        ledger = session.scalars(
            select(CreditEntry)
            .where(CreditEntry.contract_id == w.contract.id)
            .order_by(CreditEntry.at)
        ).all()
        assert [(e.kind, e.amount) for e in ledger] == [
            (CreditEntryKind.TOP_UP, Decimal("2000.00")),
            (CreditEntryKind.DEBIT, Decimal("-500.00")),
        ]
        assert ledger[0].at.date() == date(2026, 10, 31)  # midnight in Amsterdam, in UTC
        again = bill_month(session, w.contract.id, 2026, 11)
        assert again.invoice is None and again.credit_entries == []
