"""Bulk loading: many rows per round trip, converted by the columns' own types.

The ORM builds an object per row, which is several times slower than the driver; bulk
loads (demo data, initial sync) go through here instead, and still use each column's
type so values are stored exactly as the ORM would store them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

Processor = Callable[[Any], Any] | None


class BulkWriter:
    """Inserts tuples into tables with one executemany per chunk."""

    def __init__(self, connection: Connection, chunk_size: int = 20_000, keep: bool = False):
        self.connection = connection
        self.dialect = connection.dialect
        self.chunk_size = chunk_size
        self.kept: dict[str, tuple[str, list[tuple[Any, ...]]]] = {}
        self._keep = keep
        self.counts: dict[str, int] = {}

    def __enter__(self) -> BulkWriter:
        if self.dialect.name == "sqlite":
            # A large page cache keeps index pages of a multi-million-row load in memory;
            # 128 MiB builds the large demo as fast as 256 did, with 140 MiB less at its peak
            # (the rest of the index pages come from the system's file cache).
            self.connection.exec_driver_sql("PRAGMA cache_size=-131072")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.dialect.name == "sqlite":
            self.connection.exec_driver_sql("PRAGMA cache_size=-2000")

    def _statement(self, table: Table, columns: Sequence[str]) -> str:
        marker = "?" if self.dialect.paramstyle == "qmark" else "%s"
        names = ", ".join(columns)
        marks = ", ".join([marker] * len(columns))
        return f"INSERT INTO {table.name} ({names}) VALUES ({marks})"

    def processors(self, table: Table, columns: Sequence[str]) -> list[Processor]:
        """The bind processor of each column (None where values pass unchanged)."""
        return [table.c[name].type._cached_bind_processor(self.dialect) for name in columns]

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Convert and insert rows given as tuples in ``columns`` order; returns the count."""
        statement = self._statement(table, columns)
        procs = self.processors(table, columns)
        active = [(i, p) for i, p in enumerate(procs) if p is not None]
        # the value a column converted last, and what it became: a batch repeats its stamps,
        # its parent's id and its currency row after row, and converting costs microseconds
        last: list[tuple[Any, Any]] = [(None, None)] * len(procs)
        batch: list[tuple[Any, ...]] = []
        count = 0
        for row in rows:
            if active:
                values = list(row)
                for i, proc in active:
                    value = values[i]
                    if value is None:
                        continue
                    seen, converted = last[i]
                    if value is seen and not isinstance(value, list | dict):
                        values[i] = converted
                    else:
                        values[i] = converted = proc(value)
                        last[i] = (value, converted)
                batch.append(tuple(values))
            else:
                batch.append(tuple(row))
            if len(batch) >= self.chunk_size:
                count += self._flush(table.name, statement, batch)
                batch = []
        if batch:
            count += self._flush(table.name, statement, batch)
        self.counts[table.name] = self.counts.get(table.name, 0) + count
        return count

    def update(
        self, table: Table, columns: Sequence[str], key: str, rows: Iterable[Sequence[Any]]
    ) -> int:
        """Set ``columns`` of the rows whose ``key`` is the tuple's last value; the count.

        For a value a trigger allows only as a change: an invoice is written as a draft,
        its lines added, and then it is issued, as the console itself does it.
        """
        marker = "?" if self.dialect.paramstyle == "qmark" else "%s"
        sets = ", ".join(f"{c} = {marker}" for c in columns)
        statement = f"UPDATE {table.name} SET {sets} WHERE {key} = {marker}"
        procs = self.processors(table, (*columns, key))
        batch = [
            tuple(v if v is None or p is None else p(v) for v, p in zip(row, procs, strict=True))
            for row in rows
        ]
        count = self._flush(f"{table.name} (update)", statement, batch) if batch else 0
        return count

    def _flush(self, name: str, statement: str, batch: list[tuple[Any, ...]]) -> int:
        self.connection.exec_driver_sql(statement, batch)
        if self._keep:
            kept = self.kept.setdefault(name, (statement, []))
            kept[1].extend(batch)
        return len(batch)
