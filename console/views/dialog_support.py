"""Small helpers the dialogs share: filling lists, reading them, showing problems."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QLabel, QWidget

from console.views.i18n import title_word


def fill(combo: QComboBox, choices: Iterable[tuple[str, Any]], empty: str | None = None) -> None:
    """Replace a list's entries; ``empty`` adds a first 'none' entry."""
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for text, value in choices:
        combo.addItem(text, value)
    combo.blockSignals(False)


def fill_enum(combo: QComboBox, enum: type[StrEnum], empty: str | None = None) -> None:
    """A list of an enum's values in words."""
    fill(combo, ((title_word(m), m.value) for m in enum), empty)


def chosen(combo: QComboBox) -> Any:
    """The value behind the current entry."""
    return combo.currentData()


def set_chosen(combo: QComboBox, value: Any) -> None:
    """Select the entry with this value, if any."""
    # findData compares Qt variants, which does not see two equal Python UUIDs as equal
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return


def words(text: str) -> list[str]:
    """A comma separated field as a clean list."""
    return [part.strip() for part in text.split(",") if part.strip()]


def set_instant(edit: QDateTimeEdit, instant: datetime) -> None:
    """Show a UTC instant in the user's own zone."""
    edit.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(instant.timestamp()), QTimeZone.systemTimeZone())
    )


def instant(edit: QDateTimeEdit) -> datetime:
    """The edited local time as a UTC instant."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


def show_problems(label: QLabel, lines: Sequence[tuple[str, str]]) -> None:
    """Problems as coloured lines: (severity, text) with error, warning or note."""
    colours = {"error": "#c62828", "warning": "#b26a00", "note": "#607d8b"}
    label.setText(
        "<br>".join(
            f"<span style='color:{colours.get(sev, '#000')}'>{html.escape(text)}</span>"
            for sev, text in lines
        )
    )


def field_label(ui: object, field: str) -> str:
    """A field as its form labels it ("reserved hours" reads "gereserveerde uren" in Dutch).

    The forms name each input after the field it fills, inside a form layout called
    ``fields``; a field without a labelled input keeps its own name.
    """
    layout = getattr(ui, "fields", None)
    widget = getattr(ui, field.split(".")[0], None)
    if isinstance(layout, QFormLayout) and isinstance(widget, QWidget):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return plain_text(label.text()).rstrip(":").lower()
        if isinstance(widget, QCheckBox):  # its own words, written as a label's are
            return plain_text(widget.text()).lower()
    return field.replace("_", " ")


def plain_text(text: str) -> str:
    """A label's words without its shortcut mark: "&Name" and, in Japanese, "名前(&N)"."""
    return re.sub(r"\(&[^&)]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def show_refusal(ui: Any, exc: BaseException, label: Callable[[str], str] | None = None) -> None:
    """Say in the form's problems line why it was refused, naming fields as the form does."""
    from console.views.errors import user_message

    show_problems(ui.problems, [("error", user_message(exc, label or partial(field_label, ui)))])
