"""Credit notes and payments.

A credit note is an invoice of the kind credit_note that names the invoice it corrects
(and each of its lines the line it takes back), why, and whether the work it takes back
is billed again; those columns are frozen on issue like the rest of an invoice. Payments
are a new append-only table: a mistake is a reversing payment, never an edit.

On SQLite the columns are plain ADD COLUMNs and the widened CHECKs an edit of the stored
table definition (as in 0006): no table is copied, so no trigger or reference is lost.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import console.store.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = (
    "guarantee", "restoration", "cause_removal", "monthly", "fte_overage", "credit_top_up",
)  # fmt: skip
NEW_KINDS = (*OLD_KINDS, "credit_note")
CREDIT_NOTE_FIELDS = (
    "(kind = 'credit_note') = (credits_invoice_id IS NOT NULL) AND "
    "(kind = 'credit_note' OR (credit_reason IS NULL AND NOT rebill))"
)
MESSAGE = "an issued invoice never changes: correct it with a credit note"
OLD_FROZEN = (
    "issuer", "number", "kind", "client_id", "contract_id", "ticket_id", "currency",
    "issue_date", "due_date", "period_start", "period_end", "subtotal", "tax_total", "total",
    "payment_terms",
)  # fmt: skip
NEW_FROZEN = (*OLD_FROZEN, "credits_invoice_id", "credit_reason", "rebill")
ALONE = "NOT EXISTS (SELECT 1 FROM sync_state)"  # a replica: the server holds the rule
PULLING = "NOT EXISTS (SELECT 1 FROM sync_state WHERE applying)"  # a pull passes (0003)
PAYMENTS_MESSAGE = "a payment is never changed or deleted: record a reversing payment instead"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _kinds(values: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _rewrite_sqlite_table(table: str, edits: list[tuple[str, str]]) -> None:
    """Change constraints in SQLite's stored table definition, without copying the table.

    Widening a CHECK, or adding one every stored row meets, changes no stored row, so
    SQLite documents this edit of the schema text for it (the new version number makes
    every connection read the schema again).
    """
    bind = op.get_bind()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    text = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    for old, new in edits:
        if old not in text:
            raise RuntimeError(f"the {table} table is not as this migration expects: {old}")
        text = text.replace(old, new)
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (text, table)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def _kind_edit(up: bool) -> list[tuple[str, str]]:
    old = f"CONSTRAINT ck_invoices_kind CHECK ({_kinds(OLD_KINDS)})"
    new = (
        f"CONSTRAINT ck_invoices_kind CHECK ({_kinds(NEW_KINDS)}), \n\t"
        f"CONSTRAINT ck_invoices_credit_note_fields CHECK ({CREDIT_NOTE_FIELDS})"
    )
    return [(old, new)] if up else [(new, old)]


def _sqlite_invoice_guard(frozen: Sequence[str]) -> None:
    """The issued-invoice guard of 0007 over these columns."""
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in frozen)
    op.execute("DROP TRIGGER IF EXISTS invoices_issued_frozen")
    op.execute(
        "CREATE TRIGGER invoices_issued_frozen BEFORE UPDATE ON invoices "
        f"WHEN OLD.status <> 'draft' AND {ALONE} AND (NEW.status = 'draft' OR "
        "(OLD.pdf_sha256 IS NOT NULL AND NEW.pdf_sha256 IS NOT OLD.pdf_sha256) OR "
        f"{changed}) BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )


def _postgresql_invoice_guard(frozen: Sequence[str]) -> None:
    """The issued-invoice guard function of 0007 over these columns."""
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in frozen)
    op.execute(
        "CREATE OR REPLACE FUNCTION dc_invoice_guard() RETURNS trigger LANGUAGE plpgsql "
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


def _create_payments() -> None:
    op.create_table(
        "payments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("invoice_id", sa.Uuid(), nullable=False),
        sa.Column("amount", console.store.types.ExactDecimal(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=True),
        sa.Column("reverses_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("at", console.store.types.UTCDateTime(), nullable=False),
        sa.Column("by_user_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_payments_amount_not_zero")),
        sa.CheckConstraint(
            "(reverses_id IS NULL) = (amount > 0)", name=op.f("ck_payments_reversal_negative")
        ),
        sa.ForeignKeyConstraint(
            ["by_user_id"], ["users.id"], name=op.f("fk_payments_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_payments_invoice_id_invoices")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["payments.id"], name=op.f("fk_payments_reverses_id_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    op.create_index(op.f("ix_payments_invoice_id"), "payments", ["invoice_id"], unique=False)
    if _sqlite():
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER payments_no_{event.lower()} BEFORE {event} ON payments "
                f"WHEN {PULLING} BEGIN SELECT RAISE(ABORT, '{PAYMENTS_MESSAGE}'); END"
            )
        return
    op.execute(
        "CREATE TRIGGER payments_append_only BEFORE UPDATE OR DELETE ON payments "
        f"FOR EACH ROW EXECUTE FUNCTION dc_append_only('{PAYMENTS_MESSAGE}')"
    )


def upgrade() -> None:
    """Add the credit note columns, widen the kinds, freeze the new columns, add payments."""
    if _sqlite():
        # REFERENCES on a column added with NULL values: SQLite adds it in place
        op.execute(
            "ALTER TABLE invoices ADD COLUMN credits_invoice_id CHAR(32) "
            "CONSTRAINT fk_invoices_credits_invoice_id_invoices REFERENCES invoices (id)"
        )
        op.execute("ALTER TABLE invoices ADD COLUMN credit_reason VARCHAR(500)")
        op.execute("ALTER TABLE invoices ADD COLUMN rebill BOOLEAN DEFAULT 0 NOT NULL")
        op.execute(
            "ALTER TABLE invoice_lines ADD COLUMN credits_line_id CHAR(32) "
            "CONSTRAINT fk_invoice_lines_credits_line_id_invoice_lines "
            "REFERENCES invoice_lines (id)"
        )
        _rewrite_sqlite_table("invoices", _kind_edit(up=True))
        _sqlite_invoice_guard(NEW_FROZEN)
    else:
        op.add_column("invoices", sa.Column("credits_invoice_id", sa.Uuid(), nullable=True))
        op.add_column("invoices", sa.Column("credit_reason", sa.String(length=500), nullable=True))
        op.add_column(
            "invoices",
            sa.Column("rebill", sa.Boolean(), nullable=False, server_default=sa.false()),
        )
        op.create_foreign_key(
            op.f("fk_invoices_credits_invoice_id_invoices"),
            "invoices", "invoices", ["credits_invoice_id"], ["id"],
        )  # fmt: skip
        op.drop_constraint(op.f("ck_invoices_kind"), "invoices", type_="check")
        op.create_check_constraint(op.f("ck_invoices_kind"), "invoices", _kinds(NEW_KINDS))
        op.create_check_constraint(
            op.f("ck_invoices_credit_note_fields"), "invoices", CREDIT_NOTE_FIELDS
        )
        op.add_column("invoice_lines", sa.Column("credits_line_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_invoice_lines_credits_line_id_invoice_lines"),
            "invoice_lines", "invoice_lines", ["credits_line_id"], ["id"],
        )  # fmt: skip
        _postgresql_invoice_guard(NEW_FROZEN)
    op.create_index(
        op.f("ix_invoices_credits_invoice_id"), "invoices", ["credits_invoice_id"], unique=False
    )
    op.create_index(
        op.f("ix_invoice_lines_credits_line_id"),
        "invoice_lines", ["credits_line_id"], unique=False,
    )  # fmt: skip
    _create_payments()


def downgrade() -> None:
    """Drop payments and the credit note columns."""
    if _sqlite():
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS payments_no_{event}")
    else:
        op.execute("DROP TRIGGER IF EXISTS payments_append_only ON payments")
    op.drop_index(op.f("ix_payments_invoice_id"), table_name="payments")
    op.drop_table("payments")
    op.drop_index(op.f("ix_invoice_lines_credits_line_id"), table_name="invoice_lines")
    op.drop_index(op.f("ix_invoices_credits_invoice_id"), table_name="invoices")
    if _sqlite():
        _sqlite_invoice_guard(OLD_FROZEN)
        _rewrite_sqlite_table("invoices", _kind_edit(up=False))
        # SQLite 3.35+ drops a column in place, keeping the table as it is otherwise
        op.execute("ALTER TABLE invoice_lines DROP COLUMN credits_line_id")
        for column in ("rebill", "credit_reason", "credits_invoice_id"):
            op.execute(f"ALTER TABLE invoices DROP COLUMN {column}")
        return
    _postgresql_invoice_guard(OLD_FROZEN)
    op.drop_constraint(
        op.f("fk_invoice_lines_credits_line_id_invoice_lines"), "invoice_lines", type_="foreignkey"
    )
    op.drop_column("invoice_lines", "credits_line_id")
    op.drop_constraint(op.f("ck_invoices_credit_note_fields"), "invoices", type_="check")
    op.drop_constraint(op.f("ck_invoices_kind"), "invoices", type_="check")
    op.create_check_constraint(op.f("ck_invoices_kind"), "invoices", _kinds(OLD_KINDS))
    op.drop_constraint(
        op.f("fk_invoices_credits_invoice_id_invoices"), "invoices", type_="foreignkey"
    )
    for column in ("rebill", "credit_reason", "credits_invoice_id"):
        op.drop_column("invoices", column)
