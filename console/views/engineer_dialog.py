"""Edit an engineer's skill level, skills and languages, and add or remove leave (D4, D10)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidgetItem, QWidget

from console.enums import LeaveKind, SkillLevel
from console.services.roster import NewLeave, engineer_card, save_engineer
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    fill_enum,
    set_chosen,
    show_refusal,
    words,
)
from console.views.forms.ui_engineer_dialog import Ui_EngineerDialog
from console.views.i18n import word


class EngineerDialog(QDialog):
    """One engineer's roster entry."""

    def __init__(
        self, desk: DeskContext, engineer_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.engineer_id = engineer_id
        self.ui = Ui_EngineerDialog()
        self.ui.setupUi(self)
        fill_enum(self.ui.skill_level, SkillLevel)
        fill_enum(self.ui.leave_kind, LeaveKind)
        today = desk.now().date()
        e = engineer_card(desk.session, engineer_id, today)
        self.ui.name.setText(f"{e.name} ({e.zone})")
        set_chosen(self.ui.skill_level, str(e.skill_level))
        self.ui.skills.setText(", ".join(e.skills))
        self.ui.languages.setText(", ".join(e.languages))
        for leave in e.leave:
            item = QListWidgetItem(
                f"{word(leave.kind)} {leave.start.isoformat()} – {leave.end.isoformat()}"
                + (f" · {leave.note}" if leave.note else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, leave.id)
            self.ui.planned.addItem(item)
        # where the day starts: travel to the first site is estimated from it
        self.base = QLineEdit()
        self.base.setObjectName("base")
        self.base.setPlaceholderText(self.tr("latitude, longitude, e.g. 52.37, 4.90"))
        self.base.setToolTip(
            self.tr(
                "Where the engineer's day starts, in degrees (south and west negative). "
                "Travel to the first site of the day is estimated from here; leave it empty "
                "when unknown."
            )
        )
        self.base.setAccessibleName(self.tr("Base (latitude, longitude)"))
        if e.base is not None:
            self.base.setText(f"{e.base[0].normalize():f}, {e.base[1].normalize():f}")
        base_label = QLabel(self.tr("Base (latitude, longitude):"))
        base_label.setBuddy(self.base)
        self.ui.fields.insertRow(4, base_label, self.base)
        for line in (self.ui.skills, self.ui.languages):
            line.setCursorPosition(0)  # a long list reads from its start
        self._removed: list[uuid.UUID] = []
        self.ui.planned.currentRowChanged.connect(
            lambda row: self.ui.remove_leave.setEnabled(row >= 0)
        )
        self.ui.remove_leave.clicked.connect(self.remove_selected_leave)
        self.ui.leave_from.setDate(QDate(today.year, today.month, today.day))
        self.ui.leave_to.setDate(QDate(today.year, today.month, today.day))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def remove_selected_leave(self) -> None:
        """Take the selected leave off the list; it is removed when the dialog is saved."""
        row = self.ui.planned.currentRow()
        if row < 0:
            return
        item = self.ui.planned.takeItem(row)
        self._removed.append(item.data(Qt.ItemDataRole.UserRole))
        self.ui.remove_leave.setEnabled(self.ui.planned.currentRow() >= 0)

    def save(self) -> None:
        """Store the changes in one transaction, or explain and keep them."""
        new_leave = None
        if self.ui.add_leave.isChecked():
            new_leave = NewLeave(
                self.ui.leave_from.date().toPython(),  # type: ignore[arg-type]
                self.ui.leave_to.date().toPython(),  # type: ignore[arg-type]
                LeaveKind(chosen(self.ui.leave_kind)),
            )
        try:
            save_engineer(
                self.desk.session, self.desk.acting, self.engineer_id,
                skill_level=SkillLevel(chosen(self.ui.skill_level)),
                skills=words(self.ui.skills.text()), languages=words(self.ui.languages.text()),
                removed_leave=self._removed, new_leave=new_leave, base=self.base.text(),
            )  # fmt: skip
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_refusal(self.ui, exc)
            return
        self.accept()
