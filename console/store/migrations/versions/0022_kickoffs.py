"""The kick-off of a client's on-site support: when, with which consultants, what was agreed.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the table of kick-offs."""
    op.create_table(
        "kickoffs",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("consultants", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_kickoffs_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_kickoffs_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kickoffs")),
    )
    with op.batch_alter_table("kickoffs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kickoffs_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    """Drop the table of kick-offs."""
    with op.batch_alter_table("kickoffs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kickoffs_client_id"))
    op.drop_table("kickoffs")
