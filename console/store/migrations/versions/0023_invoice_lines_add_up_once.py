"""An issued invoice's lines are summed once per statement, not once per line.

The check that an issued invoice's lines add up to its subtotal (0007) ran for each line
inserted and summed all of that invoice's lines each time; an upload copies a table before
its indexes are built, so each sum scanned the whole table, and uploading the large demo
(409,000 lines) never finished. It now runs once per statement: the lines of the invoices
the statement touched (its transition table) summed in one grouped pass. The same rule at
the same moment (the end of the statement that brings the lines). And the guard that
keeps lines off an invoice issued before lets a bulk load's lines pass at once.

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


ISSUED = "EXISTS (SELECT 1 FROM invoices i WHERE i.id = {0}.invoice_id AND i.status <> 'draft')"
ISSUED_BEFORE = (
    "EXISTS (SELECT 1 FROM invoices i WHERE i.id = NEW.invoice_id AND i.status <> 'draft' "
    "AND i.xmin <> pg_current_xact_id()::xid) "
    "AND NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.id = NEW.id)"
)


def _line_guard(bulk_pass: str) -> str:
    """0007's guard on an issued invoice's lines, with ``bulk_pass`` said first."""
    return (
        "CREATE OR REPLACE FUNCTION dc_invoice_line_guard() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
        f"{bulk_pass}"
        f"IF TG_OP <> 'INSERT' AND {ISSUED.format('OLD')} OR "
        f"   TG_OP = 'UPDATE' AND {ISSUED.format('NEW')} OR "
        f"   TG_OP = 'INSERT' AND {ISSUED_BEFORE} THEN "
        f"  RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
    )


# A whole store loaded into an empty server (sync's bulk load, its keys dropped until the
# end) writes every invoice in the same transaction as its lines: a line then never joins
# an invoice issued before, and looking the invoice up without its key would scan the
# invoices once per line. The load's bookkeeping table says one is under way.
BULK_PASS = (
    "IF TG_OP = 'INSERT' AND to_regclass('sync_bulk_ddl') IS NOT NULL THEN "
    "  IF EXISTS (SELECT 1 FROM sync_bulk_ddl) THEN RETURN NEW; END IF; "
    "END IF; "
)


def upgrade() -> None:
    """Check each statement's invoices once; a bulk load's lines pass the guard at once."""
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite has no such check: a local store's lines are written by its own run
    op.execute(_line_guard(BULK_PASS))
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
    op.execute(_line_guard(""))
    op.execute("DROP TRIGGER IF EXISTS invoice_lines_add_up ON invoice_lines")
    op.execute(PER_LINE)
    op.execute(
        "CREATE TRIGGER invoice_lines_add_up AFTER INSERT ON invoice_lines "
        "FOR EACH ROW EXECUTE FUNCTION dc_invoice_lines_add_up()"
    )
