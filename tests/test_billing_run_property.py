"""The month's run over random small stores: no entry billed twice, not a cent lost (issue 19).

Hypothesis builds a client with one to three contracts (FTE bundle, prepaid credit in money
or in hours, on-demand), approved and unapproved time over November and December, some of
it on visits, then drives the desk: runs a month (now and then twice), voids a draft,
issues one, corrects an issued invoice with a credit note that bills the work again, gives
the missing approvals. After the last runs of both months:

- every approved entry is billed exactly once (a live invoice line, or credit it still
  holds net of reversals); an entry waiting for an approval is not billed at all (E5);
- the money on the invoices and credit notes (bundle hours at their rate) plus the credit
  drawn equals the rated value of the approved work, to the cent (hours, when the credit
  holds hours) (C5, C7, D3, D8, C10);
- each month's fixed prices are billed once, net of credit notes, and a monthly credit is
  bought once a month (C4, C5, C7);
- running the months again bills nothing new.

The rules-level twin is `test_rating_billing.test_c5_c7_e2_drawing_never_bills_an_entry_
twice_nor_loses_a_cent`. The examples hypothesis found wrong are kept below the property,
each as an expected failure naming what goes wrong, until the run is fixed.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from builders import MON, PROFILE, World
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import Phase as HypothesisPhase
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.enums import (
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    DrewOn,
    InvoiceKind,
    InvoiceStatus,
    NonBillableReason,
    Priority,
    Role,
    TicketCategory,
    TicketStatus,
    VisitStatus,
)
from console.errors import ValidationError
from console.model import (
    Client,
    Contract,
    CreditEntry,
    Engineer,
    Invoice,
    InvoiceLine,
    Site,
    Ticket,
    TimeEntry,
    User,
    Visit,
)
from console.rules.billing import PeriodTerms, period_charges
from console.rules.calendar import calendar_for
from console.rules.dispatch import DEFAULT_GRACE_MINUTES, DEFAULT_RESERVED_HOURS
from console.rules.rating import (
    RateCard,
    VisitCharge,
    WorkItem,
    line_amount,
    rate_all,
    worked_hours,
)
from console.rules.schedule import BASIS_10X5
from console.services.billing.credit_notes import draft_credit_note
from console.services.billing.drafts import issue_invoices, void_draft
from console.services.billing.run import RunReport, run_month
from console.services.provider import save_profile
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade
from console.sync.session import store_session

AMS = "Europe/Amsterdam"
MONTHS = (11, 12)
KINDS = (ContractKind.FTE_BUNDLE, ContractKind.PREPAID_CREDIT, ContractKind.ON_DEMAND)
ISSUED_ON = date(2027, 1, 5)
QUARTER = timedelta(minutes=15)
BOUGHT_ON = datetime(2026, 10, 20, tzinfo=UTC)
# Whole quarter hours and window edges on the hour keep every split exact, so a part's
# value at its rate (bundle hours print at 0.00) is what the whole line was rated at.


# -- the scenario ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Terms:
    """One contract of the client."""

    kind: ContractKind
    rate: Decimal
    multiplier: Decimal
    bundle_hours: Decimal | None = None
    monthly_fee: Decimal | None = None
    unit: CreditUnit | None = None
    bought: Decimal = Decimal(0)  # prepaid credit bought once, before November
    top_up: Decimal | None = None  # prepaid credit bought every month


@dataclass(frozen=True)
class Trip:
    """A finished visit."""

    contract: int
    start: datetime
    status: VisitStatus
    reserved: Decimal | None


@dataclass(frozen=True)
class Work:
    """A time entry and who approved it."""

    contract: int
    start: datetime
    quarters: int
    provider: bool
    client: bool
    own_defect: bool = False
    visit: int | None = None


@dataclass(frozen=True)
class Scenario:
    """A client's contracts and work, and what the desk does."""

    terms: tuple[Terms, ...]
    trips: tuple[Trip, ...]
    works: tuple[Work, ...]
    actions: tuple[tuple[Any, ...], ...]

    @property
    def prepaid(self) -> Terms | None:
        """The client's prepaid credit, if it holds one."""
        return next((t for t in self.terms if t.kind is ContractKind.PREPAID_CREDIT), None)


