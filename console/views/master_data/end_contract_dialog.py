"""End a contract: the last day it covers; it stays on file."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from console.errors import ValidationError
from console.services.master_data.contracts import end_contract
from console.views.context import DeskContext
from console.views.dialog_support import show_problems
from console.views.errors import user_message
from console.views.forms.ui_end_contract_dialog import Ui_EndContractDialog
from console.views.i18n import say
from console.views.master_data.labels import label


class EndContractDialog(QDialog):
    """Asks for the last day and ends the contract on OK; a refusal keeps it open."""

    def __init__(
        self, desk: DeskContext, contract: dict[str, object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.contract_id = contract["id"]
        assert isinstance(self.contract_id, uuid.UUID)
        self.ui = Ui_EndContractDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("End contract %1").replace("%1", str(contract["name"])))
        today = desk.now().date()
        self.ui.last_day.setDate(QDate(today.year, today.month, today.day))
        self.ended: date | None = None
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def last_day(self) -> date:
        """The day chosen."""
        chosen: date = self.ui.last_day.date().toPython()  # type: ignore[assignment]
        return chosen

    def save(self) -> None:
        """End the contract, or say why not and keep the dialog open."""
        try:
            self.ended = end_contract(
                self.desk.session, self.desk.user_id, self.contract_id, last_day=self.last_day()
            )
        except ValidationError as exc:
            text = f"{label('contract', exc.field)}: {say(exc.text)}"
            show_problems(self.ui.problems, [("error", text)])
            return
        except Exception as exc:  # said in words; nothing was written
            show_problems(self.ui.problems, [("error", user_message(exc))])
            return
        self.accept()
