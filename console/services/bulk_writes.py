"""Rows written many at a time, with everything a flush of the same objects would write.

The ORM's unit of work builds, tracks and diffs an object per row: right for a user's
edit, too slow for a month's run that writes tens of thousands of lines and links. Here
rows go in with one statement per table, and what the flush hooks add is added the same
way: the audit trail's entries for audited tables (`console.services.audit`) and, on a
replica, the outbox entries (through the recorder `console.sync.session` gives the
session, so this layer needs no sync import). A replica's session without that recorder
is refused, as the ORM's flush is.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from console.errors import UserError
from console.ids import new_id
from console.model import AuditEntry, utcnow
from console.services.audit import ACTING_USER, AUDITED, plain
from console.store.bulk import BulkWriter
from console.store.replica import BULK_OUTBOX, MissingOutboxError, is_replica
from console.wording.phrases import phrase

_STAMPS = frozenset({"id", "row_version", "created_at", "updated_at"})


@dataclass(frozen=True)
class RowChange:
    """A change to one versioned row: its id, the version it was read at, old and new."""

    id: uuid.UUID
    row_version: int
    old: dict[str, Any]
    new: dict[str, Any]


def _recorder(session: Session) -> Any:
    record = session.info.get(BULK_OUTBOX)
    if record is None and is_replica(session.connection()):
        raise MissingOutboxError(
            "this store syncs: its changes must be made in a session from "
            "console.sync.session.store_session, which writes the outbox"
        )
    return record


def _defaults(table: Table, given: set[str], now: datetime) -> dict[str, Any]:
    """The values the ORM would give the columns a row leaves out (its Python defaults);
    a column with only a server default is left to the database."""
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.name in given or default is None or not hasattr(default, "arg"):
            continue
        if column.name in ("created_at", "updated_at", "at"):
            out[column.name] = now  # one instant for the whole batch, as one flush
        elif getattr(default, "is_callable", False):
            out[column.name] = default.arg(None)
        else:
            out[column.name] = default.arg
    return out


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert whole rows (every row the same keys), with their audit and outbox entries."""
    if not rows:
        return
    record = _recorder(session)
    now = utcnow()
    extra = _defaults(table, set(rows[0]), now)
    if "row_version" in table.c:
        extra["row_version"] = 1
    if extra:
        rows = [{**extra, **r} for r in rows]
    connection = session.connection()
    columns = list(rows[0])
    BulkWriter(connection).insert(table, columns, ([r[c] for c in columns] for r in rows))
    if table.name in AUDITED:
        created = [(r["id"], {k: [None, v] for k, v in r.items()}) for r in rows]
        _audit(session, table.name, "create", created, now)
    if record is not None:
        record(connection, table.name, list(rows), [])


def update_rows(session: Session, table: Table, changes: Sequence[RowChange]) -> None:
    """Change versioned rows by id, each only if still at the version it was read at.

    Every change sets the same columns. A row another writer changed meanwhile fails the
    whole batch, as the ORM's version check fails a flush.
    """
    if not changes:
        return
    # In id order: the rows, and the audit entries' index by row, are then written page by
    # page in turn, not at random (a month's run links 30,000 entries: each write takes
    # half the time), and concurrent writers on the server lock rows in one order.
    changes = sorted(changes, key=lambda ch: ch.id)
    record = _recorder(session)
    now = utcnow()
    columns = sorted(changes[0].new)
    connection = session.connection()
    writer = BulkWriter(connection)
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sets = ", ".join(f"{c} = {marker}" for c in [*columns, "row_version", "updated_at"])
    statement = f"UPDATE {table.name} SET {sets} WHERE id = {marker} AND row_version = {marker}"
    procs = writer.processors(table, [*columns, "row_version", "updated_at", "id", "row_version"])
    params = [
        tuple(
            v if v is None or p is None else p(v)
            for v, p in zip(
                [*(ch.new[c] for c in columns), ch.row_version + 1, now, ch.id, ch.row_version],
                procs, strict=True,
            )
        )
        for ch in changes
    ]  # fmt: skip
    result = connection.exec_driver_sql(statement, params)
    if result.rowcount not in (-1, len(changes)):
        raise UserError(
            phrase(
                "{count} of the {records} to update were changed meanwhile by someone else: "
                "nothing was written, try again",
                count=len(changes) - result.rowcount,
                records=table.name.replace("_", " "),
            )
        )
    if table.name in AUDITED:
        changed = [(ch.id, {k: [ch.old.get(k), v] for k, v in ch.new.items()}) for ch in changes]
        _audit(session, table.name, "change", changed, now)
    if record is not None:
        record(
            connection, table.name, [],
            [({"id": ch.id}, ch.old, ch.new, ch.row_version) for ch in changes],
        )  # fmt: skip


def _audit(
    session: Session,
    table: str,
    action: str,
    changes: list[tuple[uuid.UUID, dict[str, list[Any]]]],
    now: datetime,
) -> None:
    """The audit entries a flush would write for these rows (audited tables only)."""
    entity = AUDITED.get(table)
    user = session.info.get(ACTING_USER)
    if entity is None or user is None:
        return
    rows = []
    for record_id, fields in changes:
        kept = {
            k: [plain(old), plain(new)]
            for k, (old, new) in fields.items()
            if k not in _STAMPS and plain(old) != plain(new)
        }
        if kept:
            rows.append({
                "id": new_id(), "at": now, "user_id": user, "entity": entity,
                "entity_id": record_id, "action": action, "changes": kept,
            })  # fmt: skip
    if rows:
        insert_rows(session, AuditEntry.__table__, rows)  # type: ignore[arg-type]
