"""The queue: saved filters with counts, a quick search, the ticket table and its pane."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.queue.alerts import Seen, alerting_now, new_alerts
from console.queue.filters import (
    QueueFacts,
    QuickSearch,
    SavedFilter,
    filter_counts,
    saved_filter,
    sort_order,
)
from console.queue.rows import QueueRows, load_queue, unassigned_visit_tickets
from console.rules.sla import Clock
from console.services.store_facts import queue_row_id
from console.views.background import run_in_background
from console.views.context import DeskContext
from console.views.errors import user_message
from console.views.i18n import QT_TRANSLATE_NOOP
from console.views.queue_model import KEYS, QueueModel
from console.views.ticket_pane import TicketPane

FILTER_TITLES = {
    SavedFilter.ALL: QT_TRANSLATE_NOOP("QueueView", "All open tickets"),
    SavedFilter.MINE: QT_TRANSLATE_NOOP("QueueView", "My tickets"),
    SavedFilter.BREACHING: QT_TRANSLATE_NOOP("QueueView", "Breaching soon"),
    SavedFilter.AWAITING_REPLY: QT_TRANSLATE_NOOP("QueueView", "Awaiting reply"),
    SavedFilter.EMERGENCIES: QT_TRANSLATE_NOOP("QueueView", "Emergencies"),
    SavedFilter.UNASSIGNED_VISITS: QT_TRANSLATE_NOOP("QueueView", "Unassigned visits"),
}
FIRST_SCREEN = 200  # rows shown before the full queue arrives: more than any screen holds
WIDTHS = (120, 190, 70, 110, 250, 120, 110, 130, 50)
"""Column widths in the order of queue_model.KEYS."""


class QueueView(QWidget):
    """Everything a dispatcher needs to work the queue."""

    countsChanged = Signal(int, int)  # noqa: N815 - Qt signal: shown, total
    loadFailed = Signal(str)  # noqa: N815 - Qt signal: what went wrong, in words
    slaAlerts = Signal(list)  # noqa: N815 - Qt signal: clocks newly at risk or missed
    first_screen = FIRST_SCREEN

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = QueueModel()
        self._search = QuickSearch(QueueRows())
        self._filtered: list[int] = []
        self._facts = QueueFacts()
        self._sort: tuple[str, bool] | None = None
        self._alerting: Seen | None = None  # None until the first clocks: no alert flood
        self._generation = 0
        self.loading = False

        self.filters = QListWidget()
        self.filters.setObjectName("savedFilters")
        self.filters.setMaximumWidth(210)
        for which, title in FILTER_TITLES.items():
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, which.value)
            self.filters.addItem(item)
        self.filters.setCurrentRow(0)
        self.filters.currentRowChanged.connect(lambda _row: self.apply_filters())

        self.search = QLineEdit()
        self.search.setObjectName("quickFilter")
        self.search.setPlaceholderText(self.tr("Filter: reference, client, title, text  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._show_view())

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.pane = TicketPane(desk)
        self.pane.changed.connect(self.reload)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.setObjectName("queueSplitter")
        splitter.addWidget(self.filters)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        self.splitter = splitter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Load the queue and show it, then fill in the SLA clocks off the window's thread.

        On the qasync loop the first screen of rows shows at once and the full queue follows
        from a background job; without a loop (tests, scripts) it loads in one go.
        """
        keep = self.current_ticket_id()
        self._generation += 1
        generation = self._generation
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            self._show_rows(self._fetch(None), keep)
            self._start_clocks()
            return
        self.loading = True
        self._show_rows(self._fetch(self.first_screen), keep)

        def done(loaded: tuple[QueueRows, frozenset[Any]]) -> None:
            if generation == self._generation:
                self.loading = False
                self._show_rows(loaded, self.current_ticket_id() or keep)
                self._start_clocks()

        run_in_background(lambda: self._fetch(None), done, self._failed)

    def _fetch(self, limit: int | None) -> tuple[QueueRows, frozenset[Any]]:
        with self.desk.engine.connect() as connection:
            rows = load_queue(connection, limit=limit)
            unassigned = unassigned_visit_tickets(connection) if limit is None else frozenset()
        return rows, unassigned

    def _show_rows(self, loaded: tuple[QueueRows, frozenset[Any]], keep: Any) -> None:
        rows, unassigned = loaded
        self._search = QuickSearch(rows)
        self._facts = QueueFacts((), queue_row_id(self.desk.engine, self.desk.user_id), unassigned)
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        self.apply_filters(keep)
        if keep is None:
            self.table.verticalScrollBar().setValue(scrolled)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.loadFailed.emit(user_message(error))

    def _start_clocks(self) -> None:
        rows, now = self.model.rows, self.desk.now()

        def work() -> list[Clock | None]:
            # The first import of the model happens here, in the background, after the
            # queue shows (console.store.lean_tables).
            from console.queue.clocks import queue_clocks

            with self.desk.engine.connect() as connection:
                return queue_clocks(connection, rows, now)

        run_in_background(work, lambda clocks: self._clocks_ready(rows, clocks), self._failed)

    def load_clocks(self) -> None:
        """Compute the clocks now, in this thread (tests, or without an event loop)."""
        from console.queue.clocks import queue_clocks

        with self.desk.engine.connect() as connection:
            clocks = queue_clocks(connection, self.model.rows, self.desk.now())
        self._clocks_ready(self.model.rows, clocks)

    def _clocks_ready(self, rows: QueueRows, clocks: list[Clock | None]) -> None:
        if rows is not self.model.rows:
            return  # reloaded meanwhile: a newer batch is on its way
        self._facts.clocks = clocks
        self.model.set_clocks(clocks, self.desk.now())
        self._update_counts()
        self._look_for_alerts(first_clocks=self._alerting is None)
        if self.current_filter() is SavedFilter.BREACHING or (
            self._sort and self._sort[0] == "sla"
        ):
            self.apply_filters(self.current_ticket_id())

    # -- filtering and sorting -----------------------------------------------------------
    def current_filter(self) -> SavedFilter:
        """The saved filter in use."""
        item = self.filters.currentItem()
        return SavedFilter(item.data(Qt.ItemDataRole.UserRole)) if item else SavedFilter.ALL

    def set_filter(self, which: SavedFilter) -> None:
        """Switch to a saved filter."""
        self.filters.setCurrentRow(list(FILTER_TITLES).index(which))

    def apply_filters(self, keep: Any = None) -> None:
        """Narrow by the saved filter and the quick search, then sort; keep the selection."""
        self._filtered = saved_filter(
            self.model.rows, self.current_filter(), self._facts, self.desk.now()
        )
        self._show_view(keep)

    def _show_view(self, keep: Any = None) -> None:
        """Search within the saved filter's rows and sort; the saved filter is not re-run."""
        keep = keep if keep is not None else self.current_ticket_id()
        view = self._search.match(self.search.text(), self._filtered)
        if self._sort is not None:
            key, descending = self._sort
            view = sort_order(self.model.rows, key, view, descending, self._facts.clocks)
        self.model.set_view(view)
        self._reselect(keep)
        self.countsChanged.emit(len(view), len(self.model.rows))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if section < 0:
            self._sort = None
        else:
            self._sort = (KEYS[section], order == Qt.SortOrder.DescendingOrder)
        self._show_view()

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Sort on a column, as a header click does."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(KEYS.index(key), order)

    def _update_counts(self) -> None:
        counts = filter_counts(self.model.rows, self._facts, self.desk.now())
        for i in range(self.filters.count()):
            item = self.filters.item(i)
            which = SavedFilter(item.data(Qt.ItemDataRole.UserRole))
            item.setText(f"{self.tr(FILTER_TITLES[which])}  ({counts[which]})")

    def tick(self) -> None:
        """The minute timer: countdowns move, nothing reloads."""
        self.model.tick(self.desk.now())
        self._update_counts()
        self._look_for_alerts()

    def _look_for_alerts(self, first_clocks: bool = False) -> None:
        """Tell the desk of clocks that turned at risk or were missed since it last looked;
        those already so when the window opened are in "Breaching soon", not an alert."""
        rows, clocks, now = self.model.rows, self._facts.clocks, self.desk.now()
        if first_clocks:
            self._alerting = alerting_now(rows, clocks, now)
            return
        if self._alerting is None:
            return  # the clocks are still being computed
        alerts, self._alerting = new_alerts(rows, clocks, now, self._alerting)
        if alerts:
            self.slaAlerts.emit(alerts)

    # -- selection ------------------------------------------------------------------------
    def current_ticket_id(self) -> Any:
        """The selected ticket's id as the driver returns it, or None."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.rows.columns["id"][self.model.row_of(index.row())]

    def select_ticket(self, ticket_id: Any) -> bool:
        """Select a ticket if it is shown."""
        return self._reselect(ticket_id)

    def _reselect(self, ticket_id: Any) -> bool:
        if ticket_id is None:
            return False
        row = self.model.find(ticket_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _show_current(self) -> None:
        self.pane.show_ticket(self.current_ticket_id())