RATES = st.sampled_from([Decimal("125.00"), Decimal("95.50"), Decimal("133.33")])


@st.composite
def terms_of(draw: st.DrawFn, kind: ContractKind) -> Terms:
    rate, multiplier = draw(RATES), draw(st.sampled_from([Decimal("1.5"), Decimal(2)]))
    if kind is ContractKind.FTE_BUNDLE:
        bundle = Decimal(draw(st.integers(1, 8)))
        fee = draw(st.sampled_from([None, Decimal("1000.00")]))
        return Terms(kind, rate, multiplier, bundle_hours=bundle, monthly_fee=fee)
    if kind is ContractKind.PREPAID_CREDIT:
        unit = draw(st.sampled_from([CreditUnit.MONEY, CreditUnit.HOURS]))
        if unit is CreditUnit.MONEY:
            bought = Decimal(draw(st.integers(0, 20)) * 100)
            top_up = draw(st.sampled_from([None, Decimal("200.00")]))
        else:
            bought = Decimal(draw(st.integers(0, 12)))
            top_up = draw(st.sampled_from([None, Decimal(2)]))
        return Terms(kind, rate, multiplier, unit=unit, bought=bought, top_up=top_up)
    return Terms(kind, rate, multiplier)


def moment(month: int, day: int, quarter: int) -> datetime:
    """A quarter hour of a day of 2026, in UTC (days up to the 28th stay in the month in
    Amsterdam too)."""
    return datetime(2026, month, day, tzinfo=UTC) + quarter * QUARTER


STARTS = st.builds(moment, st.sampled_from(MONTHS), st.integers(1, 28), st.integers(0, 95))


@st.composite
def scenarios(draw: st.DrawFn, known_bugs: bool) -> Scenario:
    """A store to bill; without ``known_bugs``, visits only on contracts that never draw
    prepaid credit (a visit paid from credit is drawn again by every run)."""
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=3, unique=True))
    terms = tuple(draw(terms_of(kind)) for kind in sorted(kinds, key=KINDS.index))
    credit = any(t.kind is ContractKind.PREPAID_CREDIT for t in terms)
    hosts = [
        i
        for i, t in enumerate(terms)
        if known_bugs or t.kind is ContractKind.FTE_BUNDLE or not credit
    ]
    trips: list[Trip] = []
    if hosts:
        trips = draw(
            st.lists(
                st.builds(
                    Trip,
                    st.sampled_from(hosts),
                    STARTS,
                    st.sampled_from([VisitStatus.COMPLETED, VisitStatus.NO_ACCESS]),
                    st.sampled_from([None, Decimal(1), Decimal("2.5"), Decimal(4)]),
                ),
                max_size=3,
            )
        )
    works = []
    for _ in range(draw(st.integers(0, 8))):
        contract = draw(st.integers(0, len(terms) - 1))
        on_site = [i for i, trip in enumerate(trips) if trip.contract == contract]
        visit = draw(st.sampled_from([None, *on_site]))
        quarters = draw(st.integers(1, 32))
        if visit is not None:  # time on site: with the visit, approved when it is billed
            start = trips[visit].start + draw(st.integers(0, 8)) * QUARTER
            works.append(Work(contract, start, quarters, True, True, visit=visit))
            continue
        provider, client = draw(
            st.sampled_from([(True, True)] * 3 + [(True, False), (False, True), (False, False)])
        )
        own_defect = draw(st.integers(0, 9)) == 0
        works.append(Work(contract, draw(STARTS), quarters, provider, client, own_defect))
    action = st.one_of(
        st.tuples(st.just("run"), st.sampled_from(MONTHS)),
        st.tuples(st.sampled_from(["void", "issue", "rebill"]), st.integers(0, 5)),
        st.just(("approve",)),
    )
    first = ("run", draw(st.sampled_from(MONTHS)))  # something to correct
    correction = (draw(st.sampled_from(["void", "rebill"])), draw(st.integers(0, 5)))
    actions = [first, correction, *draw(st.lists(action, max_size=4))]
    return Scenario(terms, tuple(trips), tuple(works), tuple(actions))


