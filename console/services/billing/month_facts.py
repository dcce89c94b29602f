"""Everything a month's run reads, for many contracts at once, as plain data.

The run bills hundreds of contracts; asking the store each contract's questions one by one
(its entries, visits, plans, balances, what an earlier run billed) cost a dozen queries
per contract. Here each question is asked once for every contract of the run, and the
answers are grouped by contract, client or entry. A one-contract run reads the same way,
so both take one path.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session, aliased

from console.enums import (
    ContractKind,
    CreditEntryKind,
    DrewOn,
    InvoiceKind,
    InvoiceStatus,
    VisitStatus,
)
from console.model import (
    Client,
    Contract,
    CreditEntry,
    Invoice,
    InvoiceLine,
    Ticket,
    TimeEntry,
    Visit,
)
from console.rules.dispatch import Period
from console.rules.rating import PlanRate
from console.services.provider import CompanyProfile, invoice_prefix, load_profile
from console.store.planner import Unindexed

_CHUNK = 500  # ids per IN list: far below every driver's limit on bound parameters


@dataclass(frozen=True)
class EntryRow:
    """A time entry the run may bill, with what rating and linking need of it."""

    id: uuid.UUID
    contract_id: uuid.UUID
    engineer_id: uuid.UUID
    started_at: datetime
    ended_at: datetime
    phase: str
    billable: bool
    non_billable_reason: str | None
    description: str
    visit_id: uuid.UUID | None
    approved: bool  # E5: by both the provider and the client
    row_version: int


@dataclass(frozen=True)
class VisitRow:
    """A finished visit the run may bill."""

    id: uuid.UUID
    contract_id: uuid.UUID
    planned_start: datetime
    reserved_hours: Decimal | None
    grace_minutes: int
    no_access: bool
    rush: bool
    reference: str


@dataclass(frozen=True)
class MonthWide:
    """What a run reads once for the whole month, however many slices of clients it bills
    in: which entries are reversed or hold credit, which visits are paid or billed."""

    reversed_ids: set[uuid.UUID | None]  # entries a reversal took back
    on_credit: set[uuid.UUID | None]  # entries whose debit of prepaid credit stands
    paid_visits: set[uuid.UUID]  # visits whose reservation prepaid credit paid (D3)
    billed_visits: set[uuid.UUID | None]  # visits a line bills (or credit paid)
    taken_back: set[uuid.UUID]  # lines a credit note took back to bill again


def widest_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """The month as UTC instants in the widest sense: from its first day's start at
    UTC+14 to its end at UTC-12, so it holds the month of every client's zone."""
    start, end = month_bounds(year, month, "UTC")
    return start - timedelta(hours=14), end + timedelta(hours=12)


def month_wide(session: Session, low: datetime, high: datetime) -> MonthWide:
    """Read what every slice of a month's run shares, for instants in [low, high)."""
    reversed_ids = set(
        session.connection().scalars(
            select(TimeEntry.reverses_id).where(TimeEntry.reverses_id.is_not(None))
        )
    )
    # an entry whose debit was reversed (its draft voided) is billed again by the next run
    on_credit = set(
        session.connection().scalars(
            select(CreditEntry.time_entry_id)
            .join(TimeEntry, TimeEntry.id == CreditEntry.time_entry_id)
            .where(
                TimeEntry.started_at >= low,
                TimeEntry.started_at < high,
                CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL]),
            )
            .group_by(CreditEntry.time_entry_id)
            .having(func.sum(CreditEntry.amount) != 0)
        )
    )
    paid_visits = _visits_on_credit(session, low, high)
    taken_back = _taken_back_to_rebill(session)
    billed = paid_visits | {
        visit_id
        for visit_id, line_id in session.connection().execute(
            select(InvoiceLine.visit_id, InvoiceLine.id)
            .join(Visit, Visit.id == InvoiceLine.visit_id)
            .where(
                Visit.planned_start >= low,
                Visit.planned_start < high,
                InvoiceLine.credits_line_id.is_(None),
            )
        )
        if line_id not in taken_back
    }
    return MonthWide(reversed_ids, on_credit, paid_visits, billed, taken_back)


def month_bounds(year: int, month: int, zone: str) -> tuple[datetime, datetime]:
    """The month in the client's zone, as UTC instants [start, end)."""
    tz = ZoneInfo(zone)
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (
        datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC),
        datetime.combine(nxt, time(0), tzinfo=tz).astimezone(UTC),
    )


