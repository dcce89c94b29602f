"""A ticket's SLA clocks from the store: its contract's targets on the client's calendar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContractKind, SlaTargetKind, TicketStatus
from console.model import Assessment, Client, Closure, Contract, Ticket, TicketStatusChange, Visit
from console.rules import calendar as cal
from console.rules.schedule import BASIS_10X5, COMFORT_24X7, Schedule, weekly_minutes
from console.rules.sla import (
    Clock,
    StatusChange,
    Target,
    TicketFacts,
    evaluate,
    start_and_met,
)

NO_SLA_REPLY_MINUTES = weekly_minutes(BASIS_10X5) // 5
"""T6: without an SLA the aim is a reply within one working day (10 desk hours)."""


def working_hours_of(session: Session, client: Client) -> cal.BusinessCalendar:
    """The hours the desk works for a client (T6): 10x5 in the client's zone, less its
    holidays and the desk's closures."""
    return calendar_of(client, _closures(session, client))(BASIS_10X5)


def _closures(session: Session, client: Client) -> list[cal.Closure]:
    rows = session.scalars(
        select(Closure).where((Closure.client_id == client.id) | (Closure.client_id.is_(None)))
    )
    return [cal.Closure(c.day, c.reason, c.start_time, c.end_time) for c in rows]


class TargetTerms(Protocol):
    """What targets_for reads of an SLA target (a model row or a plain copy)."""

    @property
    def priority(self) -> str:
        """The priority it applies to."""

    @property
    def kind(self) -> str:
        """Its kind."""

    @property
    def minutes(self) -> int:
        """Minutes allowed."""

    @property
    def use_24x7(self) -> bool:
        """Whether it runs around the clock."""

    @property
    def pause_statuses(self) -> list[str]:
        """Statuses that pause it."""

    @property
    def at_risk_pct(self) -> int:
        """Share of the time after which it is at risk."""


class ContractTerms(Protocol):
    """What targets_for reads of a contract."""

    @property
    def kind(self) -> str:
        """Its kind."""

    @property
    def service_window(self) -> dict[str, Any]:
        """The weekly service window."""

    @property
    def sla_targets(self) -> Sequence[TargetTerms]:
        """Its SLA targets."""


class Place(Protocol):
    """What targets_for reads of a client: where its calendar is."""

    @property
    def time_zone(self) -> str:
        """Its time zone."""

    @property
    def country(self) -> str:
        """Its country (holidays)."""

    @property
    def subdivision(self) -> str | None:
        """Its region (regional holidays)."""


CalendarOf = Callable[[Schedule], cal.BusinessCalendar]
"""The client's calendar for a weekly schedule (its zone, holidays and closures)."""


def calendar_of(client: Place, closures: list[cal.Closure]) -> CalendarOf:
    """The calendars of one client: a schedule on its zone, holidays and closures."""

    def of(schedule: Schedule) -> cal.BusinessCalendar:
        return cal.calendar_for(
            schedule, client.time_zone, client.country, client.subdivision, closures
        )

    return of


def targets_for(
    contract: ContractTerms | None,
    client: Place,
    priority: str,
    closures: list[cal.Closure],
    calendar: CalendarOf | None = None,
) -> list[Target]:
    """The targets that apply to a ticket of this priority (T6 when there is no SLA).

    ``calendar`` gives the client's calendar for a schedule; a batch passes one that
    remembers them, since the same few serve thousands of tickets.
    """
    on = calendar or calendar_of(client, closures)
    if contract is None or not contract.sla_targets:
        return [Target(SlaTargetKind.RESPONSE, NO_SLA_REPLY_MINUTES, on(BASIS_10X5))]
    out = []
    express = contract.kind == ContractKind.EXPRESS
    for t in contract.sla_targets:
        if t.priority != priority:
            continue
        if express:
            hours = cal.around_the_clock(client.time_zone)  # E1, D9: emergencies never wait
        elif t.use_24x7:
            hours = on(COMFORT_24X7)
        else:
            hours = on(contract.service_window)
        pauses = frozenset(TicketStatus(s) for s in t.pause_statuses)
        out.append(Target(SlaTargetKind(t.kind), t.minutes, hours, pauses, t.at_risk_pct))
    return out


def ticket_clocks(
    session: Session, ticket: Ticket, now: datetime, explain: bool = False
) -> dict[SlaTargetKind, Clock]:
    """Every clock of a ticket, recomputed from its full history."""
    client = session.get_one(Client, ticket.client_id)
    contract = session.get(Contract, ticket.contract_id) if ticket.contract_id else None
    history = [
        StatusChange(c.at, TicketStatus(c.to_status))
        for c in session.scalars(
            select(TicketStatusChange).where(TicketStatusChange.ticket_id == ticket.id)
        )
    ]
    assessment = session.scalar(select(Assessment).where(Assessment.ticket_id == ticket.id))
    visit = session.scalar(  # D7: the latest approval starts the arrival clock
        select(Visit)
        .where(Visit.ticket_id == ticket.id, Visit.approved_at.is_not(None))
        .order_by(Visit.approved_at.desc())
        .limit(1)
    )
    facts = TicketFacts(
        opened_at=ticket.opened_at,
        first_response_at=ticket.first_response_at,
        history=history,
        answered_at=assessment.answered_at if assessment else None,
        approved_at=visit.approved_at if visit else None,
        arrived_at=visit.arrived_at if visit else None,
        emergency=ticket.emergency,
    )
    clocks: dict[SlaTargetKind, Clock] = {}
    for target in targets_for(contract, client, ticket.priority, _closures(session, client)):
        start, met = start_and_met(target.kind, facts)
        clocks[target.kind] = evaluate(target, start, history, now, met, explain)
    return clocks
