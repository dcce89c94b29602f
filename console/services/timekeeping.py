"""Time entries in the store (E5): recording, the daily cut-off lock, late-entry approval,
the desk sending work back with a reason, the list with its filters and totals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from console.enums import ApprovalMethod, NonBillableReason, Phase, Role
from console.errors import UserError, ValidationError
from console.gc_pause import collector_paused
from console.ids import new_id
from console.model import Client, Engineer, Ticket, TimeEntry, User, Visit
from console.rules.cutoff import is_late_entry, is_locked
from console.rules.roles import Scope, check_client_approval, said
from console.rules.time_clash import Booked, first_clash
from console.rules.time_review import (
    Review,
    ReviewState,
    clears_rejection,
    refuse_approval_of_rejected,
    rejection_reason,
    state_of,
)
from console.rules.timesheet import (
    Sheet,
    Worked,
    hours_between,
    hours_of,
    sheet,
    split_by_day,
    whole_seconds,
)
from console.services import dialog_options
from console.services.acting import Acting, Sessions, acting_role, reading, writing
from console.services.tickets import scope_of
from console.wording.phrases import Phrase, phrase


def _zone(session: Session, ticket_id: uuid.UUID) -> str:
    """Days are the client's days: that is where the work is approved and billed."""
    zone = session.scalar(
        select(Client.time_zone)
        .join(Ticket, Ticket.client_id == Client.id)
        .where(Ticket.id == ticket_id)
    )
    if zone is None:
        raise UserError(phrase("ticket {ticket_id} does not exist", ticket_id=ticket_id))
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


def _refuse_clash(
    session: Session,
    engineer_id: uuid.UUID,
    start: datetime,
    end: datetime,
    itself: uuid.UUID | None = None,
) -> None:
    """Refuse work that overlaps the engineer's recorded time (reversed entries aside;
    ``itself``: the entry being changed)."""
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
    clash = first_clash(start, end, [Booked(*row) for row in rows], itself=itself)
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


def _desk_only(role: Role, what: Phrase) -> None:
    if role not in DESK:
        raise UserError(
            phrase(
                "{what}: only the desk may do this, not {who}",
                what=what,
                who=said(role),
            )
        )


def approve_for_provider(
    session: Session, entry: TimeEntry, now: datetime, by_user: uuid.UUID | None, role: Role
) -> None:
    """The provider's approval of an entry (E5), by someone at the desk."""
    _desk_only(role, phrase("approve time"))
    if entry.provider_approved_at is not None:
        return
    refuse_approval_of_rejected(entry.rejected_at is not None)
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
    refuse_approval_of_rejected(entry.rejected_at is not None)
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
            raise UserError(phrase("time entry: {entry_id} does not exist", entry_id=entry_id))
        record_client_approval(
            session, entry, now, role, by=by, method=method, own_client_id=own_client_id
        )
    return len(entry_ids)


def approve(
    session: Session, entry: TimeEntry, now: datetime, by_user: uuid.UUID | None, client_name: str
) -> None:
    """Both approvals at once, as imports and the demo record them (E5)."""
    refuse_approval_of_rejected(entry.rejected_at is not None)
    entry.provider_approved_at = now
    entry.provider_approved_by = by_user
    entry.client_approved_at = now
    entry.client_approved_by = client_name


def lock_past_days(session: Session, now: datetime, role: Role) -> int:
    """The daily cut-off: lock every unlocked entry whose day has closed; returns how many."""
    _desk_only(role, phrase("run the cut-off"))
    rows = session.execute(
        select(TimeEntry, Client.time_zone)
        .join(Ticket, Ticket.id == TimeEntry.ticket_id)
        .join(Client, Client.id == Ticket.client_id)
        .where(TimeEntry.locked.is_(False), TimeEntry.started_at < now)
    ).all()
    count = 0
    for entry, zone in rows:
        # A late entry stays open until it is approved, one sent back until its engineer
        # changed it (a locked entry could not be answered); others lock when their day
        # closes.
        if entry.rejected_at is not None:
            continue
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
            TimeEntry.rejected_at.is_(None),  # sent back: it waits for its engineer, not the desk
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
            raise UserError(phrase("ticket {ticket_id} does not exist", ticket_id=ticket_id))
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
                raise UserError(phrase("time entry: {entry_id} does not exist", entry_id=entry_id))
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


# ------------------------------------------------------------------ sending work back


