"""The queue a dispatcher reads at a glance: most urgent first, premium and emergencies
marked, the title taking the width (issue 21's queue; C11, T6, T10)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from conftest import DEMO_NOW
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, inspect

from console.enums import SlaTargetKind, TicketStatus
from console.queue.filters import sort_order, urgency_order
from console.queue.rows import QueueRows, contracts, load_queue
from console.rules.calendar import around_the_clock
from console.rules.queue_order import queue_place
from console.rules.sla import Clock, ClockState, Target
from console.views.queue_model import KEYS

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
NOW = T0.timestamp()


def _place(
    priority: str = "normal",
    emergency: bool = False,
    premium: bool = False,
    due: float | None = None,
    left: float | None = None,
    opened: str = "2026-11-01",
) -> tuple[object, ...]:
    return queue_place(priority, emergency, premium, due, left, NOW, opened)


def test_t10_emergencies_come_first_then_missed_clocks_then_the_soonest_due() -> None:
    tickets = {
        "no clock": _place("urgent"),
        "paused": _place("urgent", left=600),
        "due in 2 h": _place("low", due=NOW + 7200),
        "due in 10 min": _place("low", due=NOW + 600),
        "missed long ago": _place("low", due=NOW - 86400 * 30),
        "missed, urgent": _place("urgent", due=NOW - 60),
        "new emergency": _place("high", emergency=True, due=NOW + 3600),
        "missed emergency": _place("high", emergency=True, due=NOW - 60),
    }
    ordered = sorted(tickets, key=tickets.__getitem__)
    assert ordered == [
        "missed emergency", "new emergency", "missed, urgent", "missed long ago",
        "due in 10 min", "due in 2 h", "paused", "no clock",
    ]  # fmt: skip


def test_c11_t6_premium_first_among_equally_urgent_tickets_never_ahead_of_a_more_urgent() -> None:
    """C11, T6 ("premium at once"): of two missed normal tickets, or two due the same
    minute, the premium contract's comes first; an urgent one still goes before both."""
    tickets = {
        "missed": _place("normal", due=NOW - 7200),
        "missed, premium": _place("normal", premium=True, due=NOW - 60),
        "missed, urgent": _place("urgent", due=NOW - 60),
        "due at 10:00": _place("normal", due=NOW + 3600),
        "due at 10:00, premium": _place("normal", premium=True, due=NOW + 3610),
        "no clock": _place("normal", opened="2026-01-01"),
        "no clock, premium": _place("normal", premium=True, opened="2026-11-01"),
    }
    ordered = sorted(tickets, key=tickets.__getitem__)
    assert ordered == [
        "missed, urgent", "missed, premium", "missed", "due at 10:00, premium", "due at 10:00",
        "no clock, premium", "no clock",
    ]  # fmt: skip


def _clock(due_in: timedelta | None, left: timedelta = timedelta(hours=1)) -> Clock:
    state = ClockState.RUNNING if due_in is not None else ClockState.PAUSED
    due = T0 + due_in if due_in is not None else None
    return Clock(
        Target(SlaTargetKind.RESOLUTION, 240, around_the_clock()), state, T0 - timedelta(hours=1),
        due, timedelta(0), left,
    )  # fmt: skip


def _rows(n: int, **columns: list[Any]) -> QueueRows:
    base: dict[str, list[Any]] = {
        "id": [f"id{i}" for i in range(n)],
        "reference": [f"T-{i}" for i in range(n)],
        "priority": ["normal"] * n,
        "emergency": [0] * n,
        "premium": [0] * n,
        "opened_at": [f"2026-11-{10 + i:02d} 08:00:00" for i in range(n)],
    }
    return QueueRows({**base, **columns})


def test_the_default_order_follows_the_clocks_and_knows_when_one_is_missed() -> None:
    rows = _rows(4, priority=["low", "urgent", "normal", "normal"], premium=[0, 0, 0, 1])
    before = urgency_order(rows, (), T0)  # by urgency alone, until the clocks come
    assert before.sort(range(4)) == [1, 3, 2, 0]
    clocks = [_clock(timedelta(minutes=5)), _clock(timedelta(hours=3)), None, None]
    order = urgency_order(rows, clocks, T0)
    assert order.sort(range(4)) == [0, 1, 3, 2]
    assert order.sort([2, 1]) == [1, 2]  # a filter's rows keep the order
    assert not order.stale(T0 + timedelta(minutes=4))
    assert order.stale(T0 + timedelta(minutes=6))  # the low ticket's clock was missed
    later = urgency_order(rows, clocks, T0 + timedelta(minutes=6))
    assert later.sort(range(4)) == [0, 1, 3, 2] and not later.stale(T0 + timedelta(minutes=7))


def test_sorting_by_the_emergency_column_puts_emergencies_first() -> None:
    rows = _rows(3, emergency=[0, 1, 0])
    assert sort_order(rows, "emergency", [0, 1, 2]) == [1, 0, 2]


