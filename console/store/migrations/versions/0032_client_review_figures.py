"""The key figures each client asks to see in its service review (V2).

One column added in place, empty for every client so far (an empty list shows every
figure, as every pack did until now): clients are referenced by most tables, which a
batch copy on SQLite would break.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the chosen figures, none (every figure) for every client so far."""
    op.add_column(
        "clients",
        sa.Column("review_figures", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    """Drop the chosen figures."""
    op.drop_column("clients", "review_figures")
