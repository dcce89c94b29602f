"""One input per field, chosen by how the field is read: text, a choice, yes/no, a day, a
reference to another record, a weekly schedule, or a photo.

Each editor gives its value as the master-data services read it (text as typed, a day,
a yes/no, an enum's value, a referenced record's name) and shows a stored value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from console.enums import ContactRole, ContractKind, CreditUnit, EInvoiceFormat, SkillLevel
from console.rules.schedule import BASIS_10X5, COMFORT_24X7
from console.services.master_data import fields as registry
from console.services.master_data.fields import Field
from console.views.dialog_support import chosen, fill, fill_enum, set_chosen

ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("client", "e_invoice_format"): EInvoiceFormat,
    ("contract", "kind"): ContractKind,
    ("contract", "credit_unit"): CreditUnit,
    ("contact", "role"): ContactRole,
    ("engineer", "skill_level"): SkillLevel,
}
"""Fields read as one of an enum's values: a list of its words."""

PRESET = {
    ("engineer", "skill_level"): SkillLevel.SENIOR.value,
    ("client", "e_invoice_format"): EInvoiceFormat.PDF.value,
}
"""Choices shown for a new record where the service fills in the same default."""

NO_DAY = QDate(1900, 1, 1)
"""The day an empty day field holds; it shows as "none"."""


def shown_text(value: object) -> str:
    """A stored value as a line edit holds it: lists comma separated, decimals exact."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


class FieldEditor:
    """An input and its value as the services read it."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def value(self) -> object:
        """What the input holds."""
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        """Show a stored value."""
        raise NotImplementedError

    def focus(self) -> None:
        """Put the cursor in the input."""
        self.widget.setFocus()


class LineEditor(FieldEditor):
    """Text, numbers, lists and name=handle pairs, as typed."""

    def __init__(self, placeholder: str = "") -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        super().__init__(self.line)

    def value(self) -> object:
        """The text, trimmed."""
        return self.line.text().strip()

    def set_value(self, value: object) -> None:
        """Show a value as text."""
        self.line.setText(shown_text(value))
        self.line.setCursorPosition(0)


class ChoiceEditor(FieldEditor):
    """One of an enum's values, in words; ``empty`` adds a "none" entry."""

    def __init__(self, enum: type[StrEnum], empty: bool) -> None:
        self.combo = QComboBox()
        fill_enum(self.combo, enum, "—" if empty else None)
        super().__init__(self.combo)

    def value(self) -> object:
        """The enum value chosen, or None."""
        return chosen(self.combo)

    def set_value(self, value: object) -> None:
        """Select a stored value."""
        set_chosen(self.combo, None if value is None else str(getattr(value, "value", value)))


class BoolEditor(FieldEditor):
    """Yes or no."""

    def __init__(self) -> None:
        self.check = QCheckBox()
        super().__init__(self.check)

    def value(self) -> object:
        """Whether it is ticked."""
        return self.check.isChecked()

    def set_value(self, value: object) -> None:
        """Tick it for a true value."""
        self.check.setChecked(bool(value))


class _OpenOnToday(QObject):
    """An empty day field opens its calendar on today, not on the placeholder's year."""

    def __init__(self, edit: QDateEdit, today: date) -> None:
        super().__init__(edit)
        self.edit, self.today = edit, today

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Before the click opens the calendar, an empty field takes today."""
        if event.type() == QEvent.Type.MouseButtonPress and self.edit.date() == NO_DAY:
            self.edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        return False


class DayEditor(FieldEditor):
    """A day from a calendar; an optional one may be "none" (the Clear button)."""

    def __init__(self, today: date, optional: bool) -> None:
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.optional = optional
        self.today = QDate(today.year, today.month, today.day)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        if optional:
            self.edit.setMinimumDate(NO_DAY)
            self.edit.setSpecialValueText(QCoreApplication.translate("RecordDialog", "none"))
            self.edit.setDate(NO_DAY)
            self.edit.installEventFilter(_OpenOnToday(self.edit, today))
            clear = QToolButton()
            clear.setText(QCoreApplication.translate("RecordDialog", "Clear"))
            clear.setToolTip(QCoreApplication.translate("RecordDialog", "No day"))
            clear.clicked.connect(lambda _=False: self.edit.setDate(NO_DAY))
            self.clear = clear
            row.addWidget(clear)
        else:
            self.edit.setDate(self.today)
        row.addStretch(1)
        super().__init__(box)

    def value(self) -> object:
        """The day, or None when it is empty."""
        if self.optional and self.edit.date() == NO_DAY:
            return None
        picked: date = self.edit.date().toPython()  # type: ignore[assignment]
        return picked

    def set_value(self, value: object) -> None:
        """Show a day (text YYYY-MM-DD or a date); nothing empties an optional one."""
        if isinstance(value, str) and value:
            value = date.fromisoformat(value)
        if isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
        else:
            self.edit.setDate(NO_DAY if self.optional else self.today)

    def focus(self) -> None:
        """Put the cursor in the day."""
        self.edit.setFocus()


class RefEditor(FieldEditor):
    """Another record, from a list: (words shown, value the service reads)."""

    def __init__(self, choices: Iterable[tuple[str, Any]], empty: bool = True) -> None:
        self.combo = QComboBox()
        fill(self.combo, choices, "—" if empty else None)
        super().__init__(self.combo)

    def value(self) -> object:
        """The chosen record's value, or None."""
        return chosen(self.combo)

    def set_value(self, value: object) -> None:
        """Select a record; one no longer in the list (an inactive one) is added to it."""
        if value in (None, ""):
            self.combo.setCurrentIndex(0)
            return
        for index in range(self.combo.count()):
            if self.combo.itemData(index) == value:
                self.combo.setCurrentIndex(index)
                return
        self.combo.addItem(str(value), value)
        self.combo.setCurrentIndex(self.combo.count() - 1)


