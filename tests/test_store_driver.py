"""Reading through the driver: statements compiled once per shape, bound afresh each run."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, Uuid, create_engine, select

from console.store.driver import fetch_columns, parse_stored_time
from console.store.types import UTCDateTime

_metadata = MetaData()
_things = Table(
    "things",
    _metadata,
    Column("n", Integer, primary_key=True),
    Column("name", String(20)),
    Column("key", Uuid()),
    Column("at", UTCDateTime()),
)
T0 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def _check_one_shape_with_every_binding(url: str) -> None:
    engine = create_engine(url)
    _metadata.create_all(engine)
    try:
        with engine.begin() as conn:
            keys = [uuid.uuid4() for _ in range(21)]
            conn.execute(_things.insert(), [
                {"n": n, "name": f"thing {n}", "key": keys[n], "at": T0 + timedelta(hours=n)}
                for n in range(1, 21)
            ])  # fmt: skip

            def named(numbers: list[int], above: int) -> list[object]:
                """The names of these numbers above a floor, in order: one statement shape."""
                stmt = (
                    select(_things.c.name)
                    .where(_things.c.n.in_(numbers), _things.c.n > above)
                    .order_by(_things.c.n)
                )
                (names,) = fetch_columns(conn, stmt, 1)
                return list(names)

            # the same shape again and again, with lists of other lengths and other floors:
            # each run gets its own values, never the first run's
            assert named([1, 2, 3], 0) == ["thing 1", "thing 2", "thing 3"]
            assert named([5, 9], 0) == ["thing 5", "thing 9"]
            assert named(list(range(1, 21)), 17) == ["thing 18", "thing 19", "thing 20"]
            assert named([], 0) == []
            assert named([4], 3) == ["thing 4"]
            assert fetch_columns(conn, select(_things.c.n, _things.c.name).where(
                _things.c.name == "thing 7"), 2) == [(7,), ("thing 7",)]  # fmt: skip
            # ids and aware times bound as their columns store them: a time at the edge
            # compares as the stored one does, not as the driver would print it
            after = select(_things.c.n).where(
                _things.c.at >= T0 + timedelta(hours=19), _things.c.key != keys[20]
            )
            assert fetch_columns(conn, after, 1, typed_binds=True) == [(19,)]
            (at,) = fetch_columns(conn, select(_things.c.at).where(_things.c.n == 3), 1)
            assert parse_stored_time(at[0]) == T0 + timedelta(hours=3)
    finally:
        _metadata.drop_all(engine)
        engine.dispose()


def test_a_compiled_shape_binds_each_runs_own_values_on_sqlite(tmp_path) -> None:
    _check_one_shape_with_every_binding(f"sqlite:///{tmp_path / 'driver.sqlite3'}")


@pytest.mark.postgres
def test_a_compiled_shape_binds_each_runs_own_values_on_postgresql(pg_url: str) -> None:
    _check_one_shape_with_every_binding(pg_url.replace("postgresql://", "postgresql+psycopg://"))