def _review_of(entry: TimeEntry) -> Review:
    return Review(
        provider_approved=entry.provider_approved_at is not None,
        client_approved=entry.client_approved_at is not None,
        rejected=entry.rejected_at is not None,
        locked=entry.locked,
        billed=entry.invoice_line_id is not None,
    )


def _reversed(session: Session, entry: TimeEntry) -> bool:
    """A reversal, or an entry reversed since: no longer work to review or change."""
    if entry.reverses_id is not None:
        return True
    return bool(session.scalar(select(exists().where(TimeEntry.reverses_id == entry.id))))


def reject_entries(
    sessions: Sessions, acting: Acting, entry_ids: list[uuid.UUID], reason: str, now: datetime
) -> int:
    """Send entries back to their engineers with a reason, all or none; returns how many.

    Only the desk sends work back; an approved, locked or billed entry stays as it is.
    """
    with writing(sessions) as session:
        _desk_only(acting_role(session, acting), phrase("send time back"))
        for entry_id in entry_ids:
            entry = session.get(TimeEntry, entry_id)
            if entry is None or _reversed(session, entry):
                raise UserError(phrase("time entry: {entry_id} does not exist", entry_id=entry_id))
            text = rejection_reason(_review_of(entry), reason)
            entry.rejected_at = now
            entry.rejected_by = acting.user_id
            entry.rejection_reason = text
    return len(entry_ids)


def change_entry(
    sessions: Sessions,
    acting: Acting,
    entry_id: uuid.UUID,
    now: datetime,
    *,
    started_at: datetime | None = None,
    ended_at: datetime | None = None,
    phase: Phase | None = None,
    description: str | None = None,
) -> bool:
    """Change the work of an entry (its engineer, or the desk); returns whether a
    rejection was cleared by it. Refused when settled or when it would overlap."""
    with writing(sessions) as session:
        role = acting_role(session, acting)
        entry = session.get(TimeEntry, entry_id)
        if entry is None or _reversed(session, entry):
            raise UserError(phrase("time entry: {entry_id} does not exist", entry_id=entry_id))
        if role not in DESK and entry.engineer_id != engineer_of(session, acting):
            raise UserError(phrase("change time: an engineer changes their own time only"))
        review = _review_of(entry)
        if review.billed:
            raise ValidationError("entry", phrase("is billed already and cannot change"))
        if review.locked:
            raise ValidationError("entry", phrase("is locked by the daily cut-off"))
        start = started_at or entry.started_at
        end = ended_at or entry.ended_at
        if end <= start:
            raise ValidationError("ended_at", phrase("the work must end after it starts"))
        _refuse_clash(session, entry.engineer_id, start, end, itself=entry.id)
        wanted = {"started_at": start, "ended_at": end, "phase": phase, "description": description}
        changed = set()
        for name, value in wanted.items():
            if value is not None and value != getattr(entry, name):
                changed.add(name)
        # the start first: the end is checked against the start already set
        for name in sorted(changed, key=lambda n: n != "started_at"):
            setattr(entry, name, wanted[name])
        cleared = entry.rejected_at is not None and clears_rejection(changed)
        if cleared:
            # the changed work goes back to the desk; the sync server clears it the same way
            entry.rejected_at = entry.rejected_by = entry.rejection_reason = None
        return cleared


def engineer_of(session: Session, acting: Acting) -> uuid.UUID | None:
    """The engineer the signed-in user is, if any."""
    if acting.user_id is None:
        return None
    return session.scalar(select(User.engineer_id).where(User.id == acting.user_id))


def my_engineer(sessions: Sessions, acting: Acting) -> uuid.UUID | None:
    """The engineer the signed-in user is, if any (an engineer's laptop shows their own)."""
    with reading(sessions) as session:
        return engineer_of(session, acting)


# ------------------------------------------------------------------ the list and its totals


@dataclass(frozen=True)
class TimeLine:
    """One entry as the time list shows it; its day is the engineer's day."""

    id: uuid.UUID
    started_at: datetime
    ended_at: datetime
    zone: str  # the engineer's home zone, where the entry's day is read
    ticket_reference: str
    ticket_title: str
    engineer: str
    engineer_id: uuid.UUID
    phase: Phase
    billable: bool
    late: bool
    locked: bool
    billed: bool
    state: ReviewState
    waits_for_provider: bool
    waits_for_client: bool
    rejection_reason: str
    description: str

    @property
    def hours(self) -> Decimal:
        """How long the work took, in hours."""
        return hours_between(self.started_at, self.ended_at)


