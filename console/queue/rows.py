"""The ticket queue as column arrays: what the window's table and `tickets list` show.

A 100,000-row queue must load in a fraction of a second, so rows are fetched with the
driver and kept as one list per column; ORM objects would cost several times as much.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    column,
    false,
    func,
    select,
    table,
    true,
    tuple_,
)

from console.enums import TicketStatus, VisitStatus
from console.store.driver import fetch_columns, fetch_shared_columns
from console.store.lean_tables import clients, sites, tickets, users, visit_engineers, visits

contracts = table("contracts", column("id"), column("premium"), column("manager_id"))
"""The contract's premium flag and dedicated manager (C11), read the lean way like the
tables beside it."""


def _selected() -> dict[str, Any]:
    """The queue's columns by name, each with the expression that reads it."""
    # Lightweight tables, not the model: the first screen shows before the mapped classes
    # are built (see console.store.lean_tables).
    t = tickets.c
    assignee = users.alias("assignee")
    return {
        "id": t.id,
        "reference": t.reference,
        "title": t.title,
        "client": clients.c.name,
        "site": sites.c.name,
        "category": t.category,
        "priority": t.priority,
        "status": t.status,
        "channel": t.channel,
        "assignee": assignee.c.display_name,
        "emergency": t.emergency,
        "opened_at": t.opened_at,
        "first_response_at": t.first_response_at,
        "contract_id": t.contract_id,
        "client_id": t.client_id,
        "assignee_id": t.assignee_id,
        "description": t.description,
        # C11: a premium plan's tickets go first among equals; none without a contract
        "premium": func.coalesce(contracts.c.premium, false()),
        # C11: the premium contract's dedicated manager, whose own alerts are told first
        "manager_id": contracts.c.manager_id,
    }


COLUMNS = tuple(_selected())
"""The queue's columns, in order; times stay as stored UTC text until shown."""

SHARED_NAMES = frozenset(
    {"client", "site", "category", "priority", "status", "channel", "assignee", "contract_id",
     "client_id", "assignee_id", "manager_id"}
)  # fmt: skip
"""Columns whose values many rows share (a desk has a few statuses and assignees, far
fewer clients than tickets): each is kept once, not once per row."""
SHARED = frozenset(COLUMNS.index(name) for name in SHARED_NAMES)
"""Their places in `COLUMNS`."""
TEXT = "description"
"""The ticket's text: the queue shows none, so a load that folds it into the search
(`load_queue`'s ``fold``) does not keep it."""


@dataclass
class QueueRows:
    """Column arrays: ``columns[name][row]``."""

    columns: dict[str, Sequence[Any]] = field(default_factory=dict)
    sort_keys: dict[str, list[Any]] = field(default_factory=dict, repr=False)  # per column

    def __len__(self) -> int:
        return len(self.columns.get("id", ()))

    def row(self, index: int) -> dict[str, Any]:
        """One row as a dict (for printing and tests)."""
        return {name: values[index] for name, values in self.columns.items()}


def queue_select(
    statuses: Sequence[TicketStatus] | None = None, limit: int | None = None
) -> Select[Any]:
    """The SELECT behind the queue; ``statuses`` None means every open ticket.

    ``limit`` gives the first rows of the same order, so a first screen matches the full load.
    """
    columns = _selected()
    t = tickets.c
    assignee = columns["assignee"].table
    stmt = (
        select(*columns.values())
        .join(clients, clients.c.id == t.client_id)
        .outerjoin(sites, sites.c.id == t.site_id)
        .outerjoin(assignee, assignee.c.id == t.assignee_id)
        .outerjoin(contracts, contracts.c.id == t.contract_id)
        .order_by(t.opened_at, t.id)
        .limit(limit)
    )
    return stmt.where(_of_statuses(statuses))


def _of_statuses(statuses: Sequence[TicketStatus] | None) -> Any:
    """The queue's condition on status (None: every open ticket)."""
    if statuses is None:
        return tickets.c.status != TicketStatus.CLOSED.value
    if set(statuses) >= set(TicketStatus):  # no condition: the opened-time index serves
        return true()
    return tickets.c.status.in_([s.value for s in statuses])


