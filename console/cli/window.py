"""`dispatch-console [--demo]`: the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from console.cli.options import open_engine


def run(args: argparse.Namespace) -> int:
    """Open the window on --db, or on a fresh demo store with --demo."""
    db = args.db
    if args.demo:
        db = str(_fresh_demo_database())
    engine = open_engine(db)
    from console.queue.changes import trim_journal

    with engine.begin() as connection:
        trim_journal(connection)  # nothing reads what changed before this window
    from console.views.app import run_app  # Qt only when a window is wanted

    return run_app(engine)


def _fresh_demo_database() -> Path:
    from console.demo import SIZES, build_demo
    from console.paths import data_dir
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade

    path = data_dir() / "demo.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    build_demo(engine, SIZES["small"], seed=1)  # as of this minute
    engine.dispose()
    return path
