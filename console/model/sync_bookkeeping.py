"""A replica's own bookkeeping: the outbox, the sync state and the conflict inbox.

These tables live in every local store but never travel: they describe this device's
copy of the shared database, not the business.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Index, Integer, String, Table, Text, Uuid

from console.store.types import UTCDateTime

from .base import Base

outbox = Table(
    "sync_outbox",
    Base.metadata,
    # AUTOINCREMENT: a sequence number is never reused, even after its entry is pushed
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("mutation_id", Uuid(), nullable=False, unique=True),
    Column("table_name", String(63), nullable=False),
    Column("row_key", String(80), nullable=False),
    Column("op", String(8), nullable=False),
    Column("base_version", Integer),
    Column("base", JSON, nullable=False),
    Column("data", JSON, nullable=False),
    Column("schema_revision", String(32), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Index("ix_sync_outbox_row", "table_name", "row_key"),
    sqlite_autoincrement=True,
)
"""One user action's change to one row, waiting for the server's answer (sync rule 1)."""

sync_state = Table(
    "sync_state",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("device_id", Uuid(), nullable=False),
    Column("server", String(300), nullable=False),
    Column("login", String(63), nullable=False),
    Column("sees_all", Boolean, nullable=False),
    Column("epoch", Uuid()),
    Column("cursor", String(24)),
    Column("last_sync_at", UTCDateTime()),
    Column("last_error", Text),
    Column("lag_seconds", Integer),
    # Set only inside a pull's transaction: the local append-only triggers stand aside
    # while the server's own rows are copied in (other connections never see it set).
    Column("applying", Boolean, nullable=False, default=False),
)
"""The one row that makes a store a replica: which server, as whom, pulled up to where."""

conflicts = Table(
    "sync_conflicts",
    Base.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mutation_id", Uuid(), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("table_name", String(63), nullable=False),
    Column("row_key", String(80), nullable=False),
    Column("field", String(63)),
    Column("mine", JSON),
    Column("theirs", JSON),
    Column("kept", String(8)),
    Column("message", Text, nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("resolved_at", UTCDateTime()),
)
"""The conflict inbox: what the server did not take as it was, for the user to settle."""

refetch = Table(
    "sync_refetch",
    Base.metadata,
    Column("table_name", String(63), primary_key=True),
    Column("row_key", String(80), primary_key=True),
)
"""Rows a pull skipped because they had unpushed changes; the next pull fetches them."""

LOCAL_TABLES = frozenset({"sync_outbox", "sync_state", "sync_conflicts", "sync_refetch"})
