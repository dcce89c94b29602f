"""The figures of a client's service review for a period (V1, V2), as plain data.

SLA results come from the clock service, credit from its ledger statement and FTE use
from the time entries worked on the bundle's tickets, so the review shows what the rest
of the console shows. Every key figure is gathered for the period and for the one before
it, so the pack can say what changed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import (
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    InvoiceStatus,
    NoteKind,
    Priority,
    TicketCategory,
)
from console.errors import UserError
from console.model import Client, Contract, Engineer, Invoice, Note, Ticket, TimeEntry, Visit
from console.rules.rating import hours_between
from console.rules.review import (
    ATTAINMENT_TARGET,
    Figure,
    add_months,
    attainment_target,
    chosen_figures,
    incident_key,
    mean,
    median,
    months_of,
    previous_period,
    recurring_incidents,
    total,
)
from console.rules.sla import ClockState
from console.services.clocks import ticket_clocks, working_hours_of
from console.services.kickoffs import KickoffRow, kickoff_in_force
from console.services.review_notes import ReviewNoteRow, notes_in_period
from console.services.statements import credit_statement
from console.wording.phrases import phrase

# Upper bounds (hours) of the response and resolution time buckets
BUCKETS = (1, 4, 8, 24, 72)

NO_CONTRACT = ""
"""The key of hours worked on tickets without a contract (the report names it)."""

ISSUED = (InvoiceStatus.ISSUED, InvoiceStatus.PAID)
"""Invoices that count as invoiced: issued, whether paid yet or not."""


@dataclass(frozen=True)
class FteUse:
    """One FTE bundle's month: the hours it holds and the hours worked on it."""

    contract: str
    month: date
    bundle: Decimal
    used: Decimal


@dataclass(frozen=True)
class CreditUse:
    """One prepaid credit over the period: its balance at the start and end, and use."""

    contract: str
    unit: CreditUnit
    currency: str
    opening: Decimal
    topped_up: Decimal
    used: Decimal
    closing: Decimal
    points: list[tuple[datetime, Decimal]]  # the balance after each movement


@dataclass
class KeyFigures:
    """A client's period in key figures (the first page compares two of these)."""

    start: date
    end: date
    tickets: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    sla: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (met, missed)
    reaction_median: float | None = None  # hours
    reaction_working_mean: float | None = None
    """Minutes: the average reaction to tickets opened in working hours, counted in them
    (T6: 15 minutes is the norm)."""
    resolution_median: float | None = None  # hours
    arrivals: int = 0  # visits whose engineer arrived on site in the period
    hours: Decimal = Decimal(0)
    hours_by_phase: dict[str, Decimal] = field(default_factory=dict)
    hours_by_contract: dict[str, Decimal] = field(default_factory=dict)
    fte: list[FteUse] = field(default_factory=list)
    credit: list[CreditUse] = field(default_factory=list)
    invoiced: dict[str, Decimal] = field(default_factory=dict)  # currency -> net
    invoices: int = 0
    tickets_by_month: dict[date, int] = field(default_factory=dict)
    hours_by_month: dict[date, Decimal] = field(default_factory=dict)
    attainment_target: Decimal = ATTAINMENT_TARGET  # the share of clocks promised (V2)

    @property
    def fte_bundle(self) -> Decimal:
        """Bundle hours held over the period, all bundles together."""
        return total(u.bundle for u in self.fte)

    @property
    def fte_used(self) -> Decimal:
        """Hours drawn from the bundles over the period."""
        return total(u.used for u in self.fte)


@dataclass
class Review:
    """A client's period in numbers, with the period before for comparison."""

    client_id: uuid.UUID
    client: str
    start: date
    end: date
    current: KeyFigures
    previous: KeyFigures
    by_category: dict[str, Counter[str]] = field(default_factory=dict)  # category -> priority
    response_hours: list[float] = field(default_factory=list)
    resolution_hours: list[float] = field(default_factory=list)
    hours_by_engineer: dict[str, Decimal] = field(default_factory=dict)
    visits: Counter[str] = field(default_factory=Counter)
    top_incidents: list[tuple[str, str, Decimal]] = field(default_factory=list)
    notes: list[ReviewNoteRow] = field(default_factory=list)  # focus areas, risks, advice
    kickoff: KickoffRow | None = None  # the kick-off that set the focus areas (V1)
    recurring: list[tuple[str, int, Decimal]] = field(default_factory=list)  # title, n, hours
    causes: dict[str, str] = field(default_factory=dict)  # recurring title -> cause found
    figures: frozenset[Figure] = frozenset(Figure)
    """The key figures the client asks to see (V2); every one unless it named some."""

    @property
    def sla(self) -> dict[str, tuple[int, int]]:
        """Met and missed clocks per target kind in the period."""
        return self.current.sla

    @property
    def hours_by_phase(self) -> dict[str, Decimal]:
        """Hours worked per phase in the period."""
        return self.current.hours_by_phase

    @property
    def hours_by_contract(self) -> dict[str, Decimal]:
        """Hours worked per contract in the period."""
        return self.current.hours_by_contract


