"""Demo step: engineers' time entries on tickets and visits (`billing.add_time` writes them).

Entries are booked in each engineer's diary, so they look like a working life: an
engineer does one thing at a time, works at most a working day (on-call included) on any
day of their own zone, does ordinary work on weekdays in daytime and not on leave, and
answers an emergency at any hour. Approvals come as the desk and the clients give them
(E5): the provider's after the day's cut-off, the client's some days later but before
the month's billing run, and a few entries of the last days and weeks are still waiting.
"""

from __future__ import annotations

import itertools
import uuid
from array import array
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from console.enums import ApprovalMethod, NonBillableReason, Phase, Role, TicketStatus
from console.rules.cutoff import is_locked

from .context import STAMP, DemoContext
from .desk import run_moment
from .instants import instant, micros
from .ticket_book import DemoTicket

TIME_ENTRY_COLUMNS = (
    *STAMP,
    "ticket_id",
    "visit_id",
    "engineer_id",
    "started_at",
    "ended_at",
    "phase",
    "description",
    "billable",
    "non_billable_reason",
    "provider_approved_at",
    "provider_approved_by",
    "client_approved_at",
    "client_approved_by",
    "client_approval_method",
    "locked",
    "late",
    "reverses_id",
    "invoice_line_id",
)

DAY_LIMIT = 10 * 60
"""The most minutes an engineer books on one day of their zone, on-call included."""
WORK_DAY = (time(7, 0), time(19, 0))
"""When ordinary (not emergency) work is done, in the engineer's zone."""
SEARCH_DAYS = 7
"""How many days on an entry may move to find a free stretch in the engineer's diary."""


_MINUTE = 60_000_000
"""A minute in microseconds."""


