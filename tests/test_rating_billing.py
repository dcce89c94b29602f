"""Rating and billing rules (C3-C10, D2, D3, D8, E2-E5), without a database."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.enums import CreditEntryKind, CreditUnit, DrewOn, InvoiceKind, NonBillableReason, Phase
from console.errors import ValidationError
from console.money import Money
from console.rules import credit
from console.rules.billing import (
    Balances,
    GuaranteeTerms,
    build_invoice,
    consume,
    emergency_invoices,
    fte_statement,
    guarantee_hours,
)
from console.rules.calendar import calendar_for
from console.rules.cutoff import is_late_entry, is_locked
from console.rules.rating import (
    PlanRate,
    RateCard,
    VisitCharge,
    WorkItem,
    rate_all,
    rate_visit,
    rate_work,
)
from console.rules.schedule import BASIS_10X5

EUR = "EUR"
AMS = "Europe/Amsterdam"
CARD = RateCard(
    currency=EUR,
    standard_rate=Decimal("125.00"),
    express_rate=Decimal("180.00"),
    on_demand_rate=Decimal("140.00"),
    after_hours_multiplier=Decimal("1.5"),
    rush_fee=Decimal("150.00"),
    window=calendar_for(BASIS_10X5, AMS, "NL"),
)
ENGINEER = uuid.uuid4()


def work(start: datetime, hours: float, **kw: object) -> WorkItem:
    return WorkItem(uuid.uuid4(), ENGINEER, start, start + timedelta(hours=hours), **kw)  # type: ignore[arg-type]


MON_9 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam


def test_c5_source_example_credit_5000_minus_4h_change_at_125_leaves_4500() -> None:
    lines = rate_work(work(MON_9, 4, description="Change"), CARD)
    used = consume(lines, Balances(credit=Decimal("5000.00"), credit_unit=CreditUnit.MONEY))
    assert used.credit_used == Decimal("500.00")
    assert Decimal("5000.00") - used.credit_used == Decimal("4500.00")
    assert used.invoiceable() == []  # C5: deducted, no separate invoice
    assert [ln.drew_on for ln in used.lines] == [DrewOn.PREPAID_CREDIT]


def test_c5_hours_variant_deducts_hours() -> None:
    lines = rate_work(work(MON_9, 3), CARD)
    used = consume(lines, Balances(credit=Decimal(2), credit_unit=CreditUnit.HOURS))
    assert used.credit_used == Decimal(2)
    assert [(ln.drew_on, ln.hours) for ln in used.lines] == [
        (DrewOn.PREPAID_CREDIT, Decimal(2)),
        (DrewOn.ON_DEMAND, Decimal(1)),
    ]


def test_c5_balance_alerts_and_overdraft_flag() -> None:
    entries = [
        credit.LedgerEntry(CreditEntryKind.TOP_UP, Decimal(5000)),
        credit.LedgerEntry(CreditEntryKind.DEBIT, Decimal(-4300)),
    ]
    current = credit.balance(entries)
    assert current == Decimal(700)
    assert credit.alert(current, Decimal(750)) is credit.CreditAlert.LOW
    check = credit.apply_debit(current, Decimal(900), Decimal(750))
    assert (
        check.overdraft
        and check.balance_after == Decimal(-200)
        and check.alert is credit.CreditAlert.EXHAUSTED
    )
    assert credit.debit_value(Decimal(4), Decimal("125.00"), CreditUnit.MONEY, EUR) == Decimal(
        "500.00"
    )


def test_c3_e3_restoration_at_express_rate_then_cause_at_on_demand() -> None:
    restore = rate_work(work(MON_9, 2, phase=Phase.RESTORE), CARD)
    cause = rate_work(work(MON_9 + timedelta(hours=3), 1, phase=Phase.CAUSE), CARD)
    assert (restore[0].rate, restore[0].drew_on, restore[0].amount.amount) == (
        Decimal("180.00"),
        DrewOn.EXPRESS,
        Decimal("360.00"),
    )
    assert (cause[0].rate, cause[0].drew_on) == (Decimal("140.00"), DrewOn.ON_DEMAND)


def test_c3_cause_removal_uses_the_active_monthly_plan_rate() -> None:
    card = replace(CARD, monthly_plans=(PlanRate(MON_9.date(), None, Decimal("99.00")),))
    (line,) = rate_work(work(MON_9, 1, phase=Phase.CAUSE), card)
    assert (line.rate, line.drew_on) == (Decimal("99.00"), DrewOn.MONTHLY_PLAN)


def test_c3_an_expired_or_future_monthly_plan_does_not_set_the_rate() -> None:
    """C3: only the plan in force on the day of the work counts."""
    expired = PlanRate(date(2025, 1, 1), date(2026, 10, 31), Decimal("99.00"))
    future = PlanRate(date(2026, 12, 1), None, Decimal("88.00"))
    card = replace(CARD, monthly_plans=(expired, future))
    (line,) = rate_work(work(MON_9, 1, phase=Phase.CAUSE), card)
    assert (line.rate, line.drew_on) == (Decimal("140.00"), DrewOn.ON_DEMAND)
    (later,) = rate_work(work(MON_9 + timedelta(days=16), 1, phase=Phase.CAUSE), card)
    assert (later.rate, later.drew_on) == (Decimal("88.00"), DrewOn.MONTHLY_PLAN)


def test_twenty_minutes_at_125_bill_41_67_rounded_once_per_line() -> None:
    """Amount = minutes x rate / 60, rounded once (not hours rounded first)."""
    (line,) = rate_work(work(MON_9, 20 / 60), CARD)
    assert line.amount.amount == Decimal("41.67")


def test_a_line_is_dated_in_the_clients_zone() -> None:
    """08:00 in Tokyo on 1 December is 23:00 UTC on 30 November: the line says 1 December."""
    tokyo = replace(CARD, window=calendar_for(BASIS_10X5, "Asia/Tokyo", "JP"))
    start = datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
    lines = rate_work(work(start, 2), tokyo)
    assert {ln.day for ln in lines} == {date(2026, 12, 1)}


def test_d3_default_reservation_grace_covers_two_hours_twenty_on_site() -> None:
    """D3: 2 h plus 30 min grace reserved; 2 h 20 min on site bills the 2 h only."""
    visit = VisitCharge(
        uuid.uuid4(), MON_9.date(), Decimal(2), Decimal(140) / 60, start=MON_9,
        grace_hours=Decimal("0.5"),
    )  # fmt: skip
    (line,) = rate_visit(visit, CARD)
    assert (line.hours, line.amount.amount) == (Decimal(2), Decimal("250.00"))
    longer = replace(visit, worked_hours=Decimal(3))
    _reserved, beyond = rate_visit(longer, CARD)
    assert beyond.hours == Decimal("0.5")


def test_c10_a_visit_reserved_past_the_service_window_is_split() -> None:
    """C10: 17:00-19:00 Amsterdam reserved, the window closes at 18:00."""
    visit = VisitCharge(
        uuid.uuid4(), MON_9.date(), Decimal(2), Decimal(2),
        start=datetime(2026, 11, 16, 16, 0, tzinfo=UTC),
    )  # fmt: skip
    inside, outside = rate_visit(visit, CARD)
    assert (inside.hours, inside.multiplier, inside.amount.amount) == (
        Decimal(1), Decimal(1), Decimal("125.00"),
    )  # fmt: skip
    assert (outside.hours, outside.multiplier, outside.amount.amount) == (
        Decimal(1), Decimal("1.5"), Decimal("187.50"),
    )  # fmt: skip
    assert {inside.source_id, outside.source_id} == {visit.id}


def test_c10_entry_crossing_the_service_window_is_split_and_multiplied() -> None:
    start = datetime(2026, 11, 16, 16, 0, tzinfo=UTC)  # 17:00-19:00 Amsterdam, window ends 18:00
    inside, outside = rate_work(work(start, 2), CARD)
    assert (inside.hours, inside.multiplier, inside.amount.amount) == (
        Decimal(1),
        Decimal(1),
        Decimal("125.00"),
    )
    assert (outside.hours, outside.multiplier, outside.amount.amount) == (
        Decimal(1),
        Decimal("1.5"),
        Decimal("187.50"),
    )
    assert outside.rule == "C10"


def test_c10_express_restoration_is_24x7_and_never_multiplied() -> None:
    night = datetime(2026, 11, 21, 23, 0, tzinfo=UTC)  # Sunday 00:00 Amsterdam
    (line,) = rate_work(work(night, 2, phase=Phase.RESTORE), CARD)
    assert line.multiplier == Decimal(1)


def test_rounding_up_to_the_contracts_step() -> None:
    card = CARD.__class__(**{**CARD.__dict__, "rounding_minutes": 15})
    (line,) = rate_work(work(MON_9, 50 / 60), card)
    assert line.hours == Decimal(1)


def test_c8_own_defect_is_reported_but_never_billed() -> None:
    (line,) = rate_work(
        work(MON_9, 3, billable=False, non_billable_reason=NonBillableReason.OWN_DEFECT), CARD
    )
    assert line.amount == Money.zero(EUR) and not line.billable and line.hours == Decimal(3)
    assert line.rule == "C8" and "own defect" in line.description
    assert consume([line], Balances(fte_hours=Decimal(10))).fte_hours_used == 0


def test_d3_d8_reserved_hours_charged_in_full_with_two_hour_minimum() -> None:
    visit = VisitCharge(
        uuid.uuid4(), MON_9.date(), Decimal("1.5"), Decimal("0.5"), reference="V-2026-000001"
    )
    (line,) = rate_visit(visit, CARD)
    assert (
        line.hours == Decimal(2) and line.amount.amount == Decimal("250.00") and line.rule == "D3"
    )
    no_access = VisitCharge(uuid.uuid4(), MON_9.date(), Decimal(4), Decimal(0), no_access=True)
    (line,) = rate_visit(no_access, CARD)
    assert line.hours == Decimal(4) and line.rule == "D8" and "no access" in line.description


def test_d3_time_beyond_the_reservation_is_a_separate_line() -> None:
    visit = VisitCharge(uuid.uuid4(), MON_9.date(), Decimal(2), Decimal("3.5"))
    _reserved, beyond = rate_visit(visit, CARD)
    assert beyond.hours == Decimal("1.5") and "beyond the reservation" in beyond.description


def test_d2_rush_fee_unless_a_retainer_covers_it() -> None:
    rushed = VisitCharge(uuid.uuid4(), MON_9.date(), Decimal(2), Decimal(2), rush=True)
    assert [ln.rule for ln in rate_visit(rushed, CARD)] == ["D3", "D2"]
    covered = VisitCharge(
        uuid.uuid4(), MON_9.date(), Decimal(2), Decimal(2), rush=True, rush_covered=True
    )
    assert [ln.rule for ln in rate_visit(covered, CARD)] == ["D3"]


def test_visit_time_entries_are_paid_through_the_reservation() -> None:
    visit = VisitCharge(uuid.uuid4(), MON_9.date(), Decimal(3), Decimal(2))
    on_site = work(MON_9, 2, visit_id=visit.id)
    other = work(MON_9 + timedelta(hours=4), 1)
    lines = rate_all([on_site, other], [visit], CARD)
    assert sum(ln.hours or 0 for ln in lines) == Decimal(4)


def test_consumption_order_fte_then_credit_then_guarantee_then_rates() -> None:
    lines = rate_work(work(MON_9, 4), CARD) + rate_work(work(MON_9, 2, phase=Phase.RESTORE), CARD)
    balances = Balances(
        fte_hours=Decimal(1),
        credit=Decimal(2),
        credit_unit=CreditUnit.HOURS,
        guarantee_hours=Decimal(1),
    )
    used = consume(lines, balances)
    assert [(ln.drew_on, ln.hours) for ln in used.lines] == [
        (DrewOn.FTE_BUNDLE, Decimal(1)),
        (DrewOn.PREPAID_CREDIT, Decimal(2)),
        (DrewOn.ON_DEMAND, Decimal(1)),
        (DrewOn.GUARANTEE, Decimal(1)),
        (DrewOn.EXPRESS, Decimal(1)),
    ]
    assert (balances.fte_hours, balances.credit, balances.guarantee_hours) == (0, 0, 0)


@given(st.integers(1, 40 * 60), st.decimals(min_value=0, max_value=10_000, places=2))
def test_splitting_a_line_never_loses_a_cent(minutes: int, credit_left: Decimal) -> None:
    lines = rate_work(work(MON_9, minutes / 60), CARD)
    before = sum((ln.amount for ln in lines), Money.zero(EUR))
    used = consume(lines, Balances(credit=credit_left, credit_unit=CreditUnit.MONEY))
    after = sum((ln.amount for ln in used.lines), Money.zero(EUR))
    assert after == before
    assert sum(ln.hours or 0 for ln in used.lines) == sum(ln.hours or 0 for ln in lines)


def test_c7_fte_statement_and_overage() -> None:
    lines = [ln for d in range(5) for ln in rate_work(work(MON_9 + timedelta(days=d), 4), CARD)]
    statement = fte_statement(Decimal(16), lines)
    assert (statement.used_hours, statement.remaining_hours, statement.overage_hours) == (
        Decimal(16),
        0,
        Decimal(4),
    )
    overage = build_invoice(InvoiceKind.FTE_OVERAGE, statement.overage_lines, EUR, Decimal(21))
    assert overage.subtotal.amount == Decimal("500.00")


def test_e2_guarantee_hours_default_range_waiver_and_monthly_plan() -> None:
    assert guarantee_hours(GuaranteeTerms()) == Decimal(1)
    assert guarantee_hours(GuaranteeTerms(hours=Decimal(8))) == Decimal(8)
    assert guarantee_hours(GuaranteeTerms(hours=Decimal(4), waived=True)) == 0
    assert guarantee_hours(GuaranteeTerms(has_monthly_plan=True)) == 0
    with pytest.raises(ValidationError) as caught:
        guarantee_hours(GuaranteeTerms(hours=Decimal(9)))
    assert caught.value.rule == "E2"


def test_e4_up_to_three_invoices_and_the_guarantee_is_credited_not_refunded() -> None:
    lines = rate_work(work(MON_9, 3, phase=Phase.RESTORE), CARD) + rate_work(
        work(MON_9 + timedelta(hours=5), 2, phase=Phase.CAUSE), CARD
    )
    invoices = emergency_invoices(
        lines, GuaranteeTerms(hours=Decimal(2)), CARD.express_rate, EUR, Decimal(21)
    )
    assert [i.kind for i in invoices] == [
        InvoiceKind.GUARANTEE,
        InvoiceKind.RESTORATION,
        InvoiceKind.CAUSE_REMOVAL,
    ]
    guarantee, restoration, cause = invoices
    assert guarantee.subtotal.amount == Decimal("360.00")
    assert restoration.subtotal.amount == Decimal("540.00") - Decimal("360.00")
    assert cause.subtotal.amount == Decimal("280.00")
    short = rate_work(work(MON_9, 1, phase=Phase.RESTORE), CARD)
    _, restoration = emergency_invoices(
        short, GuaranteeTerms(hours=Decimal(4)), CARD.express_rate, EUR, Decimal(21)
    )
    assert restoration.subtotal.amount == 0  # non-refundable: never below zero


def test_tax_per_rate_and_zero_rate_needs_exemption_text() -> None:
    lines = rate_work(work(MON_9, 1.3333), CARD)
    draft = build_invoice(InvoiceKind.MONTHLY, lines, EUR, Decimal(21))
    assert draft.total == draft.subtotal + draft.tax_total
    assert draft.tax_total.amount == (draft.subtotal.amount * Decimal("0.21")).quantize(
        Decimal("0.01"), rounding="ROUND_HALF_UP"
    )
    with pytest.raises(ValidationError, match="exemption"):
        build_invoice(InvoiceKind.MONTHLY, lines, EUR, Decimal(0))
    exempt = build_invoice(
        InvoiceKind.MONTHLY, lines, EUR, Decimal(0), "Reverse charge: art. 196 VAT Directive"
    )
    assert exempt.taxes[0].exemption and exempt.total == exempt.subtotal


@given(
    st.lists(
        st.tuples(
            st.integers(1, 600),
            st.sampled_from([Decimal("95.00"), Decimal("125.50"), Decimal("133.33")]),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_invoice_totals_reconcile_to_the_cent(entries: list[tuple[int, Decimal]]) -> None:
    lines = []
    for k, (minutes, rate) in enumerate(entries):
        card = CARD.__class__(**{**CARD.__dict__, "standard_rate": rate})
        lines += rate_work(work(MON_9 + timedelta(days=k), minutes / 60), card)
    draft = build_invoice(InvoiceKind.MONTHLY, lines, EUR, Decimal(21))
    assert draft.total.amount == draft.subtotal.amount + draft.tax_total.amount
    assert all(ln.amount.amount == ln.amount.amount.quantize(Decimal("0.01")) for ln in lines)


def test_jpy_lines_round_to_whole_yen() -> None:
    card = CARD.__class__(**{**CARD.__dict__, "currency": "JPY", "standard_rate": Decimal(18000)})
    (line,) = rate_work(work(MON_9, 1 + 1 / 60), card)
    assert line.amount.amount == line.amount.amount.quantize(Decimal(1))


def test_e5_past_days_lock_at_the_cutoff_and_late_entries_are_flagged() -> None:
    worked = datetime(2026, 11, 16, 14, 0, tzinfo=UTC)
    assert not is_locked(worked, datetime(2026, 11, 16, 22, 59, tzinfo=UTC), AMS)
    assert is_locked(
        worked, datetime(2026, 11, 16, 23, 0, tzinfo=UTC), AMS
    )  # midnight in Amsterdam
    assert is_late_entry(worked, datetime(2026, 11, 17, 8, 0, tzinfo=UTC), AMS)
    assert not is_late_entry(worked, datetime(2026, 11, 16, 18, 0, tzinfo=UTC), AMS)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 4 * 24),  # start, in quarter hours after Monday 09:00
            st.integers(1, 12 * 60),  # minutes worked
            st.sampled_from([Phase.NONE, Phase.RESTORE, Phase.CAUSE]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.decimals(min_value=0, max_value=40, places=2),
    st.decimals(min_value=0, max_value=3000, places=2),
    st.decimals(min_value=0, max_value=8, places=0),
)
def test_c5_c7_e2_drawing_never_bills_an_entry_twice_nor_loses_a_cent(
    work_items: list[tuple[int, int, Phase]],
    fte_hours: Decimal,
    credit_left: Decimal,
    guarantee: Decimal,
) -> None:
    """FTE bundle, prepaid credit, guarantee and rates together: every entry's hours and
    money come out once, split over the sources that pay them, to the cent."""
    items = [
        work(MON_9 + timedelta(minutes=15 * q), minutes / 60, phase=phase)
        for q, minutes, phase in work_items
    ]
    lines = [ln for item in items for ln in rate_work(item, CARD)]
    used = consume(
        lines,
        Balances(
            fte_hours=fte_hours, credit=credit_left, credit_unit=CreditUnit.MONEY,
            guarantee_hours=guarantee,
        ),
    )  # fmt: skip
    for item in items:
        before = [ln for ln in lines if ln.source_id == item.id]
        after = [ln for ln in used.lines if ln.source_id == item.id]
        assert sum(ln.hours or 0 for ln in after) == sum(ln.hours or 0 for ln in before)
        assert sum(ln.amount.amount for ln in after) == sum(ln.amount.amount for ln in before)
    assert used.fte_hours_used <= fte_hours and used.credit_used <= credit_left
    assert used.guarantee_hours_used <= guarantee
