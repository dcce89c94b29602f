"""A read kept while the local store is unchanged: read again after any write, from this
connection, another one of the pool, or another process; never a value nobody committed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine

from console.store.engine import create_store_engine
from console.store.kept import KeptRead


@pytest.fixture
def store(tmp_path: Path) -> Iterator[tuple[Engine, Path]]:
    path = tmp_path / "store.sqlite3"
    engine = create_store_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT)")
        conn.exec_driver_sql("INSERT INTO sites (name) VALUES ('Head office'), ('Depot')")
    yield engine, path
    engine.dispose()


class Counted:
    """A kept read of the sites' names that counts its reads and what it made."""

    def __init__(self) -> None:
        self.reads = 0
        self.made = 0
        self.kept = KeptRead(self.fetch, self.make)

    def fetch(self, conn: Connection) -> list[tuple[int, str]]:
        self.reads += 1
        return [(int(i), str(n)) for i, n in conn.exec_driver_sql("SELECT id, name FROM sites")]

    def make(self, rows: list[tuple[int, str]]) -> dict[int, str]:
        self.made += 1
        return dict(rows)


def test_an_unchanged_store_is_read_once_and_the_same_value_given(
    store: tuple[Engine, Path],
) -> None:
    engine, _ = store
    sites = Counted()
    with engine.connect() as conn:
        first = sites.kept.get(conn)
        assert sites.kept.get(conn) is first
    with engine.connect() as conn:
        assert sites.kept.get(conn) is first
    assert (sites.reads, sites.made) == (1, 1)
    assert first == {1: "Head office", 2: "Depot"}


def test_a_write_committed_through_another_connection_is_read(
    store: tuple[Engine, Path],
) -> None:
    engine, _ = store
    sites = Counted()
    with engine.connect() as reader, engine.connect() as writer:
        assert sites.kept.get(reader)[2] == "Depot"
        writer.exec_driver_sql("UPDATE sites SET name = 'Warehouse' WHERE id = 2")
        writer.commit()
        assert sites.kept.get(reader)[2] == "Warehouse"


def test_a_write_through_the_same_connection_is_read(store: tuple[Engine, Path]) -> None:
    engine, _ = store
    sites = Counted()
    with engine.connect() as conn:
        assert len(sites.kept.get(conn)) == 2
        conn.exec_driver_sql("INSERT INTO sites (name) VALUES ('Lab')")
        conn.commit()
        assert sites.kept.get(conn)[3] == "Lab"


def test_a_write_from_another_process_is_read(store: tuple[Engine, Path]) -> None:
    """A sync job in a process of its own writes the same file."""
    engine, path = store
    sites = Counted()
    with engine.connect() as conn:
        sites.kept.get(conn)
        other = sqlite3.connect(path)
        with other:
            other.execute("DELETE FROM sites WHERE id = 1")
        other.close()
        assert sites.kept.get(conn) == {2: "Depot"}


def test_connections_that_find_the_same_rows_share_what_was_made(
    store: tuple[Engine, Path],
) -> None:
    """The pool hands out several connections in turn: each reads once, the value made
    from equal rows is made once."""
    engine, _ = store
    sites = Counted()
    with engine.connect() as a, engine.connect() as b, engine.connect() as c:
        values = [sites.kept.get(conn) for conn in (a, b, c, a, b, c)]
    assert all(v is values[0] for v in values)
    assert (sites.reads, sites.made) == (3, 1)


def test_rows_not_committed_are_never_kept(store: tuple[Engine, Path]) -> None:
    """A connection in a transaction of its own reads afresh; once it rolls back, the
    value is the committed one again (a rollback moves neither of SQLite's figures)."""
    engine, _ = store
    sites = Counted()
    with engine.connect() as conn:
        kept = sites.kept.get(conn)
        conn.exec_driver_sql("UPDATE sites SET name = 'Gone' WHERE id = 1")
        assert sites.kept.get(conn)[1] == "Gone"  # its own write, seen while it lasts
        conn.rollback()
        assert sites.kept.get(conn) == {1: "Head office", 2: "Depot"} == kept
