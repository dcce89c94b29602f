"""Credit notes: the one correction of an issued invoice (issue 19).

A credit note takes back lines of an issued invoice, each at most once, in a gapless
series of its own; it is frozen once issued like any invoice; a fully credited invoice is
cancelled, and its work is billed again by the next run only when the desk says so.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from builders import MON, PROFILE, World
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.enums import ContractKind, InvoiceKind, Role
from console.errors import UserError, ValidationError
from console.model import Invoice, InvoiceLine, TimeEntry, User
from console.services.billing.credit_notes import draft_credit_note
from console.services.billing.drafts import (
    drafts_of_month,
    issue_invoices,
    show_invoice,
    void_draft,
)
from console.services.billing.run import run_month
from console.services.invoicing import tax_lines
from console.services.provider import save_profile
from console.sync.session import store_session

ISSUED_ON = date(2026, 12, 1)


def _desk(engine: Engine, days: int = 3) -> dict[str, Any]:
    """An on-demand client with ``days`` days of approved work, a manager and a dispatcher."""
    with Session(engine) as session:
        w = World(session, ContractKind.ON_DEMAND)
        for day in range(days):
            w.work(MON + timedelta(days=day), 1 + day)
        mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
        desk = User(username="desk", display_name="Desk", role=Role.DISPATCHER)
        session.add_all([mara, desk])
        save_profile(session, PROFILE)
        session.commit()
        return {"mara": mara.id, "desk": desk.id, "client": w.client.name}


def _issued_invoice(engine: Engine, days: int = 3) -> tuple[Any, dict[str, Any]]:
    users = _desk(engine, days)
    sessions = partial(store_session, engine)
    report = run_month(sessions, users["mara"], 2026, 11, lines=True)
    (issued,) = issue_invoices(sessions, users["mara"], [d.id for d in report.drafts], ISSUED_ON)
    return issued, users


def _issue(engine: Engine, user: object, note_id: object, day: date = ISSUED_ON) -> Any:
    (issued,) = issue_invoices(partial(store_session, engine), user, [note_id], day)  # type: ignore[arg-type]
    return issued


def test_a_whole_credit_note_cancels_the_invoice_in_its_own_series(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    assert invoice.number == "HN-2026-000001" and invoice.total > 0
    note = draft_credit_note(sessions, users["mara"], invoice.number, reason="wrong rate")
    assert note.number is None and note.kind == InvoiceKind.CREDIT_NOTE
    assert note.credits == invoice.number and note.reason == "wrong rate"
    assert note.total == -invoice.total and len(note.lines) == len(invoice.lines)
    issued = _issue(store, users["mara"], note.id)
    assert issued.number == "HNC-2026-000001" and issued.total == -invoice.total
    assert show_invoice(sessions, users["mara"], invoice.number).status == "cancelled"
    # the invoice series carries on where it was: the credit note took none of its numbers
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        w.client.name = "Other B.V."
        w.work(MON, 1)
        session.commit()
    (draft,) = run_month(sessions, users["mara"], 2026, 11, client="Other B.V.", lines=True).drafts
    assert _issue(store, users["mara"], draft.id).number == "HN-2026-000002"


def test_credit_note_numbers_are_gapless_and_apart_from_invoices(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    first = draft_credit_note(sessions, users["mara"], invoice.id, reason="r1", lines=[1])
    second = draft_credit_note(sessions, users["mara"], invoice.id, reason="r2", lines=[2])
    # a refused batch gives its number back: the series keeps no gap
    with pytest.raises(ValidationError):
        issue_invoices(sessions, users["mara"], [first.id, invoice.id], ISSUED_ON)
    assert _issue(store, users["mara"], first.id).number == "HNC-2026-000001"
    assert _issue(store, users["mara"], second.id).number == "HNC-2026-000002"
    assert show_invoice(sessions, users["mara"], invoice.id).status == "issued"  # one line left


def test_never_credit_more_than_the_invoice(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    draft_credit_note(sessions, users["mara"], invoice.id, reason="day two", lines=[2])
    with pytest.raises(ValidationError, match=r"line 2 .* on a credit note already") as caught:
        draft_credit_note(sessions, users["mara"], invoice.id, reason="again", lines=[2, 3])
    assert caught.value.field == "line"
    with pytest.raises(ValidationError, match="no line 9"):
        draft_credit_note(sessions, users["mara"], invoice.id, reason="x", lines=[9])
    rest = draft_credit_note(sessions, users["mara"], invoice.id, reason="the rest")
    assert [ln.description for ln in rest.lines] == [
        invoice.lines[0].description,
        invoice.lines[2].description,
    ]
    with pytest.raises(ValidationError, match="nothing left to credit"):
        draft_credit_note(sessions, users["mara"], invoice.id, reason="more")
    for note in show_invoice(sessions, users["mara"], invoice.id), rest:
        assert note  # both exist
    with Session(store) as session:
        notes = session.scalars(
            select(Invoice).where(Invoice.kind == InvoiceKind.CREDIT_NOTE)
        ).all()
        credited = -sum((n.lines[0].amount for n in notes), Decimal(0))
        assert credited <= invoice.total
    with pytest.raises(ValidationError, match="say why") as why:
        draft_credit_note(sessions, users["mara"], invoice.id, reason="  ")
    assert why.value.field == "reason"


def test_partial_notes_never_take_back_more_tax_than_was_charged(store: Engine) -> None:
    """Three lines whose tax rounds up alone: the notes together take back the invoice's tax."""
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
        session.add(mara)
        save_profile(session, PROFILE)
        invoice = Invoice(
            issuer="HN", kind=InvoiceKind.MONTHLY, client_id=w.client.id,
            contract_id=w.contract.id, currency="EUR",
        )  # fmt: skip
        for position in range(3):
            invoice.lines.append(
                InvoiceLine(position=position, description=f"item {position}",
                            amount=Decimal("0.50"), tax_rate_pct=Decimal(5), drew_on="fixed")
            )  # fmt: skip
        session.add(invoice)
        session.commit()
        mara_id, invoice_id = mara.id, invoice.id
    sessions = partial(store_session, store)
    (issued,) = issue_invoices(sessions, mara_id, [invoice_id], ISSUED_ON)
    assert issued.tax == Decimal("0.08")  # 1.50 x 5 % = 0.075, rounded once
    totals = []
    for line in (1, 2, 3):
        note = draft_credit_note(sessions, mara_id, invoice_id, reason="r", lines=[line])
        totals.append(_issue(store, mara_id, note.id).tax)
    assert sum(totals) == -issued.tax  # each alone would round 0.025 to 0.03
    assert show_invoice(sessions, mara_id, invoice_id).status == "cancelled"
    with Session(store) as session:  # the printed tax lines say what was stored
        for stored in session.scalars(select(Invoice).where(Invoice.kind == "credit_note")):
            printed = sum((t.tax.amount for t in tax_lines(stored)), Decimal(0))
            assert printed == stored.tax_total


