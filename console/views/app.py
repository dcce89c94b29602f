"""Starting the Qt application on the qasync event loop."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from console.views.main_window import MainWindow

log = logging.getLogger(__name__)

APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)

SMOKE_TEST = "DISPATCH_SMOKE_TEST"
"""Set in the environment, the window closes itself once its queue shows: the bundle's check."""


SWITCH_INTERVAL = 0.001
"""How long, in seconds, a thread keeps the interpreter while another waits for it.

Views read off the window's thread, and the window wants the interpreter back for every
paint and timer; at Python's default of 5 ms it waited up to that long each time, and a
few such waits in one frame made it stutter while a read ran (the longest pause after a
sync, at a million tickets: roster 19 ms, calendar 11.5 ms; at 1 ms: 12.5 and 6 ms). The
reads take a little longer for it."""


def make_application(argv: Sequence[str]) -> QApplication:
    """The Qt application, named (where QSettings live) and speaking the chosen language."""
    from console.views.i18n import install_translations

    app = cast(QApplication, QApplication.instance() or QApplication(list(argv)))
    sys.setswitchinterval(SWITCH_INTERVAL)
    app.setApplicationName("Dispatch Console")
    app.setOrganizationName("Dispatch Console")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("dispatch-console")  # Wayland finds the icon through the .desktop
    install_translations(app, str(QSettings().value("language", "")) or None)
    return app


def start_application(argv: Sequence[str]) -> QApplication:
    """The application as `run_app` starts it: what the imports made is left out of the
    collector's walks first (`leave_imports_out`), then `make_application`."""
    from console.gc_pause import leave_imports_out

    leave_imports_out()
    return make_application(argv)


def application_icon() -> QIcon:
    """The console's icon at every size it is shipped in (the SVG's PNG renderings)."""
    from importlib.resources import as_file

    from console.resources_path import resource_root

    found = QIcon()
    for size in APP_ICON_SIZES:
        # the PNGs, not the SVG: they show even where Qt's SVG plug-in is missing
        with as_file(resource_root().joinpath("icons", f"dispatch-console-{size}.png")) as path:
            found.addFile(str(path), QSize(size, size))
    return found


def open_window(engine: Engine) -> MainWindow:
    """Show the main window; call it on the running loop, so only the queue's first screen
    is read now and the rest of the queue and its SLA clocks load off the window's thread.
    """
    from console.services.setup_state import needs_company_setup
    from console.views.context import DeskContext
    from console.views.main_window import MainWindow

    asyncio.get_running_loop()  # raises when called off the loop: the load would freeze
    desk = DeskContext(engine)
    desk.sign_in_from_store()
    if needs_company_setup(engine):  # an empty store asks for the company first
        from console.views.setup_dialog import first_start  # its form only when needed

        first_start(desk)
    window = MainWindow(engine, desk=desk)
    window.show()
    window.reload()
    window.sync.start()
    follow_language(window)
    return window


def follow_language(window: MainWindow) -> None:
    """Rebuild the window in the language the settings choose, without a restart."""
    window.languageChanged.connect(partial(reopen_in_language, window))


def reopen_in_language(old: MainWindow, language: str) -> MainWindow:
    """The same desk in a new window speaking ``language`` ("" for the system's).

    Every view words itself once, as it is built, so a new language is a new window: the
    signed-in user, the layout, the tab shown and the sync's connection carry over; the
    old window closes once the new one shows (never the last window, so the app goes on).
    """
    from PySide6.QtWidgets import QApplication

    from console.views.i18n import install_translations
    from console.views.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    install_translations(app, language or None)
    geometry, state = old.saveGeometry(), old.saveState()
    new = MainWindow(old.desk.engine, old.settings, old.desk)
    new.restoreGeometry(geometry)
    new.restoreState(state)
    new.tabs.setCurrentIndex(old.tabs.currentIndex())
    new.show()
    new.reload()
    new.sync.link, old.sync.link = old.sync.link, None
    if old.sync.timer.isActive():
        new.sync.start()
    follow_language(new)
    _WINDOWS[:] = [new]
    old.close()
    old.deleteLater()
    try:  # the old window's heap, left out of collections, is let back in and collected
        asyncio.get_running_loop()
    except RuntimeError:
        pass  # no loop (a script or a test): nothing was left out
    else:
        _SETTLING[:] = [asyncio.ensure_future(_settle_heap_once_loaded(new))]
    log.info("window reopened in %s", language or "the system's language")
    return new


_WINDOWS: list[MainWindow] = []
"""The window on screen (a change of language replaces it)."""
_SETTLING: list[asyncio.Future[None]] = []
"""The wait for the window on screen to settle (`_settle_heap_once_loaded`)."""


async def _queue_settled(window: MainWindow) -> None:
    """Until the whole queue and its SLA clocks show (at most a minute): the smoke test's
    start, and no background load left to land on a window already gone.
    """
    queue = window.queue
    for _ in range(3000):
        if not queue.loading and len(queue._facts.clocks) == len(queue.model.rows):
            return
        await asyncio.sleep(0.02)


async def _settle_heap_once_loaded(window: MainWindow) -> None:
    """Once the queue and its clocks are in, leave the window's heap out of the
    collector's full walks (`settle_heap`)."""
    import gc

    from console.gc_pause import settle_heap

    await _queue_settled(window)
    settle_heap()
    log.info("the window settled: %d objects left out of full collections", gc.get_freeze_count())


def run_app(engine: Engine) -> int:
    """Show the main window and run until it closes; returns the exit status."""
    import PySide6
    import qasync
    from PySide6.QtCore import qVersion

    from console.views.crash import CrashGuard

    app = start_application(sys.argv)
    log.info("Qt %s, PySide6 %s, %s platform", qVersion(), PySide6.__version__, app.platformName())
    guard = CrashGuard(app)  # an error nobody caught is logged and told; the window goes on
    guard.install()
    loop = qasync.QEventLoop(app)
    loop.set_exception_handler(guard.loop_error)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)

    async def main() -> None:
        window = open_window(engine)
        _WINDOWS[:] = [window]
        _SETTLING[:] = [asyncio.ensure_future(_settle_heap_once_loaded(window))]
        if os.environ.get(SMOKE_TEST):  # closed as a user would, once it has settled
            await _queue_settled(window)
            window.close()
        await closed.wait()
        for settling in _SETTLING:
            settling.cancel()
        for shown in _WINDOWS:
            shown.deleteLater()

    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        guard.uninstall()
    return 0
