"""Crash safety (issue 23): an error nobody caught in the window is logged with its
traceback and told once in words, the window goes on; Qt's warnings go to the log; the
error dialog and Help ▸ Open log folder name the log."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl, qWarning
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox

from console.errors import UserError
from console.services.logs import DIR_VARIABLE, FILE_NAME, logging_to_file
from console.views.crash import CrashGuard
from console.views.errors import user_message

pytestmark = pytest.mark.qt_no_exception_capture  # the guard takes the hook itself here


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The run's log, in the test's own folder."""
    monkeypatch.setenv(DIR_VARIABLE, str(tmp_path / "logs"))
    with logging_to_file("info", command="window") as path:
        assert path is not None
        yield path


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The warning dialogs opened, recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


@pytest.fixture
def guard(qapp: Any) -> Iterator[CrashGuard]:
    """The window's guard, for the test's life."""
    installed = CrashGuard(qapp)
    installed.install()
    yield installed
    installed.uninstall()
    installed.deleteLater()


def uncaught(log_path: Path) -> int:
    return log_path.read_text(encoding="utf-8").count("ERROR console.views.crash: uncaught error")


def test_a_slot_that_raises_is_logged_once_told_once_and_the_window_goes_on(
    window: Any, qtbot: Any, log_path: Path, dialogs: list[tuple[str, str]], guard: CrashGuard
) -> None:
    def broken() -> None:
        raise ZeroDivisionError("division by zero in a slot")

    action = QAction("Broken", window)
    action.triggered.connect(broken)
    action.trigger()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    for _ in range(5):  # the same error again: counted in the log, no dialog cascade
        action.trigger()
    qtbot.wait(20)
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Something went wrong"
    assert "You can carry on working" in text and str(log_path) in text
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    log = log_path.read_text(encoding="utf-8")
    assert uncaught(log_path) == 1
    assert "Traceback (most recent call last)" in log
    assert "ZeroDivisionError: division by zero in a slot" in log
    assert "the same error again, 4 times so far" in log

    # the window still answers: the views switch and the reload runs
    window.tabs.setCurrentIndex(1)
    assert window.tabs.currentIndex() == 1
    window.tabs.setCurrentIndex(0)
    window.act_reload.trigger()
    qtbot.wait(10)
    assert window.isVisible() and window.queue.model.rowCount() > 0


def test_another_error_is_told_too_and_a_refusal_in_its_own_words(
    qtbot: Any, log_path: Path, dialogs: list[tuple[str, str]], guard: CrashGuard
) -> None:
    action = QAction("Refused")

    def refused() -> None:
        raise UserError("the ticket is closed")

    action.triggered.connect(refused)
    action.trigger()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert dialogs[0][1] == "the ticket is closed"
    assert uncaught(log_path) == 1  # logged with its traceback all the same


def test_errors_of_worker_threads_and_the_event_loop_are_logged_and_told(
    qtbot: Any, log_path: Path, dialogs: list[tuple[str, str]], guard: CrashGuard
) -> None:
    def worker() -> None:
        raise LookupError("lost in a thread")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    loop = asyncio.new_event_loop()
    try:
        raise KeyError("lost in a task")
    except KeyError as exc:
        guard.loop_error(loop, {"message": "Task exception was never retrieved", "exception": exc})
    finally:
        loop.close()
    qtbot.waitUntil(lambda: len(dialogs) == 2)
    log = log_path.read_text(encoding="utf-8")
    assert "LookupError: lost in a thread" in log and "KeyError: 'lost in a task'" in log
    assert uncaught(log_path) == 2


def test_the_hooks_are_given_back(qapp: Any) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    guard = CrashGuard(qapp)
    guard.install()
    assert sys.excepthook == guard.uncaught
    guard.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_qt_warnings_land_in_the_log(qapp: Any, log_path: Path, guard: CrashGuard) -> None:
    qWarning("QLayout: a test layout has no room")
    log = log_path.read_text(encoding="utf-8")
    assert "WARNING console.qt: QLayout: a test layout has no room" in log


def test_the_error_dialog_names_the_log_file(log_path: Path) -> None:
    text = user_message(RuntimeError("unexpected"))
    assert text.endswith(f"The details are in the log: {log_path}")
    assert "RuntimeError" in log_path.read_text(encoding="utf-8")


def test_help_opens_the_log_folder(
    window: Any, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    help_menu = window.menus["&Help"]
    (action,) = [a for a in help_menu.actions() if a.text() == "Open &log folder"]
    action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(log_path.parent)]
    assert log_path.name == FILE_NAME
