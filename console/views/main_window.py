"""The dispatcher's main window: queue, calendar, roster, time and credit."""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from console import __version__
from console.queue.filters import SavedFilter
from console.services.store_facts import has_clients, queue_row_id, store_label
from console.views.accessible import name_controls
from console.views.context import DeskContext
from console.views.fonts import ensure_fallback_fonts
from console.views.i18n import QT_TRANSLATE_NOOP, say, word
from console.views.lazy_tab import LazyTab
from console.views.log_folder import open_log_folder
from console.views.queue_view import QueueView
from console.views.sla_alerts import SlaAlerter
from console.views.sync_status import SyncController
from console.views.tabs import TABS
from console.views.theme import apply_theme

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from console.views.calendar_view import CalendarView
    from console.views.document_view import DocumentViewer
    from console.views.roster_view import RosterView
    from console.views.ticket_dialog import TicketDialog
    from console.views.time_dialog import TimeDialog
    from console.views.time_view import TimeView
    from console.views.visit_dialog import VisitDialog


class MainWindow(QMainWindow):
    """Menus, tool bar, the views of `TABS` and a status bar with the database and the user."""

    languageChanged = Signal(str)  # noqa: N815 - Qt's naming
    """The settings chose another language ("" for the system's): the window is rebuilt."""

    def __init__(
        self,
        engine: Engine,
        settings: QSettings | None = None,
        desk: DeskContext | None = None,
    ) -> None:
        super().__init__()
        ensure_fallback_fonts()
        self.settings = settings or QSettings()
        self.desk = desk or DeskContext(engine)
        if self.desk.user_id is None:
            self.desk.sign_in_from_store()
        self.setWindowTitle(self.tr("Dispatch Console"))
        self.setObjectName("mainWindow")

        # Only the queue is built now; the other views (and their imports) wait for first use.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        for tab in TABS:
            build = partial(tab.factory, self.desk)
            self.tabs.addTab(LazyTab(build) if tab.lazy else build(), self.tr(tab.title))
        self.queue = cast(QueueView, self.view_of("queue"))
        name_controls(self.queue)  # the lazy tabs name theirs as they are built
        self.tabs.currentChanged.connect(self._view_changed)
        self.setCentralWidget(self.tabs)
        self._loaded: set[int] = set()
        self._stale: set[int] = set()
        """Tabs shown before that a sync changed while hidden: shown again, they read
        off the window's thread where they can, what they showed staying until then."""

        self.queue.pane.newVisitRequested.connect(self.new_visit)
        self.queue.pane.logTimeRequested.connect(self.log_time)
        self.queue.pane.timerRequested.connect(self.start_timer)
        self.queue.pane.printRequested.connect(lambda tid: self.print_document(ticket_id=tid))
        self.queue.pane.workOrderRequested.connect(self.print_work_order)
        self.queue.countsChanged.connect(self._show_counts)
        self.queue.loadFailed.connect(self._load_failed)
        self.sla_alerts = SlaAlerter(self, lambda: self.desk.user_id)
        self.queue.slaAlerts.connect(self.sla_alerts.show)
        self.sla_alerts.openTicket.connect(self.show_alerted_ticket)

        self._build_actions()
        # the empty queue's links
        self.queue.newTicketRequested.connect(self.new_ticket)
        self.queue.findRequested.connect(self.find_tickets)
        self.queue.mailSettingsRequested.connect(lambda: self.mail.open_settings())
        self.queue.importRequested.connect(self.open_import)
        self.queue.joinRequested.connect(self.open_join)
        self.db_label = QLabel(store_label(engine))
        self.db_label.setToolTip(self.tr("The local store"))
        self.user_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.sync = SyncController(engine, self)
        self.sync.synced.connect(self._synced)
        self.act_join.setEnabled(not self.sync.enabled)  # a replica has joined already
        self.statusBar().addPermanentWidget(self.sync.button)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._show_user()
        self.apply_settings()
        self.resize(1400, 850)
        self.queue.splitter.setSizes([195, 791, 380])
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/queue_splitter")
        if isinstance(splitter, QByteArray):
            self.queue.splitter.restoreState(splitter)

    # -- actions --------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self.tr(text), self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_new_ticket = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&New ticket…"), self.new_ticket, QKeySequence(std.New)
        )
        self.act_new_visit = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "New &visit…"), self.new_visit, "Ctrl+Shift+N"
        )
        self.act_log_time = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Log time…"), self.log_time, "Ctrl+T"
        )
        self.act_find = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Find in queue"),
            self.focus_search,
            QKeySequence(std.Find),
        )
        self.act_find_tickets = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Find t&ickets, closed ones too…"),
            self.find_tickets,
            "Ctrl+Shift+F",
        )
        self.act_reload = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Reload"), self.reload, QKeySequence(std.Refresh)
        )
        self.act_settings = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
            self.open_settings,
            QKeySequence(std.Preferences),
        )
        self.act_profile = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Company profile…"), self.open_profile
        )
        self.act_closing_days = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Holidays and closing days…"), self.open_closing_days
        )
        self.act_import = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Import from CSV…"), self.open_import, "Ctrl+Shift+I"
        )
        self.act_join = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Join a shared database…"), self.open_join
        )
        self.act_sync = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "S&ync now"),
            lambda: self.sync.sync_now(by_user=True),
            "Ctrl+Shift+S",
        )
        self.act_conflicts = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Co&nflict inbox…"), lambda: self.sync.show_inbox()
        )
        self.act_print = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Print a document…"),
            self.print_document,
            QKeySequence(std.Print),
        )
        self.act_review_notes = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Re&view notes…"), self.open_review_notes
        )
        self.act_quit = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, QKeySequence(std.Quit)
        )
        # Edit ▸ Undo says what it takes back ("Undo priority of 3 tickets")
        history = self.queue.history
        self.act_undo = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Undo"), history.stack.undo, QKeySequence(std.Undo)
        )
        self.act_redo = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Redo"), history.stack.redo, QKeySequence(std.Redo)
        )
        self.act_undo.setObjectName("undo")
        self.act_redo.setObjectName("redo")
        history.stack.indexChanged.connect(lambda _index: self._show_undo())
        history.stack.cleanChanged.connect(lambda _clean: self._show_undo())
        history.refused.connect(self._undo_refused)
        self._show_undo()
        self.act_about = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&About Dispatch Console"), self.about
        )
        self.act_log_folder = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Open &log folder"), lambda: open_log_folder(self)
        )
        from console.views.mail.menu import MailMenu

        self.mail: MailMenu = MailMenu(self)  # File ▸ Mail settings…, Fetch mail now, the watcher
        views = [
            self._action(tab.title, lambda i=i: self.tabs.setCurrentIndex(i), tab.shortcut)
            for i, tab in enumerate(TABS)
        ]
        # Each menu is its groups of actions, a separator between groups: a new entry is
        # one action above and its place in a list here.
        menus: list[tuple[str, list[list[QAction]]]] = [
            (
                QT_TRANSLATE_NOOP("MainWindow", "&File"),
                [
                    [self.act_settings, self.act_profile, self.act_closing_days],
                    [self.act_import, self.act_reload],
                    [self.act_join, self.act_sync, self.act_conflicts],
                    [self.mail.act_settings, self.mail.act_fetch],
                    [self.act_print, self.act_review_notes],
                    [self.act_quit],
                ],
            ),
            (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), [[self.act_undo, self.act_redo]]),
            (
                QT_TRANSLATE_NOOP("MainWindow", "&Ticket"),
                [[self.act_new_ticket, self.act_new_visit, self.act_log_time]],
            ),
            (
                QT_TRANSLATE_NOOP("MainWindow", "&View"),
                [[*views, self.act_find, self.act_find_tickets]],
            ),
            (QT_TRANSLATE_NOOP("MainWindow", "&Help"), [[self.act_log_folder], [self.act_about]]),
        ]
        self.menus: dict[str, QMenu] = {}
        for title, groups in menus:
            menu = self.menuBar().addMenu(self.tr(title))
            for i, group in enumerate(groups):
                if i:
                    menu.addSeparator()
                menu.addActions(group)
            self.menus[title] = menu
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.act_new_ticket, self.act_new_visit, self.act_log_time])
        bar.addAction(self.act_print)
        bar.addSeparator()
        # the views are the tabs right below (and the View menu, with their keys): named
        # twice, the bar ran off the window's edge in Spanish, Russian and Japanese
        bar.addAction(self.act_reload)

    def _show_undo(self) -> None:
        """Undo and Redo name what they would do, and are off when there is nothing."""
        stack = self.queue.history.stack
        if not isValid(stack):
            return  # the window is closing: the stack tells its end while it goes
        for action, can, what, plain, named in (
            (self.act_undo, stack.canUndo(), stack.undoText(), self.tr("&Undo"),
             self.tr("&Undo %1")),
            (self.act_redo, stack.canRedo(), stack.redoText(), self.tr("&Redo"),
             self.tr("&Redo %1")),
        ):  # fmt: skip
            action.setEnabled(can)
            action.setText(named.replace("%1", what) if can and what else plain)

    def _undo_refused(self, message: str) -> None:
        """An undo or redo the services refused: said, and the change stays as it is."""
        self._show_undo()
        self.statusBar().showMessage(self.tr("Could not undo: %1").replace("%1", message), 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Could not undo"), message,
            QMessageBox.StandardButton.Ok, self,
        )  # fmt: skip
        box.setObjectName("undoRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the loop: the desk reads it and goes on

    # -- views ----------------------------------------------------------------------------
    @staticmethod
    def tab_index(name: str) -> int:
        """The position of the tab named so in `TABS`."""
        return [tab.name for tab in TABS].index(name)

    def view_of(self, name: str) -> QWidget:
        """The view of the tab named so (built now if it was not yet)."""
        return self._tab_view(self.tab_index(name))

    def _tab_view(self, index: int) -> QWidget:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab):
            return tab.view()
        assert tab is not None, f"no view at tab {index}"
        return tab

    @property
    def calendar(self) -> CalendarView:
        """The calendar view (built on first use)."""
        return cast("CalendarView", self.view_of("calendar"))

    @property
    def roster(self) -> RosterView:
        """The roster view (built on first use)."""
        return cast("RosterView", self.view_of("roster"))

    @property
    def time(self) -> TimeView:
        """The time and credit view (built on first use)."""
        return cast("TimeView", self.view_of("time"))

    def reload(self) -> None:
        """Reload the current view (others reload when shown)."""
        self._loaded, self._stale = set(), set()
        self._view_changed(self.tabs.currentIndex())

    def _synced(self) -> None:
        """A sync brought changes. The queue, and the view on screen, take them in off the
        window's thread where they can (a view with ``refresh``: the queue reads only the
        changed tickets, the calendar its shown days); the rest take them in when shown
        again, off the window's thread too where they can, and a view without ``refresh``
        reloads."""
        queue, current = self.tab_index("queue"), self.tabs.currentIndex()
        kept = {
            index
            for index in (queue, current)
            if index in self._loaded and callable(getattr(self._tab_view(index), "refresh", None))
        }
        self._stale |= self._loaded - kept
        self._loaded = kept
        for index in kept:
            self._tab_view(index).refresh()  # type: ignore[attr-defined]
        self._view_changed(current)  # reloads it, unless refreshed above

    def _view_changed(self, index: int) -> None:
        if index in self._loaded:
            return
        self._loaded.add(index)
        view = self._tab_view(index)
        refresh = getattr(view, "refresh", None)
        if index in self._stale and callable(refresh):
            self._stale.discard(index)
            refresh()
            return
        self._stale.discard(index)
        reload = getattr(view, "reload", None)
        if callable(reload):
            reload()

    def _show_counts(self, shown: int, total: int) -> None:
        if self.queue.loading:
            self.count_label.setText(self.tr("Loading the queue…"))
            return
        if total == 0 and not has_clients(self.desk.engine):
            # a new desk: say where to start rather than show an empty count
            self.count_label.setText(
                self.tr(
                    "No clients yet: add them in the Clients tab (Ctrl+6) "
                    "or import them (File ▸ Import from CSV…)"
                )
            )
            return
        self.count_label.setText(
            self.tr("Open tickets: %1 shown of %2")
            .replace("%1", f"{shown:,}")
            .replace("%2", f"{total:,}")
        )

    def _load_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("The queue could not be loaded"))
        QMessageBox.warning(self, self.tr("Could not load the queue"), message)

    def _show_user(self) -> None:
        role = word(self.desk.role)
        self.user_label.setText(f"{self.desk.user_name or self.tr('not signed in')} ({role})")

    def show_alerted_ticket(self, ticket_id: Any) -> None:
        """The ticket an SLA alert names, selected in the queue (its filter set to all)."""
        self.tabs.setCurrentWidget(self.queue)
        if not self.queue.select_ticket(ticket_id):
            self.queue.search.clear()
            self.queue.set_filter(SavedFilter.ALL)
            self.queue.select_ticket(ticket_id)

    def focus_search(self) -> None:
        """Ctrl+F: to the queue's quick filter."""
        self.tabs.setCurrentWidget(self.queue)
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def _current_ticket(self, ticket_id: Any = None) -> uuid.UUID | None:
        raw = ticket_id if ticket_id is not None else self.queue.current_ticket_id()
        if raw is None:
            QMessageBox.information(
                self, self.tr("No ticket"), self.tr("Select a ticket in the queue first.")
            )
            return None
        return raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))

    # -- intents --------------------------------------------------------------------------
    def new_ticket(self) -> TicketDialog:
        """Ctrl+N: register a ticket, then show it selected in the queue."""
        from console.views.ticket_dialog import TicketDialog

        dialog = TicketDialog(self.desk, self)
        if dialog.exec() and dialog.created is not None:
            self.after_ticket_created(dialog.created)
        return dialog

    def after_ticket_created(self, ticket_id: uuid.UUID) -> None:
        """Show a new ticket in the queue."""
        self.tabs.setCurrentWidget(self.queue)
        self.queue.search.clear()
        self.queue.reload()
        self.queue.select_ticket(queue_row_id(self.desk.engine, ticket_id))
        self.statusBar().showMessage(self.tr("Ticket registered."), 5000)

    def new_visit(self, ticket_id: Any = None) -> VisitDialog | None:
        """Request a visit for the selected ticket."""
        chosen = self._current_ticket(ticket_id)
        if chosen is None:
            return None
        from console.views.visit_dialog import VisitDialog

        dialog = VisitDialog(self.desk, chosen, self)
        if dialog.exec():
            self.statusBar().showMessage(
                self.tr("Visit %1 requested.").replace("%1", dialog.created_reference), 5000
            )
            self.queue.refresh()
            self._loaded.discard(self.tab_index("calendar"))
        return dialog

    def start_timer(self, ticket_id: Any = None) -> bool:
        """Start the user's timer on the selected ticket; it runs, and stops into a time
        entry, in the Time & credit tab, which the status bar points to."""
        chosen = self._current_ticket(ticket_id)
        if chosen is None:
            return False
        if not self.time.start_timer(chosen):
            return False
        self.statusBar().showMessage(
            self.tr("Timer started: stop it in the time and credit tab when the work is done"), 8000
        )
        return True

    def log_time(self, ticket_id: Any = None) -> TimeDialog | None:
        """Log time on the selected ticket."""
        chosen = self._current_ticket(ticket_id)
        if chosen is None:
            return None
        from console.views.time_dialog import TimeDialog

        dialog = TimeDialog(self.desk, chosen, self)
        if dialog.exec():
            self.queue.pane.show_ticket(chosen)
            self._loaded.discard(self.tab_index("time"))
        return dialog

    def print_document(
        self, kind: str | None = None, ticket_id: Any = None
    ) -> DocumentViewer | None:
        """Ctrl+P: choose a document (preset from what is on screen), then preview it."""
        from console.views.document_dialog import DocumentDialog
        from console.views.document_view import open_document

        raw = ticket_id if ticket_id is not None else self.queue.current_ticket_id()
        chosen = None if raw is None else raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))
        day = None
        if self.tabs.currentIndex() == self.tab_index("calendar"):
            day = self.calendar.first_day.date()
        if kind is None:
            kind = "incident" if chosen is not None and day is None else "day-sheet"
        dialog = DocumentDialog(self.desk, kind, chosen, day, self)
        if not dialog.exec() or dialog.request is None:
            return None
        return open_document(self.desk, dialog.request, self)

    def print_work_order(self, reference: str) -> DocumentViewer:
        """Preview one visit's work order (D1)."""
        from console.reports.request import DocumentRequest
        from console.views.document_view import open_document

        return open_document(self.desk, DocumentRequest("work-order", visits=(reference,)), self)

    def find_tickets(self, words: str = "") -> None:
        """Search every ticket, closed ones too, and read the one found."""
        from console.views.find_tickets import FindTicketsDialog

        dialog = FindTicketsDialog(self.desk, self)
        if words:
            dialog.words.setText(words)  # from the queue's "no ticket matches"
        dialog.pane.changed.connect(self.queue.refresh)  # a reopened ticket joins the queue
        dialog.exec()

    def open_review_notes(self) -> None:
        """A client's focus areas, risks and recommendations for its service reviews."""
        from console.views.review_notes_dialog import ReviewNotesDialog

        ReviewNotesDialog(self.desk, self).exec()

    def open_closing_days(self) -> None:
        """The year's public holidays and closing days, for the provider or a client."""
        from console.views.closures_dialog import ClosuresDialog

        ClosuresDialog(self.desk, self).exec()
        self.reload()  # a closing day moves SLA deadlines

    def open_join(self) -> QDialog:
        """Join a shared database: this store becomes a replica and takes its records."""
        from console.views.join_dialog import JoinDialog

        dialog = JoinDialog(self.desk, self)
        dialog.joined.connect(self._joined)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal: the loop runs on while the join works
        return dialog

    def _joined(self, joined: Any, password: str) -> None:
        """The store syncs now: act as its login, sync every minute, show its records."""
        if password:
            self.sync.use_password(joined.server, password)
        self.act_join.setEnabled(False)
        self.desk.sign_in_from_store()
        self._show_user()
        self.sync.start()
        self.sync.refresh()
        self.reload()  # the view shown now, and each other view when it is shown
        if joined.unkept is not None:
            self.statusBar().showMessage(
                self.tr("%1. The password is used for this session only.").replace(
                    "%1", say(joined.unkept)
                ),
                30000,
            )

    def open_import(self) -> None:
        """Import clients, sites, contacts or engineers from another PSA's CSV files."""
        from console.views.import_dialog import ImportDialog

        dialog = ImportDialog(self.desk, self)
        dialog.imported.connect(lambda _kind: self.reload())
        dialog.exec()

    def open_settings(self) -> None:
        """Edit settings; they apply at once."""
        from console.views.settings_dialog import SettingsDialog

        language = str(self.settings.value("language", ""))
        if SettingsDialog(self.desk, self.settings, self).exec():
            self._show_user()
            self.apply_settings()
            self.reload()
            chosen = str(self.settings.value("language", ""))
            if chosen != language:
                self.languageChanged.emit(chosen)

    def open_profile(self) -> None:
        """The provider's own company, printed on every document."""
        from console.views.setup_dialog import SetupDialog

        SetupDialog(self.desk, self).exec()

    def apply_settings(self) -> None:
        """Countdown refresh interval and colours."""
        seconds = int(str(self.settings.value("refresh_seconds", 60)))
        self.queue.timer.setInterval(max(10, seconds) * 1000)
        apply_theme(str(self.settings.value("theme", "system")))

    def about(self) -> None:
        """Version and purpose."""
        text = self.tr(
            "Dispatch Console %1\nTickets, SLA clocks, visits, time and billing for service desks."
        )
        QMessageBox.about(self, self.tr("About Dispatch Console"), text.replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Remember the layout."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/queue_splitter", self.queue.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
