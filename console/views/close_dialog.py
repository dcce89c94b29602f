"""Closing a ticket: how it was resolved, asked before the ticket leaves the open queue.

One click used to close a ticket with no word on the outcome and no second look; the
ticket then vanished from the queue. The dialog names the ticket, wants the resolution
and closes only on its own button, which stays off while the resolution is empty.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CloseDialog(QDialog):
    """Asks for the resolution of one ticket and confirms the close."""

    def __init__(self, reference: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog")
        self.setWindowTitle(self.tr("Close %1").replace("%1", reference))
        question = QLabel(
            "<b>"
            + html.escape(self.tr("Close %1?").replace("%1", reference))
            + "</b><br>"
            + html.escape(title)
        )
        question.setWordWrap(True)
        ask = QLabel(
            self.tr(
                "How was it resolved? This stays on the ticket's timeline; the ticket leaves "
                "the open queue."
            )
        )
        ask.setWordWrap(True)
        self.resolution = QPlainTextEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setAccessibleName(self.tr("Resolution"))
        self.resolution.setPlaceholderText(self.tr("What was done, and what fixed it"))
        self.resolution.setTabChangesFocus(True)
        ask.setBuddy(self.resolution)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button.setText(self.tr("Close ticket"))
        self.close_button.setObjectName("closeTicket")
        self.close_button.setToolTip(self.tr("Write how it was resolved first."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resolution.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(ask)
        layout.addWidget(self.resolution, 1)
        layout.addWidget(self.buttons)
        self.resize(460, 280)
        self._changed()
        self.resolution.setFocus()

    def text(self) -> str:
        """The resolution as written, without surrounding blanks."""
        return self.resolution.toPlainText().strip()

    def _changed(self) -> None:
        ready = bool(self.text())
        self.close_button.setEnabled(ready)
        self.close_button.setToolTip("" if ready else self.tr("Write how it was resolved first."))

    def accept(self) -> None:
        """Close only with a resolution (Enter in an empty dialog does nothing)."""
        if self.text():
            super().accept()