def bucket_counts(values: list[float]) -> list[int]:
    """How many values fall in each of BUCKETS, plus one for longer."""
    counts = [0] * (len(BUCKETS) + 1)
    for v in values:
        index = next((i for i, b in enumerate(BUCKETS) if v <= b), len(BUCKETS))
        counts[index] += 1
    return counts


def _add(bucket: dict[str, Decimal], key: str, hours: Decimal) -> None:
    bucket[key] = bucket.get(key, Decimal(0)) + hours


class _Period:
    """One period's bounds in the client's zone, and the month a local instant falls in."""

    def __init__(self, zone: ZoneInfo, start: date, end: date) -> None:
        self.zone, self.start, self.end = zone, start, end
        self.lo = datetime.combine(start, time(0), zone)
        self.hi = datetime.combine(end, time(0), zone)
        self.months = months_of(start, end)

    def month(self, at: datetime) -> date:
        """The first of the client's month holding ``at``."""
        local = at.astimezone(self.zone)
        return date(local.year, local.month, 1)


def _tickets(
    session: Session, client: Client, p: _Period, figures: KeyFigures, now: datetime
) -> list[Ticket]:
    tickets = session.scalars(
        select(Ticket).where(Ticket.client_id == client.id, Ticket.opened_at >= p.lo,
                             Ticket.opened_at < p.hi).order_by(Ticket.opened_at)
    ).all()  # fmt: skip
    figures.by_category = {c.value: 0 for c in TicketCategory}
    figures.tickets_by_month = {m: 0 for m in p.months}
    met_missed: dict[str, list[int]] = {}
    reactions, resolutions, working = [], [], []
    desk_hours = working_hours_of(session, client)
    for ticket in tickets:
        figures.by_category[ticket.category.value] += 1
        month = p.month(ticket.opened_at)
        figures.tickets_by_month[month] = figures.tickets_by_month.get(month, 0) + 1
        for kind, clock in ticket_clocks(session, ticket, now).items():
            tally = met_missed.setdefault(kind.value, [0, 0])
            if clock.state is ClockState.MET:
                tally[0] += 1
            elif clock.state is ClockState.BREACHED:
                tally[1] += 1
        if ticket.first_response_at is not None:
            reactions.append((ticket.first_response_at - ticket.opened_at) / timedelta(hours=1))
            if desk_hours.is_open(ticket.opened_at):  # a ticket of the night waits for morning
                taken = desk_hours.business_time_between(ticket.opened_at, ticket.first_response_at)
                working.append(taken / timedelta(minutes=1))
        if ticket.resolved_at is not None:
            resolutions.append((ticket.resolved_at - ticket.opened_at) / timedelta(hours=1))
    figures.tickets = len(tickets)
    figures.sla = {k: (v[0], v[1]) for k, v in sorted(met_missed.items())}
    figures.reaction_median = median(reactions)
    figures.reaction_working_mean = mean(working)
    figures.resolution_median = median(resolutions)
    return list(tickets)


_EntryRow = tuple[TimeEntry, str, uuid.UUID | None, str | None]


def _hours(session: Session, client: Client, p: _Period, figures: KeyFigures) -> list[_EntryRow]:
    rows: list[_EntryRow] = [
        (entry, engineer, contract_id, contract_name)
        for entry, engineer, contract_id, contract_name in session.execute(
            select(TimeEntry, Engineer.name, Ticket.contract_id, Contract.name)
            .join(Ticket, Ticket.id == TimeEntry.ticket_id)
            .join(Engineer, Engineer.id == TimeEntry.engineer_id)
            .outerjoin(Contract, Contract.id == Ticket.contract_id)
            .where(Ticket.client_id == client.id, TimeEntry.started_at >= p.lo,
                   TimeEntry.started_at < p.hi)
            .order_by(TimeEntry.started_at, TimeEntry.id)
        )
    ]  # fmt: skip
    figures.hours_by_month = {m: Decimal(0) for m in p.months}
    for entry, _engineer, _cid, contract_name in rows:
        worked = hours_between(entry.started_at, entry.ended_at)
        figures.hours += worked
        _add(figures.hours_by_phase, entry.phase.value, worked)
        _add(figures.hours_by_contract, contract_name or NO_CONTRACT, worked)
        month = p.month(entry.started_at)
        figures.hours_by_month[month] = figures.hours_by_month.get(month, Decimal(0)) + worked
    return rows