def test_c11_the_queue_reads_the_contracts_premium_flag(demo_engine: Engine) -> None:
    model_columns = {c["name"] for c in inspect(demo_engine).get_columns("contracts")}
    assert {c.name for c in contracts.columns} <= model_columns
    with demo_engine.connect() as connection:
        rows = load_queue(connection, list(TicketStatus))  # the year's, closed ones too
    flags = [bool(p) for p in rows.columns["premium"]]
    assert any(flags) and not all(flags)


def _window(qtbot: QtBot, engine: Engine, tmp_path: Path, width: int, height: int) -> Any:
    from console.views.context import DeskContext
    from console.views.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = DeskContext(engine, clock=lambda: DEMO_NOW)
    desk.sign_in(None)
    win = MainWindow(engine, settings, desk)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    win.reload()
    win.queue.load_clocks()
    qtbot.waitExposed(win)
    return win


def _shown(win: Any, key: str) -> list[Any]:
    model = win.queue.model
    return [model.index(r, KEYS.index(key)).data() for r in range(model.rowCount())]


def test_t10_c11_the_queue_opens_most_urgent_first_with_marks_that_are_words_too(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    win = _window(qtbot, demo_engine, tmp_path, 1366, 768)
    queue, model = win.queue, win.queue.model
    icon_column = KEYS.index("emergency")
    flags = [model.index(r, icon_column).data(Qt.ItemDataRole.AccessibleTextRole)
             for r in range(model.rowCount())]  # fmt: skip
    emergencies = [i for i, f in enumerate(flags) if f]
    assert emergencies == list(range(len(emergencies))) and emergencies  # all at the top
    icon = model.index(0, icon_column).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull() and not icon.pixmap(16, 16).isNull()  # drawn, not a glyph box
    assert flags[0] == "Emergency"
    assert model.headerData(icon_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    # the breached come next, before every clock still running
    texts = [str(t or "") for t in _shown(win, "sla")]
    late = [i for i, t in enumerate(texts) if t.endswith("late")]
    running = [i for i, t in enumerate(texts) if t.endswith("left") and "paused" not in t]
    late = [i for i in late if i not in emergencies]
    running = [i for i in running if i not in emergencies]
    assert late and running and max(late) < min(running)
    # premium: a star and its word on the title, the pane says it with a word as well
    title = KEYS.index("title")
    decoration = Qt.ItemDataRole.DecorationRole
    premium = [r for r in range(model.rowCount()) if model.index(r, title).data(decoration)]
    assert premium
    tip = model.index(premium[0], title).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Premium contract: ")
    queue.table.selectRow(premium[0])
    assert queue.pane.detail is not None and queue.pane.detail.premium
    assert queue.pane.premium_mark.isVisible() and not queue.pane.premium_mark.isHidden()
    assert "🚨" not in queue.pane.heading.text()
    # a column sort, and a third click back to the most urgent first
    header = queue.table.horizontalHeader()
    first = _shown(win, "reference")
    at = QPoint(header.sectionViewportPosition(KEYS.index("reference")) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorSection() == KEYS.index("reference")
    assert _shown(win, "reference") == sorted(first)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert header.sortIndicatorSection() == -1 and _shown(win, "reference") == first


def test_the_title_takes_the_spare_width_and_the_status_is_never_cut(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    win = _window(qtbot, demo_engine, tmp_path, 2560, 1440)
    table = win.queue.table
    header = table.horizontalHeader()
    widths = {key: header.sectionSize(i) for i, key in enumerate(KEYS)}
    assert widths["title"] == max(widths.values()) and widths["age"] < 100
    assert sum(widths.values()) == table.viewport().width()  # no gap, nothing scrolls
    metrics = table.fontMetrics()
    for status in {str(s) for s in _shown(win, "status")}:
        assert metrics.horizontalAdvance(status) < widths["status"], status
    # at 1366 pixels the countdown still shows beside the pane
    win.resize(1366, 768)
    qtbot.wait(10)
    sla = KEYS.index("sla")
    right = table.columnViewportPosition(sla) + header.sectionSize(sla)
    assert table.columnViewportPosition(sla) >= 0 and right <= table.viewport().width() + 40


def test_in_russian_a_late_tickets_countdown_shows_whole_at_1366_pixels(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path, qapp: Any
) -> None:
    """Russian words for "late" are long: at the English width every overdue countdown
    was cut before its number ("решение: просрочено на 1 …")."""
    from PySide6.QtGui import QFont, QFontMetrics

    from console.views.i18n import install_translations, reader_locale

    before = reader_locale().name()
    install_translations(qapp, "ru")
    try:
        win = _window(qtbot, demo_engine, tmp_path, 1366, 768)
        table, sla = win.queue.table, KEYS.index("sla")
        strong = QFont(table.font())
        strong.setBold(True)
        bold = QFontMetrics(strong)
        texts = [str(t) for t in _shown(win, "sla") if t]
        late = [t for t in texts if "просрочено" in t]
        assert late
        width = table.horizontalHeader().sectionSize(sla)
        for text in late:
            assert bold.horizontalAdvance(text) + 8 <= width, text
        # and it still stands beside the ticket pane, not scrolled away
        assert table.columnViewportPosition(sla) + width <= table.viewport().width()
    finally:
        install_translations(qapp, before)