@dataclass(frozen=True)
class TimeList:
    """The entries a filter finds (maybe only the first of them) and the totals of every
    entry it finds."""

    lines: list[TimeLine]
    found: int
    hours: Decimal
    billable_hours: Decimal


def time_list(
    sessions: Sessions,
    *,
    engineer_id: uuid.UUID | None = None,
    first_day: date | None = None,
    days: int = 1,
    state: ReviewState | None = None,
    at_most: int | None = None,
) -> TimeList:
    """Worked time (reversed entries aside), by engineer, by the engineer's days from
    ``first_day`` and by review state; day by day, per engineer. With ``at_most``, only
    the first entries are read whole; the totals still count every one."""
    e = TimeEntry
    reversal = aliased(TimeEntry)
    wanted: list[ColumnElement[bool]] = [
        e.reverses_id.is_(None),
        ~exists().where(reversal.reverses_id == e.id),
    ]
    if engineer_id is not None:
        wanted.append(e.engineer_id == engineer_id)
    if state is not None:  # asked of the database: a desk's whole history is long
        wanted.append(_in_state(state))
    if first_day is not None:
        # every zone's day lies within a day either side of the UTC day
        low = datetime.combine(first_day - timedelta(days=1), time(0), tzinfo=UTC)
        high = datetime.combine(first_day + timedelta(days=days + 1), time(0), tzinfo=UTC)
        wanted += [e.started_at >= low, e.started_at < high]
    # plain columns, not entries: a list of tens of thousands of entries spent most of its
    # read making them (the time tab opens on every entry waiting for a review)
    stmt = (
        select(
            e.id, e.started_at, e.ended_at, e.engineer_id, e.phase, e.billable, e.late,
            e.locked, e.invoice_line_id, e.provider_approved_at, e.client_approved_at,
            e.rejected_at, e.rejection_reason, e.description,
            Ticket.reference, Ticket.title, Engineer.name, Engineer.home_time_zone,
        )
        .join(Ticket, Ticket.id == e.ticket_id)
        .join(Engineer, Engineer.id == e.engineer_id)
        .where(*wanted)
        .order_by(e.started_at, Engineer.name)
    )  # fmt: skip
    lines: list[TimeLine] = []
    zones = _Zones()
    last_day: date | None = None  # once known, no later entry can be among the first
    read_all = True
    # tens of thousands of rows and no cycles among them: a full collection of the
    # window's heap meanwhile held the window's thread while the list read off it
    with collector_paused(), reading(sessions) as session:
        # streamed in time order, so the read can stop once the first are in hand
        rows = session.connection().execute(stmt)
        for (entry_id, started, ended, engineer, phase, billable, late, locked, line_id,
             provider_at, client_at, rejected_at, reason, description, ref, title, name,
             zone) in rows:  # fmt: skip
            if last_day is not None and started.date() > last_day + timedelta(days=1):
                # this and every later entry falls on a later day than the last of the
                # first ``at_most`` in every zone (a zone's day is its UTC day, give or
                # take one), so it sorts after them
                read_all = False
                break
            if first_day is not None and not _on_days(zones.day(started, zone), first_day, days):
                continue
            review = Review(
                provider_approved=provider_at is not None,
                client_approved=client_at is not None,
                rejected=rejected_at is not None,
                locked=locked,
                billed=line_id is not None,
            )
            line_state = state_of(review)
            if state is not None and line_state != state:
                continue
            lines.append(
                TimeLine(
                    entry_id, started, ended, zone, ref, title, name, engineer, Phase(phase),
                    billable, late, locked, review.billed, line_state,
                    not review.provider_approved, not review.client_approved, reason or "",
                    description,
                )
            )  # fmt: skip
            if at_most is not None and last_day is None and len(lines) >= at_most:
                # the first ``at_most`` read so far end on this day or before; later
                # entries can only push the day earlier, so waiting on it is safe
                last_day = max(zones.day(li.started_at, li.zone) for li in lines)
        rows.close()
        if read_all:
            found = len(lines)
            seconds = [(whole_seconds(li.started_at, li.ended_at), li.billable) for li in lines]
            hours = hours_of(sum(s for s, _ in seconds))
            billable_hours = hours_of(sum(s for s, billable in seconds if billable))
        else:
            found, hours, billable_hours = _totals(session, wanted, first_day, days, zones)
    # by the engineer's day, then per engineer: times in different zones read in order
    lines.sort(key=lambda li: (zones.day(li.started_at, li.zone), li.engineer, li.started_at))
    if at_most is not None:
        del lines[at_most:]
    return TimeList(lines, found, hours, billable_hours)