def _fte(contracts: list[Contract], rows: list[_EntryRow], p: _Period, figures: KeyFigures) -> None:
    """Bundle hours and billable hours worked on each FTE bundle, month by month."""
    for contract in contracts:
        if contract.kind != ContractKind.FTE_BUNDLE or contract.bundle_hours is None:
            continue
        used = {m: Decimal(0) for m in p.months}
        for entry, _engineer, contract_id, _name in rows:
            if contract_id == contract.id and entry.billable:
                month = p.month(entry.started_at)
                used[month] = used.get(month, Decimal(0)) + hours_between(
                    entry.started_at, entry.ended_at
                )
        for month in p.months:
            if contract.valid_from < add_months(month, 1) and (
                contract.valid_until is None or contract.valid_until >= month
            ):
                figures.fte.append(FteUse(contract.name, month, contract.bundle_hours, used[month]))


def _credit(session: Session, contracts: list[Contract], p: _Period, figures: KeyFigures) -> None:
    for contract in contracts:
        if contract.kind != ContractKind.PREPAID_CREDIT:
            continue
        statement = credit_statement(session, contract.id, p.start, p.end)
        moves = statement.movements
        figures.credit.append(
            CreditUse(
                contract.name, statement.unit, statement.currency, statement.opening,
                total(m.amount for m in moves if m.kind == CreditEntryKind.TOP_UP),
                -total(m.amount for m in moves if m.kind != CreditEntryKind.TOP_UP),
                statement.closing,
                [(p.lo, statement.opening)]
                + [(m.at, m.balance_after) for m in moves]
                + [(p.hi, statement.closing)],
            )
        )  # fmt: skip


def causes_of(
    session: Session,
    incidents: Sequence[tuple[uuid.UUID, str]],
    recurring: Sequence[tuple[str, int, Decimal]],
) -> dict[str, str]:
    """The cause last written down (a knowledge note) on any ticket of each recurring
    incident, by the recurring incident's title; none where nobody wrote one."""
    wanted = {incident_key(title) for title, _n, _h in recurring}
    tickets = {tid: incident_key(title) for tid, title in incidents}
    tickets = {tid: key for tid, key in tickets.items() if key in wanted}
    latest: dict[str, tuple[datetime, str]] = {}
    ids = list(tickets)
    for start in range(0, len(ids), 500):  # SQLite's bound on parameters
        for ticket_id, at, body in session.execute(
            select(Note.ticket_id, Note.at, Note.body).where(
                Note.ticket_id.in_(ids[start : start + 500]), Note.kind == NoteKind.KNOWLEDGE
            )
        ):
            key = tickets[ticket_id] if ticket_id is not None else ""
            if key and (key not in latest or at > latest[key][0]):
                latest[key] = (at, body)
    return {title: latest[incident_key(title)][1] for title, _n, _h in recurring
            if incident_key(title) in latest}  # fmt: skip


def invoices_of(session: Session, client_id: uuid.UUID, start: date, end: date) -> list[Invoice]:
    """The client's invoices and credit notes issued from ``start`` to before ``end``."""
    return list(
        session.scalars(
            select(Invoice).where(Invoice.client_id == client_id, Invoice.status.in_(ISSUED),
                                  Invoice.issue_date >= start, Invoice.issue_date < end)
            .order_by(Invoice.issue_date, Invoice.number)
        )
    )  # fmt: skip


def _invoiced(session: Session, client: Client, p: _Period, figures: KeyFigures) -> None:
    for invoice in invoices_of(session, client.id, p.start, p.end):
        figures.invoiced[invoice.currency] = (
            figures.invoiced.get(invoice.currency, Decimal(0)) + invoice.subtotal
        )
        figures.invoices += 1


def _arrivals(session: Session, client: Client, p: _Period, figures: KeyFigures) -> None:
    figures.arrivals = len(
        session.scalars(
            select(Visit.id).join(Ticket, Ticket.id == Visit.ticket_id)
            .where(Ticket.client_id == client.id, Visit.arrived_at >= p.lo,
                   Visit.arrived_at < p.hi)
        ).all()
    )  # fmt: skip


