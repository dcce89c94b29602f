"""The queue: saved filters with counts, a quick search, the ticket table and its pane."""

from __future__ import annotations

import asyncio
import html
import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.enums import Priority, TicketCategory, TicketStatus
from console.enums import SlaTargetKind as TargetKind
from console.queue.alerts import Seen, alerting_now, alerts_since, new_alerts
from console.queue.changes import (
    Patch,
    PatchRequest,
    QueueStamp,
    patch_queue,
    queue_stamp,
    shown_rows,
)
from console.queue.filters import (
    FilterCounts,
    QueueFacts,
    QuickSearch,
    SavedFilter,
    UrgencyOrder,
    count_filters,
    load_with_search,
    saved_filter,
    sort_order,
    urgency_order,
)
from console.queue.rows import QueueRows, unassigned_visit_tickets
from console.rules.sla import Clock
from console.services.store_facts import has_clients, may_join, queue_row_id
from console.views.background import run_in_background
from console.views.context import DeskContext
from console.views.errors import show_error, user_message
from console.views.i18n import QT_TRANSLATE_NOOP, title_word, word
from console.views.i18n import span as i18n_span
from console.views.queue_model import KEYS, TITLE_COLUMN, QueueModel
from console.views.ticket_pane import MANY_LISTED, TicketPane
from console.views.undo import TicketHistory

FILTER_TITLES = {
    SavedFilter.ALL: QT_TRANSLATE_NOOP("QueueView", "All open tickets"),
    SavedFilter.MINE: QT_TRANSLATE_NOOP("QueueView", "My tickets"),
    SavedFilter.BREACHING: QT_TRANSLATE_NOOP("QueueView", "Breaching soon"),
    SavedFilter.AWAITING_REPLY: QT_TRANSLATE_NOOP("QueueView", "Awaiting reply"),
    SavedFilter.EMERGENCIES: QT_TRANSLATE_NOOP("QueueView", "Emergencies"),
    SavedFilter.UNASSIGNED_VISITS: QT_TRANSLATE_NOOP("QueueView", "Unassigned visits"),
}
FIRST_SCREEN = 200  # rows shown before the full queue arrives: more than any screen holds
WORDS_OF = {"priority": Priority, "status": TicketStatus, "category": TicketCategory}
"""Columns whose cells are an enum's words: each is as wide as its longest word."""
NAMES_WIDEST = 180  # a client, site or person's name beyond this is cut (the pane has it whole)
COUNTDOWN_WIDEST = 210  # longer countdowns are cut (the tooltip has them whole), unless a
# language needs more for the everyday ones (under ten days): see _fit_columns
Loaded = tuple[QueueRows, QuickSearch, frozenset[Any], UrgencyOrder, QueueStamp | None]
"""A load's rows, the tickets with unassigned visits, the rows' order by urgency, and the
store's stamp taken before the rows were read (none for a first screen)."""
TITLE_LEAST = 160  # the title never shrinks below this; the columns after it scroll instead


