"""The demo database the benchmarks run on, built once per schema and size, and cached.

The benchmarks run on the large demo (100,000 tickets) unless `python -m bench --size huge`
asks for the huge one (1,000,000 tickets; its first build takes about 40 minutes on two
cores, and the cache keeps it for the next run).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from console.demo import SIZES, build_demo
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import head_revision, upgrade

from .figures import note

ANCHOR = date(2026, 11, 22)
CACHE = Path(os.environ.get("DISPATCH_BENCH_DIR", Path(__file__).resolve().parent / ".cache"))
SIZE_VARIABLE = "DISPATCH_BENCH_SIZE"
"""The demo size the benchmarks measure on: large (the default) or huge."""


def bench_size() -> str:
    """The demo size this run measures on."""
    size = os.environ.get(SIZE_VARIABLE, "large")
    if size not in SIZES:
        raise SystemExit(f"{SIZE_VARIABLE}: {size!r} is not one of {', '.join(SIZES)}")
    return size


def _cached(size: str) -> Path:
    """Where the demo database of this size for this schema is kept."""
    CACHE.mkdir(parents=True, exist_ok=True)
    return CACHE / f"{size}-{head_revision()}.sqlite3"


def adopt(built: Path, size: str) -> bool:
    """Keep a demo database built as `demo_database` builds it (seed 1, ANCHOR) as the
    cached one of its size, when none is cached yet: `bench demo_build --size huge` spends
    about 40 minutes on the same build the other figures need."""
    path = _cached(size)
    if path.exists():
        return False
    with sqlite3.connect(built) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{built}{suffix}").unlink(missing_ok=True)
    built.rename(path)
    note(f"the {size} demo database it built is kept at {path}")
    return True


def demo_database(size: str | None = None) -> Path:
    """Path of the demo database of this size (default: the run's) for this schema,
    building it when missing."""
    size = size or bench_size()
    path = _cached(size)
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    note(f"building the {size} demo database at {path} (once)...")
    engine = create_store_engine(resolve_url(str(tmp)))
    upgrade(engine)
    build_demo(engine, SIZES[size], seed=1, today=ANCHOR)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    tmp.rename(path)
    return path
