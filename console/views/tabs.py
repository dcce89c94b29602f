"""The main window's tabs: one entry each, in the order of the tab bar and Ctrl+1, Ctrl+2, ….

A tab is a view built with the desk. A lazy tab's module is imported and its view built the
first time it is shown, so start-up pays for the queue only. The window reads `TABS` for the
tab bar, the View menu and tool bar, the shortcuts and the reload on show; a new tab is its
view's module and one entry here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from console.views.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from console.views.context import DeskContext

ViewFactory = Callable[["DeskContext"], "QWidget"]


def view(module: str, name: str) -> ViewFactory:
    """A factory of the view class ``name`` of ``module``, imported only when first called."""

    def build(desk: DeskContext) -> QWidget:
        factory: ViewFactory = getattr(importlib.import_module(module), name)
        return factory(desk)

    build.__qualname__ = f"{module}.{name}"
    return build


@dataclass(frozen=True)
class Tab:
    """One tab of the main window."""

    name: str
    """How the window names it (``window.view_of("calendar")``)."""
    title: str
    """The tab's and its View action's text, translated in the context "MainWindow"."""
    factory: ViewFactory
    """Builds the view with the desk; a view with ``reload()`` is reloaded when shown."""
    shortcut: str | None = None
    lazy: bool = True
    """Built the first time it is shown; otherwise with the window."""


TABS: tuple[Tab, ...] = (
    Tab("queue", QT_TRANSLATE_NOOP("MainWindow", "&Queue"),
        view("console.views.queue_view", "QueueView"), "Ctrl+1", lazy=False),
    Tab("calendar", QT_TRANSLATE_NOOP("MainWindow", "&Calendar"),
        view("console.views.calendar_view", "CalendarView"), "Ctrl+2"),
    Tab("roster", QT_TRANSLATE_NOOP("MainWindow", "&Roster"),
        view("console.views.roster_view", "RosterView"), "Ctrl+3"),
    Tab("time", QT_TRANSLATE_NOOP("MainWindow", "&Time && credit"),
        view("console.views.time_view", "TimeView"), "Ctrl+4"),
    Tab("billing", QT_TRANSLATE_NOOP("MainWindow", "&Billing"),
        view("console.views.billing_view", "BillingView"), "Ctrl+5"),
    Tab("clients", QT_TRANSLATE_NOOP("MainWindow", "C&lients"),
        view("console.views.master_data.clients_view", "ClientsView"), "Ctrl+6"),
    Tab("contracts", QT_TRANSLATE_NOOP("MainWindow", "C&ontracts"),
        view("console.views.master_data.contracts_view", "ContractsView"), "Ctrl+7"),
    Tab("engineers", QT_TRANSLATE_NOOP("MainWindow", "&Engineers"),
        view("console.views.master_data.engineers_view", "EngineersView"), "Ctrl+8"),
    Tab("mail", QT_TRANSLATE_NOOP("MainWindow", "&Mail"),
        view("console.views.mail.mail_view", "MailView"), "Ctrl+9"),
    Tab("my_day", QT_TRANSLATE_NOOP("MainWindow", "M&y day"),
        view("console.views.my_day_view", "MyDayView"), "Ctrl+0"),
    Tab("knowledge", QT_TRANSLATE_NOOP("MainWindow", "&Knowledge base"),
        view("console.views.knowledge_view", "KnowledgeView"), "Ctrl+Shift+K"),
)  # fmt: skip
