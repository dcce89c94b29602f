"""The share of SLA clocks a contract promises, which the service review measures against.

One column added in place with a default of 95 % (what every review used until now):
contracts are referenced by tickets, which a batch copy on SQLite would break.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NINETY_FIVE = "950000"
"""95 as the exact-decimal column stores it (four places, scaled to an integer)."""


def upgrade() -> None:
    """Add the promised attainment, 95 % for every contract so far."""
    op.add_column(
        "contracts",
        sa.Column(
            "attainment_target_pct",
            console.store.types.ExactDecimal(),
            nullable=False,
            server_default=sa.text(NINETY_FIVE),
        ),
    )


def downgrade() -> None:
    """Drop the promised attainment."""
    op.drop_column("contracts", "attainment_target_pct")
