"""Payments against invoices and the overdue list (issue 19).

Payments are append-only like the credit ledger (a mistake is a reversing payment), on
SQLite and on PostgreSQL; an invoice whose payments cover what it owes becomes paid; the
overdue list shows issued invoices past their due date with the days and the open amount.
On the shared database the desk reads payments, only service managers and administrators
add them, and engineers and client admins see none.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from test_credit_notes import ISSUED_ON, _issue, _issued_invoice

from console.enums import Role
from console.errors import ValidationError
from console.model import Payment
from console.rules.billing import settled_status
from console.services.billing.credit_notes import draft_credit_note
from console.services.billing.drafts import show_invoice
from console.services.billing.payments import (
    Received,
    overdue,
    payments_of,
    record_payment,
    record_payments,
)
from console.sync.session import store_session

DUE = date(2026, 12, 31)  # issued on 1 December, 30 days net


def test_payments_that_cover_the_invoice_make_it_paid(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    assert invoice.total == Decimal("907.50") and invoice.due_date == DUE
    part = record_payment(sessions, users["mara"], invoice.number, "500.00", "2026-12-10",
                          reference="NL-BANK-001")  # fmt: skip
    assert part.status == "issued" and part.paid == Decimal("500.00")
    assert part.open == Decimal("407.50")
    whole = record_payment(sessions, users["mara"], invoice.id, Decimal("407.50"), DUE)
    assert whole.status == "paid" and whole.open == 0
    listed = payments_of(sessions, users["desk"], invoice.number)  # the desk reads them
    assert [p.amount for p in listed] == [Decimal("500.00"), Decimal("407.50")]
    assert listed[0].reference == "NL-BANK-001" and listed[0].recorded_by == "mara"


def test_a_mistake_is_a_reversing_payment(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    record_payment(sessions, users["mara"], invoice.id, "907.50", "2026-12-10")
    (paid,) = payments_of(sessions, users["mara"], invoice.id)
    back = record_payment(sessions, users["mara"], invoice.id, None, "2026-12-11",
                          reverses=paid.id, reference="wrong client")  # fmt: skip
    assert back.status == "issued" and back.open == invoice.total
    listed = payments_of(sessions, users["mara"], invoice.id)
    assert [p.amount for p in listed] == [Decimal("907.50"), Decimal("-907.50")]
    assert listed[1].reverses == paid.id
    with pytest.raises(ValidationError, match="reversed already"):
        record_payment(sessions, users["mara"], invoice.id, None, "2026-12-12", reverses=paid.id)


def test_what_a_payment_refuses(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    for amount, why in (("-5", "more than zero"), ("abc", "not an amount"),
                        ("1.005", "more places"), ("2000", "more than .* still owes")):  # fmt: skip
        with pytest.raises(ValidationError, match=why) as caught:
            record_payment(sessions, users["mara"], invoice.id, amount, "2026-12-10")
        assert caught.value.field == "amount"
    with pytest.raises(ValidationError, match="before") as early:
        record_payment(sessions, users["mara"], invoice.id, "10", "2026-11-30")
    assert early.value.field == "date"
    with pytest.raises(ValidationError, match="dispatcher may not"):
        record_payment(sessions, users["desk"], invoice.id, "10", "2026-12-10")
    note = draft_credit_note(sessions, users["mara"], invoice.id, reason="x", lines=[3])
    with pytest.raises(ValidationError, match="a draft is not paid"):
        record_payment(sessions, users["mara"], note.id, "10", "2026-12-10")
    issued = _issue(store, users["mara"], note.id)
    with pytest.raises(ValidationError, match="credit note"):
        record_payment(sessions, users["mara"], issued.number, "10", "2026-12-10")
    # what the credit note took back is not owed: 907.50 - 453.75 is paid in full
    left = record_payment(sessions, users["mara"], invoice.id, "453.75", "2026-12-10")
    assert left.credited == Decimal("453.75") and left.status == "paid"


def test_the_overdue_list_has_days_and_what_is_open(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    assert overdue(sessions, users["desk"], DUE) == []  # due today is not late
    record_payment(sessions, users["mara"], invoice.id, "7.50", "2026-12-10")
    (late,) = overdue(sessions, users["desk"], date(2027, 1, 15))
    assert late.invoice.number == invoice.number
    assert late.days_overdue == 15 and late.open_amount == Decimal("900.00")
    record_payment(sessions, users["mara"], invoice.id, "900", "2027-01-16")
    assert overdue(sessions, users["desk"], date(2027, 1, 20)) == []


def test_a_fully_credited_invoice_is_not_overdue(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    note = draft_credit_note(sessions, users["mara"], invoice.id, reason="cancelled order")
    _issue(store, users["mara"], note.id, ISSUED_ON)
    assert show_invoice(sessions, users["mara"], invoice.id).status == "cancelled"
    assert overdue(sessions, users["mara"], date(2027, 3, 1)) == []
    with pytest.raises(ValidationError, match="cancelled"):
        record_payment(sessions, users["mara"], invoice.id, "1", "2027-01-02")


def _append_only(engine: Engine) -> None:
    invoice, users = _issued_invoice(engine)
    record_payment(partial(store_session, engine), users["mara"], invoice.id, "100", "2026-12-10")
    with Session(engine) as session:
        payment = session.query(Payment).one()
        key = payment.id.hex if engine.dialect.name == "sqlite" else str(payment.id)
    for sql in (
        "UPDATE payments SET amount = 1 WHERE id = :id",
        "UPDATE payments SET paid_on = '2026-12-11' WHERE id = :id",
        "DELETE FROM payments WHERE id = :id",
    ):
        with pytest.raises(DBAPIError, match="never changed or deleted"), engine.begin() as conn:
            conn.execute(text(sql), {"id": key})
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM payments")).scalar_one() == 1


def test_a_payment_is_never_changed_or_deleted_on_sqlite(store: Engine) -> None:
    _append_only(store)


@pytest.mark.postgres
def test_a_payment_is_never_changed_or_deleted_on_postgresql(pg_store: Engine) -> None:
    _append_only(pg_store)


def test_payments_from_the_command_line(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    invoice, _users = _issued_invoice(store)
    db = ["--db", str(sqlite_path)]
    pay = ["billing", "pay", invoice.number, "--as", "mara", *db]
    for refused, option in (
        (["--amount", "abc", "--date", "2026-12-10"], "--amount"),
        (["--amount", "9999", "--date", "2026-12-10"], "--amount"),
        (["--date", "2026-12-10"], "--amount"),
        (["--amount", "10", "--date", "2026-11-02"], "--date"),
    ):
        assert main([*pay, *refused]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"error: {option}:" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as bad_day:  # refused while the options are read
        main([*pay, "--amount", "10", "--date", "10 Dec"])
    assert bad_day.value.code == 2 and "--date" in capsys.readouterr().err
    assert main(["billing", "pay", invoice.number, "--amount", "1", "--date", "2026-12-10",
                 "--as", "desk", *db]) == 2  # fmt: skip
    assert "dispatcher may not" in capsys.readouterr().err
    assert main([*pay, "--amount", "900.00", "--date", "2026-12-10", "--reference", "B-1"]) == 0
    assert "open 7.50 EUR" in capsys.readouterr().out
    assert main(["billing", "overdue", "--date", "2027-01-10", *db]) == 0
    out = capsys.readouterr().out
    assert invoice.number in out and "10" in out and "7.50 EUR" in out
    assert main(["billing", "payments", invoice.number, "--format", "json", *db]) == 0
    assert '"reference": "B-1"' in capsys.readouterr().out
    assert main([*pay, "--amount", "7.50", "--date", "2026-12-11"]) == 0
    assert "paid" in capsys.readouterr().out
    assert main(["billing", "overdue", "--date", "2027-01-10", *db]) == 0
    assert "0 overdue invoices" in capsys.readouterr().out


def test_a_bank_statement_from_the_command_line(
    store: Engine, sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    invoice, _users = _issued_invoice(store)
    db = ["--db", str(sqlite_path)]
    statement = tmp_path / "bank.csv"
    book = ["billing", "bank-statement", str(statement), "--as", "mara", *db]
    for content, says in (
        ("invoice,amount\n", "no 'paid_on' column"),
        ("invoice,amount,paid_on,iban\n", "unknown column 'iban'"),
        ("invoice,amount,paid_on\n", "no payments"),
        # line 3 pays more than what line 2 left: nothing is booked
        (f"Invoice,Amount,Paid on\n{invoice.number},900.00,2026-12-10\n"
         f"{invoice.number},10.00,2026-12-11\n", "line 3, amount: 10.00 EUR is more than"),
        ("invoice,amount,paid_on\nHN-2026-999999,1,2026-12-10\n", "line 2, invoice: no invoice"),
    ):  # fmt: skip
        statement.write_text(content, encoding="utf-8")
        assert main(book) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and says in err and "Traceback" not in err, err
    statement.write_bytes(b"invoice,amount,paid_on\n\xff\n")
    assert main(book) == 2 and "not UTF-8" in capsys.readouterr().err
    assert main([*book[:2], str(tmp_path / "missing.csv"), *book[3:]]) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert show_invoice(partial(store_session, store), _users["mara"], invoice.id).paid == 0
    statement.write_text(
        "\ufeffinvoice,amount,paid_on,reference\n"
        f"{invoice.number},900.00,2026-12-10,NL-BANK-1\n{invoice.number},7.50,2026-12-11,\n",
        encoding="utf-8",
    )
    assert main(book) == 0
    assert "2 payments booked; 1 invoices owe nothing more" in capsys.readouterr().out
    listed = payments_of(partial(store_session, store), _users["mara"], invoice.id)
    assert [(p.amount, p.reference) for p in listed] == [
        (Decimal("900.00"), "NL-BANK-1"),
        (Decimal("7.50"), None),
    ]


# ------------------------------------------------------------------ the shared database


def _invoice_on(server: Any) -> uuid.UUID:
    invoice = uuid.uuid4()
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute(
            "INSERT INTO invoices (id, row_version, created_at, updated_at, issuer, number, kind, "
            "status, client_id, currency, issue_date, subtotal, tax_total, total, "
            "payment_terms, notes) VALUES (%s, 1, now(), now(), 'HN', %s, 'monthly', 'issued', "
            "%s, 'EUR', '2026-12-01', 0, 0, 0, '', '')",
            (invoice, f"HN-2026-{uuid.uuid4().int % 10**6:06d}", server.ids["client_a"]),
        )
    return invoice


def _insert(url: str, invoice: uuid.UUID) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO payments (id, invoice_id, amount, currency, paid_on, method, at) "
            "VALUES (%s, %s, 1000000, 'EUR', '2026-12-10', 'bank transfer', now())",
            (uuid.uuid4(), invoice),
        )


def _count(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM payments").fetchone()
        return int(row[0]) if row else 0


@pytest.mark.postgres
def test_on_the_shared_database_only_money_roles_record_payments(server: Any) -> None:
    from sqlalchemy.engine import make_url

    from console.sync.users import add_user

    invoice = _invoice_on(server)
    manager = server.login("mgr", Role.SERVICE_MANAGER)
    admin = server.login("adm", Role.ADMIN)
    desk = server.login("desk", Role.DISPATCHER)
    engineer = server.login("eng", Role.ENGINEER, server.ids["engineer_a"])
    login = f"ca_{server.tag}"
    add_user(server.url, username=login, display_name="Client Admin", role=Role.CLIENT_ADMIN,
             client=str(server.ids["client_a"]))  # fmt: skip
    server.logins.append(login)
    client_admin = make_url(server.url).set(username=login).render_as_string(hide_password=False)
    _insert(manager, invoice)
    _insert(admin, invoice)
    assert _count(desk) == 2  # the desk reads them
    for url in (desk, engineer, client_admin):
        with pytest.raises((errors.InsufficientPrivilege, errors.CheckViolation)):
            _insert(url, invoice)
    assert _count(engineer) == 0  # engineers see none
    with pytest.raises(errors.InsufficientPrivilege):
        _count(client_admin)
    for url in (manager, admin):
        for change in ("UPDATE payments SET amount = 1", "DELETE FROM payments"):
            with (
                pytest.raises((errors.InsufficientPrivilege, errors.CheckViolation)),
                psycopg.connect(url, autocommit=True) as conn,
            ):
                conn.execute(change)
    assert _count(server.url) == 2


def test_an_invoice_marked_paid_before_payments_were_kept_owes_nothing(store: Engine) -> None:
    """The demo and older stores mark invoices paid without payment rows."""
    invoice, users = _issued_invoice(store)
    with store.begin() as conn:
        conn.execute(text("UPDATE invoices SET status = 'paid' WHERE id = :id"),
                     {"id": invoice.id.hex})  # fmt: skip
    sessions = partial(store_session, store)
    shown = show_invoice(sessions, users["mara"], invoice.id)
    assert shown.status == "paid" and shown.open == 0
    assert overdue(sessions, users["mara"], date(2027, 6, 1)) == []
    with pytest.raises(ValidationError, match="still owes"):
        record_payment(sessions, users["mara"], invoice.id, "1", "2027-01-02")


def test_a_days_statement_is_booked_at_once_as_one_at_a_time_would(store: Engine) -> None:
    _statement_booked(store)


@pytest.mark.postgres
def test_a_days_statement_is_booked_at_once_on_postgresql(pg_store: Engine) -> None:
    _statement_booked(pg_store)


def _statement_booked(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    day = [
        Received(invoice.number, "500.00", "2026-12-10", reference="NL-BANK-001"),
        Received(invoice.id, Decimal("407.50"), "2026-12-10", method="  card  "),
    ]
    assert record_payments(sessions, users["mara"], day) == 1  # one invoice paid now
    shown = show_invoice(sessions, users["mara"], invoice.id)
    assert shown.status == "paid" and shown.paid == invoice.total and shown.open == 0
    listed = payments_of(sessions, users["mara"], invoice.id)
    assert [(p.amount, p.method, p.reference) for p in listed] == [
        (Decimal("500.00"), "bank transfer", "NL-BANK-001"),
        (Decimal("407.50"), "card", None),
    ]


def test_a_statement_with_one_bad_payment_books_none(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    # each payment alone fits; together they pay more than the invoice owes
    day = [Received(invoice.id, "900.00", "2026-12-10"), Received(invoice.id, "10", "2026-12-10")]
    with pytest.raises(ValidationError, match="still owes") as caught:
        record_payments(sessions, users["mara"], day)
    assert caught.value.field == "amount"
    assert payments_of(sessions, users["mara"], invoice.id) == []
    assert show_invoice(sessions, users["mara"], invoice.id).status == "issued"
    with pytest.raises(ValidationError, match="dispatcher may not"):
        record_payments(sessions, users["desk"], [Received(invoice.id, "1", "2026-12-10")])


def test_a_statement_pays_what_a_credit_note_left(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    assert len(invoice.lines) > 1
    note = draft_credit_note(sessions, users["mara"], invoice.id, reason="one line", lines=[1])
    issued = _issue(store, users["mara"], note.id, ISSUED_ON)
    left = invoice.total + issued.total  # the note's total is negative
    assert record_payments(sessions, users["mara"], [Received(invoice.id, left, DUE)]) == 1
    assert show_invoice(sessions, users["mara"], invoice.id).status == "paid"


@pytest.mark.parametrize(
    ("total", "credited", "paid", "all_taken", "status"),
    [
        ("100", "0", "0", False, "issued"),
        ("100", "0", "99.99", False, "issued"),
        ("100", "0", "100", False, "paid"),
        ("100", "30", "70", False, "paid"),  # payments cover what the credit note left
        ("100", "100", "0", False, "cancelled"),
        ("100", "0", "0", True, "cancelled"),  # every line taken back, even at no amount
        ("0", "0", "0", False, "issued"),  # nothing paid, nothing credited: still issued
    ],
)
def test_what_an_issued_invoice_becomes(
    total: str, credited: str, paid: str, all_taken: bool, status: str
) -> None:
    assert settled_status(Decimal(total), Decimal(credited), Decimal(paid), all_taken) == status
