"""Edit an engineer's skill level, skills and languages, and add leave (D4, D10)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from console.enums import LeaveKind, SkillLevel
from console.model import Engineer
from console.services.roster import add_leave, update_engineer
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill_enum, set_chosen, show_problems, words
from console.views.errors import user_message
from console.views.forms.ui_engineer_dialog import Ui_EngineerDialog


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
        with desk.session() as session:
            e = session.get_one(Engineer, engineer_id)
            self.ui.name.setText(f"{e.name} ({e.home_time_zone})")
            set_chosen(self.ui.skill_level, str(e.skill_level))
            self.ui.skills.setText(", ".join(e.skills))
            self.ui.languages.setText(", ".join(e.languages))
        today = desk.now().date()
        self.ui.leave_from.setDate(QDate(today.year, today.month, today.day))
        self.ui.leave_to.setDate(QDate(today.year, today.month, today.day))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        """Store the changes in one transaction, or explain and keep them."""
        try:
            with self.desk.session() as session, session.begin():
                update_engineer(
                    session, self.engineer_id,
                    skill_level=SkillLevel(chosen(self.ui.skill_level)),
                    skills=words(self.ui.skills.text()), languages=words(self.ui.languages.text()),
                )  # fmt: skip
                if self.ui.add_leave.isChecked():
                    add_leave(
                        session, self.engineer_id, self.ui.leave_from.date().toPython(),  # type: ignore[arg-type]
                        self.ui.leave_to.date().toPython(),  # type: ignore[arg-type]
                        LeaveKind(chosen(self.ui.leave_kind)),
                    )  # fmt: skip
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_problems(self.ui.problems, [("error", user_message(exc))])
            return
        self.accept()
