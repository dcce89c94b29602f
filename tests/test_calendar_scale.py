"""The week board of a large desk: rows are placed, and travel worked out, only for what is
shown or asked, and each pixel of a row is filled once (issue 24: a week of 3,000
engineers took 0.9 s to show)."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from console.enums import SkillLevel, VisitStatus
from console.rules.travel import point_of
from console.services.board import Board, BoardEngineer, BoardVisit, TravelNotes
from console.views.calendar_widget import HEADER, NAME_WIDTH, ROW, CalendarWidget
from console.views.text_fit import TextFit

MONDAY = datetime(2026, 11, 16, tzinfo=UTC)


def _board(engineers: int, visits_each: int) -> Board:
    rows, visits = [], []
    rng = random.Random(4)
    for i in range(engineers):
        eng = BoardEngineer(
            uuid.uuid4(), f"Engineer {i:04d}", "Europe/Amsterdam", SkillLevel.SENIOR, ("en",),
            working=[(MONDAY + timedelta(days=d, hours=8), MONDAY + timedelta(days=d, hours=17))
                     for d in range(5)],
            base=point_of(52.37, 4.89), base_name="Amsterdam",
        )  # fmt: skip
        rows.append(eng)
        for k in range(visits_each):
            start = MONDAY + timedelta(days=k % 5, hours=9 + 3 * (k // 5))
            where = point_of(52.0 + rng.random(), 4.0 + rng.random())
            visit = BoardVisit(uuid.uuid4(), f"V-{i}-{k}", f"T-{i}-{k}", "Client", "Site",
                               VisitStatus.APPROVED, start, start + timedelta(hours=2), eng.id,
                               SkillLevel.SENIOR, ("en",), point=where)  # fmt: skip
            visits.append(visit)
    visits.sort(key=lambda v: v.start)
    board = Board(MONDAY, MONDAY + timedelta(days=7), rows, visits, [])
    board.travel = TravelNotes(board)
    return board


def test_only_the_rows_painted_are_placed(qtbot: QtBot) -> None:
    """A board of 2,000 engineers in a window-sized view places the rows it paints."""
    area = QScrollArea()  # as the calendar view holds it
    qtbot.addWidget(area)
    widget = CalendarWidget()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.resize(1400, 900)
    board = _board(2000, 3)
    widget.set_board(board, MONDAY + timedelta(days=2))
    area.show()
    qtbot.waitExposed(area)
    area.viewport().grab()  # what the window shows: about 30 rows of a 900-pixel view
    assert 0 < len(widget._layout) <= 900 // ROW + 2
    # a row further down is placed when it is reached, with its blocks where they belong
    far = board.engineers[1500]
    layout = widget._placed(1500)
    assert [b.visit.engineer_id for b in layout.blocks] == [far.id] * 3
    assert all(b.rect.top() == HEADER + 1500 * ROW + 3 for b in layout.blocks)


def test_travel_asked_visit_by_visit_equals_all_at_once() -> None:
    """Worked out one engineer at a time, in any order, the notes are the same as all at once."""
    board = _board(30, 6)
    whole = dict(TravelNotes(board))
    assert len(whole) == len(board.visits)
    lazy = TravelNotes(board)
    order = [v.id for v in board.visits]
    random.Random(2).shuffle(order)
    assert {vid: lazy[vid] for vid in order} == whole
    asked = TravelNotes(board)
    first = board.visits[0]
    assert asked.get(first.id) == whole[first.id]
    assert len(asked._done) == 1  # one engineer's day worked out, not the board's
    assert asked.get(uuid.uuid4()) is None


def test_a_row_fills_each_pixel_of_its_fields_once(qtbot: QtBot) -> None:
    """The hours at work and the hours off between them tile the row from the names to
    the right edge, without overlap: a board painted whole filled every row twice."""
    widget = CalendarWidget()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    board = _board(3, 2)
    # a shift that runs past the week's end, and one before it starts, are cut at the edges
    board.engineers[1].working.append((MONDAY - timedelta(hours=3), MONDAY + timedelta(hours=2)))
    board.engineers[1].working.append(
        (MONDAY + timedelta(days=6, hours=20), MONDAY + timedelta(days=8))
    )
    widget.set_board(board, MONDAY + timedelta(days=2))
    for row in range(3):
        layout = widget._placed(row)
        spans = sorted((r.left(), r.right()) for r in layout.working + layout.off)
        assert spans[0][0] == NAME_WIDTH and spans[-1][1] == widget.width()
        assert all(a[1] == b[0] for a, b in pairwise(spans))  # no gap, no overlap
        assert len(layout.working) == len(board.engineers[row].working)


def test_measurements_are_taken_once_and_agree_with_the_font(qtbot: QtBot) -> None:
    widget = CalendarWidget()
    qtbot.addWidget(widget)
    fit = TextFit(widget.font())
    metrics = QFontMetrics(widget.font())
    name = "Engineer 0001 with a very long name  ·  senior"
    assert fit.cut(name, 90) == metrics.elidedText(name, Qt.TextElideMode.ElideRight, 90)
    assert fit.cut(name, 90) is fit.cut(name, 90)  # kept, not measured again
    assert fit.width("<b>V-20</b>") == metrics.horizontalAdvance("<b>V-20</b>")
