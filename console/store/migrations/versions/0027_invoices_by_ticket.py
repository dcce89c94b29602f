"""A partial index of the invoices of a ticket, for billing an Express emergency at its close.

Each close asks which invoices its ticket has already (the guarantee billed, the drafts
that take more lines). Without an index that read every invoice of the store, so billing
a year of emergencies grew with the square of the invoices. Only an emergency's invoices
carry a ticket, so the index holds those alone.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WITH_TICKET = sa.text("ticket_id IS NOT NULL")


def upgrade() -> None:
    """Create the index of invoices by ticket."""
    op.create_index(
        "ix_invoices_ticket_id",
        "invoices",
        ["ticket_id"],
        unique=False,
        sqlite_where=WITH_TICKET,
        postgresql_where=WITH_TICKET,
    )


def downgrade() -> None:
    """Drop it."""
    op.drop_index("ix_invoices_ticket_id", table_name="invoices")
