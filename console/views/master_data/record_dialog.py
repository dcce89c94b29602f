"""One dialog for every kind of master data: its inputs are made from the kind's fields.

A new record sends its required fields and every field given; an edited one sends only
what changed. The service decides: a refusal is shown under the field it names, with the
field's label and the reason, the dialog stays open and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from console.errors import ValidationError
from console.services.master_data.fields import Field
from console.views.dialog_support import show_problems
from console.views.errors import user_message
from console.views.forms.ui_record_dialog import Ui_RecordDialog
from console.views.i18n import say
from console.views.master_data.editors import FieldEditor, LineEditor, editor_for
from console.views.master_data.labels import hint, label
from console.views.master_data.sla_editor import SlaEditor

Save = Callable[[dict[str, object]], object]
"""Calls the service with the values to send; returns what it returns (a new id)."""

ERROR_STYLE = "color: #c62828;"


class RecordDialog(QDialog):
    """Add or edit one record of a kind (client, site, contact, contract, engineer)."""

    def __init__(
        self,
        kind: str,
        fields: Mapping[str, Field],
        save: Save,
        *,
        today: date,
        initial: Mapping[str, object] | None = None,
        choices: Mapping[str, list[tuple[str, Any]]] | None = None,
        locked: Mapping[str, str] | None = None,
        sla: bool = False,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.save_values = save
        self.adding = initial is None
        self.result_value: object = None
        self.ui = Ui_RecordDialog()
        self.ui.setupUi(self)
        if title:
            self.setWindowTitle(title)
        self.editors: dict[str, FieldEditor | SlaEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.required = {name for name, f in fields.items() if f.required}
        for name, spec in fields.items():
            tip = hint(kind, name)
            editor = editor_for(kind, spec, today=today, adding=self.adding,
                                choices=choices or {}, placeholder=tip)  # fmt: skip
            self._add_row(name, editor, editor.widget, tip, spec.required)
        if sla:
            self.sla = SlaEditor()
            self._add_row("sla", self.sla, self.sla, hint(kind, "sla"), False)
        self._blank = self.values()
        if initial is not None:
            for name, shown in self.editors.items():
                if name in initial:
                    shown.set_value(initial[name])
        for name, why in (locked or {}).items():
            if name in self.editors:
                widget = self._input(name)
                widget.setEnabled(False)
                widget.setToolTip(why)
        self._start = self.values()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.resize(self.sizeHint().expandedTo(self.size()))

    def _add_row(
        self, name: str, editor: FieldEditor | SlaEditor, widget: QWidget, tip: str, bold: bool
    ) -> None:
        """A labelled row: the input, and under it the line its refusal is shown on."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"{name}Error")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label(self.kind, name) + ":")
        caption.setObjectName(f"{name}Label")
        if bold:
            font = QFont(caption.font())
            font.setBold(True)
            caption.setFont(font)
        widget.setObjectName(name)
        if tip:
            widget.setToolTip(tip)
            caption.setToolTip(tip)
        self.ui.fields.addRow(caption, box)
        caption.setBuddy(editor.line if isinstance(editor, LineEditor) else widget)
        self.editors[name] = editor
        self.errors[name] = error

    def _input(self, name: str) -> QWidget:
        return self.editors[name].widget

    def values(self) -> dict[str, object]:
        """What every input holds."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def changes(self) -> dict[str, object]:
        """What to send: a new record's required and given fields, an edit's changed ones."""
        now = self.values()
        if self.adding:
            return {n: v for n, v in now.items() if n in self.required or v != self._blank[n]}
        return {n: v for n, v in now.items() if v != self._start[n]}

    def set_values(self, **values: object) -> None:
        """Fill inputs as a user would (names as the fields are called)."""
        for name, value in values.items():
            self.editors[name].set_value(value)

    def save(self) -> None:
        """Send the values to the service; keep the dialog open with the reason if refused."""
        self._clear_errors()
        values = self.changes()
        if not self.adding and not values:
            self.accept()  # nothing changed, nothing to write
            return
        try:
            self.result_value = self.save_values(values)
        except ValidationError as exc:
            self.show_refusal(exc)
            return
        except Exception as exc:  # said in words; the service wrote nothing
            show_problems(self.ui.problems, [("error", user_message(exc))])
            return
        self.accept()

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()
        self.ui.problems.clear()

    def refusal_text(self, exc: ValidationError) -> str:
        """The refusal as one line: the field's label and the reason."""
        return f"{label(self.kind, exc.field)}: {say(exc.text)}"

    def show_refusal(self, exc: ValidationError) -> None:
        """Show the reason under the refused field (and below the form), and go there."""
        text = self.refusal_text(exc)
        show_problems(self.ui.problems, [("error", text)])
        error = self.errors.get(exc.field)
        if error is None:
            return
        error.setText(say(exc.text))
        error.show()
        widget = self._input(exc.field)
        self.ui.scroll.ensureWidgetVisible(widget)
        self.editors[exc.field].focus()

    def ok_button(self) -> Any:
        """The OK button (for tests and screenshots)."""
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
