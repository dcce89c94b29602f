"""The mail channel's place in the main window: File ▸ Mail settings…, File ▸ Fetch mail
now, and the watcher that fetches while the window is open when the desk asked for it.

Nothing of the mail services is imported until one of these is used (or the watcher
starts), so the first screen does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from console.views.mail.watch_setting import wants_watching

if TYPE_CHECKING:
    from console.views.mail.fetching import MailWatcher
    from console.views.mail.mail_view import MailView
    from console.views.mail.settings_dialog import MailSettingsDialog
    from console.views.main_window import MainWindow

WATCH_DELAY_MS = 3000
"""The watcher starts this long after the window, off the first screen's path."""


class MailMenu(QObject):
    """The window's mail actions and, if the desk asked for it, its mail watcher."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher: MailWatcher | None = None
        self.act_settings = QAction(self.tr("&Mail settings…"), window)
        self.act_settings.triggered.connect(lambda _checked=False: self.open_settings())
        self.act_fetch = QAction(self.tr("&Fetch mail now"), window)
        self.act_fetch.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.act_fetch.triggered.connect(lambda _checked=False: self.fetch_now())
        window.installEventFilter(self)
        if self.wanted():
            QTimer.singleShot(WATCH_DELAY_MS, self.apply)

    def wanted(self) -> bool:
        """Whether this desk fetches mail while its window is open."""
        return wants_watching(self.window.settings)

    @property
    def view(self) -> MailView:
        """The Mail tab's view (built now if it was not yet)."""
        return cast("MailView", self.window.view_of("mail"))

    def open_settings(self) -> MailSettingsDialog:
        """Mailboxes and the intake's settings; the watcher follows the choice."""
        from console.views.mail.settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self.window.desk, self.window.settings, self.window)
        if dialog.exec():
            self.apply()
            self.window.statusBar().showMessage(self.tr("Mail settings saved."), 5000)
        return dialog

    def fetch_now(self) -> bool:
        """One pass over the mailboxes; progress in the status bar, results in the Mail tab."""
        return self.view.fetch_now()

    def apply(self) -> None:
        """Start or stop watching the mailboxes as the setting says."""
        if self.watcher is None and not self.wanted():
            return
        if self.watcher is None:
            from console.views.mail.fetching import MailWatcher

            self.watcher = MailWatcher(self.window.desk, self.window.settings, parent=self)
            self.watcher.stateChanged.connect(self._watch_state)
            self.watcher.arrived.connect(self._arrived)
        self.watcher.apply()

    def _watch_state(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text, 10000)

    def _arrived(self, count: int) -> None:
        self.window.statusBar().showMessage(
            self.tr("New mail taken in; F5 shows it in the queue."), 10000
        )
        if self.window.tabs.currentIndex() == self.window.tab_index("mail"):
            self.view.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Stop watching (and give the leases up) when the window closes."""
        if watched is self.window and event.type() == QEvent.Type.Close and self.watcher:
            self.watcher.stop()
        return False
