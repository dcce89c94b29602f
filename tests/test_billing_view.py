"""The Billing tab: preview a month, run it, issue the drafts, as the desk does (C6, E5)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
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
    assert view.list.rowCount() == 2 and "wait for an approval" in view.summary.text()
    with Session(store) as session:
        assert session.scalar(select(func.count()).select_from(Invoice)) == 0
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "billed" in view.summary.text())
    assert view.list.rowCount() == 2
    view.list.selectRow(1)
    assert view.lines.rowCount() >= 1 and "total" in view.totals.text()
    view.list.selectAll()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Issued" in view.summary.text())
    assert "HN-2026-000001" in view.summary.text()
    assert view.list.rowCount() == 0  # the drafts list is empty now
    view.status.setCurrentIndex(1)  # issued
    assert view.list.rowCount() == 2
    view.list.selectRow(0)
    assert view.print_button.isEnabled() and not view.void_button.isEnabled()


def test_an_engineer_sees_no_money_and_no_billing_buttons(qtbot: Any, store: Engine) -> None:
    _desk(store)
    view = _view(qtbot, store, "jan")
    assert not view.run_button.isEnabled() and not view.preview_button.isEnabled()
    assert view.list.rowCount() == 0 and "desk only" in view.summary.text()
