"""A time entry the desk sends back with a reason, and where an engineer's day starts.

Nullable columns only, added in place: time entries and engineers are referenced by
other tables, which a batch copy on SQLite would break on any store that holds data.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the rejection to time entries and the base coordinates to engineers."""
    op.add_column(
        "time_entries", sa.Column("rejected_at", console.store.types.UTCDateTime(), nullable=True)
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE time_entries ADD COLUMN rejected_by CHAR(32) "
            "CONSTRAINT fk_time_entries_rejected_by_users REFERENCES users (id)"
        )
    else:
        op.add_column("time_entries", sa.Column("rejected_by", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_time_entries_rejected_by_users"),
            "time_entries",
            "users",
            ["rejected_by"],
            ["id"],
        )
    op.add_column("time_entries", sa.Column("rejection_reason", sa.Text(), nullable=True))
    for column in ("base_latitude", "base_longitude"):
        op.add_column(
            "engineers", sa.Column(column, console.store.types.ExactDecimal(), nullable=True)
        )


def downgrade() -> None:
    """Drop the base coordinates and the rejection."""
    for column in ("base_longitude", "base_latitude"):
        op.drop_column("engineers", column)
    op.drop_column("time_entries", "rejection_reason")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("fk_time_entries_rejected_by_users"), "time_entries")
    op.drop_column("time_entries", "rejected_by")
    op.drop_column("time_entries", "rejected_at")
