"""The demo's tickets as the later steps read them, packed in arrays.

Every step after the tickets walks them (visits, time, notes, billing, knowledge), so they
stay in memory for the whole build. As DemoTicket objects a ticket took about 750 bytes
(its UUID, two instants, its reference), three quarters of a gigabyte for the huge demo's
million; packed, it takes about 50, and a DemoTicket is made again when a step reads one.
"""

from __future__ import annotations

import uuid
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import overload

from console.enums import TicketCategory, TicketStatus

from .instants import instant, micros


@dataclass(slots=True)
class DemoTicket:
    """A ticket as the later steps need it: when it was open, and what kind it is."""

    id: uuid.UUID
    client: int
    opened: datetime
    end: datetime
    status: TicketStatus
    emergency: bool
    category: TicketCategory
    reference: str = ""
    template: str = ""  # the title before its number was filled in: what recurs


_STATUSES = list(TicketStatus)
_CATEGORIES = list(TicketCategory)


class TicketBook(Sequence[DemoTicket]):
    """An append-only sequence of DemoTicket, stored as columns of machine values."""

    def __init__(self) -> None:
        self._ids = bytearray()
        self._client = array("i")
        self._opened = array("q")
        self._end = array("q")
        self._status = array("b")
        self._category = array("b")
        self._emergency = array("b")
        self._references = bytearray()  # the references' ASCII, one after another
        self._reference_end = array("q")
        self._template = array("i")
        self._templates: list[str] = []
        self._template_index: dict[str, int] = {}

    def append(self, ticket: DemoTicket) -> None:
        """Add a ticket at the end."""
        self._ids += ticket.id.bytes
        self._client.append(ticket.client)
        self._opened.append(micros(ticket.opened))
        self._end.append(micros(ticket.end))
        self._status.append(_STATUSES.index(ticket.status))
        self._category.append(_CATEGORIES.index(ticket.category))
        self._emergency.append(ticket.emergency)
        self._references += ticket.reference.encode("ascii")
        self._reference_end.append(len(self._references))
        index = self._template_index.setdefault(ticket.template, len(self._templates))
        if index == len(self._templates):
            self._templates.append(ticket.template)
        self._template.append(index)

    def __len__(self) -> int:
        return len(self._client)

    @overload
    def __getitem__(self, index: int) -> DemoTicket: ...

    @overload
    def __getitem__(self, index: slice) -> list[DemoTicket]: ...

    def __getitem__(self, index: int | slice) -> DemoTicket | list[DemoTicket]:
        if isinstance(index, slice):
            return [self._ticket(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._ticket(index)

    def __iter__(self) -> Iterator[DemoTicket]:
        for i in range(len(self)):
            yield self._ticket(i)

    def _ticket(self, i: int) -> DemoTicket:
        return DemoTicket(
            uuid.UUID(bytes=bytes(self._ids[16 * i : 16 * i + 16])),
            self._client[i],
            instant(self._opened[i]),
            instant(self._end[i]),
            _STATUSES[self._status[i]],
            bool(self._emergency[i]),
            _CATEGORIES[self._category[i]],
            self._references[
                self._reference_end[i - 1] if i else 0 : self._reference_end[i]
            ].decode("ascii"),
            self._templates[self._template[i]],
        )
