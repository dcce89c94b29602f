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
