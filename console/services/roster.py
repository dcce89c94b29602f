"""The engineer roster: who can do what, where, when, and how busy they are (D4, D10)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from console.enums import LeaveKind, SkillLevel
from console.errors import UserError, ValidationError
from console.gc_pause import collector_paused
from console.model import Client, Engineer, Leave
from console.rules import fields
from console.rules.calendar import calendar_for
from console.rules.languages import language_codes
from console.rules.master_data import MasterKind, check_master_change
from console.rules.schedule import BASIS_10X5, WEEKDAYS
from console.rules.travel import read_point
from console.services.acting import Acting, Sessions, acting_role, reading, writing
from console.services.board import booked_hours, load_board
from console.store.driver import JsonTexts
from console.wording.phrases import phrase


@dataclass(frozen=True)
class HoursGroup:
    """Weekdays in a row with the same working hours: Mon-Fri 08:00-18:00."""

    first_day: str  # a WEEKDAYS name
    last_day: str
    spans: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LeaveSpan:
    """A stretch of leave, in the engineer's own days."""

    kind: str
    first_day: date
    last_day: date


@dataclass(frozen=True)
class RosterRow:
    """One engineer as the roster shows them."""

    id: uuid.UUID
    name: str
    skill_level: SkillLevel
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    region: str
    zone: str
    hours: tuple[HoursGroup, ...]
    leave: LeaveSpan | None  # the next or current leave
    today_hours: Decimal
    week_utilisation_pct: int
    clients: tuple[str, ...]


def hours_groups(schedule: dict[str, list[list[str]]]) -> tuple[HoursGroup, ...]:
    """A weekly schedule as runs of days with the same hours (the view words the days)."""
    groups: list[HoursGroup] = []
    for day in WEEKDAYS:
        spans = tuple((a, b) for a, b in schedule.get(day, ()))
        if not spans:
            continue
        last = groups[-1] if groups else None
        if (
            last is not None
            and last.spans == spans
            and WEEKDAYS.index(last.last_day) + 1 == WEEKDAYS.index(day)
        ):
            groups[-1] = HoursGroup(last.first_day, day, spans)
        else:
            groups.append(HoursGroup(day, day, spans))
    return tuple(groups)


def _local_day(now: datetime, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    day = now.astimezone(tz).date()
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)


def _local_week(now: datetime, zone: str) -> tuple[datetime, datetime]:
    """The engineer's own week (Monday to Monday in their zone) around ``now``, in UTC."""
    tz = ZoneInfo(zone)
    local = now.astimezone(tz).date()
    monday = local - timedelta(days=local.weekday())
    start = datetime.combine(monday, time(0), tzinfo=tz).astimezone(UTC)
    return start, datetime.combine(monday + timedelta(days=7), time(0), tzinfo=tz).astimezone(UTC)


def roster(session: Session, now: datetime) -> list[RosterRow]:
    """Every active engineer with today's load and this week's utilisation."""
    today = now.date()
    monday = today - timedelta(days=today.weekday())
    week_start = datetime.combine(monday, time(0), tzinfo=UTC) - timedelta(hours=14)
    week_end = week_start + timedelta(days=7, hours=28)
    board = load_board(session, week_start, week_end)
    clients: dict[uuid.UUID, list[str]] = {}
    for engineer_id, name in session.execute(
        select(Client.assigned_engineer_id, Client.name).where(
            Client.assigned_engineer_id.is_not(None)
        )
    ):
        if engineer_id is not None:
            clients.setdefault(engineer_id, []).append(name)
    leave: dict[uuid.UUID, LeaveSpan] = {}
    for engineer_id, kind, first, last in session.execute(
        select(Leave.engineer_id, Leave.kind, Leave.start_date, Leave.end_date)
        .where(Leave.end_date >= today)
        .order_by(Leave.start_date)
    ):
        leave.setdefault(engineer_id, LeaveSpan(str(kind), first, last))
    # The board has read each engineer's name, zone, level and languages; the roster adds
    # skills, region and the weekly hours as stored text. Most engineers share a few
    # rosters and zones: each week's capacity and each roster's wording is worked out
    # once (for 3,000 engineers, once each made a third of the roster's read).
    decoded = JsonTexts()
    extra = {
        engineer_id: (decoded(skills) or [], region, hours)
        for engineer_id, skills, region, hours in session.execute(
            select(
                Engineer.id,
                type_coerce(Engineer.skills, Text),
                Engineer.region,
                type_coerce(Engineer.working_hours, Text),
            ).where(Engineer.active.is_(True))
        )
    }
    capacities: dict[tuple[Any, str], float] = {}
    wordings: dict[Any, tuple[HoursGroup, ...]] = {}
    weeks: dict[str, tuple[datetime, datetime]] = {}
    days: dict[str, tuple[datetime, datetime]] = {}
    out = []
    for e in board.engineers:
        skills, region, hours = extra.get(e.id, ([], None, None))
        schedule = decoded(hours) or BASIS_10X5
        spec = hours if isinstance(hours, str) else json.dumps(schedule, sort_keys=True)
        if e.zone not in weeks:
            weeks[e.zone], days[e.zone] = _local_week(now, e.zone), _local_day(now, e.zone)
        w_start, w_end = weeks[e.zone]
        if (spec, e.zone) not in capacities:
            span = calendar_for(schedule, e.zone).business_time_between(w_start, w_end)
            capacities[spec, e.zone] = span.total_seconds() / 3600
        if spec not in wordings:
            wordings[spec] = hours_groups(schedule)
        capacity = capacities[spec, e.zone]
        spans = board.spans_of(e.id)  # read once for the week and the day
        booked = booked_hours(spans, w_start, w_end)
        d_start, d_end = days[e.zone]
        out.append(
            RosterRow(
                e.id, e.name, e.skill_level, tuple(skills), e.languages, region or "", e.zone,
                wordings[spec], leave.get(e.id), booked_hours(spans, d_start, d_end),
                round(float(booked) * 100 / capacity) if capacity else 0,
                tuple(sorted(clients.get(e.id, []))),
            )
        )  # fmt: skip
    return out