@dataclass
class MonthFacts:
    """The month's facts for the run's contracts, grouped for the rules."""

    year: int
    month: int
    profile: CompanyProfile | None
    prefix: str
    clients: dict[uuid.UUID, Client]
    bounds: dict[uuid.UUID, tuple[datetime, datetime]]  # per client
    entries: dict[uuid.UUID, list[EntryRow]] = field(default_factory=dict)  # per contract
    visits: dict[uuid.UUID, list[VisitRow]] = field(default_factory=dict)  # per contract
    plans: dict[tuple[uuid.UUID, str, str], list[PlanRate]] = field(default_factory=dict)
    retainers: dict[uuid.UUID, list[Period]] = field(default_factory=dict)  # per client (D2)
    prepaid: dict[tuple[uuid.UUID, str], Contract] = field(default_factory=dict)
    credit_balance: dict[uuid.UUID, Decimal] = field(default_factory=dict)
    topped_up: set[tuple[uuid.UUID, datetime]] = field(default_factory=set)
    fte_used: dict[uuid.UUID, Decimal] = field(default_factory=dict)
    period_charged: set[uuid.UUID] = field(default_factory=set)  # contracts

    @property
    def first_day(self) -> date:
        """The month's first day (the same date in every zone)."""
        return date(self.year, self.month, 1)

    def plans_of(self, contract: Contract) -> tuple[PlanRate, ...]:
        """C3: the client's monthly plans of the contract's product area and currency."""
        if contract.product_area is None:
            return ()  # no product area: no plan of "the same" area
        key = (contract.client_id, contract.product_area, contract.currency)
        return tuple(self.plans.get(key, ()))

    def prepaid_for(self, contract: Contract) -> Contract | None:
        """C5: the prepaid credit that pays this contract's work, if any."""
        if contract.kind == ContractKind.PREPAID_CREDIT:
            return contract
        if contract.kind not in (ContractKind.ON_DEMAND, ContractKind.FTE_BUNDLE):
            return None  # work under other contracts is not "outside other contracts"
        # on-demand work, and hours beyond an FTE bundle: credit pays before an invoice
        return self.prepaid.get((contract.client_id, contract.currency))


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for at in range(0, len(ids), _CHUNK):
        yield ids[at : at + _CHUNK]


def _in(column: Any, ids: Sequence[uuid.UUID] | None) -> Iterable[Any]:
    """Filters over ``ids`` a chunk at a time; None: one unfiltered pass."""
    if ids is None:
        yield True
        return
    for chunk in _chunks(ids):
        yield column.in_(chunk)


def load_month(
    session: Session,
    contracts: Sequence[Contract],
    year: int,
    month: int,
    *,
    every: bool,
    wide: MonthWide | None = None,
) -> MonthFacts:
    """Read the month's facts for ``contracts`` (``every``: they are all the month's
    contracts, so the store is read without an id filter); ``wide`` is what the run read
    once for the month, when it bills in slices."""
    client_ids = sorted({c.client_id for c in contracts})
    clients = {
        c.id: c for ids in _chunks(client_ids) for c in session.scalars(
            select(Client).where(Client.id.in_(ids))
        )
    }  # fmt: skip
    bounds = {cid: month_bounds(year, month, c.time_zone) for cid, c in clients.items()}
    facts = MonthFacts(year, month, load_profile(session), invoice_prefix(session), clients, bounds)
    if not contracts:
        return facts
    low = min(b[0] for b in bounds.values())
    high = max(b[1] for b in bounds.values())
    by_contract = {c.id: c for c in contracts}
    contract_ids = None if every else sorted(by_contract)
    client_filter = None if every else client_ids
    work = _work_filters(contract_ids, client_ids, sliced=wide is not None)
    wide = wide or month_wide(session, low, high)
    _read_entries(session, facts, by_contract, work, low, high, wide)
    _read_visits(session, facts, by_contract, work, low, high, wide)
    _read_client_contracts(session, facts, client_filter)
    _read_credit(session, facts, low, high)
    _read_earlier_runs(session, facts, contract_ids, wide)
    return facts


