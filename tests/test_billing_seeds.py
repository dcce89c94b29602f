"""The seeds' worked numbers through the real billing run, on SQLite and PostgreSQL (issue 19).

Each test builds a small desk in a fresh store, runs the month (`run_month`) or an
emergency's close (`bill_emergency_ticket`) as the desk does, issues the drafts
(`issue_invoices`) and checks the exact amounts. Where a source document gives a number it
is used as given: the strippenkaart of 5,000.00 EUR less a 4 h change at 125.00 EUR/h
(C5, seed 002), the Express rate of 35 USD/h and 1 to 8 guarantee hours (C3, E2, seed 001),
2 h reserved plus 30 min grace (D3, seed 000), 10-20 % for regular on-site visits and an
after-hours multiplier of 1.5 to 2 (C9, C10, seed 003). Other prices are the desk's own and
say so.

Rules: C3, C4, C5, C6, C7, C8, C9, C10, D3, D8, E1, E2, E3, E4, E5.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

import pytest
from builders import MON, PROFILE
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import (
    ApprovalMethod,
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    InvoiceKind,
    NonBillableReason,
    Phase,
    Priority,
    Role,
    TicketCategory,
    TicketStatus,
    VisitStatus,
)
from console.model import (
    Assessment,
    Client,
    Contract,
    CreditEntry,
    Engineer,
    Site,
    Ticket,
    TimeEntry,
    User,
    Visit,
)
from console.rules.credit import CreditAlert
from console.rules.schedule import BASIS_10X5
from console.services.acting import Acting
from console.services.billing.drafts import issue_invoices, show_invoice
from console.services.billing.run import RunReport, bill_emergency_ticket, run_month
from console.services.billing.summary import InvoiceSummary
from console.services.credit_balances import credit_balances
from console.services.provider import save_profile
from console.services.timekeeping import (
    approve_entries,
    approve_for_client,
    log_time,
    pending_list,
    run_cutoff,
)
from console.sync.session import store_session

ISSUED_ON = date(2026, 12, 1)
RATE = Decimal("125.00")  # C5: the seed's hourly value of a change
EXPRESS_USD = Decimal("35.00")  # C3: the seed's Express rate, per hour
ON_DEMAND_USD = Decimal("25.00")  # the desk's own On-demand rate (the seed names no number)
OUTSIDE_THE_EU = "VAT: service supplied outside the EU"
SAT_NIGHT = datetime(2026, 11, 21, 7, 0, tzinfo=UTC)  # Saturday 02:00 in Bogotá
_REFERENCES = itertools.count(1)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """The same migrated, empty store on SQLite and on a private PostgreSQL database."""
    yield request.getfixturevalue("pg_store" if request.param == "postgresql" else "store")


class Desk:
    """A provider (NL, 21 % VAT, invoice series HN), a service manager and an engineer."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = partial(store_session, engine)
        with Session(engine) as session:
            mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
            jan = Engineer(name="Jan", home_time_zone="Europe/Amsterdam")
            session.add_all([mara, jan])
            save_profile(session, PROFILE)
            session.commit()
            self.user, self.engineer = mara.id, jan.id

    def run(self, year: int = 2026, month: int = 11, **kw: Any) -> RunReport:
        """The month's run as the service manager starts it, its drafts' lines reported."""
        kw.setdefault("lines", True)
        return run_month(self.sessions, self.user, year, month, **kw)

    def issue(self, drafts: list[InvoiceSummary], day: date = ISSUED_ON) -> list[InvoiceSummary]:
        """Issue drafts as one batch."""
        return issue_invoices(self.sessions, self.user, [d.id for d in drafts], day)

    def invoice(self, ref: object) -> InvoiceSummary:
        """One invoice as the desk sees it."""
        return show_invoice(self.sessions, self.user, ref)


