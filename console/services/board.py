"""The planning board behind the calendar: engineers, their hours, leave and visits.

Everything is in UTC instants; the calendar view places them on its time axis and
shades each engineer's own off-hours (from the engineer's zone and working hours).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from console.enums import EngineerRole, SkillLevel, VisitStatus
from console.gc_pause import collector_paused
from console.model import Engineer, Leave, Ticket, Visit, VisitEngineer
from console.rules.calendar import calendar_for
from console.rules.dispatch import reserved_window, waiting_order
from console.rules.travel import Origin, Point, Trip, duration_words, point_of, trip
from console.services.acting import Sessions, reading
from console.services.board_standing import PLACES, as_is, processors_of, standing
from console.store.driver import JsonTexts, fetch_rows
from console.wording.phrases import Phrase, phrase

CANCELLED = (VisitStatus.CANCELLED.value,)
STILL_TO_GO = frozenset(
    {
        VisitStatus.REQUESTED,
        VisitStatus.AVAILABILITY_CHECKED,
        VisitStatus.ENGINEER_PROPOSED,
        VisitStatus.APPROVED,
        VisitStatus.TRAVEL_BOOKED,
    }
)
"""Visits nobody has set out for yet: these can still be handed to another engineer."""


@dataclass(frozen=True)
class BoardVisit:
    """One visit block."""

    id: uuid.UUID
    reference: str
    ticket_reference: str
    client: str
    site: str
    status: VisitStatus
    start: datetime
    end: datetime
    engineer_id: uuid.UUID | None
    skill_level: SkillLevel
    languages: tuple[str, ...]
    former_engineer: str | None = None
    """The lead who has left (is no longer active): the visit waits for a new engineer."""
    zone: str = "UTC"
    """The site's time zone: the tooltip shows the visit's time there."""
    address: str = ""
    point: Point | None = None
    engineer: str = ""
    """The lead engineer's name."""
    retainer: bool = True
    """Whether the client has a retainer in force on the visit's day (C1); worked out for
    the visits waiting for an engineer, which come after retainer work when it is False."""


@dataclass(frozen=True)
class TravelNote:
    """The travel to a visit from the engineer's base or previous visit that day."""

    trip: Trip
    gap: timedelta | None
    """Time between the previous visit's end and this start (None: from the base)."""
    short: Phrase | None = None
    """Why the gap is shorter than the travel, when it is."""
    origin: str = ""
    """Where the trip starts: the base's place, or the previous visit's client and site."""


@dataclass
class BoardEngineer:
    """One row of the board."""

    id: uuid.UUID
    name: str
    zone: str
    skill_level: SkillLevel
    languages: tuple[str, ...]
    working: Sequence[tuple[datetime, datetime]] = ()
    """The hours at work in the board's range (shared by the engineers of one roster)."""
    leave: Sequence[tuple[datetime, datetime, str]] = ()
    """Absences overlapping the board's range (few engineers have one in a week)."""
    base: Point | None = None
    base_name: str = ""


