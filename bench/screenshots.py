"""Grab each view of the window on the demo database into docs/screenshots/ (not a figure).

`python -m bench.screenshots [DEMO.sqlite3]`: without a path (or with one that does not
exist yet) it builds the small demo anchored on DEMO_DAY, so the desk's clock below and
the demo's visits, leave and time fall in the same week.
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


def _queue_window(app: Any, win: Any) -> Any:
    """Show the window on its queue with the third ticket selected and clocks loaded."""
    win.resize(1500, 900)
    win.show()
    win.reload()
    win.queue.load_clocks()
    win.queue.table.selectRow(2)
    app.processEvents()
    return win


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
    from console.views.visit_dialog import VisitDialog

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
    dialog = VisitDialog(desk, ticket.id, win)
    dialog.resize(1100, 760)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "visit-dialog.png"))
    dialog.close()
    for index, name in ((1, "calendar"), (2, "roster"), (3, "time-credit")):
        win.tabs.setCurrentIndex(index)
        app.processEvents()
        win.grab().save(str(OUT / f"{name}.png"))
    chooser = DocumentDialog(desk, "incident", ticket.id, parent=win)
    chooser.show()
    app.processEvents()
    chooser.grab().save(str(OUT / "document-dialog.png"))
    chooser.close()
    invoices = DocumentDialog(desk, "invoice", parent=win)
    viewer = DocumentViewer(
        desk, DocumentRequest("invoice", invoice=invoices.ui.subject.currentData())
    )
    viewer.resize(900, 1000)
    viewer.show()
    viewer.show_pdf(viewer._render())
    for _ in range(40):  # QPdfView renders pages on a thread: let them arrive
        app.processEvents()
        time.sleep(0.025)
    viewer.grab().save(str(OUT / "document-preview.png"))
    viewer.close()
    win.close()
    # the same queue in Dutch: the window's texts and Qt's own come from the catalogues
    install_translations(app, "nl")
    dutch = _queue_window(app, MainWindow(engine, settings, desk))
    dutch.grab().save(str(OUT / "queue-nl.png"))
    dutch.close()
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
