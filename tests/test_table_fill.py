"""Tables filled again (after a sync, a filter, a save) measure their columns once per
fill, not once per cell (issue 24: the knowledge base's 1,800 articles took 100 s to show
a second time at the large demo, the billing tab's invoices a minute)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)

from console.views.table_fill import refilling

VIEWS = Path(__file__).resolve().parent.parent / "console" / "views"


class CountingDelegate(QStyledItemDelegate):
    """Counts the cells measured, as a header sizing a column to its contents does."""

    measured = 0

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Count, then measure as Qt does."""
        CountingDelegate.measured += 1
        return super().sizeHint(option, index)


def _fill(table: QTableWidget, rows: int) -> None:
    for row in range(rows):
        for column in range(table.columnCount()):
            table.setItem(row, column, QTableWidgetItem(f"cell {row} {column}"))


def _table(qtbot: Any, sorting: bool = False) -> QTableWidget:
    table = QTableWidget(0, 3)
    delegate = CountingDelegate(table)
    table.setItemDelegate(delegate)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSortingEnabled(sorting)
    qtbot.addWidget(table)
    table.show()
    return table


def test_a_second_fill_measures_each_cell_once_not_once_per_cell_set(qtbot: Any) -> None:
    table = _table(qtbot)
    cells = 200 * table.columnCount()
    with refilling(table, 200):
        _fill(table, 200)
    qtbot.wait(10)
    CountingDelegate.measured = 0
    with refilling(table, 200):
        _fill(table, 200)
    qtbot.wait(10)  # a header may size its columns when the loop comes round
    assert CountingDelegate.measured <= cells
    # without it, the same second fill measures the whole column at every cell
    CountingDelegate.measured = 0
    table.setRowCount(200)
    _fill(table, 200)
    qtbot.wait(10)
    assert CountingDelegate.measured >= 20 * cells


def test_the_table_gets_back_its_sorting_painting_and_header_modes(qtbot: Any) -> None:
    table = _table(qtbot, sorting=True)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    with refilling(table, 5):
        assert not table.isSortingEnabled() and not table.updatesEnabled()
        _fill(table, 5)
    assert table.isSortingEnabled() and table.updatesEnabled()
    header = table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(3)] == [
        QHeaderView.ResizeMode.ResizeToContents,
        QHeaderView.ResizeMode.ResizeToContents,
        QHeaderView.ResizeMode.Stretch,
    ]
    # sorted again once filled
    assert sorted(table.item(r, 2).text() for r in range(5)) == [f"cell {r} 2" for r in range(5)]
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)  # sized to what it holds


def test_every_table_of_the_window_is_filled_through_refilling() -> None:
    """A table given rows outside `refilling` would measure per cell again."""
    sized = re.compile(r"\.setRowCount\((?!0\))")
    found = [
        f"{path.relative_to(VIEWS)}:{number}"
        for path in VIEWS.rglob("*.py")
        if "forms" not in path.parts and path.name != "table_fill.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if sized.search(line)
    ]
    assert not found, found
