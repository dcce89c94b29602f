"""The visit steps by the time they were taken.

The desk's mail loop tells clients of the visit steps taken in the last hours (D7), every
few seconds: without an index it read every step of every visit ever made each time.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the index of steps by time."""
    op.create_index("ix_visit_status_changes_at", "visit_status_changes", ["at"], unique=False)


def downgrade() -> None:
    """Drop it."""
    op.drop_index("ix_visit_status_changes_at", table_name="visit_status_changes")
