"""The Time tab (issue 21): filters and totals, sending time back with a reason, the
engineer's change that answers it, the running timer and the week timesheet (E5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from builders import World
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, Role
from console.model import Engineer, TimeEntry, User
from console.services.timer import running_timer
from console.views.context import DeskContext
from console.views.dialog_support import set_chosen
from console.views.time_dialog import ChangeTimeDialog, TimeDialog
from console.views.time_view import WAITING_COLUMN, TimeView

MON = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
NOW = MON + timedelta(hours=4)


class Office:
    """Two engineers (Jan signs in), the desk, and Jan's and Piet's work on Monday."""

    def __init__(self, engine: Engine) -> None:
        with Session(engine) as session:
            w = World(session, ContractKind.ON_DEMAND)
            piet = Engineer(name="Piet", home_time_zone="Europe/Amsterdam")
            session.add(piet)
            session.flush()
            desk = User(username="desk", display_name="Desk", role=Role.DISPATCHER)
            jan = User(username="jan", display_name="Jan", role=Role.ENGINEER,
                       engineer_id=w.engineer.id)  # fmt: skip
            session.add_all([desk, jan])
            self.jans = w.work(MON, 2, approved=False, description="printer").id
            w.work(MON + timedelta(days=1), 1.5, approved=True)
            session.add(
                TimeEntry(ticket_id=w.ticket.id, engineer_id=piet.id, started_at=MON,
                          ended_at=MON + timedelta(hours=1), billable=False,
                          non_billable_reason="goodwill")
            )  # fmt: skip
            session.commit()
            self.reference = w.ticket.reference
            self.ticket_id = w.ticket.id
            self.jan_id, self.piet_id = w.engineer.id, piet.id
        self.engine = engine

    def view(self, qtbot: QtBot, username: str) -> TimeView:
        desk = DeskContext(self.engine, clock=lambda: NOW)
        desk.sign_in(username)
        view = TimeView(desk)
        qtbot.addWidget(view)
        view.reload()
        return view


@pytest.fixture
def office(store: Engine) -> Office:
    return Office(store)


def _totals(view: TimeView) -> str:
    return view.status.text()


def test_the_desk_filters_by_engineer_day_and_state_with_totals(
    qtbot: QtBot, office: Office
) -> None:
    view = office.view(qtbot, "desk")
    assert view.approvals.model().rowCount() == 2  # the desk opens on what waits for it
    assert "2 entries shown" in _totals(view) and "3.00 h, of which 2.00 h billable" in _totals(
        view
    )
    set_chosen(view.engineer, office.piet_id)
    assert view.approvals.model().rowCount() == 1 and "1.00 h, of which 0.00 h billable" in _totals(
        view
    )
    set_chosen(view.engineer, None)
    set_chosen(view.state, "all")
    set_chosen(view.period, "day")
    view.day.setDate(QDate(2026, 11, 17))
    assert view.approvals.model().rowCount() == 1 and "1.50 h" in _totals(view)
    set_chosen(view.period, "week")
    assert view.approvals.model().rowCount() == 3 and "4.50 h, of which 3.50 h billable" in _totals(
        view
    )
    set_chosen(view.state, "approved")
    assert view.approvals.model().index(0, WAITING_COLUMN).data() == "(approved)"


def test_the_desk_rejects_with_a_reason_and_the_engineer_answers(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "console.views.time_view.show_error", lambda _parent, exc: shown.append(str(exc))
    )
    view = office.view(qtbot, "desk")
    view.approvals.selectRow(view.entries.index(office.jans))
    assert view.reject_selected("  ") == 0
    assert shown and shown[0].startswith("reason:")  # the field is named
    assert view.reject_selected("Which printer?") == 1
    assert office.jans not in view.entries  # no longer waiting for the desk
    set_chosen(view.state, "rejected")
    assert view.entries == [office.jans]
    assert "Which printer?" in view.approvals.model().index(0, WAITING_COLUMN).data()
    view.approvals.selectRow(0)
    assert view.approve_selected() == 0 and "sent back" in shown[-1]

    laptop = office.view(qtbot, "jan")
    assert laptop.me == office.jan_id and laptop.approvals.model().rowCount() == 2  # own week, all
    assert not laptop.sent_back.isHidden() and "1 of your entries" in laptop.sent_back.text()
    laptop.sent_back.linkActivated.emit("#")
    assert laptop.entries == [office.jans]
    laptop.approvals.selectRow(0)
    dialog = ChangeTimeDialog(laptop.desk, laptop.lines[0])
    qtbot.addWidget(dialog)
    assert "Which printer?" in dialog.findChild(type(dialog.problems), "rejectionReason").text()
    dialog.description.setPlainText("Printer on the 2nd floor, tag 4411")
    dialog.save()
    assert dialog.cleared and dialog.result() == dialog.DialogCode.Accepted
    laptop.reload_entries()
    assert laptop.approvals.model().rowCount() == 0  # nothing sent back any more
    assert laptop.sent_back.isHidden()
    view.reload_entries()
    set_chosen(view.state, "waiting")
    assert office.jans in view.entries


def test_a_change_that_overlaps_is_refused_in_the_dialog(qtbot: QtBot, office: Office) -> None:
    laptop = office.view(qtbot, "jan")
    set_chosen(laptop.period, "all")
    line = next(li for li in laptop.lines if li.started_at > MON)
    dialog = ChangeTimeDialog(laptop.desk, line)
    qtbot.addWidget(dialog)
    from console.views.dialog_support import set_instant

    set_instant(dialog.started, MON + timedelta(hours=1))
    set_instant(dialog.ended, MON + timedelta(hours=3))
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert office.reference in dialog.problems.text() and "Started" in dialog.problems.text()


def test_an_overlapping_entry_is_refused_with_the_clash_named(qtbot: QtBot, office: Office) -> None:
    desk = DeskContext(office.engine, clock=lambda: NOW)
    desk.sign_in("jan")
    dialog = TimeDialog(desk, office.ticket_id)
    qtbot.addWidget(dialog)
    from console.views.dialog_support import chosen, set_instant

    assert chosen(dialog.ui.engineer) == office.jan_id  # their own name, not the first listed
    set_instant(dialog.ui.started, MON + timedelta(minutes=30))
    set_instant(dialog.ui.ended, MON + timedelta(hours=1))
    dialog.save()
    assert dialog.saved is None
    said = dialog.ui.problems.text()
    assert office.reference in said and "overlaps" in said


def test_the_timer_starts_runs_and_stops_into_an_entry(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = {"now": NOW}
    desk = DeskContext(office.engine, clock=lambda: clock["now"])
    desk.sign_in("jan")
    view = TimeView(desk)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert view.start_button.isVisible() and not view.stop_button.isVisible()
    view.timer_ticket.textEdited.emit("wor")  # words of the title find the ticket
    picked = f"{office.reference} — Work"
    assert view.ticket_choices.stringList() == [picked]
    view.timer_ticket.setText(picked)
    assert view.start_timer()
    assert view.stop_button.isVisible() and not view.start_button.isVisible()
    clock["now"] = NOW + timedelta(minutes=42, seconds=5)
    view.show_timer()
    assert "0:42:05" in view.timer_label.text() and office.reference in view.timer_label.text()
    again = TimeView(desk)  # the app restarted: the timer is still there
    qtbot.addWidget(again)
    assert "0:42:05" in again.timer_label.text()
    entry_id = view.stop_timer("new toner")
    assert entry_id is not None and running_timer(desk.acting) is None
    with Session(office.engine) as session:
        entry = session.get_one(TimeEntry, entry_id)
        assert entry.description == "new toner" and entry.engineer_id == office.jan_id
        assert entry.ended_at - entry.started_at == timedelta(minutes=42, seconds=5)
    assert entry_id in view.entries
    assert "not running" in view.timer_label.text()


def test_a_timer_that_overlaps_keeps_running_and_says_why(
    qtbot: QtBot, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "console.views.time_view.show_error", lambda _parent, exc: shown.append(str(exc))
    )
    clock = {"now": MON + timedelta(hours=1)}
    desk = DeskContext(office.engine, clock=lambda: clock["now"])
    desk.sign_in("jan")
    view = TimeView(desk)
    qtbot.addWidget(view)
    assert view.start_timer(office.reference)
    clock["now"] = MON + timedelta(hours=1, minutes=30)
    assert view.stop_timer("") is None
    assert office.reference in shown[-1] and running_timer(desk.acting) is not None


def test_the_week_sheet_shows_days_tickets_and_totals(qtbot: QtBot, office: Office) -> None:
    view = office.view(qtbot, "jan")
    view.day.setDate(QDate(2026, 11, 18))
    dialog = view.show_week()
    qtbot.addWidget(dialog)
    grid = dialog.grid
    assert grid.columnCount() == 9 and grid.rowCount() == 2  # one ticket, and the totals
    assert grid.item(0, 0).text().startswith(office.reference)
    assert [grid.item(0, c).text() for c in (1, 2, 3, 8)] == ["2.00", "1.50", "", "3.50"]
    assert grid.item(1, 8).text() == "3.50"
    assert "2026-W47" in dialog.week_label.text()
    assert "3.50 h this week, 3.50 h billable" in dialog.totals.text()
    dialog.next.click()
    assert grid.rowCount() == 1 and "2026-W48" in dialog.week_label.text()
    set_chosen(dialog.engineer, office.piet_id)
    dialog.previous.click()
    assert grid.item(0, 1).text() == "1.00"


def test_the_ticket_pane_starts_the_timer_on_its_ticket(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    """An engineer at a ticket starts the timer from the pane; it runs in the Time tab."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QPushButton

    from console.views.main_window import MainWindow

    desk = DeskContext(office.engine, clock=lambda: NOW)
    desk.sign_in("jan")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(office.engine, settings, desk)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    window.queue.load_clocks()
    window.queue.table.selectRow(0)
    button = next(b for b in window.queue.pane.findChildren(QPushButton)
                  if b.text() == "Start timer")  # fmt: skip
    button.click()
    timer = running_timer(desk.acting)
    assert timer is not None and timer.ticket_reference == office.reference
    assert "Timer started" in window.statusBar().currentMessage()
    assert office.reference in window.time.timer_label.text()