class PlannedVisits:
    """A board's planned visits, made into `BoardVisit` objects an engineer at a time.

    A week of 3,000 engineers plans thousands of visits, and making each one (ids, times,
    decimals, JSON) was most of loading the board; the calendar paints a few dozen rows.
    So the rows are kept as the driver gave them, grouped by their lead engineer, and each
    visit is made the first time its engineer's row, the visit itself or the whole list
    is asked for (the same object every time after).
    """

    def __init__(
        self,
        rows: Sequence[Any],
        leads: Sequence[Any],
        ids: Sequence[Any],
        make: Callable[[Any], BoardVisit | None] | None = None,
        key: Callable[[uuid.UUID], Any] | None = None,
        span: Callable[[Any], tuple[datetime, datetime] | None] | None = None,
        context: Any = None,
    ) -> None:
        self._rows = rows  # in time order; each made by ``make`` (None: already made)
        self.context = context
        """What ``make`` reads besides a row (names of clients, sites): rows equal under an
        equal context make equal visits."""
        self._leads = leads  # each row's lead engineer, as ``key`` writes an engineer's id
        self._ids = ids  # each row's visit id, as ``key`` writes it
        self._make = make
        self._span = span  # a row's reserved time, or None where ``make`` gives no visit
        self._key = key or (lambda value: value)
        self._made: list[BoardVisit | bool | None] = [False] * len(rows)  # False: not yet
        self._of: dict[Any, list[int]] | None = None
        self._at: dict[Any, int] | None = None
        self._all: list[BoardVisit] | None = None

    @classmethod
    def made(cls, visits: Sequence[BoardVisit]) -> PlannedVisits:
        """Visits already made (in time order)."""
        return cls(list(visits), [v.engineer_id for v in visits], [v.id for v in visits])

    def _visit(self, i: int) -> BoardVisit | None:
        found = self._made[i]
        if found is False:
            raw = self._rows[i]
            found = self._made[i] = raw if self._make is None else self._make(raw)
        return found  # type: ignore[return-value]

    def all(self) -> list[BoardVisit]:
        """Every visit, in time order."""
        if self._all is None:
            made = (self._visit(i) for i in range(len(self._rows)))
            self._all = [v for v in made if v is not None]
        return self._all

    def index(self) -> PlannedVisits:
        """Group the rows by engineer and by visit id now, not when the first row asks:
        a board read off the window's thread then shows without that work on it."""
        if self._of is None:
            of: dict[Any, list[int]] = {}
            for i, lead in enumerate(self._leads):
                of.setdefault(lead, []).append(i)
            self._of = of
        if self._at is None:
            self._at = {vid: i for i, vid in enumerate(self._ids)}
        return self

    def _rows_of(self, engineer_id: uuid.UUID) -> Sequence[int]:
        if self._of is None:
            self.index()
        assert self._of is not None
        return self._of.get(self._key(engineer_id), ())

    def rows_of(self, engineer_id: uuid.UUID) -> list[Any]:
        """One engineer's rows as they were read (made or not), in time order."""
        return [self._rows[i] for i in self._rows_of(engineer_id)]

    def of(self, engineer_id: uuid.UUID) -> list[BoardVisit]:
        """One engineer's visits, in time order."""
        made = (self._visit(i) for i in self._rows_of(engineer_id))
        return [v for v in made if v is not None]

    def spans_of(self, engineer_id: uuid.UUID) -> list[tuple[datetime, datetime]]:
        """One engineer's visits as the time each reserves (start, end), in time order,
        without making the visits not made yet: the roster adds up the hours of 3,000
        engineers, and making each of their visits was most of its read."""
        spans = []
        for i in self._rows_of(engineer_id):
            if self._made[i] is False and self._span is not None:
                span = self._span(self._rows[i])
            else:
                visit = self._visit(i)
                span = None if visit is None else (visit.start, visit.end)
            if span is not None:
                spans.append(span)
        return spans

    def find(self, visit_id: uuid.UUID) -> BoardVisit | None:
        """A visit by its id, if on the board."""
        if self._at is None:
            self.index()
        assert self._at is not None
        i = self._at.get(self._key(visit_id))
        return None if i is None else self._visit(i)


class Board:
    """What the calendar shows for [start, end)."""

    def __init__(
        self,
        start: datetime,
        end: datetime,
        engineers: list[BoardEngineer],
        visits: Sequence[BoardVisit] | PlannedVisits,
        unassigned: list[BoardVisit],
        travel: Mapping[uuid.UUID, TravelNote] | None = None,
    ) -> None:
        self.start, self.end = start, end
        self.engineers = engineers
        self.planned = visits if isinstance(visits, PlannedVisits) else PlannedVisits.made(visits)
        self.unassigned = unassigned
        self.travel: Mapping[uuid.UUID, TravelNote] = {} if travel is None else travel
        """Each planned visit's travel from its engineer's base or previous visit that day."""

    @property
    def visits(self) -> list[BoardVisit]:
        """Every planned visit on an engineer's row, in time order."""
        return self.planned.all()

    def visits_of(self, engineer_id: uuid.UUID) -> list[BoardVisit]:
        """The visits of one engineer, in time order."""
        return self.planned.of(engineer_id)

    def spans_of(self, engineer_id: uuid.UUID) -> list[tuple[datetime, datetime]]:
        """The time each of an engineer's visits reserves, in time order."""
        return self.planned.spans_of(engineer_id)

    def visit(self, visit_id: uuid.UUID) -> BoardVisit | None:
        """A planned visit on an engineer's row, by its id."""
        return self.planned.find(visit_id)

    def engineer(self, engineer_id: uuid.UUID) -> BoardEngineer | None:
        """The row of an engineer, if shown."""
        return next((e for e in self.engineers if e.id == engineer_id), None)


