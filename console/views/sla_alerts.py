"""The desk hears of SLA clocks turning at risk or missed: in the status bar, from the task
bar, and as a desktop notification where the system has a tray.

The queue decides which clocks are news (`console.queue.alerts`); this only words and
shows them, and takes the dispatcher to the ticket when they click the notification.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QSystemTrayIcon

from console.queue.alerts import SlaAlert, as_heard_by, managed_by
from console.views.i18n import due_when, word

SHOWN_MS = 120_000  # the status bar keeps the news two minutes, or until the next


class SlaAlerter(QObject):
    """Shows the queue's SLA alerts to the dispatcher; ``openTicket`` on a click."""

    openTicket = Signal(object)  # noqa: N815 - Qt signal: the ticket id to show

    def __init__(
        self, window: QMainWindow, user: Callable[[], uuid.UUID | None] = lambda: None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.user = user
        """The desk user signed in: the premium clients they manage are named, and first."""
        self.last: list[SlaAlert] = []
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Dispatch Console: SLA alerts"))
            self.tray.messageClicked.connect(self._clicked)

    def line(self, alert: SlaAlert) -> str:
        """One alert in words: what, which ticket, and when it is (or was) due."""
        what = (
            self.tr("%1 missed: %2 %3")
            if alert.breached
            else self.tr("%1 at risk: %2 %3")
        )  # fmt: skip
        text = (
            what.replace("%1", word(alert.target).capitalize())
            .replace("%2", alert.reference)
            .replace("%3", alert.title)
        )
        if alert.due_at is not None:
            local = alert.due_at.astimezone()
            text += " " + self.tr("(due %1)").replace("%1", due_when(local, local))
        if managed_by(alert, self.user()):
            text = self.tr("Your premium client: %1").replace("%1", text)
        return text

    def show(self, alerts: list[Any]) -> None:
        """Tell the dispatcher: the first alert in the status bar (with how many more), the
        task bar entry flashes, and a desktop notification lists them."""
        if not alerts:
            return
        alerts = as_heard_by(alerts, self.user())
        self.last = list(alerts)
        first = self.line(alerts[0])
        more = len(alerts) - 1
        summary = first if not more else self.tr("%1 (and %2 more)").replace(
            "%1", first
        ).replace("%2", str(more))  # fmt: skip
        self.window.statusBar().showMessage(summary, SHOWN_MS)
        QApplication.alert(self.window)
        if self.tray is not None:
            self.tray.show()
            title = (
                self.tr("SLA missed")
                if any(a.breached for a in alerts)
                else self.tr("SLA at risk")
            )  # fmt: skip
            body = "\n".join(self.line(a) for a in alerts[:5])
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning)

    def _clicked(self) -> None:
        if self.last:
            self.window.raise_()
            self.window.activateWindow()
            self.openTicket.emit(self.last[0].ticket_id)
