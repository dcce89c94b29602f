"""Time entries in the store (E5): recording, the daily cut-off lock, late-entry approval."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from console.enums import ApprovalMethod, NonBillableReason, Phase, Role
from console.errors import UserError, ValidationError
from console.ids import new_id
from console.model import Client, Engineer, Ticket, TimeEntry, Visit
from console.rules.cutoff import is_late_entry, is_locked
from console.rules.roles import Scope, check_client_approval
from console.rules.time_clash import Booked, first_clash
from console.services import dialog_options
from console.services.acting import Acting, Sessions, acting_role, reading, writing
from console.services.tickets import scope_of
from console.wording.phrases import phrase


def _zone(session: Session, ticket_id: uuid.UUID) -> str:
    """Days are the client's days: that is where the work is approved and billed."""
    zone = session.scalar(
        select(Client.time_zone)
        .join(Ticket, Ticket.client_id == Client.id)
        .where(Ticket.id == ticket_id)
    )
    if zone is None:
        raise UserError(f"ticket {ticket_id} does not exist")
    return zone


def record_time(
    session: Session,
    *,
    ticket_id: uuid.UUID,
    engineer_id: uuid.UUID,
    started_at: datetime,
    ended_at: datetime,
    now: datetime,
    phase: Phase = Phase.NONE,
    description: str = "",
    billable: bool = True,
    non_billable_reason: NonBillableReason | None = None,
    visit_id: uuid.UUID | None = None,
) -> TimeEntry:
    """Record work; an entry for a day past its cut-off is marked late (needs approval).

    Refused when it overlaps time the engineer recorded already, naming that entry.
    """
    late = is_late_entry(started_at, now, _zone(session, ticket_id))
    if ended_at > started_at:  # a reversed span is refused by the entry itself, by field
        _refuse_clash(session, engineer_id, started_at, ended_at)
    entry = TimeEntry(
        id=new_id(), ticket_id=ticket_id, engineer_id=engineer_id, started_at=started_at,
        ended_at=ended_at, phase=phase, description=description, billable=billable,
        non_billable_reason=non_billable_reason, visit_id=visit_id, late=late,
    )  # fmt: skip
    session.add(entry)
    return entry


def _refuse_clash(session: Session, engineer_id: uuid.UUID, start: datetime, end: datetime) -> None:
    """Refuse work that overlaps the engineer's recorded time (reversed entries aside)."""
    reversal = aliased(TimeEntry)
    rows = session.execute(
        select(TimeEntry.id, TimeEntry.started_at, TimeEntry.ended_at, Ticket.reference)
        .join(Ticket, Ticket.id == TimeEntry.ticket_id)
        .where(
            TimeEntry.engineer_id == engineer_id,
            TimeEntry.started_at < end,
            TimeEntry.ended_at > start,
            TimeEntry.reverses_id.is_(None),
            ~exists().where(reversal.reverses_id == TimeEntry.id),
        )
    ).all()
    clash = first_clash(start, end, [Booked(*row) for row in rows])
    if clash is not None:
        raise ValidationError(
            "started_at",
            phrase(
                "overlaps the engineer's time on {ticket}, {start} to {end}",
                ticket=clash.ticket, start=clash.start, end=clash.end,
            ),
        )  # fmt: skip


DESK = frozenset({Role.DISPATCHER, Role.SERVICE_MANAGER, Role.ADMIN})
"""Who approves time for the provider and runs the cut-off (E5); never an engineer."""


def _desk_only(role: Role, what: str) -> None:
    if role not in DESK:
        raise UserError(f"{what}: only the desk may do this, not an {role.value.replace('_', ' ')}")


def approve_for_provider(
    session: Session, entry: TimeEntry, now: datetime, by_user: uuid.UUID | None, role: Role
) -> None:
    """The provider's approval of an entry (E5), by someone at the desk."""
    _desk_only(role, "approve time")
    if entry.provider_approved_at is not None:
        return
    entry.provider_approved_at = now
    entry.provider_approved_by = by_user