class Customer:
    """One client with a site, built inside the caller's session."""

    def __init__(
        self,
        session: Session,
        desk: Desk,
        name: str = "Tulp B.V.",
        *,
        currency: str = "EUR",
        country: str = "NL",
        zone: str = "Europe/Amsterdam",
        locale: str = "nl_NL",
        workstations: int = 0,
    ) -> None:
        self.session, self.desk, self.currency = session, desk, currency
        self.client = Client(
            name=name, country=country, time_zone=zone, locale=locale, currency=currency,
            workstations=workstations,
        )  # fmt: skip
        session.add(self.client)
        session.flush()
        self.site = Site(
            client_id=self.client.id, name="HQ", street="Main street 1", city="Town",
            country=country, time_zone=zone,
        )  # fmt: skip
        session.add(self.site)
        session.flush()

    def contract(self, kind: ContractKind, **fields: Any) -> Contract:
        """A contract of this client, in force all year, on the 10x5 window."""
        terms: dict[str, Any] = {
            "name": f"{kind.value} {self.client.name}", "valid_from": date(2026, 1, 1),
            "currency": self.currency, "service_window": BASIS_10X5,
            "standard_rate": RATE, "on_demand_rate": RATE, **fields,
        }  # fmt: skip
        contract = Contract(client_id=self.client.id, kind=kind, **terms)
        self.session.add(contract)
        self.session.flush()
        return contract

    def ticket(self, contract: Contract, opened: datetime = MON - timedelta(days=1)) -> Ticket:
        """A ticket billed under a contract."""
        ticket = Ticket(
            reference=f"T-2026-{next(_REFERENCES):06d}", title="Work",
            category=TicketCategory.CHANGE, priority=Priority.NORMAL, channel="email",
            client_id=self.client.id, site_id=self.site.id, contract_id=contract.id,
            opened_at=opened, status=TicketStatus.IN_PROGRESS,
            emergency=contract.kind == ContractKind.EXPRESS,
        )  # fmt: skip
        self.session.add(ticket)
        self.session.flush()
        return ticket

    def work(
        self,
        ticket: Ticket,
        start: datetime,
        hours: float,
        *,
        provider: bool = True,
        client: bool = True,
        **kw: Any,
    ) -> TimeEntry:
        """Time on a ticket, approved by the provider and by the client unless told (E5)."""
        return _entry(
            self.session, self.desk, ticket.id, start, hours, provider=provider, client=client,
            **kw,
        )  # fmt: skip

    def visit(self, ticket: Ticket, status: VisitStatus, **kw: Any) -> Visit:
        """A visit to the client's site on Monday 09:00 Amsterdam, asked three days before."""
        visit = Visit(
            reference=f"V-2026-{next(_REFERENCES):06d}", ticket_id=ticket.id,
            site_id=self.site.id, status=status, requested_at=MON - timedelta(days=3),
            planned_start=MON, **kw,
        )  # fmt: skip
        self.session.add(visit)
        self.session.flush()
        return visit

    def credit(self, contract: Contract, amount: str, unit: CreditUnit = CreditUnit.MONEY) -> None:
        """Prepaid credit bought once (C5), before the month billed."""
        self.session.add(
            CreditEntry(
                id=uuid.uuid4(), contract_id=contract.id, at=MON - timedelta(days=10),
                kind=CreditEntryKind.TOP_UP, unit=unit, amount=Decimal(amount),
                currency=self.currency if unit is CreditUnit.MONEY else None,
            )
        )  # fmt: skip
        self.session.flush()


def _entry(
    session: Session,
    desk: Desk,
    ticket_id: uuid.UUID,
    start: datetime,
    hours: float,
    *,
    provider: bool = True,
    client: bool = True,
    **kw: Any,
) -> TimeEntry:
    approvals: dict[str, Any] = {}
    if provider:
        approvals["provider_approved_at"] = start + timedelta(days=1)
    if client:
        approvals["client_approved_at"] = start + timedelta(days=1)
        approvals["client_approved_by"] = "Sanne"
    entry = TimeEntry(
        ticket_id=ticket_id, engineer_id=desk.engineer, started_at=start,
        ended_at=start + timedelta(hours=hours), **approvals, **kw,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry


def _lines(invoice: InvoiceSummary) -> list[tuple[Decimal | None, Decimal]]:
    return [(ln.hours, ln.amount) for ln in invoice.lines]


def _of(report: RunReport, contract: str) -> Any:
    (found,) = [c for c in report.contracts if c.contract == contract]
    return found


def _balance(engine: Engine, contract_id: uuid.UUID) -> tuple[Decimal, CreditAlert | None]:
    with Session(engine) as session:
        (found,) = [b for b in credit_balances(session) if b.contract_id == contract_id]
        return found.balance, found.alert


# -- C5 prepaid credit --------------------------------------------------------------------


def test_c5_seed_strippenkaart_5000_less_a_4h_change_at_125_leaves_4500(engine: Engine) -> None:
    """C5 (seed 002): credit 5,000.00 EUR; a 4 h change at 125.00 EUR/h is deducted at its
    value, 500.00, leaving 4,500.00, and the client gets no invoice for it."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        card = tulp.contract(
            ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.MONEY,
            low_credit_threshold=Decimal("750.00"),
        )  # fmt: skip
        tulp.credit(card, "5000.00")
        on_demand = tulp.contract(ContractKind.ON_DEMAND)
        change = tulp.work(tulp.ticket(on_demand), MON, 4, description="RFC: firewall rule")
        session.commit()
        names, card_id, change_id = (card.name, on_demand.name), card.id, change.id
    report = desk.run()
    assert report.drafts == []  # no separate invoice
    assert [c.contract for c in report.contracts] == list(names)  # prepaid credit first
    assert _of(report, names[1]).credit_drawn == Decimal("500.00")
    assert _of(report, names[1]).credit_unit == "money"
    assert _balance(engine, card_id) == (Decimal("4500.00"), None)
    with Session(engine) as session:
        (debit,) = session.scalars(
            select(CreditEntry).where(CreditEntry.kind == CreditEntryKind.DEBIT)
        ).all()
        assert (debit.amount, debit.time_entry_id) == (Decimal("-500.00"), change_id)
    again = desk.run()
    assert again.drafts == [] and all(c.credit_drawn == 0 for c in again.contracts)
    assert _balance(engine, card_id) == (Decimal("4500.00"), None)


def test_c5_the_account_manager_is_told_when_credit_is_low_then_exhausted(engine: Engine) -> None:
    """C5: from the seed's 4,500.00 left, 30 h in December leave 750.00 (low at the 750.00
    threshold); 8 h in January take the last 750.00 and 250.00 beyond it is invoiced."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        card = tulp.contract(
            ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.MONEY,
            low_credit_threshold=Decimal("750.00"),
        )  # fmt: skip
        tulp.credit(card, "5000.00")
        ticket = tulp.ticket(tulp.contract(ContractKind.ON_DEMAND))
        tulp.work(ticket, MON, 4)
        for day in (1, 2, 3, 4, 7, 8):  # December's weekdays, 09:00-14:00 Amsterdam
            tulp.work(ticket, datetime(2026, 12, day, 8, 0, tzinfo=UTC), 5)
        tulp.work(ticket, datetime(2027, 1, 4, 8, 0, tzinfo=UTC), 8)  # 09:00-17:00
        session.commit()
        card_id = card.id
    assert desk.run().drafts == []
    assert _balance(engine, card_id) == (Decimal("4500.00"), None)
    december = desk.run(2026, 12)
    assert december.drafts == [] and sum(c.credit_drawn for c in december.contracts) == Decimal(
        "3750.00"
    )
    assert _balance(engine, card_id) == (Decimal("750.00"), CreditAlert.LOW)
    (low,) = december.credit_notices  # the run says whom to tell
    assert not low.exhausted and low.balance == Decimal("750.00") and low.currency == "EUR"
    january = desk.run(2027, 1)
    (out,) = january.credit_notices
    assert out.exhausted and out.balance <= 0
    (rest,) = january.drafts
    assert sum(c.credit_drawn for c in january.contracts) == Decimal("750.00")
    assert rest.subtotal == Decimal("250.00") and rest.total == Decimal("302.50")  # + 21 %
    assert sum(ln.hours or 0 for ln in rest.lines) == Decimal(2)  # 8 h less the 6 h paid
    assert _balance(engine, card_id) == (Decimal("0.00"), CreditAlert.EXHAUSTED)


