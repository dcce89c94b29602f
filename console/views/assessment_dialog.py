"""An Express emergency's free technical assessment (E1) and its guarantee hours (E2).

The expert answers within the hour of the call: can we restore the service, how sure they
are, the risk, and how long restoring and removing the cause will take; with it they set
the guarantee hours paid up front, or waive them. The dialog opens on what was recorded
so far, says by when the answer is due, and saves through `record_assessment`; a refusal
is shown under the form and the input stays.
"""

from __future__ import annotations

import html
import uuid
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.rules.assessment import RISKS, AssessmentAnswer
from console.services.assessments import EmergencyAssessment, assessment_of, record_assessment
from console.views.context import DeskContext
from console.views.dialog_support import instant, show_refusal
from console.views.i18n import date_time_format, title_word, when, zone_place

LONGEST_HOURS = 24 * 365
"""The longest estimate the boxes take, in hours (as the rule does)."""


class AssessmentDialog(QDialog):
    """Record or correct the expert's answer and the guarantee hours of one emergency."""

    def __init__(
        self, desk: DeskContext, ticket_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentDialog")
        self.desk = desk
        self.ticket_id = ticket_id
        self.saved: EmergencyAssessment | None = None
        found = assessment_of(desk.session, ticket_id)
        self.zone = found.zone
        self.setWindowTitle(self.tr("Technical assessment of %1").replace("%1", found.reference))
        local = QTimeZone(found.zone.encode())
        due = when(found.due_at.astimezone(ZoneInfo(found.zone)), "HH:mm")
        called = when(found.opened_at.astimezone(ZoneInfo(found.zone)), "ddd dd MMM HH:mm")
        heading = QLabel(
            f"<b>{html.escape(found.reference)}</b> — {html.escape(found.title)}<br>"
            + html.escape(found.client) + "<br>"
            + html.escape(self.tr("Called %1; the answer is free and due by %2 (%3).")
                          .replace("%1", called).replace("%2", due)
                          .replace("%3", zone_place(found.zone)))
        )  # fmt: skip
        heading.setWordWrap(True)
        answer = found.answer or AssessmentAnswer(True, "", "medium", None, None)
        self.can_fix = QCheckBox(self.tr("We can restore the client's service"))
        self.can_fix.setObjectName("can_fix")
        self.can_fix.setChecked(answer.can_fix)
        self.uncertainty = QPlainTextEdit(answer.uncertainty)
        self.uncertainty.setObjectName("uncertainty")
        self.uncertainty.setPlaceholderText(
            self.tr("How sure the expert is, and what the answer rests on")
        )
        self.uncertainty.setTabChangesFocus(True)
        self.uncertainty.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.risk = QComboBox()
        self.risk.setObjectName("risk")
        for value in RISKS:
            self.risk.addItem(title_word(value), value)
        self.risk.setCurrentIndex(RISKS.index(answer.risk) if answer.risk in RISKS else 1)
        self.restore_minutes = self._hours_box("restore_minutes", answer.restore_minutes)
        self.fix_minutes = self._hours_box("fix_minutes", answer.fix_minutes)
        self.guarantee_hours = QDoubleSpinBox()
        self.guarantee_hours.setObjectName("guarantee_hours")
        self.guarantee_hours.setRange(1, 8)
        self.guarantee_hours.setSingleStep(0.5)
        self.guarantee_hours.setDecimals(1)
        self.guarantee_hours.setSuffix(" " + self.tr("h"))
        self.guarantee_hours.setValue(float(answer.guarantee_hours))
        self.guarantee_waived = QCheckBox(self.tr("Waive the guarantee hours"))
        self.guarantee_waived.setObjectName("guarantee_waived")
        self.guarantee_waived.setChecked(answer.guarantee_waived)
        self.guarantee_waived.toggled.connect(lambda on: self.guarantee_hours.setEnabled(not on))
        self.guarantee_hours.setEnabled(not answer.guarantee_waived)
        self.answered_at = QDateTimeEdit()
        self.answered_at.setObjectName("answered_at")
        self.answered_at.setDisplayFormat(date_time_format())
        self.answered_at.setTimeZone(local)
        at = found.answered_at or desk.now()
        self.answered_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(at.timestamp()), local))
        self.fields = QFormLayout()
        self.fields.addRow("", self.can_fix)
        self.fields.addRow(self.tr("How sure"), self.uncertainty)
        self.fields.addRow(self.tr("Risk"), self.risk)
        self.fields.addRow(self.tr("Time to restore service"), self.restore_minutes)
        self.fields.addRow(self.tr("Time to remove the cause"), self.fix_minutes)
        self.fields.addRow(self.tr("Guarantee hours"), self.guarantee_hours)
        self.fields.addRow("", self.guarantee_waived)
        self.fields.addRow(
            self.tr("Answered at (%1)").replace("%1", zone_place(found.zone)), self.answered_at
        )
        self.billed_note = QLabel(
            self.tr("The guarantee is billed: paid up front, its hours no longer change.")
        )
        self.billed_note.setWordWrap(True)
        self.billed_note.setVisible(found.guarantee_billed)
        self.nda_note = QLabel(
            self.tr("No NDA on file: the provider's default NDA is accepted with this request.")
        )
        self.nda_note.setWordWrap(True)
        self.nda_note.setVisible(not found.nda_on_file)
        if found.guarantee_billed:
            self.guarantee_hours.setEnabled(False)
            self.guarantee_waived.setEnabled(False)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Record assessment"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.fields)
        layout.addWidget(self.billed_note)
        layout.addWidget(self.nda_note)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.uncertainty.setFocus()

    def _hours_box(self, name: str, minutes: int | None) -> QDoubleSpinBox:
        """An estimate in hours; at zero it says it is not given."""
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(0, LONGEST_HOURS)
        box.setDecimals(2)
        box.setSingleStep(0.5)
        box.setSuffix(" " + self.tr("h"))
        box.setSpecialValueText(self.tr("not given"))
        box.setValue(0 if minutes is None else minutes / 60)
        return box

    def answer(self) -> AssessmentAnswer:
        """What the form holds, as the rules take it."""

        def minutes(box: QDoubleSpinBox) -> int | None:
            return round(box.value() * 60) or None

        return AssessmentAnswer(
            self.can_fix.isChecked(), self.uncertainty.toPlainText(),
            str(self.risk.currentData()), minutes(self.restore_minutes),
            minutes(self.fix_minutes), Decimal(str(self.guarantee_hours.value())),
            self.guarantee_waived.isChecked(),
        )  # fmt: skip

    def answered(self) -> datetime:
        """When the expert answered, in UTC."""
        return instant(self.answered_at)

    def save(self) -> None:
        """Record the assessment, or say why not and keep the input."""
        try:
            self.saved = record_assessment(
                self.desk.session, self.desk.acting, self.ticket_id, self.answer(),
                self.answered(), self.desk.now(),
            )  # fmt: skip
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_refusal(self, exc)
            return
        self.accept()
