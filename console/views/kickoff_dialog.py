"""Record a client's kick-off: the day it was held, the consultants agreed, what was agreed.

The review pack names the latest kick-off above the focus areas set there; those are
review notes of their own, kept in the review notes dialog this one opens from.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.services import dialog_options
from console.services.kickoffs import KickoffRow, record_kickoff
from console.views.context import DeskContext
from console.views.errors import show_error


class KickoffDialog(QDialog):
    """The day, the consultants (engineers ticked in a list) and a summary; OK keeps it."""

    def __init__(
        self, desk: DeskContext, client_id: uuid.UUID, client: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.client_id = desk, client_id
        self.kept: KickoffRow | None = None
        self.setWindowTitle(self.tr("Kick-off of %1").replace("%1", client))
        self.resize(520, 480)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The meeting that starts the on-site support. The service review names the "
                "latest one; enter the focus areas agreed there as review notes."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        today = desk.now().date()
        self.held_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setObjectName("heldOn")
        self.held_on.setCalendarPopup(True)
        self.held_on.setAccessibleName(self.tr("Held on"))
        form.addRow(self.tr("Held on:"), self.held_on)
        self.consultants = QListWidget()
        self.consultants.setObjectName("consultants")
        self.consultants.setAccessibleName(self.tr("Consultants agreed"))
        with desk.session() as session:
            for name, engineer_id in dialog_options.engineers(session):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, engineer_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.consultants.addItem(item)
        form.addRow(self.tr("Consultants:"), self.consultants)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setAccessibleName(self.tr("What was agreed"))
        self.summary.setPlaceholderText(self.tr("What was agreed, in a few lines (optional)"))
        self.summary.setMaximumHeight(110)
        form.addRow(self.tr("Agreed:"), self.summary)
        layout.addLayout(form, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_consultants(self) -> list[uuid.UUID]:
        """The engineers ticked, in the list's order."""
        out = []
        for row in range(self.consultants.count()):
            item = self.consultants.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def accept(self) -> None:
        """Keep the kick-off; a refusal is said and the dialog stays open."""
        try:
            self.kept = record_kickoff(
                self.desk.session, self.desk.user_id, self.client_id,
                self.held_on.date().toPython(), self.chosen_consultants(),
                self.summary.toPlainText(),
            )  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()
