"""A pad the client signs on with a mouse, a pen or a finger; it gives the signature as a PNG.

The strokes are kept as points and painted as smooth curves (each drawn through the
midpoints of its points), so a quick stroke does not show as a polygon. The PNG is cut to
the ink with a small margin, dark ink on white: a transparent picture prints black on
some PDF readers, and a signature on paper is on white anyway.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

INK = QColor(16, 32, 96)
"""A dark blue ink, as a pen signs on paper."""
INK_WIDTH = 2.6
"""The stroke's width in pixels of the pad."""
MARGIN = 8
"""Pixels of white kept around the ink in the exported picture."""
SCALE = 2
"""The picture has twice the pad's pixels, so it prints sharp at the work order's size."""


def _path(points: list[QPointF]) -> QPainterPath:
    """A smooth curve through a stroke's points: quadratic pieces between their midpoints."""
    path = QPainterPath(points[0])
    if len(points) == 1:  # a dot: a tiny line, so the round cap paints it
        path.lineTo(points[0] + QPointF(0.1, 0.1))
        return path
    for i in range(1, len(points) - 1):
        mid = (points[i] + points[i + 1]) / 2
        path.quadTo(points[i], mid)
    path.lineTo(points[-1])
    return path


class SignatureCanvas(QWidget):
    """The surface signed on: keeps the strokes, paints them, exports them as a PNG."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureCanvas")
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(self.tr("Sign here with the mouse, a pen or a finger."))
        self.setMinimumSize(QSize(420, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.strokes: list[list[QPointF]] = []
        self._drawing = False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Wide and low, as a signature is."""
        return QSize(480, 170)

    def is_empty(self) -> bool:
        """Nothing signed yet."""
        return not self.strokes

    def clear(self) -> None:
        """Wipe the pad."""
        self.strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    # -- input: mouse (a finger on a touch screen arrives as a mouse), and a pen ------------
    def _inside(self, at: QPointF) -> QPointF:
        """The point kept on the pad: ink dragged past its edge would print unseen."""
        return QPointF(min(max(at.x(), 0.0), float(self.width() - 1)),
                       min(max(at.y(), 0.0), float(self.height() - 1)))  # fmt: skip

    def _begin(self, at: QPointF) -> None:
        self._drawing = True
        self.strokes.append([self._inside(at)])
        self.update()

    def _extend(self, at: QPointF) -> None:
        if not self._drawing or not self.strokes:
            return
        at = self._inside(at)
        stroke = self.strokes[-1]
        last = stroke[-1]
        if abs(at.x() - last.x()) + abs(at.y() - last.y()) < 1.0:
            return  # the same pixel again adds nothing but weight
        stroke.append(QPointF(at))
        self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Start a stroke."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Carry the stroke on."""
        if self._drawing:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """End the stroke."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt's name
        """A pen: taken here, so no mouse event comes after it."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._extend(event.position())
            self._end()
        event.accept()

    # -- painting and the picture ---------------------------------------------------------
    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, INK_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)  # fmt: skip
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self.strokes:
            painter.drawPath(_path(stroke))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """White paper with a line to sign on, and the ink."""
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, Qt.GlobalColor.white)  # paper, in a light or a dark window
        line = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Mid)
        painter.setPen(QPen(line, 1, Qt.PenStyle.DashLine))
        baseline = int(rect.height() * 0.75)
        painter.drawLine(12, baseline, rect.width() - 12, baseline)
        painter.setPen(QPen(QColor(140, 140, 140)))
        painter.drawText(14, baseline - 4, "×")
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        self._paint_strokes(painter)
        painter.end()

    def ink_rect(self) -> QRectF:
        """Where the ink is, in the pad's pixels (empty when nothing is signed)."""
        bounds = QRectF()
        for stroke in self.strokes:
            bounds = bounds.united(_path(stroke).boundingRect())
        return bounds

    def png(self) -> bytes:
        """The signature as a PNG, cut to the ink with a margin, on white; b"" when empty."""
        if self.is_empty():
            return b""
        ink = self.ink_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        width = max(1, round(ink.width() * SCALE))
        height = max(1, round(ink.height() * SCALE))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(SCALE, SCALE)
        painter.translate(-ink.left(), -ink.top())
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
        buffer.close()
        return bytes(data.data())


class SignaturePad(QWidget):
    """The canvas with a Clear button below it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.canvas = SignatureCanvas()
        self.hint = QLabel(self.tr("Sign above the line"))
        self.hint.setObjectName("signatureHint")
        self.hint.setEnabled(False)  # quiet, as a note beside the pad
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.setToolTip(self.tr("Wipe the pad to sign again."))
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))
        self.clear_button.clicked.connect(lambda _=False: self.clear())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self.canvas.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.canvas.is_empty())
        self.changed.emit()

    def is_empty(self) -> bool:
        """Nothing signed yet."""
        return self.canvas.is_empty()

    def clear(self) -> None:
        """Wipe the pad."""
        self.canvas.clear()

    def png(self) -> bytes:
        """The signature as a PNG (b"" when nothing is signed)."""
        return self.canvas.png()
