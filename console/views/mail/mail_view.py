"""The Mail tab: what the mail intake left for the desk, and Fetch now.

Messages from unknown senders wait here until the desk accepts one as a ticket for the
client it names, or dismisses it; messages that could not be read wait with the reason
until someone looked at them. The lists are read again after every action and fetch, and
off the window's thread after a sync that brought changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.rules.roles import DESK
from console.services.mail.listings import (
    QuarantineRow,
    TriageRow,
    dismiss_quarantine,
    dismiss_triage,
    quarantine_list,
    quarantined_message,
    triage_list,
)
from console.services.mail.mailboxes import mailboxes_switched_on
from console.services.mail.outgoing import OutboxRow, outbox_list, retry_mail
from console.services.mail.secrets import SecretStore
from console.views.background import LatestRead
from console.views.context import DeskContext
from console.views.errors import show_error
from console.views.i18n import QT_TRANSLATE_NOOP, say, when
from console.views.mail.accept_dialog import TriageAcceptDialog
from console.views.mail.attachments import size_text
from console.views.mail.fetching import MailFetcher, watching
from console.views.mail.raw_message import RawMessageDialog
from console.views.master_data.roles import acting_role
from console.views.table_fill import refilling

STAMP = "yyyy-MM-dd HH:mm"
OUTBOX_STATES = ("queued", "sending", "failed", "skipped")
"""The outbox's mails the tab lists: all but those sent."""
STATE_WORDS = {
    "queued": QT_TRANSLATE_NOOP("MailView", "Waiting"),
    "sending": QT_TRANSLATE_NOOP("MailView", "Being sent"),
    "failed": QT_TRANSLATE_NOOP("MailView", "Failed"),
    "skipped": QT_TRANSLATE_NOOP("MailView", "Not sent"),
}
RETRYABLE = ("queued", "failed", "skipped")


def _table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _received(at: datetime) -> str:
    return when(at.astimezone(), STAMP)


@dataclass(frozen=True)
class MailRead:
    """The tab's three lists and how many mailboxes are switched on, read together."""

    triage: list[TriageRow]
    quarantine: list[QuarantineRow]
    outbox: list[OutboxRow]
    mailboxes: int


