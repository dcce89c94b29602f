"""Sending a whole local store to the shared database (a desk joining sync).

Rows go in with COPY into a temporary table and one INSERT ... SELECT per table, so the
change-log triggers fire once per table and rows already on the server are left alone.
Into an empty server the load follows PostgreSQL's advice for bulk loads: COPY straight
into the tables, the large tables' indexes and foreign keys built once at the end, and a
new epoch in place of the change log (see `server.BULK_LOAD_SQL`). The server empties the
large tables anew in the transaction, so their rows go in with COPY FREEZE: stored frozen,
the keys and foreign keys built after them read them without visibility checks. Everything
happens in one transaction: a failed upload leaves the server as it was.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine

from console.errors import ValidationError
from console.gc_pause import collector_paused
from console.sync.tables import synced_tables
from console.wording.phrases import phrase

READ_CHUNK = 5000
"""Rows read from SQLite at a time while they stream into COPY."""

REBUILD_FROM = 10_000
"""Rows from which a table's keys and indexes are dropped for a bulk load and built once
at the end. PostgreSQL syncs each index it builds to disk, about 10 ms whatever its size,
which costs a small table more than keeping its indexes while its rows arrive."""


def upload_store(local: Engine, conn: psycopg.Connection) -> dict[str, int]:
    """Copy every synced row of the local store to the server in one transaction."""
    # `users add` has written the console's users before anyone uploads: a server holding
    # only those still counts as empty, and they take the careful path
    names = [spec.name for spec in synced_tables() if spec.name != "users"]
    counts: dict[str, int] = {}
    raw = local.raw_connection()
    try:
        cur = raw.cursor()
        # millions of row tuples, none in a cycle: the collector's passes over them took
        # 0.6 s of the client's time on a large store, and a full one in a window holding
        # a large queue walks all of it
        with collector_paused(), conn.transaction():
            # SQLite keeps UTC wall-clock text; read it as UTC whatever the server's zone
            conn.execute("SET LOCAL TimeZone = 'UTC'")
            bulk, frozen = _empty(conn, names), frozenset[str]()
            if bulk:
                rebuilt = [name for name in names if _holds(cur, name, REBUILD_FROM)]
                row = conn.execute("SELECT dc_bulk_load_begin(%s, %s)", (names, rebuilt)).fetchone()
                bulk, frozen = bulk_answer(row[0] if row else None)
            for spec in synced_tables():
                fast = bulk and spec.name in names
                counts[spec.name] = _load_table(
                    conn, cur, spec.name, spec.columns, fast, spec.name in frozen
                )
            if bulk:
                conn.execute("SELECT dc_bulk_load_end(%s)", (names,))
            _upload_counters(conn, cur)
    except psycopg.errors.IntegrityError as exc:
        raise ValidationError(
            "--upload",
            phrase(
                "the store's records break a rule of the shared database ({rule}); "
                "nothing was sent",
                rule=exc.diag.constraint_name or exc.diag.message_primary,
            ),
        ) from None
    finally:
        raw.close()
    return counts


def bulk_answer(answer: object) -> tuple[bool, frozenset[str]]:
    """What dc_bulk_load_begin answered: whether the load goes in bulk, and the tables it
    emptied anew (their COPY may FREEZE). It answers NULL when the server holds rows; a
    sync layer an earlier `server init` installed answers true or false and empties none."""
    if isinstance(answer, list):
        return True, frozenset(str(name) for name in answer)
    return answer is True, frozenset()


def _upload_counters(conn: psycopg.Connection, cur: Any) -> None:
    """Carry the store's number counters along (sync rule 6): the server numbers on from
    the highest number the store has used, never below what it already counts itself."""
    cur.execute("SELECT series, year, next_value FROM number_sequences")
    rows = cur.fetchall()
    if rows:
        with conn.cursor() as server:
            server.executemany(
                "INSERT INTO number_sequences (series, year, next_value) VALUES (%s, %s, %s) "
                "ON CONFLICT (series, year) DO UPDATE SET next_value = "
                "greatest(number_sequences.next_value, excluded.next_value)",
                rows,
            )


def _holds(cur: Any, name: str, rows: int) -> bool:
    """Whether the local store holds at least this many rows in one table (counted no
    further: a count of every row read each large table once more, 0.16 s on a large
    store)."""
    cur.execute(f"SELECT count(*) FROM (SELECT 1 FROM {name} LIMIT ?)", (rows,))
    return int(cur.fetchone()[0]) >= rows


def _empty(conn: psycopg.Connection, names: list[str]) -> bool:
    """Whether the server holds none of these rows, as the uploader (who sees all) finds.

    Asked here as well as in dc_bulk_load_begin: a table owner that is not a superuser
    sees nothing through forced row security, so only the desk's own answer is certain.
    """
    for name in names:
        row = conn.execute(
            sql.SQL("SELECT EXISTS (SELECT 1 FROM {})").format(sql.Identifier(name))
        ).fetchone()
        if row is None or row[0]:
            return False
    return True


def _load_table(
    conn: psycopg.Connection,
    cur: Any,
    name: str,
    column_names: tuple[str, ...],
    bulk: bool,
    freeze: bool = False,
) -> int:
    """COPY one table's rows: straight in (``bulk``), frozen where the server emptied the
    table in this transaction (``freeze``), else staged and added where missing."""
    columns = sql.SQL(", ").join(sql.Identifier(c) for c in column_names)
    target = sql.Identifier(name)
    if not bulk:
        # Row security refuses COPY into the table itself: stage the rows, then add those
        # that are not on the server yet.
        target = sql.Identifier(f"upload_{name}")
        conn.execute(
            sql.SQL("CREATE TEMP TABLE {} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP").format(
                target, sql.Identifier(name)
            )
        )
    cur.execute(f"SELECT {', '.join(column_names)} FROM {name}")
    count = 0
    options = sql.SQL(" (FREEZE)" if freeze else "")
    statement = sql.SQL("COPY {} ({}) FROM STDIN{}").format(target, columns, options)
    with conn.cursor().copy(statement) as copy:
        while rows := cur.fetchmany(READ_CHUNK):
            count += len(rows)
            for row in rows:
                copy.write_row(row)
    if bulk:
        return count
    done = conn.execute(
        sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT DO NOTHING").format(
            sql.Identifier(name), columns, columns, target
        )
    )
    return done.rowcount
