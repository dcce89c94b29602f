"""One engineer's day: their visits in order with the travel legs between them.

From the base to the first site, from site to site, and back to the base; each leg with its
estimated time (see `console.rules.travel`) and, where the gap between two visits is
shorter than the travel, the reason. Plain data for the calendar's day view and the
command line.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.enums import EngineerRole
from console.errors import UserError, ValidationError
from console.model import Engineer, Site, Visit, VisitEngineer
from console.rules.travel import Origin, Trip, trip, trip_home
from console.services.acting import Sessions, reading
from console.services.board import Board, BoardVisit, TravelNote, load_board
from console.wording.phrases import Phrase, phrase


@dataclass(frozen=True)
class Leg:
    """A trip between two places of the day."""

    origin: str
    destination: str
    trip: Trip
    short: Phrase | None = None
    """Why the time before the next visit is shorter than this leg, when it is."""

    @property
    def minutes(self) -> int | None:
        """Estimated minutes, or None when coordinates are missing."""
        return None if self.trip.time is None else round(self.trip.time.total_seconds() / 60)


@dataclass(frozen=True)
class PlanStop:
    """A visit of the day and the leg that leads to it."""

    visit: BoardVisit
    leg: Leg


@dataclass(frozen=True)
class DayPlan:
    """An engineer's day in their own zone."""

    engineer_id: uuid.UUID
    engineer: str
    zone: str
    day: date
    base_name: str
    stops: list[PlanStop]
    home: Leg | None
    """Back to the base after the last visit (None on a day without visits)."""

    @property
    def travel(self) -> timedelta:
        """The day's estimated travel, every known leg together."""
        legs = [s.leg for s in self.stops] + ([self.home] if self.home else [])
        return sum((leg.trip.time for leg in legs if leg.trip.time is not None), timedelta())


def _day_span(day: date, zone: str) -> tuple[datetime, datetime]:
    """A local day in a zone as UTC instants."""
    tz = ZoneInfo(zone)
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def _plan_from_board(board: Board, engineer_id: uuid.UUID, day: date) -> DayPlan:
    """An engineer's day from a loaded board (which must cover that local day)."""
    eng = board.engineer(engineer_id)
    if eng is None:
        raise UserError(phrase("engineer {id} is not active", id=str(engineer_id)))
    start, end = _day_span(day, eng.zone)
    visits = [v for v in board.visits_of(engineer_id) if start <= v.start < end]
    stops = []
    here = Origin(eng.base, True, eng.base_name)
    for v in visits:
        note = board.travel.get(v.id)
        if note is None:  # not on the board's notes: from where the day stands
            note = TravelNote(trip(here, v.point), None, None, here.name)
        place = f"{v.client} · {v.site}"
        stops.append(PlanStop(v, Leg(note.origin, place, note.trip, note.short)))
        here = Origin(v.point, False, place)
    home = None
    if visits:
        home = Leg(here.name, eng.base_name, trip_home(here.point, eng.base, eng.base_name))
    return DayPlan(eng.id, eng.name, eng.zone, day, eng.base_name, stops, home)


def engineer_zone(sessions: Sessions, engineer: str | uuid.UUID) -> tuple[uuid.UUID, str]:
    """An active engineer's id and zone, by id or name (case ignored)."""
    with reading(sessions) as session:
        stmt = select(Engineer.id, Engineer.home_time_zone, Engineer.name).where(
            Engineer.active.is_(True)
        )
        rows = session.execute(stmt).all()
    text = str(engineer).strip()
    for eid, zone, name in rows:
        if str(eid) == text or name.lower() == text.lower():
            return eid, zone
    found = [(eid, zone) for eid, zone, name in rows if text.lower() in name.lower()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError("engineer", phrase("no active engineer {name}", name=repr(text)))
    raise ValidationError(
        "engineer",
        phrase(
            "{name} names {count} engineers; give the full name", name=repr(text), count=len(found)
        ),
    )


def day_plan_for(sessions: Sessions, engineer: str | uuid.UUID, day: date) -> DayPlan:
    """An engineer's visits of a local day in order, with the travel legs between them."""
    engineer_id, zone = engineer_zone(sessions, engineer)
    start, end = _day_span(day, zone)
    with reading(sessions) as session:
        board = load_board(session, start, end, only=engineer_id)
    return _plan_from_board(board, engineer_id, day)


@dataclass(frozen=True)
class VisitSlot:
    """Where a visit stands in the calendar: its start, lead engineer and the site's zone."""

    id: uuid.UUID
    reference: str
    start: datetime
    engineer_id: uuid.UUID | None
    zone: str


def visit_slot(sessions: Sessions, reference: str) -> VisitSlot:
    """The visit with this reference (V-...), as a move or resize starts from it."""
    with reading(sessions) as session:
        found = session.execute(
            select(Visit.id, Visit.reference, Visit.planned_start, Site.time_zone)
            .join(Site, Site.id == Visit.site_id)
            .where(Visit.reference == reference.strip().upper())
        ).first()
        if found is None:
            raise ValidationError(
                "visit", phrase("no visit {reference}", reference=repr(reference.strip()))
            )
        lead = session.scalar(
            select(VisitEngineer.engineer_id).where(
                VisitEngineer.visit_id == found[0], VisitEngineer.role == EngineerRole.LEAD.value
            )
        )
        return VisitSlot(found[0], found[1], found[2], lead, found[3])
