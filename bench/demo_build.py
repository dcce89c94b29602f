"""Building a demo database through the console, against raw executemany of its rows.

`demo_build_large` (or `_huge` with `--size huge`): `dispatch-console demo`'s build in a
child process, against inserting every row the build left, table by table in foreign-key
order, with raw sqlite3.executemany into a new database of the same schema. The raw side
reads the built database a chunk at a time and times only its executemany calls and its
commit: it covers the billing step's rows too (invoices, lines, payments, credit), which
the console writes through its services. `demo_build_<size>_peak_rss`: the build's peak
resident memory (MB = 10^6 bytes), which must not grow with the demo's size.
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from console.model import Base
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade

from .demo_db import ANCHOR, adopt, bench_size
from .figures import note, report

TARGET_RATIO = 5.0
PEAK_RSS_TARGET_MB = 1000.0
CHUNK = 20_000

BUILD_SCRIPT = """
import sys, time
from datetime import date
from console.demo import SIZES, build_demo
from console.store.engine import create_store_engine, resolve_url
engine = create_store_engine(resolve_url(sys.argv[1]))
start = time.perf_counter()
build_demo(engine, SIZES[sys.argv[2]], seed=1, today=date.fromisoformat(sys.argv[3]))
print(time.perf_counter() - start)
"""


def _fresh(path: Path) -> None:
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    engine.dispose()


def _build(path: Path, size: str) -> tuple[float, float]:
    """Seconds the console's build took in a child process, and its peak RSS in MB."""
    out = subprocess.run(
        [sys.executable, "-c", BUILD_SCRIPT, str(path), size, ANCHOR.isoformat()],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return float(out.stdout.strip().splitlines()[-1]), peak_kib * 1024 / 1e6


def _raw_copy(source: Path, target: Path) -> tuple[float, int]:
    """Seconds spent in executemany (and the commit) inserting every row of ``source``
    into ``target``, and the rows inserted."""
    conn = sqlite3.connect(target)
    # one transaction into a new database, under a rollback journal as the build writes
    # (through a WAL, both sides would pay for its index growing with every page)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=NORMAL")
    # the raw copy keeps a 256 MiB page cache, twice the build's: never the slower side
    conn.execute("PRAGMA cache_size=-262144")
    conn.execute("PRAGMA foreign_keys=ON")
    # The build writes a draft and its lines before it issues it; rows copied as they
    # ended up would be refused by the guards of issued invoices, which check changes and
    # not loads. The foreign keys are checked at the commit, as one load.
    # The queue's journal is copied as a table too, so the triggers that write it stand
    # aside as well: the copy inserts its rows as they are, no more.
    for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                   " AND (sql LIKE '%RAISE(ABORT%'"
                                   " OR name LIKE 'queue_journal_%')").fetchall():  # fmt: skip
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute(f"ATTACH DATABASE '{source}' AS built")
    spent, rows = 0.0, 0
    conn.execute("BEGIN")
    conn.execute("PRAGMA defer_foreign_keys=ON")
    for table in Base.metadata.sorted_tables:
        names = ", ".join(c.name for c in table.columns)
        marks = ", ".join("?" * len(table.columns))
        statement = f"INSERT INTO main.{table.name} ({names}) VALUES ({marks})"
        reader = conn.cursor()
        reader.execute(f"SELECT {names} FROM built.{table.name} ORDER BY rowid")
        while batch := reader.fetchmany(CHUNK):
            start = time.perf_counter()
            conn.executemany(statement, batch)
            spent += time.perf_counter() - start
            rows += len(batch)
    start = time.perf_counter()
    conn.commit()
    spent += time.perf_counter() - start
    conn.close()
    return spent, rows


def run() -> None:
    """The console's build of the run's demo size against the raw insert of its rows."""
    size = bench_size()
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, raw_path = Path(tmp) / "ours.sqlite3", Path(tmp) / "raw.sqlite3"
        _fresh(ours_path)
        _fresh(raw_path)
        note(f"building the {size} demo database through the console...")
        ours_s, peak_mb = _build(ours_path, size)
        note(f"inserting the same rows with raw sqlite3.executemany ({ours_s:.0f} s built)...")
        raw_s, rows = _raw_copy(ours_path, raw_path)
        note(f"{rows:,} rows")
        adopt(ours_path, size)
    report(f"demo_build_{size}", ours_s, "s", TARGET_RATIO, baseline=raw_s, target_on_ratio=True)
    report(f"demo_build_{size}_peak_rss", peak_mb, "MB", PEAK_RSS_TARGET_MB)
