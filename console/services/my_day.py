"""An engineer's day: the visits planned for them on one local day, in order of start, with
all they need on the road (address, entry, contacts, what to bring, the next steps).

The engineer's laptop reads only its local store, so this works offline; the steps
themselves go through `console.services.visits.advance_visit_to`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from console.enums import ChecklistKind, ChecklistState, ContactRole, Role, VisitStatus
from console.errors import UserError, ValidationError
from console.model import Contact, Engineer, Site, Ticket, User, Visit, VisitEngineer
from console.rules.dispatch import reserved_window
from console.rules.workflow import Actor, allowed_visit_statuses
from console.services.acting import Acting, Sessions, acting_actor, acting_role, reading
from console.wording.phrases import phrase

DESK_ROLES = (Role.DISPATCHER, Role.SERVICE_MANAGER, Role.ADMIN)
"""Roles that may look at any engineer's day; an engineer sees their own."""


@dataclass(frozen=True)
class ContactCard:
    """Someone at the client to reach about the visit."""

    name: str
    role: ContactRole
    phone: str
    email: str


@dataclass(frozen=True)
class CheckLine:
    """One thing to bring or one paper to have, with its state."""

    label: str
    kind: ChecklistKind
    state: ChecklistState


@dataclass(frozen=True)
class PlannedVisit:
    """One visit of the day as the engineer needs it; instants in UTC, ``zone`` the site's."""

    id: uuid.UUID
    reference: str
    status: VisitStatus
    start: datetime
    end: datetime
    zone: str
    ticket_reference: str
    title: str
    client: str
    site: str
    address: str
    floor: str
    entry: str
    map_url: str
    work: str
    contacts: tuple[ContactCard, ...]
    checklist: tuple[CheckLine, ...]
    colleagues: tuple[str, ...]
    """The other engineers on the visit."""
    next_steps: tuple[VisitStatus, ...]
    """The steps the acting user may take now, as the ticket pane offers them."""
    signed_by: str = ""
    """Who at the client agreed that the engineer may leave ("" not yet)."""
    signed: bool = False
    """Whether a signature is kept with the visit."""

    def local(self, instant: datetime) -> datetime:
        """An instant in the site's zone."""
        return instant.astimezone(ZoneInfo(self.zone))


@dataclass(frozen=True)
class DayPlan:
    """One engineer's visits on one day of their own zone, in order of start."""

    engineer_id: uuid.UUID
    engineer: str
    zone: str
    day: date
    visits: tuple[PlannedVisit, ...]

    def local(self, instant: datetime) -> datetime:
        """An instant in the engineer's zone."""
        return instant.astimezone(ZoneInfo(self.zone))


@dataclass(frozen=True)
class DayChoice:
    """Whose day the acting user may look at: their own engineer, or any (the desk)."""

    own_engineer_id: uuid.UUID | None
    """The acting user's own engineer, None for a desk user or an unlinked one."""
    engineers: tuple[tuple[str, uuid.UUID], ...]
    """The engineers they may choose among (only their own for an engineer)."""
    may_choose: bool


def day_choice(sessions: Sessions, acting: Acting) -> DayChoice:
    """The engineers whose day the acting user may see, and their own engineer if any."""
    with reading(sessions) as session:
        role = acting_role(session, acting)
        own = _own_engineer(session, acting)
        if role in DESK_ROLES:
            rows = session.execute(
                select(Engineer.name, Engineer.id)
                .where(Engineer.active.is_(True))
                .order_by(Engineer.name)
            ).all()
            return DayChoice(own, tuple((n, i) for n, i in rows), True)
        if role is Role.ENGINEER and own is not None:
            name = session.get_one(Engineer, own).name
            return DayChoice(own, ((name, own),), False)
        return DayChoice(None, (), False)


def _own_engineer(session: Session, acting: Acting) -> uuid.UUID | None:
    if acting.user_id is None:
        return None
    return session.scalar(select(User.engineer_id).where(User.id == acting.user_id))


def engineer_named(sessions: Sessions, name: str) -> uuid.UUID:
    """The active engineer with this name (any case) or id, or a refusal naming the field."""
    text = name.strip()
    with reading(sessions) as session:
        try:
            by_id = session.get(Engineer, uuid.UUID(text))
        except ValueError:
            by_id = None
        if by_id is not None:
            return by_id.id
        found = list(
            session.scalars(select(Engineer).where(Engineer.name.ilike(text), Engineer.active))
        )
        if not found:
            raise ValidationError(
                "--engineer", phrase("no active engineer named {text}", text=repr(text))
            )
        if len(found) > 1:
            raise ValidationError(
                "--engineer",
                phrase("{count} engineers are named {text}", count=len(found), text=repr(text)),
            )
        return found[0].id