# -- the store ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated store with the company profile and a service manager, copied per example."""
    path = tmp_path_factory.mktemp("billing-property") / "template.sqlite3"
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    with Session(engine) as session:
        session.add(User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER))
        session.add(Engineer(name="Jan", home_time_zone=AMS))
        save_profile(session, PROFILE)
        session.commit()
    engine.dispose()
    return path


@dataclass
class Books:
    """One example's store and the ids the checks need."""

    engine: Engine
    user: uuid.UUID
    contracts: list[uuid.UUID]
    entries: list[uuid.UUID]
    visits: list[uuid.UUID]

    @property
    def sessions(self) -> Callable[[], Session]:
        """Sessions as the desk's services take them."""
        return partial(store_session, self.engine)

    def run(self, month: int) -> RunReport:
        """The month's run as the service manager starts it."""
        return run_month(self.sessions, self.user, 2026, month)


@pytest.fixture
def copies(template: Path) -> Iterator[Callable[[], Engine]]:
    """Fresh copies of the template, each disposed and removed after the test."""
    made: list[tuple[Engine, str]] = []

    def copy() -> Engine:
        folder = tempfile.mkdtemp(prefix="billing-property-")
        target = Path(folder) / "store.sqlite3"
        shutil.copyfile(template, target)
        engine = create_store_engine(resolve_url(str(target)))
        made.append((engine, folder))
        return engine

    yield copy
    for engine, folder in made:
        engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def build(engine: Engine, scenario: Scenario) -> Books:
    """Write the scenario's client, contracts, visits and time into the store."""
    with Session(engine) as session:
        user = session.scalars(select(User.id)).one()
        engineer = session.scalars(select(Engineer.id)).one()
        client = Client(name="Tulp B.V.", country="NL", time_zone=AMS, locale="nl_NL",
                        currency="EUR")  # fmt: skip
        session.add(client)
        session.flush()
        site = Site(client_id=client.id, name="HQ", street="Dam 1", city="Amsterdam",
                    country="NL", time_zone=AMS)  # fmt: skip
        session.add(site)
        contracts, tickets = [], []
        for n, t in enumerate(scenario.terms):
            contract = Contract(
                client_id=client.id, kind=t.kind, name=f"{t.kind.value} {n}",
                valid_from=date(2026, 1, 1), currency="EUR", service_window=BASIS_10X5,
                standard_rate=t.rate, on_demand_rate=t.rate, after_hours_multiplier=t.multiplier,
                bundle_hours=t.bundle_hours, monthly_fee=t.monthly_fee, credit_unit=t.unit,
                monthly_top_up=t.top_up,
            )  # fmt: skip
            session.add(contract)
            session.flush()
            if t.bought:
                session.add(
                    CreditEntry(
                        id=uuid.uuid4(), contract_id=contract.id, at=BOUGHT_ON,
                        kind=CreditEntryKind.TOP_UP, unit=t.unit, amount=t.bought,
                        currency="EUR" if t.unit is CreditUnit.MONEY else None,
                    )
                )  # fmt: skip
            ticket = Ticket(
                reference=f"T-2026-{n + 1:06d}", title="Work", category=TicketCategory.CHANGE,
                priority=Priority.NORMAL, channel="email", client_id=client.id, site=site,
                contract_id=contract.id, opened_at=datetime(2026, 10, 1, tzinfo=UTC),
                status=TicketStatus.IN_PROGRESS,
            )  # fmt: skip
            session.add(ticket)
            session.flush()
            contracts.append(contract.id)
            tickets.append(ticket.id)
        visits = []
        for n, trip in enumerate(scenario.trips):
            visit = Visit(
                reference=f"V-2026-{n + 1:06d}", ticket_id=tickets[trip.contract],
                site_id=site.id, status=trip.status, requested_at=trip.start - timedelta(days=5),
                planned_start=trip.start, reserved_hours=trip.reserved,
                grace_minutes=DEFAULT_GRACE_MINUTES if trip.reserved is None else 0,
            )  # fmt: skip
            session.add(visit)
            session.flush()
            visits.append(visit.id)
        entries = []
        for work in scenario.works:
            approved = work.start + timedelta(days=1)
            entry = TimeEntry(
                ticket_id=tickets[work.contract], engineer_id=engineer,
                visit_id=visits[work.visit] if work.visit is not None else None,
                started_at=work.start, ended_at=work.start + work.quarters * QUARTER,
                billable=not work.own_defect,
                non_billable_reason=NonBillableReason.OWN_DEFECT if work.own_defect else None,
                provider_approved_at=approved if work.provider else None,
                client_approved_at=approved if work.client else None,
                client_approved_by="Sanne" if work.client else None,
            )  # fmt: skip
            session.add(entry)
            session.flush()
            entries.append(entry.id)
        session.commit()
    return Books(engine, user, contracts, entries, visits)


