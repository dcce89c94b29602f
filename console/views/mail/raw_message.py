"""A message as it came from the server, read-only, to see why it could not be read."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.views.errors import show_error

SHOWN_BYTES = 1024 * 1024
"""More than this is cut in the view (a 20 MB message would stall it); Save… keeps all."""


class RawMessageDialog(QDialog):
    """The raw message as text, with Save… for the whole message (an .eml file)."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(self.tr("Message as received: %1").replace("%1", title))
        self.text = QPlainTextEdit()
        self.text.setObjectName("rawMessage")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # undecodable bytes show as replacement marks: the raw bytes are what Save… writes
        self.text.setPlainText(data[:SHOWN_BYTES].decode("utf-8", errors="replace"))
        layout = QVBoxLayout(self)
        if len(data) > SHOWN_BYTES:
            layout.addWidget(
                QLabel(self.tr("Only the first megabyte is shown; Save… keeps the whole message."))
            )
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = buttons.addButton(self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(lambda _=False: self.save())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def save(self) -> None:
        """Write the message as it came to a file the user picks."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the message"), "message.eml", self.tr("E-mail (*.eml)")
        )
        if not path:
            return
        try:
            with open(path, "wb") as file:
                file.write(self.data)
        except OSError as exc:
            show_error(self, exc, self.tr("Could not save the message"))
