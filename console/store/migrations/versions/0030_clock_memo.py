"""The queue's remembered clocks (see console.model.clock_memo).

At start the window worked out every open ticket's clock again from its history, its
contract and its calendar: about 60 us a ticket, fifty times the due time itself. The
local store now keeps each answer with the journal number it was worked out at, and the
queue takes it as it is while the journal shows nothing newer for its ticket or the
shared tables. PostgreSQL gets the table too, so both schemas stay one; only the local
store's queue fills it (the server has no journal).

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the table."""
    op.create_table(
        "clock_memo",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("rules", sa.String(length=40), nullable=False),
        sa.Column("valid_from", sa.BigInteger(), nullable=False),
        sa.Column("as_of", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.BigInteger(), nullable=True),
        sa.Column("due_at", sa.BigInteger(), nullable=True),
        sa.Column("at_risk_at", sa.BigInteger(), nullable=True),
        sa.Column("met_at", sa.BigInteger(), nullable=True),
        sa.Column("used_s", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_clock_memo")),
    )


def downgrade() -> None:
    """Drop it."""
    op.drop_table("clock_memo")
