"""The Qt binding keeps Python's reference counts: a long day at the desk must not abort."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_methods_returning_nothing_keep_none_alive(qapp: QApplication) -> None:
    # PySide6 6.12.0 released one reference to None per such call: the calendar's paint
    # took 217, and the process aborted ("deallocating None") once they ran out.
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.setPen(QColor(1, 2, 3))
        painter.drawLine(0, 0, 5, 5)
        painter.fillRect(QRect(0, 0, 4, 4), QColor(3, 2, 1))
        label.setText("x")
    painter.end()
    assert sys.getrefcount(None) >= before - 10
