"""Log time on a ticket (C8, E3, E5): phase, billable or own defect, late entries flagged;
change an entry (answering one sent back); an engineer's week as a timesheet."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.enums import NonBillableReason, Phase
from console.errors import ValidationError
from console.rules.timesheet import monday_of, week_name
from console.services.timekeeping import (
    TimeLine,
    change_entry,
    engineer_choices,
    log_time,
    my_engineer,
    time_form_start,
    week_sheet,
)
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
from console.views.errors import user_message
from console.views.forms.ui_time_dialog import Ui_TimeDialog
from console.views.i18n import amount, date_time_format, day_name, zone_place
from console.views.table_fill import refilling

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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
        me = my_engineer(desk.session, desk.acting)
        if me is not None:  # an engineer logs their own time, not the first name listed
            set_chosen(self.ui.engineer, me)
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


class ChangeTimeDialog(QDialog):
    """The engineer changes the work of one entry: when, phase, what was done. An entry
    sent back by the desk shows why; changing the work sends it to the desk again."""

    def __init__(self, desk: DeskContext, line: TimeLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.line = line
        self.cleared = False
        self.setWindowTitle(self.tr("Change time on %1").replace("%1", line.ticket_reference))
        form = QFormLayout(self)
        if line.rejection_reason:
            why = QLabel(self.tr("Sent back by the desk: %1").replace("%1", line.rejection_reason))
            why.setObjectName("rejectionReason")
            why.setWordWrap(True)
            form.addRow(why)
        self.started = QDateTimeEdit()
        self.ended = QDateTimeEdit()
        for edit, value in ((self.started, line.started_at), (self.ended, line.ended_at)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_time_format())
            set_instant(edit, value)
        self.phase = QComboBox()
        fill_enum(self.phase, Phase)
        set_chosen(self.phase, line.phase.value)
        self.description = QPlainTextEdit(line.description)
        self.description.setTabChangesFocus(True)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828")
        form.addRow(self.tr("Started:"), self.started)
        form.addRow(self.tr("Ended:"), self.ended)
        form.addRow(self.tr("Phase:"), self.phase)
        form.addRow(self.tr("Work done:"), self.description)
        form.addRow(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for widget, name in (
            (self.started, self.tr("Started")),
            (self.ended, self.tr("Ended")),
            (self.phase, self.tr("Phase")),
            (self.description, self.tr("Work done")),
        ):
            widget.setAccessibleName(name)

    def save(self) -> None:
        """Change the entry, or say what is wrong and keep what was typed."""
        try:
            self.cleared = change_entry(
                self.desk.session, self.desk.acting, self.line.id, self.desk.now(),
                started_at=instant(self.started), ended_at=instant(self.ended),
                phase=Phase(chosen(self.phase)),
                description=self.description.toPlainText(),
            )  # fmt: skip
        except Exception as exc:  # shown in the dialog in words; nothing was saved
            self.problems.setText(user_message(exc, self._label))
            return
        self.accept()

    def _label(self, field: str) -> str:
        names = {
            "started_at": self.tr("Started"),
            "ended_at": self.tr("Ended"),
            "entry": self.tr("Entry"),
        }
        return names.get(field, field)


class WeekDialog(QDialog):
    """An engineer's week: tickets down, days across, the hours and the totals, in the
    engineer's own days."""

    def __init__(
        self,
        desk: DeskContext,
        engineer_id: uuid.UUID | None,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.monday = monday_of(day)
        self.setWindowTitle(self.tr("Week timesheet"))
        self.resize(980, 420)
        self.engineer = QComboBox()
        self.engineer.setAccessibleName(self.tr("Engineer"))
        fill(self.engineer, engineer_choices(desk.session))
        if engineer_id is not None:
            set_chosen(self.engineer, engineer_id)
        self.previous = QPushButton(self.tr("◀ Previous week"))
        self.next = QPushButton(self.tr("Next week ▶"))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.grid = QTableWidget()
        self.grid.setObjectName("weekGrid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setAlternatingRowColors(True)
        self.totals = QLabel()
        self.totals.setObjectName("weekTotals")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Engineer:")))
        bar.addWidget(self.engineer)
        bar.addWidget(self.previous)
        bar.addWidget(self.week_label)
        bar.addWidget(self.next)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.grid)
        layout.addWidget(self.totals)
        layout.addWidget(close)
        self.engineer.currentIndexChanged.connect(lambda _=0: self.reload())
        self.previous.clicked.connect(lambda _=False: self.move(-7))
        self.next.clicked.connect(lambda _=False: self.move(7))
        self.reload()

    def move(self, days: int) -> None:  # type: ignore[override]
        """Show the week before or after."""
        self.monday += timedelta(days=days)
        self.reload()

    def reload(self) -> None:
        """Fill the grid for the chosen engineer and week."""
        engineer = chosen(self.engineer)
        self.grid.clear()
        if engineer is None:
            self.grid.setRowCount(0)
            self.week_label.setText(week_name(self.monday))
            self.totals.setText(self.tr("No engineers yet."))
            return
        week = week_sheet(self.desk.session, engineer, self.monday)
        grid = week.sheet
        heads = [self.tr("Ticket")]
        heads += [f"{day_name(d.isoweekday())} {d.day}-{d.month}" for d in grid.days]
        heads.append(self.tr("Total"))
        self.grid.setColumnCount(len(heads))
        self.grid.setHorizontalHeaderLabels(heads)
        bold = QFont()
        bold.setBold(True)
        with refilling(self.grid, len(grid.rows) + 1):
            for r, row in enumerate(grid.rows):
                self._row(r, row.ticket, row.days, row.total, row.title)
            self._row(len(grid.rows), self.tr("Total"), grid.day_totals, grid.total, "", bold)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.week_label.setText(
            self.tr("Week %1, %2 to %3 (%4)")
            .replace("%1", week_name(grid.monday))
            .replace("%2", f"{grid.monday.day}-{grid.monday.month}")
            .replace("%3", f"{grid.days[-1].day}-{grid.days[-1].month}")
            .replace("%4", zone_place(week.zone))
        )
        self.totals.setText(
            self.tr("%1 h this week, %2 h billable")
            .replace("%1", amount(grid.total))
            .replace("%2", amount(grid.billable))
        )

    def _row(
        self,
        r: int,
        name: str,
        days: tuple[Decimal, ...],
        total: Decimal,
        tip: str,
        font: QFont | None = None,
    ) -> None:
        # the title beside the reference: a reference alone says nothing at a glance
        label = f"{name}  {tip}" if len(tip) <= 40 else f"{name}  {tip[:39]}…"
        first = QTableWidgetItem(label.rstrip())
        first.setToolTip(tip)
        cells = [first] + [QTableWidgetItem(amount(h) if h else "") for h in (*days, total)]
        for c, cell in enumerate(cells):
            if c:
                cell.setTextAlignment(RIGHT)
            if font is not None or c == len(cells) - 1:
                bold = font or QFont()
                bold.setBold(True)
                cell.setFont(bold)
            self.grid.setItem(r, c, cell)
