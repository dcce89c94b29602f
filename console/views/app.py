"""Starting the Qt application on the qasync event loop."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine


def run_app(engine: Engine) -> int:
    """Show the main window and run until it closes; returns the exit status."""
    import qasync

    from console.views.i18n import install_translations
    from console.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Dispatch Console")
    app.setOrganizationName("Dispatch Console")
    install_translations(app, str(QSettings().value("language", "")) or None)
    window = MainWindow(engine)
    window.show()
    window.sync.start()
    window.reload()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
