"""`python -m bench sync`: sync against the local PostgreSQL, each figure beside its floor.

Floors measured in the same run: COPY out plus sqlite3.executemany of the same rows
into the store's own tables (download), COPY into bare logged tables, committed (upload;
three uploads into fresh servers, each after its own floors, medians compared), and COPY
into the server's own tables, keys and indexes in place, triggers off (the upload again,
beside a floor of the download's kind). Then the round trip of 1,000
changed rows, the same with a transaction held open in another database of the server
(issue 17: nothing waits on strangers), and a sync with nothing to do on an open
connection.

The full download (issue 24) runs once, in a child process on a fresh replica: its time is
set beside the floor, and its peak RSS (the kernel's high-water mark for that child, the
whole process, not only Python's heap) beside the raw size of the rows it brings (their
COPY text). The round trips then run on the replica it filled. The floor's store is gone
before the download begins, and without uploads the server is seeded from the cached demo
store itself, so that the huge size fits a disk of about four stores. The idle sync as
the window runs it goes through the window's link (one connection kept open, the secret
read once), beside a round that opens its own connection and reads the keyring, as the
window's timer did each minute before.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url

from bench.demo_db import bench_size, demo_database
from bench.figures import note, report
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

UPLOAD_RUNS = int(os.environ.get("DISPATCH_BENCH_SYNC_UPLOADS", "3"))
"""Uploads (and floors) measured; each upload needs a fresh server. With 0 the server is
seeded by COPY with its triggers off instead, and the upload is not measured: the
download figures alone, when the upload is too slow to wait for."""
DOWNLOAD_RSS_MB = 300.0
"""Peak RSS of a full download, whole process, at any server size (issue 24)."""
TRANSFER_RATIO = 1.5
"""A full download, and an upload likewise, at most this many times its floor (issue 24;
issue 17 had asked for 2)."""
FLOOR_BATCH = 5000
"""Rows the download floor writes per executemany (the download's page, DOWNLOAD_PAGE)."""
REST = "(commit and the rest)"
"""What a timing by table leaves: the commit, and a download's clearing and cursor."""
CHILD_URL = "DISPATCH_BENCH_SYNC_CHILD_URL"
"""Where the download child finds the user's URL (not on its command line)."""
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


def _download_floor(url: str, target: Path, per_table: dict[str, float] | None = None) -> float:
    """COPY out every table as text plus sqlite3.executemany of the rows: the download floor.
    ``per_table`` gets each table's seconds, the commit's under REST."""
    spent = per_table if per_table is not None else {}
    lite = sqlite3.connect(target)
    # raw writes: the store's guards (an issued invoice's lines add up, checked per row)
    # are not part of the floor; a download writes as the server already checked
    for (name,) in lite.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        lite.execute(f'DROP TRIGGER "{name}"')
    with psycopg.connect(url, autocommit=True) as conn:
        start = time.perf_counter()
        for spec in synced_tables():
            began = time.perf_counter()
            select_list = spec.pg_select_list()
            lite.execute(f"DELETE FROM {spec.name}")
            insert = (
                f"INSERT INTO {spec.name} ({', '.join(spec.columns)}) "
                f"VALUES ({', '.join('?' for _ in spec.columns)})"
            )
            with conn.cursor().copy(
                f"COPY (SELECT {select_list} FROM {spec.name}) TO STDOUT"
            ) as copy:
                # in slices, as the download pages: a huge table whole would not fit memory
                rows = copy.rows()
                while batch := list(islice(rows, FLOOR_BATCH)):
                    lite.executemany(insert, batch)
            spent[spec.name] = time.perf_counter() - began
        began = time.perf_counter()
        lite.commit()
        spent[REST] = time.perf_counter() - began
        elapsed = time.perf_counter() - start
    lite.close()
    return elapsed


def _raw_size(url: str) -> int:
    """Bytes of every synced table's rows as COPY text: what a download brings, unpacked."""
    size = 0
    with psycopg.connect(url, autocommit=True) as conn:
        for spec in synced_tables():
            with conn.cursor().copy(
                f"COPY (SELECT {spec.pg_select_list()} FROM {spec.name}) TO STDOUT"
            ) as copy:
                for block in copy:
                    size += len(block)
    return size


def _download_in_child(replica_path: Path, url: str) -> dict[str, Any]:
    """A full download in a child process: its RSS before (MB), its peak RSS (MB), rows,
    pages and the seconds the sync took."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.sync", "download-child", str(replica_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, CHILD_URL: url},
    )
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    assert child.returncode == 0, out
    facts = json.loads(out.strip().splitlines()[-1])
    # The child's own high-water mark where the kernel tells it (VmHWM); its ru_maxrss
    # elsewhere. On Linux ru_maxrss also counts the image it was forked from before exec,
    # that is this process, which by now holds the floor's rows: not the child's figure.
    if facts["peak_mb"] is None:
        facts["peak_mb"] = usage.ru_maxrss / 1024
    return facts


def _download_child(replica_path: str) -> None:
    """In the child: one sync of an enrolled, empty replica (a full download), timed on a
    connection opened before, as the window's link keeps one."""
    replica = create_store_engine(resolve_url(replica_path))
    with replica.connect():
        pass  # the pool's first connection and the model loaded: counted before
    before = _proc_status_mb("VmRSS")
    phases = _phases_timed()
    with psycopg.connect(os.environ[CHILD_URL], autocommit=True) as conn:
        start = time.perf_counter()
        done = sync_once(replica, conn=conn)
        seconds = time.perf_counter() - start
    assert done.pulled.full
    replica.dispose()
    facts = {
        "before_mb": before,
        "peak_mb": _proc_status_mb("VmHWM"),
        "rows": done.pulled.upserted,
        "pages": done.pulled.pages,
        "seconds": seconds,
        "phases": phases,
    }
    print(json.dumps(facts), flush=True)


def _phases_timed() -> dict[str, float]:
    """Where a download's time goes: each table's stream (its pages read and written) and
    the search index built once the tickets are in, timed by wrapping the pull's own steps
    in this child."""
    from console.store import triggers_aside as aside_module
    from console.sync import pull as pull_module

    phases: dict[str, float] = {}
    pages, index = pull_module._pages, aside_module._index

    def timed_pages(conn: Any, spec: Any, engineer: bool) -> Iterator[Any]:
        began = time.perf_counter()
        yield from pages(conn, spec, engineer)
        phases[spec.name] = time.perf_counter() - began

    def timed_index(cur: Any, keep_alive: Callable[[], None]) -> None:
        began = time.perf_counter()
        index(cur, keep_alive)
        phases["(search index)"] = time.perf_counter() - began

    pull_module._pages = timed_pages
    aside_module._index = timed_index
    return phases


def _phase_note(download: dict[str, float], total: float, floor: dict[str, float]) -> str:
    """The download's and the floor's seconds side by side, the largest first."""
    download = {**download, REST: total - sum(download.values())}
    names = sorted(download.keys() | floor.keys(), key=lambda n: -download.get(n, 0.0))
    return "where the time went (download / floor, s): " + "; ".join(
        f"{n} {download.get(n, 0.0):.1f} / {floor.get(n, 0.0):.1f}"
        for n in names
        if download.get(n, 0.0) >= 0.05 * total or floor.get(n, 0.0) >= 0.05 * total
    )


def _proc_status_mb(field: str) -> float | None:
    """A memory figure of this process from /proc (Linux), in MB; None elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _idle_window_rounds(replica: Engine, runs: int) -> tuple[list[float], list[float]]:
    """Idle rounds through the window's link and with a connection of their own, alternating."""
    from console.sync.link import ServerLink

    link = ServerLink()
    linked, own = [], []
    try:
        link.sync(replica)  # the window's first round opens the connection
        for _ in range(runs):
            start = time.perf_counter()
            link.sync(replica)
            linked.append(time.perf_counter() - start)
            start = time.perf_counter()
            sync_once(replica)  # a new connection and a keyring read, as before
            own.append(time.perf_counter() - start)
    finally:
        link.close()
    return linked, own


def _copy_into_schema_floor(source: Path) -> float:
    """COPY every synced table's rows into a fresh server's own tables, keys and indexes
    in place, its triggers (foreign keys among them) off, and commit: the upload's
    counterpart of the download floor, whose executemany writes into the store's own
    indexed tables. Measured in a database of its own, dropped at once."""
    name = f"dc_bench_{uuid.uuid4().hex[:8]}"
    url = _fresh_database(name)
    try:
        init_server(url)
        start = time.perf_counter()
        _seed(url, source)
        return time.perf_counter() - start
    finally:
        _drop(name)


def _uploads(source: Path, names: list[str]) -> str:
    """Upload the store into fresh servers, each beside its floors; the last server's URL."""
    # Each upload needs an empty server; the floors and the upload alternate so that
    # the machine's background I/O falls on all alike, and each is a median of 3.
    floors, temp_floors, schema_floors, uploads = [], [], [], []
    local = create_store_engine(resolve_url(str(source)))
    for _ in range(UPLOAD_RUNS):
        schema_floors.append(_copy_into_schema_floor(source))
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
        "upload of the large store", statistics.median(uploads), "s", TRANSFER_RATIO,
        statistics.median(floors), target_on_ratio=True,
    )  # fmt: skip
    # The floor above writes into bare tables: no keys, no indexes, which an upload must
    # build. The download's floor writes into the store's indexed tables; this is the
    # upload beside the same kind of floor, the rows COPYed into the server's own tables.
    report(
        "upload of the large store, beside COPY into the server's own tables",
        statistics.median(uploads), "s", TRANSFER_RATIO, statistics.median(schema_floors),
        target_on_ratio=True,
    )  # fmt: skip
    return url


