"""Names for assistive technology where a control's own words already say what it is.

A screen reader announces a control by its accessible name. Buttons and check boxes have
their text; a field shows a placeholder, a tab page its tab's title, an item view sits on
such a page. `name_controls` gives each control without a name the words the user sees
beside or in it, so every view is covered as it is built; a control whose words say too
little is named where it is made.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from console.views.dialog_support import plain_text


def _page_title_of(widget: QWidget) -> str:
    """The title of the nearest tab page holding ``widget`` (itself included), without its
    mnemonic."""
    at: QWidget | None = widget
    while at is not None:
        holder = at.parentWidget()
        tabs = holder.parentWidget() if holder is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(at) >= 0:
            return plain_text(tabs.tabText(tabs.indexOf(at)))
        at = holder
    return ""


def name_controls(root: QWidget) -> None:
    """Give every field, text and item view under ``root`` that has no accessible name the
    words shown for it: its placeholder, else the title of the tab page it is on."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.accessibleName() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QHeaderView):
            continue  # part of its table, which is named
        words = ""
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            words = widget.placeholderText()
        if not words and isinstance(widget, QAbstractItemView | QAbstractScrollArea):
            words = _page_title_of(widget)
        if words:
            widget.setAccessibleName(words)
