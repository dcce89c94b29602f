"""The roster: engineers with skills, languages, zone, hours, leave, load and clients."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.rules.schedule import WEEKDAYS
from console.services.roster import HoursGroup, LeaveSpan, RosterRow, roster_rows
from console.views.background import LatestRead
from console.views.context import DeskContext
from console.views.engineer_dialog import EngineerDialog
from console.views.errors import show_error
from console.views.i18n import QT_TRANSLATE_NOOP, amount, day_name, title_word, when, word

COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("RosterModel", "Engineer")),
    ("skill_level", QT_TRANSLATE_NOOP("RosterModel", "Level")),
    ("skills", QT_TRANSLATE_NOOP("RosterModel", "Skills")),
    ("languages", QT_TRANSLATE_NOOP("RosterModel", "Languages")),
    ("region", QT_TRANSLATE_NOOP("RosterModel", "Region")),
    ("zone", QT_TRANSLATE_NOOP("RosterModel", "Time zone")),
    ("hours", QT_TRANSLATE_NOOP("RosterModel", "Working hours")),
    ("leave", QT_TRANSLATE_NOOP("RosterModel", "Leave")),
    ("today_hours", QT_TRANSLATE_NOOP("RosterModel", "Today (h)")),
    ("week_utilisation_pct", QT_TRANSLATE_NOOP("RosterModel", "Week %")),
    ("clients", QT_TRANSLATE_NOOP("RosterModel", "Assigned clients")),
)

WORDY = frozenset({"skills", "languages", "zone", "hours", "leave", "clients"})
"""Columns whose text a narrow column may cut: their tooltip holds it whole."""

Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractTableModel):
    """RosterRows as a table."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RosterRow] = []

    def set_rows(self, rows: list[RosterRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Engineers."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One cell."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ToolTipRole,
        ):  # fmt: skip
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where the column cuts it
            return self.data(index) if key in WORDY else None
        value = getattr(self.rows[index.row()], key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = key in ("today_hours", "week_utilisation_pct")
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if numeric
                else None
            )
        if key == "skill_level":
            return title_word(value)
        if key == "today_hours":
            return amount(value)
        if key == "hours":
            return self._hours(value) or self.tr("no working hours")
        if key == "leave":
            return self._leave(value) if value is not None else ""
        if isinstance(value, tuple):
            return ", ".join(value)
        return str(value)

    @staticmethod
    def _day(name: str) -> str:
        return day_name(WEEKDAYS.index(name) + 1)

    def _hours(self, groups: tuple[HoursGroup, ...]) -> str:
        parts = []
        for g in groups:
            days = self._day(g.first_day)
            if g.last_day != g.first_day:
                days += "-" + self._day(g.last_day)
            parts.append(f"{days} {', '.join(f'{a}-{b}' for a, b in g.spans)}")
        return "; ".join(parts)

    def _leave(self, span: LeaveSpan) -> str:
        first = when(datetime.combine(span.first_day, time(0)), "dd MMM")
        if span.last_day != span.first_day:
            first += "-" + when(datetime.combine(span.last_day, time(0)), "dd MMM")
        return f"{word(span.kind)} {first}"


class RosterView(QWidget):
    """The roster with an edit action."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = RosterModel()
        self._reads: LatestRead[list[RosterRow]] = LatestRead()
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 70, 170, 80, 110, 150, 160, 130, 70, 60)):
            # never narrower than its title, which is longer in some languages
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        edit = QPushButton(self.tr("Edit skills and leave…"))
        edit.clicked.connect(self.edit_selected)
        bar = QHBoxLayout()
        bar.addWidget(edit)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def reload(self) -> None:
        """Load the roster, now."""
        sessions, now = self.desk.session, self.desk.now()
        self._reads.now(lambda: roster_rows(sessions, now), self._show)

    def refresh(self) -> None:
        """Read the roster again off the window's thread, as after a sync that brought
        changes (3,000 engineers' week take a third of a second); the rows shown stay
        until then, and the selected engineer stays selected."""
        sessions, now = self.desk.session, self.desk.now()
        self._reads.later(lambda: roster_rows(sessions, now), self._show, self._failed)

    def _show(self, rows: list[RosterRow]) -> None:
        current = self.table.currentIndex()
        chosen = self.model.rows[current.row()].id if current.isValid() else None
        self.model.set_rows(rows)
        at = next((i for i, row in enumerate(rows) if row.id == chosen), None)
        if at is not None:
            self.table.selectRow(at)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def edit_selected(self) -> None:
        """Edit the selected engineer."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        dialog = EngineerDialog(self.desk, self.model.rows[index.row()].id, self)
        if dialog.exec():
            self.reload()