def _seed(url: str, source: Path) -> None:
    """Copy the store's rows into the server's own tables, triggers and checks off."""
    lite = sqlite3.connect(source)
    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        conn.execute("SET LOCAL TimeZone = 'UTC'")
        conn.execute("SET LOCAL session_replication_role = replica")
        for spec in synced_tables():
            cur = lite.execute(f"SELECT {', '.join(spec.columns)} FROM {spec.name}")
            with conn.cursor().copy(
                f"COPY {spec.name} ({', '.join(spec.columns)}) FROM STDIN"
            ) as copy:
                for row in cur:
                    copy.write_row(row)
    lite.close()


ROOM_PER_STORE = 6
"""Free disk the bench needs, in sizes of the demo store: its copy, the server's two
databases (one upload's and the floor's beside it), and the replica (the floor's store
before it) whose log grows to its size again before the download commits."""
ROOM_SEEDED = 4
"""The same without uploads: no copy and one server database."""


def _room(store: Path) -> None:
    """Stop before starting when the disk cannot hold what the run writes.

    At the huge size a run writes about 40 GB in its working folder; a disk that filled
    half-way stopped the PostgreSQL server beside it (its checkpointer could not write).
    """
    need = (ROOM_PER_STORE if UPLOAD_RUNS > 0 else ROOM_SEEDED) * store.stat().st_size
    free = shutil.disk_usage(tempfile.gettempdir()).free
    if free < need:
        print(
            f"bench sync: needs about {need / 1e9:.0f} GB free on the disk of "
            f"{tempfile.gettempdir()}, and {free / 1e9:.0f} GB are: not started",
            file=sys.stderr,
        )
        raise SystemExit(2)


