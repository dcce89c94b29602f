"""The queue's change journal: which open tickets changed, in the order they changed.

Triggers of the local store (SQLite) write it: every write to an open ticket, to its
assessments, visits or visit engineers, and to a table every queue row reads, moves its
subject's sequence number past all others. The window remembers the highest number it
has taken in, so a refresh reads what changed since, not a stamp of the whole queue.
It never travels.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Table

from .base import Base

queue_journal = Table(
    "queue_journal",
    Base.metadata,
    # a ticket's id as hex, or "*" for a table every queue row reads (clients, sites,
    # people, contracts, SLA targets, closing days): the queue reloads
    Column("subject", String(36), primary_key=True),
    Column("seq", Integer, nullable=False),
    Index("ix_queue_journal_seq", "seq", unique=True),
)
"""Per subject, the sequence number of its last change."""
