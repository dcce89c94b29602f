"""Gapless number series (ticket and visit references, invoice numbers): one statement.

The next number is taken by one upsert of the series' counter row, inside the caller's
transaction: the row stays locked until it ends, so concurrent writers queue on it, and
a rollback takes the number back with everything else (no gaps). The same statement
serves the desk's own store through SQLAlchemy and the sync server's push through
psycopg (`NEXT_NUMBER_PG`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, column, literal_column, table
from sqlalchemy.dialects import postgresql, sqlite

number_sequences = table("number_sequences", column("series"), column("year"), column("next_value"))


def _upsert(insert: Any) -> Any:
    n = number_sequences.c
    one: Any = literal_column("1")
    two: Any = literal_column("2")
    stmt = insert(number_sequences).values(
        series=bindparam("series"), year=bindparam("year"), next_value=two
    )
    return stmt.on_conflict_do_update(
        index_elements=[n.series, n.year], set_={"next_value": n.next_value + one}
    ).returning(n.next_value - one)


@cache
def _statement(dialect_name: str) -> Any:
    if dialect_name == "postgresql":
        return _upsert(postgresql.insert)
    return _upsert(sqlite.insert)


def next_number(connection: Connection, series: str, year: int) -> int:
    """The next number of a series for a year, taken in the connection's transaction."""
    stmt = _statement(connection.dialect.name)
    return int(connection.execute(stmt, {"series": series, "year": year}).scalar_one())


NEXT_NUMBER_PG = str(_statement("postgresql").compile(dialect=postgresql.psycopg.dialect()))
"""The statement as psycopg runs it, with %(series)s and %(year)s placeholders."""
