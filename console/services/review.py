"""The figures of a client's service review for a period (V1, V2), as plain data.

SLA results come from the clock service, credit from its ledger and FTE use from the
monthly statements, so the review shows what the rest of the console shows.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContractKind, CreditEntryKind, Priority, TicketCategory
from console.errors import UserError
from console.model import Client, Contract, CreditEntry, Engineer, Ticket, TimeEntry, Visit
from console.rules.rating import hours_between
from console.rules.sla import ClockState
from console.services.clocks import ticket_clocks
from console.services.statements import fte_month

# Upper bounds (hours) of the response and resolution time buckets
BUCKETS = (1, 4, 8, 24, 72)


@dataclass
class Review:
    """A client's period in numbers."""

    client_id: uuid.UUID
    client: str
    start: date
    end: date
    by_category: dict[str, Counter[str]] = field(default_factory=dict)  # category -> priority
    sla: dict[str, tuple[int, int]] = field(default_factory=dict)  # target -> (met, missed)
    response_hours: list[float] = field(default_factory=list)
    resolution_hours: list[float] = field(default_factory=list)
    hours_by_phase: dict[str, Decimal] = field(default_factory=dict)
    hours_by_contract: dict[str, Decimal] = field(default_factory=dict)
    hours_by_engineer: dict[str, Decimal] = field(default_factory=dict)
    credit: list[tuple[datetime, Decimal]] = field(default_factory=list)  # balance after
    fte: list[tuple[date, Decimal, Decimal]] = field(default_factory=list)  # month, bundle, used
    visits: Counter[str] = field(default_factory=Counter)
    top_incidents: list[tuple[str, str, Decimal]] = field(default_factory=list)


def bucket_counts(values: list[float]) -> list[int]:
    """How many values fall in each of BUCKETS, plus one for longer."""
    counts = [0] * (len(BUCKETS) + 1)
    for v in values:
        index = next((i for i, b in enumerate(BUCKETS) if v <= b), len(BUCKETS))
        counts[index] += 1
    return counts


def _months(start: date, end: date) -> list[date]:
    out, day = [], date(start.year, start.month, 1)
    while day < end:
        out.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return out


def _add(bucket: dict[str, Decimal], key: str, hours: Decimal) -> None:
    bucket[key] = bucket.get(key, Decimal(0)) + hours


def service_review(
    session: Session, client_id: uuid.UUID, start: date, end: date, now: datetime
) -> Review:
    """Tickets opened, time worked and visits planned from ``start`` to before ``end``."""
    client = session.get(Client, client_id)
    if client is None:
        raise UserError(f"client {client_id} does not exist")
    if end <= start:
        raise UserError("period: the end must come after the start")
    zone = ZoneInfo(client.time_zone)
    lo, hi = datetime.combine(start, time(0), zone), datetime.combine(end, time(0), zone)
    review = Review(client.id, client.name, start, end)
    for c in TicketCategory:
        review.by_category[c.value] = Counter({p.value: 0 for p in Priority})
    met_missed: dict[str, list[int]] = {}
    tickets = session.scalars(
        select(Ticket).where(Ticket.client_id == client.id, Ticket.opened_at >= lo,
                             Ticket.opened_at < hi).order_by(Ticket.opened_at)
    ).all()  # fmt: skip
    for ticket in tickets:
        review.by_category[ticket.category.value][ticket.priority.value] += 1
        for kind, clock in ticket_clocks(session, ticket, now).items():
            tally = met_missed.setdefault(kind.value, [0, 0])
            if clock.state is ClockState.MET:
                tally[0] += 1
            elif clock.state is ClockState.BREACHED:
                tally[1] += 1
        if ticket.first_response_at is not None:
            review.response_hours.append(
                (ticket.first_response_at - ticket.opened_at) / timedelta(hours=1)
            )
        if ticket.resolved_at is not None:
            review.resolution_hours.append(
                (ticket.resolved_at - ticket.opened_at) / timedelta(hours=1)
            )
    review.sla = {k: (v[0], v[1]) for k, v in sorted(met_missed.items())}
    hours: dict[uuid.UUID, Decimal] = {}
    for entry, engineer, contract_name in session.execute(
        select(TimeEntry, Engineer.name, Contract.name)
        .join(Ticket, Ticket.id == TimeEntry.ticket_id)
        .join(Engineer, Engineer.id == TimeEntry.engineer_id)
        .outerjoin(Contract, Contract.id == Ticket.contract_id)
        .where(Ticket.client_id == client.id, TimeEntry.started_at >= lo, TimeEntry.started_at < hi)
    ):  # fmt: skip
        worked = hours_between(entry.started_at, entry.ended_at)
        _add(review.hours_by_phase, entry.phase.value, worked)
        _add(review.hours_by_contract, contract_name or "no contract", worked)
        _add(review.hours_by_engineer, engineer, worked)
        hours[entry.ticket_id] = hours.get(entry.ticket_id, Decimal(0)) + worked
    incidents = {t.id: t for t in tickets if t.category is TicketCategory.INCIDENT}
    ranked = sorted((h, t) for t, h in hours.items() if t in incidents)[::-1][:5]
    review.top_incidents = [(incidents[t].reference, incidents[t].title, h) for h, t in ranked]
    for contract in session.scalars(select(Contract).where(Contract.client_id == client.id)):
        if contract.kind == ContractKind.PREPAID_CREDIT:
            running = Decimal(0)
            for e in session.scalars(
                select(CreditEntry)
                .where(CreditEntry.contract_id == contract.id, CreditEntry.at < hi)
                .order_by(CreditEntry.at, CreditEntry.id)
            ):  # fmt: skip
                running += e.amount
                if e.at >= lo or e.kind == CreditEntryKind.TOP_UP:
                    review.credit.append((e.at, running))
        elif contract.kind == ContractKind.FTE_BUNDLE:
            for month in _months(start, end):
                fm = fte_month(session, contract.id, month.year, month.month)
                review.fte.append((month, fm.bundle_hours, fm.used_hours))
    for (status,) in session.execute(
        select(Visit.status).join(Ticket, Ticket.id == Visit.ticket_id)
        .where(Ticket.client_id == client.id, Visit.planned_start >= lo, Visit.planned_start < hi)
    ):  # fmt: skip
        review.visits[status.value] += 1
    return review
