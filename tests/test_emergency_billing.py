"""Emergency billing at partial and final close, over the store (E2, E3, E4)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from builders import MON, World
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, DrewOn, InvoiceKind, Phase
from console.errors import UserError
from console.model import Assessment
from console.services.emergency import bill_emergency
from console.services.invoicing import issue_invoice

EXPRESS = {"express_rate": Decimal("180.00"), "on_demand_rate": Decimal("140.00")}


def _emergency(session: Session, guarantee: str = "2", waived: bool = False) -> World:
    w = World(session, ContractKind.EXPRESS, **EXPRESS)  # type: ignore[arg-type]
    session.add(
        Assessment(
            ticket_id=w.ticket.id,
            answered_at=MON,
            guarantee_hours=Decimal(guarantee),
            guarantee_waived=waived,
        )
    )
    session.flush()
    return w


def test_e4_final_close_drafts_guarantee_restoration_and_cause_removal(store: Engine) -> None:
    with Session(store) as session:
        w = _emergency(session)
        restore = w.work(MON, 3, phase=Phase.RESTORE)
        cause = w.work(MON + timedelta(days=1), 2, phase=Phase.CAUSE)
        run = bill_emergency(session, w.ticket.id)
        assert [i.kind for i in run.invoices] == [
            InvoiceKind.GUARANTEE,
            InvoiceKind.RESTORATION,
            InvoiceKind.CAUSE_REMOVAL,
        ]
        guarantee, restoration, removal = run.invoices
        assert all(i.number is None and i.ticket_id == w.ticket.id for i in run.invoices)
        assert [ln.amount for ln in guarantee.lines] == [Decimal("360.00")]  # E2: 2 Express h
        assert [ln.amount for ln in restoration.lines] == [Decimal("540.00"), Decimal("-360.00")]
        assert restoration.lines[1].drew_on == DrewOn.GUARANTEE
        assert [ln.amount for ln in removal.lines] == [Decimal("280.00")]  # E3: On-demand rate
        assert restore.invoice_line_id and cause.invoice_line_id
        assert bill_emergency(session, w.ticket.id).invoices == []  # nothing billed twice
        issued = issue_invoice(session, restoration.id, date(2026, 11, 20))
        assert issued.total == Decimal("217.80")  # 180.00 + 21 % VAT


def test_e4_partial_closes_credit_the_guarantee_once_in_total(store: Engine) -> None:
    """E2: non-refundable and credited once, however many partial closes there are."""
    with Session(store) as session:
        w = _emergency(session, guarantee="2")
        w.work(MON, 1, phase=Phase.RESTORE)
        first = bill_emergency(session, w.ticket.id)
        restoration = first.of_kind(InvoiceKind.RESTORATION)
        assert first.of_kind(InvoiceKind.GUARANTEE) is not None and restoration is not None
        assert sum(ln.amount for ln in restoration.lines) == 0  # 180 - 180: never negative
        w.work(MON + timedelta(hours=4), 3, phase=Phase.RESTORE)
        second = bill_emergency(session, w.ticket.id)
        assert second.of_kind(InvoiceKind.GUARANTEE) is None  # billed once
        later = second.of_kind(InvoiceKind.RESTORATION)
        assert later is restoration  # E4: the draft grows, no second restoration invoice
        assert [ln.amount for ln in later.lines][-2:] == [Decimal("540.00"), Decimal("-180.00")]
        w.work(MON + timedelta(hours=8), 1, phase=Phase.RESTORE)
        third = bill_emergency(session, w.ticket.id).of_kind(InvoiceKind.RESTORATION)
        assert third is restoration and [ln.amount for ln in third.lines][-1] == Decimal("180.00")
        assert sum(ln.amount for ln in restoration.lines) == Decimal("540.00")  # 5 h - 2 h


def test_e4_never_more_than_three_invoices_once_some_are_issued(store: Engine) -> None:
    """E4: after restoration is issued, later restoration work joins cause removal."""
    with Session(store) as session:
        w = _emergency(session, guarantee="1")
        w.work(MON, 2, phase=Phase.RESTORE)
        first = bill_emergency(session, w.ticket.id)
        restoration = first.of_kind(InvoiceKind.RESTORATION)
        assert restoration is not None
        for invoice in first.invoices:
            issue_invoice(session, invoice.id, date(2026, 11, 20))
        w.work(MON + timedelta(hours=5), 1, phase=Phase.RESTORE)
        w.work(MON + timedelta(days=1), 2, phase=Phase.CAUSE)
        second = bill_emergency(session, w.ticket.id)
        assert [i.kind for i in second.invoices] == [InvoiceKind.CAUSE_REMOVAL]
        (removal,) = second.invoices
        assert sorted(ln.amount for ln in removal.lines) == [Decimal("180.00"), Decimal("280.00")]
        issue_invoice(session, removal.id, date(2026, 11, 25))
        w.work(MON + timedelta(days=2), 1, phase=Phase.CAUSE)
        with pytest.raises(UserError, match="at most three invoices"):
            bill_emergency(session, w.ticket.id)


def test_e2_no_guarantee_when_waived_or_on_a_monthly_plan(store: Engine) -> None:
    with Session(store) as session:
        w = _emergency(session, waived=True)
        w.work(MON, 1, phase=Phase.RESTORE)
        kinds = [i.kind for i in bill_emergency(session, w.ticket.id).invoices]
        assert kinds == [InvoiceKind.RESTORATION]
    with Session(store) as session:
        w = _emergency(session)
        w.add_contract(ContractKind.MONTHLY_PLAN, standard_rate=Decimal("95.00"))
        w.work(MON, 1, phase=Phase.CAUSE)
        run = bill_emergency(session, w.ticket.id)
        assert [i.kind for i in run.invoices] == [InvoiceKind.CAUSE_REMOVAL]
        # C3: cause removal at the monthly plan's rate
        assert [ln.amount for ln in run.invoices[0].lines] == [Decimal("95.00")]


def test_e4_unapproved_time_waits_and_other_contracts_are_refused(store: Engine) -> None:
    with Session(store) as session:
        w = _emergency(session)
        w.work(MON, 1, approved=False, phase=Phase.RESTORE)
        run = bill_emergency(session, w.ticket.id)
        assert run.awaiting_approval == 1
        assert [i.kind for i in run.invoices] == [InvoiceKind.GUARANTEE]
        other = World(session, ContractKind.ON_DEMAND)
        with pytest.raises(UserError, match="only an Express emergency"):
            bill_emergency(session, other.ticket.id)


def test_e4_an_emergency_is_billed_from_the_billing_tab_and_the_command_line(
    store: Engine, sqlite_path: Path, qtbot: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """E4 reachable: `billing emergency TICKET` and the Billing tab's Bill an emergency…"""
    from console.cli import main
    from console.enums import Role
    from console.model import TimeEntry, User
    from console.views.billing_view import BillingView
    from console.views.context import DeskContext

    with Session(store) as session:
        w = _emergency(session)
        w.work(MON, 2, phase=Phase.RESTORE)
        cause = w.work(MON + timedelta(days=1), 1, approved=False, phase=Phase.CAUSE).id
        session.add(User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER))
        session.add(User(username="jan", display_name="Jan", role=Role.ENGINEER))
        session.commit()
        reference = w.ticket.reference
    db = ["--db", str(sqlite_path)]
    assert main(["billing", "emergency", reference, "--as", "jan", *db]) == 2
    assert "engineer may not" in capsys.readouterr().err
    assert main(["billing", "emergency", reference, "--as", "mara", *db]) == 0
    out = capsys.readouterr().out  # guarantee and restoration; cause removal waits (E5)
    assert f"{reference}: 2 drafts; 1 entries await approval" in out
    with Session(store) as session:
        entry = session.get_one(TimeEntry, cause)
        entry.provider_approved_at = entry.client_approved_at = MON + timedelta(days=2)
        session.commit()
    desk = DeskContext(store)
    desk.sign_in("mara")
    view = BillingView(desk)
    qtbot.addWidget(view)
    view.bill_emergency(reference)
    assert view.summary.text() == f"{reference}: 1 drafts."  # cause removal, the third
