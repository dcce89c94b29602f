"""The Billing tab: run a month, look at each draft's lines, void or issue, print; correct
an issued invoice with a credit note, record payments, and see what is overdue.

The view only shows what `console.services.billing` answers and sends the desk's
intents back; the run and the issuing happen off the window's thread, with the buttons
held while they work.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.errors import UserError, ValidationError
from console.rules.roles import Scope, Task, may
from console.views.background import Greyed, LatestRead, run_in_background
from console.views.errors import show_error, user_message
from console.views.i18n import QT_TRANSLATE_NOOP, amount, hours, money, reader_locale, title_word
from console.views.table_fill import refilling
from console.views.worded_rows import WordedRowsModel, changed_rows

if TYPE_CHECKING:
    from console.services.billing.bank_statement import StatementBooked
    from console.services.billing.run import RunReport
    from console.services.billing.summary import InvoiceSummary
    from console.views.context import DeskContext

OVERDUE = "overdue"
"""The status filter's choice that lists what is past due rather than a status."""
STATUSES = (
    (QT_TRANSLATE_NOOP("BillingView", "Drafts"), "draft"),
    (QT_TRANSLATE_NOOP("BillingView", "Issued"), "issued"),
    (QT_TRANSLATE_NOOP("BillingView", "Overdue"), OVERDUE),
    (QT_TRANSLATE_NOOP("BillingView", "Paid"), "paid"),
    (QT_TRANSLATE_NOOP("BillingView", "Cancelled"), "cancelled"),
    (QT_TRANSLATE_NOOP("BillingView", "All"), None),
)
INVOICE_HEADS = (
    QT_TRANSLATE_NOOP("BillingView", "Number"),
    QT_TRANSLATE_NOOP("BillingView", "Client"),
    QT_TRANSLATE_NOOP("BillingView", "Kind"),
    QT_TRANSLATE_NOOP("BillingView", "Status"),
    QT_TRANSLATE_NOOP("BillingView", "Period or ticket"),
    QT_TRANSLATE_NOOP("BillingView", "Lines"),
    QT_TRANSLATE_NOOP("BillingView", "Total"),
    QT_TRANSLATE_NOOP("BillingView", "Due"),
    QT_TRANSLATE_NOOP("BillingView", "Open"),
    QT_TRANSLATE_NOOP("BillingView", "Days overdue"),
)
PAYMENT_METHODS = (
    QT_TRANSLATE_NOOP("BillingView", "bank transfer"),
    QT_TRANSLATE_NOOP("BillingView", "direct debit"),
    QT_TRANSLATE_NOOP("BillingView", "card"),
    QT_TRANSLATE_NOOP("BillingView", "cash"),
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

CREDIT_LABELS = {
    "reason": QT_TRANSLATE_NOOP("CreditNoteDialog", "Reason"),
    "line": QT_TRANSLATE_NOOP("CreditNoteDialog", "Lines"),
    "rebill": QT_TRANSLATE_NOOP("CreditNoteDialog", "Bill the work again"),
    "invoice": QT_TRANSLATE_NOOP("CreditNoteDialog", "Invoice"),
    "user": QT_TRANSLATE_NOOP("CreditNoteDialog", "User"),
}
"""The credit note form's labels, by the field a refusal names."""
PAYMENT_LABELS = {
    "amount": QT_TRANSLATE_NOOP("PaymentDialog", "Amount"),
    "date": QT_TRANSLATE_NOOP("PaymentDialog", "Paid on"),
    "method": QT_TRANSLATE_NOOP("PaymentDialog", "Method"),
    "reference": QT_TRANSLATE_NOOP("PaymentDialog", "Reference"),
    "invoice": QT_TRANSLATE_NOOP("PaymentDialog", "Invoice"),
    "user": QT_TRANSLATE_NOOP("PaymentDialog", "User"),
}
"""The payment form's labels, by the field a refusal names."""


@dataclass(frozen=True)
class InvoiceRead:
    """The invoices a filter asks for, as read (maybe off the window's thread)."""

    invoices: list[InvoiceSummary]
    days_overdue: dict[uuid.UUID, int]
    owed: dict[str, Decimal] | None  # open amounts by currency, when overdue ones are asked
    refused: str | None  # why the services refused, in words
    cells: list[tuple[str, ...]]  # each invoice's row in the list, in words
    clients: list[tuple[str, str]] = field(default_factory=list)  # the filter's (name, id)
    detail: InvoiceSummary | None = None  # the one invoice selected, with its lines
    changed: list[int] | None = None
    """Which rows differ from those listed when the read began (`changed_rows`); None
    unless they are the same invoices in the same order."""


RIGHT_COLUMNS = frozenset({5, 6, 8, 9})
"""The list's counts and amounts stand right-aligned."""


def invoice_cells(
    invoice: InvoiceSummary, days_overdue: int | None, draft: str, credits: str
) -> tuple[str, ...]:
    """An invoice's row in the list; off the window's thread (``draft`` and ``credits``,
    "for {0}", are the words looked up on it)."""
    start, end = invoice.period_start, invoice.period_end
    if start and end:  # a sale of credit is of one day
        period = start.isoformat()
        if start != end:
            period += f" – {end.isoformat()}"
    else:
        period = invoice.ticket or ""
    return (
        invoice.number or draft,
        invoice.client,
        title_word(invoice.kind),
        title_word(invoice.status),
        credits.format(invoice.credits) if invoice.is_credit_note else period,
        str(invoice.line_count),
        money(invoice.total, invoice.currency),
        invoice.due_date.isoformat() if invoice.due_date else "",
        money(invoice.open, invoice.currency)
        if invoice.number and not invoice.is_credit_note
        else "",
        str(days_overdue) if days_overdue is not None else "",
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
        self.days_overdue: dict[uuid.UUID, int] = {}
        self._reads: LatestRead[InvoiceRead] = LatestRead()
        self.credit_dialog: CreditNoteDialog | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.month = QDateEdit()
        self.month.setObjectName("billingMonth")
        self.month.setLocale(reader_locale())  # the month named in the window's language
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
        self.status.currentIndexChanged.connect(lambda _=0: self.read_invoices())
        self.preview_button = QPushButton(self.tr("Preview the run"))
        self.preview_button.setObjectName("previewRun")
        self.preview_button.setToolTip(self.tr("Show what the run would bill; nothing is written"))
        self.preview_button.clicked.connect(lambda _=False: self.run(dry_run=True))
        self.run_button = QPushButton(self.tr("Run billing"))
        self.run_button.setObjectName("runBilling")
        self.run_button.clicked.connect(lambda _=False: self.run(dry_run=False))
        self.emergency_button = QPushButton(self.tr("Bill an emergency…"))
        self.emergency_button.setObjectName("billEmergency")
        self.emergency_button.setToolTip(
            self.tr("An Express ticket's invoices at its close: guarantee, restoration, cause")
        )
        self.emergency_button.clicked.connect(lambda _=False: self.bill_emergency())
        self.sell_button = QPushButton(self.tr("Sell prepaid credit…"))
        self.sell_button.setObjectName("sellCredit")
        self.sell_button.setToolTip(
            self.tr("Draft the invoice for a block of prepaid credit; the credit arrives on issue")
        )
        self.sell_button.clicked.connect(lambda _=False: self.sell_credit())
        self.issue_button = QPushButton(self.tr("Issue selected"))
        self.issue_button.setObjectName("issueSelected")
        self.issue_button.clicked.connect(lambda _=False: self.issue_selected())
        self.void_button = QPushButton(self.tr("Void draft"))
        self.void_button.setObjectName("voidDraft")
        self.void_button.clicked.connect(lambda _=False: self.void_selected())
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.credit_button.setObjectName("creditNote")
        self.credit_button.setToolTip(
            self.tr("Correct the selected issued invoice: take back all or some of its lines")
        )
        self.credit_button.clicked.connect(lambda _=False: self.credit_selected())
        self.pay_button = QPushButton(self.tr("Record payment…"))
        self.pay_button.setObjectName("recordPayment")
        self.pay_button.clicked.connect(lambda _=False: self.pay_selected())
        self.bank_button = QPushButton(self.tr("Bank statement…"))
        self.bank_button.setObjectName("bankStatement")
        self.bank_button.setToolTip(
            self.tr(
                "Book the payments of a bank statement, all or none: a CSV file with the "
                "columns invoice, amount, paid_on (and reference, method)"
            )
        )
        self.bank_button.clicked.connect(lambda _=False: self.book_bank_statement())
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
        for button in (
            self.preview_button, self.run_button, self.emergency_button, self.sell_button
        ):  # fmt: skip
            bar.addWidget(button)

        self.summary = QLabel()
        self.summary.setObjectName("billingSummary")
        self.summary.setWordWrap(True)
        # rows worded off the window's thread, one reset (500 invoices' cells took 40 ms)
        self.list_model = WordedRowsModel([self.tr(h) for h in INVOICE_HEADS], RIGHT_COLUMNS)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        # fitted to the rows when the user asks for a list, kept as they are after a sync
        # (measured again on each refresh they cost the window's thread 10 ms, and moved
        # columns the dispatcher had widened)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(40)  # the rows showing and a few more
        self.list.setObjectName("invoiceList")
        self.list.setAccessibleName(self.tr("Invoices"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.lines = _table([self.tr(h) for h in LINE_HEADS], 1)
        self.lines.setObjectName("invoiceLines")
        self.lines.setAccessibleName(self.tr("Invoice lines"))
        self.lines.itemSelectionChanged.connect(self._line_chosen)
        self.totals = QLabel()
        self.totals.setObjectName("invoiceTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.reword_button = QPushButton(self.tr("Reword line…"))
        self.reword_button.setObjectName("rewordLine")
        self.reword_button.setToolTip(self.tr("Change the text the client reads on this line"))
        self.reword_button.clicked.connect(lambda _=False: self.reword_line())
        self.add_line_button = QPushButton(self.tr("Add line…"))
        self.add_line_button.setObjectName("addLine")
        self.add_line_button.setToolTip(
            self.tr("A charge of your own, or a discount (an amount below zero)")
        )
        self.add_line_button.clicked.connect(lambda _=False: self.add_own_line())
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.setObjectName("removeLine")
        self.remove_line_button.setToolTip(
            self.tr("Take the line out of the draft; its work waits for the next run")
        )
        self.remove_line_button.clicked.connect(lambda _=False: self.remove_line())

        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for button in (
            self.void_button, self.issue_button, self.credit_button, self.pay_button,
            self.bank_button, self.print_button,
        ):  # fmt: skip
            actions.addWidget(button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.lines)
        under = QHBoxLayout()
        for button in (self.reword_button, self.add_line_button, self.remove_line_button):
            under.addWidget(button)
        under.addStretch(1)
        under.addWidget(self.totals)
        detail_layout.addLayout(under)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self._clients_shown: list[tuple[str, str]] | None = None  # the filter's choices
        self._fill_clients([])  # the clients come with the first read of the invoices
        # the list shows the chosen client's invoices, as the run bills that client's
        self.client.currentIndexChanged.connect(lambda _=0: self.read_invoices())
        # while the first read or a changed filter is read
        self._greyed = Greyed(self.list, self.summary, self.tr("Reading the invoices…"))
        self._opened = False  # whether the invoices were read once
        self._detail: InvoiceSummary | None = None  # the one selected, with its lines
        self._selection_changed()

    # ------------------------------------------------------------------ reading

    @property
    def scope(self) -> Scope:
        """Who works at the desk, as the role rules take it."""
        return Scope(self.desk.role)

    def _fill_clients(self, clients: list[tuple[str, str]]) -> None:
        """The client filter's choices, the chosen one kept; a client no longer listed
        falls back to all clients, and the list follows."""
        if clients == self._clients_shown:  # compared in Python: 6,000 items' texts
            return  # read back from the list took 20 ms of the window's thread
        self._clients_shown = clients
        keep = self.client.currentData()
        with QSignalBlocker(self.client):
            self.client.clear()
            self.client.addItem(self.tr("All clients"), None)
            for name, client_id in clients:
                self.client.addItem(name, client_id)
            at = self.client.findData(keep) if keep is not None else 0
            self.client.setCurrentIndex(max(at, 0))
        if keep is not None and at < 0:
            self.read_invoices()

    def reload(self) -> None:
        """Read the invoices again, now, as after the user's own change. The first time,
        as the tab opens, they are read off the window's thread: the tab shows at once
        and says it reads (500 invoices take the better part of a second at a large
        desk)."""
        if not may(Task.SEE_MONEY, self.scope):
            self.summary.setText(self.tr("Invoices and rates are for the desk only."))
            self._show_read(InvoiceRead([], {}, None, None, []))
            return
        if not self._opened:
            self._opened = True
            self.read_invoices()
            return
        self._reads.now(self._read_asked(), self._show_read)

    def refresh(self) -> None:
        """Read the invoices again off the window's thread, as after a sync that brought
        changes (500 invoices and their lines take a second and more to read); what is
        shown stays until then."""
        if not may(Task.SEE_MONEY, self.scope):
            return
        self._reads.later(
            self._read_asked(compared=True), partial(self._show_read, fit=False),
            self._read_failed,
        )  # fmt: skip

    def read_invoices(self) -> None:
        """Read the invoices a changed filter asks for off the window's thread (500
        invoices take half a second at a large desk); the list is greyed and says so
        until they arrive. A filter changed again meanwhile wins."""
        if not may(Task.SEE_MONEY, self.scope):
            return
        self._reads.later(self._read_asked(), self._show_read, self._read_failed, self._greyed)

    def _read_failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _read_asked(self, compared: bool = False) -> Callable[[], InvoiceRead]:
        """The read of the invoices the filters ask for (the filters read now, on the
        window's thread; the read may run off it); ``compared``: with the rows that
        differ from those listed now (a sync seldom changes the invoices on screen)."""
        from console.services.billing.drafts import list_invoices, show_invoice
        from console.services.billing.payments import overdue
        from console.services.master_data.clients import list_clients

        sessions, user = self.desk.session, self.desk.user_id
        today = self.desk.now().date()
        status, client = self.status.currentData(), self.client.currentData()
        selected = self.selected_ids()

        draft, credits = self.tr("Draft"), self.tr("for {0}")
        shown = list(zip(self.invoices, self.list_model.cells, strict=False)) if compared else []

        def read() -> InvoiceRead:
            owed: dict[str, Decimal] | None = None
            try:
                if status == OVERDUE:
                    late = overdue(sessions, user, today, client=client)
                    owed = {}
                    for o in late:
                        owed[o.invoice.currency] = (
                            owed.get(o.invoice.currency, Decimal(0)) + o.open_amount
                        )
                    invoices = [o.invoice for o in late]
                    days_overdue = {o.invoice.id: o.days_overdue for o in late}
                else:
                    # the lines of the one selected only: 500 invoices' 20,000 lines
                    # were as many objects for the collector to walk, holding the window
                    invoices = list_invoices(
                        sessions, user, status=status, client=client, with_lines=False
                    )
                    days_overdue = {
                        i.id: (today - i.due_date).days
                        for i in invoices
                        if i.status == "issued" and i.open > 0 and i.due_date
                        and i.due_date < today
                    }  # fmt: skip
            except UserError as refused:
                return InvoiceRead([], {}, None, user_message(refused), [])
            cells = [invoice_cells(i, days_overdue.get(i.id), draft, credits) for i in invoices]
            clients = [(str(r["name"]), str(r["id"])) for r in list_clients(sessions)]
            detail = None
            if len(selected) == 1 and any(i.id == selected[0] for i in invoices):
                try:
                    detail = show_invoice(sessions, user, selected[0])
                except UserError:  # gone since the list was read: nothing to show
                    detail = None
            changed = (
                changed_rows(shown, list(zip(invoices, cells, strict=True)), _invoice_id)
                if shown
                else None
            )
            return InvoiceRead(invoices, days_overdue, owed, None, cells, clients, detail, changed)

        return read

    def _show_read(self, read: InvoiceRead, fit: bool = True) -> None:
        if read.clients:  # a client added or renamed since is offered
            self._fill_clients(read.clients)
        detail_before = self._detail
        self._detail = read.detail
        self.invoices, self.days_overdue = read.invoices, read.days_overdue
        if read.refused is not None:
            self.summary.setText(read.refused)
        elif read.owed is not None:
            self.summary.setText(
                self.tr("%n invoice(s) overdue: {0} open.", "", len(read.invoices)).format(
                    ", ".join(money(v, c) for c, v in sorted(read.owed.items())) or "–"
                )
            )
        if read.changed is not None:  # the same invoices: the changed rows repaint
            self.list_model.show_cells(read.cells, read.changed)
            if read.changed or read.detail != detail_before:  # the selection stays
                self._selection_changed()
            return
        self._show_invoices(read.cells)
        if fit:
            self.list.resizeColumnsToContents()

    def _show_invoices(self, cells: list[tuple[str, ...]]) -> None:
        """Show the invoices' rows worded off the window's thread, the same ones selected."""
        selected = set(self.selected_ids())
        self.list_model.show_cells(cells)
        self.select_invoices(selected)
        self._selection_changed()

    def select_invoices(self, ids: set[uuid.UUID]) -> None:
        """Select the listed invoices of these ids (none: nothing selected)."""
        chosen = QItemSelection()
        for row, invoice in enumerate(self.invoices):
            if invoice.id in ids:
                chosen.select(self.list_model.index(row, 0), self.list_model.index(row, 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.list.selectionModel().select(chosen, flags)

    def selected_ids(self) -> list[uuid.UUID]:
        """The invoices selected in the list, top to bottom."""
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.invoices[r].id for r in rows if r < len(self.invoices)]

    def _selected(self) -> list[InvoiceSummary]:
        chosen = set(self.selected_ids())
        return [i for i in self.invoices if i.id in chosen]

    def _with_lines(self) -> InvoiceSummary | None:
        """The one invoice selected, with its lines: read with the list, or now when the
        user selects another (one invoice's lines take a few milliseconds)."""
        from console.services.billing.drafts import show_invoice

        chosen = self._selected()
        if len(chosen) != 1:
            return None
        if self._detail is None or self._detail.id != chosen[0].id:
            try:
                self._detail = show_invoice(self.desk.session, self.desk.user_id, chosen[0].id)
            except UserError as refused:  # gone meanwhile (voided on another desk)
                self.summary.setText(user_message(refused))
                self._detail = None
        return self._detail

    def _selection_changed(self) -> None:
        chosen = self._selected()
        drafts = [i for i in chosen if i.number is None]
        self.issue_button.setEnabled(bool(drafts) and may(Task.ISSUE_INVOICES, self.scope))
        self.void_button.setEnabled(
            len(chosen) == 1 and bool(drafts) and may(Task.RUN_BILLING, self.scope)
        )
        self.print_button.setEnabled(len(chosen) == 1 and chosen[0].number is not None)
        one = self._with_lines()
        billed = one is not None and one.number is not None and not one.is_credit_note
        self.credit_button.setEnabled(
            billed
            and one is not None
            and one.status in ("issued", "paid")
            and not all(line.credited for line in one.lines)
            and may(Task.CREDIT_INVOICES, self.scope)
        )
        self.pay_button.setEnabled(
            billed
            and one is not None
            and one.status == "issued"
            and may(Task.RECORD_PAYMENTS, self.scope)
        )
        self.bank_button.setEnabled(may(Task.RECORD_PAYMENTS, self.scope))
        for button in (
            self.preview_button, self.run_button, self.emergency_button, self.sell_button
        ):  # fmt: skip
            button.setEnabled(may(Task.RUN_BILLING, self.scope))
        self._show_lines(one)
        self._line_chosen()

    def _editable(self) -> InvoiceSummary | None:
        """The one draft selected, with its lines, when the user may edit it."""
        one = self._with_lines()
        if one is None or one.number is not None or one.is_credit_note:
            return None
        return one if may(Task.RUN_BILLING, self.scope) else None

    def _chosen_line(self) -> int | None:
        """The line selected in the draft's lines (1 = the first)."""
        rows = sorted({index.row() for index in self.lines.selectedIndexes()})
        return rows[0] + 1 if len(rows) == 1 else None

    def _line_chosen(self) -> None:
        draft = self._editable()
        line = self._chosen_line()
        self.add_line_button.setEnabled(draft is not None)
        self.reword_button.setEnabled(draft is not None and line is not None)
        self.remove_line_button.setEnabled(
            draft is not None and line is not None and len(draft.lines) > 1
        )

    def _edited(self, change: Callable[[], InvoiceSummary]) -> None:
        """Apply one edit of a draft and show it again, selected."""
        try:
            draft = change()
        except UserError as refused:
            QMessageBox.warning(self, self.tr("Billing"), user_message(refused))
            return
        self.reload()
        self.select_invoices({draft.id})
        self.summary.setText(
            self.tr("Draft for {0} changed: {1}.").format(
                draft.client, money(draft.total, draft.currency)
            )
        )

    def reword_line(self, text: str | None = None) -> None:
        """Give the selected line of the selected draft the text the client reads."""
        from console.services.billing.draft_edits import reword_line

        draft, line = self._editable(), self._chosen_line()
        if draft is None or line is None:
            return
        if text is None:
            text, given = QInputDialog.getText(
                self, self.tr("Reword line"), self.tr("Text on the invoice:"),
                text=draft.lines[line - 1].description,
            )  # fmt: skip
            if not given:
                return
        self._edited(
            lambda: reword_line(self.desk.session, self.desk.user_id, draft.id, line, text)
        )

    def add_own_line(self, text: str | None = None, amount: str | None = None) -> None:
        """Add a charge or a discount of the desk's own to the selected draft."""
        from console.services.billing.draft_edits import add_own_line

        draft = self._editable()
        if draft is None:
            return
        if text is None:
            text, given = QInputDialog.getText(self, self.tr("Add line"), self.tr("Text:"))
            if not given:
                return
        if amount is None:
            amount, given = QInputDialog.getText(
                self, self.tr("Add line"), self.tr("Amount (below zero for a discount):")
            )
            if not given:
                return
        self._edited(
            lambda: add_own_line(self.desk.session, self.desk.user_id, draft.id, text, amount)
        )

    def remove_line(self) -> None:
        """Take the selected line out of the draft; its work waits for the next run."""
        from console.services.billing.draft_edits import remove_line

        draft, line = self._editable(), self._chosen_line()
        if draft is None or line is None:
            return
        self._edited(lambda: remove_line(self.desk.session, self.desk.user_id, draft.id, line))

    def _show_lines(self, invoice: InvoiceSummary | None) -> None:
        lines = invoice.lines if invoice else ()
        with refilling(self.lines, len(lines)):
            for row, line in enumerate(lines):
                cells = (
                    _cell(line.day.isoformat() if line.day else ""),
                    _cell(
                        line.description + (" — " + self.tr("credited") if line.credited else "")
                    ),
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
        text = self.tr("Subtotal {0} · tax {1} · total {2}").format(
            money(invoice.subtotal, invoice.currency),
            money(invoice.tax, invoice.currency),
            money(invoice.total, invoice.currency),
        )
        if invoice.is_credit_note:
            text = self.tr("Credits {0}: {1}").format(invoice.credits, invoice.reason) + "\n" + text
        elif invoice.number:
            if invoice.credited:
                text += self.tr(" · credited {0}").format(money(invoice.credited, invoice.currency))
            text += self.tr(" · paid {0} · open {1}").format(
                money(invoice.paid, invoice.currency), money(invoice.open, invoice.currency)
            )
        self.totals.setText(text)

    # ------------------------------------------------------------------ acting

    def _busy(self, busy: bool) -> None:
        for button in (
            self.preview_button, self.run_button, self.issue_button, self.void_button,
            self.credit_button, self.pay_button, self.bank_button,
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
        month = reader_locale().toString(QDate(report.year, report.month, 1), "MMMM yyyy")
        message = text.format(month, len(report.contracts), len(drafts), totals or "–")
        if report.awaiting_approval:
            message += " " + self.tr("{0} time entries wait for an approval.").format(
                report.awaiting_approval
            )
        for n in report.credit_notices:
            left = (
                money(n.balance, n.currency)
                if n.currency
                else self.tr("{0} h").format(f"{n.balance.normalize():f}")
            )
            text = (
                self.tr("Prepaid credit of {0} ({1}) is used up: {2} left.")
                if n.exhausted
                else self.tr("Prepaid credit of {0} ({1}) is running low: {2} left.")
            )
            message += " " + text.format(n.client, n.contract, left)
            if n.account_manager:
                message += " " + self.tr("Tell {0}.").format(n.account_manager)
        if report.dry_run:
            self.invoices, self.days_overdue = drafts, {}
            draft, credits = self.tr("Draft"), self.tr("for {0}")
            self._show_invoices([invoice_cells(i, None, draft, credits) for i in drafts])
        else:
            self.status.setCurrentIndex(0)
            self.reload()
        self._busy(False)
        self.summary.setText(message)

    def bill_emergency(self, ticket: str | None = None) -> None:
        """Draft an Express ticket's invoices at its close (at most three in all)."""
        from console.services.billing.run import bill_emergency_ticket

        if ticket is None:
            ticket, given = QInputDialog.getText(
                self, self.tr("Bill an emergency"), self.tr("Ticket reference:")
            )
            if not given or not ticket.strip():
                return
        try:
            billed = bill_emergency_ticket(self.desk.session, self.desk.user_id, ticket)
        except UserError as refused:
            QMessageBox.warning(self, self.tr("Billing"), user_message(refused))
            return
        self.status.setCurrentIndex(0)
        self.reload()
        message = self.tr("{0}: {1} drafts.").format(billed.ticket, len(billed.drafts))
        if billed.awaiting_approval:
            message += " " + self.tr("{0} time entries wait for an approval.").format(
                billed.awaiting_approval
            )
        self.summary.setText(message)

    def sell_credit(self, card: str | None = None, amount: str | None = None) -> None:
        """Draft the invoice for a block of prepaid credit (money, or hours on an hours card)."""
        from console.services.billing.credit_sales import prepaid_cards, sell_credit

        sessions, user = self.desk.session, self.desk.user_id
        if card is None:
            try:
                cards = prepaid_cards(sessions, user)
            except UserError as refused:
                QMessageBox.warning(self, self.tr("Billing"), user_message(refused))
                return
            if not cards:
                QMessageBox.information(
                    self, self.tr("Sell prepaid credit"),
                    self.tr("No client has a prepaid credit contract yet: add one first."),
                )  # fmt: skip
                return
            hours = self.tr("hours")
            names = [
                f"{c.client} · {c.contract} ({hours if c.unit == 'hours' else c.currency})"
                for c in cards
            ]
            chosen, given = QInputDialog.getItem(
                self, self.tr("Sell prepaid credit"), self.tr("Contract:"), names, 0, False
            )
            if not given:
                return
            card = str(cards[names.index(chosen)].id)
        if amount is None:
            amount, given = QInputDialog.getText(
                self, self.tr("Sell prepaid credit"),
                self.tr("Amount (money, or hours for a card that holds hours):"),
            )  # fmt: skip
            if not given or not amount.strip():
                return
        try:
            draft = sell_credit(sessions, user, card, amount, self.desk.now().date())
        except UserError as refused:
            QMessageBox.warning(self, self.tr("Billing"), user_message(refused))
            return
        self.status.setCurrentIndex(0)
        self.reload()
        self.summary.setText(
            self.tr("Draft for {0}: {1}. The credit arrives when it is issued.").format(
                draft.client, money(draft.total, draft.currency)
            )
        )

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

    # ------------------------------------------------------------------ corrections, payments

    def credit_selected(self) -> None:
        """Open the credit note form for the selected issued invoice."""
        chosen = self._selected()
        if len(chosen) != 1 or not self.credit_button.isEnabled():
            return
        invoice = self._with_lines()
        if invoice is None:
            return
        self.credit_dialog = CreditNoteDialog(self, invoice)
        self.credit_dialog.open()

    def _credited(self, note: InvoiceSummary, issue_now: bool) -> None:
        """A credit note was drafted: issue it now if asked, then show it."""
        if not issue_now:
            self.status.setCurrentIndex(0)  # drafts: it waits there to be issued
            self.reload()
            self.summary.setText(
                self.tr("Credit note drafted for {0}; issue it when it is right.").format(
                    note.credits
                )
            )
            return
        from console.reports.archive import render_as_issued
        from console.services.billing.drafts import issue_invoices

        sessions, user, today = self.desk.session, self.desk.user_id, self.desk.now().date()
        self._busy(True)
        run_in_background(
            lambda: issue_invoices(sessions, user, [note.id], today, render_as_issued),
            self._issued,
            self._failed,
        )

    def pay_selected(self) -> None:
        """Open the payment form for the selected issued invoice."""
        chosen = self._selected()
        if len(chosen) != 1 or not self.pay_button.isEnabled():
            return
        self.payment_dialog = PaymentDialog(self, chosen[0], self.desk.now().date())
        self.payment_dialog.open()

    def book_bank_statement(self, path: str | None = None) -> None:
        """Book the payments of a bank statement file (asked for when not given), all or
        none, off the window's thread."""
        from console.services.billing.bank_statement import (
            book_statement,
            read_statement_file,
        )

        if not may(Task.RECORD_PAYMENTS, self.scope):
            return
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Bank statement"), "", self.tr("CSV files (*.csv);;All files (*)")
            )
        if not path:
            return
        sessions, user = self.desk.session, self.desk.user_id

        def book() -> StatementBooked:
            return book_statement(sessions, user, read_statement_file(path))

        self._busy(True)
        run_in_background(book, self._booked, self._failed)

    def _booked(self, booked: StatementBooked) -> None:
        self._busy(False)
        self.reload()
        self.summary.setText(
            self.tr("Bank statement booked: {0} payments; {1} invoices owe nothing more.").format(
                booked.payments, booked.paid_invoices
            )
        )

    def _paid(self, invoice: InvoiceSummary) -> None:
        self.reload()
        if invoice.status == "paid":
            text = self.tr("Payment recorded: {0} is paid.").format(invoice.number)
        else:
            text = self.tr("Payment recorded for {0}: {1} still open.").format(
                invoice.number, money(invoice.open, invoice.currency)
            )
        self.summary.setText(text)


class CreditNoteDialog(QDialog):
    """Which lines of an issued invoice to take back, and why."""

    def __init__(self, view: BillingView, invoice: InvoiceSummary) -> None:
        super().__init__(view)
        self.view = view
        self.invoice = invoice
        self.setObjectName("creditNoteDialog")
        self.setWindowTitle(self.tr("Credit note for {0}").format(invoice.number))
        intro = QLabel(
            self.tr(
                "Tick the lines to take back. The invoice itself never changes; the credit "
                "note gets its own number and never changes once issued either."
            )
        )
        intro.setWordWrap(True)
        self.lines = _table(
            [self.tr("Take back"), self.tr("Day"), self.tr("Description"), self.tr("Amount")], 2
        )
        self.lines.setObjectName("creditLines")
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        with refilling(self.lines, len(invoice.lines)):
            for row, line in enumerate(invoice.lines):
                tick = QTableWidgetItem(str(row + 1))
                if line.credited:
                    tick.setFlags(Qt.ItemFlag.NoItemFlags)
                    tick.setText(self.tr("{0} (credited)").format(row + 1))
                else:
                    tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                    tick.setCheckState(Qt.CheckState.Checked)
                self.lines.setItem(row, 0, tick)
                self.lines.setItem(row, 1, _cell(line.day.isoformat() if line.day else ""))
                self.lines.setItem(row, 2, _cell(line.description))
                self.lines.setItem(row, 3, _cell(money(line.amount, invoice.currency), right=True))
        self.lines.itemChanged.connect(lambda _item: self._changed())
        self.reason = QLineEdit()
        self.reason.setObjectName("creditReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("What was wrong, as the client will read it"))
        self.rebill = QCheckBox(self.tr("Bill this work again in the next run"))
        self.rebill.setObjectName("creditRebill")
        self.rebill.setToolTip(
            self.tr("Only when the whole invoice is taken back: its time entries wait for the "
                    "next billing run, to be billed correctly.")
        )  # fmt: skip
        self.issue_now = QCheckBox(self.tr("Issue the credit note now"))
        self.issue_now.setObjectName("creditIssueNow")
        self.issue_now.setChecked(True)
        self.total = QLabel()
        self.total.setObjectName("creditTotal")
        self.error = QLabel()
        self.error.setObjectName("creditError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr(CREDIT_LABELS["reason"]) + ":", self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make credit note"))
        ok.setObjectName("creditOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.total)
        layout.addLayout(form)
        layout.addWidget(self.rebill)
        layout.addWidget(self.issue_now)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self._changed()

    def chosen(self) -> list[int]:
        """The numbers (from 1) of the ticked lines."""
        return [
            row + 1
            for row in range(self.lines.rowCount())
            if (item := self.lines.item(row, 0)) is not None
            and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState() == Qt.CheckState.Checked
        ]

    def _changed(self) -> None:
        chosen = set(self.chosen())
        whole = len(chosen) == len(self.invoice.lines) and not any(
            ln.credited for ln in self.invoice.lines
        )
        self.rebill.setEnabled(whole)
        if not whole:
            self.rebill.setChecked(False)
        base = sum(
            (ln.amount for n, ln in enumerate(self.invoice.lines, 1) if n in chosen), Decimal(0)
        )
        self.total.setText(
            self.tr("Takes back {0} of {1} lines: {2} before tax.").format(
                len(chosen), len(self.invoice.lines), money(base, self.invoice.currency)
            )
        )

    def _label(self, field: str) -> str:
        return self.tr(CREDIT_LABELS[field]) if field in CREDIT_LABELS else field

    def submit(self) -> None:
        """Draft the credit note; a refusal is shown here and nothing is written."""
        from console.services.billing.credit_notes import draft_credit_note

        desk = self.view.desk
        try:
            note = draft_credit_note(
                desk.session, desk.user_id, self.invoice.id, reason=self.reason.text(),
                lines=self.chosen(), rebill=self.rebill.isChecked(),
            )  # fmt: skip
        except ValidationError as refused:
            self.error.setText(user_message(refused, self._label))
            return
        except UserError as refused:
            self.error.setText(user_message(refused))
            return
        self.accept()
        self.view._credited(note, self.issue_now.isChecked())


class PaymentDialog(QDialog):
    """Money received for an issued invoice: how much, when, and the bank's reference."""

    def __init__(self, view: BillingView, invoice: InvoiceSummary, today: date) -> None:
        super().__init__(view)
        self.view = view
        self.invoice = invoice
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment for {0}").format(invoice.number))
        owed = QLabel(
            self.tr("{0} · total {1} · open {2}").format(
                invoice.client, money(invoice.total, invoice.currency),
                money(invoice.open, invoice.currency),
            )
        )  # fmt: skip
        owed.setWordWrap(True)
        self.amount = QLineEdit(f"{invoice.open:.2f}")
        self.amount.setObjectName("paymentAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.paid_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.paid_on.setObjectName("paymentDate")
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        self.method.setEditable(True)
        for method in PAYMENT_METHODS:
            self.method.addItem(QCoreApplication.translate("BillingView", method), method)
        self.reference = QLineEdit()
        self.reference.setObjectName("paymentReference")
        self.reference.setMaxLength(200)
        self.reference.setPlaceholderText(self.tr("As on the bank statement"))
        self.error = QLabel()
        self.error.setObjectName("paymentError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr(PAYMENT_LABELS["amount"]) + f" ({invoice.currency}):", self.amount)
        form.addRow(self.tr(PAYMENT_LABELS["date"]) + ":", self.paid_on)
        form.addRow(self.tr(PAYMENT_LABELS["method"]) + ":", self.method)
        form.addRow(self.tr(PAYMENT_LABELS["reference"]) + ":", self.reference)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record payment"))
        ok.setObjectName("paymentOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(owed)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 240)

    def _label(self, field: str) -> str:
        return self.tr(PAYMENT_LABELS[field]) if field in PAYMENT_LABELS else field

    def submit(self) -> None:
        """Record the payment; a refusal is shown here and nothing is written."""
        from console.services.billing.payments import record_payment

        desk = self.view.desk
        day = self.paid_on.date()
        # the method as stored: the chosen item's own words, or what the user typed
        index = self.method.findText(self.method.currentText())
        method = self.method.itemData(index) if index >= 0 else self.method.currentText()
        try:
            paid = record_payment(
                desk.session, desk.user_id, self.invoice.id, self.amount.text().strip(),
                date(day.year(), day.month(), day.day()), method=str(method or ""),
                reference=self.reference.text(),
            )  # fmt: skip
        except ValidationError as refused:
            self.error.setText(user_message(refused, self._label))
            return
        except UserError as refused:
            self.error.setText(user_message(refused))
            return
        self.accept()
        self.view._paid(paid)


def _invoice_id(row: tuple[InvoiceSummary, tuple[str, ...]]) -> object:
    """A listed row's invoice."""
    return row[0].id
