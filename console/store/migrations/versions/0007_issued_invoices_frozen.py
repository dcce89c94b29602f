"""An issued invoice never changes: its number, amounts, dates and lines are frozen.

A correction is a credit note that references it. What may still change on an issued
invoice is its status (paid, cancelled; never back to draft), its notes, and its archived
PDF's hash once, when a PDF is first archived. The database refuses the rest on SQLite and
on PostgreSQL, whoever asks. A replica takes its invoices from the shared database, which
holds the rule there, so its own triggers stand aside (a new epoch on the server clears
and refills a replica's tables).

On PostgreSQL an issued invoice may get its lines only in the transaction that wrote it
(a desk's store uploaded whole), and after each insert its lines must add up to its
subtotal, so no later transaction can add to what a client owes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "an issued invoice never changes: correct it with a credit note"
FROZEN = (
    "issuer", "number", "kind", "client_id", "contract_id", "ticket_id", "currency",
    "issue_date", "due_date", "period_start", "period_end", "subtotal", "tax_total", "total",
    "payment_terms",
)  # fmt: skip
ISSUED = "EXISTS (SELECT 1 FROM invoices i WHERE i.id = {0}.invoice_id AND i.status <> 'draft')"
ISSUED_BEFORE = (
    "EXISTS (SELECT 1 FROM invoices i WHERE i.id = NEW.invoice_id AND i.status <> 'draft' "
    "AND i.xmin <> pg_current_xact_id()::xid) "
    "AND NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.id = NEW.id)"
)  # an issued invoice not written by this very transaction (a line it has already is a
# conflict the insert skips: an upload of a store the server holds in part)
ALONE = "NOT EXISTS (SELECT 1 FROM sync_state)"  # a replica: the server holds the rule


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    """Create the guards."""
    if _postgresql():
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FROZEN)
        # SECURITY DEFINER: the guard sees the invoice whatever the caller's row security
        op.execute(
            "CREATE FUNCTION dc_invoice_guard() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
            "IF TG_OP = 'DELETE' THEN "
            f"  IF OLD.status <> 'draft' THEN RAISE EXCEPTION '{MESSAGE}' "
            "   USING ERRCODE = 'check_violation'; END IF; RETURN OLD; END IF; "
            "IF OLD.status <> 'draft' AND (NEW.status = 'draft' OR "
            "   (OLD.pdf_sha256 IS NOT NULL AND NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256) "
            f"  OR {changed}) THEN RAISE EXCEPTION '{MESSAGE}' "
            "   USING ERRCODE = 'check_violation'; END IF; "
            "RETURN NEW; END $$"
        )
        op.execute(
            "CREATE FUNCTION dc_invoice_line_guard() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
            f"IF TG_OP <> 'INSERT' AND {ISSUED.format('OLD')} OR "
            f"   TG_OP = 'UPDATE' AND {ISSUED.format('NEW')} OR "
            f"   TG_OP = 'INSERT' AND {ISSUED_BEFORE} THEN "
            f"  RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE FUNCTION dc_invoice_lines_add_up() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
            "IF EXISTS (SELECT 1 FROM invoices i WHERE i.id = NEW.invoice_id "
            "  AND i.status <> 'draft' AND i.subtotal <> (SELECT coalesce(sum(l.amount), 0) "
            "  FROM invoice_lines l WHERE l.invoice_id = i.id)) THEN "
            f"  RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation'; END IF; "
            "RETURN NULL; END $$"
        )
        op.execute(
            # checked when the statement ends (a COPY or INSERT ... SELECT brings all of an
            # uploaded invoice's lines at once); not deferred, so a bulk load may still
            # rebuild its keys in the same transaction
            "CREATE TRIGGER invoice_lines_add_up AFTER INSERT ON invoice_lines "
            "FOR EACH ROW EXECUTE FUNCTION dc_invoice_lines_add_up()"
        )
        op.execute(
            "CREATE TRIGGER invoices_issued_frozen BEFORE UPDATE OR DELETE ON invoices "
            "FOR EACH ROW EXECUTE FUNCTION dc_invoice_guard()"
        )
        op.execute(
            "CREATE TRIGGER invoice_lines_issued_frozen "
            "BEFORE INSERT OR UPDATE OR DELETE ON invoice_lines "
            "FOR EACH ROW EXECUTE FUNCTION dc_invoice_line_guard()"
        )
        return
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in FROZEN)
    refuse = f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    op.execute(
        "CREATE TRIGGER invoices_issued_frozen BEFORE UPDATE ON invoices "
        f"WHEN OLD.status <> 'draft' AND {ALONE} AND (NEW.status = 'draft' OR "
        "(OLD.pdf_sha256 IS NOT NULL AND NEW.pdf_sha256 IS NOT OLD.pdf_sha256) OR "
        f"{changed}) {refuse}"
    )
    op.execute(
        "CREATE TRIGGER invoices_issued_kept BEFORE DELETE ON invoices "
        f"WHEN OLD.status <> 'draft' AND {ALONE} {refuse}"
    )
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        guard = ISSUED.format(row)
        if event == "UPDATE":
            guard = f"({guard} OR {ISSUED.format('NEW')})"
        op.execute(
            f"CREATE TRIGGER invoice_lines_issued_{event.lower()} BEFORE {event} "
            f"ON invoice_lines WHEN {ALONE} AND {guard} {refuse}"
        )


def downgrade() -> None:
    """Drop the guards."""
    if _postgresql():
        op.execute("DROP TRIGGER IF EXISTS invoices_issued_frozen ON invoices")
        op.execute("DROP TRIGGER IF EXISTS invoice_lines_issued_frozen ON invoice_lines")
        op.execute("DROP TRIGGER IF EXISTS invoice_lines_add_up ON invoice_lines")
        op.execute("DROP FUNCTION IF EXISTS dc_invoice_lines_add_up()")
        op.execute("DROP FUNCTION IF EXISTS dc_invoice_guard()")
        op.execute("DROP FUNCTION IF EXISTS dc_invoice_line_guard()")
        return
    op.execute("DROP TRIGGER IF EXISTS invoices_issued_frozen")
    op.execute("DROP TRIGGER IF EXISTS invoices_issued_kept")
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS invoice_lines_issued_{event}")