def test_c5_credit_in_hours_is_deducted_in_hours_and_never_expires(engine: Engine) -> None:
    """C5: the variant holding hours (the Dutch strippenkaart): 10 h bought, a 4 h change
    leaves 6 h; half a year later 2 h more still draw on them."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        card = tulp.contract(ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.HOURS)
        tulp.credit(card, "10", CreditUnit.HOURS)
        ticket = tulp.ticket(tulp.contract(ContractKind.ON_DEMAND))
        tulp.work(ticket, MON, 4)
        tulp.work(ticket, datetime(2027, 6, 7, 7, 0, tzinfo=UTC), 2)  # Monday 09:00 CEST
        session.commit()
        card_id = card.id
    report = desk.run()
    assert report.drafts == [] and sum(c.credit_drawn for c in report.contracts) == Decimal(4)
    assert _balance(engine, card_id) == (Decimal(6), None)
    june = desk.run(2027, 6)
    assert june.drafts == [] and sum(c.credit_drawn for c in june.contracts) == Decimal(2)
    assert {c.credit_unit for c in june.contracts if c.credit_drawn} == {"hours"}
    assert _balance(engine, card_id) == (Decimal(4), None)


# -- C4, C6 the month's invoice -------------------------------------------------------------


def test_c6_the_months_work_is_collected_on_one_invoice_once(engine: Engine) -> None:
    """C6: three tickets' work in November on one draft, December's left for December;
    a second run bills nothing; issued with 21 % VAT: 500.00 + 105.00 = 605.00."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        contract = tulp.contract(ContractKind.ON_DEMAND)
        tickets = [tulp.ticket(contract) for _ in range(3)]
        tulp.work(tickets[0], MON, 2)
        tulp.work(tickets[1], MON + timedelta(days=1), 1.5)
        tulp.work(tickets[2], MON + timedelta(days=2), 0.5)
        tulp.work(tickets[0], datetime(2026, 12, 1, 8, 0, tzinfo=UTC), 1)
        session.commit()
    (draft,) = desk.run().drafts
    assert draft.number is None and draft.kind == InvoiceKind.MONTHLY.value
    assert (draft.period_start, draft.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert _lines(draft) == [
        (Decimal(2), Decimal("250.00")),
        (Decimal("1.5"), Decimal("187.50")),
        (Decimal("0.5"), Decimal("62.50")),
    ]
    assert desk.run().drafts == []
    (issued,) = desk.issue([draft])
    assert issued.number == "HN-2026-000001"
    assert (issued.subtotal, issued.tax, issued.total) == (
        Decimal("500.00"), Decimal("105.00"), Decimal("605.00"),
    )  # fmt: skip
    (december,) = desk.run(2026, 12).drafts
    assert _lines(december) == [(Decimal(1), Decimal("125.00"))]


def test_c4_a_monthly_plan_is_billed_its_fee_once_a_month_and_express_waits_for_its_close(
    engine: Engine,
) -> None:
    """C4: On-demand bills hours used, the monthly fixed plan its fee each month (the desk's
    950.00), Express is not in the monthly run (E4: it is billed at the emergency's close)."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        plan = tulp.contract(ContractKind.MONTHLY_PLAN, monthly_fee=Decimal("950.00"))
        express = tulp.contract(ContractKind.EXPRESS, express_rate=Decimal("180.00"))
        tulp.work(tulp.ticket(express), MON, 1, phase=Phase.RESTORE)
        tulp.work(tulp.ticket(tulp.contract(ContractKind.ON_DEMAND)), MON, 3)
        session.commit()
        plan_name = plan.name
    report = desk.run()
    assert "express" not in {c.kind for c in report.contracts}
    assert sorted(d.subtotal for d in report.drafts) == [Decimal("375.00"), Decimal("950.00")]
    (fee,) = _of(report, plan_name).drafts
    assert [(ln.drew_on, ln.amount) for ln in fee.lines] == [("fixed", Decimal("950.00"))]
    assert desk.run().drafts == []  # the fee once a month
    (december,) = desk.run(2026, 12).drafts
    assert december.subtotal == Decimal("950.00") and december.total == Decimal("1149.50")


# -- C7 FTE bundle ------------------------------------------------------------------------


def test_c7_fte_bundle_statement_shows_hours_used_and_the_overage_is_invoiced_apart(
    engine: Engine,
) -> None:
    """C7: 40 h a month bought for the desk's 4,000.00; 44 h worked: the statement lists
    the 40 h at no charge beside the fee, the 4 h beyond are a separate invoice of 500.00."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        fte = tulp.contract(
            ContractKind.FTE_BUNDLE, bundle_hours=Decimal(40), monthly_fee=Decimal("4000.00")
        )
        ticket = tulp.ticket(fte)
        for day in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16):  # weekdays, 09:00-13:00
            tulp.work(ticket, datetime(2026, 11, day, 8, 0, tzinfo=UTC), 4)
        session.commit()
    report = desk.run()
    (run,) = report.contracts
    assert run.fte_hours_used == Decimal(40)
    statement, overage = sorted(run.drafts, key=lambda d: d.kind != InvoiceKind.MONTHLY.value)
    fee, *within = statement.lines
    assert (fee.drew_on, fee.amount) == ("fixed", Decimal("4000.00"))
    assert {ln.drew_on for ln in within} == {"fte_bundle"}
    assert sum(ln.hours or 0 for ln in within) == Decimal(40)
    assert all(ln.amount == 0 for ln in within)
    assert overage.kind == InvoiceKind.FTE_OVERAGE.value
    assert _lines(overage) == [(Decimal(4), Decimal("500.00"))]
    issued = desk.issue([statement, overage])
    assert [i.total for i in issued] == [Decimal("4840.00"), Decimal("605.00")]
    assert desk.run().drafts == []


