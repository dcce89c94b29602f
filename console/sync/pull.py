"""Pull (sync rule 3): bring the replica up to the server without missing a commit.

Changes are read up to the horizon ``dc_pull_horizon_ahead()``: every transaction of
this database below it has finished, so a transaction that took its id early and commits
late is still ahead of the cursor and arrives on a later pull. Transactions open in other
databases of the same server are not waited for: they cannot write this change log. The
horizon is taken in a statement of its own just before the pull's snapshot, so whatever
ended before the horizon was known is in that snapshot. Rows are read in the snapshot,
already in SQLite's stored form, and written in one local transaction.

A full download (at enrolment, after a restore, below the prune floor) streams: each
table is read through a server-side cursor declared in that same snapshot, page by page
(`DOWNLOAD_PAGE` rows), and each page goes straight into the local transaction, so
memory does not grow with the server (SQLite spills what its cache cannot hold to its
log). A catch-up streams too: the changed rows of each table are fetched `FETCH_CHUNK`
keys at a time into the local transaction; past `CATCH_UP_KEYS` changed rows (a laptop
long offline) only their keys would still grow, so it downloads in full instead. The
cursor moves in that transaction's commit: a pull stopped half-way, even by kill -9,
leaves the replica as it was before it began, never half-applied and up to date.

The server's snapshot ends as soon as the last row is read, before the replica rebuilds
what the download set aside and commits: at a million tickets that local work takes
minutes, and a session idle in its transaction that long is cut off by the server
(`LOGIN_TIMEOUTS`), which would fail a download whose rows were all safely read.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine

from console.store.triggers_aside import triggers_aside
from console.sync.hooks import Fault, no_fault
from console.sync.prune import below_floor
from console.sync.tables import SyncTable, synced_tables
from console.wording.phrases import phrase

FETCH_CHUNK = 5000
"""Keys per query when fetching changed rows."""
LOCAL_CHUNK = 900
"""Key values per query when reading the replica's copies (SQLite's variable limit)."""
DOWNLOAD_PAGE = 5000
"""Rows per page of a full download: what one table's stream holds in memory at once."""
CATCH_UP_KEYS = 200_000
"""Changed rows a catch-up takes; beyond, a full download (streamed) costs no more."""


@dataclass
class ReplicaPosition:
    """Where a replica stands: the server generation and the change-log cursor."""

    epoch: uuid.UUID | None
    cursor: str | None
    sees_all: bool


@dataclass
class PullReport:
    """What one pull did."""

    full: bool = False
    upserted: int = 0
    removed: int = 0
    skipped: int = 0
    held_back: int = 0
    lag_seconds: int | None = None
    cursor: str = ""
    epoch: uuid.UUID | None = None
    pages: int = 0
    """Pages a full download read from the server."""


def pull(
    local: Engine,
    server: psycopg.Connection,
    position: ReplicaPosition,
    *,
    own: Mapping[str, set[tuple[str, str]]] | None = None,
    fault: Fault = no_fault,
) -> PullReport:
    """One pull: changed rows since the cursor (everything after a restore or at first).

    ``own`` names, per push transaction id, the rows that push's acknowledgement already
    stored as the server wrote them; change-log entries of exactly those (transaction,
    row) pairs are not fetched again. Every other entry, a later write to the same row
    included, is fetched as usual, so nothing written by anyone else can be skipped.
    """
    report = PullReport()
    refetch_keys = _local_refetch(local)
    # before the snapshot, in a statement of its own (see the module's docstring)
    ahead = server.execute("SELECT dc_pull_horizon_ahead()::text").fetchone()
    assert ahead is not None
    horizon = str(ahead[0])
    # closed by hand once every row is read (see the module's docstring), or on leaving
    with ExitStack() as snapshot:
        snapshot.enter_context(server.transaction())
        server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        # the floor read through to_jsonb: a server whose sync layer predates pruning
        # has no such column, and reads as never pruned
        row = server.execute("SELECT epoch, to_jsonb(m) ->> 'floor' FROM sync_meta AS m").fetchone()
        if row is None:
            from console.errors import UserError

            raise UserError(
                phrase("the shared database has no sync layer: run `server init` on it")
            )
        epoch, floor = row
        report.epoch, report.cursor = epoch, horizon
        # a restore (new epoch) or a cursor the pruned log no longer reaches: download all
        report.full = (
            position.epoch != epoch
            or position.cursor is None
            or below_floor(position.cursor, floor)
        )
        # the snapshot is taken: what is held back now is what this pull leaves behind
        held = server.execute(
            "SELECT count(*), extract(epoch FROM clock_timestamp() - min(at))::int "
            "FROM sync_changes WHERE xid >= %s::xid8",
            (horizon,),
        ).fetchone()
        if held is not None:
            report.held_back, report.lag_seconds = int(held[0]), held[1]
        changed = None
        if not report.full:
            changed = _changed_keys(server, position.cursor or "0", horizon, own or {})
            report.full = changed is None  # too many to catch up on: download instead
        if changed is None:
            _download(local, server, report, not position.sees_all, fault, snapshot.close)
            return report
        for name, keys in refetch_keys.items():
            changed[name] |= keys
        if not position.sees_all:
            _reconcile(local, server, changed)
        if not any(changed.values()):
            fault("mid_pull")
            with local.begin() as connection:  # only the cursor moves
                _advance(connection.connection.cursor(), report)
            return report
        _catch_up(local, server, changed, report, not position.sees_all, fault, snapshot.close)
    return report


