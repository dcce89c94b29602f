"""A partial index of the open tickets' contracts and clients, for the queue's clock batch.

The batch reads the SLA terms of the contracts and the calendars of the clients that open
tickets have. Found through the index of open tickets by opening time, each ticket's
contract and client was a visit to the tickets table, three times over (contracts,
targets, clients). This index holds just those two ids of the open tickets.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("status != 'closed'")


def upgrade() -> None:
    """Create the index of open tickets' contracts and clients."""
    op.create_index(
        "ix_tickets_open_terms",
        "tickets",
        ["contract_id", "client_id"],
        unique=False,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    """Drop it."""
    op.drop_index("ix_tickets_open_terms", table_name="tickets")