def test_c5_c7_hours_beyond_the_bundle_draw_on_prepaid_credit_before_an_invoice(
    engine: Engine,
) -> None:
    """P3 with C5 and C7: 44 h on a 40 h bundle, 5,000.00 EUR of credit: the 4 h beyond
    the bundle (500.00) come off the credit, and no overage invoice is made."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        card = tulp.contract(ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.MONEY)
        tulp.credit(card, "5000.00")
        fte = tulp.contract(ContractKind.FTE_BUNDLE, bundle_hours=Decimal(40))
        ticket = tulp.ticket(fte)
        for day in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16):
            tulp.work(ticket, datetime(2026, 11, day, 8, 0, tzinfo=UTC), 4)
        session.commit()
        card_id = card.id
    report = desk.run()
    assert [d.kind for d in report.drafts] == [InvoiceKind.MONTHLY.value]
    assert _balance(engine, card_id)[0] == Decimal("4500.00")


# -- C8, C9, C10 --------------------------------------------------------------------------


@pytest.mark.parametrize("slice_clients", [500, 1])
def test_c8_repairing_our_own_defect_is_shown_at_zero_and_never_billed(
    engine: Engine, slice_clients: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C8: 2 h repairing the provider's own bug beside 1 h of ordinary work: the invoice
    shows the 2 h at 0.00 and bills 125.00; on an FTE bundle the 2 h use no bundle hours.
    The same with each client billed in a slice of its own (how a big store is run)."""
    from console.services.billing import run

    monkeypatch.setattr(run, "SLICE_CLIENTS", slice_clients)
    desk = Desk(engine)
    own_defect = {"billable": False, "non_billable_reason": NonBillableReason.OWN_DEFECT}
    with Session(engine) as session:
        tulp = Customer(session, desk)
        ticket = tulp.ticket(tulp.contract(ContractKind.ON_DEMAND))
        tulp.work(ticket, MON, 2, description="Fix our deploy script", **own_defect)
        tulp.work(ticket, MON + timedelta(hours=3), 1, description="New mailbox")
        other = Customer(session, desk, "Roos B.V.")
        fte = other.contract(ContractKind.FTE_BUNDLE, bundle_hours=Decimal(1))
        bundle_ticket = other.ticket(fte)
        other.work(bundle_ticket, MON, 2, **own_defect)
        other.work(bundle_ticket, MON + timedelta(hours=3), 1)
        session.commit()
    report = desk.run()
    on_demand = next(c for c in report.contracts if c.client == "Tulp B.V.")
    (draft,) = on_demand.drafts
    assert _lines(draft) == [(Decimal(2), Decimal("0.00")), (Decimal(1), Decimal("125.00"))]
    assert "own defect" in draft.lines[0].description
    assert draft.subtotal == Decimal("125.00")
    bundle = next(c for c in report.contracts if c.client == "Roos B.V.")
    assert bundle.fte_hours_used == Decimal(1)
    assert [d.kind for d in bundle.drafts] == [InvoiceKind.MONTHLY.value]  # no overage
    (issued,) = desk.issue([draft])
    assert issued.total == Decimal("151.25")


