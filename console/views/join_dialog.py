"""File ▸ Join a shared database…: a desk alone becomes one of the team's replicas.

The join and its first download run off the window's thread (the download of a large
server takes minutes); the dialog shows that it works and keeps its fields closed until
the answer comes. The password typed goes to the join, to the keyring when the user asks,
and to the window's sync link for this session; the dialog never keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from console.sync.joining import Joined, join_facts, join_shared_database
from console.views.background import run_in_background
from console.views.context import DeskContext
from console.views.dialog_support import field_label, show_problems, show_refusal
from console.views.forms.ui_join_dialog import Ui_JoinDialog
from console.views.i18n import say


class JoinDialog(QDialog):
    """The shared database's address, the password, and whether to send this store."""

    joined = Signal(object, str)
    """The join went through: its `Joined`, and the password typed (empty: none)."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.result_: Joined | None = None
        self._busy = False
        self.ui = Ui_JoinDialog()
        self.ui.setupUi(self)
        self.ui.progress.hide()
        self.join_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(self.tr("&Join"))
        self.ui.buttons.accepted.connect(self.join)
        self.ui.buttons.rejected.connect(self.reject)
        facts = join_facts(desk.engine)
        # a store with records of its own sends them, or joins not at all: the choice is
        # shown only then
        self.ui.upload.setVisible(facts.holds_records)
        if facts.holds_records:
            self.ui.note.setText(
                self.tr(
                    "This store holds records of its own. Sent, they become the shared "
                    "database's first records; a shared database that holds records already "
                    "takes none."
                )
            )
        else:
            self.ui.note.setText(
                self.tr("This store is empty: it takes the shared database's records.")
            )
        self._note = self.ui.note.text()
        refusal = None
        if facts.on_server:
            refusal = self.tr("This desk works on the shared database itself.")
        elif facts.syncs:
            refusal = self.tr("This store syncs with %1 already.").replace("%1", facts.server or "")
        if refusal is not None:
            show_problems(self.ui.problems, [("error", refusal)])
            self._fields_open(False)
            self.join_button.setEnabled(False)

    def join(self) -> None:
        """Join with what was typed, off the window's thread; say why not and stay open."""
        if not self.ui.url.text().strip():
            show_problems(
                self.ui.problems,
                [("error", self.tr("Fill in: %1").replace("%1", self._label("--url")))],
            )
            self.ui.url.setFocus()
            return
        url, password = self.ui.url.text(), self.ui.password.text()
        remember, upload = self.ui.remember.isChecked(), self.ui.upload.isChecked()
        engine = self.desk.engine
        self._working(True)
        show_problems(self.ui.problems, [])
        run_in_background(
            lambda: join_shared_database(
                engine, url, password=password, remember=remember, upload=upload
            ),
            lambda joined: self._done(joined, password),
            self._failed,
        )

    def _done(self, joined: Joined, password: str) -> None:
        self._working(False)
        self.result_ = joined
        self.ui.password.clear()  # the typed secret does not linger in the widget
        self.joined.emit(joined, password)
        if joined.failed is not None:  # joined: the window tries the sync again every minute
            self._fields_open(False)
            self.join_button.setEnabled(False)
            show_problems(
                self.ui.problems,
                [("warning", self.tr("Joined %1, but the first sync did not go through: %2. "
                                     "The desk tries again every minute.")
                  .replace("%1", joined.server).replace("%2", say(joined.failed)))],
            )  # fmt: skip
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            return
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        show_refusal(self.ui, error, self._label)

    def reject(self) -> None:
        """Cancel, Escape or the close box: not while the join runs (the store may be
        joined by the time it answers, and the window must hear of it)."""
        if not self._busy:
            super().reject()

    def _working(self, busy: bool) -> None:
        """While the join runs: a moving bar, the fields and buttons closed."""
        self._busy = busy
        self.ui.progress.setVisible(busy)
        self._fields_open(not busy)
        self.ui.buttons.setEnabled(not busy)
        self.ui.note.setText(
            self.tr("Joining %1… The first download can take a few minutes.").replace(
                "%1", self.ui.url.text().strip()
            )
            if busy
            else self._note
        )

    def _fields_open(self, open_: bool) -> None:
        for widget in (self.ui.url, self.ui.password, self.ui.remember, self.ui.upload):
            widget.setEnabled(open_)

    def _label(self, field: str) -> str:
        """A refused field as this form labels it (the core names them as options)."""
        return field_label(self.ui, field.removeprefix("--"))
