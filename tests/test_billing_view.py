"""The Billing tab: preview a month, run it, issue the drafts, as the desk does (C6, E5)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from test_billing_run import _desk

from console.model import Invoice

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _view(qtbot: Any, store: Engine, user: str) -> Any:
    from console.views.billing_view import BillingView
    from console.views.context import DeskContext

    desk = DeskContext(store, clock=lambda: NOW)
    desk.sign_in(user)
    view = BillingView(desk)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.reload()
    return view


def test_preview_run_and_issue_from_the_billing_tab(
    qtbot: Any, store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    _desk(store)
    view = _view(qtbot, store, "mara")
    assert view.month.date().toString("yyyy-MM") == "2026-11"  # last month, by default
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Preview" in view.summary.text())
    assert view.list.model().rowCount() == 2 and "wait for an approval" in view.summary.text()
    with Session(store) as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 0
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "billed" in view.summary.text())
    assert view.list.model().rowCount() == 2
    view.list.selectRow(1)
    assert view.lines.rowCount() >= 1 and "total" in view.totals.text()
    view.list.selectAll()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Issued" in view.summary.text())
    assert "HN-2026-000001" in view.summary.text()
    assert view.list.model().rowCount() == 0  # the drafts list is empty now
    view.status.setCurrentIndex(1)  # issued
    assert view.list.model().rowCount() == 2
    view.list.selectRow(0)
    assert view.print_button.isEnabled() and not view.void_button.isEnabled()


def test_an_engineer_sees_no_money_and_no_billing_buttons(qtbot: Any, store: Engine) -> None:
    _desk(store)
    view = _view(qtbot, store, "jan")
    assert not view.run_button.isEnabled() and not view.preview_button.isEnabled()
    assert view.list.model().rowCount() == 0 and "desk only" in view.summary.text()


def _view_at(qtbot: Any, store: Engine, user: str, now: datetime) -> Any:
    from console.views.billing_view import BillingView
    from console.views.context import DeskContext

    desk = DeskContext(store, clock=lambda: now)
    desk.sign_in(user)
    view = BillingView(desk)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.reload()
    return view


def _show(view: Any, status: str) -> None:
    view.status.setCurrentIndex(view.status.findData(status))


def test_credit_note_and_payment_from_the_billing_tab(qtbot: Any, store: Engine) -> None:
    """An issued invoice is corrected by a credit note of two of its lines, then paid."""
    from PySide6.QtCore import Qt
    from test_credit_notes import _issued_invoice

    invoice, _users = _issued_invoice(store)
    view = _view_at(qtbot, store, "mara", NOW)
    _show(view, "issued")
    assert view.list.model().rowCount() == 1
    view.list.selectRow(0)
    assert view.credit_button.isEnabled() and view.pay_button.isEnabled()
    qtbot.mouseClick(view.credit_button, Qt.MouseButton.LeftButton)
    dialog = view.credit_dialog
    assert dialog is not None and dialog.isVisible() and dialog.chosen() == [1, 2, 3]
    assert dialog.rebill.isEnabled()  # the whole invoice may be billed again
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason given
    assert dialog.isVisible() and dialog.error.text().startswith("Reason:")
    with Session(store) as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 1  # nothing written
    first = dialog.lines.item(0, 0)
    assert first is not None
    first.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == [2, 3] and not dialog.rebill.isEnabled()
    dialog.reason.setText("Two visits were on the wrong day")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Issued" in view.summary.text())
    assert "HNC-2026-000001" in view.summary.text() and not dialog.isVisible()
    _show(view, "issued")
    numbers = [view.list.model().index(r, 0).data() for r in range(view.list.model().rowCount())]
    assert sorted(numbers) == ["HN-2026-000001", "HNC-2026-000001"]
    view.list.selectRow(numbers.index("HN-2026-000001"))
    assert "credited" in view.totals.text() and "open" in view.totals.text()
    assert "credited" in view.lines.item(1, 1).text()
    qtbot.mouseClick(view.pay_button, Qt.MouseButton.LeftButton)
    pay = view.payment_dialog
    assert pay is not None and pay.isVisible()
    assert pay.amount.text() == "151.25"  # what the credit note left: 125.00 + 21 %
    pay_ok = pay.buttons.button(pay.buttons.StandardButton.Ok)
    pay.amount.setText("abc")
    qtbot.mouseClick(pay_ok, Qt.MouseButton.LeftButton)
    assert pay.isVisible() and pay.error.text().startswith("Amount:")
    pay.amount.setText("151.25")
    pay.reference.setText("NL-BANK-77")
    qtbot.mouseClick(pay_ok, Qt.MouseButton.LeftButton)
    assert not pay.isVisible() and "is paid" in view.summary.text()
    _show(view, "paid")
    assert (
        view.list.model().rowCount() == 1 and view.list.model().index(0, 0).data() == invoice.number
    )


def test_the_overdue_list_in_the_billing_tab(qtbot: Any, store: Engine) -> None:
    from test_credit_notes import _issued_invoice

    invoice, _users = _issued_invoice(store)
    view = _view_at(qtbot, store, "desk", datetime(2027, 1, 15, 9, 0, tzinfo=UTC))
    _show(view, "overdue")
    assert view.list.model().rowCount() == 1
    model = view.list.model()
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert view.list.model().index(0, 0).data() == invoice.number
    assert view.list.model().index(0, heads.index("Days overdue")).data() == "15"
    assert "907" in view.list.model().index(0, heads.index("Open")).data()
    assert "overdue: €907.50 open" in view.summary.text()
    view.list.selectRow(0)
    # a dispatcher sees what is owed but neither corrects invoices nor records payments
    assert not view.credit_button.isEnabled() and not view.pay_button.isEnabled()


def test_a_bank_statement_booked_from_the_billing_tab(
    qtbot: Any, store: Engine, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desk books the day's bank statement: a refused line books nothing and says
    which line; the good file pays the invoice."""
    from PySide6.QtWidgets import QMessageBox
    from test_credit_notes import _issued_invoice

    invoice, _users = _issued_invoice(store)
    view = _view(qtbot, store, "mara")
    assert view.bank_button.isEnabled() and view.bank_button.isVisible()
    statement = tmp_path / "bank.csv"
    statement.write_text(
        f"invoice,amount,paid_on\n{invoice.number},900.00,2026-12-10\n"
        f"{invoice.number},8.00,2026-12-10\n",
        encoding="utf-8",
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    view.book_bank_statement(str(statement))
    qtbot.waitUntil(lambda: bool(warned))
    assert warned[0].startswith("line 3, amount: 8.00 EUR is more than"), warned[0]
    assert view.bank_button.isEnabled()  # usable again after the refusal
    statement.write_text(
        f"invoice,amount,paid_on\n{invoice.number},907.50,2026-12-10\n", encoding="utf-8"
    )
    view.book_bank_statement(str(statement))
    qtbot.waitUntil(lambda: "Bank statement booked" in view.summary.text())
    assert "1 payments; 1 invoices owe nothing more" in view.summary.text()
    with Session(store) as session:
        assert session.scalar(select(Invoice.status)) == "paid"


def test_a_dispatcher_cannot_book_a_bank_statement(qtbot: Any, store: Engine) -> None:
    _desk(store)
    view = _view(qtbot, store, "desk")
    assert not view.bank_button.isEnabled()
    view.book_bank_statement("/nonexistent.csv")  # refused before any file is read
    assert "Working" not in view.summary.text()


def test_the_month_is_named_in_the_windows_language(qtbot: Any, store: Engine, qapp: Any) -> None:
    """Under Dutch the picker reads "november 2026", not the English month."""
    from console.views.i18n import install_translations, reader_locale

    _desk(store)
    before = reader_locale().name()  # British English: later tests read dates in it
    install_translations(qapp, "nl")
    try:
        view = _view(qtbot, store, "mara")
        assert view.month.text() == "november 2026"
    finally:
        install_translations(qapp, before)
    english = _view(qtbot, store, "mara")
    assert english.month.text() == "November 2026"


def test_a_client_added_since_the_tab_opened_is_offered_and_the_choice_kept(
    qtbot: Any, store: Engine
) -> None:
    """The client filter was filled once, when the tab was built: a client entered in
    the Clients tab was not offered until the program was started again."""
    from functools import partial

    from console.services.master_data import clients
    from console.sync.session import store_session

    _desk(store)
    view = _view(qtbot, store, "mara")
    first = view.client.itemData(1)
    view.client.setCurrentIndex(1)
    sessions = partial(store_session, store)
    zeta = dict(name="Zeta Zorg BV", country="NL", time_zone="Europe/Amsterdam",
                locale="nl_NL", currency="EUR")  # fmt: skip
    added = clients.add_client(sessions, view.desk.user_id, **zeta)
    view.refresh()
    names = [view.client.itemText(i) for i in range(view.client.count())]
    assert "Zeta Zorg BV" in names
    assert view.client.findData(str(added)) > 0
    assert view.client.currentData() == first  # the dispatcher's choice stays
