"""Choose a document to print: its kind, what it is about, and its day or period.

The kinds, the rows each asks for and what it lists come from `console.reports.kinds`.
"""

from __future__ import annotations

import html
import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from console.reports import kinds
from console.reports.document_kind import ROWS, Choice, DocumentKind, FormValues
from console.reports.request import DocumentRequest
from console.services import dialog_options
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, set_chosen
from console.views.forms.ui_document_dialog import Ui_DocumentDialog
from console.views.i18n import translated


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
        self.listed: dict[str, Choice] = {}
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        self.ui.buttons.button(self.ui.buttons.StandardButton.Ok).setText(self.tr("Preview"))
        today = desk.now().date()
        fill(self.ui.kind, ((translated(kind.label), kind.name) for kind in kinds.KINDS))
        with desk.session() as session:
            engineers = dialog_options.engineers(session)
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

    @property
    def document_kind(self) -> DocumentKind:
        """The registered kind chosen."""
        return kinds.kind_named(self.kind)

    def _kind_changed(self) -> None:
        lister = self.document_kind.form.choices
        entries: list[Choice] = []
        if lister is not None:
            with self.desk.session() as session:
                entries = lister(session, self.desk.now(), self.ticket_id)
        self.listed = {entry.key: entry for entry in entries}
        fill(self.ui.subject, ((entry.label, entry.key) for entry in entries))
        self.ui.subject.setCurrentIndex(0 if entries else -1)
        self.ui.problems.clear()
        self._show_rows()

    def _show_rows(self) -> None:
        edit = self.ui.subject.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)  # the reference first, not the end of a long label
        form = self.document_kind.form
        entry = self.listed.get(typed_key(self.ui.subject))
        for row, value in entry.preset if entry is not None else form.preset:
            set_chosen(getattr(self.ui, row), value)
        wanted = entry.rows if entry is not None and entry.rows is not None else form.rows
        for row in ROWS:
            self.ui.fields.setRowVisible(getattr(self.ui, row), row in wanted)

    def build_request(self) -> DocumentRequest:
        """The request the fields describe (an empty key is left for the renderer to name)."""
        month = self.ui.month.date()
        values = FormValues(
            subject=typed_key(self.ui.subject) or None,
            day=_pydate(self.ui.day.date()),
            engineer=chosen(self.ui.engineer),
            stage=str(chosen(self.ui.stage)),
            start=_pydate(self.ui.start.date()),
            end=_pydate(self.ui.end.date()),
            month=(month.year(), month.month()),
            quarter=chosen(self.ui.quarter),
        )
        return self.document_kind.from_form(values)

    def preview(self) -> None:
        """Accept with a request, or say which field is missing."""
        request = self.build_request()
        if self.document_kind.form.about_a_subject and not typed_key(self.ui.subject):
            label = self.ui.subjectLabel.text().rstrip(":")
            self.ui.problems.setText(
                f"<span style='color:#c62828'>{html.escape(label)}: "
                f"{html.escape(self.tr('choose or type what the document is about'))}</span>"
            )
            return
        self.request = request
        self.accept()
