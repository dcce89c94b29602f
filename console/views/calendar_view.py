"""The calendar: day and week boards, a tray of unassigned visits, checked moves, .ics export."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QBrush, QColor, QDrag
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.services.board import Board, board_for
from console.services.schedule_export import schedule_ics
from console.services.visits import VisitRefusedError, move_visit_to
from console.views.calendar_widget import CalendarWidget, visit_mime
from console.views.context import DeskContext
from console.views.errors import findings_text, user_message
from console.views.i18n import when, word

NEEDS_ENGINEER = QColor(214, 130, 0)
"""The at-risk amber of the queue: a visit whose engineer has left needs action soon."""


class UnassignedTray(QListWidget):
    """Visits without an engineer; drag one onto an engineer's row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setObjectName("unassignedTray")

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        """The dragged visit's id, in the form the calendar accepts."""
        return visit_mime(items[0].data(Qt.ItemDataRole.UserRole))

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        """Drag the selected visit."""
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction)


class CalendarView(QWidget):
    """Plans visits on engineers' time."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.days = 7
        self.first_day = self._monday(desk.now())
        self.board: Board | None = None
        self.widget = CalendarWidget()
        self.widget.moveRequested.connect(self.request_move)
        self.widget.engineerClicked.connect(lambda _e: self._update_buttons())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.widget)
        self.scroller = scroll

        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.day_button.clicked.connect(lambda: self.set_days(1))
        self.week_button.clicked.connect(lambda: self.set_days(7))
        prev_b, today_b, next_b = (QPushButton(t) for t in ("◀", self.tr("Today"), "▶"))
        prev_b.clicked.connect(lambda: self.shift(-1))
        next_b.clicked.connect(lambda: self.shift(1))
        today_b.clicked.connect(self.today)
        self.range_label = QLabel()
        self.export_button = QPushButton(self.tr("Export schedule (.ics)…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.message = QLabel()
        self.message.setObjectName("calendarMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        bar = QHBoxLayout()
        for w in (self.day_button, self.week_button, prev_b, today_b, next_b, self.range_label):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.tray = UnassignedTray()
        tray_box = QWidget()
        tray_layout = QVBoxLayout(tray_box)
        tray_layout.setContentsMargins(0, 0, 0, 0)
        tray_layout.addWidget(QLabel(self.tr("Unassigned visits")))
        tray_layout.addWidget(self.tray)
        split = QSplitter()
        split.addWidget(tray_box)
        split.addWidget(scroll)
        split.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(split)
        self._update_buttons()

    @staticmethod
    def _monday(now: datetime) -> datetime:
        local = now.astimezone()
        day = local.date() - timedelta(days=local.weekday())
        return datetime.combine(day, time(0)).astimezone()

    # -- navigation -----------------------------------------------------------------------
    def set_days(self, days: int) -> None:
        """Day (1) or week (7) view."""
        self.days = days
        if days == 1:
            local = self.desk.now().astimezone()
            if not self.first_day <= local < self.first_day + timedelta(days=7):
                local = self.first_day
            self.first_day = datetime.combine(local.date(), time(0)).astimezone()
        else:
            self.first_day = self._monday(self.first_day)
        self.day_button.setChecked(days == 1)
        self.week_button.setChecked(days == 7)
        self.reload()

    def shift(self, steps: int) -> None:
        """Go back or forward one day or week."""
        self.first_day = (self.first_day + timedelta(days=steps * self.days)).astimezone()
        self.reload()

    def today(self) -> None:
        """Back to the current day or week."""
        local = self.desk.now().astimezone()
        self.first_day = (
            datetime.combine(local.date(), time(0)).astimezone()
            if self.days == 1
            else self._monday(local)
        )
        self.reload()

    def reload(self) -> None:
        """Load the board for the shown range."""
        start = self.first_day
        end = (start + timedelta(days=self.days)).astimezone()
        self.board = board_for(self.desk.session, start, end)
        self.widget.set_board(self.board, self.desk.now())
        last = end - timedelta(days=1)
        self.range_label.setText(
            when(start, "ddd dd MMM yyyy")
            if self.days == 1
            else f"{when(start, 'dd MMM')} – {when(last, 'dd MMM yyyy')}"
        )
        self.tray.clear()
        for v in self.board.unassigned:
            text = f"{v.reference} · {when(v.start.astimezone(), 'ddd dd HH:mm')}\n{v.client}"
            tip = f"{v.ticket_reference} · {v.site} · {word(v.skill_level)}"
            if v.former_engineer is not None:
                left = self.tr("Needs a new engineer: %1 is no longer active").replace(
                    "%1", v.former_engineer
                )
                text, tip = f"{text}\n⚠ {left}", f"{tip}\n{left}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setToolTip(tip)
            if v.former_engineer is not None:
                item.setForeground(QBrush(NEEDS_ENGINEER))
            self.tray.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.widget.selected_engineer is not None)

    # -- moves ----------------------------------------------------------------------------
    def request_move(self, visit_id: uuid.UUID, engineer_id: uuid.UUID, start: datetime) -> bool:
        """Check a move with the rules; apply it, or snap back and say why."""
        try:
            moved = move_visit_to(self.desk.session, self.desk.acting, visit_id, engineer_id, start)
        except VisitRefusedError as refused:
            self.message.setText(
                self.tr("Move refused: %1").replace("%1", findings_text(refused.findings))
            )
            self.reload()  # the block snaps back
            return False
        except Exception as exc:  # shown to the user in words
            self.message.setText(user_message(exc))
            self.reload()
            return False
        note = findings_text(moved.warnings)
        self.message.setText(
            self.tr("Moved %1 to %2.")
            .replace("%1", moved.reference)
            .replace("%2", when(start.astimezone(), "ddd dd MMM HH:mm"))
            + (f" {note}" if note else "")
        )
        self.reload()
        return True

    # -- export ---------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        engineer_id = self.widget.selected_engineer
        if engineer_id is None or self.board is None:
            return
        name = next(e.name for e in self.board.engineers if e.id == engineer_id)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export schedule"), f"{name}.ics", self.tr("iCalendar (*.ics)")
        )
        if path:
            self.export_ics(engineer_id, Path(path))

    def export_ics(self, engineer_id: uuid.UUID, path: Path) -> int:
        """Write an engineer's shown visits to an .ics file; returns how many."""
        assert self.board is not None
        name = next(e.name for e in self.board.engineers if e.id == engineer_id)
        visits = self.board.visits_of(engineer_id)
        path.write_bytes(schedule_ics(name, visits, self.desk.now()))
        self.message.setText(
            self.tr("Visits exported to %1: %n.", "", len(visits)).replace("%1", str(path))
        )
        return len(visits)
