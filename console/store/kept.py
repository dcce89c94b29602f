"""Reads of the local store kept between calls while nothing has been written to it.

The calendar reads every active engineer, client name and site for each week it shows: at
3,000 engineers and 9,000 sites those reads were a quarter of showing a week, and they do
not depend on the week. A kept read runs its query again only when the store may have
changed, told by SQLite itself on the connection at hand:

- ``PRAGMA data_version`` moves when another connection, in this process or another one
  (a sync job), commits a write;
- the connection's own ``total_changes`` moves with each row it writes.

Both are per connection, and the pool hands out any of several. So each connection keeps,
in its pool record, the two figures it saw when it last found the kept value current, and
which value that was. A connection that has not seen it reads again; when its rows equal
the kept rows the value made from them is kept (making them was the larger part: ids,
zones, rosters), and the connection is confirmed.

A connection inside a transaction (rows of its own not committed) reads afresh and keeps
nothing: a rollback would leave no trace in either figure. Stores other than SQLite read
afresh every time.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection

Raw = TypeVar("Raw")
Made = TypeVar("Made")


_generations = itertools.count(1)


@dataclass(frozen=True)
class _Kept(Generic[Raw, Made]):
    raw: Raw
    made: Made
    generation: int
    """Which value this is: a connection's record names the one it found current."""


class KeptRead(Generic[Raw, Made]):
    """One read (``fetch``, giving comparable rows) and what is made of its rows (``make``),
    kept while the store is unchanged. The value made is shared: callers do not change it."""

    def __init__(self, fetch: Callable[[Connection], Raw], make: Callable[[Raw], Made]) -> None:
        self._fetch = fetch
        self._make = make
        self._kept: _Kept[Raw, Made] | None = None
        self._lock = threading.Lock()
        # this read's entry in a connection's pool record (a connection outlives no pool)
        self._key = ("kept-read", next(_generations))

    def get(self, connection: Connection) -> Made:
        """The value for the store as it is now, through ``connection``."""
        pooled = connection.connection
        raw_connection: Any = pooled.dbapi_connection
        if connection.dialect.name != "sqlite" or raw_connection.in_transaction:
            return self._make(self._fetch(connection))
        stamp = _stamp(raw_connection)
        with self._lock:
            kept = self._kept
        if kept is not None and pooled.info.get(self._key) == (stamp, kept.generation):
            return kept.made
        rows = self._fetch(connection)
        if kept is None or rows != kept.raw:
            kept = _Kept(rows, self._make(rows), next(_generations))
            with self._lock:
                self._kept = kept
        # the figures are those from before the read: a write committed meanwhile moved
        # them, and the next call reads again
        pooled.info[self._key] = (stamp, kept.generation)
        return kept.made


def _stamp(raw_connection: Any) -> tuple[int, int]:
    """What moves when the store changes, as this connection sees it."""
    version = raw_connection.execute("PRAGMA data_version").fetchone()[0]
    return int(version), int(raw_connection.total_changes)
