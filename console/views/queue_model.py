"""Item model over the queue's column arrays: a thin adapter, no business rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from console.ticket_queue import QueueRows, parse_stored_time

HEADERS = {
    "reference": "Reference",
    "client": "Client",
    "site": "Site",
    "title": "Title",
    "category": "Category",
    "priority": "Priority",
    "status": "Status",
    "assignee": "Assignee",
    "opened_at": "Opened",
}

Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Shows QueueRows; values are formatted only when a cell is painted."""

    def __init__(self, rows: QueueRows | None = None) -> None:
        super().__init__()
        self._rows = rows or QueueRows()
        self._keys = list(HEADERS)

    def set_rows(self, rows: QueueRows) -> None:
        """Replace the data shown."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of tickets."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of shown columns."""
        return 0 if parent.isValid() else len(self._keys)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[self._keys[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text of one cell."""
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        key = self._keys[index.column()]
        value = self._rows.columns[key][index.row()]
        if key == "opened_at":
            instant = parse_stored_time(value)
            return "" if instant is None else instant.astimezone().strftime("%Y-%m-%d %H:%M")
        if key in ("category", "priority", "status") and value:
            return str(value).replace("_", " ").capitalize()
        return value
