"""Recording the client's approval of time (E5): a second act, by a named person, and how."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QWidget

from console.enums import ApprovalMethod
from console.services.timekeeping import approve_for_client
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill_enum, show_refusal
from console.views.forms.ui_client_approval_dialog import Ui_ClientApprovalDialog


class ClientApprovalDialog(QDialog):
    """Who at the client approved the selected entries, and how it reached the desk."""

    def __init__(
        self, desk: DeskContext, entries: Sequence[uuid.UUID], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.entries = list(entries)
        self.ui = Ui_ClientApprovalDialog()
        self.ui.setupUi(self)
        fill_enum(self.ui.method, ApprovalMethod)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        """Record the approval on every selected entry, or say why not and keep the form."""
        try:
            approve_for_client(
                self.desk.session,
                self.desk.acting,
                self.entries,
                self.desk.now(),
                by=self.ui.person.text(),
                method=ApprovalMethod(chosen(self.ui.method)),
            )
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_refusal(self.ui, exc, self._label)
            return
        self.accept()

    def _label(self, field: str) -> str:
        names = {"approved by": self.ui.personLabel}
        return names[field].text().rstrip(":") if field in names else field
