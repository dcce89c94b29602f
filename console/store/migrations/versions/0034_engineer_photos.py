"""The engineer's photo, sent with a proposal for the client to check the ID against (D7).

Two columns added in place: the engineer's photo (none so far), and on each outgoing
mail the engineers whose photos go with it (none for every mail so far). Engineers and
the outbox are referenced by other tables, which a batch copy on SQLite would break.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the photo and the photos a mail carries."""
    op.add_column("engineers", sa.Column("photo", sa.LargeBinary(), nullable=True))
    op.add_column(
        "mail_outbox",
        sa.Column("engineer_photos", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_column("mail_outbox", "engineer_photos")
    op.drop_column("engineers", "photo")
