"""Visits over the store: request with the dispatch checks, D7 steps, suggestions, moves.

The dialog, the calendar and the command line call these; the rules themselves live in
`console.rules.dispatch` and `console.rules.workflow`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import (
    ChecklistKind,
    ChecklistState,
    ContactRole,
    EngineerRole,
    SkillLevel,
    VisitStatus,
)
from console.errors import UserError, ValidationError
from console.ids import new_id
from console.model import (
    ChecklistItem,
    Client,
    Contact,
    Engineer,
    Leave,
    Site,
    Ticket,
    Visit,
    VisitEngineer,
    VisitOverride,
    VisitStatusChange,
)
from console.rules.dispatch import (
    BLOCKER_RULES,
    Candidate,
    ClientTerms,
    EngineerProfile,
    Finding,
    Person,
    Severity,
    Stop,
    VisitRequest,
    blocking,
    check_visit,
    effective_reserved_hours,
    is_rush,
    override_allowed,
    rank_engineers,
    retainer_on,
)
from console.rules.languages import not_a_language, read_languages
from console.rules.leaving import LeaveApproval, check_leave_approval
from console.rules.references import Series, final_reference, provisional_reference
from console.rules.schedule import BASIS_10X5
from console.rules.travel import Point, point_of
from console.rules.workflow import Actor, check_visit_transition
from console.services import dialog_options
from console.services.acting import Acting, Sessions, acting_actor, reading, writing
from console.services.numbering import numbered_by_server, take_number
from console.services.pricing import retainer_periods
from console.wording.phrases import Phrase, language_names, phrase

ENDED = (VisitStatus.COMPLETED, VisitStatus.CANCELLED, VisitStatus.NO_ACCESS)
"""Visits in these states no longer hold an engineer's time."""


class VisitRefusedError(UserError):
    """A request or move the dispatch checks block; carries the findings."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        super().__init__("; ".join(f"{f.field}: {f.message}" for f in self.findings))


@dataclass
class VisitForm:
    """The D1 fields of a visit request as a dialog collects them (times in UTC)."""

    ticket_id: uuid.UUID
    site_id: uuid.UUID | None
    planned_start: datetime | None
    reserved_hours: Decimal | None = None
    skill_level: SkillLevel | None = None
    engineers_needed: int = 1
    languages: list[str] = field(default_factory=list)
    urgency_class: int = 2
    local_contact_id: uuid.UUID | None = None
    ordering_engineer_id: uuid.UUID | None = None
    work_description: str = ""
    target_hardware: str = ""
    work_sequence: str = ""
    confirm_before: str = ""
    confirm_after: str = ""
    documents_needed: str = ""
    items: list[str] = field(default_factory=list)
    paperwork: list[str] = field(default_factory=list)
    instructions_attached: bool = False
    onsite_assistance: bool = False
    travel_needed: bool = False
    regular: bool = False
    new_workstations: int = 0
    engineer_ids: list[uuid.UUID] = field(default_factory=list)
    overrides: dict[str, str] = field(default_factory=dict)  # rule id -> reason


def _person(contact: Contact | None) -> Person | None:
    # only a requester may lack a phone; a visit's contact without one fails the check
    return None if contact is None else Person(contact.name, contact.phone or "")


def _client_terms(session: Session, client: Client, day: date) -> ClientTerms:
    """What the client's contracts and papers say on the visit's day, for the checks (C1,
    D2, E7): a retainer counts only while it is in force."""
    retainer = retainer_on(retainer_periods(session, client.id), day)
    return ClientTerms(has_retainer=retainer, retainer_covers_rush=retainer,
                       nda_on_file=client.nda_on_file)  # fmt: skip


def _visit_request(session: Session, form: VisitForm, now: datetime) -> VisitRequest:
    """The rules' view of a form."""
    site = session.get(Site, form.site_id) if form.site_id else None
    address = ""
    if site is not None:
        address = ", ".join(p for p in (site.street, site.postal_code, site.city) if p)
    local = session.get(Contact, form.local_contact_id) if form.local_contact_id else None
    ordering = (
        session.get(Contact, form.ordering_engineer_id) if form.ordering_engineer_id else None
    )
    return VisitRequest(
        requested_at=now, planned_start=form.planned_start, reserved_hours=form.reserved_hours,
        skill_level=form.skill_level, engineers_needed=form.engineers_needed,
        languages=read_languages(form.languages)[0], urgency_class=form.urgency_class,
        local_contact=_person(local), ordering_engineer=_person(ordering), address=address,
        map_url=site.map_url if site else None, floor=site.floor if site else None,
        entry_instructions=site.entry_instructions if site else None, items=form.items,
        paperwork=form.paperwork, work_description=form.work_description,
        instructions_attached=form.instructions_attached,
        onsite_assistance=form.onsite_assistance, regular=form.regular,
        new_workstations=form.new_workstations, overrides=form.overrides,
    )  # fmt: skip


