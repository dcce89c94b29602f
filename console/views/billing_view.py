"""The Billing tab: run a month, look at each draft's lines, void or issue, print.

The view only shows what `console.services.billing` answers and sends the desk's
intents back; the run and the issuing happen off the window's thread, with the buttons
held while they work.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.errors import UserError
from console.rules.roles import Scope, Task, may
from console.views.background import run_in_background
from console.views.errors import user_message
from console.views.i18n import QT_TRANSLATE_NOOP, amount, hours, money, title_word

if TYPE_CHECKING:
    from console.services.billing.run import RunReport
    from console.services.billing.summary import InvoiceSummary
    from console.views.context import DeskContext

STATUSES = (
    (QT_TRANSLATE_NOOP("BillingView", "Drafts"), "draft"),
    (QT_TRANSLATE_NOOP("BillingView", "Issued"), "issued"),
    (QT_TRANSLATE_NOOP("BillingView", "All"), None),
)
INVOICE_HEADS = (
    QT_TRANSLATE_NOOP("BillingView", "Number"),
    QT_TRANSLATE_NOOP("BillingView", "Client"),
    QT_TRANSLATE_NOOP("BillingView", "Kind"),
    QT_TRANSLATE_NOOP("BillingView", "Period or ticket"),
    QT_TRANSLATE_NOOP("BillingView", "Lines"),
    QT_TRANSLATE_NOOP("BillingView", "Total"),
    QT_TRANSLATE_NOOP("BillingView", "Due"),
)
LINE_HEADS = (
    QT_TRANSLATE_NOOP("BillingView", "Day"),
    QT_TRANSLATE_NOOP("BillingView", "Description"),
    QT_TRANSLATE_NOOP("BillingView", "Hours"),
    QT_TRANSLATE_NOOP("BillingView", "Rate"),
    QT_TRANSLATE_NOOP("BillingView", "×"),
    QT_TRANSLATE_NOOP("BillingView", "Amount"),
    QT_TRANSLATE_NOOP("BillingView", "Paid from"),
)


def _table(heads: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(heads))
    table.setHorizontalHeaderLabels(heads)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class BillingView(QWidget):
    """A month's billing: drafts per client, their lines, issuing and printing."""

    def __init__(self, desk: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.invoices: list[InvoiceSummary] = []
        self.month = QDateEdit()
        self.month.setObjectName("billingMonth")
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setCalendarPopup(True)
        today = desk.now().date()
        last_month = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
        self.month.setDate(QDate(last_month.year, last_month.month, 1))
        self.client = QComboBox()
        self.client.setObjectName("billingClient")
        self.client.setMinimumContentsLength(18)
        self.status = QComboBox()
        self.status.setObjectName("billingStatus")
        for label, value in STATUSES:
            self.status.addItem(self.tr(label), value)
        self.status.currentIndexChanged.connect(lambda _=0: self.reload())
        self.preview_button = QPushButton(self.tr("Preview the run"))
        self.preview_button.setObjectName("previewRun")
        self.preview_button.setToolTip(self.tr("Show what the run would bill; nothing is written"))
        self.preview_button.clicked.connect(lambda _=False: self.run(dry_run=True))
        self.run_button = QPushButton(self.tr("Run billing"))
        self.run_button.setObjectName("runBilling")
        self.run_button.clicked.connect(lambda _=False: self.run(dry_run=False))
        self.issue_button = QPushButton(self.tr("Issue selected"))
        self.issue_button.setObjectName("issueSelected")
        self.issue_button.clicked.connect(lambda _=False: self.issue_selected())
        self.void_button = QPushButton(self.tr("Void draft"))
        self.void_button.setObjectName("voidDraft")
        self.void_button.clicked.connect(lambda _=False: self.void_selected())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printInvoice")
        self.print_button.clicked.connect(lambda _=False: self.print_selected())

        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Month:"), self.month),
            (self.tr("Client:"), self.client),
            (self.tr("Show:"), self.status),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.preview_button, self.run_button):
            bar.addWidget(button)

        self.summary = QLabel()
        self.summary.setObjectName("billingSummary")
        self.summary.setWordWrap(True)
        self.list = _table([self.tr(h) for h in INVOICE_HEADS], 1)
        self.list.setObjectName("invoiceList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.lines = _table([self.tr(h) for h in LINE_HEADS], 1)
        self.lines.setObjectName("invoiceLines")
        self.totals = QLabel()
        self.totals.setObjectName("invoiceTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)

        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for button in (self.void_button, self.issue_button, self.print_button):
            actions.addWidget(button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.lines)
        detail_layout.addWidget(self.totals)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self._fill_clients()
        self._selection_changed()

    # ------------------------------------------------------------------ reading

    @property
    def scope(self) -> Scope:
        """Who works at the desk, as the role rules take it."""
        return Scope(self.desk.role)

    def _fill_clients(self) -> None:
        from console.services.master_data.clients import list_clients

        self.client.clear()
        self.client.addItem(self.tr("All clients"), None)
        for row in list_clients(self.desk.session):
            self.client.addItem(str(row["name"]), str(row["id"]))

    def reload(self) -> None:
        """Read the invoices again (the tab is reloaded when shown)."""
        from console.services.billing.drafts import list_invoices

        if not may(Task.SEE_MONEY, self.scope):
            self.invoices = []
            self.summary.setText(self.tr("Invoices and rates are for the desk only."))
            self._show_invoices()
            return
        try:
            self.invoices = list_invoices(
                self.desk.session,
                self.desk.user_id,
                status=self.status.currentData(),
                client=self.client.currentData(),
            )
        except UserError as refused:
            self.summary.setText(user_message(refused))
            self.invoices = []
        self._show_invoices()

    def _show_invoices(self) -> None:
        selected = set(self.selected_ids())
        self.list.setRowCount(len(self.invoices))
        for row, invoice in enumerate(self.invoices):
            period = (
                f"{invoice.period_start:%Y-%m-%d} – {invoice.period_end:%Y-%m-%d}"
                if invoice.period_start and invoice.period_end
                else invoice.ticket or ""
            )
            cells = (
                _cell(invoice.number or self.tr("draft")),
                _cell(invoice.client),
                _cell(title_word(invoice.kind)),
                _cell(period),
                _cell(str(len(invoice.lines)), right=True),
                _cell(money(invoice.total, invoice.currency), right=True),
                _cell(f"{invoice.due_date:%Y-%m-%d}" if invoice.due_date else ""),
            )
            for column, item in enumerate(cells):
                self.list.setItem(row, column, item)
            if invoice.id in selected:
                self.list.selectRow(row)
        self._selection_changed()

    def selected_ids(self) -> list[uuid.UUID]:
        """The invoices selected in the list, top to bottom."""
        rows = sorted({index.row() for index in self.list.selectedIndexes()})
        return [self.invoices[r].id for r in rows if r < len(self.invoices)]

    def _selected(self) -> list[InvoiceSummary]:
        chosen = set(self.selected_ids())
        return [i for i in self.invoices if i.id in chosen]

    def _selection_changed(self) -> None:
        chosen = self._selected()
        drafts = [i for i in chosen if i.number is None]
        self.issue_button.setEnabled(bool(drafts) and may(Task.ISSUE_INVOICES, self.scope))
        self.void_button.setEnabled(
            len(chosen) == 1 and bool(drafts) and may(Task.RUN_BILLING, self.scope)
        )
        self.print_button.setEnabled(len(chosen) == 1 and chosen[0].number is not None)
        for button in (self.preview_button, self.run_button):
            button.setEnabled(may(Task.RUN_BILLING, self.scope))
        self._show_lines(chosen[0] if len(chosen) == 1 else None)

    def _show_lines(self, invoice: InvoiceSummary | None) -> None:
        lines = invoice.lines if invoice else ()
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                _cell(f"{line.day:%Y-%m-%d}" if line.day else ""),
                _cell(line.description),
                _cell(hours(line.hours) if line.hours is not None else "", right=True),
                _cell(amount(line.rate) if line.rate is not None else "", right=True),
                _cell(
                    amount(line.multiplier, 1) if line.multiplier != Decimal(1) else "",
                    right=True,
                ),
                _cell(amount(line.amount), right=True),
                _cell(title_word(line.drew_on)),
            )
            for column, item in enumerate(cells):
                self.lines.setItem(row, column, item)
        if invoice is None:
            self.totals.clear()
            return
        self.totals.setText(
            self.tr("Subtotal {0} · tax {1} · total {2}").format(
                money(invoice.subtotal, invoice.currency),
                money(invoice.tax, invoice.currency),
                money(invoice.total, invoice.currency),
            )
        )

    # ------------------------------------------------------------------ acting

    def _busy(self, busy: bool) -> None:
        for button in (
            self.preview_button, self.run_button, self.issue_button, self.void_button,
        ):  # fmt: skip
            button.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Working…"))
        else:
            self._selection_changed()

    def run(self, dry_run: bool) -> None:
        """Bill the chosen month (or preview it): drafts appear in the list."""
        from console.services.billing.run import run_month

        chosen = self.month.date()
        year, month = chosen.year(), chosen.month()
        client = self.client.currentData()
        sessions, user = self.desk.session, self.desk.user_id
        self._busy(True)
        run_in_background(
            lambda: run_month(sessions, user, year, month, client=client, dry_run=dry_run),
            self._ran,
            self._failed,
        )

    def _ran(self, report: RunReport) -> None:
        drafts = report.drafts
        total_by_currency: dict[str, Decimal] = {}
        for d in drafts:
            total_by_currency[d.currency] = total_by_currency.get(d.currency, Decimal(0)) + d.total
        totals = ", ".join(money(v, c) for c, v in sorted(total_by_currency.items()))
        if report.dry_run:
            text = self.tr("Preview of {0}: {1} contracts would give {2} drafts ({3}).")
        else:
            text = self.tr("{0} billed: {1} contracts gave {2} drafts ({3}).")
        month = QDate(report.year, report.month, 1).toString("MMMM yyyy")
        message = text.format(month, len(report.contracts), len(drafts), totals or "–")
        if report.awaiting_approval:
            message += " " + self.tr("{0} time entries wait for an approval.").format(
                report.awaiting_approval
            )
        if report.dry_run:
            self.invoices = drafts
            self._show_invoices()
        else:
            self.status.setCurrentIndex(0)
            self.reload()
        self._busy(False)
        self.summary.setText(message)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserError):
            self.summary.setText(user_message(error))
            QMessageBox.warning(self, self.tr("Billing"), user_message(error))
            return
        raise error

    def issue_selected(self) -> None:
        """Number the selected drafts, all or none, and archive their PDFs."""
        from console.reports.archive import render_as_issued
        from console.services.billing.drafts import issue_invoices

        drafts = [i.id for i in self._selected() if i.number is None]
        if not drafts:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue invoices"),
            self.tr("Issue {0} invoices? An issued invoice never changes.").format(len(drafts)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sessions, user, today = self.desk.session, self.desk.user_id, self.desk.now().date()
        self._busy(True)
        run_in_background(
            lambda: issue_invoices(sessions, user, drafts, today, render_as_issued),
            self._issued,
            self._failed,
        )

    def _issued(self, issued: list[InvoiceSummary]) -> None:
        self._busy(False)
        self.reload()
        numbers = ", ".join(i.number or "" for i in issued)
        self.summary.setText(self.tr("Issued: {0}").format(numbers))

    def void_selected(self) -> None:
        """Throw the selected draft away; its work waits for the next run."""
        from console.services.billing.drafts import void_draft

        chosen = self._selected()
        if len(chosen) != 1 or chosen[0].number is not None:
            return
        try:
            void_draft(self.desk.session, self.desk.user_id, chosen[0].id)
        except UserError as refused:
            QMessageBox.warning(self, self.tr("Billing"), user_message(refused))
            return
        self.reload()
        self.summary.setText(self.tr("Draft voided; its work waits for the next run."))

    def print_selected(self) -> None:
        """Preview the selected issued invoice as the client receives it."""
        from console.reports.request import DocumentRequest
        from console.views.document_view import open_document

        chosen = self._selected()
        if len(chosen) == 1 and chosen[0].number:
            open_document(self.desk, DocumentRequest("invoice", invoice=chosen[0].number), self)