def _changed_keys(
    conn: psycopg.Connection, cursor: str, horizon: str, own: Mapping[str, set[tuple[str, str]]]
) -> dict[str, set[str]] | None:
    """The keys of the rows changed since the cursor, per table; None past CATCH_UP_KEYS."""
    changed: dict[str, set[str]] = defaultdict(set)
    nothing: set[tuple[str, str]] = set()
    count = 0
    # a server-side cursor: a long absence is found out without reading all of it
    with conn.cursor(name="dc_changed_keys") as cur:
        cur.execute(
            "SELECT table_name, row_key, min(xid)::text, max(xid)::text FROM sync_changes "
            "WHERE xid >= %s::xid8 AND xid < %s::xid8 GROUP BY 1, 2",
            (cursor, horizon),
        )
        while page := cur.fetchmany(FETCH_CHUNK):
            for table_name, row_key, first, last in page:
                # a row is skipped only when every entry it has lies in one own push
                if first != last or (table_name, row_key) not in own.get(first, nothing):
                    changed[table_name].add(row_key)
                    count += 1
            if count > CATCH_UP_KEYS:
                return None
    return changed


def _select(spec: SyncTable, engineer: bool) -> sql.Composed | sql.SQL:
    return sql.SQL("SELECT {} FROM {}").format(
        sql.SQL(spec.pg_select_list(engineer=engineer)), sql.Identifier(spec.name)
    )


def _pages(
    conn: psycopg.Connection, spec: SyncTable, engineer: bool
) -> Iterator[list[tuple[Any, ...]]]:
    """A table's rows in pages, through a server-side cursor in the open transaction."""
    # WITHOUT HOLD: the cursor lives in the pull's snapshot and ends with it
    with conn.cursor(name=f"dc_download_{spec.name}") as cur:
        cur.execute(_select(spec, engineer))
        while page := cur.fetchmany(DOWNLOAD_PAGE):
            yield page


def _rows_by_key(
    conn: psycopg.Connection, spec: SyncTable, keys: Iterable[str], engineer: bool
) -> Iterator[dict[str, tuple[Any, ...]]]:
    """The rows of these keys that the server has, FETCH_CHUNK keys at a time."""
    wanted = sorted(keys)
    index = [spec.columns.index(k) for k in spec.key]
    for start in range(0, len(wanted), FETCH_CHUNK):
        where, params = spec.pg_key_filter(wanted[start : start + FETCH_CHUNK])
        query = sql.SQL("{} WHERE {}").format(_select(spec, engineer), where)
        yield {":".join(str(row[i]) for i in index): row for row in conn.execute(query, params)}


def _local_key_sql(spec: SyncTable) -> str:
    return " || ':' || ".join(spec.key)


def _reconcile(local: Engine, conn: psycopg.Connection, changed: dict[str, set[str]]) -> None:
    """An engineer's slice moves when visits are reassigned: compare it whole.

    The change log names the visit that moved, but not the ticket, client and contacts
    that came into (or left) view with it; comparing keys and versions finds them.
    """
    parts = [
        sql.SQL("SELECT {}::text, {}, {} FROM {}").format(
            sql.Literal(spec.name),
            sql.SQL(spec.pg_key_sql()),
            sql.SQL("row_version" if spec.versioned else "0"),
            sql.Identifier(spec.name),
        )
        for spec in synced_tables()
    ]
    remote: dict[str, dict[str, int]] = defaultdict(dict)
    for name, key, version in conn.execute(sql.SQL(" UNION ALL ").join(parts)):
        remote[name][key] = version
    raw = local.raw_connection()
    try:
        cur = raw.cursor()
        for spec in synced_tables():
            version = "row_version" if spec.versioned else "0"
            cur.execute(f"SELECT {_local_key_sql(spec)}, {version} FROM {spec.name}")
            mine = dict(cur.fetchall())
            theirs = remote.get(spec.name, {})
            for key, v in theirs.items():
                if mine.get(key) != v:
                    changed[spec.name].add(key)
            for key in mine.keys() - theirs.keys():
                changed[spec.name].add(key)
    finally:
        raw.close()