def record_client_approval(
    session: Session,
    entry: TimeEntry,
    now: datetime,
    role: Role,
    *,
    by: str,
    method: ApprovalMethod,
    own_client_id: uuid.UUID | None = None,
) -> None:
    """The client's approval (E5): a second act, by a named person, and how it was given.

    The desk records it on the client's behalf however it came; a client admin gives it
    for their own client only (``own_client_id``), through the portal.
    """
    ticket_client = session.scalar(select(Ticket.client_id).where(Ticket.id == entry.ticket_id))
    assert ticket_client is not None
    check_client_approval(Scope(role, own_client_id), ticket_client, method)
    person = by.strip()
    if not person:
        raise ValidationError(
            "approved by", phrase("the client's approval needs the name of the person")
        )
    entry.client_approved_at = now
    entry.client_approved_by = person[:120]
    entry.client_approval_method = method


def record_client_approvals(
    session: Session,
    entry_ids: list[uuid.UUID],
    now: datetime,
    role: Role,
    *,
    by: str,
    method: ApprovalMethod,
    own_client_id: uuid.UUID | None = None,
) -> int:
    """The client's approval of several entries at once, by id; returns how many."""
    for entry_id in entry_ids:
        entry = session.get(TimeEntry, entry_id)
        if entry is None:
            raise UserError(f"time entry: {entry_id} does not exist")
        record_client_approval(
            session, entry, now, role, by=by, method=method, own_client_id=own_client_id
        )
    return len(entry_ids)


def approve(
    session: Session, entry: TimeEntry, now: datetime, by_user: uuid.UUID | None, client_name: str
) -> None:
    """Both approvals at once, as imports and the demo record them (E5)."""
    entry.provider_approved_at = now
    entry.provider_approved_by = by_user
    entry.client_approved_at = now
    entry.client_approved_by = client_name


def lock_past_days(session: Session, now: datetime, role: Role) -> int:
    """The daily cut-off: lock every unlocked entry whose day has closed; returns how many."""
    _desk_only(role, "run the cut-off")
    rows = session.execute(
        select(TimeEntry, Client.time_zone)
        .join(Ticket, Ticket.id == TimeEntry.ticket_id)
        .join(Client, Client.id == Ticket.client_id)
        .where(TimeEntry.locked.is_(False), TimeEntry.started_at < now)
    ).all()
    count = 0
    for entry, zone in rows:
        # A late entry stays open until it is approved; others lock when their day closes.
        if is_locked(entry.started_at, now, zone) and not (
            entry.late and not entry.provider_approved_at
        ):
            entry.locked = True
            count += 1
    session.flush()
    return count


def pending_approvals(session: Session) -> list[tuple[TimeEntry, str, str]]:
    """Entries still waiting for approval (E5), late ones first: (entry, ticket, engineer)."""
    reversal = aliased(TimeEntry)
    rows = session.execute(
        select(TimeEntry, Ticket.reference, Engineer.name)
        .join(Ticket, Ticket.id == TimeEntry.ticket_id)
        .join(Engineer, Engineer.id == TimeEntry.engineer_id)
        .where(
            (TimeEntry.provider_approved_at.is_(None)) | (TimeEntry.client_approved_at.is_(None)),
            TimeEntry.reverses_id.is_(None),
            ~exists().where(reversal.reverses_id == TimeEntry.id),
        )
        .order_by(TimeEntry.late.desc(), TimeEntry.started_at)
    ).all()
    return [(entry, ref, name) for entry, ref, name in rows]


# ------------------------------------------------------------------ the window's calls
# Each takes the session factory and ids, owns its transaction and returns plain data;
# the desk's acts ask the store for the acting user's role.


@dataclass(frozen=True)
class TimeFormStart:
    """What the time dialog opens with for one ticket."""

    ticket_reference: str
    ticket_title: str
    emergency: bool
    engineers: list[tuple[str, uuid.UUID]]
    visits: list[tuple[str, uuid.UUID]]


