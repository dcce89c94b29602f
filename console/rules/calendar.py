"""Business calendars for SLA clocks (C2): service windows in the client's zone.

A calendar is a weekly schedule in a time zone, minus the public holidays of a country
(and subdivision) and custom closures, whole-day or partial. It is compiled once into
UTC epoch-second intervals with the business time before each, so both core questions
are two binary searches, whatever the length of the target:

- ``business_seconds_between(a, b)``: how much open time lies between two instants;
- ``due_at(start, seconds)``: the instant at which that much open time has passed.

Intervals are built from local dates and local wall-clock times, so DST changes are
handled where they happen (a 24x7 day across a DST change is 23 or 25 hours long).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from console.enums import SlaCause
from console.rules.schedule import COMFORT_24X7, WEEKDAYS, Schedule, minutes, validate_schedule

FIRST_YEAR = 1990
LAST_YEAR = 2100
_CHUNK_YEARS = 4
_EPOCH_ORDINAL = date(
    1970, 1, 1
).toordinal()  # compile this many years at a time, as queries reach them


@dataclass(frozen=True)
class Closure:
    """A local day (or part of one, "HH:MM" to "HH:MM") on which the clock does not run."""

    day: date
    reason: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class CalendarSpec:
    """Everything that defines a business calendar; equal specs share one compiled calendar."""

    schedule: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    zone: str
    country: str | None = None
    subdivision: str | None = None
    closures: tuple[Closure, ...] = ()

    @classmethod
    def of(
        cls,
        schedule: Schedule,
        zone: str,
        country: str | None = None,
        subdivision: str | None = None,
        closures: Iterable[Closure] = (),
    ) -> CalendarSpec:
        """Build a hashable spec from a schedule dict (validated)."""
        clean = validate_schedule(schedule)
        frozen = tuple((day, tuple((a, b) for a, b in clean.get(day, []))) for day in WEEKDAYS)
        return cls(frozen, zone, country, subdivision, tuple(sorted(closures, key=_closure_key)))


def _closure_key(c: Closure) -> tuple[date, str, str]:
    return (c.day, c.start or "", c.end or "")


@dataclass(frozen=True)
class Cause:
    """One reason for a stretch of clock time, as data: the window words it per language."""

    kind: SlaCause
    detail: str | None = None
    """The holiday's name, a closure's reason, or the pausing status's value."""
    day: date | None = None
    """For a public holiday: its date, to name it in another language."""
    country: str | None = None
    subdivision: str | None = None


@lru_cache(maxsize=64)
def _holiday_names(
    country: str, subdivision: str | None, year: int, language: str
) -> dict[date, str]:
    import holidays as holidays_lib

    found = holidays_lib.country_holidays(
        country, subdiv=subdivision, years=year, language=language
    )
    return {day: str(name) for day, name in found.items()}


@lru_cache(maxsize=32)
def _languages_of(country: str) -> tuple[str, ...]:
    import holidays as holidays_lib

    return tuple(holidays_lib.country_holidays(country).supported_languages)


def holiday_name(cause: Cause, language: str) -> str:
    """A public holiday's name in a language the holidays package has, else as the cause has it."""
    if cause.kind is not SlaCause.PUBLIC_HOLIDAY or cause.day is None or not cause.country:
        return cause.detail or ""
    wanted = "en_US" if language == "en" else language
    if wanted not in _languages_of(cause.country):
        return cause.detail or ""
    names = _holiday_names(cause.country, cause.subdivision, cause.day.year, wanted)
    return names.get(cause.day, cause.detail or "")


@dataclass
class Gap:
    """Closed time between two open intervals, with why it is closed."""

    start: datetime
    end: datetime
    causes: tuple[Cause, ...]


