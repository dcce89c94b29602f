"""The upload's read-ahead: every row in order, a reader's failure raised to the taker,
and no reader left running once the taker stops early."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from console.sync.read_ahead import read_ahead


def _store(rows: int) -> sqlite3.Connection:
    lite = sqlite3.connect(":memory:", check_same_thread=False)
    lite.execute("CREATE TABLE t (n INTEGER, label TEXT)")
    lite.executemany("INSERT INTO t VALUES (?, ?)", ((n, f"row {n}") for n in range(rows)))
    return lite


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "upload-read-ahead"]


def test_every_row_arrives_in_order_in_chunks() -> None:
    cur = _store(1003).execute("SELECT n, label FROM t ORDER BY n")
    with read_ahead(cur, 100, depth=2) as chunks:
        taken = list(chunks)
    assert [len(c) for c in taken] == [100] * 10 + [3]
    assert [row for chunk in taken for row in chunk] == [(n, f"row {n}") for n in range(1003)]
    assert not _readers()


def test_an_empty_table_gives_no_chunk() -> None:
    cur = _store(0).execute("SELECT n FROM t")
    with read_ahead(cur, 100) as chunks:
        assert list(chunks) == []


def test_a_failed_read_is_raised_to_the_taker() -> None:
    class Failing:
        calls = 0

        def fetchmany(self, size: int) -> list[tuple[int]]:
            self.calls += 1
            if self.calls == 3:
                raise sqlite3.OperationalError("disk I/O error")
            return [(self.calls,)] * size

    taken = []
    with (
        pytest.raises(sqlite3.OperationalError, match="disk I/O error"),
        read_ahead(Failing(), 2) as chunks,
    ):
        taken.extend(chunks)
    assert taken == [[(1,), (1,)], [(2,), (2,)]]
    assert not _readers()


def test_a_taker_that_stops_early_leaves_no_reader_behind() -> None:
    # the queue is full and the reader waits to hand over the next chunk: leaving must
    # stop it before the cursor's connection may be closed
    lite = _store(10_000)
    cur = lite.execute("SELECT n FROM t")
    with pytest.raises(RuntimeError), read_ahead(cur, 10, depth=1) as chunks:
        next(chunks)
        raise RuntimeError("the server refused the rows")
    assert not _readers()
    lite.close()
