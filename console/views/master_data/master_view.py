"""What the clients, contracts and engineers tabs share: search, a table of records,
Add / Edit / Deactivate, and a detail panel with the selected record and its history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.errors import ValidationError
from console.rules.master_data import MasterKind
from console.views.background import Greyed, LatestRead
from console.views.context import DeskContext
from console.views.errors import user_message
from console.views.i18n import say
from console.views.master_data.history_view import HistoryView
from console.views.master_data.labels import label
from console.views.master_data.record_dialog import RecordDialog
from console.views.master_data.roles import refusal
from console.views.master_data.table_model import RecordTableModel
from console.views.worded_rows import changed_rows


def record_table(model: RecordTableModel, name: str) -> QTableView:
    """A read-only table of records, one selected at a time."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


@dataclass(frozen=True)
class MasterRead:
    """A list of records as read, with the selected record read again for its panel."""

    rows: list[dict[str, Any]]
    record: dict[str, Any] | None
    changed: list[int] | None = None
    """Which rows differ from those listed when the read began; None when they are not
    the same records in the same order (another search, a record added or gone)."""


class MasterView(QWidget):
    """One kind's tab; a subclass says how its records are listed, shown and changed."""

    kind = ""
    """The kind, as the labels and the history name it."""
    master = MasterKind.CLIENT
    columns: tuple[str, ...] = ()
    widths: tuple[int, ...] = ()

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.messages: list[str] = []
        """Every refusal or error told to the user, newest last (tests read it)."""
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.textChanged.connect(lambda _text: self.read_asked())
        self.include_inactive = QCheckBox(self.inactive_text())
        self.include_inactive.setObjectName("includeInactive")
        self.include_inactive.toggled.connect(lambda _on: self.read_asked())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(lambda _=False: self.add())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(lambda _=False: self.edit())
        self.deactivate_button = QPushButton(self.deactivate_text())
        self.deactivate_button.setObjectName("deactivate")
        self.deactivate_button.clicked.connect(lambda _=False: self.deactivate())
        self.model = RecordTableModel(self.kind, self.columns)
        self._reads: LatestRead[MasterRead] = LatestRead()
        self.table = record_table(self.model, f"{self.kind}Table")
        self._greyed = Greyed(self.table)  # while a typed search is read
        for column, width in enumerate(self.widths):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.summary = QTextBrowser()
        self.summary.setObjectName("summary")
        self.history = HistoryView()
        self.detail = QTabWidget()
        self.detail.setObjectName("detail")
        self.detail.addTab(self.summary, self.tr("Details"))
        self.add_detail_tabs(self.detail)
        self.detail.addTab(self.history, self.tr("History"))
        self.detail.currentChanged.connect(lambda _index: self._show_history())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.include_inactive)
        bar.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.deactivate_button):
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.record: dict[str, Any] | None = None
        self._update_buttons()

    # ------------------------------------------------------------- what a kind says

    def inactive_text(self) -> str:
        """The check box that shows records taken out of the lists."""
        return self.tr("Include inactive")

    def deactivate_text(self) -> str:
        """The button that takes the selected record out of the lists."""
        return self.tr("Deactivate")

    def add_detail_tabs(self, tabs: QTabWidget) -> None:
        """Tabs of the detail panel between Details and History."""

    def list_rows(self, search: str, include_inactive: bool) -> list[dict[str, Any]]:
        """The records to list."""
        raise NotImplementedError

    def load_record(self, record_id: uuid.UUID) -> dict[str, Any]:
        """One record with everything the detail panel shows."""
        raise NotImplementedError

    def show_record(self, record: dict[str, Any] | None) -> None:
        """Fill the detail panel (None: nothing selected)."""
        raise NotImplementedError

    def add_dialog(self) -> RecordDialog:
        """The dialog entering a new record."""
        raise NotImplementedError

    def edit_dialog(self, record: dict[str, Any]) -> RecordDialog:
        """The dialog changing a record."""
        raise NotImplementedError

    def deactivate_record(self, record: dict[str, Any]) -> bool:
        """Take the record out of the lists (after asking); whether it was."""
        raise NotImplementedError

    # ------------------------------------------------------------- shared behaviour

    def reload(self) -> None:
        """List the records again, now, keeping the selected one selected."""
        keep = self.selected_id()
        try:
            self._reads.now(self._reader(keep), lambda read: self._show_read(read, keep))
        except Exception as exc:  # a store that cannot be read says so, in words
            self.tell(user_message(exc))

    def refresh(self) -> None:
        """List the records again off the window's thread, as after a sync that brought
        changes; the rows shown stay until then, and the selected record stays selected,
        its panel read with the list."""
        self._read_later(None)

    def read_asked(self) -> None:
        """List what a changed search or check box asks for, read off the window's thread;
        the list is greyed until it arrives, and a search typed further meanwhile wins."""
        self._read_later(self._greyed)

    def _read_later(self, greyed: Greyed | None) -> None:
        """Read the list off the window's thread, keeping the selected record."""
        keep = self.selected_id()
        self._reads.later(
            self._reader(keep, compared=True),
            lambda read: self._show_read(read, keep),
            self._read_failed,
            greyed,
        )

    def _reader(self, keep: uuid.UUID | None, compared: bool = False) -> Callable[[], MasterRead]:
        """Reads the list the search and check box ask for, and the kept record if listed;
        ``compared``: with the rows that differ from those listed now, worked out in the
        read (a sync seldom changes the records on screen: only those repaint)."""
        search, inactive = self.search.text(), self.include_inactive.isChecked()
        before = self.model.rows if compared else []

        def read() -> MasterRead:
            rows = self.list_rows(search, inactive)
            listed = keep is not None and any(row["id"] == keep for row in rows)
            record = self.load_record(keep) if listed and keep else None
            changed = changed_rows(before, rows, _record_id) if before else None
            return MasterRead(rows, record, changed)

        return read

    def _show_read(self, read: MasterRead, keep: uuid.UUID | None) -> None:
        chosen = self.selected_id()  # the user may have chosen another meanwhile
        if read.changed is None:
            self.model.set_rows(read.rows)
        else:  # the same records: the changed rows repaint, the selection stays put
            self.model.update_rows(read.rows, read.changed)
            if chosen == keep and read.record == self.record:
                return  # the selected record and its panel are as shown
        if chosen != keep:
            if chosen is not None:
                self.select(chosen)
            self._selection_changed()
            return
        with QSignalBlocker(self.table.selectionModel()):
            listed = keep is not None and self.select(keep)
        self.record = read.record if listed else None
        self.show_record(self.record)
        self._update_buttons()
        self._show_history()

    def _read_failed(self, error: BaseException) -> None:
        self.tell(user_message(error))

    def selected_id(self) -> uuid.UUID | None:
        """The id of the selected record."""
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row(rows[0].row()) if rows else None
        return row["id"] if row else None

    def select(self, record_id: object) -> bool:
        """Select the record with this id, if it is listed."""
        row = self.model.row_of(record_id)
        if row < 0:
            self.table.clearSelection()
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        record_id = self.selected_id()
        self.record = None
        if record_id is not None:
            try:
                self.record = self.load_record(record_id)
            except Exception as exc:  # said in words; the panel stays empty
                self.tell(user_message(exc))
        self.show_record(self.record)
        self._update_buttons()
        self._show_history()

    def _show_history(self) -> None:
        """The audit trail, read when its tab is shown, not with every selection."""
        if self.detail.currentWidget() is not self.history:
            return
        if self.record is None:
            self.history.show_rows([])
            return
        from console.services.history import record_history

        self.history.show_rows(record_history(self.desk.session, self.kind, self.record["id"]))

    def _update_buttons(self) -> None:
        why = refusal(self.desk, self.master)
        chosen = self.record is not None
        self.add_button.setEnabled(why is None)
        self.edit_button.setEnabled(why is None and chosen)
        self.deactivate_button.setEnabled(why is None and chosen and self.may_deactivate())
        for button in (self.add_button, self.edit_button, self.deactivate_button):
            button.setToolTip(why or "")
        self.update_detail_buttons(why)

    def may_deactivate(self) -> bool:
        """Whether the selected record can be taken out of the lists (it is still in them)."""
        return bool(self.record and self.record.get("active", True))

    def update_detail_buttons(self, why: str | None) -> None:
        """Enable the detail panel's own buttons (``why``: the user may not change the kind)."""

    def add(self) -> None:
        """Enter a new record through the dialog, then select it."""
        dialog = self.add_dialog()
        if dialog.exec():
            self.search.blockSignals(True)
            self.search.clear()  # the new record must be in the list to be selected
            self.search.blockSignals(False)
            self.reload()
            self.select(dialog.result_value)

    def edit(self) -> None:
        """Change the selected record through the dialog."""
        if self.record is None or not self.edit_button.isEnabled():
            return
        if self.edit_dialog(self.record).exec():
            self.reload()

    def deactivate(self) -> None:
        """Take the selected record out of the lists, after asking."""
        if self.record is None:
            return
        try:
            done = self.deactivate_record(self.record)
        except Exception as exc:  # the service's refusal, in words
            self.tell_refusal(exc)
            return
        if done:
            self.reload()

    def confirm(self, question: str) -> bool:
        """Ask before a change that takes a record out of the lists."""
        answer = QMessageBox.question(self, self.tr("Please confirm"), question)
        return answer == QMessageBox.StandardButton.Yes

    def tell_refusal(self, exc: BaseException, kind: str | None = None) -> None:
        """Say why a change was refused: the field's label and the reason."""
        if isinstance(exc, ValidationError):
            self.tell(f"{label(kind or self.kind, exc.field)}: {say(exc.text)}")
        else:
            self.tell(user_message(exc))

    def tell(self, message: str) -> None:
        """Show a message the user must read."""
        self.messages.append(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not done"), message,
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the loop: the view goes on when it is closed

    def dialog_options(self) -> dict[str, Any]:
        """What every record dialog of the view is made with."""
        return {"today": self.desk.now().date(), "parent": self}


def _record_id(row: dict[str, Any]) -> object:
    """A listed row's record."""
    return row["id"]