class QueueView(QWidget):
    """Everything a dispatcher needs to work the queue."""

    countsChanged = Signal(int, int)  # noqa: N815 - Qt signal: shown, total
    loadFailed = Signal(str)  # noqa: N815 - Qt signal: what went wrong, in words
    slaAlerts = Signal(list)  # noqa: N815 - Qt signal: clocks newly at risk or missed
    newTicketRequested = Signal()  # noqa: N815 - Qt signal: the empty queue's link
    findRequested = Signal(str)  # noqa: N815 - Qt signal: search all tickets for these words
    mailSettingsRequested = Signal()  # noqa: N815 - Qt signal: the empty queue's link
    importRequested = Signal()  # noqa: N815 - Qt signal: the empty queue's link (no clients)
    joinRequested = Signal()  # noqa: N815 - Qt signal: the empty queue's link (a desk alone)
    first_screen = FIRST_SCREEN

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = QueueModel()
        self._search = QuickSearch(QueueRows())
        self._filtered: list[int] = []
        self._facts = QueueFacts()
        self._sort: tuple[str, bool] | None = None  # None: the default order, by urgency
        self._reordering = False
        self._order = UrgencyOrder()
        self._alerting: Seen | None = None  # None until the first clocks: no alert flood
        self._seen_at: datetime | None = None  # when _alerting was found, for these clocks
        self._tally: FilterCounts | None = None  # the filters' counts; None: count again
        self._generation = 0
        self._stamp: QueueStamp | None = None  # what the rows shown were loaded from
        self.loading = False

        self.filters = QListWidget()
        self.filters.setObjectName("savedFilters")
        for which, title in FILTER_TITLES.items():
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, which.value)
            self.filters.addItem(item)
        self.filters.setCurrentRow(0)
        self.filters.currentRowChanged.connect(lambda _row: self.apply_filters())
        self.filters.setAccessibleName(self.tr("Saved filters"))
        self.filters.setMaximumWidth(210)

        self.search = QLineEdit()
        self.search.setObjectName("quickFilter")
        self.search.setPlaceholderText(self.tr("Filter: reference, client, title, text  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._show_view())

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several tickets at once: Ctrl+click, Shift+click, Ctrl+A (the pane changes them all)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(self.tr("Ticket queue"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the title takes what the others leave (see _fit_title), not the last column
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)  # a third click: the most urgent first again
        header.setToolTip(
            self.tr(
                "Unsorted, the most urgent come first: emergencies, missed deadlines, then "
                "the deadlines due soonest. Click a column to sort by it; a third click "
                "goes back to the most urgent first."
            )
        )
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionResized.connect(self._column_resized)
        self.table.viewport().installEventFilter(self)
        self._fitting = False
        self._dragged: set[int] = set()
        # The countdown column is sized on the first clocks: its texts need the language's
        # unit names (babel's data), which the first screen should not wait for.
        self._countdowns_fitted = False
        self._fit_columns()
        self._shown: tuple[Any, ...] | None = None  # what the pane shows (one id, or many)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._show_current())
        selection.selectionChanged.connect(lambda *_: self._show_current())
        # what to do when no row shows, drawn over the table rather than a blank grid
        self.empty = QLabel(self.table.viewport())
        self.empty.setObjectName("queueEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(24, 24, 24, 24)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.empty.linkActivated.connect(self._empty_link)
        self.empty.setVisible(False)

        self.pane = TicketPane(desk)
        self.pane.changed.connect(self.refresh)
        self.pane.change_requested = self.change_selected
        self.history = TicketHistory(desk, self)
        self.history.changed.connect(self._after_change)

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
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """A theme chosen (light or dark): the countdowns take its colours."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.model.use_palette(self.palette())
        super().changeEvent(event)

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

        def done(loaded: Loaded) -> None:
            if generation == self._generation:
                self.loading = False
                self._show_rows(loaded, self.current_ticket_id() or keep)
                self._start_clocks()

        run_in_background(lambda: self._fetch(None), done, self._failed)

    def refresh(self) -> None:
        """Take in what changed in the store since the queue was loaded (a sync, an edit
        here): only the changed tickets' rows and clocks are read, off the window's
        thread, and shown as row changes, the selection and scrolling kept. Before the
        first full load with its clocks, or when a table every row reads changed, or
        when too many tickets changed, the queue reloads instead.
        """
        stamp, rows, clocks = self._stamp, self.model.rows, self._facts.clocks
        if stamp is None or self.loading or len(clocks) != len(rows):
            self.reload()
            return
        generation = self._generation
        asked = self.patch_request()

        def work() -> Patch | None:
            with self.desk.engine.connect() as connection:
                return patch_queue(connection, asked)

        def done(patch: Patch | None) -> None:
            if generation != self._generation:
                return  # reloaded meanwhile
            if rows is not self.model.rows:  # another refresh came first: start from it
                self.refresh()
                return
            if patch is None:
                self.reload()
            else:
                self.show_patch(patch)

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            done(work())  # tests and scripts: at once, as reload does without a loop
            return
        run_in_background(work, done, self._failed)

    def patch_request(self) -> PatchRequest:
        """What a refresh starts from: the queue as shown, and how it is filtered."""
        return PatchRequest(self.model.rows, self._facts.clocks, self._stamp or QueueStamp(),
                            self.desk.now(), self._search, self._state(), self._alerting,
                            self._facts.user_id, self._order,
                            self._facts.unassigned_visits)  # fmt: skip

    def show_patch(self, patch: Patch) -> None:
        """Show refreshed rows as row changes (see `QueueModel.update_rows`)."""
        self._stamp = patch.stamp
        if patch.rows is self.model.rows:
            return  # nothing changed
        table = self.table
        top_index = table.indexAt(table.viewport().rect().topLeft())
        top = self.model.rows.columns["id"][self.model.row_of(top_index.row())] if (
            top_index.isValid()) else None  # fmt: skip
        self._search = patch.search
        self._order = patch.order
        self._facts = QueueFacts(patch.clocks, self._facts.user_id, patch.unassigned)
        self._tally = patch.tally
        self._seen_at = None  # unless the patch says what is seen of its clocks (below)
        shown = patch.shown
        if shown is None or shown.state != self._state():  # the dispatcher changed them
            now = self.desk.now()
            shown = shown_rows(self._state(), patch.rows, self._facts, self._order,
                                self._search, now)  # fmt: skip
        self._filtered, view = shown.filtered, shown.view
        self.model.update_rows(patch.rows, view, patch.clocks, patch.changed)
        if top is not None:  # the ticket at the top stays there, whatever came above it
            row = self.model.find(top)
            if row is not None:
                table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_counts()  # from the patch's tally
        if self._alerting is not None and patch.alerting is not None:  # told once: a tick
            # may have told some meanwhile
            told = self._alerting
            alerts = [a for a in patch.alerts if (a.ticket_id, a.target, a.state) not in told]
            self._alerting, self._seen_at = patch.alerting, patch.seen_at
            if alerts:
                self.slaAlerts.emit(alerts)
        self.countsChanged.emit(len(view), len(patch.rows))
        self._show_empty()
        changed = set(patch.changed)
        if self._shown is not None and changed.intersection(self._shown[1:]):
            self._show_current(force=True)  # what the dispatcher reads changed

    def _state(self) -> tuple[Any, ...]:
        """What the shown rows depend on besides the data: filter, sort and search text."""
        return (self.current_filter(), self._sort, self.search.text())

    def _fetch(self, limit: int | None) -> Loaded:
        with self.desk.engine.connect() as connection:
            # stamped first: a change made while the rows are read is taken in again later
            stamp = queue_stamp(connection) if limit is None else None
            # the search folds each ticket's text as it is read, off the window's thread
            rows, search = load_with_search(connection, limit=limit)
            unassigned = unassigned_visit_tickets(connection) if limit is None else frozenset()
        # the order by urgency alone (until the clocks come) is worked out here too
        return rows, search, unassigned, urgency_order(rows, (), self.desk.now()), stamp

    def _show_rows(self, loaded: Loaded, keep: Any) -> None:
        rows, self._search, unassigned, self._order, self._stamp = loaded
        self._facts = QueueFacts((), queue_row_id(self.desk.engine, self.desk.user_id), unassigned)
        self._tally = None
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        self._fit_columns()
        self.apply_filters(keep)
        if keep is None:
            self.table.verticalScrollBar().setValue(scrolled)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.loadFailed.emit(user_message(error))

    def _start_clocks(self) -> None:
        rows, now, facts = self.model.rows, self.desk.now(), self._facts

        def work() -> tuple[list[Clock | None], UrgencyOrder, FilterCounts]:
            # The first import of the model happens here, in the background, after the
            # queue shows (console.store.lean_tables).
            from console.queue.clocks import queue_clocks

            with self.desk.engine.connect() as connection:
                clocks = queue_clocks(connection, rows, now)
            i18n_span(0)  # the unit names' data loads here, not on the window's thread
            tally = count_filters(rows, QueueFacts(clocks, facts.user_id, facts.unassigned_visits))
            return clocks, urgency_order(rows, clocks, now), tally

        run_in_background(work, lambda done: self._clocks_ready(rows, *done), self._failed)

    def load_clocks(self) -> None:
        """Compute the clocks now, in this thread (tests, or without an event loop)."""
        from console.queue.clocks import queue_clocks

        rows, now = self.model.rows, self.desk.now()
        with self.desk.engine.connect() as connection:
            clocks = queue_clocks(connection, rows, now)
        self._clocks_ready(rows, clocks, urgency_order(rows, clocks, now))

    def _clocks_ready(
        self,
        rows: QueueRows,
        clocks: list[Clock | None],
        order: UrgencyOrder,
        tally: FilterCounts | None = None,
    ) -> None:
        if rows is not self.model.rows:
            return  # reloaded meanwhile: a newer batch is on its way
        self._facts.clocks = clocks
        self._tally = tally  # counted in the background with these clocks, or not yet
        self._seen_at = None  # what was seen is of the clocks before
        self._order = order
        self.model.set_clocks(clocks, self.desk.now())
        if not self._countdowns_fitted:
            self._countdowns_fitted = True
            self._fit_columns()
        self._update_counts()
        self._look_for_alerts(first_clocks=self._alerting is None)
        if (
            self.current_filter() is SavedFilter.BREACHING
            or self._sort is None  # the default order follows the clocks
            or self._sort[0] == "sla"
        ):
            self.apply_filters(self.current_ticket_id())

    def _reorder(self) -> None:
        """Work out the default order again (a running clock was missed), off the thread."""
        rows, clocks, now = self.model.rows, self._facts.clocks, self.desk.now()
        self._reordering = True

        def done(order: UrgencyOrder) -> None:
            self._reordering = False
            if rows is self.model.rows and clocks is self._facts.clocks:
                self._order = order
                if self._sort is None:
                    self.apply_filters(self.current_ticket_id())

        def failed(error: BaseException) -> None:
            self._reordering = False
            self._failed(error)

        run_in_background(lambda: urgency_order(rows, clocks, now), done, failed, owner=self)

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
        found = saved_filter(self.model.rows, self.current_filter(), self._facts, self.desk.now())
        # kept in the default order, so a keystroke in the search never sorts again
        self._filtered = self._order.sort(found) if self._sort is None else found
        self._show_view(keep)

    def _show_view(self, keep: Any = None) -> None:
        """Search within the saved filter's rows and sort; the saved filter is not re-run."""
        keep = keep if keep is not None else self.current_ticket_id()
        view = self._search.match(self.search.text(), self._filtered)
        if self._sort is not None:
            key, descending = self._sort
            view = sort_order(self.model.rows, key, view, descending, self._facts.clocks)
        self.model.set_view(view)
        if not self._reselect(keep):
            # the rows moved under the old selection: nothing stays selected, and the
            # pane says so rather than showing a ticket that is no longer in the list
            self.table.selectionModel().clear()
            self._show_current()
        self.countsChanged.emit(len(view), len(self.model.rows))
        self._show_empty()

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if section < 0:
            self._sort = None
            self.apply_filters()  # back in the default order
        else:
            self._sort = (KEYS[section], order == Qt.SortOrder.DescendingOrder)
            self._show_view()

    def default_order(self) -> None:
        """Back to the most urgent first (no column chosen)."""
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Sort on a column, as a header click does."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(KEYS.index(key), order)

    # -- column widths --------------------------------------------------------------------
    def _fit_columns(self) -> None:
        """Each column as wide as what it shows (a name up to NAMES_WIDEST), the title the
        rest; a column the dispatcher widened or narrowed keeps that width."""
        header = self.table.horizontalHeader()
        plain, heading = self.table.fontMetrics(), header.fontMetrics()
        strong = QFont(self.table.font())
        strong.setBold(True)  # a missed clock's countdown is in bold
        bold = QFontMetrics(strong)
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 10
        arrow = 22  # the sort indicator beside a column's title
        cols = self.model.rows.columns
        self._fitting = True
        try:
            for column, key in enumerate(KEYS):
                if column == TITLE_COLUMN or column in self._dragged:
                    continue
                if key == "emergency":  # an icon: its sort arrow may cover the margin
                    width = 16 + pad + 4
                else:
                    title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                    texts = self._texts_of(key, cols)
                    measure = bold if key == "sla" else plain
                    width = max([measure.horizontalAdvance(t) for t in texts] or [0]) + pad
                    if key in ("client", "site", "assignee"):
                        width = min(width, NAMES_WIDEST)
                    elif key == "sla" and texts:
                        # cut only the rare, longest ones: in a language whose words
                        # are long, a late ticket's everyday countdown shows whole
                        kinds = [word(kind) for kind in TargetKind]
                        daily = self.model.everyday_countdowns(kinds)
                        fits = max(bold.horizontalAdvance(t) for t in daily) + pad
                        width = min(width, max(COUNTDOWN_WIDEST, fits))
                    width = max(width, heading.horizontalAdvance(title) + arrow + pad)
                self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False
        self._fit_title()

    def _texts_of(self, key: str, cols: dict[str, Any]) -> list[str]:
        """What a column may show, to measure its width on (a sample of long columns)."""
        if key in WORDS_OF:
            return [title_word(value) for value in WORDS_OF[key]]
        if key == "sla":
            if not self._countdowns_fitted:
                return []  # no countdown shows before the clocks arrive: sized then
            return self.model.countdown_samples([word(kind) for kind in TargetKind])
        if key == "age":
            return ["999d"]
        values = cols.get(key, ())
        if key == "reference":  # all alike: the first and last few tell the width
            return [str(v) for v in (*values[:50], *values[-50:]) if v]
        names: set[Any] = set()
        for value in values:  # names repeat: a few hundred distinct ones at most
            names.add(value)
            if len(names) > 2000:
                break
        return [str(v) for v in names if v]

    def _fit_title(self) -> None:
        """The title takes the width the other columns leave, never less than TITLE_LEAST."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(len(KEYS)) if c != TITLE_COLUMN)
        width = max(TITLE_LEAST, self.table.viewport().width() - others)
        if header.sectionSize(TITLE_COLUMN) != width:
            self._fitting = True
            try:
                self.table.setColumnWidth(TITLE_COLUMN, width)
            finally:
                self._fitting = False

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if column != TITLE_COLUMN:  # the dispatcher's own width stays; the title gives way
            self._dragged.add(column)
            self._fit_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The title follows the table's width."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
            self.empty.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def _update_counts(self) -> None:
        if self._tally is None:  # the rows or their facts changed since they were counted
            self._tally = count_filters(self.model.rows, self._facts)
        self._show_counts(self._tally.at(self.desk.now()))

    def _show_counts(self, counts: dict[SavedFilter, int]) -> None:
        if not counts:
            return
        for i in range(self.filters.count()):
            item = self.filters.item(i)
            which = SavedFilter(item.data(Qt.ItemDataRole.UserRole))
            item.setText(f"{self.tr(FILTER_TITLES[which])}  ({counts[which]})")

    def tick(self) -> None:
        """The minute timer: countdowns move, nothing reloads; a missed clock moves up."""
        now = self.desk.now()
        self.model.tick(now)
        self._update_counts()
        self._look_for_alerts()
        if self._sort is None and not self._reordering and self._order.stale(now):
            self._reorder()

    def _look_for_alerts(self, first_clocks: bool = False) -> None:
        """Tell the desk of clocks that turned at risk or were missed since it last looked;
        those already so when the window opened are in "Breaching soon", not an alert."""
        rows, clocks, now = self.model.rows, self._facts.clocks, self.desk.now()
        if first_clocks:
            self._alerting, self._seen_at = alerting_now(rows, clocks, now), now
            return
        if self._alerting is None:
            return  # the clocks are still being computed
        if self._seen_at is not None and self._tally is not None:
            # the same clocks as at the last look: only those that turned since
            timeline = self._tally.timeline
            alerts, self._alerting = alerts_since(rows, clocks, timeline, self._seen_at, now,
                                                  self._alerting)  # fmt: skip
        else:  # new clocks: what they say now against what was seen of the old ones
            alerts, self._alerting = new_alerts(rows, clocks, now, self._alerting)
        self._seen_at = now
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

    def _selected_rows(self) -> list[int]:
        """The data rows of the tickets selected, in the order shown."""
        shown = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_of(r) for r in shown if r < self.model.rowCount()]

    def selected_ticket_ids(self) -> list[Any]:
        """The selected tickets' ids as the driver returns them, in the order shown."""
        ids = self.model.rows.columns.get("id", ())
        return [ids[row] for row in self._selected_rows()]

    def _show_current(self, force: bool = False) -> None:
        """The pane follows the selection: one ticket, several, or none (each once)."""
        rows = self._selected_rows()
        columns = self.model.rows.columns
        selected = [columns["id"][row] for row in rows]
        if len(selected) > 1:
            shown: tuple[Any, ...] = ("many", *selected)
        else:
            shown = ("one", selected[0] if selected else None)
        if shown == self._shown and not force:
            return  # the current row and the selection both tell the same change
        self._shown = shown
        if len(selected) > 1:
            titles = [str(columns["title"][row] or "") for row in rows[:MANY_LISTED]]
            self.pane.show_many([str(columns["reference"][row]) for row in rows], titles)
            return
        self.pane.show_ticket(shown[1])
        if rows:
            self.pane.show_assignee(columns["assignee"][rows[0]])

    # -- changing tickets -----------------------------------------------------------------
    def change_selected(self, field: str, value: str | None, resolution: str | None = None) -> bool:
        """Set a field on every ticket selected, all or none; kept for Edit ▸ Undo unless
        it closed them (a resolution is not taken back)."""
        from console.services.bulk_tickets import Field, change_tickets

        ids = [uuid.UUID(str(raw)) for raw in self.selected_ticket_ids()]
        if not ids:
            return False
        try:
            done = change_tickets(self.desk.session, self.desk.acting, ids, Field(field), value,
                                  self.desk.now(), resolution)  # fmt: skip
        except Exception as exc:  # shown to the user in words
            show_error(self, exc, self.tr("Nothing was changed"))
            return False
        if not (field == "status" and value == TicketStatus.CLOSED.value):
            self.history.record(done)
        self._after_change()
        return True

    def _after_change(self) -> None:
        """Tickets changed here (or undone): the rows take it in, the pane reads them again."""
        self.refresh()
        self._show_current(force=True)

    # -- when no row shows ----------------------------------------------------------------
    def empty_text(self) -> str:
        """What the table says when it shows no row, with links to what to do ("" if rows)."""
        if self.model.rowCount():
            return ""
        e = html.escape

        def link(href: str, text: str) -> str:
            return f'<a href="{href}">{e(text)}</a>'

        if len(self.model.rows) == 0:
            if self.loading:
                return e(self.tr("Loading the queue…"))
            if not has_clients(self.desk.engine):  # a new desk: tickets need a client first
                heading = self.tr("No clients yet.")
                start = self.tr("Add them in the Clients tab (Ctrl+6) or import them with %1; "
                                "then create tickets with New ticket (Ctrl+N).")  # fmt: skip
                csv = self.tr("File ▸ Import from CSV…")
                text = (
                    f"<p><b>{e(heading)}</b></p><p>"
                    + e(start).replace("%1", link("import", csv))
                    + "</p>"
                )
                if may_join(self.desk.engine):  # a desk alone may join its team
                    team = self.tr("Does your team share a database already? %1")
                    join = self.tr("File ▸ Join a shared database…")
                    text += "<p>" + e(team).replace("%1", link("join", join)) + "</p>"
                return text
            heading = self.tr("No open tickets.")
            how = self.tr("Create one with %1 (Ctrl+N), or let mail become tickets: %2.")
            closed = self.tr("Closed tickets are found with %1 (Ctrl+Shift+F).")
            new, mail = self.tr("New ticket"), self.tr("File ▸ Mail settings…")
            find = self.tr("Find tickets")
            return (
                f"<p><b>{e(heading)}</b></p><p>"
                + e(how).replace("%1", link("new", new)).replace("%2", link("mail", mail))
                + "</p><p>"
                + e(closed).replace("%1", link("find", find))
                + "</p>"
            )
        where = self.tr(FILTER_TITLES[self.current_filter()])
        words = self.search.text().strip()
        if words:
            heading = self.tr("No ticket matches “%1” in “%2”.")
            everywhere = self.tr("Search all tickets, closed ones too")
            clear = self.tr("Clear the filter")
            return (
                f"<p><b>{e(heading).replace('%1', e(words)).replace('%2', e(where))}</b></p>"
                f"<p>{link('find', everywhere)} · {link('clear', clear)}</p>"
            )
        heading = self.tr("No tickets in “%1” now.")
        show_all = self.tr("Show all open tickets")
        return f"<p><b>{e(heading).replace('%1', e(where))}</b></p><p>{link('all', show_all)}</p>"

    def _show_empty(self) -> None:
        text = self.empty_text()
        self.empty.setVisible(bool(text))
        if text:
            self.empty.setText(text)
            self.empty.setGeometry(self.table.viewport().rect())

    def _empty_link(self, href: str) -> None:
        """A link of the empty table's text: do what it says."""
        if href == "new":
            self.newTicketRequested.emit()
        elif href == "mail":
            self.mailSettingsRequested.emit()
        elif href == "import":
            self.importRequested.emit()
        elif href == "join":
            self.joinRequested.emit()
        elif href == "find":
            self.findRequested.emit(self.search.text().strip())
        elif href == "clear":
            self.search.clear()
        elif href == "all":
            self.set_filter(SavedFilter.ALL)
