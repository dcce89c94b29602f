"""An engineer's schedule as an iCalendar file, for their phone or mail client."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from console.services.board import BoardVisit

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
