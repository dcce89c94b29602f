"""The desk hears once when a clock turns at risk and once when it is missed (issue 20's
desk notifications), in the window as well as by mail; clocks already late when the window
opens are listed, not announced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from conftest import DEMO_NOW
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.enums import SlaTargetKind
from console.queue.alerts import SlaAlert, alerting_now, new_alerts
from console.queue.rows import QueueRows
from console.rules.calendar import around_the_clock
from console.rules.sla import Clock, ClockState, Target

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _clock(due_in: timedelta, state: ClockState = ClockState.RUNNING) -> Clock:
    due = T0 + due_in
    return Clock(
        Target(SlaTargetKind.RESPONSE, 60, around_the_clock()), state, T0 - timedelta(hours=1),
        due, timedelta(0), due_in, at_risk_at=due - timedelta(minutes=12),
    )  # fmt: skip


def _rows(*refs: str) -> QueueRows:
    return QueueRows(
        {"id": list(refs), "reference": list(refs), "title": [f"about {r}" for r in refs]}
    )


def test_t6_a_clock_alerts_once_at_risk_and_once_missed() -> None:
    rows = _rows("T-1", "T-2")
    clocks = [_clock(timedelta(minutes=30)), None]
    seen = alerting_now(rows, clocks, T0)
    assert seen == frozenset()
    alerts, seen = new_alerts(rows, clocks, T0 + timedelta(minutes=10), seen)
    assert alerts == []
    alerts, seen = new_alerts(rows, clocks, T0 + timedelta(minutes=20), seen)
    assert [(a.reference, a.state) for a in alerts] == [("T-1", ClockState.AT_RISK)]
    assert alerts[0].title == "about T-1" and not alerts[0].breached
    alerts, seen = new_alerts(rows, clocks, T0 + timedelta(minutes=25), seen)
    assert alerts == []  # told already
    alerts, seen = new_alerts(rows, clocks, T0 + timedelta(minutes=31), seen)
    assert [(a.reference, a.state) for a in alerts] == [("T-1", ClockState.BREACHED)]
    assert new_alerts(rows, clocks, T0 + timedelta(hours=3), seen)[0] == []


def test_clocks_late_when_the_window_opens_are_not_announced_and_missed_ones_come_first() -> None:
    rows = _rows("T-1", "T-2", "T-3")
    clocks = [
        _clock(timedelta(minutes=-5)),  # missed before the window opened
        _clock(timedelta(minutes=30)),
        _clock(timedelta(minutes=15)),
    ]
    seen = alerting_now(rows, clocks, T0)
    alerts, _ = new_alerts(rows, clocks, T0 + timedelta(minutes=20), seen)
    assert [(a.reference, a.state) for a in alerts] == [
        ("T-3", ClockState.BREACHED),
        ("T-2", ClockState.AT_RISK),
    ]


def test_the_window_tells_the_dispatcher_and_takes_them_to_the_ticket(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings

    from console.views.context import DeskContext
    from console.views.main_window import MainWindow

    now = [DEMO_NOW]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = DeskContext(demo_engine, clock=lambda: now[0])
    desk.sign_in(None)
    win = MainWindow(demo_engine, settings, desk)
    qtbot.addWidget(win)
    win.show()
    win.reload()
    win.queue.load_clocks()
    told: list[list[SlaAlert]] = []
    win.queue.slaAlerts.connect(told.append)
    win.queue.tick()
    assert told == []  # nothing new at the same minute
    # two days on, the clocks still running on the demo's open tickets run out
    now[0] = DEMO_NOW + timedelta(days=2)
    win.queue.tick()
    assert len(told) == 1 and told[0], "no clock ran out in two days"
    alerts = told[0]
    assert all(a.state in (ClockState.AT_RISK, ClockState.BREACHED) for a in alerts)
    shown = win.statusBar().currentMessage()
    assert alerts[0].reference in shown and "missed" in shown, shown
    win.queue.tick()
    assert len(told) == 1  # each clock once
    win.sla_alerts.openTicket.emit(alerts[0].ticket_id)
    assert win.tabs.currentWidget() is win.queue
    assert win.queue.current_ticket_id() == alerts[0].ticket_id
