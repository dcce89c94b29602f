"""The large demo database the benchmarks run on, built once and cached."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from console.demo import SIZES, build_demo
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import head_revision, upgrade

from .figures import note

ANCHOR = date(2026, 11, 22)
CACHE = Path(os.environ.get("DISPATCH_BENCH_DIR", Path(__file__).resolve().parent / ".cache"))


def large_database() -> Path:
    """Path of the large demo database for this schema, building it when missing."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"large-{head_revision()}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    note(f"building the large demo database at {path} (once)...")
    engine = create_store_engine(resolve_url(str(tmp)))
    upgrade(engine)
    build_demo(engine, SIZES["large"], seed=1, today=ANCHOR)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    tmp.rename(path)
    return path