# -- what the desk does ---------------------------------------------------------------------


def _candidates(session: Session, drafts_only: bool) -> list[Invoice]:
    stmt = select(Invoice).where(Invoice.kind != InvoiceKind.CREDIT_NOTE)
    if drafts_only:
        stmt = stmt.where(Invoice.status == InvoiceStatus.DRAFT)
    else:
        stmt = stmt.where(Invoice.status.in_([InvoiceStatus.DRAFT, InvoiceStatus.ISSUED]))
    return list(session.scalars(stmt.order_by(Invoice.created_at, Invoice.id)))


def _touches_known_bug(session: Session, invoice: Invoice, rebill: bool) -> bool:
    """Whether voiding or rebilling this invoice meets a bug the examples below show."""
    if invoice.kind == InvoiceKind.FTE_OVERAGE or (
        invoice.kind == InvoiceKind.MONTHLY
        and session.scalar(
            select(func.count())
            .select_from(Invoice)
            .where(
                Invoice.contract_id == invoice.contract_id,
                Invoice.kind == InvoiceKind.FTE_OVERAGE,
                Invoice.period_start == invoice.period_start,
            )
        )
    ):
        return True  # an entry split between the bundle and its overage
    if not rebill:
        return False
    held = select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
        CreditEntry.time_entry_id == TimeEntry.id,
        CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL]),
    )
    split = session.scalar(
        select(func.count())
        .select_from(TimeEntry)
        .join(InvoiceLine, InvoiceLine.id == TimeEntry.invoice_line_id)
        .where(InvoiceLine.invoice_id == invoice.id, held.scalar_subquery() != 0)
    )
    return bool(split)  # an entry paid partly from credit, partly on this invoice


def act(books: Books, action: tuple[Any, ...], known_bugs: bool) -> None:
    """One step of the desk."""
    what = action[0]
    if what == "run":
        books.run(action[1])
        return
    if what == "approve":
        with Session(books.engine) as session:
            for entry in session.scalars(select(TimeEntry)):
                entry.provider_approved_at = entry.provider_approved_at or MON
                entry.client_approved_at = entry.client_approved_at or MON
                entry.client_approved_by = entry.client_approved_by or "Sanne"
            session.commit()
        return
    with Session(books.engine) as session:
        found = _candidates(session, drafts_only=what != "rebill")
        if not found:
            return
        target = found[action[1] % len(found)]
        if (
            what != "issue"
            and not known_bugs
            and _touches_known_bug(session, target, what == "rebill")
        ):
            event(f"{what}: left alone (a known bug)")
            return
        target_id, draft = target.id, target.status == InvoiceStatus.DRAFT
    event(f"{what}: {target.kind}")
    if what == "void":
        try:
            void_draft(books.sessions, books.user, target_id)
        except ValidationError:  # C7: a bundle month's draft whose sibling is issued
            event("void: refused, its bundle month is issued")
        return
    if draft:
        issue_invoices(books.sessions, books.user, [target_id], ISSUED_ON)
    if what == "rebill":
        note = draft_credit_note(
            books.sessions, books.user, target_id, reason="billed again", rebill=True
        )
        issue_invoices(books.sessions, books.user, [note.id], ISSUED_ON)


# -- what must hold -------------------------------------------------------------------------


def _card(t: Terms) -> RateCard:
    """The contract's prices as the rating rules take them (what `pricing.rate_card` reads)."""
    return RateCard(
        currency="EUR", standard_rate=t.rate, express_rate=Decimal(0), on_demand_rate=t.rate,
        after_hours_multiplier=t.multiplier, rush_fee=Decimal(0),
        window=calendar_for(BASIS_10X5, AMS, "NL"),
    )  # fmt: skip


