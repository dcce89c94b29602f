"""A client says how it wants its invoices: a plain PDF, a Factur-X PDF/A-3 with the
structured invoice embedded, or a PDF with a Peppol UBL file beside it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FORMATS = "e_invoice_format IN ('pdf', 'factur_x', 'ubl')"


def upgrade() -> None:
    """Add the column with its CHECK, every existing client on a plain PDF.

    Written as one ADD COLUMN with a column constraint: SQLite takes it in place, so no
    table is copied and no trigger or reference is lost.
    """
    op.execute(
        "ALTER TABLE clients ADD COLUMN e_invoice_format VARCHAR(32) DEFAULT 'pdf' NOT NULL "
        f"CONSTRAINT ck_clients_e_invoice_format CHECK ({FORMATS})"
    )


def downgrade() -> None:
    """Drop the column (its CHECK goes with it)."""
    op.drop_column("clients", "e_invoice_format")