def check_form(session: Session, form: VisitForm, now: datetime) -> list[Finding]:
    """Every dispatch check on a form, plus the chosen engineers' fit, errors first."""
    ticket = session.get_one(Ticket, form.ticket_id)
    client = session.get_one(Client, ticket.client_id)
    request = _visit_request(session, form, now)
    on = form.planned_start or now  # the visit's day; without a start yet, today
    day = on.astimezone(ZoneInfo(client.time_zone)).date()
    findings = check_visit(request, _client_terms(session, client, day))
    _codes, unknown = read_languages(form.languages)
    if unknown:  # P4: a language is kept as its code, so a word that names none is refused
        findings.append(Finding(Severity.ERROR, "languages", "D1", not_a_language(unknown)))
    if form.planned_start is not None and form.engineer_ids:
        hours, _ = effective_reserved_hours(request)
        for candidate in rank_engineers(
            engineer_profiles(session, form.planned_start, engineer_ids=form.engineer_ids),
            form.planned_start, hours, form.skill_level or SkillLevel.SENIOR, request.languages,
        ):  # fmt: skip
            findings.extend(_fit_findings(candidate))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return sorted(findings, key=lambda f: order[f.severity])


def _fit_findings(candidate: Candidate) -> list[Finding]:
    name = candidate.engineer.name
    out = [
        Finding(Severity.ERROR, "engineers", _rule(b),
                phrase("{engineer}: {reason}", engineer=name, reason=b))
        for b in candidate.blockers
    ]  # fmt: skip
    if candidate.eligible and candidate.missing_languages:  # P4: offered, but say what he lacks
        lacking = language_names(candidate.missing_languages)
        out.append(Finding(Severity.WARNING, "engineers", "D1",
                           phrase("{engineer} does not speak {languages}", engineer=name,
                                  languages=lacking)))  # fmt: skip
    if candidate.tight is not None and candidate.trip is not None:
        tight = phrase("{engineer}: {reason} ({travel})", engineer=name,
                       reason=candidate.tight, travel=candidate.trip.reason)  # fmt: skip
        out.append(Finding(Severity.WARNING, "engineers", "D1", tight))
    if candidate.after_hours:
        out.append(Finding(Severity.WARNING, "engineers", "C10",
                           phrase("{engineer}: outside working hours", engineer=name)))  # fmt: skip
    return out


def _rule(reason: Phrase) -> str:
    return BLOCKER_RULES.get(reason.template, "D1")