def _local_refetch(local: Engine) -> dict[str, set[str]]:
    raw = local.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("SELECT table_name, row_key FROM sync_refetch")
        out: dict[str, set[str]] = defaultdict(set)
        for name, key in cur.fetchall():
            out[name].add(key)
        return out
    finally:
        raw.close()


def _download(
    local: Engine,
    server: psycopg.Connection,
    report: PullReport,
    engineer: bool,
    fault: Fault,
    all_read: Callable[[], None],
) -> None:
    """Replace the replica by the server's rows, streamed page by page, in one local
    transaction; rows with local edits wait. ``all_read`` ends the server's snapshot."""
    with _local_transaction(local) as cur:
        pending = _pending(cur)
        skipped: list[tuple[str, str]] = []
        order = list(synced_tables())
        for spec in reversed(order):
            report.removed += _clear(cur, spec, pending.get(spec.name, set()))

        # the server checked these rows: guards and per-row index upkeep stand aside
        # the search index is built while the server's snapshot is still read from: its
        # session must not sit idle in the transaction for the server's cut-off meanwhile
        def alive() -> None:
            server.execute("SELECT 1")

        with triggers_aside(cur, [spec.name for spec in order], alive) as load:
            for spec in order:
                keep = pending.get(spec.name, set())
                for page in _pages(server, spec, engineer):
                    report.upserted += _upsert(cur, spec, page, keep, skipped, cleared=True)
                    report.pages += 1
                    if report.pages == 1:
                        fault("mid_pull")  # rows written, the transaction not committed
                load.loaded(spec.name)  # the search index is built once its tables are in
            all_read()  # before the indexes set aside are rebuilt, which takes minutes
        _finish(cur, skipped, report)


@contextmanager
def _local_transaction(local: Engine) -> Iterator[Any]:
    """A write transaction on the replica, marked as applying, committed on success."""
    raw = local.raw_connection()
    try:
        cur = raw.cursor()
        # The replica holds the user's slice; a reference to a row outside it (another
        # engineer's visit, an invoice line) is kept as the server has it.
        cur.execute("PRAGMA foreign_keys=OFF")
        cur.execute("BEGIN IMMEDIATE")
        cur.execute("UPDATE sync_state SET applying = 1")
        yield cur
        raw.commit()
    except BaseException:
        raw.rollback()
        raise
    finally:
        try:
            raw.cursor().execute("PRAGMA foreign_keys=ON")
        finally:
            raw.close()


def _pending(cur: Any) -> dict[str, set[str]]:
    """The rows the outbox still has to send, per table: a pull leaves them as they are."""
    cur.execute("SELECT table_name, row_key FROM sync_outbox")
    pending: dict[str, set[str]] = defaultdict(set)
    for name, key in cur.fetchall():
        pending[name].add(key)
    return pending


def _finish(cur: Any, skipped: list[tuple[str, str]], report: PullReport) -> None:
    """Keep the rows to fetch again once their edits are sent, and move the cursor."""
    cur.execute("DELETE FROM sync_refetch")
    cur.executemany("INSERT OR IGNORE INTO sync_refetch VALUES (?, ?)", skipped)
    report.skipped = len(skipped)
    _advance(cur, report)


def _catch_up(
    local: Engine,
    server: psycopg.Connection,
    changed: dict[str, set[str]],
    report: PullReport,
    engineer: bool,
    fault: Fault,
    all_read: Callable[[], None],
) -> None:
    """Write an incremental pull into the replica in one transaction, each table's
    changed rows fetched a chunk at a time; rows with local edits wait. ``all_read``
    ends the server's snapshot."""
    with _local_transaction(local) as cur:
        pending = _pending(cur)
        skipped: list[tuple[str, str]] = []
        order = list(synced_tables())
        gone: dict[str, set[str]] = {}
        for spec in order:
            keys = changed.get(spec.name)
            if not keys:
                continue
            missing = set(keys)
            for found in _rows_by_key(server, spec, keys, engineer):
                missing.difference_update(found)
                keep = pending.get(spec.name, set())
                report.upserted += _upsert(cur, spec, list(found.values()), keep, skipped)
            gone[spec.name] = missing
        all_read()
        fault("mid_pull")  # rows written, the transaction not committed
        for spec in reversed(order):
            if gone.get(spec.name):
                keep = pending.get(spec.name, set())
                report.removed += _remove(cur, spec, gone[spec.name], keep, skipped)
        _finish(cur, skipped, report)


