"""Which tables travel, how their rows are keyed, and how each value crosses the wire.

A value exists in four shapes: the Python object the model uses, the JSON an outbox
entry keeps, what psycopg sends and receives for PostgreSQL, and what SQLite stores.
Each column gets its converters once, from the column's own SQLAlchemy type, so sync
never guesses a representation the model did not choose.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, cast

from sqlalchemy import JSON, Boolean, Column, Date, Integer, LargeBinary, String, Table, Uuid
from sqlalchemy import Enum as SAEnum

from console.model import LOCAL_TABLES, Base
from console.store.types import ExactDecimal, UTCDateTime

Convert = Callable[[Any], Any]

APPEND_ONLY = frozenset(
    {
        "credit_entries",
        "audit_log",
        "ticket_status_changes",
        "visit_status_changes",
        "visit_overrides",
        "payments",
    }
)
"""Tables whose rows are only ever added (sync rule 5); the server refuses the rest."""

NOT_SYNCED = LOCAL_TABLES | {
    "number_sequences",
    "mail_fetch_leases",
    "queue_journal",
    "clock_memo",
}
"""Numbers come from the server (rule 6); the bookkeeping tables describe one device; a
mailbox's fetch lease lives on the shared database alone (a renewal every half minute
would otherwise fill the change log)."""

HIDDEN_FROM_ENGINEERS: dict[str, dict[str, str]] = {
    # what a co-worker costs is the desk's business; an engineer's store holds 0 instead
    "engineers": {"cost_rate": "0"},
}
"""Columns an engineer may not read, and the stored value their replica keeps instead."""

STAMP_COLUMNS = frozenset({"row_version", "created_at", "updated_at"})
"""Bookkeeping columns: the server sets them, they are never merged."""

KEEP_SERVER = "server"
KEEP_MINE = "mine"
CONFLICT_DEFAULT: dict[str, str] = {
    # What an unresolved same-field conflict keeps until the user decides (rule 4).
    # The desk plans and the shared record is authoritative by default; what is reported
    # from the site (checklist ticks, the work description) is only known to the engineer.
    "visit_checklist": KEEP_MINE,
    "notes": KEEP_MINE,
}


@cache
def _dialects() -> tuple[Any, Any]:
    # imported on first use: a store that never syncs never loads the PostgreSQL driver
    from sqlalchemy.dialects import postgresql, sqlite

    return postgresql.psycopg.dialect(), sqlite.dialect()


def _identity(value: Any) -> Any:
    return value


def _json_of(value: Any) -> Any:
    """A model value as plain JSON (outbox entries and conflict records)."""
    if value is None or isinstance(value, bool | int | str | float | dict | list):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"sync cannot carry a {type(value).__name__}")


def _skip_none(convert: Convert) -> Convert:
    def run(value: Any) -> Any:
        return None if value is None else convert(value)

    return run


def _from_json(column: Column[Any]) -> Convert:
    """JSON (as _json_of wrote it) back to the model's Python value."""
    kind = column.type
    if isinstance(kind, Uuid):
        return _skip_none(uuid.UUID)
    if isinstance(kind, UTCDateTime):
        return _skip_none(datetime.fromisoformat)
    if isinstance(kind, Date):
        return _skip_none(date.fromisoformat)
    if isinstance(kind, ExactDecimal):
        return _skip_none(Decimal)
    if isinstance(kind, LargeBinary):
        return _skip_none(base64.b64decode)
    return _identity


def _processor(make: Any, dialect: Any, *args: Any) -> Convert:
    made = make(dialect, *args)
    return cast(Convert, made) if made is not None else _identity


@dataclass(frozen=True)
class Field:
    """One column and its converters between the shapes of a value."""

    name: str
    to_json: Convert
    from_json: Convert
    to_pg: Convert
    to_sqlite: Convert
    from_sqlite: Convert
    pg_select: str
    """SQL that reads the column from PostgreSQL already in SQLite's stored form."""
    pg_array: str
    """The PostgreSQL array type a batch of this column's values is sent as."""
    stored_to_json: Convert
    """SQLite's stored form (as `pg_select` reads it) to the JSON an outbox entry keeps."""


def _pg_select(column: Column[Any]) -> str:
    # PostgreSQL does the conversion in C while it sends the row, so a pulled row goes
    # into SQLite as it arrives; these are exactly the forms SQLAlchemy stores in SQLite.
    kind, name = column.type, column.name
    if isinstance(kind, Uuid):
        return f"replace({name}::text, '-', '')"
    if isinstance(kind, UTCDateTime):
        return f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Date | JSON):
        return f"{name}::text"
    if isinstance(kind, Boolean):
        return f"{name}::int"
    return name


def _pg_array(column: Column[Any]) -> str:
    # Without the length: a cast to varchar(n) would cut a long value silently, where the
    # assignment to the column refuses it.
    name = str(column.type.compile(dialect=_dialects()[0])).lower()
    base = name.split("(")[0].strip()
    if base == "varchar":
        base = "text"
    if base == "json":
        base = "jsonb"  # psycopg sends json values as jsonb (see to_pg)
    return f"{base}[]"


def _stored_to_json(column: Column[Any], from_sqlite: Convert) -> Convert:
    # Hex ids, strings and integers are already their own JSON; skipping the round trip
    # through Python objects matters when a push compares thousands of rows.
    if isinstance(column.type, Uuid | String | Integer) and not isinstance(
        column.type, SAEnum | ExactDecimal
    ):
        return _identity

    def convert(value: Any) -> Any:
        return _json_of(from_sqlite(value))

    return convert