def _local_month(moment_: datetime) -> int:
    return moment_.astimezone(ZoneInfo(AMS)).month


@dataclass
class Worth:
    """What the approved work is worth, in all and per time entry rated on its own."""

    money: Decimal = Decimal(0)
    hours: Decimal = Decimal(0)
    entries: dict[uuid.UUID, tuple[Decimal, Decimal]] = field(default_factory=dict)


def rated(books: Books, scenario: Scenario) -> Worth:
    """The money and hours the approved work is worth, rated by the rules per contract and
    month as the run rates it."""
    with Session(books.engine) as session:
        approved = {
            e.id
            for e in session.scalars(select(TimeEntry))
            if e.provider_approved_at and e.client_approved_at
        }
    worth = Worth()
    for c, t in enumerate(scenario.terms):
        for month in MONTHS:
            items = [
                WorkItem(
                    books.entries[n],
                    uuid.uuid4(),
                    w.start,
                    w.start + w.quarters * QUARTER,
                    billable=not w.own_defect,
                    visit_id=books.visits[w.visit] if w.visit is not None else None,
                )
                for n, w in enumerate(scenario.works)
                if w.contract == c
                and _local_month(w.start) == month
                and books.entries[n] in approved
            ]
            charges = []
            for v, trip in enumerate(scenario.trips):
                if trip.contract != c or _local_month(trip.start) != month:
                    continue
                on_site = [i for i in items if i.visit_id == books.visits[v]]
                charges.append(
                    VisitCharge(
                        books.visits[v], trip.start.astimezone(ZoneInfo(AMS)).date(),
                        trip.reserved if trip.reserved is not None else DEFAULT_RESERVED_HOURS,
                        worked_hours(on_site), no_access=trip.status is VisitStatus.NO_ACCESS,
                        start=trip.start,
                        grace_hours=Decimal(DEFAULT_GRACE_MINUTES if trip.reserved is None else 0)
                        / 60,
                    )
                )  # fmt: skip
            # a line not billed (C8) is on the invoice too, at 0.00 with its hours
            for line in rate_all(items, charges, _card(t)):
                worth.money += line.amount.amount
                worth.hours += line.hours or 0
                if line.source_id in books.entries:
                    money, hours = worth.entries.get(line.source_id, (Decimal(0), Decimal(0)))
                    worth.entries[line.source_id] = (
                        money + line.amount.amount,
                        hours + (line.hours or 0),
                    )
    return worth


def billed(books: Books) -> tuple[Decimal, Decimal, dict[CreditUnit, Decimal]]:
    """Money and hours on every invoice and credit note (fixed prices left out; bundle
    hours at their rate), and the credit drawn, net of reversals, per unit."""
    money, hours = Decimal(0), Decimal(0)
    with Session(books.engine) as session:
        for line in session.scalars(select(InvoiceLine)):
            if line.drew_on == DrewOn.FIXED:
                continue
            hours += line.hours or 0
            if line.drew_on == DrewOn.FTE_BUNDLE:
                assert line.amount == 0 and line.hours is not None and line.rate is not None
                money += line_amount(line.hours, line.rate, line.multiplier, "EUR").amount
            else:
                money += line.amount
        drawn: dict[CreditUnit, Decimal] = {}
        for entry in session.scalars(
            select(CreditEntry).where(
                CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL])
            )
        ):
            unit = CreditUnit(entry.unit)
            drawn[unit] = drawn.get(unit, Decimal(0)) - entry.amount
    return money, hours, drawn


