"""A thin table over the master-data services' plain rows (one mapping per record)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from console.rules.photo import kilobytes
from console.rules.schedule import WEEKDAYS
from console.views.i18n import amount, day_name, title_word
from console.views.master_data.labels import label
from console.views.worded_rows import repaint_rows

Index = QModelIndex | QPersistentModelIndex

WEEKS = frozenset({"service_window", "working_hours"})
"""Columns holding a weekly schedule."""

WORDED = frozenset({"kind", "role", "skill_level", "credit_unit"})
"""Columns holding an enum's value, shown as its word."""


def cell_text(key: str, value: object) -> str:
    """A value as a cell shows it: words for enums and yes/no, days as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("RecordTable", "yes")
        return QCoreApplication.translate("RecordTable", "no")
    if key in WORDED:
        return title_word(value)
    if key in WEEKS and isinstance(value, dict):
        return week_text(value)
    if isinstance(value, Decimal):
        return amount(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, bytes):  # a photo
        size = amount(kilobytes(len(value)), 0)  # as the command line's listing gives it
        return QCoreApplication.translate("RecordTable", "picture, %1 KB").replace("%1", size)
    return str(value)


def week_text(week: dict[str, Any]) -> str:
    """A weekly schedule in words: days with the same hours run together ("Mon-Fri 08:00-18:00")."""
    groups: list[tuple[int, int, str]] = []
    for number, day in enumerate(WEEKDAYS):
        spans = ", ".join(f"{a}–{b}" for a, b in week.get(day) or [])
        if groups and groups[-1][2] == spans and groups[-1][1] == number - 1:
            groups[-1] = (groups[-1][0], number, spans)
        else:
            groups.append((number, number, spans))
    parts = []
    for first, last, spans in groups:
        if not spans:
            continue
        days = day_name(first + 1) + ("–" + day_name(last + 1) if last != first else "")
        parts.append(f"{days} {spans}")
    if not parts:
        return QCoreApplication.translate("RecordTable", "no hours")
    return "; ".join(parts)


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind; the columns are field names, titled by their labels."""

    def __init__(self, kind: str, columns: Sequence[str]) -> None:
        super().__init__()
        self.kind = kind
        self.columns = tuple(columns)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def update_rows(self, rows: list[dict[str, Any]], changed: Sequence[int]) -> None:
        """Take in rows that are the same records in the same order as those shown, of
        which only ``changed`` differ (`changed_rows`): those repaint, the rest stay
        painted, and the selection and scroll stay where they are."""
        self.rows = rows
        repaint_rows(self, changed)

    def row(self, index: int) -> dict[str, Any] | None:
        """The record shown on a row, if there is one."""
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def row_of(self, record_id: object) -> int:
        """The row showing the record with this id, or -1."""
        for number, row in enumerate(self.rows):
            if row.get("id") == record_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Records."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles: the fields' labels."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label(self.kind, self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One cell; an inactive record is greyed."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(key, row.get(key))
        if role == Qt.ItemDataRole.ForegroundRole and row.get("active") is False:
            return QBrush(QColor("#8a8a8a"))
        value = row.get(key)
        numeric = isinstance(value, int | Decimal) and not isinstance(value, bool)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
