"""The ticket pane's "Assessment…" on an Express emergency: the expert's answer and the
guarantee hours (E1, E2), refused in words under the form with the input kept."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from functools import partial

from conftest import DEMO_NOW
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import ContractKind
from console.model import Assessment, Client, Contract
from console.services.ticket_entry import register_ticket
from console.sync.session import store_session
from console.views.assessment_dialog import AssessmentDialog
from console.views.main_window import MainWindow


def _emergency(window: MainWindow, kind: ContractKind = ContractKind.EXPRESS) -> uuid.UUID:
    """A new ticket under a demo contract of ``kind``, opened 20 minutes ago by phone."""
    with Session(window.desk.engine) as session:
        found = session.execute(
            select(Contract.name, Client.name).join(Client, Client.id == Contract.client_id)
            .where(Contract.kind == kind).order_by(Client.name)
        ).first()  # fmt: skip
        assert found is not None
        contract, client = found
    sessions = partial(store_session, window.desk.engine)
    ticket_id, _reference = register_ticket(
        sessions, None, DEMO_NOW - timedelta(minutes=20), client=client,
        title="Warehouse scanners offline", category="incident", priority="urgent",
        channel="phone", site=None, contract=contract, requester=None,
        description="Every scanner lost the warehouse system", emergency=True,
    )  # fmt: skip
    return ticket_id


def test_e1_e2_the_pane_records_the_assessment_of_an_express_emergency(
    window: MainWindow,
) -> None:
    ticket_id = _emergency(window)
    pane = window.queue.pane
    pane.show_ticket(ticket_id)
    button = pane.findChild(QPushButton, "action_assess")
    assert button is not None and button.text() == "Assessment…"
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AssessmentDialog):  # not open yet: look again
            QTimer.singleShot(10, answer)
            return
        seen["title"] = dialog.windowTitle()
        dialog.restore_minutes.setValue(1.5)
        dialog.fix_minutes.setValue(4)
        dialog.guarantee_hours.setValue(2)
        dialog.save_button.click()  # nothing said on how sure: refused, the dialog stays
        seen["refused"] = dialog.problems.text()
        dialog.uncertainty.setPlainText("Sure: the certificate expired")
        dialog.save_button.click()
        if dialog.isVisible():  # refused again: close it, the asserts below say why
            seen["refused again"] = dialog.problems.text()
            dialog.reject()

    QTimer.singleShot(0, answer)
    button.click()
    assert "refused again" not in seen, seen
    assert seen["title"].startswith("Technical assessment of T-")
    assert "how sure" in seen["refused"] and "E1" not in seen["refused"]
    with Session(window.desk.engine) as session:
        kept = session.scalars(select(Assessment).where(Assessment.ticket_id == ticket_id)).one()
        assert (kept.restore_estimate_minutes, kept.fix_estimate_minutes) == (90, 240)
        assert kept.guarantee_hours == Decimal(2) and kept.answered_at == DEMO_NOW
        assert kept.uncertainty == "Sure: the certificate expired"
    assert "Assessment: met" in pane.sla.toPlainText()


def test_e1_a_ticket_outside_express_has_no_assessment(window: MainWindow) -> None:
    pane = window.queue.pane
    pane.show_ticket(_emergency(window, ContractKind.RETAINER))
    assert pane.findChild(QPushButton, "action_assess") is None
    assert pane.findChild(QPushButton, "action_visit") is not None