def _promised(contracts: list[Contract], p: _Period) -> Decimal:
    """The attainment promised by the contracts with SLA targets in force in the period."""
    return attainment_target(
        c.attainment_target_pct
        for c in contracts
        if c.sla_targets
        and c.valid_from < p.end
        and (c.valid_until is None or c.valid_until >= p.start)
    )


def _key_figures(
    session: Session, client: Client, contracts: list[Contract], p: _Period, now: datetime
) -> tuple[KeyFigures, list[Ticket], list[_EntryRow]]:
    figures = KeyFigures(p.start, p.end, attainment_target=_promised(contracts, p))
    tickets = _tickets(session, client, p, figures, now)
    rows = _hours(session, client, p, figures)
    _fte(contracts, rows, p, figures)
    _credit(session, contracts, p, figures)
    _invoiced(session, client, p, figures)
    _arrivals(session, client, p, figures)
    return figures, tickets, rows


def key_figures(
    session: Session, client_id: uuid.UUID, start: date, end: date, now: datetime
) -> KeyFigures:
    """A client's key figures from ``start`` to before ``end``."""
    client = _client(session, client_id, start, end)
    contracts = list(session.scalars(select(Contract).where(Contract.client_id == client.id)))
    p = _Period(ZoneInfo(client.time_zone), start, end)
    return _key_figures(session, client, contracts, p, now)[0]


def _client(session: Session, client_id: uuid.UUID, start: date, end: date) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise UserError(phrase("client {client_id} does not exist", client_id=client_id))
    if end <= start:
        raise UserError(phrase("period: the end must come after the start"))
    return client


def service_review(
    session: Session, client_id: uuid.UUID, start: date, end: date, now: datetime
) -> Review:
    """Tickets opened, time worked and visits planned from ``start`` to before ``end``,
    with the key figures of the period before."""
    client = _client(session, client_id, start, end)
    zone = ZoneInfo(client.time_zone)
    contracts = list(
        session.scalars(
            select(Contract).where(Contract.client_id == client.id).order_by(Contract.name)
        )
    )
    p = _Period(zone, start, end)
    current, tickets, rows = _key_figures(session, client, contracts, p, now)
    before = previous_period(start, end)
    previous = _key_figures(session, client, contracts, _Period(zone, *before), now)[0]
    review = Review(client.id, client.name, start, end, current, previous,
                    figures=chosen_figures(client.review_figures or ()))  # fmt: skip
    for c in TicketCategory:
        review.by_category[c.value] = Counter({pr.value: 0 for pr in Priority})
    for ticket in tickets:
        review.by_category[ticket.category.value][ticket.priority.value] += 1
        if ticket.first_response_at is not None:
            review.response_hours.append(
                (ticket.first_response_at - ticket.opened_at) / timedelta(hours=1)
            )
        if ticket.resolved_at is not None:
            review.resolution_hours.append(
                (ticket.resolved_at - ticket.opened_at) / timedelta(hours=1)
            )
    hours: dict[uuid.UUID, Decimal] = {}
    for entry, engineer, _cid, _name in rows:
        worked = hours_between(entry.started_at, entry.ended_at)
        _add(review.hours_by_engineer, engineer, worked)
        hours[entry.ticket_id] = hours.get(entry.ticket_id, Decimal(0)) + worked
    incidents = {t.id: t for t in tickets if t.category is TicketCategory.INCIDENT}
    ranked = sorted((h, t) for t, h in hours.items() if t in incidents)[::-1][:5]
    review.top_incidents = [(incidents[t].reference, incidents[t].title, h) for h, t in ranked]
    review.recurring = recurring_incidents(
        [(t.title, hours.get(t.id, Decimal(0))) for t in incidents.values()]
    )
    review.causes = causes_of(
        session, [(t.id, t.title) for t in incidents.values()], review.recurring
    )
    for (status,) in session.execute(
        select(Visit.status).join(Ticket, Ticket.id == Visit.ticket_id)
        .where(Ticket.client_id == client.id, Visit.planned_start >= p.lo,
               Visit.planned_start < p.hi)
    ):  # fmt: skip
        review.visits[status.value] += 1
    review.notes = notes_in_period(session, client.id, start, end)
    review.kickoff = kickoff_in_force(session, client.id, end)
    return review
