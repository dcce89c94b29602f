"""Grab each view of the window on the demo database into docs/screenshots/ (not a figure).

`python -m bench.screenshots [DEMO.sqlite3]`: without a path (or with one that does not
exist yet) it builds the small demo anchored on DEMO_DAY, so the desk's clock below and
the demo's visits, leave and time fall in the same week. Every screen is 1366x768, the
laptop a field engineer carries; the queue and the visit request are taken in every
language the window speaks, and the queue, the week and the visit request once more on
the dark palette.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
DEMO_DAY = date(2026, 11, 20)
"""The demo's anchor; the desk's clock is that Friday, 09:30 UTC."""
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _demo(path: Path) -> None:
    from console.demo import SIZES, build_demo
    from console.store.engine import create_store_engine, resolve_url
    from console.store.migrate import upgrade

    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    build_demo(engine, SIZES["small"], seed=1, today=DEMO_DAY)
    engine.dispose()


SIZE = (1366, 768)
OTHER_LANGUAGES = ("nl", "es", "ru", "ja")
CALENDAR_LANGUAGE = "nl"  # the week board is taken in one other language, and dark


def _queue_window(app: Any, win: Any) -> Any:
    """Show the window on its queue with the third ticket selected and clocks loaded."""
    win.resize(*SIZE)
    win.show()
    win.reload()
    win.queue.load_clocks()
    win.queue.table.selectRow(2)
    app.processEvents()
    return win


def _visit_dialog(app: Any, desk: Any, ticket_id: Any, parent: Any, name: str) -> None:
    """The visit request for a ticket, as it opens, at the screen's size."""
    from console.views.visit_dialog import VisitDialog

    dialog = VisitDialog(desk, ticket_id, parent)
    dialog.resize(*SIZE)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / name))
    dialog.close()


def _calendar(app: Any, win: Any, name: str) -> None:
    """The window on its calendar's week."""
    win.tabs.setCurrentIndex(win.tab_index("calendar"))
    app.processEvents()
    win.grab().save(str(OUT / name))


def main(database: str) -> None:
    """Save queue, ticket SLA pane, visit dialog, calendar, roster and time views."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from console.reports.request import DocumentRequest
    from console.store.engine import create_store_engine, resolve_url
    from console.views.context import DeskContext
    from console.views.document_dialog import DocumentDialog
    from console.views.document_view import DocumentViewer
    from console.views.i18n import install_translations
    from console.views.main_window import MainWindow
    from console.views.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(resolve_url(database))
    desk = DeskContext(engine, clock=lambda: NOW)
    desk.sign_in(None)
    settings = QSettings(str(OUT / ".settings.ini"), QSettings.Format.IniFormat)
    win = _queue_window(app, MainWindow(engine, settings, desk))
    win.grab().save(str(OUT / "queue.png"))
    win.queue.pane.tabs.setCurrentWidget(win.queue.pane.sla)
    app.processEvents()
    win.grab().save(str(OUT / "ticket-sla.png"))
    ticket = win.queue.pane.detail
    assert ticket is not None
    _visit_dialog(app, desk, ticket.id, win, "visit-dialog.png")
    for name, shot in (("calendar", "calendar"), ("roster", "roster"), ("time", "time-credit"),
                       ("my_day", "my-day"), ("knowledge", "knowledge")):  # fmt: skip
        win.tabs.setCurrentIndex(win.tab_index(name))
        view = win.view_of(name)
        if name == "knowledge" and view.client.count() > 1:
            view.client.setCurrentIndex(1)
            view.table.selectRow(0)
        app.processEvents()
        win.grab().save(str(OUT / f"{shot}.png"))
    calendar = win.view_of("calendar")
    calendar.set_days(1)
    app.processEvents()
    win.tabs.setCurrentIndex(win.tab_index("calendar"))
    app.processEvents()
    win.grab().save(str(OUT / "calendar-day.png"))
    chooser = DocumentDialog(desk, "incident", ticket.id, parent=win)
    chooser.show()
    app.processEvents()
    chooser.grab().save(str(OUT / "document-dialog.png"))
    chooser.close()
    invoices = DocumentDialog(desk, "invoice", parent=win)
    viewer = DocumentViewer(
        desk, DocumentRequest("invoice", invoice=invoices.ui.subject.currentData())
    )
    viewer.resize(900, 760)
    viewer.show()
    viewer.show_pdf(viewer._render())
    for _ in range(40):  # QPdfView renders pages on a thread: let them arrive
        app.processEvents()
        time.sleep(0.025)
    viewer.grab().save(str(OUT / "document-preview.png"))
    viewer.close()
    win.close()
    # the queue on the dark palette
    settings.setValue("theme", "dark")
    dark = _queue_window(app, MainWindow(engine, settings, desk))
    dark.grab().save(str(OUT / "queue-dark.png"))
    _calendar(app, dark, "calendar-dark.png")
    _visit_dialog(app, desk, ticket.id, dark, "visit-dialog-dark.png")
    dark.close()
    settings.setValue("theme", "system")
    apply_theme("system")
    # the queue and the visit request in every other language: the window's texts and
    # Qt's own come from the catalogues, the core's sentences through the "Phrase" context
    for language in OTHER_LANGUAGES:
        install_translations(app, language)
        other = _queue_window(app, MainWindow(engine, settings, desk))
        other.grab().save(str(OUT / f"queue-{language}.png"))
        shown = other.queue.pane.detail
        assert shown is not None
        _visit_dialog(app, desk, shown.id, other, f"visit-dialog-{language}.png")
        if language == CALENDAR_LANGUAGE:
            _calendar(app, other, f"calendar-{language}.png")
        other.close()
    install_translations(app, "en")
    (OUT / ".settings.ini").unlink(missing_ok=True)
    print(f"saved to {OUT}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and Path(sys.argv[1]).exists():
        main(sys.argv[1])
    else:
        with tempfile.TemporaryDirectory(prefix="dispatch-demo-") as folder:
            target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(folder) / "demo.sqlite3"
            _demo(target)
            main(str(target))
