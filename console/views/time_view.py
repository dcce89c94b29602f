"""Time and credit: the approval list of the daily cut-off (E5) and credit balances (C5)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.rules.credit import CreditAlert
from console.services.credit_balances import balances_of
from console.services.timekeeping import DESK, approve_entries, pending_list
from console.services.timekeeping import run_cutoff as lock_closed_days
from console.views.client_approval_dialog import ClientApprovalDialog
from console.views.context import DeskContext
from console.views.errors import show_error
from console.views.i18n import QT_TRANSLATE_NOOP, amount, credit_amount, when, word

ALERT_COLOURS = {CreditAlert.EXHAUSTED: QColor(198, 40, 40), CreditAlert.LOW: QColor(178, 106, 0)}
HOURS_COLUMN = 3
AMOUNT_COLUMNS = frozenset({2, 3})
"""Figures stand right-aligned, so their decimals line up."""
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


class TimeView(QWidget):
    """Approve time, run the cut-off, watch credit."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.entries: list[uuid.UUID] = []
        heads = (
            QT_TRANSLATE_NOOP("TimeView", "Day"),
            QT_TRANSLATE_NOOP("TimeView", "Ticket"),
            QT_TRANSLATE_NOOP("TimeView", "Engineer"),
            QT_TRANSLATE_NOOP("TimeView", "Hours"),
            QT_TRANSLATE_NOOP("TimeView", "Phase"),
            QT_TRANSLATE_NOOP("TimeView", "Billable"),
            QT_TRANSLATE_NOOP("TimeView", "Late"),
            QT_TRANSLATE_NOOP("TimeView", "Waiting for"),
            QT_TRANSLATE_NOOP("TimeView", "Work done"),
        )
        self.approvals = _table([self.tr(h) for h in heads])
        self.approvals.setObjectName("approvalList")
        self.approvals.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.credit = _table(
            [
                self.tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("TimeView", "Client"),
                    QT_TRANSLATE_NOOP("TimeView", "Contract"),
                    QT_TRANSLATE_NOOP("TimeView", "Balance"),
                    QT_TRANSLATE_NOOP("TimeView", "Low at"),
                    QT_TRANSLATE_NOOP("TimeView", "Alert"),
                    QT_TRANSLATE_NOOP("TimeView", "Overdrafts"),
                )
            ]
        )
        self.credit.setObjectName("creditBalances")
        approve_button = QPushButton(self.tr("Approve selected"))
        approve_button.clicked.connect(self.approve_selected)
        client_button = QPushButton(self.tr("Client's approval…"))
        client_button.setObjectName("clientApproval")
        client_button.clicked.connect(lambda _=False: self.record_client_approval())
        lock_button = QPushButton(self.tr("Run the daily cut-off"))
        lock_button.clicked.connect(self.run_cutoff)
        # the desk's acts (E5); the services refuse them to anyone else as well
        for button in (approve_button, client_button, lock_button):
            button.setEnabled(self.desk.role in DESK)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(approve_button)
        bar.addWidget(client_button)
        bar.addWidget(lock_button)
        bar.addWidget(self.status, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("<b>Time awaiting approval</b> (late entries first)")))
        top_layout.addLayout(bar)
        top_layout.addWidget(self.approvals)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("<b>Prepaid credit</b>")))
        bottom_layout.addWidget(self.credit)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    def reload(self) -> None:
        """Load both lists."""
        pending = pending_list(self.desk.session)
        balances = balances_of(self.desk.session)
        self.entries = [e.id for e in pending]
        self.approvals.setRowCount(len(pending))
        yes, no, late = self.tr("yes"), self.tr("no"), self.tr("late")
        # E5: which of the two approvals an entry still waits for
        waiting = {
            (True, True): self.tr("desk and client"),
            (True, False): self.tr("the desk"),
            (False, True): self.tr("the client"),
        }
        for row, e in enumerate(pending):
            missing = (e.waits_for_provider, e.waits_for_client)
            cells = (when(e.started_at.astimezone(), "yyyy-MM-dd HH:mm"), e.ticket_reference,
                     e.engineer, amount(e.hours), word(e.phase), yes if e.billable else no,
                     late if e.late else "", waiting.get(missing, ""), e.description)  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == HOURS_COLUMN:
                    cell.setTextAlignment(RIGHT)
                self.approvals.setItem(row, column, cell)
        self.credit.setRowCount(len(balances))
        for row, b in enumerate(balances):
            low = amount(b.low_threshold) if b.low_threshold is not None else ""
            line = (b.client, b.contract, credit_amount(b.balance, b.unit, b.currency), low,
                     word(b.alert) if b.alert else "", str(b.overdrafts or ""))  # fmt: skip
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                if column in AMOUNT_COLUMNS:
                    item.setTextAlignment(RIGHT)
                if b.alert in ALERT_COLOURS:
                    item.setForeground(QBrush(ALERT_COLOURS[b.alert]))
                self.credit.setItem(row, column, item)
        self.status.setText(self.tr("Awaiting approval: %n", "", len(pending)))

    def approve_selected(self) -> int:
        """Approve the selected entries for the provider; returns how many."""
        rows = sorted({i.row() for i in self.approvals.selectedIndexes()})
        if not rows:
            return 0
        try:
            # the provider's approval only: the client's is its own act, by a named person
            approve_entries(
                self.desk.session,
                self.desk.acting,
                [self.entries[r] for r in rows],
                self.desk.now(),
            )
        except Exception as exc:  # shown to the user in words
            show_error(self, exc)
            return 0
        self.reload()
        return len(rows)

    def record_client_approval(self, dialog: ClientApprovalDialog | None = None) -> bool:
        """Ask who at the client approved the selected entries, and how (E5)."""
        rows = sorted({i.row() for i in self.approvals.selectedIndexes()})
        if not rows:
            return False
        dialog = dialog or ClientApprovalDialog(self.desk, [self.entries[r] for r in rows], self)
        if dialog.exec() != ClientApprovalDialog.DialogCode.Accepted:
            return False
        self.reload()
        return True

    def run_cutoff(self) -> int:
        """Lock every closed day's entries (E5)."""
        try:
            count = lock_closed_days(self.desk.session, self.desk.acting, self.desk.now())
        except Exception as exc:  # shown to the user in words; nothing was locked
            show_error(self, exc)
            return 0
        self.status.setText(self.tr("Entries locked by the cut-off: %n", "", count))
        return count