def test_a_credits_low_mark_is_shown_in_the_balances_unit(window: Any) -> None:
    """Hours as hours, money in its currency: "12.00" beside "51.73 h" said neither."""
    window.tabs.setCurrentIndex(window.tab_index("time"))
    model = window.time.credit.model()
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert {r[2].endswith(" h") for r in rows} == {True, False}  # hours and money both shown
    for _client, _contract, balance, low in rows:
        assert low, balance
        if balance.endswith(" h"):
            assert low.endswith(" h"), low
        else:
            unit = "".join(ch for ch in balance if not (ch.isdigit() or ch in ".,  "))
            assert unit and unit in low, (balance, low)  # the same currency


def test_a_long_list_shows_its_first_entries_and_counts_them_all(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: a million-ticket desk had tens of thousands of entries waiting, and the
    tab froze for seconds filling them all. It shows the first ones and says how to narrow
    the list; the totals still count every entry found."""
    from console.views import time_view

    window.tabs.setCurrentIndex(window.tab_index("time"))
    view = window.time
    every = view.status.text()
    total = view.approvals.model().rowCount()
    assert total > 5
    monkeypatch.setattr(time_view, "SHOWN_AT_MOST", 5)
    view.reload_entries()
    assert view.approvals.model().rowCount() == 5 and len(view.entries) == 5
    said = view.status.text()
    assert said.startswith(f"The first 5 of {total} entries shown: choose an engineer or a day")
    assert said.split(" · ")[1] == every.split(" · ")[1]  # the same hours: every entry


def test_the_lists_size_their_columns_once_per_fill_not_per_cell(window: Any) -> None:
    """With every column sized to its contents by the header, each cell set in a full
    table measured its whole column again: filling a thousand entries a second time took
    two and a half minutes. Columns are sized once a list is shown, and fit what it holds."""
    from PySide6.QtWidgets import QHeaderView

    window.tabs.setCurrentIndex(window.tab_index("time"))
    view = window.time
    view.reload()  # a second fill of a full list
    for table in (view.approvals, view.credit):
        header = table.horizontalHeader()
        modes = {header.sectionResizeMode(c) for c in range(header.count())}
        assert QHeaderView.ResizeMode.ResizeToContents not in modes
        assert table.updatesEnabled()
    reference = view.approvals.model().index(0, 1).data()
    assert reference.startswith("T-")
    width = view.approvals.fontMetrics().horizontalAdvance(reference)
    assert view.approvals.columnWidth(1) >= width
    # the list is an item model over entries worded off the window's thread: a new list
    # is one reset, not thousands of cells made
    assert view.approvals.model() is view.list_model