def check_each_entry(books: Books, worth: Worth, unit: CreditUnit | None) -> None:
    """Approved: billed once, on a live line or by credit held (never more than its worth);
    waiting: not billed (E5)."""
    with Session(books.engine) as session:
        rebilled = set(
            session.scalars(
                select(Invoice.credits_invoice_id).where(
                    Invoice.rebill.is_(True), Invoice.status != InvoiceStatus.DRAFT
                )
            )
        )
        for entry in session.scalars(select(TimeEntry)):
            ledger = session.scalars(
                select(CreditEntry).where(CreditEntry.time_entry_id == entry.id)
            ).all()
            held = -sum((c.amount for c in ledger), Decimal(0))
            if not (entry.provider_approved_at and entry.client_approved_at):
                assert entry.invoice_line_id is None and not ledger, "E5: billed unapproved"
                continue
            money, hours = worth.entries.get(entry.id, (Decimal(0), Decimal(0)))
            most = hours if unit is CreditUnit.HOURS else money
            assert 0 <= held <= most, f"entry {entry.started_at} holds {held} of credit"
            if entry.invoice_line_id is None:
                if entry.billable and entry.visit_id is not None and held == 0:
                    # D3: the reservation covers the visit's time; paid from credit, the
                    # visit's debit (there is no line to point at) is what billed it
                    visit_held = -Decimal(
                        session.scalar(
                            select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
                                CreditEntry.visit_id == entry.visit_id
                            )
                        )
                        or 0
                    )
                    assert visit_held > 0, f"approved entry {entry.started_at} never billed"
                    continue
                assert held > 0, f"approved entry {entry.started_at} never billed"
                continue
            line = session.get_one(InvoiceLine, entry.invoice_line_id)
            invoice = session.get_one(Invoice, line.invoice_id)
            assert invoice.kind != InvoiceKind.CREDIT_NOTE
            assert invoice.id not in rebilled, "linked to an invoice taken back to bill again"
            if entry.visit_id is not None and line.visit_id is not None:
                assert line.visit_id == entry.visit_id


def check_fixed_prices(books: Books, scenario: Scenario) -> None:
    """C4, C5, C7: each month's fee and bought credit once, net of credit notes; the
    monthly credit arrives once a month."""
    with Session(books.engine) as session:
        for c, t in enumerate(scenario.terms):
            for month in MONTHS:
                first = date(2026, month, 1)
                expected = period_charges(
                    PeriodTerms(
                        contract_name="", currency="EUR", monthly_fee=t.monthly_fee,
                        credit_top_up=t.top_up, credit_unit=t.unit, hour_price=t.rate,
                    ),
                    f"{first:%Y-%m}",
                )  # fmt: skip
                charged = session.scalar(
                    select(func.coalesce(func.sum(InvoiceLine.amount), 0))
                    .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                    .where(
                        Invoice.contract_id == books.contracts[c],
                        Invoice.period_start == first,
                        InvoiceLine.drew_on == DrewOn.FIXED,
                        InvoiceLine.visit_id.is_(None),
                    )
                )
                assert Decimal(charged or 0) == sum(
                    (ln.amount.amount for ln in expected), Decimal(0)
                ), f"fixed prices of contract {c} in {first:%Y-%m}"
            top_ups = session.scalar(
                select(func.count())
                .select_from(CreditEntry)
                .where(
                    CreditEntry.contract_id == books.contracts[c],
                    CreditEntry.kind == CreditEntryKind.TOP_UP,
                )
            )
            assert top_ups == (1 if t.bought else 0) + (len(MONTHS) if t.top_up else 0)


def _footprint(engine: Engine) -> tuple[int, int, int, Decimal]:
    with Session(engine) as session:
        return (
            session.scalar(select(func.count()).select_from(Invoice)) or 0,
            session.scalar(select(func.count()).select_from(InvoiceLine)) or 0,
            session.scalar(select(func.count()).select_from(CreditEntry)) or 0,
            Decimal(session.scalar(select(func.coalesce(func.sum(CreditEntry.amount), 0))) or 0),
        )


def check(copies: Callable[[], Engine], scenario: Scenario, known_bugs: bool) -> None:
    """Drive the desk through the scenario, then check what must hold."""
    books = build(copies(), scenario)
    for action in scenario.actions:
        act(books, action, known_bugs)
    for month in MONTHS:
        books.run(month)
    worth = rated(books, scenario)
    unit = scenario.prepaid.unit if scenario.prepaid else None
    check_each_entry(books, worth, unit)
    check_fixed_prices(books, scenario)
    money, hours, drawn = billed(books)
    assert set(drawn) <= {unit}
    if unit is CreditUnit.HOURS:
        assert hours + drawn.get(unit, Decimal(0)) == worth.hours, "hours lost or made"
    else:
        assert money + drawn.get(CreditUnit.MONEY, Decimal(0)) == worth.money, "cents lost or made"
    before = _footprint(books.engine)
    for month in MONTHS:
        again = books.run(month)
        assert again.drafts == [] and all(c.credit_drawn == 0 for c in again.contracts)
    assert _footprint(books.engine) == before, "running again billed something"
    books.engine.dispose()


