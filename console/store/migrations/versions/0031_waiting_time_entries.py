"""Partial indexes of the time entries waiting for a review, and of those sent back.

The time list opens on the entries waiting for a review. A desk with a million tickets
holds four million entries, a few tens of thousands of them waiting: found by walking
every entry in time order and reading its row, the list took 19 s to read. The indexes
hold the waiting ones, and the few sent back, alone.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WAITING = sa.text(
    "rejected_at IS NULL AND (provider_approved_at IS NULL OR client_approved_at IS NULL)"
)


SENT_BACK = sa.text("rejected_at IS NOT NULL")


def upgrade() -> None:
    """Create the indexes of waiting entries and of those sent back."""
    for name, where in (
        ("ix_time_entries_waiting", WAITING),
        ("ix_time_entries_sent_back", SENT_BACK),
    ):
        op.create_index(
            name,
            "time_entries",
            ["started_at"],
            unique=False,
            sqlite_where=where,
            postgresql_where=where,
        )


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_time_entries_sent_back", table_name="time_entries")
    op.drop_index("ix_time_entries_waiting", table_name="time_entries")
