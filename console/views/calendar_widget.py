"""The planning board, painted: engineers as rows, time across, visits as blocks.

Rows and blocks are placed in pixels once per board and width, and only the rows inside
the exposed rectangle are painted, so a week of 300 engineers costs what the visible part
costs. Times come as UTC instants and are placed on the user's own
time axis; each engineer's off-hours are shaded from that engineer's own zone and hours.

A block reads "reference · client" over "site", each line cut to the room it has: inside
the block when it is wide enough, else beside it up to the next block. The keyboard does
what the mouse does: arrows select, Alt+arrows move, Alt+Shift+Up/Down resizes, and
Alt+PageUp/PageDown hands the visit to the engineer above or below, each through the same
checked request as a drag.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLine, QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygon,
)
from PySide6.QtWidgets import QToolTip, QWidget

from console.enums import VisitStatus
from console.services.board import Board, BoardChange, BoardVisit, TravelNote
from console.views.i18n import say, when, word, zone_place
from console.views.text_fit import TextFit

MIME = "application/x-dispatch-visit"
NAME_WIDTH = 170
HEADER = 34
ROW = 44  # two lines of text: "reference · client" and the site
SNAP = timedelta(minutes=15)
INSIDE = 70
"""A block at least this wide holds its label; a narrower one has it beside it."""
OFF_HOURS_STEP = 0.13
"""How far from the fields' colour towards the text the hours off work are shaded."""
LEAVE_BRUSH = QBrush(QColor(230, 160, 60, 110), Qt.BrushStyle.BDiagPattern)
"""Hatching over an engineer's leave."""
MARKER = QColor(211, 47, 47)
"""The red of a visit that cannot be reached in time."""
KEY_MOVES: dict[Qt.Key, tuple[timedelta, int]] = {
    Qt.Key.Key_Left: (timedelta(days=-1), 0),
    Qt.Key.Key_Right: (timedelta(days=1), 0),
    Qt.Key.Key_Up: (-SNAP, 0),
    Qt.Key.Key_Down: (SNAP, 0),
    Qt.Key.Key_PageUp: (timedelta(0), -1),
    Qt.Key.Key_PageDown: (timedelta(0), 1),
}
"""With Alt: how far a key moves the selected visit in time, and by how many rows."""


def off_hours_colour(palette: QPalette) -> QColor:
    """The shade of the hours off work: the fields' colour a step towards the text, so
    the hours an engineer works stand out on a dark theme as on a light one (the window's
    colour beside the fields read at 1.1:1)."""
    field, ink = palette.base().color(), palette.text().color()
    return QColor.fromRgbF(
        field.redF() + OFF_HOURS_STEP * (ink.redF() - field.redF()),
        field.greenF() + OFF_HOURS_STEP * (ink.greenF() - field.greenF()),
        field.blueF() + OFF_HOURS_STEP * (ink.blueF() - field.blueF()),
    )


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
OTHER_STATUS = QColor("#9e9e9e")
OUTLINES = {status: QPen(colour.darker(140)) for status, colour in STATUS_COLOURS.items()}
"""Each block's edge, a shade darker than its fill (made once, not once per block)."""
INK_ON_BLOCK = QColor(20, 20, 20)
"""A label written on a block: dark on every status's colour, in either theme."""


@dataclass
class _Block:
    """A visit block in pixels, with its label already cut to fit."""

    rect: QRect
    visit: BoardVisit
    room: int = 0  # pixels beside the block, up to the next one
    reach: int | None = None  # pixels of the block before an overlapping one starts
    room_left: int = 0  # pixels before the block, back to the previous one
    left: bool = False  # the label stands before the block (at the row's end)
    text: tuple[str, str] | None = None  # both lines, cut to fit on the first paint
    inside: bool = True  # the label is written on the block, else beside it


@dataclass
class _RowLayout:
    """One engineer's row, placed for the current width: shading and blocks in pixels."""

    label: str
    working: list[QRectF]
    off: list[QRectF]  # the rest of the row: the hours off work
    leave: list[QRectF]
    blocks: list[_Block]


@dataclass
class _Drag:
    visit: BoardVisit
    grab_offset: timedelta
    at: QPoint
    resizing: bool = False  # the right edge was taken: the drag lengthens or shortens


