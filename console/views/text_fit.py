"""Widths of texts in one font, and texts cut to a width, each measured once.

A planning board of 3,000 engineers is painted whole again after every sync with mostly
the same names, references and sites; cutting each to its room took a tenth of the paint.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QStaticText

KEPT = 50_000
"""Measurements kept at most; past that they are measured afresh (a week of the largest
board asks for about 15,000)."""


class TextFit:
    """One font's metrics, with the widths and cut texts already asked for."""

    def __init__(self, font: QFont) -> None:
        self.key = font.key()
        self.metrics = QFontMetrics(font)
        self._widths: dict[str, int] = {}
        self._cut: dict[tuple[str, int], str] = {}
        self._laid: dict[str, QStaticText] = {}
        self.ascent, self.line = self.metrics.ascent(), self.metrics.height()

    def width(self, text: str) -> int:
        """How many pixels the text advances."""
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) >= KEPT:
                self._widths.clear()
            found = self._widths[text] = self.metrics.horizontalAdvance(text)
        return found

    def cut(self, text: str, room: int) -> str:
        """The text, cut with an ellipsis at its end to fit ``room`` pixels."""
        found = self._cut.get((text, room))
        if found is None:
            if len(self._cut) >= KEPT:
                self._cut.clear()
            found = self._cut[text, room] = self.metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, room
            )
        return found

    def draw(self, painter: QPainter, x: float, baseline: float, text: str) -> None:
        """Draw the text from x on the baseline, as ``drawText`` does, its glyphs laid
        out once: laying them out again was most of a label's paint."""
        laid = self._laid.get(text)
        if laid is None:
            if len(self._laid) >= KEPT:
                self._laid.clear()
            laid = self._laid[text] = QStaticText(text)
            laid.setTextFormat(Qt.TextFormat.PlainText)  # a "<" in a name is a "<"
        painter.drawStaticText(QPointF(x, baseline - self.ascent), laid)
