"""What a service manager keeps between reviews: focus areas, risks and recommendations
per client, open until closed.

A new table only.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the table of review notes."""
    op.create_table(
        "review_notes",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("raised_by", sa.Uuid(), nullable=True),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", console.store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('focus', 'risk', 'recommendation')", name=op.f("ck_review_notes_kind")
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'done', 'closed')",
            name=op.f("ck_review_notes_status"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_review_notes_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by"], ["users.id"], name=op.f("fk_review_notes_raised_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_review_notes_closed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_notes")),
    )
    with op.batch_alter_table("review_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_notes_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    """Drop the table of review notes."""
    with op.batch_alter_table("review_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_notes_client_id"))

    op.drop_table("review_notes")
