"""Sites get their coordinates; sites and contacts can be deactivated, never deleted.

Tickets and visits point to sites and contacts, so a site that closes or a person who
leaves is taken out of the lists with an active flag instead of being deleted.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the columns (a plain ADD COLUMN: SQLite keeps its tables and references)."""
    for table in ("sites", "contacts"):
        op.add_column(
            table, sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    for column in ("latitude", "longitude"):
        op.add_column("sites", sa.Column(column, console.store.types.ExactDecimal(), nullable=True))


def downgrade() -> None:
    """Drop the columns."""
    for column in ("longitude", "latitude"):
        op.drop_column("sites", column)
    for table in ("contacts", "sites"):
        op.drop_column(table, "active")
