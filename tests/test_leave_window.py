"""The visit's "Completed" step in the ticket pane asks who at the client agreed that the
engineer may leave, and when; cancelled, the visit stays as it was (D7)."""

from __future__ import annotations

from datetime import timedelta

from conftest import DEMO_NOW
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import VisitStatus
from console.model import Visit
from console.views.leave_dialog import LeaveDialog
from console.views.main_window import MainWindow


def _working(window: MainWindow) -> tuple[Visit, str]:
    """A demo visit put to work an hour ago, its ticket shown in the pane."""
    with Session(window.desk.engine) as session:
        visit = session.scalars(select(Visit).order_by(Visit.reference)).first()
        assert visit is not None
        visit.status = VisitStatus.WORKING
        visit.arrived_at = DEMO_NOW - timedelta(hours=1)
        visit.departed_at = None
        session.commit()
        session.refresh(visit)
        ticket_id, reference = visit.ticket_id, visit.reference
        session.expunge(visit)
    window.queue.pane.show_ticket(ticket_id)
    return visit, reference


def _answer(name: str | None, minutes_ago: int = 0) -> None:
    """When the dialog shows: give the name and time and complete, or cancel."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LeaveDialog)
        assert not dialog.complete_button.isEnabled()  # no name yet
        assert dialog.answer().at == DEMO_NOW  # the time defaults to now
        if name is None:
            dialog.reject()
            return
        dialog.name.setText(name)
        dialog.at.setDateTime(dialog.at.dateTime().addSecs(-60 * minutes_ago))
        assert dialog.complete_button.isEnabled()
        dialog.complete_button.click()

    QTimer.singleShot(0, act)


def test_d7_completing_a_visit_in_the_pane_asks_who_agreed_it_may_leave(
    window: MainWindow,
) -> None:
    visit, reference = _working(window)
    pane = window.queue.pane
    button = pane.findChild(QPushButton, f"visit_{reference}_completed")
    assert button is not None and button.text().endswith("…")
    _answer(None)
    button.click()
    with Session(window.desk.engine) as session:
        assert session.get_one(Visit, visit.id).status == VisitStatus.WORKING
    _answer("Sanne de Vries", minutes_ago=15)
    pane.findChild(QPushButton, f"visit_{reference}_completed").click()
    with Session(window.desk.engine) as session:
        done = session.get_one(Visit, visit.id)
        assert done.status == VisitStatus.COMPLETED
        assert done.leave_approved_by_name == "Sanne de Vries"
        assert done.leave_approved_at == DEMO_NOW - timedelta(minutes=15)
