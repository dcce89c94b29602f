"""Crash safety: an error nobody caught is logged with its traceback and told once, in
words, while the window carries on; Qt's own warnings go to the log as well.

Python hands an exception raised in a slot, a paint or another Qt callback to
`sys.excepthook` and Qt goes on; the guard takes that hook (and the worker threads' and
the event loop's), so the error lands in the log and the user hears of it. The same error
repeating (a paint that fails on every repaint) opens one dialog, not one per repaint,
and its repeats are only counted in the log.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from console.services.logs import log_file
from console.views.errors import known_words

log = logging.getLogger(__name__)
qt_log = logging.getLogger("console.qt")
"""Qt's own messages (warnings about layouts, fonts, the platform plugin)."""

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's message handler: the message into the log, at its level."""
    where = f" ({context.category})" if context.category not in (None, "", "default") else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def crash_words(exc: BaseException) -> str:
    """What the user reads about an error nobody caught."""
    known = known_words(exc)
    if known is not None:
        return known
    return QCoreApplication.translate(
        "errors",
        "Something unexpected went wrong; what you were doing may not have finished. "
        "You can carry on working. The details are in the log: %1",
    ).replace("%1", str(log_file()))


def signature(exc: BaseException) -> str:
    """Where an error was raised: the same error again has the same signature."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    place = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else ""
    return f"{type(exc).__qualname__}@{place}"


class CrashGuard(QObject):
    """Takes the hooks an uncaught error goes through while the window runs."""

    caught = Signal(object)
    """An error to tell the user of; queued, so the dialog opens after the failed slot."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seen: dict[str, int] = {}
        self.showing = False
        self._saved: tuple[Any, Any, Any] | None = None
        self.caught.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take the exception hooks and Qt's message handler (until `uninstall`)."""
        if self._saved is None:
            previous_qt = qInstallMessageHandler(qt_message)
            self._saved = (sys.excepthook, threading.excepthook, previous_qt)
            sys.excepthook = self.uncaught
            threading.excepthook = self._thread_uncaught

    def uninstall(self) -> None:
        """Give the hooks back as they were."""
        if self._saved is not None:
            sys.excepthook, threading.excepthook, previous = self._saved
            qInstallMessageHandler(previous)
            self._saved = None

    def uncaught(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """`sys.excepthook`: log the error; the first time, tell the user."""
        if not isinstance(exc, Exception):  # Ctrl+C and exits are not crashes
            previous = self._saved[0] if self._saved else sys.__excepthook__
            previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        key = signature(exc)
        count = self.seen[key] = self.seen.get(key, 0) + 1
        if count == 1:
            log.error("uncaught error: %s: %s", kind.__name__, exc, exc_info=(kind, exc, tb))
            self.caught.emit(exc)
        elif count & (count - 1) == 0:  # 2, 4, 8…: counted, not written out each time
            log.error("the same error again, %d times so far: %s: %s", count, kind.__name__, exc)

    def _thread_uncaught(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.uncaught(args.exc_type, args.exc_value, args.exc_traceback)

    def loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """The event loop's exception handler: a failed task is an uncaught error too."""
        exc = context.get("exception")
        if isinstance(exc, Exception):
            self.uncaught(type(exc), exc, exc.__traceback__)
        else:
            log.error("event loop: %s", context.get("message", "an error without words"))

    def _tell(self, exc: BaseException) -> None:
        if self.showing:  # one dialog at a time: the others are in the log
            return
        self.showing = True
        try:
            show_crash(QApplication.activeWindow(), crash_words(exc))
        finally:
            self.showing = False


def show_crash(parent: Any, text: str) -> None:
    """The dialog that tells of an uncaught error."""
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Something went wrong"), text)