def test_rebill_frees_the_work_for_the_next_run_only_when_asked(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    kept = draft_credit_note(sessions, users["mara"], invoice.id, reason="goodwill", lines=[1])
    with pytest.raises(ValidationError, match="whole invoice") as caught:
        draft_credit_note(sessions, users["mara"], invoice.id, reason="redo", rebill=True)
    assert caught.value.field == "rebill"
    void_draft(sessions, users["mara"], kept.id)

    def billed() -> int:
        with Session(store) as session:
            return int(
                session.scalar(select(func.count()).where(TimeEntry.invoice_line_id.is_not(None)))
                or 0
            )

    assert billed() == 3
    note = draft_credit_note(sessions, users["mara"], invoice.id, reason="redo", rebill=True)
    assert billed() == 3  # a draft frees nothing: voiding it must not bill the work twice
    assert drafts_of_month(sessions, users["mara"], 2026, 11) == []  # issued on its own
    assert run_month(sessions, users["mara"], 2026, 11, lines=True).drafts == []
    _issue(store, users["mara"], note.id)
    assert billed() == 0
    (again,) = run_month(sessions, users["mara"], 2026, 11, lines=True).drafts
    assert again.subtotal == invoice.subtotal
    assert run_month(sessions, users["mara"], 2026, 11, lines=True).drafts == []  # and only once


def test_without_rebill_the_credited_work_stays_billed(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    note = draft_credit_note(sessions, users["mara"], invoice.id, reason="goodwill")
    _issue(store, users["mara"], note.id)
    assert run_month(sessions, users["mara"], 2026, 11, lines=True).drafts == []


def test_what_is_not_credited(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    with pytest.raises(ValidationError, match="dispatcher may not"):
        draft_credit_note(sessions, users["desk"], invoice.id, reason="x")
    note = draft_credit_note(sessions, users["mara"], invoice.id, reason="x")
    with pytest.raises(ValidationError, match="credit note itself"):
        draft_credit_note(sessions, users["mara"], note.id, reason="x")
    _issue(store, users["mara"], note.id)
    with pytest.raises(ValidationError, match="cancelled"):
        draft_credit_note(sessions, users["mara"], invoice.id, reason="x")
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        w.client.name = "Other B.V."
        w.work(MON, 1)
        session.commit()
    (draft,) = run_month(sessions, users["mara"], 2026, 11, client="Other B.V.", lines=True).drafts
    with pytest.raises(ValidationError, match="a draft is not credited"):
        draft_credit_note(sessions, users["mara"], draft.id, reason="x")


def _frozen(engine: Engine) -> None:
    invoice, users = _issued_invoice(engine)
    note = draft_credit_note(
        partial(store_session, engine), users["mara"], invoice.id, reason="wrong"
    )
    issued = _issue(engine, users["mara"], note.id)
    key = issued.id.hex if engine.dialect.name == "sqlite" else str(issued.id)
    other = invoice.id.hex if engine.dialect.name == "sqlite" else str(invoice.id)
    changes = {
        "UPDATE invoices SET total = 0 WHERE id = :id": {"id": key},
        "UPDATE invoices SET credit_reason = 'other' WHERE id = :id": {"id": key},
        "UPDATE invoices SET rebill = true WHERE id = :id": {"id": key},
        "UPDATE invoices SET credits_invoice_id = :o WHERE id = :id": {"id": key, "o": key},
        "UPDATE invoice_lines SET amount = 0 WHERE invoice_id = :id": {"id": key},
        "DELETE FROM invoice_lines WHERE invoice_id = :id": {"id": key},
        "DELETE FROM invoices WHERE id = :id": {"id": key},
        "UPDATE invoices SET status = 'draft', number = NULL, issue_date = NULL WHERE id = :id": {
            "id": key
        },
    }
    for sql, params in changes.items():
        with pytest.raises(DBAPIError, match="never changes"), engine.begin() as conn:
            conn.execute(text(sql), params)
    with engine.connect() as conn:
        assert conn.execute(
            text("SELECT status FROM invoices WHERE id = :id"), {"id": other}
        ).scalar_one() == "cancelled"  # fmt: skip


def test_an_issued_credit_note_is_frozen_on_sqlite(store: Engine) -> None:
    _frozen(store)


@pytest.mark.postgres
def test_an_issued_credit_note_is_frozen_on_postgresql(pg_store: Engine) -> None:
    _frozen(pg_store)


def test_a_credit_note_names_its_invoice_in_the_database(store: Engine) -> None:
    """The kind and the reference go together, whoever writes the row."""
    invoice, _users = _issued_invoice(store)
    with pytest.raises(DBAPIError), store.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO invoices (id, row_version, created_at, updated_at, issuer, kind, "
                "status, client_id, currency, subtotal, tax_total, total, payment_terms, notes, "
                "rebill) SELECT 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 1, created_at, updated_at, "
                "issuer, 'credit_note', 'draft', client_id, currency, 0, 0, 0, '', '', 0 "
                "FROM invoices WHERE id = :id"
            ),
            {"id": invoice.id.hex},
        )


def test_credit_note_from_the_command_line(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    invoice, _users = _issued_invoice(store)
    db = ["--db", str(sqlite_path)]
    number = invoice.number
    base = ["billing", "credit-note", number, "--as", "mara", *db]
    for refused, option in (
        (["--line", "7", "--reason", "x"], "--line"),
        (["--reason", " "], "--reason"),
        (["--line", "1", "--reason", "x", "--rebill"], "--rebill"),
    ):
        assert main([*base, *refused]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"error: {option}:" in err and "Traceback" not in err
    assert main([*base[:3], "--reason", "x", *db, "--as", "desk"]) == 2
    assert "dispatcher may not" in capsys.readouterr().err
    assert main([*base, "--line", "2", "--reason", "wrong day"]) == 0
    out = capsys.readouterr().out
    assert f"drafted for {number}: 1 line" in out and "billing issue" in out
    note_id = out.split()[2]
    issue = ["billing", "issue", note_id, "--date", "2026-12-02", "--as", "mara", *db]
    assert main(issue) == 0
    assert "HNC-2026-000001" in capsys.readouterr().out
    assert main(["billing", "show", number, *db]) == 0
    shown = capsys.readouterr().out
    assert "(credited)" in shown and "open" in shown
    assert main([*base, "--reason", "the rest", "--issue", "--date", "2026-12-03"]) == 0
    assert "HNC-2026-000002" in capsys.readouterr().out
    assert main(["billing", "invoices", "--status", "cancelled", *db]) == 0
    assert number in capsys.readouterr().out


def test_issue_refuses_a_credit_note_of_a_changed_invoice(store: Engine) -> None:
    invoice, users = _issued_invoice(store)
    sessions = partial(store_session, store)
    note = draft_credit_note(sessions, users["mara"], invoice.id, reason="x", lines=[1])
    with Session(store) as session:  # another desk's note took line 1 back meanwhile
        stored = session.get_one(Invoice, note.id)
        other = Invoice(
            issuer="HN", kind=InvoiceKind.CREDIT_NOTE, client_id=stored.client_id,
            currency="EUR", credits_invoice_id=invoice.id, credit_reason="y",
        )  # fmt: skip
        other.lines.append(
            InvoiceLine(position=0, description="x", amount=stored.lines[0].amount,
                        tax_rate_pct=stored.lines[0].tax_rate_pct,
                        tax_exemption=stored.lines[0].tax_exemption,
                        drew_on="on_demand", credits_line_id=stored.lines[0].credits_line_id)
        )  # fmt: skip
        session.add(other)
        session.commit()
        other_id = other.id
    _issue(store, users["mara"], other_id)
    with pytest.raises(UserError, match="took back already"):
        _issue(store, users["mara"], note.id)


def test_rebill_brings_back_the_months_fee_and_its_visits_too(store: Engine) -> None:
    """C4, D3: a whole invoice credited to be billed again bills its fixed fee and its
    visit's reservation again, once; work the note did not take back stays billed."""
    from console.enums import VisitStatus

    with Session(store) as session:
        w = World(session, ContractKind.MONTHLY_PLAN, monthly_fee=Decimal("500.00"))
        w.visit("V-2026-000001", VisitStatus.COMPLETED, reserved_hours=Decimal(2))
        mara = User(username="mara", display_name="Mara", role=Role.SERVICE_MANAGER)
        session.add(mara)
        save_profile(session, PROFILE)
        session.commit()
        user = mara.id
    sessions = partial(store_session, store)
    (first,) = run_month(sessions, user, 2026, 11, lines=True).drafts
    assert sorted(ln.amount for ln in first.lines) == [Decimal("250.00"), Decimal("500.00")]
    (issued,) = issue_invoices(sessions, user, [first.id], ISSUED_ON)
    note = draft_credit_note(sessions, user, issued.id, reason="wrong plan", rebill=True)
    _issue(store, user, note.id)
    (again,) = run_month(sessions, user, 2026, 11, lines=True).drafts
    assert sorted(ln.amount for ln in again.lines) == [Decimal("250.00"), Decimal("500.00")]
    assert run_month(sessions, user, 2026, 11, lines=True).drafts == []  # and only once
