"""Log time on a ticket (C8, E3, E5): phase, billable or own defect, late entries flagged."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from console.enums import NonBillableReason, Phase
from console.errors import ValidationError
from console.services.timekeeping import log_time, time_form_start
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    fill,
    fill_enum,
    instant,
    set_chosen,
    set_instant,
    show_refusal,
)
from console.views.forms.ui_time_dialog import Ui_TimeDialog


class TimeDialog(QDialog):
    """One time entry for one ticket."""

    def __init__(
        self, desk: DeskContext, ticket_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ticket_id = ticket_id
        self.ui = Ui_TimeDialog()
        self.ui.setupUi(self)
        self.saved: uuid.UUID | None = None
        start = time_form_start(desk.session, ticket_id)
        self.ui.ticket.setText(f"{start.ticket_reference} — {start.ticket_title}")
        fill(self.ui.engineer, start.engineers)
        fill(self.ui.visit, start.visits, self.tr("(not on a visit)"))
        fill_enum(self.ui.phase, Phase)
        if start.emergency:  # E3: an emergency starts with restoring service
            set_chosen(self.ui.phase, Phase.RESTORE.value)
        fill_enum(self.ui.reason, NonBillableReason, self.tr("(billable)"))
        now = desk.now().replace(second=0, microsecond=0)
        set_instant(self.ui.started, now - timedelta(hours=1))
        set_instant(self.ui.ended, now)
        self.ui.billable.toggled.connect(self._billable_changed)
        self._billable_changed(True)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Log time"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def _billable_changed(self, billable: bool) -> None:
        self.ui.reason.setEnabled(not billable)
        if billable:
            self.ui.reason.setCurrentIndex(0)
        elif self.ui.reason.currentIndex() == 0:
            set_chosen(self.ui.reason, NonBillableReason.OWN_DEFECT.value)

    def save(self) -> None:
        """Record the entry, or explain what is wrong and keep everything typed."""
        start, end = instant(self.ui.started), instant(self.ui.ended)
        try:
            if end <= start:
                raise ValidationError("ended", self.tr("the work must end after it starts"), "E5")
            reason = chosen(self.ui.reason)
            self.saved = log_time(
                self.desk.session, self.desk.acting, ticket_id=self.ticket_id,
                engineer_id=chosen(self.ui.engineer), started_at=start, ended_at=end,
                now=self.desk.now(), phase=Phase(chosen(self.ui.phase)),
                description=self.ui.description.toPlainText(),
                billable=self.ui.billable.isChecked(),
                non_billable_reason=NonBillableReason(reason) if reason else None,
                visit_id=chosen(self.ui.visit),
            )  # fmt: skip
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            show_refusal(self.ui, exc)
            return
        self.accept()
