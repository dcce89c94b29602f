"""A tab whose view is built the first time it is shown, so start-up pays for the queue only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds the place of a view in the tab bar until the view is first needed."""

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """Whether the view exists yet."""
        return self._view is not None

    def view(self) -> QWidget:
        """The view, built now if it was not yet."""
        if self._view is None:
            from console.views.accessible import name_controls

            self._view = self._build()
            self._layout.addWidget(self._view)
            name_controls(self._view)  # what a screen reader announces, as the view is built
        return self._view

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Build on first show."""
        self.view()
        super().showEvent(event)
