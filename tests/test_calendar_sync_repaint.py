"""A sync that brings changes while the week board is on screen repaints only the engineer
rows it changed (issue 24: no stall of the window's thread over 16 ms at a million
tickets). What changed is worked out on plain boards, off the window's thread."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from console.enums import SkillLevel, VisitStatus
from console.services.board import (
    Board,
    BoardEngineer,
    BoardVisit,
    PlannedVisits,
    board_change,
)
from console.views.calendar_widget import CalendarWidget, _Drag

MONDAY = datetime(2026, 11, 16, tzinfo=UTC)
WEEK = MONDAY + timedelta(days=7)


def _engineers(count: int) -> list[BoardEngineer]:
    return [
        BoardEngineer(uuid.UUID(int=i + 1), f"Engineer {i}", "UTC", SkillLevel.SENIOR, ("en",),
                      working=[(MONDAY + timedelta(days=d, hours=8),
                                MONDAY + timedelta(days=d, hours=17)) for d in range(5)])
        for i in range(count)
    ]  # fmt: skip


def _visit(n: int, engineer: BoardEngineer | None, hour: int = 9) -> BoardVisit:
    start = MONDAY + timedelta(days=n % 5, hours=hour)
    return BoardVisit(uuid.UUID(int=1000 + n), f"V-{n}", f"T-{n}", "Client", "Site",
                      VisitStatus.APPROVED, start, start + timedelta(hours=2),
                      engineer.id if engineer else None, SkillLevel.SENIOR, ("en",))  # fmt: skip


def _board(
    engineers: list[BoardEngineer],
    visits: list[BoardVisit],
    waiting: list[BoardVisit] | None = None,
    context: object = None,
) -> Board:
    """A board as `load_board` makes it: engineers and their visits, in time order."""
    visits = sorted(visits, key=lambda v: v.start)
    planned = PlannedVisits(visits, [v.engineer_id for v in visits], [v.id for v in visits],
                            context=context).index()  # fmt: skip
    return Board(MONDAY, WEEK, [replace(e) for e in engineers], planned, list(waiting or []))


def test_the_same_week_read_again_changes_nothing() -> None:
    engineers = _engineers(3)
    visits = [_visit(n, engineers[n % 3]) for n in range(9)]
    change = board_change(_board(engineers, visits), _board(engineers, list(visits)))
    assert change is not None
    assert change.rows == frozenset() and not change.unassigned


def test_a_visit_moved_to_another_engineer_changes_both_rows_only() -> None:
    engineers = _engineers(4)
    visits = [_visit(n, engineers[n % 4]) for n in range(8)]
    moved = [replace(v, engineer_id=engineers[3].id) if v.reference == "V-1" else v
             for v in visits]  # fmt: skip
    change = board_change(_board(engineers, visits), _board(engineers, moved))
    assert change is not None and change.rows == {1, 3} and not change.unassigned


def test_a_visit_moved_later_the_same_day_changes_its_row() -> None:
    engineers = _engineers(2)
    visits = [_visit(0, engineers[0]), _visit(1, engineers[1])]
    later = [visits[0], replace(visits[1], start=visits[1].start + timedelta(hours=1))]
    change = board_change(_board(engineers, visits), _board(engineers, later))
    assert change is not None and change.rows == {1}


def test_an_engineer_on_leave_changes_that_row() -> None:
    engineers = _engineers(3)
    away = list(engineers)
    away[2] = replace(away[2], leave=[(MONDAY, MONDAY + timedelta(days=1), "holiday")])
    change = board_change(_board(engineers, []), _board(away, []))
    assert change is not None and change.rows == {2}


def test_a_visit_waiting_for_an_engineer_changes_the_tray_not_the_rows() -> None:
    engineers = _engineers(2)
    change = board_change(_board(engineers, []), _board(engineers, [], [_visit(5, None)]))
    assert change is not None and change.rows == frozenset() and change.unassigned


def test_another_range_or_other_engineers_show_the_board_whole() -> None:
    engineers = _engineers(3)
    shown = _board(engineers, [])
    next_week = Board(WEEK, WEEK + timedelta(days=7), engineers, [], [])
    assert board_change(shown, next_week) is None
    assert board_change(shown, _board(engineers[:2], [])) is None  # one left
    assert board_change(shown, _board(engineers[::-1], [])) is None  # renamed: new order


def test_a_renamed_client_or_site_shows_the_board_whole() -> None:
    """Visits are made from their rows with the names of clients and sites: rows equal
    under other names would read differently."""
    engineers = _engineers(2)
    visits = [_visit(0, engineers[0])]
    before = _board(engineers, visits, context=({"c1": "Acme"}, {}))
    after = _board(engineers, visits, context=({"c1": "Acme Ltd"}, {}))
    assert board_change(before, after) is None


def _painted(qtbot: QtBot, board: Board) -> CalendarWidget:
    """A calendar widget showing ``board``, every row placed and painted."""
    widget = CalendarWidget()
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.set_board(board, MONDAY)
    widget.grab()
    return widget


def test_the_widget_places_again_only_the_rows_changed(qtbot: QtBot) -> None:
    engineers = _engineers(5)
    visits = [_visit(n, engineers[n % 5]) for n in range(10)]
    shown = _board(engineers, visits)
    widget = _painted(qtbot, shown)
    placed = dict(widget._layout)
    assert set(placed) == set(range(5))
    later = [replace(v, start=v.start + timedelta(hours=3), end=v.end + timedelta(hours=3))
             if v.reference == "V-2" else v for v in visits]  # fmt: skip
    read = _board(engineers, later)
    change = board_change(shown, read)
    assert change is not None and change.rows == {2}
    widget.set_board(read, MONDAY, change)
    assert widget.board is read
    widget.grab()
    assert all(widget._layout[row] is placed[row] for row in (0, 1, 3, 4))
    assert widget._layout[2] is not placed[2]
    moved = next(v for v in later if v.reference == "V-2")
    assert widget.visit_at(widget.block_rect(moved).center()) == moved


def test_a_drag_survives_a_sync_that_left_its_row_alone(qtbot: QtBot) -> None:
    engineers = _engineers(3)
    visits = [_visit(n, engineers[n % 3]) for n in range(3)]
    shown = _board(engineers, visits)
    widget = _painted(qtbot, shown)
    taken = visits[0]  # engineer 0's
    widget._drag = _Drag(taken, timedelta(0), QPoint(0, 0))
    other = [replace(v, end=v.end + timedelta(hours=1)) if v is visits[1] else v
             for v in visits]  # fmt: skip
    read = _board(engineers, other)
    widget.set_board(read, MONDAY, board_change(shown, read))
    assert widget._drag is not None  # engineer 1's visit changed: the drag goes on
    again = [replace(v, end=v.end + timedelta(hours=1)) if v is visits[0] else v
             for v in other]  # fmt: skip
    last = _board(engineers, again)
    widget.set_board(last, MONDAY, board_change(read, last))
    assert widget._drag is None  # the visit taken changed under the mouse: let go
