"""The demo's finished visits as the time step reads them, packed in arrays.

The time entries step books each finished visit's lead engineer for its stretch on site,
and asks of every ticket whether it had one. As a dict of lists of (id, engineer, start,
end) tuples the huge demo's visits took about 400 bytes each, 160 MB while the diaries
fill; packed they take about 50.
"""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Iterator
from datetime import datetime

from .instants import instant, micros

VisitRun = tuple[uuid.UUID, int, datetime, datetime]
"""A finished visit: its id, its lead engineer's index, its planned start and its end."""


class VisitBook:
    """Finished visits by ticket index, stored as columns of machine values."""

    def __init__(self) -> None:
        self._ticket = array("i")
        self._ids = bytearray()
        self._lead = array("i")
        self._start = array("q")
        self._end = array("q")
        self._has = bytearray()  # per ticket index: 1 when it had a finished visit

    def add(self, ticket: int, visit: VisitRun) -> None:
        """Record a finished visit of the ticket at this index."""
        visit_id, lead, start, end = visit
        self._ticket.append(ticket)
        self._ids += visit_id.bytes
        self._lead.append(lead)
        self._start.append(micros(start))
        self._end.append(micros(end))
        if ticket >= len(self._has):
            self._has.extend(bytes(ticket + 1 - len(self._has)))
        self._has[ticket] = 1

    def __contains__(self, ticket: object) -> bool:
        """Whether the ticket at this index had a finished visit."""
        return isinstance(ticket, int) and 0 <= ticket < len(self._has) and self._has[ticket] == 1

    def __len__(self) -> int:
        return len(self._ticket)

    def by_ticket(self) -> Iterator[tuple[int, list[VisitRun]]]:
        """Each ticket with finished visits, in index order, with them in the order added."""
        order = sorted(range(len(self._ticket)), key=self._ticket.__getitem__)
        at = 0
        while at < len(order):
            ticket = self._ticket[order[at]]
            runs = []
            while at < len(order) and self._ticket[order[at]] == ticket:
                runs.append(self._visit(order[at]))
                at += 1
            yield ticket, runs

    def _visit(self, i: int) -> VisitRun:
        return (
            uuid.UUID(bytes=bytes(self._ids[16 * i : 16 * i + 16])),
            self._lead[i],
            instant(self._start[i]),
            instant(self._end[i]),
        )