@pytest.mark.parametrize(
    ("surcharge", "subtotal", "total"),
    [
        (Decimal(10), Decimal("1100.00"), Decimal("1331.00")),
        (Decimal(20), Decimal("1200.00"), Decimal("1452.00")),
    ],
)
def test_c9_price_per_workstation_and_10_to_20_percent_more_for_regular_visits(
    engine: Engine, surcharge: Decimal, subtotal: Decimal, total: Decimal
) -> None:
    """C9 (seed 003): 25 workstations at the desk's 40.00 a month; regular on-site visits
    add 10 % to 20 % of that price."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk, workstations=25)
        tulp.contract(
            ContractKind.MONTHLY_PLAN, workstation_price=Decimal("40.00"),
            onsite_surcharge_pct=surcharge, regular_onsite_visits=True,
        )  # fmt: skip
        plain = Customer(session, desk, "Roos B.V.", workstations=25)
        plain.contract(
            ContractKind.MONTHLY_PLAN, workstation_price=Decimal("40.00"),
            onsite_surcharge_pct=surcharge, regular_onsite_visits=False,
        )  # fmt: skip
        session.commit()
    (visited,) = desk.run(client="Tulp B.V.").drafts
    assert [ln.amount for ln in visited.lines] == [Decimal("1000.00"), subtotal - 1000]
    assert "25 workstations" in visited.lines[0].description
    (without,) = desk.run(client="Roos B.V.").drafts
    assert [ln.amount for ln in without.lines] == [Decimal("1000.00")]
    issued = desk.issue([visited, without])
    assert [(i.subtotal, i.total) for i in issued] == [
        (subtotal, total),
        (Decimal("1000.00"), Decimal("1210.00")),
    ]
    assert desk.run().drafts == []


@pytest.mark.parametrize(
    ("multiplier", "evening", "saturday"),
    [
        (Decimal("1.5"), Decimal("312.50"), Decimal("375.00")),
        (Decimal(2), Decimal("375.00"), Decimal("500.00")),
    ],
)
def test_c10_work_outside_the_service_window_is_billed_at_1_5_to_2_times(
    engine: Engine, multiplier: Decimal, evening: Decimal, saturday: Decimal
) -> None:
    """C10 (seed 003): 17:00-19:00 on a weekday is 1 h inside the 10x5 window and 1 h
    outside it at the multiplier; 2 h on Saturday are all outside."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        ticket = tulp.ticket(
            tulp.contract(ContractKind.ON_DEMAND, after_hours_multiplier=multiplier)
        )
        tulp.work(ticket, datetime(2026, 11, 16, 16, 0, tzinfo=UTC), 2)  # Mon 17:00 Amsterdam
        tulp.work(ticket, datetime(2026, 11, 21, 9, 0, tzinfo=UTC), 2)  # Sat 10:00
        session.commit()
    (draft,) = desk.run().drafts
    assert [(ln.hours, ln.multiplier, ln.amount) for ln in draft.lines] == [
        (Decimal(1), Decimal(1), Decimal("125.00")),
        (Decimal(1), multiplier, evening - Decimal("125.00")),
        (Decimal(2), multiplier, saturday),
    ]
    (issued,) = desk.issue([draft])
    assert issued.subtotal == evening + saturday


# -- D3, D8 visits ------------------------------------------------------------------------