def _on_days(day: date, first_day: date, days: int) -> bool:
    """Whether a day is one of ``days`` days from ``first_day``."""
    return first_day <= day < first_day + timedelta(days=days)


class _Zones:
    """Time zones by name, each looked up once."""

    def __init__(self) -> None:
        self._zones: dict[str, ZoneInfo] = {}

    def day(self, instant: datetime, zone: str) -> date:
        """The day an instant falls on in a zone."""
        tz = self._zones.get(zone) or self._zones.setdefault(zone, ZoneInfo(zone))
        return instant.astimezone(tz).date()


def _totals(
    session: Session,
    wanted: list[ColumnElement[bool]],
    first_day: date | None,
    days: int,
    zones: _Zones,
) -> tuple[int, Decimal, Decimal]:
    """How many entries the conditions find, their hours and billable hours, read as
    three columns each (tens of thousands of entries wait at a million tickets)."""
    e = TimeEntry
    stmt = select(e.started_at, e.ended_at, e.billable, Engineer.home_time_zone).join(
        Engineer, Engineer.id == e.engineer_id
    )
    found, seconds, billable_seconds = 0, 0, 0
    for started, ended, billable, zone in session.connection().execute(stmt.where(*wanted)):
        if first_day is not None and not _on_days(zones.day(started, zone), first_day, days):
            continue
        worked = whole_seconds(started, ended)
        found += 1
        seconds += worked
        if billable:
            billable_seconds += worked
    return found, hours_of(seconds), hours_of(billable_seconds)


def _in_state(state: ReviewState) -> ColumnElement[bool]:
    """The SQL of `state_of`."""
    rejected = TimeEntry.rejected_at.is_not(None)
    approved = and_(
        TimeEntry.provider_approved_at.is_not(None), TimeEntry.client_approved_at.is_not(None)
    )
    if state is ReviewState.REJECTED:
        return rejected
    if state is ReviewState.APPROVED:
        return and_(~rejected, approved)
    # worded as the index of waiting entries is (model.time_entry.WAITING): SQLite uses a
    # partial index only for a condition that says the same
    return and_(
        ~rejected,
        or_(TimeEntry.provider_approved_at.is_(None), TimeEntry.client_approved_at.is_(None)),
    )


@dataclass(frozen=True)
class WeekSheet:
    """An engineer's week: who, in which zone, and the grid."""

    engineer: str
    zone: str
    sheet: Sheet


def week_sheet(sessions: Sessions, engineer_id: uuid.UUID, monday: date) -> WeekSheet:
    """The engineer's week, days in their home zone, Monday to Sunday."""
    with reading(sessions) as session:
        engineer = session.get(Engineer, engineer_id)
        if engineer is None:
            raise UserError(
                phrase("engineer {engineer_id} does not exist", engineer_id=engineer_id)
            )
        name, zone = engineer.name, engineer.home_time_zone
    shown = time_list(sessions, engineer_id=engineer_id, first_day=monday - timedelta(days=1),
                      days=9)  # fmt: skip
    worked = [
        Worked(day, line.ticket_reference, line.ticket_title, hours, line.billable)
        for line in shown.lines
        for day, hours in split_by_day(line.started_at, line.ended_at, zone)
    ]
    return WeekSheet(name, zone, sheet(monday, worked))


def engineer_choices(sessions: Sessions) -> list[tuple[str, uuid.UUID]]:
    """Active engineers by name, for a filter."""
    with reading(sessions) as session:
        return dialog_options.engineers(session)


def engineer_named(sessions: Sessions, name: str, field: str = "engineer") -> uuid.UUID:
    """The engineer named (or given by id), refused by field when none or several match."""
    from console.services.master_data.common import find_one

    with reading(sessions) as session:
        return find_one(session, Engineer, name, field).id


def entry_client_zone(sessions: Sessions, entry_id: uuid.UUID) -> str:
    """The zone of the client an entry's work was for: its times are read on their clock."""
    with reading(sessions) as session:
        ticket_id = session.scalar(select(TimeEntry.ticket_id).where(TimeEntry.id == entry_id))
        if ticket_id is None:
            raise UserError(phrase("time entry: {entry_id} does not exist", entry_id=entry_id))
        return _zone(session, ticket_id)
