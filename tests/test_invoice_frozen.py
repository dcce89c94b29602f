"""An issued invoice never changes, asked by raw SQL on SQLite and on PostgreSQL (issue 19)."""

from __future__ import annotations

from datetime import date

import pytest
from builders import MON, World
from monthly_run import bill_month
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.enums import ContractKind
from console.services.invoicing import issue_invoice

CHANGES = {
    "its total": "UPDATE invoices SET total = 1 WHERE id = :id",
    "its number": "UPDATE invoices SET number = 'X-2026-000999' WHERE id = :id",
    "back to draft": "UPDATE invoices SET status = 'draft', number = NULL, issue_date = NULL "
    "WHERE id = :id",
    "a line's amount": "UPDATE invoice_lines SET amount = 1 WHERE invoice_id = :id",
    "a new line": "INSERT INTO invoice_lines (id, row_version, created_at, updated_at, "
    "invoice_id, position, description, multiplier, amount, tax_rate_pct, drew_on) "
    "SELECT 'ffffffffffffffffffffffffffffffff', 1, created_at, updated_at, id, 9, 'extra', 1, "
    "1, 0, 'fixed' FROM invoices WHERE id = :id",
    "a deleted line": "DELETE FROM invoice_lines WHERE invoice_id = :id",
    "the invoice deleted": "DELETE FROM invoices WHERE id = :id",
}


def _issued_and_draft(engine: Engine) -> tuple[str, str]:
    with Session(engine) as session:
        issued = World(session, ContractKind.ON_DEMAND)
        issued.work(MON, 2)
        run = bill_month(session, issued.contract.id, 2026, 11)
        assert run.invoice is not None
        issue_invoice(session, run.invoice.id, date(2026, 12, 1))
        other = World(session, ContractKind.ON_DEMAND)
        other.client.name = "Other B.V."
        other.work(MON, 1)
        draft = bill_month(session, other.contract.id, 2026, 11).invoice
        assert draft is not None
        session.commit()
        return issued_id(run.invoice.id, engine), issued_id(draft.id, engine)


def issued_id(value: object, engine: Engine) -> str:
    """The id as the database's raw SQL compares it."""
    return value.hex if engine.dialect.name == "sqlite" else str(value)  # type: ignore[attr-defined]


def _check(engine: Engine) -> None:
    issued, draft = _issued_and_draft(engine)
    for what, sql in CHANGES.items():
        if engine.dialect.name == "postgresql":
            sql = sql.replace("'ffffffffffffffffffffffffffffffff'", "gen_random_uuid()")
        with pytest.raises(DBAPIError, match="never changes"), engine.begin() as conn:
            conn.execute(text(sql), {"id": issued})
        assert what  # each change is refused on its own
    paid = "UPDATE invoices SET status = 'paid', notes = 'paid on 5 Dec' WHERE id = :id"
    with engine.begin() as conn:  # what may change: paid, notes, and a draft's lines
        conn.execute(text(paid), {"id": issued})
        conn.execute(
            text("UPDATE invoice_lines SET amount = 99 WHERE invoice_id = :id"), {"id": draft}
        )


def test_an_issued_invoice_never_changes_on_sqlite(store: Engine) -> None:
    _check(store)


def test_an_issued_invoice_never_changes_on_postgresql(pg_store: Engine) -> None:
    _check(pg_store)
    issued = _issued_and_draft(pg_store)[0]
    # a line slipped in beside an allowed change no longer adds up to the subtotal
    sneak = CHANGES["a new line"].replace("'ffffffffffffffffffffffffffffffff'", "gen_random_uuid()")
    with pytest.raises(DBAPIError, match="never changes"), pg_store.begin() as conn:
        conn.execute(text("UPDATE invoices SET notes = 'x' WHERE id = :id"), {"id": issued})
        conn.execute(text(sneak), {"id": issued})


def test_the_lines_of_an_uploaded_invoice_are_summed_once_per_statement(pg_store: Engine) -> None:
    """An upload copies an issued invoice with its lines in one statement: the check that
    they add up runs once for that statement, not once per line (which summed every line
    again for each, and never finished on invoices of thousands of lines)."""
    with pg_store.connect() as conn:
        kinds = conn.execute(
            text("SELECT DISTINCT action_orientation FROM information_schema.triggers "
                 "WHERE trigger_name = 'invoice_lines_add_up'")
        ).scalars().all()  # fmt: skip
    assert kinds == ["STATEMENT"]