def test_d3_two_hours_are_charged_at_least_and_the_default_has_30_minutes_grace(
    engine: Engine,
) -> None:
    """D3 (seed 000): no hours reserved means 2 h plus 30 min of grace: 2 h 20 min on site
    bill 2 h (250.00), 3 h bill 2 h and the 0.5 h beyond the grace (62.50); 1 h reserved
    and 30 min worked still bill the 2 h minimum."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        contract = tulp.contract(ContractKind.ON_DEMAND)
        within, beyond, short = (tulp.ticket(contract) for _ in range(3))
        v1 = tulp.visit(within, VisitStatus.COMPLETED)
        v2 = tulp.visit(beyond, VisitStatus.COMPLETED)
        v3 = tulp.visit(short, VisitStatus.COMPLETED, reserved_hours=Decimal(1), grace_minutes=0)
        on_site = [
            tulp.work(within, MON, 140 / 60, visit_id=v1.id),
            tulp.work(beyond, MON, 3, visit_id=v2.id),
            tulp.work(short, MON, 0.5, visit_id=v3.id),
        ]
        session.commit()
        refs = [v1.reference, v2.reference, v3.reference]
        entry_ids = [e.id for e in on_site]
    (draft,) = desk.run().drafts
    by_visit: dict[str, list[tuple[Decimal | None, Decimal]]] = {r: [] for r in refs}
    for line in draft.lines:
        (ref,) = [r for r in refs if r in line.description]
        by_visit[ref].append((line.hours, line.amount))
    assert by_visit == {
        refs[0]: [(Decimal(2), Decimal("250.00"))],
        refs[1]: [(Decimal(2), Decimal("250.00")), (Decimal("0.5"), Decimal("62.50"))],
        refs[2]: [(Decimal(2), Decimal("250.00"))],
    }
    assert draft.subtotal == Decimal("812.50")
    with Session(engine) as session:  # the time on site is paid through the reservation
        entries = session.scalars(select(TimeEntry).where(TimeEntry.id.in_(entry_ids))).all()
        assert all(e.invoice_line_id is not None for e in entries)
    assert desk.run().drafts == []
    (issued,) = desk.issue([draft])
    assert issued.total == Decimal("983.13")  # 812.50 + 21 % (170.625, rounded half up)


def test_d8_no_access_charges_the_full_reserved_hours(engine: Engine) -> None:
    """D8 (seed 000): the engineer could not enter: the 4 h reserved are charged in full
    (500.00) without any time on site; without a reservation the D3 2 h (250.00)."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        contract = tulp.contract(ContractKind.ON_DEMAND)
        reserved = tulp.visit(
            tulp.ticket(contract), VisitStatus.NO_ACCESS, reserved_hours=Decimal(4),
            grace_minutes=0,
        )  # fmt: skip
        default = tulp.visit(tulp.ticket(contract), VisitStatus.NO_ACCESS)
        tulp.visit(tulp.ticket(contract), VisitStatus.CANCELLED, reserved_hours=Decimal(4))
        session.commit()
        refs = reserved.reference, default.reference
    (draft,) = desk.run().drafts
    charged = {
        ref: [(ln.hours, ln.amount) for ln in draft.lines if ref in ln.description] for ref in refs
    }
    assert charged == {
        refs[0]: [(Decimal(4), Decimal("500.00"))],
        refs[1]: [(Decimal(2), Decimal("250.00"))],
    }
    assert all("no access" in ln.description for ln in draft.lines)
    assert desk.run().drafts == []
    (issued,) = desk.issue([draft])
    assert issued.total == Decimal("907.50")


# -- C3, E1-E5 Express emergencies ----------------------------------------------------------


def _andes(
    session: Session,
    desk: Desk,
    name: str = "Andes S.A.S.",
    *,
    plan: bool = False,
    **assessment: Any,
) -> tuple[Customer, Ticket]:
    """A client in Bogotá billed in USD on the seed's Express plan, with an assessed
    emergency opened on Saturday 02:00 (E1: answered in 45 minutes)."""
    andes = Customer(
        session, desk, name, currency="USD", country="CO", zone="America/Bogota",
        locale="es_CO",
    )  # fmt: skip
    outside_eu = {"tax_rate_pct": Decimal(0), "tax_exemption": OUTSIDE_THE_EU}
    express = andes.contract(
        ContractKind.EXPRESS, express_rate=EXPRESS_USD, on_demand_rate=ON_DEMAND_USD,
        standard_rate=ON_DEMAND_USD, product_area="network", **outside_eu,
    )  # fmt: skip
    if plan:
        andes.contract(
            ContractKind.MONTHLY_PLAN, product_area="network", standard_rate=Decimal("20.00"),
            monthly_fee=Decimal("400.00"), **outside_eu,
        )  # fmt: skip
    ticket = andes.ticket(express, opened=SAT_NIGHT)
    ticket.category = TicketCategory.INCIDENT
    session.add(
        Assessment(ticket_id=ticket.id, answered_at=SAT_NIGHT + timedelta(minutes=45), **assessment)
    )
    session.flush()
    return andes, ticket


