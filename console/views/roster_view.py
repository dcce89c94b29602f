"""The roster: engineers with skills, languages, zone, hours, leave, load and clients."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any, overload

from PySide6.QtCore import Qt
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
from console.views.worded_rows import TOOLTIP, WordedRowsModel, changed_rows

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

NUMERIC = frozenset(
    i for i, (key, _title) in enumerate(COLUMNS) if key in ("today_hours", "week_utilisation_pct")
)
"""Columns of figures, right-aligned."""


class WordedRoster(Sequence[tuple[str, ...]]):
    """The roster's cells, each engineer's worded the first time a view asks for them.

    Worded in the read off the window's thread, 3,000 engineers' hours, leave and figures
    held the interpreter in long stretches while the window waited (the longest pause
    after a sync went from 17-23 ms to 60-74 ms at the huge demo: the words were asked of
    Qt then, see `console.wording.date_patterns`); worded again at every paint, they took
    8 ms of each refresh. A screen shows some twenty-five engineers: worded once each, on
    the window's thread, they cost a millisecond or two.
    """

    def __init__(
        self, rows: list[RosterRow], no_hours: str, worded: dict[int, tuple[str, ...]] | None = None
    ) -> None:
        self._rows = rows
        self._no_hours = no_hours
        self._worded: dict[int, tuple[str, ...]] = {} if worded is None else worded

    def kept(self, rows: list[RosterRow], changed: Sequence[int]) -> WordedRoster:
        """The cells of rows that differ from these only at ``changed``: the words of the
        other rows already worded are taken over, not worded again."""
        worded = dict(self._worded)
        for row in changed:
            worded.pop(row, None)
        return WordedRoster(rows, self._no_hours, worded)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> tuple[str, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, ...] | list[tuple[str, ...]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        cells = self._worded.get(index)
        if cells is None:
            cells = self._worded[index] = _cells(self._rows[index], self._no_hours)
        return cells


def _cells(row: RosterRow, no_hours: str) -> tuple[str, ...]:
    """One engineer's cells, in the order of `COLUMNS`."""
    return (
        row.name, title_word(row.skill_level), ", ".join(row.skills), ", ".join(row.languages),
        row.region, row.zone, _hours(row.hours) or no_hours,
        _leave(row.leave) if row.leave is not None else "", amount(row.today_hours),
        str(row.week_utilisation_pct), ", ".join(row.clients),
    )  # fmt: skip


def _day(name: str) -> str:
    return day_name(WEEKDAYS.index(name) + 1)


def _hours(groups: tuple[HoursGroup, ...]) -> str:
    parts = []
    for g in groups:
        days = _day(g.first_day)
        if g.last_day != g.first_day:
            days += "-" + _day(g.last_day)
        parts.append(f"{days} {', '.join(f'{a}-{b}' for a, b in g.spans)}")
    return "; ".join(parts)


def _leave(span: LeaveSpan) -> str:
    first = when(datetime.combine(span.first_day, time(0)), "dd MMM")
    if span.last_day != span.first_day:
        first += "-" + when(datetime.combine(span.last_day, time(0)), "dd MMM")
    return f"{word(span.kind)} {first}"


WORDY_COLUMNS = frozenset(i for i, (key, _title) in enumerate(COLUMNS) if key in WORDY)


class RosterModel(WordedRowsModel):
    """The roster's engineers as a table, each worded when first shown."""

    styled_roles = frozenset({TOOLTIP})

    def __init__(self) -> None:
        super().__init__([self.tr(title) for _key, title in COLUMNS], NUMERIC)
        self.rows: list[RosterRow] = []

    def set_rows(self, rows: list[RosterRow]) -> None:
        """Replace the rows; their cells are worded as they are shown."""
        self.rows = rows
        self.show_cells(WordedRoster(rows, self.tr("no working hours")))

    def update_rows(self, rows: list[RosterRow], changed: Sequence[int]) -> None:
        """Take in rows that are the same engineers in the same order as those shown, of
        which only ``changed`` differ: only those repaint (`changed_rows`)."""
        cells = self._cells
        if not isinstance(cells, WordedRoster):  # nothing shown yet to keep
            self.set_rows(rows)
            return
        self.rows = rows
        self.show_cells(cells.kept(rows, changed), changed)

    def styled(self, row: int, column: int, role: int) -> Any:
        """The whole text where a narrow column may cut it."""
        if role == Qt.ItemDataRole.ToolTipRole and column in WORDY_COLUMNS:
            return self._cells[row][column]
        return None


@dataclass(frozen=True)
class RosterRead:
    """The roster as read, and which of its rows differ from those shown when the read
    began (None: not the same engineers in the same order, or no rows to compare)."""

    rows: list[RosterRow]
    changed: list[int] | None = None


class RosterView(QWidget):
    """The roster with an edit action."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = RosterModel()
        self._reads: LatestRead[RosterRead] = LatestRead()
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

    def _read(self, compared: bool = False) -> Callable[[], RosterRead]:
        """The roster's read, as of now; ``compared``: with the rows that differ from
        those shown now, worked out in the read."""
        sessions, now, before = self.desk.session, self.desk.now(), self.model.rows

        def read() -> RosterRead:
            rows = roster_rows(sessions, now)
            return RosterRead(rows, changed_rows(before, rows) if compared and before else None)

        return read

    def reload(self) -> None:
        """Load the roster, now."""
        self._reads.now(self._read(), self._show)

    def refresh(self) -> None:
        """Read the roster again off the window's thread, as after a sync that brought
        changes (3,000 engineers' week take a third of a second); the rows shown stay
        until then, and the selected engineer stays selected.

        A sync seldom changes the engineers on screen: the read tells which rows differ,
        and only those repaint. After a reset every cell of the screen was laid out and
        painted again, 7-10 ms of the window's thread: its longest pause after a sync.
        """
        self._reads.later(self._read(compared=True), self._show, self._failed)

    def _show(self, read: RosterRead) -> None:
        rows = read.rows
        if read.changed is not None:
            self.model.update_rows(rows, read.changed)
            return
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
