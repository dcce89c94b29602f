"""Sites get their coordinates; sites and contacts can be deactivated, never deleted;
the questions billing asks of every entry get their indexes.

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
    # what billing asks of every entry and visit: reversed? drawn on credit? billed?
    # (without them the month's run on a large store read every time entry per entry)
    op.create_index(
        "ix_time_entries_reverses_id", "time_entries", ["reverses_id"],
        sqlite_where=sa.text("reverses_id IS NOT NULL"),
        postgresql_where=sa.text("reverses_id IS NOT NULL"),
    )  # fmt: skip
    op.drop_index("ix_time_entries_invoice_line_id", "time_entries")
    op.create_index(
        "ix_time_entries_invoice_line_id", "time_entries", ["invoice_line_id"],
        sqlite_where=sa.text("invoice_line_id IS NOT NULL"),
        postgresql_where=sa.text("invoice_line_id IS NOT NULL"),
    )  # fmt: skip
    op.create_index("ix_credit_entries_time_entry_id", "credit_entries", ["time_entry_id"])
    op.create_index("ix_invoice_lines_visit_id", "invoice_lines", ["visit_id"])


def downgrade() -> None:
    """Drop the indexes and the columns."""
    op.drop_index("ix_invoice_lines_visit_id", "invoice_lines")
    op.drop_index("ix_credit_entries_time_entry_id", "credit_entries")
    op.drop_index("ix_time_entries_reverses_id", "time_entries")
    op.drop_index("ix_time_entries_invoice_line_id", "time_entries")
    op.create_index("ix_time_entries_invoice_line_id", "time_entries", ["invoice_line_id"])
    for column in ("longitude", "latitude"):
        op.drop_column("sites", column)
    for table in ("contacts", "sites"):
        op.drop_column(table, "active")