def _field(column: Column[Any]) -> Field:
    from psycopg.types.json import Jsonb

    pg, lite = _dialects()
    kind = column.type
    to_pg = _processor(kind.bind_processor, pg)
    if isinstance(kind, JSON):
        to_pg = _skip_none(Jsonb)  # psycopg needs the wrapper to send a json value
    from_sqlite = _processor(kind.result_processor, lite, None)
    return Field(
        name=column.name,
        to_json=_json_of,
        from_json=_from_json(column),
        to_pg=to_pg,
        to_sqlite=_processor(kind.bind_processor, lite),
        from_sqlite=from_sqlite,
        pg_select=_pg_select(column),
        pg_array=_pg_array(column),
        stored_to_json=_stored_to_json(column, from_sqlite),
    )


@dataclass(frozen=True)
class SyncTable:
    """A table that travels: its columns, key and the rules its rows follow."""

    name: str
    table: Table
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    versioned: bool
    append_only: bool

    @property
    def columns(self) -> tuple[str, ...]:
        """Column names in table order."""
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        """The converters of one column."""
        return self._by_name()[name]

    def _by_name(self) -> dict[str, Field]:
        return _fields_by_name(self.name)

    def has(self, name: str) -> bool:
        """Whether this version of the table has the column."""
        return name in self._by_name()

    def key_of(self, values: Sequence[Any]) -> str:
        """The row key (hex ids joined by ':') of a row's key values in any shape."""
        return ":".join(_hex(v) for v in values)

    def key_values(self, row_key: str) -> list[uuid.UUID]:
        """The key columns' values of a row key."""
        return [uuid.UUID(part) for part in row_key.split(":")]

    def pg_select_list(self, *, engineer: bool = False) -> str:
        """The SELECT list that reads this table's rows in SQLite's stored form.

        For an engineer, the columns they may not read are stand-in values instead.
        """
        hidden = HIDDEN_FROM_ENGINEERS.get(self.name, {}) if engineer else {}
        return ", ".join(hidden.get(f.name, f.pg_select) for f in self.fields)

    def pg_key_sql(self) -> str:
        """SQL giving the row key of a PostgreSQL row, as the change-log triggers write it."""
        return " || ':' || ".join(f"replace({k}::text, '-', '')" for k in self.key)

    def key_arrays(self, keys: Sequence[str]) -> tuple[str, ...]:
        """One uuid[] literal per key column, holding those parts of the row keys."""
        parts = [k.split(":") for k in keys]
        if any(len(p) != len(self.key) for p in parts):
            raise ValueError(f"not a row key of {self.name}: expected {len(self.key)} ids")
        return tuple(uuid_array(p[i] for p in parts) for i in range(len(self.key)))

    def pg_key_filter(self, keys: Sequence[str]) -> tuple[Any, tuple[Any, ...]]:
        """A PostgreSQL WHERE clause (psycopg SQL) and its parameters for rows by key."""
        from psycopg import sql

        columns = sql.SQL(", ").join(sql.Identifier(k) for k in self.key)
        if len(self.key) == 1:
            return sql.SQL("{} = ANY(%s::uuid[])").format(columns), self.key_arrays(keys)
        return (
            sql.SQL("({}) IN (SELECT * FROM unnest({}))").format(
                columns, sql.SQL(", ").join(sql.SQL("%s::uuid[]") for _ in self.key)
            ),
            self.key_arrays(keys),
        )

    def conflict_default(self) -> str:
        """Which side a same-field conflict keeps until the user settles it."""
        return CONFLICT_DEFAULT.get(self.name, KEEP_SERVER)


_HEX_IDS = re.compile(r"[0-9a-f]{32}(?:,[0-9a-f]{32})*")


def uuid_array(hex_ids: Iterable[str]) -> str:
    """A PostgreSQL uuid[] literal of hex ids, for a ``%s::uuid[]`` parameter.

    psycopg converts a list element by element in Python, several milliseconds for the
    thousand keys of a batch; one string is sent as it is. Checking the literal and its
    count of ids keeps a malformed key from splitting into other ids.
    """
    ids = list(hex_ids)
    body = ",".join(ids)
    if ids and (not _HEX_IDS.fullmatch(body) or body.count(",") != len(ids) - 1):
        raise ValueError(f"not a row key of hex ids: {body[:80]!r}")
    return "{" + body + "}"


def _hex(value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value).replace("-", "")


@cache
def _fields_by_name(name: str) -> dict[str, Field]:
    return {f.name: f for f in sync_table(name).fields}


@cache
def synced_tables() -> tuple[SyncTable, ...]:
    """Every table that travels, parents before children (inserts go in this order)."""
    out = []
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_SYNCED:
            continue
        columns = list(table.columns)
        out.append(
            SyncTable(
                name=table.name,
                table=table,
                fields=tuple(_field(c) for c in columns),
                key=tuple(c.name for c in table.primary_key.columns),
                versioned="row_version" in table.columns,
                append_only=table.name in APPEND_ONLY,
            )
        )
    return tuple(out)


@cache
def _by_table_name() -> dict[str, SyncTable]:
    return {t.name: t for t in synced_tables()}


def sync_table(name: str) -> SyncTable:
    """The synced table of that name; KeyError for a table that does not travel."""
    return _by_table_name()[name]


def is_synced(name: str) -> bool:
    """Whether rows of this table travel."""
    return name in _by_table_name()


def table_order(names: Iterable[str]) -> list[str]:
    """The given table names, parents first."""
    wanted = set(names)
    return [t.name for t in synced_tables() if t.name in wanted]
