"""Every control of the window has a name a screen reader announces, in the window's
language: a button its text, a field its placeholder or given name, a table or text the
title of the tab it is on or a name of its own."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit)  # fmt: skip


def _qt_part(widget: QWidget) -> bool:
    """Parts a Qt control is made of, announced as the control itself (a table's header and
    corner, a spin box's text, a field's clear button, a combo box's popup list)."""
    parent = widget.parentWidget()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QHeaderView)
        or (isinstance(widget, QToolButton) and isinstance(parent, QLineEdit))
        or (isinstance(widget, QAbstractItemView) and type(parent).__name__ == "QFrame")
    )


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _qt_part(widget) or widget.isHidden():
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_of_every_tab_has_an_accessible_name(window: Any) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)  # the lazy tabs build their views
    assert _unnamed(window) == []


def test_a_field_is_named_by_what_it_shows(window: Any) -> None:
    search = window.queue.search
    assert search.accessibleName() == search.placeholderText() != ""
    roster = window.view_of("roster").table
    assert roster.accessibleName() == "Roster"  # the tab's title, without its mnemonic
