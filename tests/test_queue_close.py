"""Close asks how the ticket was resolved and closes only on its own button (issue 21)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import TicketStatus
from console.errors import ValidationError
from console.model import Ticket, TicketStatusChange
from console.services.ticket_detail import move_ticket
from console.views.close_dialog import CloseDialog
from console.views.main_window import MainWindow
from console.views.queue_model import KEYS


def _in_progress(window: MainWindow) -> None:
    queue = window.queue
    model = queue.model
    status = KEYS.index("status")
    row = next(r for r in range(model.rowCount()) if model.index(r, status).data() == "In progress")
    queue.table.selectRow(row)


def _answer(write: str | None) -> None:
    """When the close dialog shows: write the resolution and close, or cancel."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CloseDialog)
        assert not dialog.close_button.isEnabled()  # nothing written yet
        if write is None:
            dialog.reject()
            return
        dialog.resolution.setPlainText("   ")
        assert not dialog.close_button.isEnabled()  # blanks are no resolution
        dialog.accept()
        assert dialog.isVisible()
        dialog.resolution.setPlainText(write)
        assert dialog.close_button.isEnabled()
        dialog.close_button.click()

    QTimer.singleShot(0, act)


def test_t8_close_asks_for_the_resolution_and_can_be_called_off(
    window: MainWindow, qtbot: QtBot
) -> None:
    _in_progress(window)
    pane = window.queue.pane
    assert pane.detail is not None
    ticket, reference = pane.detail.id, pane.detail.reference
    button = pane.findChild(QPushButton, "move_closed")
    assert button is not None and button.text() == "Close…"
    _answer(None)
    button.click()
    engine = window.desk.engine
    with Session(engine) as session:
        assert session.get_one(Ticket, ticket).status == TicketStatus.IN_PROGRESS
    _answer("Replaced the fuser; printed a test page with the client.")
    pane.findChild(QPushButton, "move_closed").click()
    with Session(engine) as session:
        assert session.get_one(Ticket, ticket).status == TicketStatus.CLOSED
        last = session.scalars(
            select(TicketStatusChange)
            .where(TicketStatusChange.ticket_id == ticket)
            .where(TicketStatusChange.to_status == TicketStatus.CLOSED.value)
        ).first()
        assert last is not None and last.reason.startswith("Replaced the fuser")
    model = window.queue.model
    shown = [model.index(r, KEYS.index("reference")).data() for r in range(model.rowCount())]
    assert reference not in shown  # closed: it left the open queue


def test_t8_the_service_refuses_a_close_without_a_resolution(window: MainWindow) -> None:
    _in_progress(window)
    pane = window.queue.pane
    desk = window.desk
    assert pane.detail is not None
    with pytest.raises(ValidationError) as refused:
        move_ticket(desk.session, desk.acting, pane.detail.id, TicketStatus.CLOSED, desk.now(), " ")
    assert refused.value.field == "resolution"