def queue_count(connection: Connection, statuses: Sequence[TicketStatus] | None = None) -> int:
    """How many tickets `load_queue` would read for these statuses."""
    stmt = select(func.count()).select_from(tickets).where(_of_statuses(statuses))
    return int(connection.execute(stmt).scalar_one())


def load_queue(
    connection: Connection,
    statuses: Sequence[TicketStatus] | None = None,
    limit: int | None = None,
    ids: Collection[str] | None = None,
    fold: Callable[[Mapping[str, Sequence[Any]]], None] | None = None,
) -> QueueRows:
    """Fetch the queue as column arrays with the driver's own values (no ORM objects);
    ``ids`` (hex) narrows it to those tickets, for taking in a few changed ones.

    ``fold``, when given, is handed each chunk of rows as it is read, and the rows kept
    leave out the ticket's text (`TEXT`): at a million tickets, holding every text until
    the search had folded it raised the load's peak by 130 MB.
    """
    stmt = queue_select(statuses, limit)
    if ids is not None:
        wanted: list[Any] = list(ids)
        if connection.dialect.name != "sqlite":  # SQLite keeps ids as hex text
            wanted = [uuid.UUID(key) for key in wanted]
        stmt = stmt.where(tickets.c.id.in_(wanted))
    if fold is None:
        arrays = fetch_shared_columns(connection, stmt, len(COLUMNS), SHARED)
        return QueueRows(dict(zip(COLUMNS, arrays, strict=True)))

    def each_chunk(columns: Sequence[Sequence[Any]]) -> None:
        fold(dict(zip(COLUMNS, columns, strict=True)))

    text_at = COLUMNS.index(TEXT)
    arrays = fetch_shared_columns(connection, stmt, len(COLUMNS), SHARED, each_chunk, {text_at})
    kept = zip(COLUMNS, arrays, strict=True)
    return QueueRows({name: values for name, values in kept if name != TEXT})


CHUNK = 10_000
"""Tickets per read when the queue is streamed (`queue_chunks`)."""


def queue_chunks(
    connection: Connection, statuses: Sequence[TicketStatus] | None = None, chunk: int = CHUNK
) -> Iterator[QueueRows]:
    """The rows of `load_queue`, in its order, ``chunk`` tickets at a time.

    Each chunk is its own statement, starting after the last ticket of the one before
    (opened time and id, the queue's order), so a listing of every ticket holds one chunk
    whatever the store holds, and no statement stays open while a chunk is worked on.
    """
    t = tickets.c
    after: tuple[Any, Any] | None = None
    while True:
        stmt = queue_select(statuses, chunk)
        if after is not None:
            stmt = stmt.where(tuple_(t.opened_at, t.id) > tuple_(*after))
        arrays = fetch_shared_columns(connection, stmt, len(COLUMNS), SHARED)
        rows = QueueRows(dict(zip(COLUMNS, arrays, strict=True)))
        if len(rows):
            yield rows
        if len(rows) < chunk:
            return
        after = (rows.columns["opened_at"][-1], rows.columns["id"][-1])


def unassigned_visit_tickets(
    connection: Connection, ids: Collection[str] | None = None
) -> frozenset[Any]:
    """Ids (as the driver returns them) of tickets with a live visit that has no engineer;
    ``ids`` (hex) narrows it to those tickets."""
    live = [VisitStatus.REQUESTED, VisitStatus.AVAILABILITY_CHECKED, VisitStatus.ENGINEER_PROPOSED]
    live += [VisitStatus.APPROVED, VisitStatus.TRAVEL_BOOKED]
    v, engineers = visits.c, visit_engineers.c
    stmt = (
        select(v.ticket_id)
        .where(v.status.in_([s.value for s in live]))
        .where(~select(engineers.visit_id).where(engineers.visit_id == v.id).exists())
        .distinct()
    )
    if ids is not None:
        wanted: list[Any] = list(ids)
        if connection.dialect.name != "sqlite":  # SQLite keeps ids as hex text
            wanted = [uuid.UUID(key) for key in wanted]
        stmt = stmt.where(v.ticket_id.in_(wanted))
    (found,) = fetch_columns(connection, stmt, 1)
    return frozenset(found)
