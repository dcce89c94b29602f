"""Gapless number series (ticket references, visit references, invoice numbers).

The counter row is incremented in the caller's transaction by the one statement of
`console.store.numbers`, which the sync server's push uses too: if that transaction rolls
back, so does the increment, and the number is never used, so the series has no gaps.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.store.numbers import next_number
from console.store.replica import is_replica


def numbered_by_server(session: Session) -> bool:
    """Whether the server hands out numbers for this store (a replica, sync rule 6)."""
    return is_replica(session.connection())


def take_number(session: Session, series: str, year: int) -> int:
    """The next number of a series for a year, taken inside the session's transaction."""
    return next_number(session.connection(), series, year)
