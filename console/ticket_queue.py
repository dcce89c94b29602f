"""The ticket queue as column arrays: what the window's table and `tickets list` show.

A 100,000-row queue must load in a fraction of a second, so rows are fetched with the
driver and kept as one list per column; ORM objects would cost several times as much.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Engine, Select, select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

from console.enums import TicketStatus, VisitStatus
from console.store.lean_tables import clients, sites, tickets, users, visit_engineers, visits

COLUMNS = (
    "id",
    "reference",
    "title",
    "client",
    "site",
    "category",
    "priority",
    "status",
    "channel",
    "assignee",
    "emergency",
    "opened_at",
    "first_response_at",
    "updated_at",
    "contract_id",
    "client_id",
    "assignee_id",
    "description",
)
"""The queue's columns, in order; times stay as stored UTC text until shown."""


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
    # Lightweight tables, not the model: the first screen shows before the mapped classes
    # are built (see console.store.lean_tables).
    t = tickets.c
    assignee = users.alias("assignee")
    stmt = (
        select(
            t.id,
            t.reference,
            t.title,
            clients.c.name,
            sites.c.name,
            t.category,
            t.priority,
            t.status,
            t.channel,
            assignee.c.display_name,
            t.emergency,
            t.opened_at,
            t.first_response_at,
            t.updated_at,
            t.contract_id,
            t.client_id,
            t.assignee_id,
            t.description,
        )
        .join(clients, clients.c.id == t.client_id)
        .outerjoin(sites, sites.c.id == t.site_id)
        .outerjoin(assignee, assignee.c.id == t.assignee_id)
        .order_by(t.opened_at, t.id)
        .limit(limit)
    )
    if statuses is None:
        stmt = stmt.where(t.status != TicketStatus.CLOSED.value)
    else:
        stmt = stmt.where(t.status.in_([s.value for s in statuses]))
    return stmt


def fetch_columns(connection: Connection, stmt: ClauseElement, width: int) -> list[Sequence[Any]]:
    """Run a SELECT through the driver and return one list per column (no ORM rows)."""
    compiled = cast(
        SQLCompiler,
        stmt.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True}),
    )
    params = compiled.construct_params()
    positional = compiled.positiontup
    args: Any = tuple(params[name] for name in positional) if positional else params
    # The DBAPI cursor itself: SQLAlchemy's result would wrap each of 100,000 tuples in a
    # Row first, a quarter of the whole load.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if not rows:
        return [() for _ in range(width)]
    return list(zip(*rows, strict=True))  # tuples: a copy into lists costs a sixth of the load


def load_queue(
    connection: Connection,
    statuses: Sequence[TicketStatus] | None = None,
    limit: int | None = None,
) -> QueueRows:
    """Fetch the queue as column arrays with the driver's own values (no ORM objects)."""
    arrays = fetch_columns(connection, queue_select(statuses, limit), len(COLUMNS))
    return QueueRows(dict(zip(COLUMNS, arrays, strict=True)))


def parse_stored_time(value: Any) -> datetime | None:
    """A time as the driver returns it (SQLite text or PostgreSQL datetime), as aware UTC."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def driver_id(engine: Engine, value: uuid.UUID | None) -> Any:
    """An id in the form the driver returns it in queue rows (SQLite: hex text)."""
    if value is None:
        return None
    return value.hex if engine.dialect.name == "sqlite" else value


def unassigned_visit_tickets(connection: Connection) -> frozenset[Any]:
    """Ids (as the driver returns them) of tickets with a live visit that has no engineer."""
    live = [VisitStatus.REQUESTED, VisitStatus.AVAILABILITY_CHECKED, VisitStatus.ENGINEER_PROPOSED]
    live += [VisitStatus.APPROVED, VisitStatus.TRAVEL_BOOKED]
    v, engineers = visits.c, visit_engineers.c
    stmt = (
        select(v.ticket_id)
        .where(v.status.in_([s.value for s in live]))
        .where(~select(engineers.visit_id).where(engineers.visit_id == v.id).exists())
        .distinct()
    )
    (ids,) = fetch_columns(connection, stmt, 1)
    return frozenset(ids)