def _work_filters(
    contract_ids: Sequence[uuid.UUID] | None, client_ids: Sequence[uuid.UUID], *, sliced: bool
) -> list[Any]:
    """The conditions on tickets that pick the run's entries and visits, one read each.

    A slice of a big run reads by its clients through the month's window, in one read (a
    thousand ids at most, far below the drivers' limits). Looked up by client, SQLite
    walked every ticket of those clients and all their history: ten times slower at
    100,000 tickets, and growing with the years. A small run (one client, one contract)
    reads by contract, whose history is short.
    """
    if contract_ids is None:
        return [true()]
    if sliced:
        return [Unindexed(Ticket.client_id).in_(client_ids)]
    return list(_in(Ticket.contract_id, contract_ids))


def _inside(facts: MonthFacts, contract: Contract, moment: datetime) -> bool:
    start, end = facts.bounds[contract.client_id]
    return start <= moment < end


def _read_entries(
    session: Session,
    facts: MonthFacts,
    contracts: dict[uuid.UUID, Contract],
    work: list[Any],
    low: datetime,
    high: datetime,
    wide: MonthWide,
) -> None:
    """Unbilled entries of the month: not reversed, not a reversal, holding no credit, and
    not worked on a visit whose reservation prepaid credit paid (D3: it covers them)."""
    window = and_(TimeEntry.started_at >= low, TimeEntry.started_at < high)
    reversed_ids, on_credit, paid_visits = wide.reversed_ids, wide.on_credit, wide.paid_visits
    columns = (
        TimeEntry.id, Ticket.contract_id, TimeEntry.engineer_id, TimeEntry.started_at,
        TimeEntry.ended_at, TimeEntry.phase, TimeEntry.billable, TimeEntry.non_billable_reason,
        TimeEntry.description, TimeEntry.visit_id,
        # E5: approved by both and not sent back since, asked of the database (two instants
        # fewer to convert a row)
        and_(
            TimeEntry.provider_approved_at.is_not(None),
            TimeEntry.client_approved_at.is_not(None),
            TimeEntry.rejected_at.is_(None),
        ),
        TimeEntry.row_version,
    )  # fmt: skip
    for where in work:
        rows = session.connection().execute(
            select(*columns)
            .join(Ticket, Ticket.id == TimeEntry.ticket_id)
            .where(
                where, window, TimeEntry.invoice_line_id.is_(None),
                TimeEntry.reverses_id.is_(None),
            )
        )  # fmt: skip
        for row in rows:
            contract = contracts.get(row[1]) if row[1] is not None else None
            if contract is None or row[0] in reversed_ids or row[0] in on_credit:
                continue
            if row[6] and row[9] in paid_visits:
                continue
            if not _inside(facts, contract, row[3]):
                continue
            facts.entries.setdefault(contract.id, []).append(
                EntryRow(
                    row[0], contract.id, row[2], row[3], row[4], str(row[5]), row[6],
                    str(row[7]) if row[7] else None, row[8] or "", row[9], bool(row[10]),
                    row[11],
                )
            )  # fmt: skip
    for found in facts.entries.values():
        found.sort(key=lambda e: (e.started_at, e.id))


def _taken_back_to_rebill(session: Session) -> set[uuid.UUID]:
    """Lines an issued credit note took back so their work is billed again."""
    note_line, note = aliased(InvoiceLine), aliased(Invoice)
    return set(
        session.connection().scalars(
            select(note_line.credits_line_id)
            .join(note, note.id == note_line.invoice_id)
            .where(
                note_line.credits_line_id.is_not(None),
                note.rebill.is_(True),
                note.status != InvoiceStatus.DRAFT,
            )
        )
    )


def _read_visits(
    session: Session,
    facts: MonthFacts,
    contracts: dict[uuid.UUID, Contract],
    work: list[Any],
    low: datetime,
    high: datetime,
    wide: MonthWide,
) -> None:
    """Finished visits of the month that no line bills (a line a credit note took back to
    bill again does not count)."""
    finished = [VisitStatus.COMPLETED.value, VisitStatus.NO_ACCESS.value]
    window = and_(Visit.planned_start >= low, Visit.planned_start < high)
    billed = wide.billed_visits
    for where in work:
        rows = session.connection().execute(
            select(
                Visit.id, Ticket.contract_id, Visit.planned_start, Visit.reserved_hours,
                Visit.grace_minutes, Visit.status, Visit.rush, Visit.reference,
            )
            .join(Ticket, Ticket.id == Visit.ticket_id)
            .where(where, window, Visit.status.in_(finished))
        )  # fmt: skip
        for row in rows:
            contract = contracts.get(row[1]) if row[1] is not None else None
            if contract is None or row[0] in billed or not _inside(facts, contract, row[2]):
                continue
            facts.visits.setdefault(contract.id, []).append(
                VisitRow(
                    row[0], contract.id, row[2], row[3], row[4],
                    row[5] == VisitStatus.NO_ACCESS, row[6], row[7],
                )
            )  # fmt: skip


