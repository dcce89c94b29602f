"""The queue's remembered clocks: each open ticket's next SLA clock as last worked out.

Working a clock out reads the ticket's status history, assessments, visits, contract and
calendar: most of a queue's load at start. A clock's due and at-risk instants stay fixed
until something it reads changes, and the queue's journal numbers every such change, so
the local store keeps the answer with the journal number it was worked out at; a row is
taken as it is while neither its ticket nor a shared table has a later number.
It never travels.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Integer, String, Table

from .base import Base

clock_memo = Table(
    "clock_memo",
    Base.metadata,
    Column("ticket_id", String(36), primary_key=True),  # as the tickets table stores it
    Column("seq", Integer, nullable=False),  # the journal's last number when worked out
    Column("rules", String(40), nullable=False),  # the clock rules' edition (see the queue)
    # Instants as whole microseconds since 1970 (exact, and no text to parse)
    Column("valid_from", BigInteger, nullable=False),  # the ticket's latest event
    Column("as_of", BigInteger, nullable=False),  # when used and remaining were measured
    # The clock; no kind when nothing is pending
    Column("kind", String(20)),
    Column("state", String(20)),
    Column("minutes", Integer),
    Column("started_at", BigInteger),
    Column("due_at", BigInteger),
    Column("at_risk_at", BigInteger),
    Column("met_at", BigInteger),
    Column("used_s", BigInteger),  # whole seconds of business time used, as of as_of
)
"""Per open ticket, the clock the queue shows."""
