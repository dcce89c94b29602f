"""Completing a visit: who at the client agreed that the engineer may leave, and when.

The visit's "Completed" step used to finish the visit on one click, with nothing on who
let the engineer go. The dialog asks the name and the time (now unless changed, in the
site's zone) and takes an optional signature: signed on the pad on screen, or a picture
from a file; it completes only on its own button, which stays off while the name is empty.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.views.i18n import date_time_format, zone_place
from console.views.signature_pad import SignaturePad


@dataclass(frozen=True)
class LeaveAnswer:
    """What the dialog collected: the approving person's name, the time (UTC), a picture."""

    name: str
    at: datetime
    signature: bytes | None


class LeaveDialog(QDialog):
    """Asks who approved that the engineer may leave, when, and for an optional signature
    (signed on the pad, or a picture file)."""

    def __init__(
        self, reference: str, now: datetime, zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaveDialog")
        self.zone = zone
        self.signature: bytes | None = None
        self.setWindowTitle(self.tr("Complete %1").replace("%1", reference))
        question = QLabel(
            "<b>" + html.escape(self.tr("Who at the client agreed that the engineer may leave?"))
            + "</b>"
        )  # fmt: skip
        question.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("approvedBy")
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Approved by"))
        self.name.setPlaceholderText(self.tr("Name of the client's contact"))
        self.at = QDateTimeEdit()
        self.at.setObjectName("approvedAt")
        self.at.setAccessibleName(self.tr("Approved at"))
        # the reader's own way of writing a date and time (dd-MM-yyyy in Dutch)
        self.at.setDisplayFormat(date_time_format())
        site_zone = QTimeZone(zone.encode())
        self.at.setTimeZone(site_zone)
        self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(now.timestamp()), site_zone))
        self.pad = SignaturePad()
        self.pad.changed.connect(self._signed)
        self.signature_label = QLabel(self.tr("No signature"))
        self.signature_label.setObjectName("signatureState")
        self.signature_label.setWordWrap(True)
        pick = QPushButton(self.tr("Signature picture…"))
        pick.setObjectName("pickSignature")
        pick.setToolTip(self.tr("A PNG picture of the contact's signature (optional)."))
        pick.clicked.connect(self._pick)
        signature_row = QHBoxLayout()
        signature_row.addWidget(self.signature_label, 1)
        signature_row.addWidget(pick)
        form = QFormLayout()
        form.addRow(self.tr("Approved by"), self.name)
        form.addRow(self.tr("Approved at (%1)").replace("%1", zone_place(zone)), self.at)
        form.addRow(self.tr("Signature"), self.pad)
        form.addRow("", signature_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.complete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.complete_button.setText(self.tr("Complete visit"))
        self.complete_button.setObjectName("completeVisit")
        self.complete_button.setToolTip(self.tr("Write who agreed first."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._changed()
        self.name.setFocus()

    def _changed(self) -> None:
        self.complete_button.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        """Complete only with a name."""
        if self.name.text().strip():
            super().accept()

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signature picture"), "", self.tr("PNG pictures (*.png)")
        )
        if path:
            self.set_signature(Path(path).read_bytes(), Path(path).name)

    def set_signature(self, data: bytes, name: str) -> None:
        """Keep a signature picture (the service checks it is a PNG); it takes the place of
        what was signed on the pad."""
        self.pad.clear()
        self.signature = data
        self.signature_label.setText(self.tr("Picture: %1").replace("%1", name))

    def _signed(self) -> None:
        """Signing on the pad takes the place of a picture chosen before."""
        if not self.pad.is_empty():
            self.signature = None
            self.signature_label.setText(self.tr("Signed on the pad"))
        elif self.signature is None:
            self.signature_label.setText(self.tr("No signature"))

    def answer(self) -> LeaveAnswer:
        """The name, the time in UTC and the signature as given (the pad's, else the picture)."""
        instant = datetime.fromtimestamp(self.at.dateTime().toSecsSinceEpoch(), ZoneInfo("UTC"))
        signature = self.signature if self.pad.is_empty() else self.pad.png()
        return LeaveAnswer(self.name.text().strip(), instant, signature)