def _advance(cur: Any, report: PullReport) -> None:
    cur.execute(
        "UPDATE sync_state SET epoch = ?, cursor = ?, lag_seconds = ?, applying = 0",
        (report.epoch.hex if report.epoch else None, report.cursor, report.lag_seconds),
    )


def _clear(cur: Any, spec: SyncTable, keep: set[str]) -> int:
    """Empty a table before a download, but for the rows with edits still to send."""
    if not keep:
        cur.execute(f"DELETE FROM {spec.name}")
        return int(cur.rowcount)
    # ``keep`` is the table's outbox: kept in SQL, the replica's keys never enter memory
    cur.execute(
        f"DELETE FROM {spec.name} WHERE {_local_key_sql(spec)} NOT IN "
        "(SELECT row_key FROM sync_outbox WHERE table_name = ?)",
        (spec.name,),
    )
    return int(cur.rowcount)


def _delete_keys(cur: Any, spec: SyncTable, keys: list[str]) -> int:
    if not keys:
        return 0
    where = " AND ".join(f"{k} = ?" for k in spec.key)
    cur.executemany(
        f"DELETE FROM {spec.name} WHERE {where}",
        [k.split(":") for k in keys],
    )
    return len(keys)


def _upsert(
    cur: Any,
    spec: SyncTable,
    rows: list[tuple[Any, ...]],
    pending: set[str],
    skipped: list[tuple[str, str]],
    *,
    cleared: bool = False,
) -> int:
    columns = spec.columns
    index = [columns.index(k) for k in spec.key]
    if pending:
        kept = []
        for row in rows:
            key = ":".join(str(row[i]) for i in index)
            if key in pending:
                skipped.append((spec.name, key))
            else:
                kept.append(row)
        rows = kept
    changed: dict[tuple[int, ...], list[tuple[Any, ...]]] = {}
    if cleared:
        fresh = rows
    else:
        fresh, changed = _split_by_change(cur, spec, rows, index)
    if fresh:
        others = [c for c in columns if c not in spec.key]
        update = ", ".join(f"{c} = excluded.{c}" for c in others)
        conflict = f"DO UPDATE SET {update}" if others else "DO NOTHING"
        cur.executemany(
            f"INSERT INTO {spec.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)}) "
            f"ON CONFLICT ({', '.join(spec.key)}) {conflict}",
            fresh,
        )
    where = " AND ".join(f"{k} = ?" for k in spec.key)
    for positions, group in changed.items():
        assignments = ", ".join(f"{columns[i]} = ?" for i in positions)
        cur.executemany(
            f"UPDATE {spec.name} SET {assignments} WHERE {where}",
            [[row[i] for i in positions] + [row[i] for i in index] for row in group],
        )
    return len(rows)


def _split_by_change(
    cur: Any, spec: SyncTable, rows: list[tuple[Any, ...]], index: list[int]
) -> tuple[list[tuple[Any, ...]], dict[tuple[int, ...], list[tuple[Any, ...]]]]:
    """Rows the replica lacks, and the rest grouped by the columns that differ.

    Most pulled rows differ from the replica in a few columns (often only the version a
    push just gave them); updating only those leaves SQLite's indexes untouched.
    """
    mine: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    select = f"SELECT {', '.join(spec.columns)} FROM {spec.name}"
    keys = [tuple(row[i] for i in index) for row in rows]
    step = LOCAL_CHUNK // len(index)
    for start in range(0, len(keys), step):
        chunk = keys[start : start + step]
        if len(index) == 1:
            query = f"{select} WHERE {spec.key[0]} IN ({', '.join('?' for _ in chunk)})"
        else:
            one = f"({', '.join('?' for _ in index)})"
            query = (
                f"{select} WHERE ({', '.join(spec.key)}) IN "
                f"(VALUES {', '.join(one for _ in chunk)})"
            )
        cur.execute(query, [value for key in chunk for value in key])
        for found in cur.fetchall():
            mine[tuple(found[i] for i in index)] = found
    fresh: list[tuple[Any, ...]] = []
    changed: dict[tuple[int, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for key, row in zip(keys, rows, strict=True):
        old = mine.get(key)
        if old is None:
            fresh.append(row)
            continue
        positions = tuple(i for i, (a, b) in enumerate(zip(row, old, strict=True)) if a != b)
        if positions:
            changed[positions].append(row)
    return fresh, changed


def _remove(
    cur: Any, spec: SyncTable, gone: set[str], pending: set[str], skipped: list[tuple[str, str]]
) -> int:
    doomed = []
    for key in gone:
        if key in pending:
            skipped.append((spec.name, key))
        else:
            doomed.append(key)
    return _delete_keys(cur, spec, doomed)
