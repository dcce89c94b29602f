"""A job run off the window's thread hands its result only to a widget still alive: a
window closed while its queue loaded used to get the result in a deleted table."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.views.background import run_in_background


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