def update_engineer(
    session: Session,
    engineer_id: uuid.UUID,
    *,
    skill_level: SkillLevel,
    skills: list[str],
    languages: list[str],
) -> Engineer:
    """Change an engineer's skill level, skills and languages (D4)."""
    engineer = session.get_one(Engineer, engineer_id)
    engineer.skill_level = fields.choice(SkillLevel, skill_level, "skill_level")
    engineer.skills = sorted({s.strip() for s in skills if s.strip()})
    # by name or code ("English", "en"): stored as codes, as dispatch compares them
    engineer.languages = sorted(set(language_codes(languages, "languages")))
    session.flush()
    return engineer


def add_leave(
    session: Session,
    engineer_id: uuid.UUID,
    start: date,
    end: date,
    kind: LeaveKind,
    note: str | None = None,
) -> Leave:
    """Record leave (D10: a colleague covers); days are the engineer's own days."""
    if end < start:
        raise ValidationError("end_date", phrase("leave ends before it starts"), "D10")
    leave = Leave(engineer_id=engineer_id, start_date=start, end_date=end, kind=kind, note=note)
    session.add(leave)
    session.flush()
    return leave


@dataclass(frozen=True)
class PlannedLeave:
    """One stretch of an engineer's leave that has not ended yet."""

    id: uuid.UUID
    start: date
    end: date
    kind: LeaveKind
    note: str | None


def planned_leave(session: Session, engineer_id: uuid.UUID, today: date) -> list[PlannedLeave]:
    """An engineer's current and coming leave, soonest first: what can still change."""
    rows = session.scalars(
        select(Leave)
        .where(Leave.engineer_id == engineer_id, Leave.end_date >= today)
        .order_by(Leave.start_date)
    )
    return [PlannedLeave(r.id, r.start_date, r.end_date, LeaveKind(r.kind), r.note) for r in rows]


def remove_leave(session: Session, engineer_id: uuid.UUID, leave_id: uuid.UUID) -> None:
    """Cancel leave entered by mistake or called off; only the engineer's own (D10)."""
    leave = session.get(Leave, leave_id)
    if leave is None or leave.engineer_id != engineer_id:
        raise ValidationError("leave", phrase("this leave is not on the engineer's record"), "D10")
    session.delete(leave)
    session.flush()


# ------------------------------------------------------------------ the window's calls
# Each takes the session factory and ids, owns its transaction and returns plain data.


def roster_rows(sessions: Sessions, now: datetime) -> list[RosterRow]:
    """`roster`, read in a session of its own."""
    # thousands of rows and no cycles among them: a full collection of the window's heap
    # meanwhile held the window's thread while the roster read off it (see gc_pause)
    with collector_paused(), reading(sessions) as session:
        return roster(session, now)


@dataclass(frozen=True)
class EngineerCard:
    """What the engineer dialog opens with: the editable fields and the leave to come."""

    id: uuid.UUID
    name: str
    zone: str
    skill_level: SkillLevel
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    leave: tuple[PlannedLeave, ...]
    base: tuple[Decimal, Decimal] | None = None
    """Where the engineer's day starts (latitude, longitude), for travel to the first site."""


def engineer_card(sessions: Sessions, engineer_id: uuid.UUID, today: date) -> EngineerCard:
    """One engineer's skill level, skills, languages and current and coming leave."""
    with reading(sessions) as session:
        e = session.get(Engineer, engineer_id)
        if e is None:
            raise UserError(
                phrase("engineer {engineer_id} does not exist", engineer_id=engineer_id)
            )
        return EngineerCard(
            e.id, e.name, e.home_time_zone, SkillLevel(e.skill_level), tuple(e.skills),
            tuple(e.languages), tuple(planned_leave(session, engineer_id, today)),
            None if e.base_latitude is None or e.base_longitude is None
            else (e.base_latitude, e.base_longitude),
        )  # fmt: skip


@dataclass(frozen=True)
class NewLeave:
    """Leave to add: the engineer's own first and last day, and its kind."""

    start: date
    end: date
    kind: LeaveKind
    note: str | None = None


def save_engineer(
    sessions: Sessions,
    acting: Acting,
    engineer_id: uuid.UUID,
    *,
    skill_level: SkillLevel,
    skills: list[str],
    languages: list[str],
    removed_leave: Sequence[uuid.UUID] = (),
    new_leave: NewLeave | None = None,
    base: str | None = None,
) -> None:
    """Change an engineer's skills, base ("lat, lon"; None keeps it, blank clears it) and
    leave in one transaction, if the acting user's role may keep the engineers' records; a
    refusal writes nothing."""
    with writing(sessions) as session:
        check_master_change(acting_role(session, acting), MasterKind.ENGINEER)
        engineer = update_engineer(
            session, engineer_id, skill_level=skill_level, skills=skills, languages=languages
        )
        if base is not None:
            degrees = [None if d is None else Decimal(d) for d in read_point(base, "base")]
            engineer.base_latitude, engineer.base_longitude = degrees
        for leave_id in removed_leave:
            remove_leave(session, engineer_id, leave_id)
        if new_leave is not None:
            add_leave(
                session, engineer_id, new_leave.start, new_leave.end, new_leave.kind,
                new_leave.note,
            )  # fmt: skip