def test_c3_e2_e3_e4_seed_express_35_usd_guarantee_restoration_and_cause_removal(
    engine: Engine,
) -> None:
    """C3, E3 (seed 001): restoration at the Express 35 USD/h around the clock (3 h on a
    Saturday night: 105.00, no after-hours multiplier), cause removal at On-demand (2 h at
    the desk's 25.00: 50.00). E2: the default guarantee is 1 Express hour (35.00), paid up
    front and credited against restoration. E4: three invoices, 35.00 + 70.00 + 50.00."""
    desk = Desk(engine)
    with Session(engine) as session:
        andes, ticket = _andes(session, desk)
        andes.work(ticket, SAT_NIGHT, 3, phase=Phase.RESTORE, description="Restore the VPN")
        monday = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # 10:00 in Bogotá
        andes.work(ticket, monday, 2, phase=Phase.CAUSE, description="Replace the router")
        session.commit()
        reference = ticket.reference
    billed = bill_emergency_ticket(desk.sessions, desk.user, reference)
    assert billed.ticket == reference and billed.awaiting_approval == 0
    guarantee, restoration, removal = billed.drafts
    assert [d.kind for d in billed.drafts] == ["guarantee", "restoration", "cause_removal"]
    assert all(d.currency == "USD" and d.ticket == reference for d in billed.drafts)
    assert [(ln.hours, ln.rate, ln.amount) for ln in guarantee.lines] == [
        (Decimal(1), EXPRESS_USD, Decimal("35.00"))
    ]
    assert [(ln.hours, ln.multiplier, ln.amount, ln.drew_on) for ln in restoration.lines] == [
        (Decimal(3), Decimal(1), Decimal("105.00"), "express"),
        (None, Decimal(1), Decimal("-35.00"), "guarantee"),
    ]
    assert [(ln.hours, ln.rate, ln.amount) for ln in removal.lines] == [
        (Decimal(2), ON_DEMAND_USD, Decimal("50.00"))
    ]
    issued = desk.issue(list(billed.drafts), date(2026, 11, 24))
    assert [i.number for i in issued] == ["HN-2026-000001", "HN-2026-000002", "HN-2026-000003"]
    assert [i.total for i in issued] == [Decimal("35.00"), Decimal("70.00"), Decimal("50.00")]
    assert sum(i.total for i in issued) == Decimal("155.00")  # the work's value, 105 + 50
    assert bill_emergency_ticket(desk.sessions, desk.user, reference).drafts == ()
    assert desk.run().drafts == []  # E4: the monthly run leaves Express alone


def test_e2_eight_guarantee_hours_are_non_refundable(engine: Engine) -> None:
    """E2 (seed 001): at most 8 hours (280.00 USD); 1 h of restoration (35.00) takes only
    35.00 of it, the restoration invoice is 0.00, never negative, and nothing is paid back."""
    desk = Desk(engine)
    with Session(engine) as session:
        andes, ticket = _andes(session, desk, guarantee_hours=Decimal(8))
        andes.work(ticket, SAT_NIGHT, 1, phase=Phase.RESTORE)
        session.commit()
        reference = ticket.reference
    guarantee, restoration = bill_emergency_ticket(desk.sessions, desk.user, reference).drafts
    assert guarantee.subtotal == Decimal("280.00") and guarantee.lines[0].hours == Decimal(8)
    assert _lines(restoration) == [(Decimal(1), Decimal("35.00")), (None, Decimal("-35.00"))]
    issued = desk.issue([guarantee, restoration], date(2026, 11, 24))
    assert [i.total for i in issued] == [Decimal("280.00"), Decimal("0.00")]


def test_e2_a_waived_guarantee_and_a_monthly_plan_ask_nothing_up_front(engine: Engine) -> None:
    """E2: the expert may waive the guarantee; a client with an active monthly plan is never
    asked for it. C3: with that plan, cause removal is at the plan's rate (20.00 USD)."""
    desk = Desk(engine)
    with Session(engine) as session:
        andes, waived = _andes(session, desk, guarantee_waived=True)
        andes.work(waived, SAT_NIGHT, 2, phase=Phase.RESTORE)
        planned, on_plan = _andes(session, desk, "Cóndor S.A.S.", plan=True)
        planned.work(on_plan, SAT_NIGHT, 1, phase=Phase.RESTORE)
        monday = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
        planned.work(on_plan, monday, 3, phase=Phase.CAUSE)
        session.commit()
        refs = waived.reference, on_plan.reference
    (restoration,) = bill_emergency_ticket(desk.sessions, desk.user, refs[0]).drafts
    assert restoration.kind == "restoration" and _lines(restoration) == [
        (Decimal(2), Decimal("70.00"))
    ]
    restore, removal = bill_emergency_ticket(desk.sessions, desk.user, refs[1]).drafts
    assert [restore.kind, removal.kind] == ["restoration", "cause_removal"]
    assert _lines(restore) == [(Decimal(1), Decimal("35.00"))]
    assert [(ln.rate, ln.amount, ln.drew_on) for ln in removal.lines] == [
        (Decimal("20.00"), Decimal("60.00"), "monthly_plan")
    ]


