"""Everything the ticket pane shows about one ticket, as plain data (T5, C2, C5, D7, C11)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContractKind, NoteKind, SlaTargetKind, TicketStatus, VisitStatus
from console.errors import UserError, ValidationError
from console.model import Engineer, Note, Ticket, TicketStatusChange, TimeEntry, Visit
from console.rules.effort import EstimateUse, estimate_use
from console.rules.sla import Clock
from console.rules.workflow import Actor, allowed_ticket_statuses, allowed_visit_statuses
from console.services.acting import Acting, Sessions, acting_actor, reading, writing
from console.services.clocks import ticket_clocks
from console.services.credit_balances import CreditBalance, credit_balances
from console.services.history import HistoryRow, ticket_history
from console.services.tickets import add_note, change_status
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import restored


@dataclass(frozen=True)
class VisitLine:
    """A linked visit with the D7 steps the user may take next."""

    id: uuid.UUID
    reference: str
    status: VisitStatus
    planned_start: datetime
    engineers: tuple[str, ...]
    next_steps: tuple[VisitStatus, ...]


@dataclass(frozen=True)
class TimeLine:
    """One time entry as the pane lists it."""

    started_at: datetime
    ended_at: datetime
    engineer: str
    phase: str
    billable: bool
    approved: bool
    description: str


@dataclass
class TicketDetail:
    """The pane's content; times are UTC, ``zone`` is the client's."""

    id: uuid.UUID
    reference: str
    title: str
    description: str
    client: str
    site: str
    zone: str
    category: str
    priority: str
    status: TicketStatus
    channel: str
    emergency: bool
    opened_at: datetime
    contract: Phrase | str
    allowed: list[TicketStatus]
    history: list[tuple[datetime, TicketStatus | None, TicketStatus, Phrase | str]]
    notes: list[tuple[datetime, str, str]]
    time: list[TimeLine]
    visits: list[VisitLine]
    clocks: dict[SlaTargetKind, Clock]
    targets: list[Phrase]
    credit: list[CreditBalance] = field(default_factory=list)
    hours_logged: Decimal = Decimal(0)
    requester: str = ""
    """Who asked: the contact's name with a phone or e-mail to reach them ("" unknown)."""
    premium: bool = False
    """Under a premium plan (C11): handled at once, first among tickets as urgent."""
    manager: str = ""
    """The premium contract's dedicated manager (C11), "" when none is named."""
    express: bool = False
    """Under an Express contract: an emergency the expert assesses within the hour (E1)."""
    estimate_minutes: int | None = None
    """The desk's estimate of the effort (T7), None when none is given."""

    def local(self, instant: datetime) -> datetime:
        """An instant in the client's zone."""
        return instant.astimezone(ZoneInfo(self.zone))

    @property
    def estimate(self) -> EstimateUse | None:
        """The time logged against the estimate (T7); None without an estimate."""
        return estimate_use(self.estimate_minutes, self.hours_logged)