PROPERTY = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples in CI every time
    database=None,
    # one store per example, made by the factory the function-scoped fixture hands over
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@PROPERTY
@given(scenario=scenarios(known_bugs=False))
def test_c5_c7_d3_e5_a_run_never_bills_an_entry_twice_nor_loses_a_cent(
    copies: Callable[[], Engine], scenario: Scenario
) -> None:
    """C5, C7, D3, D8, E5 over random stores and desk steps, away from the known bugs."""
    check(copies, scenario, known_bugs=False)


# no shrinking: examples are costly stores; a failure prints its scenario whole
@settings(PROPERTY, max_examples=25, phases=[HypothesisPhase.explicit, HypothesisPhase.generate])
@given(scenario=scenarios(known_bugs=True))
@example(  # once failed: a visit paid from credit, run twice, was drawn twice
    scenario=Scenario(
        terms=(
            Terms(ContractKind.PREPAID_CREDIT, Decimal("125.00"), Decimal("1.5"),
                  unit=CreditUnit.MONEY, bought=Decimal("1000.00")),
            Terms(ContractKind.ON_DEMAND, Decimal("125.00"), Decimal("1.5")),
        ),
        trips=(Trip(1, moment(11, 16, 32), VisitStatus.COMPLETED, Decimal(2)),),
        works=(),
        actions=(("run", 11),),
    )
)  # fmt: skip
def test_c5_c7_d3_e5_the_whole_property_with_visits_on_credit_and_every_correction(
    copies: Callable[[], Engine], scenario: Scenario
) -> None:
    """The same property where the known bugs live: visits on prepaid credit, voiding or
    rebilling an FTE month with overage, rebilling work paid partly from credit."""
    check(copies, scenario, known_bugs=True)


# -- the examples hypothesis found ----------------------------------------------------------


def _desk(session: Session) -> uuid.UUID:
    """The company profile and a service manager who runs the months."""
    mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
    session.add(mara)
    save_profile(session, PROFILE)
    session.flush()
    return mara.id


def _credit(session: Session, world: World, amount: str) -> None:
    prepaid = world.add_contract(ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.MONEY)
    session.add(
        CreditEntry(
            id=uuid.uuid4(), contract_id=prepaid.id, at=MON - timedelta(days=3),
            kind=CreditEntryKind.TOP_UP, unit=CreditUnit.MONEY, amount=Decimal(amount),
            currency="EUR",
        )
    )  # fmt: skip


def _worth(store: Engine) -> Decimal:
    """What the client was charged for work: invoice and credit note lines (fixed prices
    left out) plus the credit drawn, net of reversals."""
    with Session(store) as session:
        lines = session.scalar(
            select(func.coalesce(func.sum(InvoiceLine.amount), 0)).where(
                InvoiceLine.drew_on != DrewOn.FIXED
            )
        )
        drawn = session.scalar(
            select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
                CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL])
            )
        )
    return Decimal(lines or 0) - Decimal(drawn or 0)


def _overage_hours(store: Engine) -> Decimal:
    with Session(store) as session:
        total = session.scalar(
            select(func.coalesce(func.sum(InvoiceLine.hours), 0))
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.kind == InvoiceKind.FTE_OVERAGE)
        )
    return Decimal(total or 0)


def test_c5_d3_a_visit_paid_from_prepaid_credit_is_drawn_once(store: Engine) -> None:
    """C5, D3: 2 h reserved at 125.00 come off 5,000.00 of credit once: 250.00, not again."""
    with Session(store) as session:
        world = World(session, ContractKind.ON_DEMAND)
        _credit(session, world, "5000.00")
        world.visit("V-2026-000001", VisitStatus.COMPLETED, reserved_hours=Decimal(2),
                    grace_minutes=0)  # fmt: skip
        user = _desk(session)
        session.commit()
    sessions = partial(store_session, store)
    first = run_month(sessions, user, 2026, 11)
    assert sum(c.credit_drawn for c in first.contracts) == Decimal("250.00")
    again = run_month(sessions, user, 2026, 11)
    assert sum(c.credit_drawn for c in again.contracts) == 0
    assert _worth(store) == Decimal("250.00")


