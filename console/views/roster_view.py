"""The roster: engineers with skills, languages, zone, hours, leave, load and clients."""

from __future__ import annotations

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

from console.services.roster import RosterRow, roster
from console.views.context import DeskContext
from console.views.engineer_dialog import EngineerDialog

COLUMNS = (
    ("name", "Engineer"),
    ("skill_level", "Level"),
    ("skills", "Skills"),
    ("languages", "Languages"),
    ("region", "Region"),
    ("zone", "Time zone"),
    ("hours", "Working hours"),
    ("leave", "Leave"),
    ("today_hours", "Today (h)"),
    ("week_utilisation_pct", "Week %"),
    ("clients", "Assigned clients"),
)

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
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
        ):  # fmt: skip
            return None
        key = COLUMNS[index.column()][0]
        value = getattr(self.rows[index.row()], key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = key in ("today_hours", "week_utilisation_pct")
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if numeric
                else None
            )
        if isinstance(value, tuple):
            return ", ".join(value)
        return str(value)


class RosterView(QWidget):
    """The roster with an edit action."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = RosterModel()
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 70, 170, 80, 110, 130, 190, 130, 70, 60)):
            self.table.setColumnWidth(column, width)
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
        """Load the roster."""
        with self.desk.session() as session:
            self.model.set_rows(roster(session, self.desk.now()))

    def edit_selected(self) -> None:
        """Edit the selected engineer."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        dialog = EngineerDialog(self.desk, self.model.rows[index.row()].id, self)
        if dialog.exec():
            self.reload()
