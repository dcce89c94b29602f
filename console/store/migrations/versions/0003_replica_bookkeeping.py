"""A local store can become a replica: outbox, sync state, conflict inbox, refetch list.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("schema_revision", sa.String(length=32), nullable=False),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_sync_outbox_mutation_id")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["table_name", "row_key"])
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("sees_all", sa.Boolean(), nullable=False),
        sa.Column("epoch", sa.Uuid(), nullable=True),
        sa.Column("cursor", sa.String(length=24), nullable=True),
        sa.Column("last_sync_at", console.store.types.UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("lag_seconds", sa.Integer(), nullable=True),
        sa.Column("applying", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.Column("field", sa.String(length=63), nullable=True),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("kept", sa.String(length=8), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", console.store.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_table(
        "sync_refetch",
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_key", name=op.f("pk_sync_refetch")),
    )

    if op.get_bind().dialect.name == "sqlite":
        _replace_local_guards(PULLING)


# The local append-only guards of 0001, which a pull must pass through: the rows it
# writes are the server's, already checked there.
APPEND_ONLY = {
    "credit_entries": "the credit ledger is append-only (C5): add a reversal entry instead",
    "audit_log": "the audit log is append-only",
    "ticket_status_changes": "ticket status history is append-only (T5)",
    "visit_status_changes": "visit status history is append-only (D7)",
    "visit_overrides": "recorded overrides are append-only (D5)",
}
LOCKED_MESSAGE = "a locked time entry cannot change (E5): add a reversing entry instead"
LOCKED_FIELDS = (
    "started_at",
    "ended_at",
    "ticket_id",
    "engineer_id",
    "billable",
    "non_billable_reason",
)
PULLING = "NOT EXISTS (SELECT 1 FROM sync_state WHERE applying)"


def _replace_local_guards(condition: str | None) -> None:
    when = f"WHEN {condition} " if condition else ""
    for table, message in APPEND_ONLY.items():
        for event in ("UPDATE", "DELETE"):
            name = f"{table}_no_{event.lower()}"
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} {when}"
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
    op.execute("DROP TRIGGER IF EXISTS time_entries_no_delete")
    op.execute(
        f"CREATE TRIGGER time_entries_no_delete BEFORE DELETE ON time_entries {when}"
        "BEGIN SELECT RAISE(ABORT, 'time entries are never deleted (E5)'); END"
    )
    locked = "OLD.locked" + (f" AND {condition}" if condition else "")
    op.execute("DROP TRIGGER IF EXISTS time_entries_locked")
    op.execute(
        f"CREATE TRIGGER time_entries_locked BEFORE UPDATE OF {', '.join(LOCKED_FIELDS)} "
        f"ON time_entries WHEN {locked} BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _replace_local_guards(None)
    op.drop_table("sync_refetch")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_state")
    op.drop_index("ix_sync_outbox_row", table_name="sync_outbox")
    op.drop_table("sync_outbox")