def engineer_profiles(
    session: Session,
    around: datetime,
    exclude_visit: uuid.UUID | None = None,
    engineer_ids: Sequence[uuid.UUID] | None = None,
) -> list[EngineerProfile]:
    """Active engineers with their leave and bookings in the week around an instant."""
    stmt = select(Engineer).where(Engineer.active.is_(True))
    if engineer_ids is not None:
        stmt = stmt.where(Engineer.id.in_(list(engineer_ids)))
    engineers = list(session.scalars(stmt.order_by(Engineer.name)))
    leave: dict[uuid.UUID, list[tuple[date, date]]] = {}
    leave_rows = session.execute(  # read, not the cached relationship: it may be stale
        select(Leave.engineer_id, Leave.start_date, Leave.end_date).where(
            Leave.end_date >= (around - timedelta(days=7)).date(),
            Leave.start_date <= (around + timedelta(days=7)).date(),
        )
    )
    for engineer_id, first, last in leave_rows:
        leave.setdefault(engineer_id, []).append((first, last))
    lo, hi = around - timedelta(days=7), around + timedelta(days=7)
    rows = session.execute(
        select(
            VisitEngineer.engineer_id,
            Visit.id,
            Visit.planned_start,
            Visit.reserved_hours,
            Visit.grace_minutes,
            Site.latitude,
            Site.longitude,
            Site.name,
        )
        .join(Visit, Visit.id == VisitEngineer.visit_id)
        .join(Site, Site.id == Visit.site_id)
        .where(
            Visit.planned_start >= lo,
            Visit.planned_start < hi,
            Visit.status.not_in([s.value for s in ENDED]),
        )
    ).all()
    bookings: dict[uuid.UUID, list[tuple[datetime, datetime]]] = {}
    stops: dict[uuid.UUID, list[Stop]] = {}
    week_start = around - timedelta(days=around.weekday())
    load: dict[uuid.UUID, Decimal] = {}
    for engineer_id, visit_id, start, reserved, grace, lat, lon, site_name in rows:
        if visit_id == exclude_visit:
            continue
        hours = reserved if reserved is not None else Decimal(2)
        end = start + timedelta(hours=float(hours), minutes=grace or 0)
        bookings.setdefault(engineer_id, []).append((start, end))
        stops.setdefault(engineer_id, []).append(Stop(start, end, point_of(lat, lon), site_name))
        if week_start <= start < week_start + timedelta(days=7):
            load[engineer_id] = load.get(engineer_id, Decimal(0)) + hours
    return [
        EngineerProfile(
            e.id, e.name, SkillLevel(e.skill_level), frozenset(e.languages), e.home_time_zone,
            e.working_hours or BASIS_10X5,
            leave=leave.get(e.id, []),
            bookings=bookings.get(e.id, []), load_hours=load.get(e.id, Decimal(0)),
            skills=frozenset(e.skills),
            base=point_of(e.base_latitude, e.base_longitude), base_name=e.region or e.name,
            stops=stops.get(e.id, []),
        )
        for e in engineers
    ]  # fmt: skip


def suggest_engineers(session: Session, form: VisitForm, now: datetime) -> list[Candidate]:
    """Engineers ranked for the form's visit, each with its reasons (D4, D10)."""
    if form.planned_start is None:
        return []
    ticket = session.get_one(Ticket, form.ticket_id)
    client = session.get_one(Client, ticket.client_id)
    request = _visit_request(session, form, now)
    hours, _ = effective_reserved_hours(request)
    return rank_engineers(
        engineer_profiles(session, form.planned_start), form.planned_start, hours,
        form.skill_level or SkillLevel.SENIOR, request.languages,
        assigned_engineer=client.assigned_engineer_id,
        with_travel=form.site_id is not None, site=_site_point(session, form.site_id),
    )  # fmt: skip


def _site_point(session: Session, site_id: uuid.UUID | None) -> Point | None:
    site = session.get(Site, site_id) if site_id is not None else None
    return None if site is None else point_of(site.latitude, site.longitude)


def request_visit(
    session: Session, form: VisitForm, now: datetime, by_user: uuid.UUID | None = None
) -> Visit:
    """Save a request in the Requested state (D7), or refuse it with the blocking findings."""
    return _requested(session, form, now, by_user)[0]