@dataclass
class BusinessCalendar:
    """A compiled calendar; build with :func:`calendar_for`."""

    spec: CalendarSpec
    zone: ZoneInfo = field(init=False)
    _starts: list[int] = field(default_factory=list, init=False)
    _ends: list[int] = field(default_factory=list, init=False)
    _cum: list[int] = field(default_factory=list, init=False)  # open seconds before interval i
    _cum_end: list[int] = field(default_factory=list, init=False)  # ... up to its end
    _years: tuple[int, int] | None = field(default=None, init=False)
    _holiday_names: dict[date, str] = field(default_factory=dict, init=False)
    _lo: int = field(default=0, init=False)  # compiled range of instants: [_lo, _hi)
    _hi: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.zone = ZoneInfo(self.spec.zone)
        self._by_weekday = dict(self.spec.schedule)
        # by weekday index, in minutes of the day: the compile loop runs once per day
        self._day_minutes = [
            [(minutes(a), minutes(b)) for a, b in self._by_weekday.get(name, ())]
            for name in WEEKDAYS
        ]
        self._closures: dict[date, list[Closure]] = {}
        for closure in self.spec.closures:
            self._closures.setdefault(closure.day, []).append(closure)

    # -- compilation ------------------------------------------------------------------
    def _ensure(self, epoch: int) -> None:
        if self._lo <= epoch < self._hi:
            return
        year = datetime.fromtimestamp(min(max(epoch, -(2**40)), 2**40), UTC).year
        low = max(FIRST_YEAR, year - _CHUNK_YEARS)
        high = min(LAST_YEAR, year + _CHUNK_YEARS)
        if self._years is not None:
            low, high = min(low, self._years[0]), max(high, self._years[1])
        self._compile(low, high)

    def _holidays(self, first: int, last: int) -> dict[date, str]:
        if not self.spec.country:
            return {}
        # holidays loads every country's module on import: pay for it on first use only
        import holidays as holidays_lib

        found = holidays_lib.country_holidays(
            self.spec.country, subdiv=self.spec.subdivision, years=range(first, last + 1)
        )
        return {day: str(name) for day, name in found.items()}

    def _compile(self, first_year: int, last_year: int) -> None:
        self._holiday_names = self._holidays(first_year - 1, last_year + 1)
        zone = self.zone
        starts: list[int] = []
        ends: list[int] = []
        day = date(first_year, 1, 1) - timedelta(days=1)
        stop = date(last_year, 12, 31)
        one = timedelta(days=1)
        midnight = time(0)
        next_offset = zone.utcoffset(datetime.combine(day, midnight))
        while day <= stop:
            # Most days have one UTC offset from midnight to midnight: their wall times
            # convert by arithmetic; a day with a DST change takes the careful path.
            offset, next_offset = next_offset, zone.utcoffset(datetime.combine(day + one, midnight))
            base = (day.toordinal() - _EPOCH_ORDINAL) * 86400
            steady = offset == next_offset and offset is not None
            for s_min, e_min in self._day_minutes[day.weekday()]:
                end_day = day if e_min > s_min else day + one
                if steady and end_day == day:
                    assert offset is not None
                    shift = base - int(offset.total_seconds())
                    s, e = shift + s_min * 60, shift + e_min * 60
                else:
                    s = _epoch(day, s_min, zone)
                    e = _epoch(end_day, e_min, zone)
                if day in self._holiday_names or day in self._closures or end_day != day:
                    pieces = self._cut(s, e, day, end_day)
                else:
                    pieces = [(s, e)] if e > s else []
                for piece in pieces:
                    if starts and piece[0] <= ends[-1]:
                        ends[-1] = max(ends[-1], piece[1])  # adjacent or overlapping: merge
                    else:
                        starts.append(piece[0])
                        ends.append(piece[1])
            day += one
        cum, cum_end, total = [], [], 0
        for s, e in zip(starts, ends, strict=True):
            cum.append(total)
            total += e - s
            cum_end.append(total)
        self._starts, self._ends, self._cum, self._cum_end = starts, ends, cum, cum_end
        self._years = (first_year, last_year)
        # Queries stay a year away from the compiled edges, where a due time may run over.
        self._lo = int(datetime(first_year + 1, 1, 1, tzinfo=UTC).timestamp())
        self._hi = int(datetime(last_year, 1, 1, tzinfo=UTC).timestamp())

    def _cut(self, s: int, e: int, day: date, end_day: date) -> list[tuple[int, int]]:
        """Remove holidays and closures of the local days an interval touches."""
        pieces = [(s, e)]
        touched = {day, end_day}
        for d in sorted(touched):
            closed: list[tuple[int, int]] = []
            if d in self._holiday_names:
                closed.append(
                    (_epoch(d, 0, self.zone), _epoch(d + timedelta(days=1), 0, self.zone))
                )
            for c in self._closures.get(d, ()):
                if c.start is None or c.end is None:
                    closed.append(
                        (_epoch(d, 0, self.zone), _epoch(d + timedelta(days=1), 0, self.zone))
                    )
                else:
                    closed.append(
                        (
                            _epoch(d, minutes(c.start), self.zone),
                            _epoch(d, minutes(c.end), self.zone),
                        )
                    )
            for cs, ce in closed:
                pieces = _subtract(pieces, cs, ce)
        return [p for p in pieces if p[1] > p[0]]

    # -- queries (epoch seconds) ------------------------------------------------------
    def open_seconds_until(self, t: int) -> int:
        """Open seconds from the calendar's origin up to instant ``t``."""
        self._ensure(t)
        i = bisect_right(self._starts, t) - 1
        if i < 0:
            return 0
        return self._cum[i] + min(t, self._ends[i]) - self._starts[i]

    def business_seconds_between(self, a: int, b: int) -> int:
        """Open seconds between two instants (negative when b is before a)."""
        return self.open_seconds_until(b) - self.open_seconds_until(a)

    def due_epoch(self, start: int, seconds: int) -> int:
        """The instant when ``seconds`` of open time have passed since ``start``."""
        if seconds <= 0:
            return start
        if not self._lo <= start < self._hi:
            self._ensure(start)
        starts = self._starts
        i = bisect_right(starts, start) - 1
        if i < 0:
            target = seconds
        else:
            end = self._ends[i]
            target = self._cum[i] + (start if start < end else end) - starts[i] + seconds
        j = bisect_left(self._cum_end, target)
        if j < len(starts):
            return starts[j] + target - self._cum[j]
        return self._due_beyond(start, seconds)

    def _due_beyond(self, start: int, seconds: int) -> int:
        """Slow path: the due time lies past the compiled years; compile further ahead."""
        while True:
            assert self._years is not None
            if self._years[1] >= LAST_YEAR:
                raise ValueError("due time lies beyond the calendar's last year")
            self._compile(self._years[0], min(LAST_YEAR, self._years[1] + _CHUNK_YEARS * 2))
            target = self.open_seconds_until(start) + seconds
            j = bisect_left(self._cum_end, target)
            if j < len(self._cum_end):
                return self._starts[j] + (target - self._cum[j])

    def due_many(self, starts: Sequence[int], seconds: int) -> list[int]:
        """The batch path: due instants (epoch seconds) for many starts and one duration."""
        if not starts:
            return []
        self._ensure(min(starts))
        self._ensure(max(starts))
        return [self.due_epoch(s, seconds) for s in starts]

    def due_at_many(self, starts: Sequence[datetime], duration: timedelta) -> list[datetime]:
        """The batch path for aware datetimes: one due instant per start, in UTC."""
        seconds = int(duration.total_seconds())
        epochs = [int(t.timestamp()) for t in starts]
        if not epochs:
            return []
        self._ensure(min(epochs))
        self._ensure(max(epochs))
        if seconds <= 0:
            return [datetime.fromtimestamp(e, UTC) for e in epochs]
        # Locals, not attributes, in the loop: this runs for every ticket in a queue.
        lo, hi = self._lo, self._hi
        s_list, e_list, cum, cum_end = self._starts, self._ends, self._cum, self._cum_end
        n = len(s_list)
        out: list[datetime] = []
        append = out.append
        fromts = datetime.fromtimestamp
        for start in epochs:
            i = bisect_right(s_list, start) - 1
            if i < 0:
                target = seconds
            else:
                end = e_list[i]
                target = cum[i] + (start if start < end else end) - s_list[i] + seconds
            j = bisect_left(cum_end, target)
            if j < n and lo <= start < hi:
                append(fromts(s_list[j] + target - cum[j], UTC))
            else:
                append(fromts(self.due_epoch(start, seconds), UTC))
        return out

    # -- queries (datetimes) ----------------------------------------------------------
    def due_at(self, start: datetime, duration: timedelta) -> datetime:
        """The aware UTC instant when ``duration`` of open time has passed since ``start``."""
        due = self.due_epoch(_to_epoch(start), int(duration.total_seconds()))
        return datetime.fromtimestamp(due, UTC)

    def business_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Open time between two aware instants."""
        return timedelta(seconds=self.business_seconds_between(_to_epoch(a), _to_epoch(b)))

    def is_open(self, t: datetime) -> bool:
        """Whether the clock runs at instant ``t``."""
        epoch = _to_epoch(t)
        self._ensure(epoch)
        i = bisect_right(self._starts, epoch) - 1
        return i >= 0 and epoch < self._ends[i]

    def open_intervals(self, a: datetime, b: datetime) -> list[tuple[datetime, datetime]]:
        """The open intervals overlapping [a, b), clipped to it."""
        ea, eb = _to_epoch(a), _to_epoch(b)
        self._ensure(ea)
        self._ensure(eb)
        i = max(0, bisect_right(self._starts, ea) - 1)
        out = []
        while i < len(self._starts) and self._starts[i] < eb:
            s, e = max(self._starts[i], ea), min(self._ends[i], eb)
            if e > s:
                out.append((datetime.fromtimestamp(s, UTC), datetime.fromtimestamp(e, UTC)))
            i += 1
        return out

    def gaps(self, a: datetime, b: datetime) -> list[Gap]:
        """Closed stretches within [a, b) with a reason a dispatcher can read."""
        result: list[Gap] = []
        cursor = a
        for s, e in self.open_intervals(a, b) + [(b, b)]:
            if s > cursor:
                result.append(Gap(cursor, s, self._causes(cursor, s)))
            cursor = max(cursor, e)
        return result

    def _causes(self, s: datetime, e: datetime) -> tuple[Cause, ...]:
        local_s = s.astimezone(self.zone)
        local_e = (e - timedelta(seconds=1)).astimezone(self.zone)
        causes: list[Cause] = []
        day = local_s.date()
        spec = self.spec
        while day <= local_e.date():
            if day in self._holiday_names:
                causes.append(Cause(SlaCause.PUBLIC_HOLIDAY, self._holiday_names[day], day,
                                    spec.country, spec.subdivision))  # fmt: skip
            for c in self._closures.get(day, ()):
                causes.append(Cause(SlaCause.CLOSURE, c.reason))
            if not self._by_weekday.get(WEEKDAYS[day.weekday()]):
                weekend = day.weekday() >= 5
                causes.append(Cause(SlaCause.WEEKEND if weekend else SlaCause.NO_SERVICE_DAY))
            day += timedelta(days=1)
        if not causes:
            causes.append(Cause(SlaCause.OUTSIDE_HOURS))
        return tuple(dict.fromkeys(causes))


def _subtract(pieces: list[tuple[int, int]], cs: int, ce: int) -> list[tuple[int, int]]:
    out = []
    for s, e in pieces:
        if ce <= s or cs >= e:
            out.append((s, e))
            continue
        if s < cs:
            out.append((s, cs))
        if ce < e:
            out.append((ce, e))
    return out


def _epoch(day: date, minute_of_day: int, zone: ZoneInfo) -> int:
    """Epoch seconds of a local wall-clock time; 24:00 is the next midnight."""
    if minute_of_day >= 24 * 60:
        day = day + timedelta(days=1)
        minute_of_day -= 24 * 60
    wall = datetime.combine(day, time(minute_of_day // 60, minute_of_day % 60))
    epoch = int(wall.replace(tzinfo=zone).timestamp())
    if datetime.fromtimestamp(epoch, zone).replace(tzinfo=None) == wall:
        return epoch
    # The wall time does not exist (clocks jumped forward over it): the window opens at
    # the first instant that does exist after it, which is the moment of the jump.
    earliest = int(wall.replace(tzinfo=zone, fold=1).timestamp())
    candidate = min(earliest, epoch)
    while datetime.fromtimestamp(candidate, zone).replace(tzinfo=None) < wall:
        candidate += 60
    return candidate


def _to_epoch(t: datetime) -> int:
    if t.tzinfo is None:
        raise ValueError("an SLA instant must carry a time zone")
    return int(t.timestamp())


@lru_cache(maxsize=512)
def _compiled(spec: CalendarSpec) -> BusinessCalendar:
    return BusinessCalendar(spec)


def calendar_for(
    schedule: Schedule,
    zone: str,
    country: str | None = None,
    subdivision: str | None = None,
    closures: Iterable[Closure] = (),
) -> BusinessCalendar:
    """A compiled calendar, shared between all tickets with the same spec."""
    shut = tuple(closures)
    try:
        # The queue asks for the same few calendars thousands of times: validating and
        # freezing the schedule each time cost more than the clocks computed on it.
        key = (_schedule_key(schedule), zone, country, subdivision, shut)
        found = _BY_INPUT.get(key)
    except TypeError:  # not the shape of a schedule: let validation say what is wrong
        key, found = None, None
    if found is None:
        found = _compiled(CalendarSpec.of(schedule, zone, country, subdivision, shut))
        if key is not None:
            if len(_BY_INPUT) >= _BY_INPUT_MAX:
                _BY_INPUT.clear()
            _BY_INPUT[key] = found
    return found


_BY_INPUT: dict[tuple[object, ...], BusinessCalendar] = {}
_BY_INPUT_MAX = 2048


def _schedule_key(schedule: Schedule) -> tuple[object, ...]:
    """The schedule as given, hashable (equal inputs were validated the same way)."""
    return tuple(
        (day, tuple(tuple(interval) for interval in intervals))
        for day, intervals in schedule.items()
    )


def around_the_clock(zone: str = "UTC") -> BusinessCalendar:
    """24x7 with no holidays: Express emergencies (E1, D9) run on it."""
    return calendar_for(COMFORT_24X7, zone)
