"""Gapless number series (ticket references, visit references, invoice numbers).

The counter row is incremented in the caller's transaction: if that transaction rolls
back, so does the increment, and the number is never used, so the series has no gaps.
Concurrent writers queue on the row (PostgreSQL row lock, SQLite's single writer).
"""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.model import NumberSequence
from console.store.replica import is_replica


def numbered_by_server(session: Session) -> bool:
    """Whether the server hands out numbers for this store (a replica, sync rule 6)."""
    return is_replica(session.connection())


def take_number(session: Session, series: str, year: int) -> int:
    """The next number of a series for a year, taken inside the session's transaction."""
    seq = NumberSequence
    taken = session.execute(
        update(seq)
        .where(seq.series == series, seq.year == year)
        .values(next_value=seq.next_value + 1)
        .returning(seq.next_value)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if taken is not None:
        return int(taken) - 1
    try:
        with session.begin_nested():
            session.execute(insert(seq).values(series=series, year=year, next_value=2))
    except IntegrityError:  # another writer created the row first: take from it
        return take_number(session, series, year)
    return 1