EDGE = 5
"""Pixels at a block's right edge where the mouse takes the edge to resize the visit."""


class CalendarWidget(QWidget):
    """Paints a Board and turns drags into move requests."""

    moveRequested = Signal(object, object, object)  # noqa: N815 - visit id, engineer id, start
    resizeRequested = Signal(object, object)  # noqa: N815 - visit id, change (timedelta)
    engineerClicked = Signal(object)  # noqa: N815 - engineer id
    visitSelected = Signal(object)  # noqa: N815 - visit id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None
        self._rows: dict[uuid.UUID, int] = {}
        self._layout: dict[int, _RowLayout] = {}
        self._layout_width = -1
        self._fit: TextFit | None = None  # the font's measurements, kept across boards
        self._origin, self._seconds = 0.0, 1.0  # the board's start (epoch seconds), length
        self.now: datetime | None = None
        self.selected_engineer: uuid.UUID | None = None
        self.selected_visit: uuid.UUID | None = None
        self._drag: _Drag | None = None
        self.setAcceptDrops(True)
        self.setMouseTracking(True)  # the cursor shows where a block's edge can be taken
        self.setMinimumWidth(700)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Planning board"))
        self.setWhatsThis(KEYS_HELP())
        self._describe()

    # -- data -----------------------------------------------------------------------------
    def set_board(self, board: Board, now: datetime, change: BoardChange | None = None) -> None:
        """Show a board; with ``change``, the same range and rows as the board shown, of
        which only the rows it names are placed and painted again (`board_change`)."""
        if change is None or self.board is None:
            self._place_whole(board)
        else:
            self._place_changed(board, change, now)
        self.board, self.now = board, now
        if self.visit(self.selected_visit) is None:
            self.selected_visit = None  # moved out of the shown range, or gone
        self._describe()

    def _place_whole(self, board: Board) -> None:
        """Make ready to show a board from scratch: every row is placed again as painted."""
        # asked for each of thousands of instants placed: read once per board
        self._origin = board.start.timestamp()
        self._seconds = max(1.0, (board.end - board.start).total_seconds())
        # every block asks for its engineer's row: a scan per block was O(visits x rows)
        self._rows = {e.id: i for i, e in enumerate(board.engineers)}
        self._layout_width = -1  # placed again as each row is painted, with its visits
        self._drag = None
        self.setMinimumHeight(HEADER + ROW * len(board.engineers) + 2)
        self.updateGeometry()
        self.update()

    def _place_changed(self, board: Board, change: BoardChange, now: datetime) -> None:
        """Make ready to show the board shown, read again: only the changed rows are placed
        and painted again. A sync seldom changes the rows on screen: the others keep their
        place, labels and pixels (their visits are equal to the new board's)."""
        taken = self._drag.visit.engineer_id if self._drag is not None else None
        if taken is not None and self._rows[taken] in change.rows:
            self._drag = None  # the visit taken was changed by someone else: let go
        for row in change.rows:
            self._layout.pop(row, None)
            self.update(QRect(0, HEADER + row * ROW, self.width(), ROW))
        if now != self.now:  # the line of the time now moves
            for instant in (self.now, now):
                if instant is not None and board.start <= instant < board.end:
                    x = int(self.x_of(instant))
                    self.update(QRect(x - 2, 0, 5, self.height()))

    def visit(self, visit_id: uuid.UUID | None) -> BoardVisit | None:
        """A planned visit on the board by its id."""
        if self.board is None or visit_id is None:
            return None
        return self.board.visit(visit_id)

    def select_visit(self, visit_id: uuid.UUID | None) -> None:
        """Select a visit (None: no visit); says so to assistive technology and the view."""
        if visit_id == self.selected_visit:
            return
        self.selected_visit = visit_id
        chosen = self.visit(visit_id)
        if chosen is not None:
            self.selected_engineer = chosen.engineer_id
        self._describe()
        self.update()
        self.visitSelected.emit(visit_id)

    def _describe(self) -> None:
        """The accessible description: the selected visit in words, or how to select one."""
        chosen = self.visit(self.selected_visit)
        if chosen is None:
            self.setAccessibleDescription(
                self.tr("No visit selected. Arrow keys select a visit; Ctrl+L lists them.")
            )
            return
        note = self.board.travel.get(chosen.id) if self.board is not None else None
        lines = visit_tooltip(chosen, note).split("\n")
        self.setAccessibleDescription(" ".join(t if t.endswith(".") else f"{t}." for t in lines))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Tall enough for every engineer."""
        rows = len(self.board.engineers) if self.board else 10
        return QSize(1100, HEADER + ROW * rows + 2)

    # -- geometry -------------------------------------------------------------------------
    def x_of(self, instant: datetime) -> float:
        """Horizontal position of an instant."""
        return self._x_converter()(instant)

    def _x_converter(self) -> Callable[[datetime], float]:
        """`x_of` for the current board and width, for placing many instants at once."""
        # plain numbers: a week of 300 engineers is placed with thousands of instants, and
        # reading the board's bounds and the width through the widget for each one was
        # the larger part of placing a row
        scale = max(1, self.width() - NAME_WIDTH) / self._seconds
        origin = self._origin

        def x(instant: datetime) -> float:
            return NAME_WIDTH + (instant.timestamp() - origin) * scale

        return x

    def instant_at(self, x: float) -> datetime:
        """The instant under a horizontal position, snapped to 15 minutes."""
        assert self.board is not None
        width = max(1, self.width() - NAME_WIDTH)
        seconds = (x - NAME_WIDTH) * self._seconds / width
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
        return self._block_rect(visit, self._x_converter())

    def _block_rect(self, visit: BoardVisit, x: Callable[[datetime], float]) -> QRect:
        assert visit.engineer_id is not None
        top = HEADER + self._rows[visit.engineer_id] * ROW + 3
        left = max(NAME_WIDTH, int(x(visit.start)))
        right = max(left + 4, int(x(visit.end)))
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
        for block in self._placed(row).blocks:
            if block.rect.contains(pos):
                return block.visit
        return None

    def _placed(self, row: int) -> _RowLayout:
        """A row's shading and blocks in pixels, placed once per board and width.

        A paint then only fills rectangles it already has: placing a row asks for
        instant-to-pixel conversions, which a scroll step must not. Rows are placed as they
        are first painted: a week of 3,000 engineers shows a few dozen of them.
        """
        if self._layout_width != self.width():
            self._layout, self._layout_width = {}, self.width()
        found = self._layout.get(row)
        if found is None:
            found = self._layout[row] = self._place(row)
        return found

    def _place(self, row: int) -> _RowLayout:
        """Place one engineer's row for the current width."""
        assert self.board is not None
        eng, x = self.board.engineers[row], self._x_converter()
        top = HEADER + row * ROW
        # the hours at work, and the hours off between them: each pixel of the row is
        # filled once (a board painted whole is tens of millions of pixels)
        working, off, at, end = [], [], float(NAME_WIDTH), float(self.width())
        for x1, x2 in sorted((max(at, x(a)), min(end, x(b))) for a, b in eng.working):
            if x2 <= x1:
                continue
            if x1 > at:
                off.append(QRectF(at, top, x1 - at, ROW))
            working.append(QRectF(x1, top, x2 - x1, ROW))
            at = max(at, x2)
        if at < end:
            off.append(QRectF(at, top, end - at, ROW))
        leave = []
        for a, b, _kind in eng.leave:
            x1, x2 = max(NAME_WIDTH, x(a)), min(self.width(), x(b))
            if x2 > x1:
                leave.append(QRectF(x1, top, x2 - x1, ROW))
        label = f"{eng.name}  ·  {word(eng.skill_level)}"
        blocks = [_Block(self._block_rect(v, x), v) for v in self.board.visits_of(eng.id)]
        blocks.sort(key=lambda b: b.rect.left())
        for i, block in enumerate(blocks):  # a label beside its block may run up to the next
            after = [b.rect.left() for b in blocks[i + 1 :]]
            overlap = next((left for left in after if left <= block.rect.right()), None)
            if overlap is not None:  # a clash: the label stays on the visible part
                block.reach = max(0, overlap - block.rect.left())
                block.room = 0
                continue
            limit = next((left for left in after if left > block.rect.right()), self.width())
            block.room = limit - block.rect.right() - 8
            before = [b.rect.right() for b in blocks[:i]]
            block.room_left = block.rect.left() - max([NAME_WIDTH, *before]) - 8
        return _RowLayout(label, working, off, leave, blocks)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Paint the exposed rows only, each pixel of their fields once."""
        painter = QPainter(self)
        pal = self.palette()
        exposed = event.rect()
        if self.board is None:
            painter.fillRect(exposed, pal.base())
            return
        board = self.board
        first = max(0, (exposed.top() - HEADER) // ROW)
        last = min(len(board.engineers) - 1, (exposed.bottom() - HEADER) // ROW)
        base = pal.base()
        # the rows fill their fields; the names' column and the space below the rows are
        # the widget's own (the axis paints the header)
        below = HEADER + (last + 1) * ROW
        painter.fillRect(exposed.intersected(QRect(0, 0, NAME_WIDTH, self.height())), base)
        painter.fillRect(exposed.intersected(QRect(0, below, self.width(), self.height())), base)
        fit = self._text_fit()
        metrics = fit.metrics
        # text drawn at a point skips a layout per call
        baseline = (ROW + metrics.ascent() - metrics.descent()) // 2
        layouts = [(row, self._placed(row)) for row in range(first, last + 1)]
        # one call per kind of shading for all the rows exposed
        painter.setPen(Qt.PenStyle.NoPen)
        for brush, rects in (
            (QBrush(off_hours_colour(pal)), [r for _, lay in layouts for r in lay.off]),
            (base, [r for _, lay in layouts for r in lay.working]),
            (LEAVE_BRUSH, [r for _, lay in layouts for r in lay.leave]),
        ):
            if rects:
                painter.setBrush(brush)
                painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        name_room, selected = NAME_WIDTH - 8, None
        painter.setPen(pal.text().color())
        for row, layout in layouts:
            if board.engineers[row].id == self.selected_engineer:
                selected = row, layout
                continue
            fit.draw(painter, 6, HEADER + row * ROW + baseline, fit.cut(layout.label, name_room))
        if selected is not None:
            row, layout = selected
            top = HEADER + row * ROW
            painter.fillRect(QRect(0, top, NAME_WIDTH, ROW), pal.highlight())
            painter.setPen(pal.highlightedText().color())
            fit.draw(painter, 6, top + baseline, fit.cut(layout.label, name_room))
        painter.setPen(QPen(pal.mid().color()))
        width = self.width()
        painter.drawLines(
            [QLine(0, HEADER + (row + 1) * ROW - 1, width, HEADER + (row + 1) * ROW - 1)
             for row, _ in layouts]
        )  # fmt: skip
        self._paint_axis(painter)
        dragged = self._drag.visit.id if self._drag is not None else None
        ink = pal.text().color(), QPen(pal.highlight().color(), 3)
        for _row, layout in layouts:
            for block in layout.blocks:
                if block.visit.id == dragged:
                    continue
                if block.text is None:
                    _fit_label(fit, block)
                self._paint_block(painter, block, fit, ink)
        if self._drag is not None:
            ghost = self._ghost_rect()
            if ghost is not None:
                painter.setOpacity(0.6)
                shadow = _Block(ghost, self._drag.visit, INSIDE * 3)
                _fit_label(fit, shadow)
                self._paint_block(painter, shadow, fit, ink)
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

    def _text_fit(self) -> TextFit:
        """The widget's font, its measurements kept from paint to paint."""
        font = self.font()
        if self._fit is None or self._fit.key != font.key():
            self._fit = TextFit(font)
        return self._fit

    def _paint_block(
        self, painter: QPainter, block: _Block, fit: TextFit, ink: tuple[QColor, QPen]
    ) -> None:
        """A visit's block, its red corner when it cannot be reached, and its label;
        ``ink`` is the palette's text colour and the selection's pen."""
        rect, v = block.rect, block.visit
        colour = STATUS_COLOURS.get(v.status, OTHER_STATUS)
        outline = OUTLINES.get(v.status)
        painter.setPen(outline if outline is not None else QPen(colour.darker(140)))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        if self._late(v):  # a red corner: the engineer cannot get there in time
            corner = min(12, rect.width(), rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MARKER)
            painter.drawPolygon(
                QPolygon(
                    [
                        QPoint(rect.right() - corner, rect.top()),
                        QPoint(rect.right() + 1, rect.top()),
                        QPoint(rect.right() + 1, rect.top() + corner),
                    ]
                )
            )
        if v.id == self.selected_visit:
            painter.setPen(ink[1])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        first, second = block.text or ("", "")
        inside = block.inside
        x = rect.left() + 4 if inside else rect.right() + 5
        painter.setPen(INK_ON_BLOCK if inside else ink[0])
        line = fit.line
        top = rect.top() + (rect.height() - 2 * line) // 2 + fit.ascent
        if block.left:  # right-aligned against the block's left edge
            fit.draw(painter, rect.left() - 5 - fit.width(first), top, first)
            fit.draw(painter, rect.left() - 5 - fit.width(second), top + line, second)
            return
        fit.draw(painter, x, top, first)
        fit.draw(painter, x, top + line, second)

    def _late(self, v: BoardVisit) -> bool:
        """Whether the travel to a visit does not fit before it (or takes over a day)."""
        note = self.board.travel.get(v.id) if self.board is not None else None
        return note is not None and (note.short is not None or note.trip.too_far)

    # -- tooltip and keyboard --------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """A visit's tooltip: the rest of what its block cannot show."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            visit = self.visit_at(event.pos())
            if visit is None:
                QToolTip.hideText()
                event.ignore()
                return True
            note = self.board.travel.get(visit.id) if self.board is not None else None
            QToolTip.showText(event.globalPos(), visit_tooltip(visit, note), self)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Say what is selected when the calendar takes the focus."""
        self._describe()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Arrows select a visit; with Alt they move it, with Alt+Shift they resize it."""
        if not self.key_action(Qt.Key(event.key()), event.modifiers()):
            super().keyPressEvent(event)

    def key_action(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
        """Do what a key asks; False when it asks nothing of the calendar."""
        if self.board is None:
            return False
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        chosen = self.visit(self.selected_visit)
        if alt and chosen is not None and key in KEY_MOVES:
            assert chosen.engineer_id is not None
            if shift and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                change = SNAP if key == Qt.Key.Key_Down else -SNAP
                self.resizeRequested.emit(chosen.id, change)
                return True
            later, rows = KEY_MOVES[key]
            row = self.row_of(chosen.engineer_id) + rows
            if not 0 <= row < len(self.board.engineers):
                return True  # no engineer above the first or below the last
            self.moveRequested.emit(chosen.id, self.board.engineers[row].id, chosen.start + later)
            return True
        if alt or key not in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            return False
        self.select_visit(self._next_visit(chosen, key))
        return True

    def _next_visit(self, chosen: BoardVisit | None, key: Qt.Key) -> uuid.UUID | None:
        """The visit an arrow key leads to from the selected one."""
        assert self.board is not None
        engineers = self.board.engineers

        def row_visits(r: int) -> list[BoardVisit]:
            # row by row: a week of thousands of visits is made only as far as the keys go
            return self.board.visits_of(engineers[r].id) if self.board is not None else []

        if chosen is None or chosen.engineer_id not in self._rows:
            first = next((found for r in range(len(engineers)) if (found := row_visits(r))), [])
            return min(first, key=lambda v: v.start).id if first else None
        row = self._rows[chosen.engineer_id]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            mine = sorted(row_visits(row), key=lambda v: (v.start, v.reference))
            i = mine.index(chosen) + (1 if key == Qt.Key.Key_Right else -1)
            return mine[i].id if 0 <= i < len(mine) else chosen.id
        step = 1 if key == Qt.Key.Key_Down else -1
        r = row + step
        while 0 <= r < len(engineers):
            theirs = row_visits(r)
            if theirs:  # the nearest in time on the next row that has visits
                return min(theirs, key=lambda v: abs((v.start - chosen.start).total_seconds())).id
            r += step
        return chosen.id

    def _ghost_rect(self) -> QRect | None:
        if self._drag is None:
            return None
        if self._drag.resizing:
            rect = self.block_rect(self._drag.visit)
            rect.setRight(max(rect.left() + 4, self._drag.at.x()))
            return rect
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
        if visit is not None:
            self.select_visit(visit.id)
        if visit is not None and event.button() == Qt.MouseButton.LeftButton:
            grab = self.instant_at(pos.x()) - visit.start
            self._drag = _Drag(visit, grab, pos, self._on_edge(visit, pos))

    def _on_edge(self, visit: BoardVisit, pos: QPoint) -> bool:
        """Whether a point is on a block's right edge (wide blocks only: a thin one moves)."""
        rect = self.block_rect(visit)
        return rect.width() > 3 * EDGE and rect.right() - pos.x() < EDGE

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Move the ghost of the picked block; over a block's edge, show it can be taken."""
        pos = event.position().toPoint()
        if self._drag is not None:
            self._drag.at = pos
            self.update()
            return
        visit = self.visit_at(pos) if pos.x() >= NAME_WIDTH else None
        if visit is not None and self._on_edge(visit, pos):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Ask to move the visit where it was dropped, or to change its length (the view
        checks either with the rules)."""
        if self._drag is None:
            return
        drag, self._drag = self._drag, None
        pos = event.position().toPoint()
        if drag.resizing:
            self.update()
            change = round((self.instant_at(pos.x()) - drag.visit.end) / SNAP) * SNAP
            if change:
                self.resizeRequested.emit(drag.visit.id, change)
            return
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


def _fit_label(fit: TextFit, block: _Block) -> None:
    """Write a block's two lines on it when they fit, else beside it when there is more room
    there; each line is cut to the room it has."""
    first, second = f"{block.visit.reference} · {block.visit.client}", block.visit.site
    on_block = (block.rect.width() if block.reach is None else block.reach) - 8
    wanted = max(fit.width(first), fit.width(second))
    block.inside = (
        block.reach is not None  # beside it lies the overlapping block
        or wanted <= on_block
        or (on_block >= INSIDE and on_block >= block.room)
    )
    room = on_block if block.inside else block.room
    if not block.inside and room < min(wanted, INSIDE * 2) and block.room_left > room:
        block.left, room = True, block.room_left  # at the row's end: before the block
    if room < fit.width("V-20…"):  # an ellipsis alone says nothing
        block.text = ("", "")
        return
    block.text = fit.cut(first, room), fit.cut(second, room)


def KEYS_HELP() -> str:  # noqa: N802 - reads as the constant it stands for
    """How the calendar is used from the keyboard, for What's This and the tooltips."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "CalendarWidget",
        "Arrow keys select a visit (Left/Right: the engineer's previous or next visit; "
        "Up/Down: the row above or below). With a visit selected: Alt+Left/Right moves it by "
        "a day, Alt+Up/Down by 15 minutes, Alt+Shift+Up/Down makes it 15 minutes shorter or "
        "longer, Alt+PageUp/PageDown hands it to the engineer above or below. Every move is "
        "checked as a drag is. Ctrl+L shows the visits as a list. With the mouse, drag a block "
        "to move it, or its right edge to change its length.",
    )