def run() -> None:
    """All sync figures."""
    store = demo_database()
    _room(store)
    work = Path(tempfile.mkdtemp(prefix="dc-sync-bench-"))
    login = f"bench_{uuid.uuid4().hex[:6]}"
    names: list[str] = []
    try:
        source = work / "store.sqlite3"
        if UPLOAD_RUNS > 0:
            shutil.copy(store, source)  # the upload opens it as a store
        else:
            source = store  # only read, by sqlite3: the cache stays as it is
        rows = 0
        with sqlite3.connect(source) as lite:
            for spec in synced_tables():
                rows += lite.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0]
        note(f"{rows:,} rows in the {bench_size()} store")

        if UPLOAD_RUNS > 0:
            url = _uploads(source, names)
        else:
            names.append(f"dc_bench_{uuid.uuid4().hex[:8]}")
            url = _fresh_database(names[-1])
            init_server(url)
            _seed(url, source)
            note("the server seeded by COPY with its triggers off: no upload figure")

        add_user(url, username=login, display_name="Bench", role=Role.DISPATCHER)
        user_url = make_url(url).set(username=login).render_as_string(hide_password=False)

        floor_store = work / "floor.sqlite3"
        floor_engine = create_store_engine(resolve_url(str(floor_store)))
        upgrade(floor_engine)
        floor_engine.dispose()
        floor_phases: dict[str, float] = {}
        floor_down = _download_floor(url, floor_store, floor_phases)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{floor_store}{suffix}").unlink(missing_ok=True)  # room for the replica

        replica_path = work / "replica.sqlite3"
        replica = create_store_engine(resolve_url(str(replica_path)))
        upgrade(replica)
        enrol(replica, user_url)
        replica.dispose()
        raw_mb = _raw_size(user_url) / 1e6
        down = _download_in_child(replica_path, user_url)
        note(
            f"downloaded {down['rows']:,} rows in {down['pages']:,} pages, "
            f"{raw_mb:.0f} MB as COPY text; the child's RSS {down['before_mb'] or 0:.0f} MB "
            f"before, {down['peak_mb']:.0f} MB at its peak"
        )
        note(_phase_note(down["phases"], down["seconds"], floor_phases))
        report(
            "initial download for a dispatcher", down["seconds"], "s", TRANSFER_RATIO,
            floor_down, target_on_ratio=True,
        )  # fmt: skip
        report(
            "peak RSS of a full download (process)", down["peak_mb"], "MB", DOWNLOAD_RSS_MB,
            raw_mb,
        )  # fmt: skip
        replica = create_store_engine(resolve_url(str(replica_path)))

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
        linked, own = _idle_window_rounds(replica, 15)
        report(
            "idle sync as the window runs it", statistics.median(linked), "s", 0.020,
            statistics.median(own),
        )  # fmt: skip
        replica.dispose()
    finally:
        for name in names:
            _drop(name)
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["download-child"]:
        _download_child(sys.argv[2])
