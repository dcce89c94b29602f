"""A job run off the window's thread hands its result only to a widget still alive: a
window closed while its queue loaded used to get the result in a deleted table. Only the
latest read a view asked for shows, and a list greyed while it reads is usable again once
that read is over, whichever it was."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from qt_loop import on_the_loop, until

from console.views.background import Greyed, LatestRead, run_in_background


class Receiver(QWidget):
    """Records what the job hands back."""

    def __init__(self) -> None:
        super().__init__()
        self.got: list[object] = []

    def done(self, value: object) -> None:
        self.got.append(value)

    def failed(self, error: BaseException) -> None:
        self.got.append(error)


def test_the_result_reaches_a_living_widget(qtbot: QtBot) -> None:
    receiver = Receiver()
    qtbot.addWidget(receiver)
    run_in_background(lambda: 42, receiver.done, receiver.failed)
    qtbot.waitUntil(lambda: receiver.got == [42])


def test_a_deleted_widget_gets_nothing_and_nothing_fails(qtbot: QtBot) -> None:
    receiver = Receiver()
    got = receiver.got
    seen: list[object] = []
    run_in_background(lambda: 42, lambda v: seen.append(v), receiver.failed, owner=receiver)
    run_in_background(lambda: 43, receiver.done, receiver.failed)
    shiboken6.delete(receiver)
    for _ in range(5):
        QApplication.processEvents()
    assert got == [] and seen == []


def _list_and_line(qtbot: QtBot) -> tuple[QWidget, QLabel, Greyed]:
    widget, line = QWidget(), QLabel("12 invoices")
    qtbot.addWidget(widget)
    qtbot.addWidget(line)
    return widget, line, Greyed(widget, line, "Reading…")


def test_a_list_stays_greyed_until_the_latest_read_shows_even_an_ungreyed_one(
    qtbot: QtBot,
) -> None:
    """A filter's read greys the list; a sync's refresh asked meanwhile outruns it, and
    the list stays greyed, saying so, until the refresh's rows show."""
    widget, line, greyed = _list_and_line(qtbot)
    reads: LatestRead[str] = LatestRead()
    release = threading.Event()
    shown: list[str] = []
    seen: dict[str, object] = {}

    def slow(value: str) -> Callable[[], str]:
        def read() -> str:
            release.wait(5)
            return value

        return read

    def show(value: str) -> None:
        seen["enabled"], seen["line"] = widget.isEnabled(), line.text()
        shown.append(value)
        line.setText(f"{value} shown")

    async def body() -> None:
        reads.later(slow("filtered"), show, lambda e: shown.append(repr(e)), greyed)
        assert not widget.isEnabled() and line.text() == "Reading…"
        reads.later(slow("refreshed"), show, lambda e: shown.append(repr(e)))
        assert not widget.isEnabled() and line.text() == "Reading…"
        release.set()
        await until(lambda: bool(shown))
        await asyncio.sleep(0.05)

    on_the_loop(body)
    assert shown == ["refreshed"]  # the outrun read is dropped
    # the list was usable and its line back to what it said before the show began
    assert seen == {"enabled": True, "line": "12 invoices"}
    assert widget.isEnabled() and line.text() == "refreshed shown"


def test_only_the_latest_reads_failure_is_reported_and_it_ungreys_the_list(
    qtbot: QtBot,
) -> None:
    widget, line, greyed = _list_and_line(qtbot)
    reads: LatestRead[str] = LatestRead()
    release = threading.Event()
    failures: list[str] = []

    def failing(why: str) -> Callable[[], str]:
        def read() -> str:
            release.wait(5)
            raise OSError(why)

        return read

    async def body() -> None:
        reads.later(failing("outrun"), failures.append, lambda e: failures.append(str(e)), greyed)
        reads.later(failing("latest"), failures.append, lambda e: failures.append(str(e)), greyed)
        release.set()
        await until(lambda: bool(failures))
        await asyncio.sleep(0.05)

    on_the_loop(body)
    assert failures == ["latest"]
    assert widget.isEnabled() and line.text() == "12 invoices"


def test_a_read_now_ungreys_what_a_read_later_greyed(qtbot: QtBot) -> None:
    """The user's own reload wins over a filter's read still under way."""
    widget, line, greyed = _list_and_line(qtbot)
    reads: LatestRead[str] = LatestRead()
    release = threading.Event()
    shown: list[str] = []

    def late() -> str:
        release.wait(5)
        return "late"

    async def body() -> None:
        reads.later(late, shown.append, print, greyed)
        reads.now(lambda: "now", shown.append)
        assert widget.isEnabled() and line.text() == "12 invoices"
        release.set()
        await asyncio.sleep(0.2)

    on_the_loop(body)
    assert shown == ["now"]
