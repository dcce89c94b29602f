"""Sync in the window: every minute, on demand, and when the network returns.

The round runs in the loop's executor with its own sessions, so the window stays
responsive; the connection is the controller's link, kept open between rounds (opened
again when lost) with the password read from the keyring once (`console.sync.link`).
The status bar shows the last sync, pending changes and conflicts, and the conflict
inbox lets the user settle what the server did not take.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.errors import UserError
from console.services.store_facts import store_syncs
from console.views.background import run_in_background
from console.views.i18n import say, when
from console.views.table_fill import refilling

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from console.sync.link import ServerLink
    from console.sync.replica import ReplicaStatus

INTERVAL_MS = 60_000


class SyncController(QObject):
    """Owns the timer, the status-bar button and the running round."""

    synced = Signal()
    """A round finished and brought changes: views reload."""

    def __init__(self, engine: Engine, parent: QWidget) -> None:
        super().__init__(parent)
        self.engine = engine
        self.running = False
        self.link: ServerLink | None = None
        """The kept connection, made on the first round: a store that never syncs has none."""
        self.button = QToolButton(parent)
        self.button.setObjectName("syncStatus")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(self.show_inbox)
        self._ask_password = True  # until the user dismisses the question
        self._asking: QInputDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.refresh()

    @property
    def enabled(self) -> bool:
        """Whether this store syncs at all."""
        return store_syncs(self.engine)

    def start(self) -> None:
        """Sync now, every minute after, and when the network returns."""
        if self.enabled:
            # Only a replica watches the network; the plug-in loads after the first screen.
            self._watch_network()
            self.timer.start()
            QTimer.singleShot(0, self.sync_now)

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return
        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.sync_now()

    def use_password(self, server: str, password: str) -> None:
        """Sign in to ``server`` with this password for the rest of the session (one
        typed when joining, kept in the keyring or not)."""
        self._link().use_password(server, password)

    def _link(self) -> ServerLink:
        if self.link is None:
            from console.sync.link import ServerLink

            made = self.link = ServerLink()
            # the connection ends with the window (after a round still running, if any)
            self.destroyed.connect(lambda *_: made.close())
        return self.link

    def sync_now(self, by_user: bool = False) -> None:
        """Start a round unless one is running (``by_user``: asked for, so a password the
        server wants is asked again even if the user dismissed the question before)."""
        if by_user:
            self._ask_password = True
        if self.running or not self.enabled:
            return
        link = self._link()
        self.running = True
        self.button.setText(self.tr("Syncing…"))
        run_in_background(lambda: link.sync(self.engine), self._done, self._failed)

    def _done(self, report: object) -> None:
        self.running = False
        self.refresh()
        pulled = getattr(report, "pulled", None)
        if pulled is not None and (pulled.upserted or pulled.removed):
            self.synced.emit()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.refresh()
        if not isinstance(error, UserError):
            self.button.setToolTip(self.tr("Sync failed: %1").replace("%1", type(error).__name__))
        from console.sync.connection import PasswordRefusedError

        if isinstance(error, PasswordRefusedError) and self._ask_password:
            self.ask_password()

    def ask_password(self) -> QInputDialog | None:
        """Ask for the shared database's password (the keyring holds none, or one the
        server refused): used for this session; dismissed, the minute's syncs stop asking
        until the user syncs by hand."""
        from console.sync.replica import status

        current = status(self.engine)
        if current is None or self._asking is not None:
            return self._asking
        self._ask_password = False
        ask = self._asking = QInputDialog(self.parent())  # type: ignore[arg-type]
        ask.setObjectName("syncPassword")
        ask.setWindowTitle(self.tr("Shared database"))
        ask.setLabelText(
            self.tr("The shared database %1 asks for your password.").replace("%1", current.server)
        )
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        server = current.server

        def answered(password: str) -> None:
            self._ask_password = True  # refused again, it is asked again
            self.use_password(server, password)
            self.sync_now()

        ask.textValueSelected.connect(answered)
        ask.finished.connect(lambda _result: setattr(self, "_asking", None))
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.open()  # window-modal: the loop runs on
        return ask

    def refresh(self) -> None:
        """Show the replica's state in the status bar."""
        if not self.enabled:
            self.button.setVisible(False)
            return
        from console.sync.replica import status

        current = status(self.engine)
        self.button.setVisible(current is not None)
        if current is None:
            return
        self.button.setText(status_text(current))
        tip = self.tr("Shared database: %1").replace("%1", current.server)
        if current.last_error:
            tip += "\n" + say(current.last_error)
        self.button.setToolTip(tip)

    def show_inbox(self) -> ConflictInbox:
        """Open the conflict inbox."""
        dialog = ConflictInbox(self.engine, self.parent())  # type: ignore[arg-type]
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog


def status_text(current: ReplicaStatus) -> str:
    """One line for the status bar: when, what waits, what needs the user."""
    at = when(current.last_sync_at.astimezone(), "HH:mm") if current.last_sync_at else ""
    if current.last_error and at:
        first = QCoreApplication.translate("SyncStatus", "Offline since %1")
    elif current.last_error:
        first = QCoreApplication.translate("SyncStatus", "Offline")
    elif at:
        first = QCoreApplication.translate("SyncStatus", "Synced %1")
    else:
        first = QCoreApplication.translate("SyncStatus", "Not synced yet")
    pending = QCoreApplication.translate("SyncStatus", "%1 pending")
    parts = [first.replace("%1", at), pending.replace("%1", str(current.pending))]
    if current.conflicts:
        # English and Dutch have one singular: the window's two languages, no catalogue for en
        if current.conflicts == 1:
            many = QCoreApplication.translate("SyncStatus", "1 conflict")
        else:
            many = QCoreApplication.translate("SyncStatus", "%1 conflicts")
        parts.append(many.replace("%1", str(current.conflicts)))
    if current.lag_seconds and current.lag_seconds > 60:
        behind = QCoreApplication.translate("SyncStatus", "server feed %1 s behind")
        parts.append(behind.replace("%1", str(current.lag_seconds)))
    return " · ".join(parts)


class ConflictInbox(QDialog):
    """What the server did not take as sent: keep theirs, or send mine again."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Conflict inbox"))
        from console.sync import inbox

        self.inbox = inbox
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Mine"), self.tr("Server"),
             self.tr("What happened")]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.keep_button = QPushButton(self.tr("Keep the server's"))
        self.mine_button = QPushButton(self.tr("Send mine again"))
        self.keep_button.clicked.connect(lambda: self._settle(inbox.KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._settle(inbox.USE_MINE))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection)
        self.resize(860, 360)
        self.load()

    def load(self) -> None:
        """Fill the table with the open items."""
        self.items = self.inbox.open_conflicts(self.engine)
        with refilling(self.table, len(self.items)):
            for row, item in enumerate(self.items):
                cells = [
                    f"{item.table_name.replace('_', ' ')} {item.row_key[:8]}",
                    (item.field or "").replace("_", " "),
                    _shown(item.mine),
                    _shown(item.theirs),
                    say(item.message),
                ]
                for column, text in enumerate(cells):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection()

    def _selection(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        chosen = [self.items[r] for r in rows]
        self.keep_button.setEnabled(bool(chosen))
        self.mine_button.setEnabled(bool(chosen) and all(c.can_use_mine for c in chosen))

    def _settle(self, choice: str) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        try:
            for r in rows:
                self.inbox.settle(self.engine, self.items[r].id, choice)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Conflict inbox"), str(exc))
        self.load()


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in list(value.items())[:4])
    return str(value)
