"""A read-only table over rows already worded off the window's thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# roles as plain ints: a cell is asked for some seven roles at every paint, and an enum
# attribute looked up per call showed in the roster's repaint after a sync
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value

R = TypeVar("R")


def changed_rows(
    before: Sequence[R], after: Sequence[R], key: Callable[[R], object] = attrgetter("id")
) -> list[int] | None:
    """Where ``after`` differs from ``before``, row by row; None when the rows are not the
    same ones in the same order (``key`` tells a row's record: another engineer, one
    gone), which only a reset shows.

    Plain Python, so a read off the window's thread works it out: a sync seldom changes
    the rows on screen, and a view that knows which did repaints those, not every cell.
    """
    if len(before) != len(after):
        return None
    if any(key(a) != key(b) for a, b in zip(before, after, strict=True)):
        return None
    return [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]


class WordedRowsModel(QAbstractTableModel):
    """A thin adapter over rows of words: a new list is one reset, not thousands of cells
    made on the window's thread. A subclass adds its colours and tooltips (`styled`)."""

    styled_roles: frozenset[int] = frozenset()
    """The roles a subclass's `styled` answers; every other role is empty without a call."""

    def __init__(self, headers: list[str], right: frozenset[int] = frozenset()) -> None:
        super().__init__()
        self._headers = headers
        self._right = right  # the columns of figures, right-aligned so decimals line up
        self._cells: Sequence[tuple[str, ...]] = []

    def show_cells(
        self, cells: Sequence[tuple[str, ...]], changed: Sequence[int] | None = None
    ) -> None:
        """Replace the rows; ``changed``: they are the same ones as those shown, of which
        only these differ (`changed_rows`), so only they repaint and the selection and
        scroll stay where they are."""
        if changed is None:
            self.beginResetModel()
            self._cells = cells
            self.endResetModel()
        else:
            self._cells = cells
            repaint_rows(self, changed)

    @property
    def cells(self) -> Sequence[tuple[str, ...]]:
        """The rows' words shown, row by row."""
        return self._cells

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Rows shown."""
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """One cell: its words, the figures' alignment, and what `styled` adds."""
        if role == DISPLAY:
            return self._cells[index.row()][index.column()] if index.isValid() else None
        if role == ALIGNMENT:
            return RIGHT if index.column() in self._right else None
        if role not in self.styled_roles or not index.isValid():
            return None
        return self.styled(index.row(), index.column(), role)

    def styled(self, row: int, column: int, role: int) -> Any:
        """A cell's other roles (colour, tooltip); none by default."""
        return None


def repaint_rows(model: QAbstractItemModel, rows: Sequence[int]) -> None:
    """Tell the views of ``model`` that these rows changed, every column: one signal a run."""
    last = model.columnCount() - 1
    for first, end in runs(rows):
        model.dataChanged.emit(model.index(first, 0), model.index(end, last))


def runs(positions: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending positions as (first, last) runs of consecutive ones: one signal a run."""
    found: list[tuple[int, int]] = []
    for p in positions:
        if found and found[-1][1] == p - 1:
            found[-1] = (found[-1][0], p)
        else:
            found.append((p, p))
    return found
