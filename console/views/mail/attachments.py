"""A ticket's files that came by mail: listed in the ticket pane, each saved with Save…."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.views.context import DeskContext
from console.views.errors import show_error
from console.views.i18n import amount, say
from console.views.table_fill import refilling

if TYPE_CHECKING:  # the pane is on the first screen; the mail services load on first use
    from console.services.mail.listings import AttachmentRow

NAME, KIND, SIZE, KEPT = range(4)


def size_text(size: int) -> str:
    """A file size as people read it: bytes, kB or MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{amount(round(size / 1024))} kB"
    return f"{amount(Decimal(size) / (1024 * 1024), 1)} MB"


class MailAttachmentsPanel(QWidget):
    """The files of one ticket's mail, with Save… for each one kept."""

    filesChanged = Signal(int)  # noqa: N815 - Qt signal: how many files the ticket has

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[AttachmentRow] = []
        self.ticket_id: uuid.UUID | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mailAttachments")
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Kept")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.tr("No files came by mail with this ticket."))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setObjectName("saveAttachment")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda _=False: self.save_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.save_selected())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def show_ticket(self, ticket_id: uuid.UUID | None) -> None:
        """List the files of this ticket's mail (none for no ticket)."""
        self.ticket_id = ticket_id
        self.load()

    def load(self) -> None:
        """Read the ticket's mail files and show them."""
        if self.ticket_id is None:
            self.rows = []
        else:
            from console.services.mail.listings import ticket_mail_attachments

            self.rows = ticket_mail_attachments(self.desk.session, self.ticket_id)
        with refilling(self.table, len(self.rows)):
            for index, file in enumerate(self.rows):
                kept = self.tr("yes") if file.skipped_reason is None else say(file.skipped_reason)
                for column, text in enumerate(
                    (file.filename, file.media_type, size_text(file.size_bytes), kept)
                ):
                    item = QTableWidgetItem(text)
                    if column == SIZE:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(index, column, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self._selection_changed()
        self.filesChanged.emit(len(self.rows))

    def selected(self) -> AttachmentRow | None:
        """The file selected in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        file = self.selected()
        self.save_button.setEnabled(file is not None and file.skipped_reason is None)

    def save_selected(self) -> str | None:
        """Save the selected file where the user says; the path, or None."""
        file = self.selected()
        if file is None or file.skipped_reason is not None:
            return None
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the file"), file.filename)
        if not path:
            return None
        from console.services.mail.listings import mail_attachment_bytes

        try:
            data = mail_attachment_bytes(self.desk.session, file.id)
            with open(path, "wb") as out:
                out.write(data)
        except Exception as exc:  # said in words; nothing was written
            show_error(self, exc, self.tr("Could not save the file"))
            return None
        return path
