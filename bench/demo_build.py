"""Building the large demo database against raw sqlite3.executemany of the same rows."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from console.demo import SIZES, DemoBuilder
from console.store.bulk import BulkWriter
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade

from .figures import note, report, timed
from .large_db import ANCHOR

TARGET_RATIO = 5.0


def _fresh(path: Path) -> None:
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    engine.dispose()


def run() -> None:
    """Ours (generate, convert, insert) against the raw insert of the rows ours produced."""
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, raw_path = Path(tmp) / "ours.sqlite3", Path(tmp) / "raw.sqlite3"
        _fresh(ours_path)
        _fresh(raw_path)
        engine = create_store_engine(resolve_url(str(ours_path)))
        builder = DemoBuilder(SIZES["large"], seed=1, today=ANCHOR, keep_rows=True)
        holder: dict[str, BulkWriter] = {}

        def ours() -> None:
            with engine.begin() as conn:
                holder["writer"] = builder.build(conn)

        note("building the large demo database through the console...")
        ours_s, _ = timed(ours)
        engine.dispose()
        kept = holder["writer"].kept

        def raw() -> None:
            conn = sqlite3.connect(raw_path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA cache_size=-262144")
            with conn:
                for statement, rows in kept.values():
                    conn.executemany(statement, rows)
            conn.close()

        note("inserting the same rows with raw sqlite3.executemany...")
        raw_s, _ = timed(raw)
        rows = sum(len(r) for _, r in kept.values())
        note(f"{rows:,} rows")
    report("demo_build_large", ours_s, "s", TARGET_RATIO, baseline=raw_s, target_on_ratio=True)