def _visits_on_credit(session: Session, low: datetime, high: datetime) -> set[uuid.UUID]:
    """Visits of the month holding prepaid credit: a reservation paid from credit has no
    invoice line, so its debit is what says it is paid."""
    window = and_(Visit.planned_start >= low, Visit.planned_start < high)
    return set(
        session.connection().scalars(
            select(CreditEntry.visit_id)
            .join(Visit, Visit.id == CreditEntry.visit_id)
            .where(
                window,
                CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL]),
            )
            .group_by(CreditEntry.visit_id)
            .having(func.sum(CreditEntry.amount) != 0)
        )
    )


def _read_client_contracts(
    session: Session, facts: MonthFacts, client_ids: Sequence[uuid.UUID] | None
) -> None:
    """The clients' monthly plans (C3), retainers (D2) and prepaid credit (C5)."""
    kinds = [ContractKind.MONTHLY_PLAN, ContractKind.RETAINER, ContractKind.PREPAID_CREDIT]
    for where in _in(Contract.client_id, client_ids):
        found = session.scalars(
            select(Contract)
            .where(where, Contract.kind.in_(kinds))
            .order_by(Contract.valid_from.desc(), Contract.id)
        )
        for contract in found:
            if contract.client_id not in facts.clients:
                continue
            if contract.kind == ContractKind.RETAINER:
                facts.retainers.setdefault(contract.client_id, []).append(
                    (contract.valid_from, contract.valid_until)
                )
            elif contract.kind == ContractKind.MONTHLY_PLAN:
                if contract.product_area is None:
                    continue
                key = (contract.client_id, contract.product_area, contract.currency)
                facts.plans.setdefault(key, []).append(
                    PlanRate(contract.valid_from, contract.valid_until, contract.standard_rate)
                )
            else:
                facts.prepaid.setdefault((contract.client_id, contract.currency), contract)


def _read_credit(session: Session, facts: MonthFacts, low: datetime, high: datetime) -> None:
    """Prepaid balances, and the monthly top-ups already given this month (C5)."""
    prepaid = sorted({c.id for c in facts.prepaid.values()})
    for ids in _chunks(prepaid):
        facts.credit_balance.update(
            (contract_id, Decimal(total or 0))
            for contract_id, total in session.connection().execute(
                select(CreditEntry.contract_id, func.sum(CreditEntry.amount))
                .where(CreditEntry.contract_id.in_(ids))
                .group_by(CreditEntry.contract_id)
            )
        )
        facts.topped_up.update(
            (contract_id, at)
            for contract_id, at in session.connection().execute(
                select(CreditEntry.contract_id, CreditEntry.at).where(
                    CreditEntry.contract_id.in_(ids),
                    CreditEntry.kind == CreditEntryKind.TOP_UP,
                    CreditEntry.at >= low,
                    CreditEntry.at < high,
                )
            )
        )


def _read_earlier_runs(
    session: Session, facts: MonthFacts, ids: Sequence[uuid.UUID] | None, wide: MonthWide
) -> None:
    """What an earlier run of this month billed: bundle hours drawn (C7) and the fixed
    monthly prices (a line a credit note took back to bill again does not count)."""
    taken_back = wide.taken_back
    for where in _in(Invoice.contract_id, ids):
        rows = session.connection().execute(
            select(
                Invoice.contract_id, Invoice.kind, InvoiceLine.id, InvoiceLine.drew_on,
                InvoiceLine.visit_id, InvoiceLine.hours,
            )
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(
                where, Invoice.period_start == facts.first_day,
                InvoiceLine.drew_on.in_([DrewOn.FTE_BUNDLE, DrewOn.FIXED]),
            )
        )  # fmt: skip
        for contract_id, kind, line_id, drew_on, visit_id, hours in rows:
            if contract_id is None:
                continue
            if drew_on == DrewOn.FTE_BUNDLE:
                facts.fte_used[contract_id] = facts.fte_used.get(contract_id, Decimal(0)) + Decimal(
                    hours or 0
                )
            elif kind == InvoiceKind.MONTHLY and visit_id is None and line_id not in taken_back:
                facts.period_charged.add(contract_id)
