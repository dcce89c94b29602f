"""Item model over the queue's column arrays: a thin adapter, no business rules.

Rows are shown through an index list (filter and sort results from
`console.queue.filters`), so 100,000 tickets never pass through a proxy model. Cells are
formatted only when painted; the countdown column is refreshed by emitting dataChanged
for that column alone, so selection and scroll position stay where they are.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from console.queue.filters import Countdown, age_text, countdown
from console.queue.rows import QueueRows
from console.rules.sla import Clock, ClockState
from console.views.i18n import QT_TRANSLATE_NOOP, due_when, title_word, word
from console.views.i18n import span as i18n_span
from console.views.icons import icon
from console.views.theme import signal_colour
from console.views.worded_rows import repaint_rows, runs

# What, for whom and how urgent first: the title says what a ticket is and takes the width
# the others leave; the countdown stands before the columns a dispatcher reads less often
# (the order already tells the priority), so at 1366 pixels it shows beside the ticket pane
# without scrolling sideways.
KEYS = (
    "emergency", "reference", "title", "client", "sla", "status", "priority", "assignee",
    "category", "site", "age",
)  # fmt: skip
TITLES = {
    "emergency": QT_TRANSLATE_NOOP("QueueModel", "Emergency"),
    "reference": QT_TRANSLATE_NOOP("QueueModel", "Reference"),
    "title": QT_TRANSLATE_NOOP("QueueModel", "Title"),
    "client": QT_TRANSLATE_NOOP("QueueModel", "Client"),
    "site": QT_TRANSLATE_NOOP("QueueModel", "Site"),
    "category": QT_TRANSLATE_NOOP("QueueModel", "Category"),
    "priority": QT_TRANSLATE_NOOP("QueueModel", "Priority"),
    "status": QT_TRANSLATE_NOOP("QueueModel", "Status"),
    "assignee": QT_TRANSLATE_NOOP("QueueModel", "Assignee"),
    "sla": QT_TRANSLATE_NOOP("QueueModel", "Next SLA target"),
    "age": QT_TRANSLATE_NOOP("QueueModel", "Age"),
}
STATE_SIGNALS = {
    ClockState.BREACHED: "late",
    ClockState.AT_RISK: "at_risk",
    ClockState.PAUSED: "paused",
    ClockState.RUNNING: "on_track",
}
"""The colour (`theme.SIGNALS`) of a countdown in each state."""
SLA_COLUMN = KEYS.index("sla")
WORDY = frozenset(KEYS.index(k) for k in ("category", "priority", "status"))
AGE_COLUMN = KEYS.index("age")
EMERGENCY_COLUMN = KEYS.index("emergency")
TITLE_COLUMN = KEYS.index("title")
PLAIN = frozenset(range(len(KEYS))) - {SLA_COLUMN, AGE_COLUMN, EMERGENCY_COLUMN}
"""Columns shown as stored (or as an enum's word); the others are worked out per paint."""
# roles as plain ints: a cell is asked for seven roles on every paint, and an enum
# attribute lookup per call shows up in a scroll step
DISPLAY = Qt.ItemDataRole.DisplayRole.value
FONT = Qt.ItemDataRole.FontRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
DECORATION = Qt.ItemDataRole.DecorationRole.value
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
MARKED = frozenset({EMERGENCY_COLUMN, TITLE_COLUMN})
"""Columns with an icon: the emergency flag, and the title's premium-contract star."""
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
ANSWERS = tuple(
    frozenset({DECORATION, TOOLTIP, ACCESSIBLE})
    if column == EMERGENCY_COLUMN
    else frozenset({DISPLAY, DECORATION, TOOLTIP, ACCESSIBLE})
    if column == TITLE_COLUMN
    else frozenset({DISPLAY, FONT, TOOLTIP, FOREGROUND})
    if column == SLA_COLUMN
    else frozenset({DISPLAY})
    for column in range(len(KEYS))
)
"""The roles each column answers; every other role of a cell is empty without a call."""

Index = QModelIndex | QPersistentModelIndex


class QueueModel(QAbstractTableModel):
    """Shows QueueRows through an index list; formats a cell only when it is painted."""

    def __init__(self, rows: QueueRows | None = None) -> None:
        super().__init__()
        self._rows = rows or QueueRows()
        self._cols = [self._rows.columns.get(k) for k in KEYS]
        self._view: list[int] = list(range(len(self._rows)))
        self._clocks: Sequence[Clock | None] = ()
        self._now = datetime.now(UTC)
        self._brushes: dict[ClockState, QBrush] = {}
        self.use_palette(QGuiApplication.palette())
        self._bold = QFont()
        self._bold.setBold(True)
        # the countdown cell is painted on every scroll step: its words are looked up once
        self._late, self._left = self.tr("%1: %2 late"), self.tr("%1: %2 left")
        self._at_risk = self.tr("%1: %2 left (at risk)")
        self._paused = self.tr("%1: paused, %2 left")
        self._emergency, self._premium = self.tr("Emergency"), self.tr("Premium contract")
        self._emergency_icon, self._premium_icon = icon("emergency"), icon("premium")

    # -- data in ------------------------------------------------------------------------
    def use_palette(self, palette: QPalette) -> None:
        """Colour the countdowns for this palette (light or dark); the view calls it when
        the theme changes."""
        self._brushes = {
            state: QBrush(signal_colour(name, palette)) for state, name in STATE_SIGNALS.items()
        }
        if self.rowCount():
            column = SLA_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def set_rows(self, rows: QueueRows, view: list[int] | None = None) -> None:
        """Replace the data shown."""
        self.beginResetModel()
        self._rows = rows
        self._cols = [rows.columns.get(k) for k in KEYS]
        self._clocks = ()
        self._view = list(range(len(rows))) if view is None else view
        self.endResetModel()

    def update_rows(
        self,
        rows: QueueRows,
        view: list[int],
        clocks: Sequence[Clock | None],
        changed: Collection[Any],
    ) -> None:
        """Show patched rows as row removals, a move of the rows kept, insertions and
        dataChanged for the ``changed`` ids, never a reset: the selection stays on its
        ticket and the table where it was scrolled."""
        old_ids = self._rows.columns.get("id", ())
        new_ids = rows.columns.get("id", ())
        shown = [old_ids[r] for r in self._view]
        wanted = [new_ids[r] for r in view]
        place = {ticket: i for i, ticket in enumerate(wanted)}
        # rows that leave, bottom run first so the positions above stay right
        leaving = [i for i, ticket in enumerate(shown) if ticket not in place]
        for first, last in reversed(runs(leaving)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._view[first : last + 1]
            del shown[first : last + 1]
            self.endRemoveRows()
        row_of = {new_ids[r]: r for r in view}
        self._rows, self._clocks = rows, clocks
        self._cols = [rows.columns.get(k) for k in KEYS]
        self._view = [row_of[ticket] for ticket in shown]
        kept = set(shown)
        order = [ticket for ticket in wanted if ticket in kept]
        if order != shown:  # a changed ticket moved: the persistent indexes follow it
            self.layoutAboutToBeChanged.emit()
            at = {ticket: i for i, ticket in enumerate(order)}
            before = self.persistentIndexList()
            after = [
                self.index(at[shown[i.row()]], i.column()) if i.row() < len(shown) else i
                for i in before
            ]
            self._view = [row_of[ticket] for ticket in order]
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
        arriving = [i for i, ticket in enumerate(wanted) if ticket not in kept]
        for first, last in runs(arriving):
            self.beginInsertRows(QModelIndex(), first, last)
            self._view[first:first] = view[first : last + 1]
            self.endInsertRows()
        assert self._view == view
        repaint_rows(self, sorted(place[ticket] for ticket in changed if ticket in place))

    def set_view(self, view: list[int]) -> None:
        """Show these rows, in this order (a filter or sort result)."""
        self.layoutAboutToBeChanged.emit()
        self._view = view
        self.layoutChanged.emit()

    def set_clocks(self, clocks: Sequence[Clock | None], now: datetime) -> None:
        """The next SLA clock per row (same order as the rows), shown from now on."""
        self._clocks = clocks
        self.tick(now)

    def tick(self, now: datetime) -> None:
        """Refresh countdowns and ages without touching anything else."""
        self._now = now
        if self._view:
            last = len(self._view) - 1
            for column in (SLA_COLUMN, AGE_COLUMN):
                self.dataChanged.emit(self.index(0, column), self.index(last, column))

    # -- lookups --------------------------------------------------------------------------
    @property
    def rows(self) -> QueueRows:
        """The rows behind the model."""
        return self._rows

    @property
    def view(self) -> list[int]:
        """Row numbers shown, in order."""
        return self._view

    @property
    def clocks(self) -> Sequence[Clock | None]:
        """Clocks per row."""
        return self._clocks

    def row_of(self, view_row: int) -> int:
        """The data row behind a shown row."""
        return self._view[view_row]

    def find(self, ticket_id: Any) -> int | None:
        """The shown row of a ticket id, if it is shown."""
        ids = self._rows.columns.get("id", [])
        for view_row, row in enumerate(self._view):
            if ids[row] == ticket_id:
                return view_row
        return None

    def clock(self, row: int) -> Clock | None:
        """The clock of a data row."""
        return self._clocks[row] if row < len(self._clocks) else None

    # -- Qt API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of shown tickets."""
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of columns."""
        return 0 if parent.isValid() else len(KEYS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == EMERGENCY_COLUMN:  # the icon stands for the word, which is its tooltip
            if role == DECORATION:
                return self._emergency_icon
            if role in (TOOLTIP, ACCESSIBLE):
                return self.tr(TITLES["emergency"])
            return None
        if role == DISPLAY:
            return self.tr(TITLES[KEYS[section]])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One cell: text, and for the countdown its colour."""
        if not index.isValid() or role not in ANSWERS[index.column()]:
            return None
        return self._cell(index.column(), self._view[index.row()], role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803 - Qt API
        """Every role a delegate asks of one cell, in one call.

        A table paints a cell with seven roles; answering them here costs one call into
        Python per cell instead of seven, which is most of a scroll step's time.
        """
        if not index.isValid():
            return
        column, row = index.column(), self._view[index.row()]
        answers = ANSWERS[column]
        for role_data in roleDataSpan:
            role = role_data.role()
            if role in answers:
                role_data.setData(self._cell(column, row, role))
            else:
                role_data.clearData()

    def _cell(self, column: int, row: int, role: int) -> Any:
        """What one cell shows in one role (only the roles its column ANSWERS)."""
        if column in MARKED and role in (DECORATION, TOOLTIP, ACCESSIBLE):
            return self._mark(column, row, role)
        if role == DISPLAY:
            if column in PLAIN:
                value = self._cols[column][row]  # type: ignore[index]
                if column in WORDY and value:
                    return title_word(value)
                return value
            if column == SLA_COLUMN:
                return self._countdown_text(countdown(self.clock(row), self._now))
            return age_text(self._rows.columns["opened_at"][row], self._now)
        if column != SLA_COLUMN:
            return None
        clock = self.clock(row)
        if clock is None:
            return None
        if role == TOOLTIP:
            if clock.due_at is None:
                return None
            return (
                self.tr("Due %1 (%2)")
                .replace("%1", due_when(clock.due_at.astimezone(), self._now))
                .replace("%2", word(clock.state_at(self._now)))
            )
        state = clock.state_at(self._now)
        if role == FONT:
            return self._bold if state is ClockState.BREACHED else None
        return self._brushes.get(state)

    def _mark(self, column: int, row: int, role: int) -> Any:
        """The emergency icon, or the title's premium star; its word for tooltips and
        screen readers (the icon is never the only sign)."""
        if column == EMERGENCY_COLUMN:
            flagged = self._cols[EMERGENCY_COLUMN][row]  # type: ignore[index]
            if role == DECORATION:
                return self._emergency_icon if flagged else None
            return self._emergency if flagged else None
        title = self._cols[TITLE_COLUMN][row]  # type: ignore[index]
        premium = self._rows.columns.get("premium")
        if not (premium and premium[row]):
            return title if role == TOOLTIP else None  # the whole title where it is cut
        if role == DECORATION:
            return self._premium_icon
        if role == ACCESSIBLE:
            return f"{title} ({self._premium})"
        return f"{self._premium}: {title}"

    def countdown_samples(self, kinds: Sequence[str]) -> list[str]:
        """The longest countdowns each kind of target may show, to size the column by."""
        templates = (self._late, self._left, self._at_risk, self._paused)
        return [
            t.replace("%1", kind).replace("%2", span)
            for t in templates
            for kind in kinds
            for span in (i18n_span(99 * 86400 + 23 * 3600), i18n_span(23 * 3600 + 59 * 60))
        ]

    def everyday_countdowns(self, kinds: Sequence[str]) -> list[str]:
        """The longest late and running countdowns a desk sees every day (under ten
        days): a column as wide as these never cuts how late a ticket is."""
        spans = (i18n_span(9 * 86400 + 23 * 3600), i18n_span(23 * 3600 + 59 * 60))
        return [
            t.replace("%1", kind).replace("%2", span)
            for t in (self._late, self._left)
            for kind in kinds
            for span in spans
        ]

    def _countdown_text(self, c: Countdown | None) -> str:
        if c is None:
            return ""
        if c.paused:
            template = self._paused
        elif c.late:
            template = self._late
        else:
            template = self._at_risk if c.at_risk else self._left
        return template.replace("%1", word(c.kind)).replace("%2", i18n_span(c.seconds))