def time_form_start(sessions: Sessions, ticket_id: uuid.UUID) -> TimeFormStart:
    """The ticket, the engineers who may log on it and its visits."""
    with reading(sessions) as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise UserError(f"ticket {ticket_id} does not exist")
        visits = session.execute(
            select(Visit.reference, Visit.id).where(Visit.ticket_id == ticket_id)
        ).all()
        return TimeFormStart(
            ticket.reference, ticket.title, ticket.emergency,
            dialog_options.engineers(session), [(ref, vid) for ref, vid in visits],
        )  # fmt: skip


def log_time(
    sessions: Sessions,
    acting: Acting,
    *,
    ticket_id: uuid.UUID,
    engineer_id: uuid.UUID,
    started_at: datetime,
    ended_at: datetime,
    now: datetime,
    phase: Phase = Phase.NONE,
    description: str = "",
    billable: bool = True,
    non_billable_reason: NonBillableReason | None = None,
    visit_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record one entry in its own transaction (see `record_time`); returns its id."""
    with writing(sessions) as session:
        entry = record_time(
            session, ticket_id=ticket_id, engineer_id=engineer_id, started_at=started_at,
            ended_at=ended_at, now=now, phase=phase, description=description,
            billable=billable, non_billable_reason=non_billable_reason, visit_id=visit_id,
        )  # fmt: skip
        session.flush()
        return entry.id


@dataclass(frozen=True)
class PendingEntry:
    """One entry awaiting approval, as the approval list shows it."""

    id: uuid.UUID
    started_at: datetime
    ended_at: datetime
    ticket_reference: str
    engineer: str
    phase: Phase
    billable: bool
    late: bool
    waits_for_provider: bool
    waits_for_client: bool
    description: str

    @property
    def hours(self) -> Decimal:
        """How long the work took, in hours."""
        return Decimal(int((self.ended_at - self.started_at).total_seconds())) / 3600


def pending_list(sessions: Sessions) -> list[PendingEntry]:
    """Entries still waiting for an approval (E5), late ones first."""
    out = []
    with reading(sessions) as session:
        for e, ref, name in pending_approvals(session):
            out.append(
                PendingEntry(
                    e.id, e.started_at, e.ended_at, ref, name, Phase(e.phase), e.billable,
                    e.late, e.provider_approved_at is None, e.client_approved_at is None,
                    e.description,
                )
            )  # fmt: skip
    return out


def approve_entries(
    sessions: Sessions, acting: Acting, entry_ids: list[uuid.UUID], now: datetime
) -> int:
    """The provider's approval of these entries, all or none; returns how many."""
    with writing(sessions) as session:
        role = acting_role(session, acting)
        for entry_id in entry_ids:
            entry = session.get(TimeEntry, entry_id)
            if entry is None:
                raise UserError(f"time entry: {entry_id} does not exist")
            # the provider's approval only: the client's is its own act, by a named
            # person (record_client_approval), never implied by this one
            approve_for_provider(session, entry, now, acting.user_id, role)
    return len(entry_ids)


def approve_for_client(
    sessions: Sessions,
    acting: Acting,
    entry_ids: list[uuid.UUID],
    now: datetime,
    *,
    by: str,
    method: ApprovalMethod,
) -> int:
    """The client's approval of these entries, all or none; returns how many."""
    with writing(sessions) as session:
        role = acting_role(session, acting)
        scope = scope_of(session, acting.user_id)
        return record_client_approvals(
            session, entry_ids, now, role, by=by, method=method,
            own_client_id=scope.client_id if scope else None,
        )  # fmt: skip


def run_cutoff(sessions: Sessions, acting: Acting, now: datetime) -> int:
    """The daily cut-off in its own transaction; returns how many entries it locked."""
    with writing(sessions) as session:
        return lock_past_days(session, now, acting_role(session, acting))
