"""Reading rows through the database driver itself, and its values as Python ones.

Lists of 100,000 rows are read this way (the queue, its clocks): SQLAlchemy's result
rows would cost a quarter of the load. Ids and times then come in the driver's own form
(SQLite: hex text and UTC text), which these helpers convert.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Engine
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

from console.gc_pause import collector_paused


def fetch_columns(
    connection: Connection, stmt: ClauseElement, width: int, *, typed_binds: bool = False
) -> list[Sequence[Any]]:
    """Run a SELECT through the driver and return one list per column (no ORM rows).

    Bound values go to the driver as given (ids and times in its own form), or with
    ``typed_binds`` as their columns' types store them, as SQLAlchemy would send them.
    """
    rows = fetch_rows(connection, stmt, typed_binds=typed_binds)
    if not rows:
        return [() for _ in range(width)]
    return list(zip(*rows, strict=True))  # tuples: a copy into lists costs a sixth of the load


SHARED_CHUNK = 10_000
"""Rows read at a time by `fetch_shared_columns`: all of them at once held a tuple per row
beside the columns."""


def fetch_shared_columns(
    connection: Connection,
    stmt: ClauseElement,
    width: int,
    shared: Collection[int],
    each_chunk: Callable[[Sequence[Sequence[Any]]], None] | None = None,
    dropped: Collection[int] = (),
) -> list[list[Any]]:
    """`fetch_columns`, with each value of the ``shared`` columns kept once.

    The driver makes a new string for every value it reads: a million tickets held a
    million copies of their few statuses, clients and assignees (about 700 bytes a row).
    Equal values of those columns are one object here, and rows are read a chunk at a
    time, so no list of every row's tuple stands beside the columns.

    ``each_chunk`` is handed every chunk's columns as read; the ``dropped`` columns are
    then left empty, so a value only worked on (a ticket's text, folded into the search)
    is never held for every row at once.
    """
    sql, args = _driver_sql(connection.dialect, stmt, False)
    out: list[list[Any]] = [[] for _ in range(width)]
    kept: list[dict[Any, Any] | None] = [{} if c in shared else None for c in range(width)]
    skipped = [c in dropped for c in range(width)]
    cursor = connection.connection.cursor()
    # Plain values hold no reference cycles; the collector, run every few thousand tuples
    # over a heap growing by a million values, cost an eighth of the load.
    try:
        with collector_paused():
            cursor.execute(sql, args)
            while chunk := cursor.fetchmany(SHARED_CHUNK):
                columns = list(zip(*chunk, strict=True))
                del chunk  # the columns hold the values now, not a tuple per row as well
                if each_chunk is not None:
                    each_chunk(columns)
                for values, seen, skip, column in zip(out, kept, skipped, columns, strict=True):
                    if skip:
                        continue
                    # setdefault gives back the first equal value kept (map runs it in C)
                    values.extend(column if seen is None else map(seen.setdefault, column, column))
    finally:
        cursor.close()
    return out


def fetch_rows(
    connection: Connection, stmt: ClauseElement, *, typed_binds: bool = False
) -> list[tuple[Any, ...]]:
    """Run a SELECT through the driver and return its rows as the driver gives them
    (binds as in `fetch_columns`)."""
    sql, args = _driver_sql(connection.dialect, stmt, typed_binds)
    # The DBAPI cursor itself: SQLAlchemy's result would wrap each of 100,000 tuples in a
    # Row first, a quarter of the whole load.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, args)
        return cast(list[tuple[Any, ...]], cursor.fetchall())
    finally:
        cursor.close()


_COMPILED: weakref.WeakKeyDictionary[Dialect, dict[Any, SQLCompiler]] = weakref.WeakKeyDictionary()
_MOST_COMPILED = 500
"""Statement shapes kept compiled per dialect; the code has a few dozen."""


def _driver_sql(dialect: Dialect, stmt: ClauseElement, typed_binds: bool) -> tuple[str, Any]:
    """The SQL text and the driver's arguments of a statement, compiled once per shape.

    A refresh of ten tickets runs about ten statements, and compiling them each time was
    a third of it. SQLAlchemy's own cache serves only statements it runs itself, so this
    keeps the compiled form by the same cache key (``_generate_cache_key``, the one its
    own cache uses) and binds each run's values into it (lists of ids expanded as they
    come).
    """
    key = stmt._generate_cache_key()
    if key is None:  # a construct SQLAlchemy cannot key: compiled afresh
        compiled = cast(SQLCompiler, stmt.compile(dialect=dialect))
        state = compiled.construct_expanded_state()
    else:
        known = _COMPILED.setdefault(dialect, {})
        compiled = known.get(key.key)  # type: ignore[assignment]
        if compiled is None:
            if len(known) >= _MOST_COMPILED:
                known.clear()
            compiled = known[key.key] = cast(
                SQLCompiler, stmt.compile(dialect=dialect, cache_key=key)
            )
        bound = compiled.construct_params(extracted_parameters=key.bindparams)
        state = compiled.construct_expanded_state(bound)
    values = state.parameters
    if typed_binds:
        store = _storing(dialect, compiled, state.parameter_expansion)
        values = {k: store[k](v) if k in store else v for k, v in values.items()}
    names = state.positiontup
    args = tuple(values[name] for name in names) if names else values
    return state.statement, args


def _storing(
    dialect: Dialect, compiled: SQLCompiler, expanded: Mapping[str, list[str]]
) -> dict[str, Callable[[Any], Any]]:
    """Each bound value's conversion to the form its column's type stores, by the name the
    value goes under (a list's values each under their own)."""
    out: dict[str, Callable[[Any], Any]] = {}
    for name, bind in compiled.binds.items():
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            for each in expanded.get(name, (name,)):
                out[each] = convert
    return out


class JsonTexts:
    """JSON columns read as text (``type_coerce(column, Text)``), each distinct text decoded
    once: a batch of thousands of rows repeats a few windows, rosters and lists."""

    def __init__(self) -> None:
        self._seen: dict[str, Any] = {}

    def __call__(self, raw: Any) -> Any:
        """The value of one stored text (None, or a value PostgreSQL's driver decoded
        already, as it is)."""
        if not isinstance(raw, str):
            return raw
        found = self._seen.get(raw)
        if found is None:
            found = self._seen[raw] = json.loads(raw)
        return found


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
