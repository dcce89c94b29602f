"""A retainer promises its client something only while it is in force (C1, D2): one that
ended, or has not begun, neither waives a rush fee nor spares the visit request the
"no retainer" warning."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from builders import MON, World
from monthly_run import bill_month
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, VisitStatus
from console.rules.dispatch import retainer_on
from console.services.visits import VisitForm, check_form

ENDED = (date(2025, 1, 1), date(2026, 10, 31))  # before the November of MON
OPEN = (date(2026, 1, 1), None)
LATER = (date(2027, 1, 1), None)


def test_c1_d2_a_retainer_counts_from_its_first_day_to_its_last() -> None:
    assert retainer_on([OPEN], MON.date())
    assert not retainer_on([ENDED], MON.date()) and not retainer_on([LATER], MON.date())
    assert retainer_on([ENDED], date(2026, 10, 31)) and retainer_on([LATER], date(2027, 1, 1))
    assert retainer_on([ENDED, OPEN], MON.date()) and not retainer_on([], MON.date())


def _rush_fees(store: Engine, retainer: tuple[date, date | None]) -> list[Decimal]:
    """The rush fees the month bills for a rush visit on MON, beside a retainer of those days."""
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND, rush_fee=Decimal("150.00"))
        w.add_contract(ContractKind.RETAINER, valid_from=retainer[0], valid_until=retainer[1])
        visit = w.visit("V-2026-000010", VisitStatus.COMPLETED, rush=True)
        w.work(MON, 1, visit_id=visit.id)
        run = bill_month(session, w.contract.id, 2026, 11)
        assert run.invoice is not None
        return [ln.amount for ln in run.invoice.lines if "Rush fee" in ln.description]


def test_d2_a_retainer_that_ended_no_longer_waives_the_rush_fee(store: Engine) -> None:
    assert _rush_fees(store, ENDED) == [Decimal("150.00")]


def test_d2_a_retainer_in_force_on_the_visits_day_waives_it(store: Engine) -> None:
    assert _rush_fees(store, OPEN) == []


def _findings(store: Engine, retainer: tuple[date, date | None]) -> dict[str, str]:
    """The C1 and D2 findings of a rush visit request for MON, under such a retainer."""
    with Session(store) as session:
        w = World(session, ContractKind.RETAINER, valid_from=retainer[0], valid_until=retainer[1])
        form = VisitForm(
            ticket_id=w.ticket.id, site_id=w.site.id, planned_start=MON,
            work_description="Replace the switch", reserved_hours=Decimal(3),
        )  # fmt: skip
        found = check_form(session, form, MON - timedelta(hours=5))
        return {f.rule: str(f.message) for f in found if f.rule in ("C1", "D2")}


def test_c1_a_retainer_that_ended_leaves_the_visit_without_its_promise(store: Engine) -> None:
    ended = _findings(store, ENDED)
    assert "no retainer" in ended["C1"] and "retainer covers" not in ended["D2"]
    current = _findings(store, OPEN)
    assert "C1" not in current and "retainer covers the rush" in current["D2"]