def ticket_detail(
    session: Session, ticket_id: uuid.UUID, now: datetime, actor: Actor
) -> TicketDetail:
    """Load one ticket's pane: allowed moves, history, notes, time, visits, clocks, credit."""
    ticket = session.get_one(Ticket, ticket_id)
    client = ticket.client
    contract = ticket.contract
    history = [
        (c.at, TicketStatus(c.from_status) if c.from_status else None, TicketStatus(c.to_status),
         restored(c.reason or ""))
        for c in session.scalars(
            select(TicketStatusChange)
            .where(TicketStatusChange.ticket_id == ticket.id)
            .order_by(TicketStatusChange.at)
        )
    ]  # fmt: skip
    notes = [
        (n.at, str(n.kind), n.body)
        for n in session.scalars(select(Note).where(Note.ticket_id == ticket.id).order_by(Note.at))
    ]
    entries = session.execute(
        select(TimeEntry, Engineer.name)
        .join(Engineer, Engineer.id == TimeEntry.engineer_id)
        .where(TimeEntry.ticket_id == ticket.id)
        .order_by(TimeEntry.started_at)
    ).all()
    time = [
        TimeLine(e.started_at, e.ended_at, name, str(e.phase), e.billable,
                 bool(e.provider_approved_at and e.client_approved_at), e.description)
        for e, name in entries
    ]  # fmt: skip
    hours = sum(
        (Decimal((e.ended_at - e.started_at).total_seconds()) / 3600 for e, _ in entries),
        Decimal(0),
    ).quantize(Decimal("0.01"))
    visits = []
    for v in session.scalars(
        select(Visit).where(Visit.ticket_id == ticket.id).order_by(Visit.planned_start)
    ):
        visits.append(
            VisitLine(
                v.id, v.reference, VisitStatus(v.status), v.planned_start,
                tuple(ve.engineer.name for ve in v.engineers),
                tuple(allowed_visit_statuses(VisitStatus(v.status), actor)),
            )
        )  # fmt: skip
    targets = []
    if contract is not None:
        for t in sorted(contract.sla_targets, key=lambda t: (t.priority, t.kind)):
            if t.priority == ticket.priority:
                pauses = [TicketStatus(s) for s in t.pause_statuses]
                said = dict(
                    kind=SlaTargetKind(t.kind),
                    hours=t.minutes // 60,
                    minutes=str(t.minutes % 60).zfill(2),
                    window=phrase("24x7") if t.use_24x7 else phrase("service window"),
                )
                targets.append(
                    phrase("{kind}: {hours} h {minutes} m ({window}; paused by {pauses})",
                           pauses=pauses, **said)
                    if pauses
                    else phrase("{kind}: {hours} h {minutes} m ({window}; never paused)", **said)
                )  # fmt: skip
    no_contract = phrase("no contract: a reply within one working day")
    return TicketDetail(
        ticket.id, ticket.reference, ticket.title, ticket.description, client.name,
        ticket.site.name if ticket.site else "", client.time_zone, str(ticket.category),
        str(ticket.priority), TicketStatus(ticket.status), str(ticket.channel), ticket.emergency,
        ticket.opened_at, contract.name if contract else no_contract,
        allowed_ticket_statuses(TicketStatus(ticket.status), actor), history, notes, time,
        visits, ticket_clocks(session, ticket, now, explain=True), targets,
        credit_balances(session, client.id), hours, _requester(ticket),
        bool(contract is not None and contract.premium),
        contract.manager.display_name if contract is not None and contract.manager else "",
        contract is not None and contract.kind == ContractKind.EXPRESS, ticket.estimate_minutes,
    )  # fmt: skip


def _requester(ticket: Ticket) -> str:
    """The person who asked, with how to reach them (T1)."""
    person = ticket.requester
    if person is None:
        return ""
    return " · ".join(p for p in (person.name, person.phone or person.email) if p)


# ------------------------------------------------------------------ the window's calls
# Each takes the session factory and ids, owns its transaction and returns plain data;
# the workflow rules judge a move by the acting user's role as the store knows it.


def detail_of(
    sessions: Sessions, acting: Acting, ticket_id: uuid.UUID, now: datetime
) -> TicketDetail:
    """One ticket's pane, with the moves the acting user may make."""
    with reading(sessions) as session:
        return ticket_detail(session, ticket_id, now, acting_actor(session, acting))


def history_of(sessions: Sessions, ticket_id: uuid.UUID) -> list[HistoryRow]:
    """Who changed the ticket, its visits and its time, and how, oldest first; the records
    they refer to by name, not by id."""
    return ticket_history(sessions, ticket_id)


def _ticket(session: Session, ticket_id: uuid.UUID) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise UserError(phrase("ticket {ticket_id} does not exist", ticket_id=ticket_id))
    return ticket


def move_ticket(
    sessions: Sessions,
    acting: Acting,
    ticket_id: uuid.UUID,
    to: TicketStatus,
    now: datetime,
    reason: str | None = None,
) -> None:
    """Change a ticket's status if the workflow allows it; a refusal writes nothing.

    Closing wants the resolution, kept as the move's reason on the ticket's timeline.
    """
    reason = (reason or "").strip() or None
    if to is TicketStatus.CLOSED and reason is None:
        raise ValidationError("resolution", phrase("say how the ticket was resolved"))
    with writing(sessions) as session:
        actor = acting_actor(session, acting)
        ticket = _ticket(session, ticket_id)
        change_status(session, ticket, to, actor, now, by_user=acting.user_id, reason=reason)


def write_note(
    sessions: Sessions,
    acting: Acting,
    ticket_id: uuid.UUID,
    body: str,
    kind: NoteKind,
    now: datetime,
) -> None:
    """Write a note on a ticket in its own transaction; a refused note writes nothing."""
    with writing(sessions) as session:
        add_note(session, _ticket(session, ticket_id), body, kind, now, by_user=acting.user_id)