def _requested(
    session: Session, form: VisitForm, now: datetime, by_user: uuid.UUID | None
) -> tuple[Visit, list[Finding]]:
    """`request_visit`, and what the checks said of the request before it was saved."""
    findings = check_form(session, form, now)
    errors = blocking(findings)
    if errors:
        raise VisitRefusedError(errors)
    for rule in form.overrides:
        if not override_allowed(rule):
            raise ValidationError(
                "overrides", phrase("this check cannot be overridden: {rule}", rule=rule)
            )
    assert form.planned_start is not None and form.site_id is not None
    request = _visit_request(session, form, now)
    _reserved, grace = effective_reserved_hours(request)
    visit_id = new_id()
    if numbered_by_server(session):  # the server numbers it on push (sync rule 6)
        reference = provisional_reference(now.year, visit_id.hex[-8:], Series.VISIT)
    else:
        number = take_number(session, Series.VISIT.value, now.year)
        reference = final_reference(Series.VISIT, now.year, number)
    visit = Visit(
        id=visit_id,
        reference=reference,
        ticket_id=form.ticket_id, site_id=form.site_id, status=VisitStatus.REQUESTED,
        requested_at=now, planned_start=form.planned_start,
        reserved_hours=form.reserved_hours, grace_minutes=grace,
        skill_level=form.skill_level or SkillLevel.SENIOR,
        engineers_needed=form.engineers_needed, languages=list(request.languages),
        urgency_class=form.urgency_class, local_contact_id=form.local_contact_id,
        ordering_engineer_id=form.ordering_engineer_id,
        work_description=form.work_description, target_hardware=form.target_hardware,
        work_sequence=form.work_sequence, confirm_before=form.confirm_before,
        confirm_after=form.confirm_after, documents_needed=form.documents_needed,
        instructions_attached=form.instructions_attached,
        onsite_assistance=form.onsite_assistance, travel_needed=form.travel_needed,
        regular=form.regular, new_workstations=form.new_workstations, rush=is_rush(request),
    )  # fmt: skip
    session.add(visit)
    session.add(
        VisitStatusChange(
            id=new_id(),
            visit=visit,
            at=now,
            from_status=None,
            to_status=VisitStatus.REQUESTED,
            by_user_id=by_user,
        )
    )
    for rule, reason in form.overrides.items():
        session.add(VisitOverride(id=new_id(), visit=visit, rule=rule, reason=reason.strip(),
                                  by_user_id=by_user, at=now))  # fmt: skip
    position = 0
    for kind, labels in (
        (ChecklistKind.ITEM, form.items),
        (ChecklistKind.PAPERWORK, form.paperwork),
    ):
        for label in labels:
            visit.checklist.append(
                ChecklistItem(
                    kind=kind, label=label, state=ChecklistState.PENDING, position=position
                )
            )
            position += 1
    for i, engineer_id in enumerate(form.engineer_ids):
        visit.engineers.append(
            VisitEngineer(
                engineer_id=engineer_id, role=EngineerRole.LEAD if i == 0 else EngineerRole.ASSIST
            )
        )
    session.flush()
    return visit, findings


def advance_visit(
    session: Session,
    visit: Visit,
    to: VisitStatus,
    actor: Actor,
    now: datetime,
    by_user: uuid.UUID | None = None,
    note: str | None = None,
    leave: LeaveApproval | None = None,
) -> VisitStatusChange:
    """One D7 step; the approval starts the arrival clock, arrival and departure are stamped,
    and completing needs the client's approval that the engineer may leave."""
    current = VisitStatus(visit.status)
    check_visit_transition(current, to, actor)
    if to is VisitStatus.COMPLETED:
        given = leave or LeaveApproval("", now)
        leave = check_leave_approval(given.name, given.at, now=now, arrived_at=visit.arrived_at,
                                     signature=given.signature)  # fmt: skip
    if to in (VisitStatus.EN_ROUTE, VisitStatus.TRAVEL_BOOKED) and not visit.engineers:
        raise UserError(
            phrase("visit {reference}: assign an engineer before travel", reference=visit.reference)
        )
    change = VisitStatusChange(id=new_id(), visit=visit, at=now, from_status=current,
                               to_status=to, by_user_id=by_user, note=note)  # fmt: skip
    session.add(change)
    visit.status = to
    if to is VisitStatus.APPROVED:
        visit.approved_at = now
    elif to is VisitStatus.ON_SITE:
        visit.arrived_at = now
    elif to in (VisitStatus.COMPLETED, VisitStatus.NO_ACCESS):
        visit.departed_at = now
    if to is VisitStatus.COMPLETED and leave is not None:
        visit.leave_approved_by_name = leave.name
        visit.leave_approved_at = leave.at
        visit.leave_signature = leave.signature
    session.flush()
    return change


