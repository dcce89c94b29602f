"""Review notes: the focus areas, risks and recommendations a service manager keeps per
client between quarterly reviews.

The desk lists a client's notes, adds one, changes where one stands and closes it; what
is open is printed in the client's review pack until it is closed. Every read and write
goes through the review notes service in the signed-in user's name.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.rules.review import FOCUS_THEMES
from console.services import dialog_options
from console.services.kickoffs import KickoffRow, list_kickoffs
from console.services.review_notes import (
    ReviewNoteRow,
    add_review_note,
    close_review_note,
    edit_review_note,
    list_review_notes,
)
from console.views import i18n
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, set_chosen
from console.views.errors import show_error
from console.views.i18n import QT_TRANSLATE_NOOP
from console.views.kickoff_dialog import KickoffDialog
from console.views.table_fill import refilling

KIND, STATUS, SINCE, TEXT = range(4)


KINDS = (
    (QT_TRANSLATE_NOOP("ReviewNotesDialog", "Focus area"), "focus"),
    (QT_TRANSLATE_NOOP("ReviewNotesDialog", "Risk"), "risk"),
    (QT_TRANSLATE_NOOP("ReviewNotesDialog", "Recommendation"), "recommendation"),
)
STATUSES = (
    (QT_TRANSLATE_NOOP("ReviewNotesDialog", "Open"), "open"),
    (QT_TRANSLATE_NOOP("ReviewNotesDialog", "In progress"), "in_progress"),
    (QT_TRANSLATE_NOOP("ReviewNotesDialog", "Done"), "done"),
    (QT_TRANSLATE_NOOP("ReviewNotesDialog", "Closed"), "closed"),
)


def _kinds() -> list[tuple[str, str]]:
    return [(QCoreApplication.translate("ReviewNotesDialog", t), v) for t, v in KINDS]


def _statuses() -> list[tuple[str, str]]:
    return [(QCoreApplication.translate("ReviewNotesDialog", t), v) for t, v in STATUSES]


class ReviewNotesDialog(QDialog):
    """A client's focus areas, risks and recommendations: list, add, change, close."""

    def __init__(
        self, desk: DeskContext, parent: QWidget | None = None, client_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[ReviewNoteRow] = []
        self.setWindowTitle(self.tr("Review notes"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Client:")))
        self.client = QComboBox()
        self.client.setObjectName("client")
        top.addWidget(self.client, 1)
        self.open_only = QCheckBox(self.tr("Only open ones"))
        self.open_only.setObjectName("openOnly")
        top.addWidget(self.open_only)
        layout.addLayout(top)
        hint = QLabel(
            self.tr(
                "Focus areas agreed at the kick-off, risks and recommendations. Open ones are "
                "printed in the client's service review until they are closed."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        kickoff = QHBoxLayout()
        self.kickoff = QLabel()
        self.kickoff.setObjectName("kickoff")
        self.kickoff.setWordWrap(True)
        kickoff.addWidget(self.kickoff, 1)
        self.record_kickoff = QPushButton(self.tr("Kick-off…"))
        self.record_kickoff.setObjectName("recordKickoff")
        self.record_kickoff.setToolTip(
            self.tr("Record the kick-off: the day it was held and the consultants agreed")
        )
        kickoff.addWidget(self.record_kickoff)
        layout.addLayout(kickoff)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("notes")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Status"), self.tr("Since"), self.tr("Text")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        change = QHBoxLayout()
        change.addWidget(QLabel(self.tr("Selected note:")))
        self.new_status = QComboBox()
        self.new_status.setObjectName("newStatus")
        fill(self.new_status, _statuses())
        change.addWidget(self.new_status)
        self.set_status = QPushButton(self.tr("Set status"))
        self.set_status.setObjectName("setStatus")
        change.addWidget(self.set_status)
        self.close_note = QPushButton(self.tr("Close note"))
        self.close_note.setObjectName("closeNote")
        change.addWidget(self.close_note)
        change.addStretch(1)
        layout.addLayout(change)
        add = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        fill(self.kind, _kinds())
        add.addWidget(self.kind)
        self.text = QLineEdit()
        self.text.setObjectName("text")
        # V1: a focus area is picked from the usual themes, or written out
        self.theme_list = QStringListModel(self)
        self.themes = QCompleter(self.theme_list, self.text)
        self.themes.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.themes.setFilterMode(Qt.MatchFlag.MatchContains)
        self.text.setCompleter(self.themes)
        self.kind.currentIndexChanged.connect(lambda _i: self._offer_themes())
        self._offer_themes()
        add.addWidget(self.text, 1)
        self.status = QComboBox()
        self.status.setObjectName("status")
        fill(self.status, _statuses()[:2])
        add.addWidget(self.status)
        self.add = QPushButton(self.tr("Add"))
        self.add.setObjectName("add")
        add.addWidget(self.add)
        layout.addLayout(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        with desk.session() as session:
            fill(self.client, dialog_options.clients(session))
        if client_id is not None:
            set_chosen(self.client, client_id)
        self.client.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_only.toggled.connect(lambda _on: self.reload())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add.clicked.connect(self.add_note)
        self.text.returnPressed.connect(self.add_note)
        self.set_status.clicked.connect(self.change_status)
        self.close_note.clicked.connect(self.close_selected)
        self.record_kickoff.clicked.connect(self.open_kickoff)
        self.reload()

    def client_id(self) -> uuid.UUID | None:
        """The client whose notes are shown."""
        value = chosen(self.client)
        return value if isinstance(value, uuid.UUID) else None

    def reload(self) -> None:
        """Read the chosen client's notes again and show them."""
        client = self.client_id()
        try:
            self.rows = (
                []
                if client is None
                else list_review_notes(
                    self.desk.session, self.desk.user_id, client,
                    open_only=self.open_only.isChecked(),
                )
            )  # fmt: skip
            kickoffs = [] if client is None else list_kickoffs(
                self.desk.session, self.desk.user_id, client)  # fmt: skip
        except Exception as exc:  # said in words; the table stays empty
            self.rows, kickoffs = [], []
            show_error(self, exc)
        self._show_kickoff(kickoffs[0] if kickoffs else None)
        kinds = {v: t for t, v in _kinds()}
        statuses = {v: t for t, v in _statuses()}
        with refilling(self.table, len(self.rows)):
            for row, note in enumerate(self.rows):
                cells = (
                    kinds.get(note.kind, note.kind),
                    statuses.get(note.status, note.status),
                    i18n.day(note.raised_on),
                    note.text,
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == KIND:
                        item.setData(Qt.ItemDataRole.UserRole, str(note.id))
                    self.table.setItem(row, column, item)
        self.add.setEnabled(client is not None)
        self._selection_changed()

    def _show_kickoff(self, kickoff: KickoffRow | None) -> None:
        """Say when the latest kick-off was held and with whom, or that none is recorded."""
        self.record_kickoff.setEnabled(self.client_id() is not None)
        if kickoff is None:
            self.kickoff.setText(self.tr("No kick-off recorded yet."))
            return
        held = i18n.day(kickoff.held_on)
        self.kickoff.setText(
            self.tr("Kick-off held on %1; consultants: %2")
            .replace("%1", held)
            .replace("%2", ", ".join(kickoff.consultants))
        )

    def open_kickoff(self) -> None:
        """Record a kick-off for the chosen client; the line above the notes shows it."""
        client = self.client_id()
        if client is None:
            return
        dialog = KickoffDialog(self.desk, client, self.client.currentText(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def selected(self) -> ReviewNoteRow | None:
        """The note selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _offer_themes(self) -> None:
        """The usual focus areas as the text is typed, for a focus area alone."""
        focus = chosen(self.kind) == "focus"
        self.theme_list.setStringList([i18n.say(t) for t in FOCUS_THEMES] if focus else [])
        self.text.setPlaceholderText(
            self.tr("Type to pick a usual focus area, or write your own")
            if focus
            else self.tr("What was agreed, seen or advised")
        )

    def _selection_changed(self) -> None:
        note = self.selected()
        self.set_status.setEnabled(note is not None)
        self.close_note.setEnabled(note is not None and note.status != "closed")
        if note is not None:
            set_chosen(self.new_status, note.status)

    def add_note(self) -> None:
        """Keep the typed note for the chosen client."""
        client = self.client_id()
        if client is None:
            return
        try:
            add_review_note(
                self.desk.session, self.desk.user_id, client, chosen(self.kind),
                self.text.text(), chosen(self.status), today=self.desk.now().date(),
            )  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return
        self.text.clear()
        self.reload()

    def change_status(self) -> None:
        """Give the selected note the status chosen beside it."""
        note = self.selected()
        if note is None:
            return
        try:
            edit_review_note(
                self.desk.session, self.desk.user_id, note.id, status=chosen(self.new_status),
                today=self.desk.now().date(),
            )  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()

    def close_selected(self) -> None:
        """Close the selected note: the next review no longer lists it."""
        note = self.selected()
        if note is None:
            return
        try:
            close_review_note(
                self.desk.session, self.desk.user_id, note.id, today=self.desk.now().date()
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
