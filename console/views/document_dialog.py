"""Choose a document to print: its kind, what it is about, and its day or period."""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from console.enums import ContractKind
from console.reports.request import DocumentRequest
from console.services import choices, document_choices
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, set_chosen
from console.views.forms.ui_document_dialog import Ui_DocumentDialog
from console.views.i18n import QT_TRANSLATE_NOOP

KINDS = (
    (QT_TRANSLATE_NOOP("DocumentDialog", "Work order (D1)"), "work-order"),
    (QT_TRANSLATE_NOOP("DocumentDialog", "Day sheet: work orders of a day"), "day-sheet"),
    (QT_TRANSLATE_NOOP("DocumentDialog", "Technical incident report (E6)"), "incident"),
    (QT_TRANSLATE_NOOP("DocumentDialog", "Invoice"), "invoice"),
    (
        QT_TRANSLATE_NOOP("DocumentDialog", "Statement: prepaid credit (C5) or FTE bundle (C7)"),
        "statement",
    ),
    (QT_TRANSLATE_NOOP("DocumentDialog", "Quarterly service review (V1, V2)"), "review"),
)
# Which rows each kind asks for; the statement's period rows follow the contract's kind.
ROWS = {
    "work-order": ("subject",),
    "day-sheet": ("day", "engineer"),
    "incident": ("subject", "stage"),
    "invoice": ("subject",),
    "statement": ("subject", "start", "end", "month"),
    "review": ("subject", "quarter"),
}
ALL_ROWS = ("subject", "day", "engineer", "stage", "start", "end", "month", "quarter")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def quarters(today: date, count: int = 8) -> list[tuple[str, tuple[date, date]]]:
    """The last ``count`` quarters, the current one first."""
    q = (today.month - 1) // 3
    year = today.year
    found = []
    for _ in range(count):
        start = date(year, 3 * q + 1, 1)
        end = date(year + (q == 3), (3 * q + 3) % 12 + 1, 1)
        found.append((f"{year} Q{q + 1}", (start, end)))
        q -= 1
        if q < 0:
            q, year = 3, year - 1
    return found


def typed_key(combo: QComboBox) -> str:
    """The listed entry's key, or what the user typed when it matches no entry."""
    text = combo.currentText().strip()
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == text:
        return str(combo.itemData(index))
    return text


class DocumentDialog(QDialog):
    """Ask for one document; `request` holds it after OK."""

    def __init__(
        self,
        desk: DeskContext,
        kind: str = "day-sheet",
        ticket_id: uuid.UUID | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ticket_id = ticket_id
        self.request: DocumentRequest | None = None
        self.contract_kinds: dict[str, ContractKind] = {}
        self.closed_tickets: set[str] = set()
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        self.ui.buttons.button(self.ui.buttons.StandardButton.Ok).setText(self.tr("Preview"))
        today = desk.now().date()
        fill(self.ui.kind, ((self.tr(text), value) for text, value in KINDS))
        with desk.session() as session:
            engineers = choices.engineers(session)
        fill(self.ui.engineer, ((n, str(i)) for n, i in engineers), self.tr("The whole desk"))
        fill(self.ui.stage, ((self.tr("Final close"), "final"),
                             (self.tr("Partial: service restored"), "partial")))  # fmt: skip
        fill(self.ui.quarter, quarters(today))
        self.ui.day.setDate(_qdate(day or today))
        first = today.replace(day=1)
        self.ui.start.setDate(_qdate(first.replace(month=1)))
        self.ui.end.setDate(_qdate(first))
        self.ui.month.setDate(_qdate(first))
        self.ui.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.subject.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.ui.buttons.accepted.connect(self.preview)
        self.ui.buttons.rejected.connect(self.reject)
        set_chosen(self.ui.kind, kind)
        self._kind_changed()
        self.resize(self.width(), self.minimumSizeHint().height())

    @property
    def kind(self) -> str:
        """The kind of document chosen."""
        return str(chosen(self.ui.kind))

    def _kind_changed(self) -> None:
        now = self.desk.now()
        with self.desk.session() as session:
            if self.kind == "work-order":
                entries = document_choices.visits(session, now, self.ticket_id)
            elif self.kind == "incident":
                listed = document_choices.tickets(session, now, self.ticket_id)
                self.closed_tickets = {key for _, key, closed in listed if closed}
                entries = [(label, key) for label, key, _ in listed]
            elif self.kind == "invoice":
                entries = document_choices.invoices(session)
            elif self.kind == "statement":
                found = document_choices.statement_contracts(session)
                self.contract_kinds = {key: kind for _, key, kind in found}
                entries = [(label, key) for label, key, _ in found]
            elif self.kind == "review":
                entries = [(name, str(cid)) for name, cid in choices.clients(session)]
            else:
                entries = []
        fill(self.ui.subject, entries)
        self.ui.subject.setCurrentIndex(0 if entries else -1)
        self.ui.problems.clear()
        self._show_rows()

    def _show_rows(self) -> None:
        edit = self.ui.subject.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)  # the reference first, not the end of a long label
        if self.kind == "incident":
            # E6: a final report only once closed; before that the partial one
            closed = typed_key(self.ui.subject) in self.closed_tickets
            set_chosen(self.ui.stage, "final" if closed else "partial")
        wanted = set(ROWS[self.kind])
        if self.kind == "statement":
            fte = self.contract_kinds.get(typed_key(self.ui.subject)) is ContractKind.FTE_BUNDLE
            wanted -= {"start", "end"} if fte else {"month"}
        for row in ALL_ROWS:
            self.ui.fields.setRowVisible(getattr(self.ui, row), row in wanted)

    def build_request(self) -> DocumentRequest:
        """The request the fields describe (an empty key is left for the renderer to name)."""
        kind = self.kind
        key = typed_key(self.ui.subject) or None
        if kind == "work-order":
            return DocumentRequest(kind, visits=(key,) if key else ())
        if kind == "day-sheet":
            return DocumentRequest(
                kind, day=_pydate(self.ui.day.date()), engineer=chosen(self.ui.engineer)
            )
        if kind == "incident":
            return DocumentRequest(kind, ticket=key, stage=str(chosen(self.ui.stage)))
        if kind == "invoice":
            return DocumentRequest(kind, invoice=key)
        if kind == "statement":
            month = self.ui.month.date()
            return DocumentRequest(
                kind,
                contract=key,
                start=_pydate(self.ui.start.date()),
                end=_pydate(self.ui.end.date()),
                month=(month.year(), month.month()),
            )
        return DocumentRequest(kind, client=key, quarter=chosen(self.ui.quarter))

    def preview(self) -> None:
        """Accept with a request, or say which field is missing."""
        request = self.build_request()
        if request.kind != "day-sheet" and not typed_key(self.ui.subject):
            label = self.ui.subjectLabel.text().rstrip(":")
            self.ui.problems.setText(
                f"<span style='color:#c62828'>{html.escape(label)}: "
                f"{html.escape(self.tr('choose or type what the document is about'))}</span>"
            )
            return
        self.request = request
        self.accept()
