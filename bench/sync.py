"""`python -m bench sync`: sync against the local PostgreSQL, each figure beside its floor.

Floors measured in the same run: COPY out plus sqlite3.executemany of the same rows
(download), COPY into bare logged tables, committed (upload; three uploads into fresh
servers, each after its own floors, medians compared). Then the round trip of 1,000
changed rows, the same with a transaction held open in another database of the server
(issue 17: nothing waits on strangers), and a sync with nothing to do on an open
connection.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bench.figures import note, report
from bench.large_db import large_database
from console.enums import Role
from console.model import Ticket
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade
from console.sync.replica import enrol, sync_once
from console.sync.server import init_server
from console.sync.session import store_session
from console.sync.tables import synced_tables
from console.sync.upload import upload_store
from console.sync.users import add_user

UPLOAD_RUNS = 3
"""Uploads (and floors) measured; each upload needs a fresh server."""
ADMIN = os.environ.get("DISPATCH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _fresh_database(name: str) -> str:
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(ADMIN).set(database=name).render_as_string(hide_password=False)


def _drop(name: str) -> None:
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _copy_in_floor(url: str, source: Path, durable: bool = True) -> float:
    """COPY every synced table's rows into bare tables and commit: the upload floor.

    ``durable`` tables are plain (logged) tables without keys, indexes or constraints, as
    an upload must be durable too; the temporary tables of earlier sessions' floor are
    kept for the record, but PostgreSQL neither logs nor flushes those at commit.
    """
    lite = sqlite3.connect(source)
    kind = "TABLE" if durable else "TEMP TABLE"
    with psycopg.connect(url, autocommit=True) as conn:
        start = time.perf_counter()
        with conn.transaction():
            conn.execute("SET LOCAL TimeZone = 'UTC'")
            for spec in synced_tables():
                stage = f"floor_{spec.name}"
                conn.execute(f"CREATE {kind} {stage} (LIKE {spec.name})")
                cur = lite.execute(f"SELECT {', '.join(spec.columns)} FROM {spec.name}")
                with conn.cursor().copy(
                    f"COPY {stage} ({', '.join(spec.columns)}) FROM STDIN"
                ) as copy:
                    for row in cur:
                        copy.write_row(row)
        elapsed = time.perf_counter() - start
        for spec in synced_tables():
            conn.execute(f"DROP TABLE floor_{spec.name}")
    lite.close()
    return elapsed


def _download_floor(url: str, target: Path) -> float:
    """COPY out every table as text plus sqlite3.executemany of the rows: the download floor."""
    lite = sqlite3.connect(target)
    with psycopg.connect(url, autocommit=True) as conn:
        start = time.perf_counter()
        for spec in synced_tables():
            select_list = spec.pg_select_list()
            with conn.cursor().copy(
                f"COPY (SELECT {select_list} FROM {spec.name}) TO STDOUT"
            ) as copy:
                rows = list(copy.rows())
            lite.execute(f"DELETE FROM {spec.name}")
            lite.executemany(
                f"INSERT INTO {spec.name} ({', '.join(spec.columns)}) "
                f"VALUES ({', '.join('?' for _ in spec.columns)})",
                rows,
            )
        lite.commit()
        elapsed = time.perf_counter() - start
    lite.close()
    return elapsed


def run() -> None:
    """All sync figures."""
    work = Path(tempfile.mkdtemp(prefix="dc-sync-bench-"))
    login = f"bench_{uuid.uuid4().hex[:6]}"
    names: list[str] = []
    try:
        source = work / "large.sqlite3"
        shutil.copy(large_database(), source)
        rows = 0
        with sqlite3.connect(source) as lite:
            for spec in synced_tables():
                rows += lite.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0]
        note(f"{rows:,} rows in the large store")

        # Each upload needs an empty server; the floors and the upload alternate so that
        # the machine's background I/O falls on all alike, and each is a median of 3.
        floors, temp_floors, uploads = [], [], []
        local = create_store_engine(resolve_url(str(source)))
        for _ in range(UPLOAD_RUNS):
            names.append(f"dc_bench_{uuid.uuid4().hex[:8]}")
            url = _fresh_database(names[-1])
            init_server(url)
            temp_floors.append(_copy_in_floor(url, source, durable=False))
            floors.append(_copy_in_floor(url, source))
            with psycopg.connect(url, autocommit=True) as conn:
                start = time.perf_counter()
                upload_store(local, conn)
                uploads.append(time.perf_counter() - start)
            if len(names) > 1:
                _drop(names.pop(0))
        local.dispose()
        note(
            f"upload {statistics.median(uploads):.2f} s; COPY into logged tables "
            f"{statistics.median(floors):.2f} s, into temporary tables "
            f"{statistics.median(temp_floors):.2f} s "
            f"({statistics.median(uploads) / statistics.median(temp_floors):.2f}x of those)"
        )
        report(
            "upload of the large store", statistics.median(uploads), "s", 2.0,
            statistics.median(floors), target_on_ratio=True,
        )  # fmt: skip

        add_user(url, username=login, display_name="Bench", role=Role.DISPATCHER)
        user_url = make_url(url).set(username=login).render_as_string(hide_password=False)

        floor_store = work / "floor.sqlite3"
        floor_engine = create_store_engine(resolve_url(str(floor_store)))
        upgrade(floor_engine)
        floor_engine.dispose()
        floor_down = _download_floor(url, floor_store)

        replica_path = work / "replica.sqlite3"
        replica = create_store_engine(resolve_url(str(replica_path)))
        upgrade(replica)
        enrol(replica, user_url)
        with psycopg.connect(user_url, autocommit=True) as conn:
            start = time.perf_counter()
            first = sync_once(replica, conn=conn)
            download = time.perf_counter() - start
        note(f"downloaded {first.pulled.upserted:,} rows")
        report(
            "initial download for a dispatcher", download, "s", 2.0, floor_down,
            target_on_ratio=True,
        )  # fmt: skip

        with replica.connect() as c:
            ids = [r[0] for r in c.execute(select(Ticket.id).limit(1000))]
        with (
            psycopg.connect(user_url, autocommit=True) as conn,
            psycopg.connect(ADMIN) as stranger,
        ):
            # Round trips alternate with and without a writer's transaction held open in
            # another database of the server; it must cost nothing and hold nothing back.
            trips: dict[bool, list[float]] = {False: [], True: []}
            for n in range(14):
                busy = n % 2 == 1
                if busy:
                    stranger.execute("SELECT pg_current_xact_id()")
                # through the ORM, so the outbox records them as a user's edits
                with store_session(replica) as session, session.begin():
                    for ticket in session.scalars(select(Ticket).where(Ticket.id.in_(ids))):
                        ticket.title = f"{ticket.title[:150]} #{n}"
                start = time.perf_counter()
                done = sync_once(replica, conn=conn)
                trips[busy].append(time.perf_counter() - start)
                assert done.pushed.sent == 1000, done.pushed
                assert done.pulled.held_back == 0, done.pulled
                stranger.rollback()
            plain = statistics.median(trips[False])
            report("round trip of 1,000 changed rows", plain, "s", 0.150)
            report(
                "round trip with a transaction open in another database",
                statistics.median(trips[True]), "s", 1.2, plain, target_on_ratio=True,
            )  # fmt: skip
            idle = []
            for _ in range(25):
                start = time.perf_counter()
                sync_once(replica, conn=conn)
                idle.append(time.perf_counter() - start)
            report("sync with nothing to do", statistics.median(idle), "s", 0.020)
        replica.dispose()
    finally:
        for name in names:
            _drop(name)
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')
        shutil.rmtree(work, ignore_errors=True)
