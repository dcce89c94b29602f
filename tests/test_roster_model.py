"""The roster's table words each engineer once, when a view first asks for the row."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any
from unittest.mock import patch

from PySide6.QtCore import Qt

from console.enums import SkillLevel
from console.services.roster import HoursGroup, LeaveSpan, RosterRow
from console.views import roster_view
from console.views.roster_view import COLUMNS, RosterModel


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