def check_move(
    session: Session, visit: Visit, engineer_id: uuid.UUID, start: datetime
) -> list[Finding]:
    """What the rules say about moving a visit to this engineer and start (D1, D4, D10, C10)."""
    if VisitStatus(visit.status) in ENDED or VisitStatus(visit.status) in (
        VisitStatus.ON_SITE, VisitStatus.WORKING, VisitStatus.EN_ROUTE,
    ):  # fmt: skip
        moved = phrase(
            "visit {visit} is {status}: it can no longer be moved",
            visit=visit.reference,
            status=VisitStatus(visit.status),
        )
        return [Finding(Severity.ERROR, "status", "D7", moved)]
    profiles = engineer_profiles(session, start, exclude_visit=visit.id, engineer_ids=[engineer_id])
    if not profiles:
        return [Finding(Severity.ERROR, "engineer", "D10", phrase("the engineer is not active"))]
    hours = visit.reserved_hours if visit.reserved_hours is not None else Decimal(2)
    (candidate,) = rank_engineers(
        profiles, start, hours + Decimal(visit.grace_minutes) / 60,
        SkillLevel(visit.skill_level), visit.languages,
        with_travel=True, site=_site_point(session, visit.site_id),
    )  # fmt: skip
    return _fit_findings(candidate)


def move_visit(
    session: Session,
    visit: Visit,
    engineer_id: uuid.UUID,
    start: datetime,
    by_user: uuid.UUID | None = None,
) -> list[Finding]:
    """Move a visit (time and lead engineer) if no rule blocks it; returns the warnings."""
    findings = check_move(session, visit, engineer_id, start)
    if blocking(findings):
        raise VisitRefusedError(blocking(findings))
    visit.planned_start = start
    lead = next((ve for ve in visit.engineers if ve.role == EngineerRole.LEAD), None)
    others = [ve for ve in visit.engineers if ve.engineer_id == engineer_id and ve is not lead]
    for ve in others:
        visit.engineers.remove(ve)
    if lead is None:
        visit.engineers.append(VisitEngineer(engineer_id=engineer_id, role=EngineerRole.LEAD))
    elif lead.engineer_id != engineer_id:
        visit.engineers.remove(lead)
        session.flush()
        visit.engineers.append(VisitEngineer(engineer_id=engineer_id, role=EngineerRole.LEAD))
    session.flush()
    return findings


# ------------------------------------------------------------------ the window's calls
# Each takes the session factory and ids, owns its transaction and returns plain data.


@dataclass(frozen=True)
class VisitFormStart:
    """What the visit dialog opens with for one ticket: its choices and first values."""

    ticket_reference: str
    description: str
    site_id: uuid.UUID | None
    sites: list[tuple[str, uuid.UUID]]
    local_contacts: list[tuple[str, uuid.UUID]]
    ordering_engineers: list[tuple[str, uuid.UUID]]


def visit_form_start(sessions: Sessions, ticket_id: uuid.UUID) -> VisitFormStart:
    """The ticket's reference and description, its client's sites and contacts."""
    with reading(sessions) as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise UserError(phrase("ticket {id} does not exist", id=str(ticket_id)))
        client_id = ticket.client_id
        return VisitFormStart(
            ticket.reference, ticket.description, ticket.site_id,
            dialog_options.sites(session, client_id),
            dialog_options.contacts(session, client_id, ContactRole.LOCAL_CONTACT),
            dialog_options.contacts(session, client_id, ContactRole.ORDERING_ENGINEER),
        )  # fmt: skip


@dataclass(frozen=True)
class FormCheck:
    """The dispatch checks of a form and the engineers ranked for it."""

    findings: list[Finding]
    candidates: list[Candidate]


def check_visit_form(sessions: Sessions, form: VisitForm, now: datetime) -> FormCheck:
    """Run the dispatch checks and rank the engineers for a form as typed so far."""
    with reading(sessions) as session:
        return FormCheck(check_form(session, form, now), suggest_engineers(session, form, now))


