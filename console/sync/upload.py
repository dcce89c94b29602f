"""Sending a whole local store to an empty shared database (a desk joining sync).

Rows go in with COPY into a temporary table and one INSERT ... SELECT per table, so the
change-log triggers fire once per table and rows already on the server are left alone.
"""

from __future__ import annotations

import psycopg
from psycopg import sql
from sqlalchemy import Engine

from console.sync.tables import synced_tables


def upload_store(local: Engine, conn: psycopg.Connection) -> dict[str, int]:
    """Copy every synced row of the local store to the server in one transaction."""
    counts: dict[str, int] = {}
    raw = local.raw_connection()
    try:
        cur = raw.cursor()
        with conn.transaction():
            # SQLite keeps UTC wall-clock text; read it as UTC whatever the server's zone
            conn.execute("SET LOCAL TimeZone = 'UTC'")
            for spec in synced_tables():
                columns = sql.SQL(", ").join(sql.Identifier(c) for c in spec.columns)
                stage = sql.Identifier(f"upload_{spec.name}")
                conn.execute(
                    sql.SQL(
                        "CREATE TEMP TABLE {} (LIKE {} INCLUDING DEFAULTS) ON COMMIT DROP"
                    ).format(stage, sql.Identifier(spec.name))
                )
                cur.execute(f"SELECT {', '.join(spec.columns)} FROM {spec.name}")
                with conn.cursor().copy(
                    sql.SQL("COPY {} ({}) FROM STDIN").format(stage, columns)
                ) as copy:
                    while rows := cur.fetchmany(5000):
                        for row in rows:
                            copy.write_row(row)
                done = conn.execute(
                    sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT DO NOTHING").format(
                        sql.Identifier(spec.name), columns, columns, stage
                    )
                )
                counts[spec.name] = done.rowcount
    finally:
        raw.close()
    return counts