class ScheduleEditor(FieldEditor):
    """A week: office hours (10x5), around the clock (24x7), or custom hours as JSON."""

    CUSTOM = "custom"

    def __init__(self, default: str | None) -> None:
        self.combo = QComboBox()
        entries = [
            (QCoreApplication.translate("RecordDialog", "Mon–Fri 08:00–18:00 (10x5)"), "10x5"),
            (QCoreApplication.translate("RecordDialog", "Around the clock (24x7)"), "24x7"),
            (QCoreApplication.translate("RecordDialog", "Custom…"), self.CUSTOM),
        ]
        fill(self.combo, entries, default)
        self.custom = QLineEdit()
        self.custom.setPlaceholderText('{"mon": [["08:00", "17:00"]], "tue": …}')
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.custom, 1)
        self.combo.currentIndexChanged.connect(lambda _i: self._custom_shown())
        self._custom_shown()
        super().__init__(box)

    def _custom_shown(self) -> None:
        self.custom.setEnabled(chosen(self.combo) == self.CUSTOM)

    def value(self) -> object:
        """10x5, 24x7, the custom JSON, or None for the default."""
        picked = chosen(self.combo)
        return self.custom.text().strip() if picked == self.CUSTOM else picked

    def set_value(self, value: object) -> None:
        """Show a stored schedule: a preset when it is one, else its JSON."""
        if value in (None, ""):
            self.combo.setCurrentIndex(0)
            self.custom.clear()
            return
        if isinstance(value, str):
            preset = value.strip().lower()
            if preset in ("10x5", "24x7"):
                set_chosen(self.combo, preset)
                return
            value = json.loads(value)
        week = {d: [list(iv) for iv in ivs] for d, ivs in dict(value).items()}  # type: ignore[call-overload]
        for name, preset_week in (("10x5", BASIS_10X5), ("24x7", COMFORT_24X7)):
            if week == {d: [list(iv) for iv in ivs] for d, ivs in preset_week.items()}:
                set_chosen(self.combo, name)
                self.custom.clear()
                return
        set_chosen(self.combo, self.CUSTOM)
        self.custom.setText(json.dumps(week))
        self.custom.setCursorPosition(0)

    def focus(self) -> None:
        """Put the cursor in the list, or in the custom hours."""
        (self.custom if self.custom.isEnabled() else self.combo).setFocus()


class PhotoEditor(FieldEditor):
    """A picture (D7): shown small, chosen from a file, or taken away. Its value is the
    stored picture, the chosen file's path (the service reads and checks it), or None."""

    PREVIEW = (60, 80)  # a passport picture's proportions

    def __init__(self) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setObjectName("photoPreview")
        self.preview.setFixedSize(*self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.choose = QPushButton(QCoreApplication.translate("RecordDialog", "Choose…"))
        self.choose.setObjectName("photoChoose")
        self.choose.clicked.connect(self._ask_for_file)
        self.remove = QPushButton(QCoreApplication.translate("RecordDialog", "Remove"))
        self.remove.setObjectName("photoRemove")
        self.remove.clicked.connect(lambda: self.set_value(None))
        row.addWidget(self.preview)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        super().__init__(box)
        self._value: bytes | str | None = None
        self.set_value(None)

    def value(self) -> object:
        """The picture, the chosen file's path, or None for none."""
        return self._value

    def set_value(self, value: object) -> None:
        """Show a stored picture (bytes) or a chosen file (its path); None shows none."""
        self._value = value if isinstance(value, bytes | str) and value else None
        picture = QPixmap()
        if isinstance(self._value, bytes):
            picture.loadFromData(self._value)
        elif isinstance(self._value, str):
            picture.load(self._value)
        if picture.isNull():
            words = QCoreApplication.translate("RecordDialog", "No photo")
            self.preview.setPixmap(QPixmap())
            self.preview.setText(words if self._value is None else self._file_name())
        else:
            size = self.preview.size()
            self.preview.setPixmap(
                picture.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        self.remove.setEnabled(self._value is not None)

    def _file_name(self) -> str:
        return PurePath(str(self._value)).name

    def _ask_for_file(self) -> None:
        path, _kind = QFileDialog.getOpenFileName(
            self.widget, QCoreApplication.translate("RecordDialog", "Choose a photo"), "",
            QCoreApplication.translate("RecordDialog", "Pictures (*.jpg *.jpeg *.png)"),
        )  # fmt: skip
        if path:
            self.set_value(path)

    def focus(self) -> None:
        """Put the cursor on the button that chooses the file."""
        self.choose.setFocus()


def editor_for(
    kind: str,
    field: Field,
    *,
    today: date,
    adding: bool,
    choices: Mapping[str, list[tuple[str, Any]]],
    placeholder: str = "",
) -> FieldEditor:
    """The input a field gets, by how its value is read."""
    if field.name in choices:
        return RefEditor(choices[field.name], empty=not field.required)
    if field.read is registry.boolean:
        return BoolEditor()
    if field.read is registry.day:
        return DayEditor(today, optional=not field.required)
    if field.read is registry.picture:
        return PhotoEditor()
    if field.read is registry.schedule:
        # a new record may leave it to the service's default (by contract kind, or 10x5)
        return ScheduleEditor(
            QCoreApplication.translate("RecordDialog", "Default") if adding else None
        )
    enum = ENUMS.get((kind, field.name))
    if enum is not None:
        preset = (kind, field.name) in PRESET
        editor = ChoiceEditor(enum, empty=not preset and (adding or not field.required))
        if preset:
            editor.set_value(PRESET[(kind, field.name)])
        return editor
    return LineEditor(placeholder)
