"""The planning board, painted: engineers as rows, time across, visits as blocks.

Rows and blocks are placed in pixels once per board and width, and only the rows inside
the exposed rectangle are painted, so a week of 300 engineers costs what the visible part
costs. Times come as UTC instants and are placed on the user's own
time axis; each engineer's off-hours are shaded from that engineer's own zone and hours.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from console.enums import VisitStatus
from console.services.board import Board, BoardVisit
from console.views.i18n import when

MIME = "application/x-dispatch-visit"
NAME_WIDTH = 170
HEADER = 34
ROW = 30
SNAP = timedelta(minutes=15)
ELIDE = Qt.TextElideMode.ElideRight

STATUS_COLOURS = {
    VisitStatus.REQUESTED: QColor("#9e9e9e"),
    VisitStatus.AVAILABILITY_CHECKED: QColor("#90a4ae"),
    VisitStatus.ENGINEER_PROPOSED: QColor("#7986cb"),
    VisitStatus.APPROVED: QColor("#42a5f5"),
    VisitStatus.TRAVEL_BOOKED: QColor("#26c6da"),
    VisitStatus.EN_ROUTE: QColor("#26a69a"),
    VisitStatus.ON_SITE: QColor("#66bb6a"),
    VisitStatus.WORKING: QColor("#9ccc65"),
    VisitStatus.COMPLETED: QColor("#bdbdbd"),
    VisitStatus.NO_ACCESS: QColor("#ef5350"),
    VisitStatus.CANCELLED: QColor("#eeeeee"),
}


@dataclass
class _Block:
    """A visit block in pixels, with its label already cut to fit."""

    rect: QRect
    visit: BoardVisit
    text: str | None = None  # cut to fit on its first paint


@dataclass
class _RowLayout:
    """One engineer's row, placed for the current width: shading and blocks in pixels."""

    label: str
    working: list[QRectF]
    leave: list[QRectF]
    blocks: list[_Block]
    cut: bool = False  # the label was cut to fit


@dataclass
class _Drag:
    visit: BoardVisit
    grab_offset: timedelta
    at: QPoint


