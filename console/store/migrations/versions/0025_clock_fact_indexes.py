"""Indexes that answer the queue's clock batch alone: status histories and approved visits.

The batch reads, for every open ticket, its status history in order and the times of its
approved visits. Through the indexes on ticket_id alone each of those rows was a visit to
the table (about 5 us a ticket on the large demo). A history index on (ticket, instant,
status) answers the first in order by itself, and replaces the index on ticket_id alone,
which it serves as well; a partial index of approved visits answers the second.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPROVED = sa.text("approved_at IS NOT NULL")


def upgrade() -> None:
    """Create the two indexes; the history's replaces the one on ticket_id alone."""
    op.create_index(
        "ix_ticket_status_changes_history",
        "ticket_status_changes",
        ["ticket_id", "at", "to_status"],
        unique=False,
    )
    op.drop_index("ix_ticket_status_changes_ticket_id", table_name="ticket_status_changes")
    op.create_index(
        "ix_visits_approved_by_ticket",
        "visits",
        ["ticket_id", "approved_at", "arrived_at"],
        unique=False,
        sqlite_where=APPROVED,
        postgresql_where=APPROVED,
    )


def downgrade() -> None:
    """The indexes as they were."""
    op.drop_index("ix_visits_approved_by_ticket", table_name="visits")
    op.create_index(
        "ix_ticket_status_changes_ticket_id", "ticket_status_changes", ["ticket_id"], unique=False
    )
    op.drop_index("ix_ticket_status_changes_history", table_name="ticket_status_changes")