class MailView(QWidget):
    """Unknown senders and unreadable messages, each with its actions; Fetch now."""

    def __init__(
        self,
        desk: DeskContext,
        parent: QWidget | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.triage: list[TriageRow] = []
        self.quarantine: list[QuarantineRow] = []
        self.outbox: list[OutboxRow] = []
        self.may_act = acting_role(desk) in DESK
        self.last_fetch = ""
        """What the last fetch of this view did, in words."""
        self.mailboxes = 0
        """How many mailboxes are switched on."""
        self._reads: LatestRead[MailRead] = LatestRead()
        self.fetcher = MailFetcher(desk, secrets, self)
        self.fetcher.progress.connect(lambda text: self._status(text, 0))
        self.fetcher.finished.connect(self._fetched)
        self.fetcher.failed.connect(self._fetch_failed)

        self.fetch_button = QPushButton(self.tr("&Fetch now"))
        self.fetch_button.setObjectName("fetchNow")
        self.fetch_button.setToolTip(self.tr("Take in the mail waiting in every mailbox now."))
        self.fetch_button.clicked.connect(lambda _=False: self.fetch_now())
        self.fetch_state = QLabel()
        self.fetch_state.setObjectName("fetchState")
        self.fetch_state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.fetch_button)
        top.addWidget(self.fetch_state, 1)

        self.sections = QTabWidget()
        self.sections.setObjectName("mailSections")
        self.triage_table = _table(
            [self.tr("Received"), self.tr("From"), self.tr("Subject"), self.tr("May belong to"),
             self.tr("Mailbox")],
            "triage",
        )  # fmt: skip
        # named here: their tabs' titles carry counts that change
        self.triage_table.setAccessibleName(self.tr("Mail from unknown senders"))
        self.accept_button = QPushButton(self.tr("&Accept as ticket…"))
        self.accept_button.setObjectName("acceptTriage")
        self.dismiss_triage_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_triage_button.setObjectName("dismissTriage")
        self.accept_button.clicked.connect(lambda _=False: self.accept_selected())
        self.dismiss_triage_button.clicked.connect(lambda _=False: self.dismiss_selected_triage())
        self.triage_table.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        self.triage_table.itemSelectionChanged.connect(self._selection_changed)
        self.sections.addTab(
            self._section(
                self.tr("Mail from addresses the desk does not know. Accept a message as a "
                        "ticket for the client it is for (the sender becomes a requester), "
                        "or dismiss it."),
                self.triage_table, [self.accept_button, self.dismiss_triage_button],
            ),
            "",
        )  # fmt: skip
        self.quarantine_table = _table(
            [self.tr("Received"), self.tr("Mailbox"), self.tr("Size"),
             self.tr("Why it could not be read")],
            "quarantine",
        )  # fmt: skip
        self.quarantine_table.setAccessibleName(self.tr("Unreadable mail"))
        self.triage_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.triage_table.horizontalHeader().setStretchLastSection(False)
        self.show_button = QPushButton(self.tr("&Show the message…"))
        self.show_button.setObjectName("showQuarantined")
        self.dismiss_quarantine_button = QPushButton(self.tr("D&ismiss"))
        self.dismiss_quarantine_button.setObjectName("dismissQuarantined")
        self.show_button.clicked.connect(lambda _=False: self.show_selected_message())
        self.dismiss_quarantine_button.clicked.connect(
            lambda _=False: self.dismiss_selected_quarantine()
        )
        self.quarantine_table.itemDoubleClicked.connect(lambda _i: self.show_selected_message())
        self.quarantine_table.itemSelectionChanged.connect(self._selection_changed)
        self.sections.addTab(
            self._section(
                self.tr("Messages that could not be read. Each was moved to its mailbox's "
                        "quarantine folder on the server; look at it, then dismiss it."),
                self.quarantine_table, [self.show_button, self.dismiss_quarantine_button],
            ),
            "",
        )  # fmt: skip
        self.outbox_table = _table(
            [self.tr("Queued"), self.tr("To"), self.tr("Subject"), self.tr("Ticket"),
             self.tr("State"), self.tr("Why it waits")],
            "outbox",
        )  # fmt: skip
        self.outbox_table.setAccessibleName(self.tr("Outgoing mail"))
        self.retry_button = QPushButton(self.tr("Send &again"))
        self.retry_button.setObjectName("retryMail")
        self.retry_button.clicked.connect(lambda _=False: self.retry_selected())
        self.outbox_table.itemSelectionChanged.connect(self._selection_changed)
        self.sections.addTab(
            self._section(
                self.tr("Mail to clients and the desk that is not sent yet, or could not be "
                        "sent. A failed mail is sent again only when you say so."),
                self.outbox_table, [self.retry_button],
            ),
            "",
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sections)
        if not self.may_act:
            refused = self.tr("Only the service desk may settle these messages.")
            for button in (self.accept_button, self.dismiss_triage_button,
                           self.dismiss_quarantine_button, self.retry_button):  # fmt: skip
                button.setToolTip(refused)
        self._show_fetch_state("")

    def _section(self, intro: str, table: QTableWidget, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        text = QLabel(intro)
        text.setWordWrap(True)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addWidget(table)
        layout.addLayout(row)
        return page

    # ---------------------------------------------------------------- reading

    def reload(self) -> None:
        """Read the lists again and show them, now (after the desk acted on one)."""
        try:
            self._reads.now(self._reader(), self._show_read)
        except Exception as exc:  # said in words; the lists stay as they were
            self._read_failed(exc)

    def refresh(self) -> None:
        """Read the lists again off the window's thread, as after a sync that brought
        changes; what is shown stays until then, and the selected messages stay selected."""
        self._reads.later(self._reader(), self._show_read, self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        show_error(self, error, self.tr("Could not read the mail lists"))

    def _reader(self) -> Callable[[], MailRead]:
        """The read of the three lists (what the user may see decided now, on the window's
        thread; the read may run off it)."""
        sessions, user, may_act = self.desk.session, self.desk.user_id, self.may_act

        def read() -> MailRead:
            return MailRead(
                triage_list(sessions),
                quarantine_list(sessions),
                outbox_list(sessions, user, OUTBOX_STATES) if may_act else [],
                mailboxes_switched_on(sessions),
            )

        return read

    def _show_read(self, read: MailRead) -> None:
        kept = (
            _id_of(self.selected_triage()),
            _id_of(self.selected_quarantine()),
            _id_of(self.selected_outbox()),
        )
        self.triage, self.quarantine, self.outbox = read.triage, read.quarantine, read.outbox
        self.mailboxes = read.mailboxes
        self._fill(
            self.triage_table,
            [
                (
                    _received(r.received_at),
                    f"{r.sender_name} <{r.sender}>" if r.sender_name else r.sender,
                    r.subject or self.tr("(no subject)"),
                    r.suggested_client or "",
                    r.mailbox,
                )
                for r in self.triage
            ],
            [say(r.reason) for r in self.triage],
        )
        self._fill(
            self.quarantine_table,
            [
                (_received(r.received_at), r.mailbox, size_text(r.size_bytes), say(r.reason))
                for r in self.quarantine
            ],
            [self.tr("Moved to %1 on the server").replace("%1", r.folder) for r in self.quarantine],
        )
        self._fill(
            self.outbox_table,
            [
                (
                    _received(r.queued_at),
                    r.recipient,
                    r.subject,
                    r.ticket or "",
                    self.tr(STATE_WORDS.get(r.state, r.state)),
                    self._waits(r),
                )
                for r in self.outbox
            ],
            [say(r.last_error or "") for r in self.outbox],
        )
        failed = sum(1 for r in self.outbox if r.state == "failed")
        self.sections.setTabText(
            2,
            self.tr("Outbox (%1, %2 failed)")
            .replace("%1", str(len(self.outbox)))
            .replace("%2", str(failed))
            if failed
            else self.tr("Outbox (%1)").replace("%1", str(len(self.outbox))),
        )
        self.sections.setTabText(
            0, self.tr("Unknown senders (%1)").replace("%1", str(len(self.triage)))
        )
        self.sections.setTabText(
            1, self.tr("Could not be read (%1)").replace("%1", str(len(self.quarantine)))
        )
        listed: tuple[list[uuid.UUID], ...] = (
            [r.id for r in self.triage],
            [r.id for r in self.quarantine],
            [r.id for r in self.outbox],
        )
        tables = (self.triage_table, self.quarantine_table, self.outbox_table)
        for table, ids, chosen in zip(tables, listed, kept, strict=True):
            if chosen is not None and chosen in ids:  # the message selected stays selected
                table.selectRow(ids.index(chosen))
        self._selection_changed()
        if not self.fetcher.running:
            self.fetch_button.setEnabled(self.mailboxes > 0)
            self._show_fetch_state(
                self.last_fetch
                if self.mailboxes
                else self.tr("No mailbox is set up yet: File ▸ Mail settings… adds one.")
            )

    def _waits(self, row: OutboxRow) -> str:
        """Why an outbox mail waits: the server's refusal, or when it is tried next."""
        if row.last_error:
            return say(row.last_error)
        if row.state == "queued" and row.next_attempt_at is not None:
            if row.next_attempt_at <= self.desk.now():
                text = self.tr("sent at the next round")
            else:
                text = self.tr("next try %1").replace("%1", _received(row.next_attempt_at))
            if row.attempts:
                text += " " + self.tr("(tried %1 times)").replace("%1", str(row.attempts))
            return text
        return ""

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]], tips: list[str]) -> None:
        with refilling(table, len(rows)):
            for index, (cells, tip) in enumerate(zip(rows, tips, strict=True)):
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(tip)
                    table.setItem(index, column, item)

    @staticmethod
    def _chosen(table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_triage(self) -> TriageRow | None:
        """The message from an unknown sender selected, if any."""
        index = self._chosen(self.triage_table)
        return self.triage[index] if index is not None else None

    def selected_quarantine(self) -> QuarantineRow | None:
        """The unreadable message selected, if any."""
        index = self._chosen(self.quarantine_table)
        return self.quarantine[index] if index is not None else None

    def selected_outbox(self) -> OutboxRow | None:
        """The outbox mail selected, if any."""
        index = self._chosen(self.outbox_table)
        return self.outbox[index] if index is not None else None

    def _selection_changed(self) -> None:
        mail = self.selected_outbox()
        self.retry_button.setEnabled(self.may_act and mail is not None and mail.state in RETRYABLE)
        triage = self.selected_triage() is not None
        quarantine = self.selected_quarantine() is not None
        self.accept_button.setEnabled(self.may_act and triage)
        self.dismiss_triage_button.setEnabled(self.may_act and triage)
        self.show_button.setEnabled(quarantine)
        self.dismiss_quarantine_button.setEnabled(self.may_act and quarantine)

    # ---------------------------------------------------------------- acting

    def _changed(self) -> None:
        """Reload the lists, and tell the window that tickets may have changed."""
        window = self.window()
        reload = getattr(window, "reload", None)
        if window is not self and isinstance(window, QMainWindow) and callable(reload):
            reload()  # the current view (this one) now, the queue when it is shown
        else:
            self.reload()

    def accept_selected(self) -> TriageAcceptDialog | None:
        """Make a ticket of the selected message for the client the desk chooses."""
        row = self.selected_triage()
        if row is None or not self.may_act:
            return None
        dialog = TriageAcceptDialog(self.desk, row, self)
        if dialog.exec():
            self._status(self.tr("Ticket %1 made from the message.").replace(
                "%1", dialog.reference), 8000)  # fmt: skip
            self._changed()
        return dialog

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def dismiss_selected_triage(self) -> None:
        """Settle the selected message without a ticket, after asking (it stays stored)."""
        row = self.selected_triage()
        if row is None or not self._confirm(
            self.tr("Dismiss message"),
            self.tr("Dismiss the message “%1” from %2 without a ticket?")
            .replace("%1", row.subject)
            .replace("%2", row.sender),
        ):
            return
        self._act(lambda: dismiss_triage(self.desk.session, self.desk.user_id, row.id))

    def dismiss_selected_quarantine(self) -> None:
        """Take the selected unreadable message off the list (it stays stored)."""
        row = self.selected_quarantine()
        if row is None or not self._confirm(
            self.tr("Dismiss message"),
            self.tr("Take this unreadable message off the list? It stays stored and on the "
                    "server in %1.").replace("%1", row.folder),
        ):  # fmt: skip
            return
        self._act(lambda: dismiss_quarantine(self.desk.session, self.desk.user_id, row.id))

    def _act(self, action: Callable[[], object]) -> bool:
        """Do it and show the lists as they are now; False (said in words) if refused."""
        try:
            action()
        except Exception as exc:  # said in words; nothing changed
            show_error(self, exc)
            self.reload()
            return False
        self.reload()
        return True

    def retry_selected(self) -> None:
        """Send the selected outbox mail again at the next round."""
        mail = self.selected_outbox()
        if mail is None:
            return
        if self._act(lambda: retry_mail(self.desk.session, self.desk.user_id, mail.id)):
            again = self.tr("The mail to %1 is sent again at the next round.")
            self._status(again.replace("%1", mail.recipient), 8000)

    def show_selected_message(self) -> RawMessageDialog | None:
        """Show the selected unreadable message as it came, read-only."""
        row = self.selected_quarantine()
        if row is None:
            return None
        try:
            data = quarantined_message(self.desk.session, row.id)
        except Exception as exc:  # said in words
            show_error(self, exc)
            return None
        dialog = RawMessageDialog(data, f"{row.mailbox} {_received(row.received_at)}", self)
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- fetching

    def fetch_now(self) -> bool:
        """Take in the mail that waits, off the window's thread; progress in the status bar."""
        started = self.fetcher.fetch_now()
        if started:
            self.fetch_button.setEnabled(False)
            self.fetch_state.setText(self.tr("Fetching mail…"))
        return started

    def _fetched(self, summary: str) -> None:
        self.fetch_button.setEnabled(True)
        self._status(summary, 8000)
        self._show_fetch_state(
            self.tr("Last fetch %1: %2").replace("%1", when(self.desk.now().astimezone(), "HH:mm"))
            .replace("%2", summary)
        )  # fmt: skip
        self.fetch_state.setToolTip("\n".join(self.fetcher.lines[-40:]))
        self._changed()

    def _fetch_failed(self, reason: str) -> None:
        self.fetch_button.setEnabled(self.mailboxes > 0)
        self._status(reason, 8000)
        self._show_fetch_state(reason)
        self.fetch_state.setToolTip("\n".join(self.fetcher.lines[-40:]))

    def _show_fetch_state(self, text: str) -> None:
        self.last_fetch = text
        if watching():
            watched = self.tr("This desk fetches mail as it arrives and sends the desk's mail.")
            text = " ".join(part for part in (watched, text) if part)
        self.fetch_state.setText(text)

    def _status(self, text: str, timeout: int) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, timeout)

    def show_triage(self) -> None:
        """Bring the list of unknown senders to the front."""
        self.sections.setCurrentIndex(0)

    def show_quarantine(self) -> None:
        """Bring the list of unreadable messages to the front."""
        self.sections.setCurrentIndex(1)

    def show_outbox(self) -> None:
        """Bring the outbox to the front."""
        self.sections.setCurrentIndex(2)


def _id_of(row: TriageRow | QuarantineRow | OutboxRow | None) -> uuid.UUID | None:
    """A listed message's id, or None when none is selected."""
    return None if row is None else row.id
