"""An issued invoice's lines are summed once per statement, not once per line.

The check that an issued invoice's lines add up to its subtotal (0007) ran for each line
inserted and summed all of that invoice's lines each time; an upload copies a table before
its indexes are built, so each sum scanned the whole table, and uploading the large demo
(409,000 lines) never finished. It now runs once per statement: the lines of the invoices
the statement touched (its transition table) summed in one grouped pass. The same rule at
the same moment (the end of the statement that brings the lines).

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


PER_LINE = (
    "CREATE OR REPLACE FUNCTION dc_invoice_lines_add_up() RETURNS trigger "
    "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
    "IF EXISTS (SELECT 1 FROM invoices i WHERE i.id = NEW.invoice_id "
    "  AND i.status <> 'draft' AND i.subtotal <> (SELECT coalesce(sum(l.amount), 0) "
    "  FROM invoice_lines l WHERE l.invoice_id = i.id)) THEN "
    f"  RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation'; END IF; "
    "RETURN NULL; END $$"
)
"""0007's check, for the downgrade."""

# The sums of all the touched invoices in one grouped pass over the lines: an upload loads
# a table before its indexes are built, so a sum per invoice would scan the table each time.
PER_STATEMENT = (
    "CREATE OR REPLACE FUNCTION dc_invoice_lines_add_up() RETURNS trigger "
    "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
    "IF EXISTS (SELECT 1 FROM invoices i JOIN (SELECT l.invoice_id, sum(l.amount) AS total "
    "  FROM invoice_lines l WHERE l.invoice_id IN (SELECT invoice_id FROM added) "
    "  GROUP BY l.invoice_id) t ON t.invoice_id = i.id "
    "  WHERE i.status <> 'draft' AND i.subtotal <> t.total) THEN "
    f"  RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation'; END IF; "
    "RETURN NULL; END $$"
)


def upgrade() -> None:
    """Check each statement's invoices once."""
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no such check: a local store's lines are written by its own run
    op.execute("DROP TRIGGER IF EXISTS invoice_lines_add_up ON invoice_lines")
    op.execute(PER_STATEMENT)
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
    op.execute(PER_LINE)
    op.execute(
        "CREATE TRIGGER invoice_lines_add_up AFTER INSERT ON invoice_lines "
        "FOR EACH ROW EXECUTE FUNCTION dc_invoice_lines_add_up()"
    )
