"""A prepaid credit debit names the visit it pays for, as it names a time entry.

A visit's reservation paid wholly from prepaid credit leaves no invoice line, so only its
debit can say the visit is paid; a voided draft or a credit note that bills again gives a
visit's credit back by it.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the column (in place on SQLite: REFERENCES on a column of NULLs) and its index."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE credit_entries ADD COLUMN visit_id CHAR(32) "
            "CONSTRAINT fk_credit_entries_visit_id_visits REFERENCES visits (id)"
        )
    else:
        op.add_column("credit_entries", sa.Column("visit_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_credit_entries_visit_id_visits"),
            "credit_entries", "visits", ["visit_id"], ["id"],
        )  # fmt: skip
    op.create_index(op.f("ix_credit_entries_visit_id"), "credit_entries", ["visit_id"])


def downgrade() -> None:
    """Drop the index and the column."""
    op.drop_index(op.f("ix_credit_entries_visit_id"), "credit_entries")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("fk_credit_entries_visit_id_visits"), "credit_entries")
    op.drop_column("credit_entries", "visit_id")
