"""The benchmarks' baselines measure what they say: every row, on the size asked for."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench.demo_build import _fresh, _raw_copy
from bench.demo_db import SIZE_VARIABLE, bench_size
from console.model import Base


def test_the_raw_baseline_inserts_every_row_the_build_left(
    small_demo_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "raw.sqlite3"
    _fresh(target)
    spent, rows = _raw_copy(small_demo_path, target)
    built, copied = sqlite3.connect(small_demo_path), sqlite3.connect(target)
    for table in Base.metadata.sorted_tables:
        query = f"SELECT * FROM {table.name} ORDER BY rowid"
        assert copied.execute(query).fetchall() == built.execute(query).fetchall(), table.name
    total = sum(
        built.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
        for t in Base.metadata.sorted_tables
    )
    assert rows == total > 0 and spent > 0
    # the copy keeps the guards it set aside only on its own side: the built store has them
    assert built.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%RAISE(ABORT%'"
    ).fetchone()[0]


def test_the_benchmarks_measure_on_the_size_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SIZE_VARIABLE, raising=False)
    assert bench_size() == "large"
    monkeypatch.setenv(SIZE_VARIABLE, "huge")
    assert bench_size() == "huge"
    monkeypatch.setenv(SIZE_VARIABLE, "enormous")
    with pytest.raises(SystemExit, match="enormous"):
        bench_size()


def test_the_shapes_no_window_builds_are_measured_up_to_the_biggest_queue_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At a million tickets the model of every ticket is no desk's queue: the window's own
    figures measure the work there, and the stress shapes run only when asked."""
    from bench.window import STRESS_VARIABLE, stress_shapes

    monkeypatch.delenv(STRESS_VARIABLE, raising=False)
    monkeypatch.setenv(SIZE_VARIABLE, "large")
    assert stress_shapes()
    monkeypatch.setenv(SIZE_VARIABLE, "huge")
    assert not stress_shapes()
    monkeypatch.setenv(STRESS_VARIABLE, "1")
    assert stress_shapes()


def test_the_sync_bench_does_not_start_on_a_disk_it_would_fill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A full disk half-way through stopped the PostgreSQL server beside the bench."""
    import shutil
    from collections import namedtuple

    from bench.sync import ROOM_PER_STORE, _room

    store = tmp_path / "store.sqlite3"
    store.write_bytes(b"\0" * 1000)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 0, 1000 * ROOM_PER_STORE))
    _room(store)  # room enough: nothing said
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 0, 5999))
    with pytest.raises(SystemExit) as stopped:
        _room(store)
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "free" in said and "not started" in said


@pytest.mark.postgres
def test_the_download_floor_brings_every_row_of_the_server(
    small_demo_path: Path, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench import sync as bench_sync
    from bench.sync import _download_floor, _seed
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade
    from console.sync.server import init_server
    from console.sync.tables import synced_tables

    init_server(pg_url)
    _seed(pg_url, small_demo_path)
    target = tmp_path / "floor.sqlite3"
    engine = create_store_engine(resolve_url(str(target)))
    upgrade(engine)
    engine.dispose()
    monkeypatch.setattr(bench_sync, "FLOOR_BATCH", 7)  # written in slices, none left out
    assert _download_floor(pg_url, target) > 0
    built, floor = sqlite3.connect(small_demo_path), sqlite3.connect(target)
    for spec in synced_tables():
        query = f"SELECT count(*) FROM {spec.name}"
        assert floor.execute(query).fetchone() == built.execute(query).fetchone(), spec.name