class Diary:
    """Every engineer's booked stretches per day of their own zone: never overlapping,
    at most DAY_LIMIT minutes a day.

    A day is one small bytes object of 16-bit numbers: the minutes booked, then each
    stretch's start and end in minutes from that day's midnight in the engineer's zone.
    Each engineer's days sit in one list by date. The huge demo books about a million and a
    half engineer-days; as a dict of arrays of microseconds they took some 300 MB at the
    time step's peak, this way about a third of that.
    """

    def __init__(self, zones: list[ZoneInfo], leave: set[tuple[int, date]]):
        self.zones = zones
        self.leave = leave
        self._days: list[list[bytes | None]] = [[] for _ in zones]
        self._first = [0] * len(zones)  # the ordinal of each engineer's first listed day

    def _booked(self, engineer: int, ordinal: int) -> bytes | None:
        """What is booked on that day, if anything."""
        days = self._days[engineer]
        i = ordinal - self._first[engineer]
        return days[i] if 0 <= i < len(days) else None

    def _keep(self, engineer: int, ordinal: int, booked: bytes) -> None:
        """Keep what is now booked on that day, widening the engineer's list to reach it."""
        days = self._days[engineer]
        if not days:
            self._first[engineer] = ordinal
        i = ordinal - self._first[engineer]
        if i < 0:
            days[0:0] = [None] * -i
            self._first[engineer], i = ordinal, 0
        elif i >= len(days):
            days.extend([None] * (i + 1 - len(days)))
        days[i] = booked

    def book(
        self,
        engineer: int,
        start: datetime,
        minutes: int,
        latest: datetime,
        *,
        on_call: bool,
        days: int = SEARCH_DAYS,
    ) -> datetime | None:
        """Book the first free stretch of ``minutes`` from ``start`` that ends by ``latest``,
        on this day or the next ``days`` - 1; its start, or None if there is none.

        Ordinary work stays inside the working day on weekdays off leave; ``on_call`` work
        (an emergency, a visit already planned) may fall at any hour of any day.
        """
        zone = self.zones[engineer]
        begin, last = micros(start), micros(latest)
        day = start.astimezone(zone).date()
        for _ in range(days):
            midnight = datetime.combine(day, time(0), tzinfo=zone)
            if on_call:
                opens = midnight
                closes = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
            else:
                opens = datetime.combine(day, WORK_DAY[0], tzinfo=zone)
                closes = datetime.combine(day, WORK_DAY[1], tzinfo=zone)
            if opens >= latest:
                return None
            free_day = on_call or (day.weekday() < 5 and (engineer, day) not in self.leave)
            ordinal = day.toordinal()
            booked = self._booked(engineer, ordinal)
            taken = memoryview(booked).cast("H") if booked else None
            if free_day and (taken[0] if taken else 0) + minutes <= DAY_LIMIT:
                base = micros(midnight)
                # minutes from midnight; a start between two minutes waits for the next
                at = max(-((base - begin) // _MINUTE), (micros(opens) - base) // _MINUTE)
                place = len(taken) if taken else 1
                for k in range(1, place, 2):
                    assert taken is not None
                    if at + minutes <= taken[k]:
                        place = k
                        break
                    at = max(at, taken[k + 1])
                ends_by = min((micros(closes) - base) // _MINUTE, (last - base) // _MINUTE)
                if at + minutes <= ends_by:
                    stretches = array("H", booked or b"\0\0")
                    stretches[place:place] = array("H", (at, at + minutes))
                    stretches[0] += minutes
                    self._keep(engineer, ordinal, stretches.tobytes())
                    return instant(base + at * _MINUTE)
            day += timedelta(days=1)
        return None


def time_entries(ctx: DemoContext) -> Iterator[tuple[Any, ...]]:
    """Exactly ``ctx.size.time_entries`` entries as TIME_ENTRY_COLUMNS tuples: first the
    work on site during the visits, then remote work on tickets around it."""
    rng = ctx.rng
    diary = Diary(ctx.engineer_zone, ctx.leave)
    wanted = ctx.size.time_entries
    made = 0
    # On site: the visit's lead books the visit once, as it happened; a visit the
    # diary cannot hold (its engineer was booked elsewhere all day) goes without time.
    for ti, runs in ctx.visit_info.by_ticket():
        t = ctx.tickets[ti]
        for visit_id, eng, v_start, v_end in runs:
            if made == wanted:
                break
            minutes = max(15, int((v_end - v_start).total_seconds() // 60) - rng.randint(0, 30))
            start = (v_start + timedelta(minutes=rng.randint(0, 30))).replace(
                second=0, microsecond=0
            )
            latest = min(start + timedelta(minutes=minutes + 120), ctx.now)
            at = diary.book(eng, start, minutes, latest, on_call=True, days=1)
            if at is None:
                continue
            made += 1
            yield _entry(ctx, t, visit_id, eng, at, minutes)
    # machine integers, not lists of int objects: a million tickets' worth is 12 MB, not 70
    worked = array(
        "i",
        (
            i
            for i, t in enumerate(ctx.tickets)
            if t.status is not TicketStatus.OPEN or i in ctx.visit_info
        ),
    )
    # a ticket with a visit gathers more time than one worked on remotely
    cumulative = array("q", itertools.accumulate(3 if i in ctx.visit_info else 1 for i in worked))
    tries = 0
    speaking: dict[int, list[int]] = {}
    while made < wanted:
        tries += 1
        if tries > 50 * wanted:
            raise RuntimeError("the engineers' diaries are full: fewer time entries fit")
        t = ctx.tickets[rng.choices(worked, cum_weights=cumulative)[0]]
        client = ctx.clients[t.client]
        # remote work goes to anyone who reads the client's language, not only its own engineer
        speakers = _speakers(ctx, t.client, speaking)
        eng = client.engineer if rng.random() < 0.6 else speakers[rng.randrange(len(speakers))]
        window = max(60.0, (t.end - t.opened).total_seconds())
        start = (t.opened + timedelta(seconds=rng.random() * window)).replace(
            second=0, microsecond=0
        )
        minutes = rng.choice([15, 15, 30, 30, 45, 60, 60, 90, 120, 180, 240])
        at = diary.book(eng, start, minutes, min(t.end, ctx.now), on_call=t.emergency)
        if at is None:
            continue
        made += 1
        yield _entry(ctx, t, None, eng, at, minutes)


def _entry(
    ctx: DemoContext,
    t: DemoTicket,
    visit_id: uuid.UUID | None,
    eng: int,
    start: datetime,
    minutes: int,
) -> tuple[Any, ...]:
    """One entry with its approvals as they stand on the demo day (E5)."""
    rng = ctx.rng
    end = start + timedelta(minutes=minutes)
    phase = Phase.NONE
    if t.emergency:
        phase = Phase.RESTORE if start - t.opened < timedelta(hours=5) else Phase.CAUSE
    own_defect = rng.random() < 0.03
    billable = not own_defect and rng.random() < 0.97
    reason = (
        NonBillableReason.OWN_DEFECT.value
        if own_defect
        else None
        if billable
        else NonBillableReason.GOODWILL.value
    )
    # The desk approves the day's time the morning after; the client in the portal a few
    # days later, and now and then only after weeks of questions.
    provider_at = end + timedelta(hours=rng.randint(12, 26))
    client_days = rng.randint(1, 4) if rng.random() < 0.96 else rng.randint(10, 45)
    client_at = provider_at + timedelta(days=client_days, hours=rng.randint(0, 8))
    client_zone = ctx.clients[t.client].zone
    local = start.astimezone(client_zone)
    run = run_moment((local.year, local.month), ctx.now)
    if (local.year, local.month) < (ctx.today.year, ctx.today.month) and run < client_at <= ctx.now:
        # approved before the month's run, which billed it; what comes later still waits
        client_at = max(provider_at + timedelta(hours=1), run - timedelta(hours=rng.randint(2, 30)))
    if t.emergency and ctx.clients[t.client].express and t.status is TicketStatus.CLOSED:
        # an Express emergency is billed at its close (E4): both sides sign its time off
        # with the final report
        provider_at = min(provider_at, max(end, t.end) + timedelta(minutes=10))
        client_at = min(client_at, max(end, t.end) + timedelta(minutes=20))
    provider_done = provider_at <= ctx.now
    client_done = provider_done and client_at <= ctx.now
    zone = client_zone.key
    return (
        ctx.new_id(),
        1,
        end,
        end,
        t.id,
        visit_id,
        ctx.engineers[eng],
        start,
        end,
        phase.value,
        rng.choice(ctx.work["notes"]),
        billable,
        reason,
        provider_at if provider_done else None,
        ctx.users[Role.DISPATCHER][0] if provider_done else None,
        client_at if client_done else None,
        "client portal" if client_done else None,
        ApprovalMethod.PORTAL.value if client_done else None,
        is_locked(start, ctx.now, zone),
        False,
        None,
        None,
    )


def _speakers(ctx: DemoContext, client: int, known: dict[int, list[int]]) -> list[int]:
    """The engineers who speak a client's language (all of them when none does)."""
    found = known.get(client)
    if found is None:
        language = ctx.clients[client].languages[:1]
        found = [i for i, langs in enumerate(ctx.engineer_langs) if set(language) <= set(langs)]
        found = known[client] = found or list(range(len(ctx.engineers)))
    return found
