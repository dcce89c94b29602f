"""The roster's table words each engineer once, when a view first asks for the row."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any
from unittest.mock import patch

from PySide6.QtCore import Qt

from console.enums import SkillLevel
from console.services.roster import HoursGroup, LeaveSpan, RosterRow
from console.views import roster_view
from console.views.roster_view import COLUMNS, RosterModel
from console.views.worded_rows import changed_rows


def _row(n: int) -> RosterRow:
    return RosterRow(
        uuid.uuid4(), f"Engineer {n}", SkillLevel.SENIOR, ("network", "windows"), ("nl", "en"),
        "Amsterdam", "Europe/Amsterdam", (HoursGroup("mon", "fri", (("08:00", "17:00"),)),),
        LeaveSpan("vacation", date(2026, 12, 21), date(2026, 12, 24)) if n == 1 else None,
        Decimal("2.5"), 40, ("Tulp B.V.",),
    )  # fmt: skip


def test_each_row_is_worded_once_and_only_when_shown(qapp: Any) -> None:
    model = RosterModel()
    model.set_rows([_row(n) for n in range(3000)])
    worded = roster_view._cells
    with patch.object(roster_view, "_cells", side_effect=worded) as cells:
        assert model.rowCount() == 3000 and cells.call_count == 0  # a reset words nothing
        shown = [model.index(1, c).data() for c in range(len(COLUMNS))]
        model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert cells.call_count == 1  # every cell and role of the row from one wording
    assert shown[:2] == ["Engineer 1", "Senior"] and shown[6] == "Mon-Fri 08:00-17:00"
    assert shown[7] == "vacation 21 Dec-24 Dec" and shown[8] == "2.50" and shown[9] == "40"
    clients = [key for key, _title in COLUMNS].index("clients")
    assert model.index(1, clients).data(Qt.ItemDataRole.ToolTipRole) == "Tulp B.V."
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None  # a name is never cut
    model.set_rows([_row(0)])  # new rows: worded afresh
    assert model.index(0, 0).data() == "Engineer 0" and model.index(0, 7).data() == ""


def test_a_read_tells_which_rows_differ_from_those_shown() -> None:
    """Issue 24: a sync seldom changes the engineers on screen; the read off the window's
    thread works out which rows did, so only those repaint."""
    rows = [_row(n) for n in range(5)]
    same = list(rows)
    assert changed_rows(rows, same) == []
    renamed = list(rows)
    renamed[3] = replace(rows[3], name="Engineer 3 (renamed)")
    renamed[4] = replace(rows[4], today_hours=Decimal("4"))
    assert changed_rows(rows, renamed) == [3, 4]
    assert changed_rows(rows, rows[:4]) is None  # one left: the rows move, a reset shows it
    swapped = [rows[1], rows[0], *rows[2:]]
    assert changed_rows(rows, swapped) is None  # another engineer in a place
    assert changed_rows([], []) == []


def test_changed_rows_repaint_alone_and_keep_the_others_words(qapp: Any) -> None:
    model = RosterModel()
    rows = [_row(n) for n in range(30)]
    model.set_rows(rows)
    for r in (1, 2, 3):
        model.index(r, 0).data()  # these three shown, so worded
    resets: list[int] = []
    painted: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(
        lambda a, b, _roles: painted.append((a.row(), a.column(), b.row(), b.column()))
    )
    fresh = list(rows)
    fresh[2] = replace(rows[2], name="Renamed", week_utilisation_pct=80)
    worded = roster_view._cells
    with patch.object(roster_view, "_cells", side_effect=worded) as cells:
        model.update_rows(fresh, [2])
        assert model.index(1, 0).data() == "Engineer 1"  # worded before: not worded again
        assert cells.call_count == 0
        assert model.index(2, 0).data() == "Renamed" and model.index(2, 9).data() == "80"
        assert cells.call_count == 1  # the changed row alone
    assert not resets and painted == [(2, 0, 2, len(COLUMNS) - 1)]
    assert model.rows is fresh
