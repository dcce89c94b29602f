"""A bulk load into the local store with its triggers set aside, their work done after.

The local store's triggers guard local edits (an append-only history refuses changes, a
CHECK the table could not take is a trigger) and keep derived tables (the ticket search
index, the queue's journal). Fired once per row they were over half of a full download:
a BEFORE INSERT trigger alone made each time entry cost twice as much, and indexing each
ticket as it came most of the tickets' share. A download writes rows the server has
already checked, so within its transaction the triggers are dropped, the rows loaded,
the triggers made again from their own text, and what they would have done done once
for all the rows: the new tickets indexed in one statement, the queue told to reload.

Only triggers known to be set aside safely are: a guard (its body only raises) or one
whose work is redone here. Any other stays and fires, slower but never skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_GUARD = re.compile(r"\bBEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'[^']*'\s*\)\s*;\s*END\s*$", re.I)
"""A trigger whose only statement raises: it refuses a change and does nothing else."""

REDONE = re.compile(r"^(ticket_search_(insert|update|clients|sites|contacts)|queue_journal_.+)$")
"""Triggers whose work `_redo` does for the whole load (the search index, the journal)."""

KEPT = frozenset({"ticket_search_delete"})
"""Set aside never: a load deletes no ticket (the clearing before it runs with triggers)."""

REDO_CACHE_KIB = 64 * 1024
"""The page cache while the search index is rebuilt, in KiB (SQLite's own is 2 MiB).

The rebuild reads each new ticket and its parties and merges the index's own segments;
after a large load every page not in the cache is looked up in a log of gigabytes the
load's transaction has not committed yet. With 2 MiB the rebuild after a million tickets
took four times as long as on its own (285 s against 70); a log of 2.4 GB doubled it at
100,000, and 16 MiB already brought it back. 64 MiB leaves room for ten times the parties,
well within what a download may hold in memory."""

PARTIES = (
    "coalesce((SELECT name FROM clients WHERE id = n.client_id), '') || ' ' || "
    "coalesce((SELECT name FROM sites WHERE id = n.site_id), '') || ' ' || "
    "coalesce((SELECT name || ' ' || coalesce(email, '') FROM contacts "
    "WHERE id = n.requester_id), '')"
)
"""A ticket's client, site and requester as one text, as the search triggers index them
(migrations 0018 and 0024)."""


def set_aside(cur: Any, tables: Sequence[str]) -> list[tuple[str, str]]:
    """The triggers on these tables a load may drop (name, text): guards and those whose
    work `_redo` does."""
    marks = ", ".join("?" for _ in tables)
    found = cur.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})"
        " ORDER BY name",
        tuple(tables),
    ).fetchall()
    return [
        (name, sql)
        for name, sql in found
        if name not in KEPT and (_GUARD.search(sql) or REDONE.match(name))
    ]


SEARCH_SOURCES = frozenset({"tickets", "clients", "sites", "contacts"})
"""The tables the search index reads: once a load has written them all it can be built."""

INDEX_SLICE = 100_000
"""Tickets indexed per statement. The index is built while the loader still reads from
the server, whose session idle in a transaction is cut after a minute; a million tickets
take longer, so the loader's ``keep_alive`` runs between slices."""


class AsideLoad:
    """A load under way with its triggers set aside; the loader tells it as each table is
    written (`loaded`), so the search index is built as soon as what it reads is in."""

    def __init__(
        self, cur: Any, tables: Sequence[str], keep_alive: Callable[[], None] = lambda: None
    ) -> None:
        self._cur = cur
        self._keep_alive = keep_alive
        self._waiting = set(SEARCH_SOURCES.intersection(tables))  # one not loaded: as written
        self.indexed = False

    def loaded(self, table: str) -> None:
        """``table`` is written whole. Once the search index's tables all are, the new
        tickets are indexed now, before the tables that follow: the rebuild looks up each
        page not in its cache in the log of the transaction, and after a million tickets'
        time, invoices and history that log is 11 GB and the rebuild three times as slow."""
        self._waiting.discard(table)
        if not self._waiting:
            self.index()

    def index(self, reading: bool = True) -> None:
        """Index the tickets not yet in the search index (once); ``reading``: the loader
        still reads, and its ``keep_alive`` runs between slices."""
        if not self.indexed:
            with page_cache(self._cur, REDO_CACHE_KIB):
                _index(self._cur, self._keep_alive if reading else lambda: None)
            self.indexed = True


@contextmanager
def triggers_aside(
    cur: Any, tables: Sequence[str], keep_alive: Callable[[], None] = lambda: None
) -> Iterator[AsideLoad]:
    """Within the caller's transaction on ``cur`` (a sqlite3 cursor): drop the triggers
    that may be, let the load run, make them again and redo their work. A failure rolls
    the transaction back, triggers and all (DDL is transactional in SQLite).
    ``keep_alive`` runs between slices of work done while the loader still reads."""
    aside = set_aside(cur, tables)
    load = AsideLoad(cur, tables, keep_alive)
    for name, _sql in aside:
        cur.execute(f'DROP TRIGGER "{name}"')
    yield load
    for _name, sql in aside:
        cur.execute(sql)
    _redo(cur, load)


@contextmanager
def page_cache(cur: Any, kib: int) -> Iterator[None]:
    """The connection's page cache at ``kib`` KiB for the block, then as it was: the
    connection goes back to the pool, and a window's reads want no such cache."""
    was = cur.execute("PRAGMA cache_size").fetchone()[0]
    cur.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        cur.execute(f"PRAGMA cache_size = {int(was)}")


def _redo(cur: Any, load: AsideLoad) -> None:
    """What the redone triggers would have done for the rows loaded and the loader has
    not had done already: index the new tickets, and move the queue's shared row (the
    window reloads)."""
    load.index(reading=False)  # the loader has read all it will
    cur.execute(
        "INSERT INTO queue_journal (subject, seq) SELECT '*', "
        "coalesce((SELECT max(seq) FROM queue_journal), 0) + 1 WHERE true "
        "ON CONFLICT (subject) DO UPDATE SET seq = excluded.seq"
    )


def _index(cur: Any, keep_alive: Callable[[], None]) -> None:
    """Index the tickets not yet in the search index, as its triggers would have, a slice
    of `INDEX_SLICE` tickets at a time with ``keep_alive`` after each."""
    first, last = cur.execute("SELECT min(rowid), max(rowid) FROM tickets").fetchone()
    if first is None:
        return
    for low in range(first - 1, last, INDEX_SLICE):
        _index_slice(cur, low, low + INDEX_SLICE)
        keep_alive()


def _index_slice(cur: Any, after: int, upto: int) -> None:
    """Index the tickets not yet indexed whose rowid is in (after, upto]."""
    before = cur.execute("SELECT coalesce(max(doc), 0) FROM ticket_search_rows").fetchone()[0]
    cur.execute(
        "INSERT INTO ticket_search_rows(ticket_id) SELECT t.id FROM tickets t"
        " WHERE t.rowid > ? AND t.rowid <= ?"
        " AND NOT EXISTS (SELECT 1 FROM ticket_search_rows r WHERE r.ticket_id = t.id)"
        " ORDER BY t.rowid",
        (after, upto),
    )
    cur.execute(
        "INSERT INTO ticket_search(rowid, reference, title, description, parties)"
        f" SELECT r.doc, n.reference, n.title, n.description, {PARTIES}"
        " FROM ticket_search_rows r JOIN tickets n ON n.id = r.ticket_id WHERE r.doc > ?",
        (before,),
    )
