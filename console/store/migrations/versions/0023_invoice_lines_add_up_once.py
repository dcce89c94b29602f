"""An issued invoice's lines are summed once per statement, not once per line.

The check that an issued invoice's lines add up to its subtotal (0007) ran for each line
inserted and summed all of that invoice's lines each time: uploading a store whose
invoices have thousands of lines took time that grew with the square of their length
(an upload of the large demo never finished). It now runs once per statement over the
invoices the statement gave lines to, read from the statement's transition table: the
same rule at the same moment (the end of the statement that brings the lines).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "an issued invoice never changes: correct it with a credit note"


def _function(source: str) -> str:
    """The check over the invoices named by ``source`` (NEW for a row, a table else)."""
    return (
        "CREATE OR REPLACE FUNCTION dc_invoice_lines_add_up() RETURNS trigger "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
        f"IF EXISTS (SELECT 1 FROM invoices i WHERE i.id IN ({source}) "
        "  AND i.status <> 'draft' AND i.subtotal <> (SELECT coalesce(sum(l.amount), 0) "
        "  FROM invoice_lines l WHERE l.invoice_id = i.id)) THEN "
        f"  RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation'; END IF; "
        "RETURN NULL; END $$"
    )


def upgrade() -> None:
    """Check each statement's invoices once."""
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no such check: a local store's lines are written by its own run
    op.execute("DROP TRIGGER IF EXISTS invoice_lines_add_up ON invoice_lines")
    op.execute(_function("SELECT DISTINCT invoice_id FROM added"))
    op.execute(
        "CREATE TRIGGER invoice_lines_add_up AFTER INSERT ON invoice_lines "
        "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
        "EXECUTE FUNCTION dc_invoice_lines_add_up()"
    )


def downgrade() -> None:
    """Back to the check per line."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS invoice_lines_add_up ON invoice_lines")
    op.execute(_function("NEW.invoice_id"))
    op.execute(
        "CREATE TRIGGER invoice_lines_add_up AFTER INSERT ON invoice_lines "
        "FOR EACH ROW EXECUTE FUNCTION dc_invoice_lines_add_up()"
    )
