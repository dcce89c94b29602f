"""Sync rule 1: what a flush into a replica writes to its outbox, in the same transaction.

The flush hook of `console.sync.session.store_session` calls this. It sees what the ORM is about
to commit (new, changed and deleted objects with their attribute history) and records,
per row, the fields that changed, their values before and after, and the row version the
change was based on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, inspect
from sqlalchemy.orm import Mapper, Session

from console.ids import new_id
from console.model import outbox, utcnow
from console.sync.tables import STAMP_COLUMNS, SyncTable, is_synced, sync_table


def _schema_revision() -> str:
    from console.store.migrate import head_revision

    return head_revision()


def _column_values(mapper: Mapper[Any], obj: object, spec: SyncTable) -> dict[str, Any]:
    out = {}
    for column in spec.table.columns:
        prop = mapper.get_property_by_column(column)
        out[column.name] = spec.field(column.name).to_json(getattr(obj, prop.key))
    return out


def _key(mapper: Mapper[Any], obj: object, spec: SyncTable) -> str:
    return spec.key_of(
        [getattr(obj, mapper.get_property_by_column(spec.table.c[k]).key) for k in spec.key]
    )


def _synced(objects: Any) -> list[tuple[Any, SyncTable]]:
    """The objects whose rows travel, each with its instance state and table."""
    out = []
    for obj in objects:
        state = inspect(obj)
        name = getattr(state.mapper.local_table, "name", "")
        if is_synced(name):
            out.append((state, sync_table(name)))
    return out


def _entry(op: str, state: Any, spec: SyncTable, version: int | None,
           base: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    return {
        "mutation_id": new_id(),
        "table_name": spec.name,
        "row_key": _key(state.mapper, state.obj(), spec),
        "op": op,
        "base_version": version,
        "base": base,
        "data": data,
    }


def _changed_fields(state: Any, spec: SyncTable) -> tuple[dict[str, Any], dict[str, Any]]:
    """Old and new values (JSON) of the fields this flush changes, stamps left out."""
    base, data = {}, {}
    for column in spec.table.columns:
        if column.name in STAMP_COLUMNS:
            continue
        history = state.attrs[state.mapper.get_property_by_column(column).key].history
        if not history.added and not history.deleted:
            continue
        field = spec.field(column.name)
        old = field.to_json(history.deleted[0] if history.deleted else None)
        new = field.to_json(history.added[0] if history.added else None)
        if old != new:
            base[column.name], data[column.name] = old, new
    return base, data


def _changes(session: Session) -> list[dict[str, Any]]:
    entries = [
        _entry("insert", state, spec, None, {}, _column_values(state.mapper, state.obj(), spec))
        for state, spec in _synced(session.new)
    ]
    for state, spec in _synced(session.dirty):
        base, data = _changed_fields(state, spec)
        if data:
            entries.append(_entry("update", state, spec, _base_version(state, spec), base, data))
    for state, spec in _synced(session.deleted):
        version = state.obj().row_version if spec.versioned else None
        entries.append(_entry("delete", state, spec, version, {}, {}))
    return entries


def _base_version(state: Any, spec: SyncTable) -> int | None:
    if not spec.versioned:
        return None
    history = state.attrs["row_version"].history
    if history.deleted:
        return int(history.deleted[0])
    # the ORM already bumped the version during this flush
    return int(state.obj().row_version) - 1


def record_outbox(session: Session, connection: Connection) -> None:
    """Write the flush's outbox entries on the flush's own connection (same transaction)."""
    entries = _changes(session)
    if not entries:
        return
    revision, now = _schema_revision(), utcnow()
    for entry in entries:
        entry["schema_revision"], entry["at"] = revision, now
    connection.execute(insert(outbox), entries)


def record_rows(
    connection: Connection,
    table: str,
    inserts: list[dict[str, Any]],
    updates: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any], int | None]],
) -> None:
    """Outbox entries of rows written in bulk: whole inserted rows, and updates given as
    (key values, old fields, new fields, the row version they were based on)."""
    if not is_synced(table):
        return
    spec = sync_table(table)
    entries = []
    for row in inserts:
        entries.append({
            "mutation_id": new_id(), "table_name": table,
            "row_key": spec.key_of([row[k] for k in spec.key]), "op": "insert",
            "base_version": None, "base": {},
            "data": {c: spec.field(c).to_json(row.get(c)) for c in spec.columns},
        })  # fmt: skip
    for key, old, new, version in updates:
        entries.append({
            "mutation_id": new_id(), "table_name": table,
            "row_key": spec.key_of([key[k] for k in spec.key]), "op": "update",
            "base_version": version if spec.versioned else None,
            "base": {c: spec.field(c).to_json(v) for c, v in old.items()},
            "data": {c: spec.field(c).to_json(v) for c, v in new.items()},
        })  # fmt: skip
    if not entries:
        return
    revision, now = _schema_revision(), utcnow()
    for entry in entries:
        entry["schema_revision"], entry["at"] = revision, now
    connection.execute(insert(outbox), entries)