class TravelNotes(Mapping[uuid.UUID, TravelNote]):
    """Travel to every planned visit: from the previous visit the same local day, else from
    the base; a gap shorter than the travel is named.

    Worked out one engineer at a time, when one of their visits is first asked for: a
    week of 3,000 engineers shows a few dozen rows, and a tooltip asks for one visit.
    """

    def __init__(self, board: Board) -> None:
        self._board = board
        self._notes: dict[uuid.UUID, TravelNote] = {}
        self._mine: dict[uuid.UUID, list[BoardVisit]] = {}  # each engineer's, once asked
        self._rows_by_id: dict[uuid.UUID, BoardEngineer] | None = None
        self._done: set[uuid.UUID] = set()

    def _of(self, eng: BoardEngineer) -> list[BoardVisit]:
        """An engineer's visits in time order (read from the board once)."""
        found = self._mine.get(eng.id)
        if found is None:
            found = self._mine[eng.id] = self._board.visits_of(eng.id)
        return found

    def _engineer(self, eng: BoardEngineer) -> None:
        """Work out the notes of one engineer's visits."""
        zone = ZoneInfo(eng.zone)
        previous: BoardVisit | None = None
        for v in self._of(eng):
            same_day = (
                previous is not None
                and previous.end <= v.start
                and previous.end.astimezone(zone).date() == v.start.astimezone(zone).date()
            )
            if previous is not None and same_day:
                origin = Origin(previous.point, False, f"{previous.client} · {previous.site}")
                gap: timedelta | None = v.start - previous.end
            else:
                origin, gap = Origin(eng.base, True, eng.base_name), None
            journey = trip(origin, v.point)
            short = None
            if gap is not None and journey.time is not None and gap < journey.time:
                short = phrase(
                    "only {gap} after the previous visit ends: too little for the travel",
                    gap=duration_words(gap),
                )
            self._notes[v.id] = TravelNote(journey, gap, short, origin.name)
            if previous is None or v.end > previous.end:
                previous = v
        self._done.add(eng.id)  # after the notes: a reader told "done" finds them

    def _all(self) -> dict[uuid.UUID, TravelNote]:
        for eng in self._board.engineers:
            if eng.id not in self._done:
                self._engineer(eng)
        return self._notes

    def __getitem__(self, visit_id: uuid.UUID) -> TravelNote:
        found = self._notes.get(visit_id)
        if found is None:
            visit = self._board.visit(visit_id)
            lead = visit.engineer_id if visit is not None else None
            eng = self._row_of().get(lead) if lead is not None else None
            if eng is None or eng.id in self._done:
                raise KeyError(visit_id)
            self._engineer(eng)
            found = self._notes[visit_id]
        return found

    def _row_of(self) -> dict[uuid.UUID, BoardEngineer]:
        """The board's rows by engineer."""
        if self._rows_by_id is None:
            self._rows_by_id = {e.id: e for e in self._board.engineers}
        return self._rows_by_id

    def __iter__(self) -> Iterator[uuid.UUID]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _local_day_span(day: date, last: date, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def load_board(
    session: Session, start: datetime, end: datetime, only: uuid.UUID | None = None
) -> Board:
    """Engineers, their working hours and leave, and every visit planned in [start, end);
    ``only`` one engineer's row and visits (a day plan needs no one else's)."""
    engineers = []
    by_id: dict[uuid.UUID, BoardEngineer] = {}
    decoded = JsonTexts()
    connection = session.connection()
    kept = standing(connection)  # what every board reads, kept while the store is unchanged
    # most engineers share a few rosters: compile each (hours, zone) pair once per board
    hours_of: dict[tuple[str, str], tuple[tuple[datetime, datetime], ...]] = {}
    names: dict[Any, str] = {}  # by each engineer's id as the driver gives it (see key)
    for each in kept.roster.get(connection):
        if only is not None and each.id != only:
            continue
        hours = hours_of.get(each.hours_key)
        if hours is None:
            calendar = calendar_for(each.schedule, each.zone)
            hours = hours_of[each.hours_key] = tuple(calendar.open_intervals(start, end))
        row = BoardEngineer(each.id, each.name, each.zone, each.skill_level, each.languages,
                            hours, base=each.base, base_name=each.base_name)  # fmt: skip
        engineers.append(row)
        by_id[each.id] = row
        names[each.key] = each.name
    first_day, last_day = (start - timedelta(days=1)).date(), (end + timedelta(days=1)).date()
    # the four columns the board shows, not whole records: a week's few hundred absences
    leave_rows = select(Leave.engineer_id, Leave.start_date, Leave.end_date, Leave.kind).where(
        Leave.end_date >= first_day, Leave.start_date <= last_day
    )
    if only is not None:
        leave_rows = leave_rows.where(Leave.engineer_id == only)
    for engineer_id, first, last, kind in session.execute(leave_rows):
        owner = by_id.get(engineer_id)
        if owner is not None:
            a, b = _local_day_span(first, last, owner.zone)
            owner.leave = (*owner.leave, (a, b, str(kind)))
    lead = (
        select(VisitEngineer.visit_id, VisitEngineer.engineer_id)
        .where(VisitEngineer.role == EngineerRole.LEAD.value)
        .subquery()
    )
    wanted = (
        select(
            Visit.id,
            Visit.reference,
            Ticket.reference,
            Ticket.client_id,  # named from one read of the clients (below)
            Visit.site_id,  # found in one read of the sites (below)
            Visit.status,
            Visit.planned_start,
            Visit.reserved_hours,
            Visit.grace_minutes,
            lead.c.engineer_id,
            Visit.skill_level,
            type_coerce(Visit.languages, Text),
        )
        .join(Ticket, Ticket.id == Visit.ticket_id)
        .outerjoin(lead, lead.c.visit_id == Visit.id)
        .where(
            Visit.planned_start < end,
            Visit.planned_start >= start - timedelta(days=1),
            Visit.status.not_in(CANCELLED),
        )
        .order_by(Visit.planned_start)
    )
    if only is not None:
        wanted = wanted.where(lead.c.engineer_id == only)
    # as the driver gives them: each visit is made when its row is shown (PlannedVisits)
    rows = fetch_rows(connection, wanted, typed_binds=True)
    convert = processors_of(connection.dialect, wanted)
    sqlite = connection.dialect.name == "sqlite"

    def key(value: uuid.UUID) -> Any:
        """An id as the driver gives it (SQLite keeps hex text)."""
        return value.hex if sqlite else value

    # the shown rows' leads (read with the engineers), then who left
    lead_at = 9  # the lead engineer's column
    assert wanted.selected_columns[lead_at].name == "engineer_id"
    planned = [r for r in rows if r[lead_at] in names]  # None is no engineer's key
    others = [r for r in rows if r[lead_at] not in names]
    # the names of leads who have left: read apart (a join to every visit's engineer was a
    # fifth of reading a large week)
    gone = {r[lead_at] for r in others if r[lead_at] is not None}
    if gone:
        departed = _converted(gone, convert[lead_at])
        for eid, name in session.execute(
            select(Engineer.id, Engineer.name).where(Engineer.id.in_(departed))
        ):
            names[key(eid)] = name

    # every client's name in one plain read: joined to each of a week's 7,000 visits the
    # clients were a fifth of reading it, and a list of the week's client ids cost as much
    # to bind (a desk has far fewer clients than tickets)
    client_at = 3
    assert wanted.selected_columns[client_at].name == "client_id"
    client_names = kept.client_names.get(connection)
    # the sites likewise: joined to each visit they cost a fifth of reading the week, and a
    # desk has far fewer sites than visits
    site_at = 4
    assert wanted.selected_columns[site_at].name == "site_id"
    site_convert = processors_of(connection.dialect, PLACES)[1:]
    sites = kept.sites.get(connection)  # each site's row as read (its id first)

    at_start, at_reserved, at_grace = 6, 7, 8
    assert [c.name for c in wanted.selected_columns[at_start : at_grace + 1]] == [
        "planned_start", "reserved_hours", "grace_minutes"
    ]  # fmt: skip
    as_start, as_reserved, as_grace = (
        convert[at] or as_is for at in (at_start, at_reserved, at_grace)
    )

    def span(raw: Any) -> tuple[datetime, datetime] | None:
        """The time a visit reserves, from its row; None where the board shows no visit
        (its site is not read, or it ended before the board starts)."""
        if raw[site_at] not in sites:
            return None
        planned_at = as_start(raw[at_start])
        reserved, grace = as_reserved(raw[at_reserved]), as_grace(raw[at_grace])
        finish = reserved_window(planned_at, reserved, grace or 0)[2]
        return None if finish <= start else (planned_at, finish)

    def make(raw: Any) -> BoardVisit | None:
        """One visit from its row; None when it ended before the board starts (or its site
        is not to be read, as the join to the sites left such a visit out)."""
        times = span(raw)  # the same reserved time the roster adds up without the visit
        if times is None:
            return None
        planned_at, finish = times
        values: list[Any] = [v if c is None else c(v) for c, v in zip(convert, raw, strict=True)]
        (vid, ref, tref, _client_id, _site_id, status, _planned, _reserved, _grace, eng, skill,
         langs) = values  # fmt: skip
        at_site = sites[raw[site_at]]
        place: list[Any] = [
            v if c is None else c(v) for c, v in zip(site_convert, at_site[1:], strict=True)
        ]
        site, zone, street, postal, city, lat, lon = place
        address = ", ".join(p for p in (street, postal, city) if p)
        leader = names.get(raw[lead_at], "") if eng is not None else ""
        client = client_names.get(raw[client_at], "")
        return BoardVisit(vid, ref, tref, client, site, VisitStatus(status), planned_at, finish,
                          eng, SkillLevel(skill), tuple(decoded(langs) or ()), zone=zone,
                          address=address, point=point_of(lat, lon),
                          engineer=leader)  # fmt: skip

    waiting: list[tuple[Any, BoardVisit]] = []  # each with its client as the driver gives it
    for raw in others:
        visit = make(raw)
        if visit is None:
            continue
        if visit.engineer_id is not None:
            if visit.status not in STILL_TO_GO:
                continue  # a visit the departed engineer already set out for or finished
            # the lead has left: the visit has no row to stand on and needs a new engineer
            visit = replace(visit, engineer_id=None, former_engineer=visit.engineer or None)
        waiting.append((raw[client_at], visit))
    terms = kept.retainers.get(connection) if waiting else None
    unassigned = [replace(v, retainer=terms.on(client, v.start)) for client, v in waiting if terms]
    # C1: retainer work first, then the soonest
    unassigned.sort(key=lambda v: waiting_order(v.retainer, v.start))
    visits = PlannedVisits(planned, [r[lead_at] for r in planned], [r[0] for r in planned],
                           make, key, span, (client_names, sites)).index()  # fmt: skip
    board = Board(start, end, engineers, visits, unassigned)
    board.travel = TravelNotes(board)
    return board


@dataclass(frozen=True)
class BoardChange:
    """How a board read again differs from the one shown, for the same range and the
    same engineers in the same order."""

    rows: frozenset[int]
    """The engineer rows whose engineer (hours, leave, base) or visits differ."""
    unassigned: bool
    """Whether the visits waiting for an engineer differ."""


def board_change(shown: Board, read: Board) -> BoardChange | None:
    """What differs between the board shown and the same range read again; None when
    the range, the engineers or their order differ (the board is shown whole again).

    Compared on the rows as read, without making a visit: a sync seldom touches the week
    on screen, and a week at a large desk is thousands of visits (read off the window's
    thread, so that a sync repaints only the rows it changed).
    """
    if (shown.start, shown.end) != (read.start, read.end):
        return None
    if [e.id for e in shown.engineers] != [e.id for e in read.engineers]:
        return None
    if shown.planned.context != read.planned.context:
        return None  # a client or a site renamed: any visit may read differently
    rows = frozenset(
        i
        for i, (was, now) in enumerate(zip(shown.engineers, read.engineers, strict=True))
        if was != now or shown.planned.rows_of(was.id) != read.planned.rows_of(now.id)
    )
    return BoardChange(rows, shown.unassigned != read.unassigned)


def _converted(values: Iterable[Any], convert: Callable[[Any], Any] | None) -> list[Any]:
    """Driver values as their column's type gives them."""
    return [v if convert is None else convert(v) for v in values]


def board_for(sessions: Sessions, start: datetime, end: datetime) -> Board:
    """The calendar's board for [start, end), read in a session of its own."""
    with collector_paused(), reading(sessions) as session:
        return load_board(session, start, end)


def booked_hours(
    spans: Iterable[tuple[datetime, datetime]], start: datetime, end: datetime
) -> Decimal:
    """Hours of an engineer's visits (`Board.spans_of`) inside [start, end)."""
    seconds = 0.0
    for visit_start, visit_end in spans:
        a, b = max(visit_start, start), min(visit_end, end)
        if b > a:
            seconds += (b - a).total_seconds()
    return Decimal(round(seconds / 3600, 2)).quantize(Decimal("0.01"))