def test_c7_a_voided_overage_draft_is_billed_again_by_the_next_run(store: Engine) -> None:
    """C7: 4 h on a 3 h bundle: 1 h overage of 125.00. The overage shares its entry with
    the statement, so voiding it voids both; the next run bills the month again whole."""
    with Session(store) as session:
        world = World(session, ContractKind.FTE_BUNDLE, bundle_hours=Decimal(3))
        world.work(MON, 4)
        user = _desk(session)
        session.commit()
    sessions = partial(store_session, store)
    report = run_month(sessions, user, 2026, 11)
    (overage,) = [d for d in report.drafts if d.kind == InvoiceKind.FTE_OVERAGE.value]
    assert overage.subtotal == Decimal("125.00")
    void_draft(sessions, user, overage.id)
    again = run_month(sessions, user, 2026, 11).drafts
    assert sorted((d.kind, d.subtotal) for d in again) == [
        ("fte_overage", Decimal("125.00")),
        ("monthly", Decimal("0.00")),
    ]


def test_c7_a_voided_statement_does_not_bill_the_overage_twice(store: Engine) -> None:
    """C7: 4 h on a 3 h bundle; the statement voided and the month run again: 1 h overage."""
    with Session(store) as session:
        world = World(session, ContractKind.FTE_BUNDLE, bundle_hours=Decimal(3))
        world.work(MON, 4)
        user = _desk(session)
        session.commit()
    sessions = partial(store_session, store)
    report = run_month(sessions, user, 2026, 11)
    (statement,) = [d for d in report.drafts if d.kind == InvoiceKind.MONTHLY.value]
    void_draft(sessions, user, statement.id)
    run_month(sessions, user, 2026, 11)
    assert _overage_hours(store) == Decimal(1)


def test_c5_rebilling_work_paid_partly_from_credit_bills_it_whole_again(store: Engine) -> None:
    """C5: 4 h at 125.00 against 300.00 of credit: 300.00 drawn, 200.00 invoiced. Taken
    back to bill again, the client is charged 500.00 for it in the end, not 300.00."""
    with Session(store) as session:
        world = World(session, ContractKind.ON_DEMAND)
        _credit(session, world, "300.00")
        world.work(MON, 4)
        user = _desk(session)
        session.commit()
    sessions = partial(store_session, store)
    (draft,) = run_month(sessions, user, 2026, 11).drafts
    assert draft.subtotal == Decimal("200.00")
    (invoice,) = issue_invoices(sessions, user, [draft.id], ISSUED_ON)
    note = draft_credit_note(sessions, user, invoice.id, reason="wrong rate", rebill=True)
    issue_invoices(sessions, user, [note.id], ISSUED_ON)
    assert run_month(sessions, user, 2026, 11).drafts != []
    assert _worth(store) == Decimal("500.00")


def test_c5_d3_voiding_a_draft_gives_back_the_credit_its_visit_drew(store: Engine) -> None:
    """C5, D3: 2 h reserved at 125.00 against 100.00 of credit: 100.00 drawn, 150.00
    invoiced; the draft voided and the month run again, the visit costs 250.00 in all."""
    with Session(store) as session:
        world = World(session, ContractKind.ON_DEMAND)
        _credit(session, world, "100.00")
        world.visit("V-2026-000001", VisitStatus.COMPLETED, reserved_hours=Decimal(2),
                    grace_minutes=0)  # fmt: skip
        user = _desk(session)
        session.commit()
    sessions = partial(store_session, store)
    (draft,) = run_month(sessions, user, 2026, 11).drafts
    assert draft.subtotal == Decimal("150.00")
    void_draft(sessions, user, draft.id)
    run_month(sessions, user, 2026, 11)
    assert _worth(store) == Decimal("250.00")
