"""An engineer's schedule as an iCalendar file, for their phone or mail client."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from console.gc_pause import collector_paused
from console.services.acting import Sessions, reading
from console.services.board import BoardVisit, load_board
from console.services.day_plan import engineer_zone

PRODID = "-//Dispatch Console//Schedule//EN"


def schedule_ics(engineer: str, visits: Sequence[BoardVisit], stamp: datetime) -> bytes:
    """The visits as VEVENTs (UTC times; each client's zone is named in the text)."""
    from icalendar import Calendar, Event  # only when someone exports: keeps start-up light

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{engineer}: visits")
    for v in visits:
        event = Event()
        event.add("uid", f"{v.id}@dispatch-console")
        event.add("dtstamp", stamp)
        event.add("dtstart", v.start)
        event.add("dtend", v.end)
        event.add("summary", f"{v.reference} {v.client}")
        event.add("location", v.site)
        event.add("description", f"Ticket {v.ticket_reference}; status {v.status.value}")
        event.add("status", "CONFIRMED" if v.status.value != "requested" else "TENTATIVE")
        cal.add_component(event)
    return bytes(cal.to_ical())


@dataclass(frozen=True)
class ExportedSchedule:
    """An engineer's visits over some days, as an iCalendar file's bytes."""

    engineer: str
    zone: str
    visits: int
    ics: bytes


def schedule_of(
    sessions: Sessions, engineer: str, first_day: date, days: int, now: datetime
) -> ExportedSchedule:
    """The named engineer's visits planned from ``first_day`` for ``days`` of their own
    days, as the calendar exports the ones it shows."""
    engineer_id, zone = engineer_zone(sessions, engineer)
    local = ZoneInfo(zone)
    start = datetime.combine(first_day, time(0), tzinfo=local)
    end = datetime.combine(first_day + timedelta(days=days), time(0), tzinfo=local)
    with collector_paused(), reading(sessions) as session:
        board = load_board(session, start, end, only=engineer_id)
    name = next(e.name for e in board.engineers if e.id == engineer_id)
    visits = board.visits_of(engineer_id)
    return ExportedSchedule(name, zone, len(visits), schedule_ics(name, visits, now))