class CalendarWidget(QWidget):
    """Paints a Board and turns drags into move requests."""

    moveRequested = Signal(object, object, object)  # noqa: N815 - visit id, engineer id, start
    engineerClicked = Signal(object)  # noqa: N815 - engineer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self._rows: dict[uuid.UUID, int] = {}
        self._layout: list[_RowLayout] = []
        self._layout_width = -1
        self.now: datetime | None = None
        self.selected_engineer: uuid.UUID | None = None
        self._drag: _Drag | None = None
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setMinimumWidth(700)

    # -- data -----------------------------------------------------------------------------
    def set_board(self, board: Board, now: datetime) -> None:
        """Show a board."""
        self.board, self.now = board, now
        # every block asks for its engineer's row: a scan per block was O(visits x rows)
        self._rows = {e.id: i for i, e in enumerate(board.engineers)}
        self._layout_width = -1  # placed again on the next paint
        self._drag = None
        self.setMinimumHeight(HEADER + ROW * len(board.engineers) + 2)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Tall enough for every engineer."""
        rows = len(self.board.engineers) if self.board else 10
        return QSize(1100, HEADER + ROW * rows + 2)

    # -- geometry -------------------------------------------------------------------------
    def _span(self) -> float:
        assert self.board is not None
        return (self.board.end - self.board.start).total_seconds()

    def x_of(self, instant: datetime) -> float:
        """Horizontal position of an instant."""
        assert self.board is not None
        # plain timestamps: a week of 300 engineers is placed with thousands of these
        width = max(1, self.width() - NAME_WIDTH)
        offset = instant.timestamp() - self.board.start.timestamp()
        return NAME_WIDTH + width * offset / self._span()

    def instant_at(self, x: float) -> datetime:
        """The instant under a horizontal position, snapped to 15 minutes."""
        assert self.board is not None
        width = max(1, self.width() - NAME_WIDTH)
        seconds = (x - NAME_WIDTH) * self._span() / width
        raw = self.board.start + timedelta(seconds=seconds)
        snapped = round((raw - self.board.start) / SNAP) * SNAP
        return self.board.start + snapped

    def row_at(self, y: int) -> int | None:
        """The engineer row under a vertical position."""
        if self.board is None or y < HEADER:
            return None
        row = (y - HEADER) // ROW
        return row if row < len(self.board.engineers) else None

    def row_of(self, engineer_id: uuid.UUID) -> int:
        """The row of an engineer."""
        assert self.board is not None
        return self._rows[engineer_id]

    def block_rect(self, visit: BoardVisit) -> QRect:
        """Where a visit is painted."""
        assert visit.engineer_id is not None
        top = HEADER + self.row_of(visit.engineer_id) * ROW + 3
        left = max(NAME_WIDTH, int(self.x_of(visit.start)))
        right = max(left + 4, int(self.x_of(visit.end)))
        return QRect(left, top, right - left, ROW - 6)

    def point_for(self, engineer_id: uuid.UUID, instant: datetime) -> QPoint:
        """The point of an engineer's row at an instant (used to aim a drop)."""
        return QPoint(
            int(self.x_of(instant)) + 1, HEADER + self.row_of(engineer_id) * ROW + ROW // 2
        )

    def visit_at(self, pos: QPoint) -> BoardVisit | None:
        """The visit block under a point."""
        row = self.row_at(pos.y())
        if row is None:
            return None
        for block in self._placed()[row].blocks:
            if block.rect.contains(pos):
                return block.visit
        return None

    def _placed(self) -> list[_RowLayout]:
        """Every row's shading and blocks in pixels, placed once per board and width.

        A paint then only fills rectangles it already has: placing a week of 300 engineers
        asks for thousands of instant-to-pixel conversions, which a scroll step must not.
        """
        if self._layout_width == self.width() or self.board is None:
            return self._layout
        board, x = self.board, self.x_of
        rows = []
        for i, eng in enumerate(board.engineers):
            top = HEADER + i * ROW
            working = [QRectF(x(a), top, x(b) - x(a), ROW) for a, b in eng.working]
            leave = []
            for a, b, _kind in eng.leave:
                x1, x2 = max(NAME_WIDTH, x(a)), min(self.width(), x(b))
                if x2 > x1:
                    leave.append(QRectF(x1, top, x2 - x1, ROW))
            label = f"{eng.name}  ·  {eng.skill_level.value[:3]}"
            rows.append(_RowLayout(label, working, leave, []))
        for v in board.visits:
            row = self._rows.get(v.engineer_id)  # type: ignore[arg-type]
            if row is None:  # led by an engineer no longer active
                continue
            rows[row].blocks.append(_Block(self.block_rect(v), v))
        self._layout, self._layout_width = rows, self.width()
        return rows

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Paint the exposed rows only."""
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(event.rect(), pal.base())
        if self.board is None:
            return
        board = self.board
        exposed = event.rect()
        first = max(0, (exposed.top() - HEADER) // ROW)
        last = min(len(board.engineers) - 1, (exposed.bottom() - HEADER) // ROW)
        off = QColor(pal.window().color())
        off.setAlpha(255)
        leave_brush = QBrush(QColor(230, 160, 60, 110), Qt.BrushStyle.BDiagPattern)
        grid = QPen(pal.mid().color())
        placed = self._placed()
        base = pal.base()
        metrics = QFontMetrics(self.font())
        # text drawn at a point skips a layout per call; labels were cut to fit when placed
        baseline = (ROW + metrics.ascent() - metrics.descent()) // 2
        for row in range(first, last + 1):
            eng, layout = board.engineers[row], placed[row]
            top = HEADER + row * ROW
            painter.fillRect(QRect(NAME_WIDTH, top, self.width() - NAME_WIDTH, ROW), off)
            for rect in layout.working:
                painter.fillRect(rect, base)
            for rect in layout.leave:
                painter.fillRect(rect, leave_brush)
            if eng.id == self.selected_engineer:
                painter.fillRect(QRect(0, top, NAME_WIDTH, ROW), pal.highlight())
                painter.setPen(pal.highlightedText().color())
            else:
                painter.setPen(pal.text().color())
            if not layout.cut:
                layout.label = metrics.elidedText(layout.label, ELIDE, NAME_WIDTH - 8)
                layout.cut = True
            painter.drawText(6, top + baseline, layout.label)
            painter.setPen(grid)
            painter.drawLine(0, top + ROW - 1, self.width(), top + ROW - 1)
        self._paint_axis(painter)
        dragged = self._drag.visit.id if self._drag is not None else None
        for row in range(first, last + 1):
            for block in placed[row].blocks:
                if block.visit.id == dragged:
                    continue
                if block.text is None:
                    block.text = _label(metrics, block.visit, block.rect)
                self._paint_block(painter, block.rect, block.visit, block.text, baseline)
        if self._drag is not None:
            ghost = self._ghost_rect()
            if ghost is not None:
                painter.setOpacity(0.6)
                text = _label(metrics, self._drag.visit, ghost)
                self._paint_block(painter, ghost, self._drag.visit, text, baseline)
                painter.setOpacity(1.0)
        if self.now is not None and board.start <= self.now < board.end:
            x = int(self.x_of(self.now))
            painter.setPen(QPen(QColor(220, 30, 30), 2))
            painter.drawLine(x, HEADER - 6, x, self.height())
        painter.end()

    def _paint_axis(self, painter: QPainter) -> None:
        assert self.board is not None
        pal = self.palette()
        painter.fillRect(QRect(0, 0, self.width(), HEADER), pal.button())
        painter.setPen(pal.buttonText().color())
        start, end = self.board.start, self.board.end
        days = max(1, round((end - start).total_seconds() / 86400))
        step = timedelta(hours=1) if days == 1 else timedelta(hours=6)
        t = start
        while t < end:
            x = int(self.x_of(t))
            local = t.astimezone()
            major = local.hour == 0 or days == 1
            painter.setPen(pal.mid().color() if not major else pal.buttonText().color())
            painter.drawLine(x, HEADER - (12 if major else 6), x, HEADER)
            if days == 1:
                painter.drawText(x + 2, HEADER - 14, when(local, "HH"))
            elif local.hour == 0:
                painter.drawText(x + 4, 14, when(local, "ddd dd MMM"))
            t += step
        painter.setPen(pal.buttonText().color())
        label = when(start.astimezone(), "ddd dd MMM yyyy") if days == 1 else self.tr("Engineer")
        painter.drawText(QRect(6, 0, NAME_WIDTH - 8, HEADER), Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_block(
        self, painter: QPainter, rect: QRect, v: BoardVisit, text: str, baseline: int
    ) -> None:
        colour = STATUS_COLOURS.get(v.status, QColor("#9e9e9e"))
        painter.setPen(QPen(colour.darker(140)))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(rect.left() + 3, rect.top() - 3 + baseline, text)

    def _ghost_rect(self) -> QRect | None:
        if self._drag is None:
            return None
        row = self.row_at(self._drag.at.y())
        if row is None:
            return None
        start = self.instant_at(self._drag.at.x()) - self._drag.grab_offset
        length = self._drag.visit.end - self._drag.visit.start
        left, right = int(self.x_of(start)), int(self.x_of(start + length))
        return QRect(left, HEADER + row * ROW + 3, max(4, right - left), ROW - 6)

    # -- moving blocks --------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Pick up a visit block, or select an engineer by name."""
        pos = event.position().toPoint()
        if pos.x() < NAME_WIDTH:
            row = self.row_at(pos.y())
            if row is not None and self.board is not None:
                self.selected_engineer = self.board.engineers[row].id
                self.engineerClicked.emit(self.selected_engineer)
                self.update()
            return
        visit = self.visit_at(pos)
        if visit is not None and event.button() == Qt.MouseButton.LeftButton:
            grab = self.instant_at(pos.x()) - visit.start
            self._drag = _Drag(visit, grab, pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Move the ghost of the picked block."""
        if self._drag is not None:
            self._drag.at = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Ask to move the visit where it was dropped (the view checks it with the rules)."""
        if self._drag is None:
            return
        drag, self._drag = self._drag, None
        pos = event.position().toPoint()
        row = self.row_at(pos.y())
        moved = (pos - drag_origin(self, drag)).manhattanLength() > 3
        self.update()
        if row is None or self.board is None or not moved:
            return
        start = self.instant_at(pos.x()) - drag.grab_offset
        start = self.board.start + round((start - self.board.start) / SNAP) * SNAP
        self.moveRequested.emit(drag.visit.id, self.board.engineers[row].id, start)

    # -- drops from the tray --------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        """Accept unassigned visits from the tray."""
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        """Only rows take a drop."""
        if (
            event.mimeData().hasFormat(MIME)
            and self.row_at(event.position().toPoint().y()) is not None
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        """Ask to plan the dropped visit on this row and time."""
        self.drop_visit(event.mimeData(), event.position().toPoint())
        event.acceptProposedAction()

    def drop_visit(self, mime: QMimeData, pos: QPoint) -> None:
        """Turn a drop into a move request."""
        row = self.row_at(pos.y())
        if row is None or self.board is None or not mime.hasFormat(MIME):
            return
        visit_id = uuid.UUID(bytes(mime.data(MIME).data()).decode())
        self.moveRequested.emit(visit_id, self.board.engineers[row].id, self.instant_at(pos.x()))


def _label(metrics: QFontMetrics, visit: BoardVisit, rect: QRect) -> str:
    """A block's label, cut to fit inside it."""
    return metrics.elidedText(f"{visit.reference} {visit.client}", ELIDE, rect.width() - 5)


def drag_origin(widget: CalendarWidget, drag: _Drag) -> QPoint:
    """Where a drag started: the block's point at its grab offset."""
    assert drag.visit.engineer_id is not None
    return widget.point_for(drag.visit.engineer_id, drag.visit.start + drag.grab_offset)


def visit_mime(visit_id: uuid.UUID) -> QMimeData:
    """Drag data for a visit."""
    mime = QMimeData()
    mime.setData(MIME, str(visit_id).encode())
    mime.setText(str(visit_id))
    return mime