def test_e1_the_assessment_is_free(engine: Engine) -> None:
    """E1 (seed 001): the technical assessment, answered within 60 minutes, costs nothing:
    an assessed emergency without work bills only the E2 guarantee (35.00), and nothing at
    all when the guarantee is waived."""
    desk = Desk(engine)
    with Session(engine) as session:
        _, assessed = _andes(session, desk)
        _, free = _andes(session, desk, "Cóndor S.A.S.", guarantee_waived=True)
        session.commit()
        refs = assessed.reference, free.reference
    (guarantee,) = bill_emergency_ticket(desk.sessions, desk.user, refs[0]).drafts
    assert guarantee.kind == "guarantee" and _lines(guarantee) == [(Decimal(1), Decimal("35.00"))]
    assert bill_emergency_ticket(desk.sessions, desk.user, refs[1]).drafts == ()
    assert bill_emergency_ticket(desk.sessions, desk.user, refs[0]).drafts == ()  # once


def test_e4_a_partial_close_then_the_final_close_keep_to_three_invoices(engine: Engine) -> None:
    """E4, E2: the partial close bills the guarantee and 2 h of restoration (70.00 less the
    35.00 guarantee); at the final close 1 h more restoration joins that same draft and the
    cause removal is the third invoice; the guarantee is billed and credited once."""
    desk = Desk(engine)
    with Session(engine) as session:
        andes, ticket = _andes(session, desk)
        andes.work(ticket, SAT_NIGHT, 2, phase=Phase.RESTORE)
        session.commit()
        reference, ticket_id = ticket.reference, ticket.id
    first = bill_emergency_ticket(desk.sessions, desk.user, reference)
    assert [d.kind for d in first.drafts] == ["guarantee", "restoration"]
    with Session(engine) as session:  # the final close: the rest of the work
        _entry(session, desk, ticket_id, SAT_NIGHT + timedelta(hours=3), 1, phase=Phase.RESTORE)
        monday = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
        _entry(session, desk, ticket_id, monday, 1.5, phase=Phase.CAUSE)
        session.commit()
    final = bill_emergency_ticket(desk.sessions, desk.user, reference)
    assert [d.kind for d in final.drafts] == ["restoration", "cause_removal"]
    restoration, removal = final.drafts
    assert restoration.id == first.drafts[1].id  # the same draft grew
    assert [ln.amount for ln in restoration.lines] == [
        Decimal("70.00"), Decimal("-35.00"), Decimal("35.00"),
    ]  # fmt: skip
    assert _lines(removal) == [(Decimal("1.5"), Decimal("37.50"))]
    issued = desk.issue([first.drafts[0], restoration, removal], date(2026, 11, 24))
    assert [i.total for i in issued] == [Decimal("35.00"), Decimal("70.00"), Decimal("37.50")]


def test_e5_time_cut_off_daily_is_billed_once_both_parties_approved(engine: Engine) -> None:
    """E5 (seed 001): time is logged against a daily cut-off (an hour logged two days later
    is late) and billed only once the provider and the client both approved it: the run
    before any approval bills nothing, after the provider's alone nothing, then each hour
    (125.00) in the run after the client approved it, once."""
    desk = Desk(engine)
    with Session(engine) as session:
        tulp = Customer(session, desk)
        ticket = tulp.ticket(tulp.contract(ContractKind.ON_DEMAND))
        session.commit()
        ticket_id = ticket.id
    acting = Acting(desk.user, Role.SERVICE_MANAGER)
    afternoon = MON + timedelta(hours=5)  # 14:00 Amsterdam
    logged = []
    for start, now in ((MON, MON + timedelta(hours=2)), (afternoon, MON + timedelta(days=2))):
        logged.append(
            log_time(
                desk.sessions, acting, ticket_id=ticket_id, engineer_id=desk.engineer,
                started_at=start, ended_at=start + timedelta(hours=1), now=now,
            )
        )  # fmt: skip
    assert run_cutoff(desk.sessions, acting, MON + timedelta(days=2)) == 1  # the late one waits
    pending = pending_list(desk.sessions)  # late ones first
    waits = [(e.late, e.waits_for_provider, e.waits_for_client) for e in pending]
    assert waits == [(True, True, True), (False, True, True)]
    first = desk.run()
    assert first.drafts == [] and first.awaiting_approval == 2
    approve_entries(desk.sessions, acting, logged, MON + timedelta(days=2))
    provider_only = desk.run()
    assert provider_only.drafts == [] and provider_only.awaiting_approval == 2
    bills = []
    for entry in logged:
        approve_for_client(
            desk.sessions, acting, [entry], MON + timedelta(days=3), by="Sanne",
            method=ApprovalMethod.EMAIL,
        )  # fmt: skip
        report = desk.run()
        (draft,) = report.drafts
        assert _lines(draft) == [(Decimal(1), Decimal("125.00"))]
        bills.append(draft)
    assert report.awaiting_approval == 0 and desk.run().drafts == []
    issued = desk.issue(bills)
    assert [i.total for i in issued] == [Decimal("151.25"), Decimal("151.25")]