@dataclass(frozen=True)
class SavedVisit:
    """A visit a call created or moved, with the warnings the rules flagged."""

    id: uuid.UUID
    reference: str
    warnings: list[Finding] = field(default_factory=list)


def request_visit_for(
    sessions: Sessions, acting: Acting, form: VisitForm, now: datetime
) -> SavedVisit:
    """Save a visit request in one transaction, or refuse it and write nothing; the saved
    visit comes with the warnings and notes the checks gave before it was saved."""
    with writing(sessions) as session:
        visit, findings = _requested(session, form, now, acting.user_id)
        return SavedVisit(visit.id, visit.reference, findings)


def move_visit_to(
    sessions: Sessions, acting: Acting, visit_id: uuid.UUID, engineer_id: uuid.UUID, start: datetime
) -> SavedVisit:
    """Move a visit to an engineer and start in one transaction, or refuse and write nothing."""
    with writing(sessions) as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise UserError(phrase("visit {id} does not exist", id=str(visit_id)))
        warnings = move_visit(session, visit, engineer_id, start, acting.user_id)
        return SavedVisit(visit.id, visit.reference, warnings)


MINIMUM_RESERVED = Decimal("0.25")
"""A visit is reserved for at least a quarter of an hour (what one step of the calendar takes)."""


def resize_visit_to(
    sessions: Sessions, acting: Acting, visit_id: uuid.UUID, change: timedelta
) -> SavedVisit:
    """Lengthen or shorten a visit's reserved hours, checked as a move to the same engineer
    and start is (double-booking, hours, travel); refused, nothing is written."""
    with writing(sessions) as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise UserError(phrase("visit {id} does not exist", id=str(visit_id)))
        lead = next((ve for ve in visit.engineers if ve.role == EngineerRole.LEAD), None)
        if lead is None:
            raise ValidationError(
                "reserved_hours",
                phrase("visit {reference} has no engineer yet", reference=visit.reference),
            )
        hours = visit.reserved_hours if visit.reserved_hours is not None else Decimal(2)
        wanted = hours + Decimal(int(change.total_seconds())) / 3600
        if wanted < MINIMUM_RESERVED:
            raise ValidationError(
                "reserved_hours",
                phrase(
                    "{reference} is reserved for at least 15 minutes", reference=visit.reference
                ),
            )
        visit.reserved_hours = wanted.quantize(Decimal("0.01"))
        warnings = move_visit(session, visit, lead.engineer_id, visit.planned_start, acting.user_id)
        return SavedVisit(visit.id, visit.reference, warnings)


def advance_visit_to(
    sessions: Sessions,
    acting: Acting,
    visit_id: uuid.UUID,
    to: VisitStatus,
    now: datetime,
    *,
    approved_by: str | None = None,
    approved_at: datetime | None = None,
    signature: bytes | None = None,
) -> None:
    """One D7 step on a visit, as the acting user's stored role may take it; completing it
    records who at the client agreed that the engineer may leave, when (default now), and
    their signature if there is one."""
    with writing(sessions) as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise UserError(phrase("visit {id} does not exist", id=str(visit_id)))
        actor = acting_actor(session, acting)
        leave = LeaveApproval(approved_by or "", approved_at or now, signature)
        advance_visit(session, visit, to, actor, now, by_user=acting.user_id, leave=leave)


@dataclass(frozen=True)
class VisitStep:
    """A visit found by its reference, with its status and when the engineer arrived."""

    id: uuid.UUID
    reference: str
    status: VisitStatus
    arrived_at: datetime | None
    zone: str


def visit_by_reference(sessions: Sessions, reference: str) -> VisitStep:
    """The visit with this reference (V-...), or a one-line refusal."""
    with reading(sessions) as session:
        visit = session.scalar(
            select(Visit).where(func.upper(Visit.reference) == reference.strip().upper())
        )
        if visit is None:
            raise UserError(phrase("no visit {reference}", reference=repr(reference.strip())))
        zone = visit.site.time_zone or visit.ticket.client.time_zone
        return VisitStep(visit.id, visit.reference, VisitStatus(visit.status), visit.arrived_at,
                         zone)  # fmt: skip
