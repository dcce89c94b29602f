"""Find any ticket, closed ones too: a few words, the tickets that hold them, and the
chosen one shown in full beside the list (History, notes and time included)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.queue.search import (
    FoundTicket,
    SearchScope,
    search_tickets,
    search_words,
    searchable,
)
from console.views.context import DeskContext
from console.views.i18n import due_when, title_word
from console.views.table_fill import refilling
from console.views.ticket_pane import TicketPane

PAUSE_MS = 150
"""Typing pauses this long before the search runs: each keystroke is not a query."""


class FindTicketsDialog(QDialog):
    """Search words over every ticket; the list on the left, the chosen ticket on the right."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.found: list[FoundTicket] = []
        self.setWindowTitle(self.tr("Find tickets"))
        self.resize(1200, 640)
        self.words = QLineEdit()
        self.words.setObjectName("findWords")
        self.words.setPlaceholderText(
            self.tr("Words of the reference, title, text, client, site or requester")
        )
        self.words.setAccessibleName(self.tr("Search words"))
        self.words.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Which tickets"))
        for label, scope in (
            (self.tr("All tickets"), SearchScope.ALL),
            (self.tr("Open tickets"), SearchScope.OPEN),
            (self.tr("Closed tickets"), SearchScope.CLOSED),
        ):
            self.scope.addItem(label, scope.value)
        self.summary = QLabel(self.tr("Type a few words: closed tickets are found too."))
        self.summary.setObjectName("findSummary")
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Tickets found"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reference"), self.tr("Status"), self.tr("Client"), self.tr("Title"),
             self.tr("Opened")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line a ticket: the title's tooltip has the rest
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.pane = TicketPane(desk)
        self.pane.show_ticket(None)
        self.pane.changed.connect(self.run)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.words.textChanged.connect(lambda _text: self._timer.start())
        self.scope.currentIndexChanged.connect(lambda _i: self.run())
        self.table.itemSelectionChanged.connect(self._show_chosen)

        top = QHBoxLayout()
        top.addWidget(self.words, 1)
        top.addWidget(self.scope)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.words.setFocus()

    def run(self) -> None:
        """Search what is typed now and show the tickets found, the chosen one kept."""
        self._timer.stop()
        typed = self.words.text()
        chosen = self.current_ticket_id()
        if not searchable(search_words(typed)):
            self.found = []
            self._fill()
            self.summary.setText(
                self.tr("Type at least three letters of a word.")
                if typed.strip()
                else self.tr("Type a few words: closed tickets are found too.")
            )
            return
        scope = SearchScope(self.scope.currentData())
        with self.desk.engine.connect() as connection:
            self.found = search_tickets(connection, typed, scope)
        self._fill()
        if not self.found:
            self.summary.setText(self.tr("No ticket holds all of these words."))
        elif len(self.found) == 1:
            self.summary.setText(self.tr("1 ticket found."))
        else:
            self.summary.setText(self.tr("%n tickets found, newest first.", "", len(self.found)))
        rows = [f.id for f in self.found]
        if chosen in rows:
            self.table.selectRow(rows.index(chosen))

    def current_ticket_id(self) -> uuid.UUID | None:
        """The id of the ticket chosen in the list, or None."""
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.found[row].id if selected and 0 <= row < len(self.found) else None

    def _fill(self) -> None:
        now = self.desk.now()
        zone = now.astimezone().tzinfo
        with refilling(self.table, len(self.found)):
            for row, found in enumerate(self.found):
                cells = (
                    found.reference,
                    title_word(found.status),
                    found.client,
                    found.title,
                    due_when(found.opened_at.astimezone(zone), now),
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == 3:
                        item.setToolTip(text)
                    self.table.setItem(row, column, item)
        if not self.found:
            self.pane.show_ticket(None)

    def _show_chosen(self) -> None:
        self.pane.show_ticket(self.current_ticket_id())