def visit_tooltip(visit: BoardVisit, note: TravelNote | None) -> str:
    """Everything about a visit the block cannot show, one fact a line."""
    from PySide6.QtCore import QCoreApplication

    zone = ZoneInfo(visit.zone)
    a, b = visit.start.astimezone(zone), visit.end.astimezone(zone)
    lines = [
        f"{visit.reference} · {visit.ticket_reference}",
        visit.client,
        visit.site + (f", {visit.address}" if visit.address else ""),
        QCoreApplication.translate("CalendarWidget", "%1 – %2 (%3 time)")
        .replace("%1", when(a, "ddd dd MMM HH:mm"))
        .replace("%2", when(b, "HH:mm"))
        .replace("%3", zone_place(visit.zone)),
        QCoreApplication.translate("CalendarWidget", "Engineer: %1").replace(
            "%1", visit.engineer or "—"
        ),
        QCoreApplication.translate("CalendarWidget", "Status: %1").replace(
            "%1", word(visit.status)
        ),
        QCoreApplication.translate("CalendarWidget", "Level: %1").replace(
            "%1", word(visit.skill_level)
        ),
    ]
    if note is not None:
        lines.append(
            QCoreApplication.translate("CalendarWidget", "Travel: %1").replace(
                "%1", say(note.trip.reason)
            )
        )
        if note.short is not None:
            lines.append("⚠ " + say(note.short))
    return "\n".join(lines)


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