def day_plan(
    sessions: Sessions,
    acting: Acting,
    now: datetime,
    engineer_id: uuid.UUID | None = None,
    day: date | None = None,
) -> DayPlan:
    """An engineer's visits on a day of their zone (today by default), in order of start.

    Without ``engineer_id`` it is the acting user's own engineer. An engineer sees only
    their own day; the desk may look at anyone's. Cancelled visits are left out.
    """
    with reading(sessions) as session:
        role = acting_role(session, acting)
        own = _own_engineer(session, acting)
        if engineer_id is None:
            engineer_id = own
        if engineer_id is None:
            if role in DESK_ROLES:
                raise ValidationError("engineer", phrase("choose the engineer whose day to show"))
            raise UserError(
                phrase("your user is not linked to an engineer: ask the desk to link it")
            )
        if role not in DESK_ROLES and engineer_id != own:
            raise UserError(phrase("an engineer sees only their own day"))
        engineer = session.get(Engineer, engineer_id)
        if engineer is None:
            raise UserError(
                phrase("engineer {engineer_id} does not exist", engineer_id=engineer_id)
            )
        zone = ZoneInfo(engineer.home_time_zone)
        day = day or now.astimezone(zone).date()
        first = datetime.combine(day, time(0), zone)
        last = datetime.combine(day + timedelta(days=1), time(0), zone)
        mine = select(VisitEngineer.visit_id).where(VisitEngineer.engineer_id == engineer_id)
        visits = list(
            session.scalars(
                select(Visit)
                .where(
                    Visit.id.in_(mine),
                    Visit.planned_start >= first,
                    Visit.planned_start < last,
                    Visit.status != VisitStatus.CANCELLED,
                )
                .order_by(Visit.planned_start, Visit.reference)
                .options(
                    selectinload(Visit.engineers).selectinload(VisitEngineer.engineer),
                    selectinload(Visit.checklist),
                )
            )
        )
        actor = acting_actor(session, acting)
        planned = tuple(_planned(session, v, engineer_id, actor) for v in visits)
        return DayPlan(engineer.id, engineer.name, engineer.home_time_zone, day, planned)


def _planned(session: Session, v: Visit, engineer_id: uuid.UUID, actor: Actor) -> PlannedVisit:
    ticket = session.get_one(Ticket, v.ticket_id)
    site = session.get_one(Site, v.site_id)
    _hours, _grace, end = reserved_window(v.planned_start, v.reserved_hours, v.grace_minutes)
    contacts = []
    for contact_id, role in ((v.local_contact_id, ContactRole.LOCAL_CONTACT),
                             (v.ordering_engineer_id, ContactRole.ORDERING_ENGINEER)):  # fmt: skip
        if contact_id is not None:
            c = session.get_one(Contact, contact_id)
            contacts.append(ContactCard(c.name, role, c.phone or "", c.email or ""))
    address = ", ".join(
        p for p in (site.street, f"{site.postal_code or ''} {site.city}".strip()) if p
    )
    status = VisitStatus(v.status)
    return PlannedVisit(
        id=v.id, reference=v.reference, status=status, start=v.planned_start, end=end,
        zone=site.time_zone, ticket_reference=ticket.reference, title=ticket.title,
        client=ticket.client.name, site=site.name, address=address, floor=site.floor or "",
        entry=site.entry_instructions or "", map_url=site.map_url or "",
        work=v.work_description, contacts=tuple(contacts),
        checklist=tuple(CheckLine(i.label, ChecklistKind(i.kind), ChecklistState(i.state))
                        for i in v.checklist),
        colleagues=tuple(sorted(ve.engineer.name for ve in v.engineers
                                if ve.engineer_id != engineer_id)),
        next_steps=tuple(allowed_visit_statuses(status, actor)),
        signed_by=v.leave_approved_by_name or "",
        signed=v.leave_approved_by_name is not None and _has_signature(session, v.id),
    )  # fmt: skip


def _has_signature(session: Session, visit_id: uuid.UUID) -> bool:
    # the picture itself is deferred: only whether there is one is read
    return bool(
        session.scalar(
            select(Visit.id).where(Visit.id == visit_id, Visit.leave_signature.is_not(None))
        )
    )
