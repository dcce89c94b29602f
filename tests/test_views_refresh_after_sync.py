"""A sync that brings changes while a view is on screen (the calendar, the roster, the time
and billing tabs; issue 24: no stall of the window's thread). The view reads again off the
window's thread; what it shows stays until the new read is in, and a read the dispatcher
asks for meanwhile wins."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta
from typing import Any

import pytest
from qt_loop import on_the_loop, threads_reading, until
from sqlalchemy import Engine, text

from console.views import calendar_view, roster_view


def _move_a_visit(engine: Engine, board: Any) -> tuple[Any, Any]:
    """Move the board's first planned visit an hour later, as a pull writes it."""
    visit = board.visits[0]
    later = visit.start + timedelta(hours=1)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE visits SET planned_start = datetime(planned_start, '+1 hour'), "
                 "row_version = row_version + 1 WHERE id = :id"), {"id": visit.id.hex},
        )  # fmt: skip
    return visit.id, later


def test_a_sync_on_the_calendar_reads_the_week_off_the_window_thread(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(window.tab_index("calendar"))
    calendar = window.calendar
    shown = calendar.board
    assert shown is not None and shown.visits
    moved, later = _move_a_visit(demo_engine, shown)
    threads = threads_reading(monkeypatch, calendar_view, "board_for")
    seen: dict[str, Any] = {}

    async def body() -> None:
        window.sync.synced.emit()
        seen["at_once"] = calendar.board  # the old board stays until the new one is read
        await until(lambda: calendar.board is not shown)

    on_the_loop(body)
    assert seen["at_once"] is shown
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert calendar.widget.visit(moved).start == later


def test_a_board_asked_for_meanwhile_wins_over_the_refresh(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(window.tab_index("calendar"))
    calendar = window.calendar
    this_week = calendar.first_day
    threads = threads_reading(monkeypatch, calendar_view, "board_for")

    async def body() -> None:
        calendar.refresh()  # a sync's: still reading this week
        calendar.shift(1)  # the dispatcher goes to next week meanwhile
        next_week = calendar.board
        await until(lambda: len(threads) == 2)
        for _ in range(20):  # the refresh's answer arrives on the loop, and is dropped
            await asyncio.sleep(0.01)
        assert calendar.board is next_week

    on_the_loop(body)
    assert calendar.first_day == this_week + timedelta(days=7)
    assert calendar.board is not None and calendar.board.start == calendar.first_day


def test_without_a_loop_a_sync_shows_the_moved_visit_at_once(
    window: Any, demo_engine: Engine
) -> None:
    """Tests and scripts run no loop: the refresh reads at once, as a reload does."""
    window.tabs.setCurrentIndex(window.tab_index("calendar"))
    calendar = window.calendar
    moved, later = _move_a_visit(demo_engine, calendar.board)
    window.sync.synced.emit()
    assert calendar.widget.visit(moved).start == later


def test_a_sync_that_moved_a_visit_places_again_only_its_engineers_row(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(window.tab_index("calendar"))
    calendar = window.calendar
    calendar.widget.grab()  # the rows on screen are placed
    placed = dict(calendar.widget._layout)
    moved, later = _move_a_visit(demo_engine, calendar.board)
    row = calendar.widget.row_of(calendar.board.visit(moved).engineer_id)
    assert row in placed and len(placed) > 1
    cleared: list[int] = []
    monkeypatch.setattr(calendar.tray, "clear", lambda: cleared.append(1))
    window.sync.synced.emit()
    assert calendar.widget.visit(moved).start == later
    calendar.widget.grab()
    layouts = calendar.widget._layout
    assert {r for r in placed if layouts.get(r) is placed[r]} == set(placed) - {row}
    assert not cleared  # the visits waiting are the same: the tray stays as it is


def test_a_sync_that_changed_nothing_on_the_week_repaints_no_row(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(window.tab_index("calendar"))
    calendar = window.calendar
    calendar.show_list(True)  # the list of visits, filled
    calendar.show_list(False)
    calendar.widget.grab()
    placed = dict(calendar.widget._layout)
    filled: list[int] = []
    monkeypatch.setattr(calendar.visit_list, "fill", lambda board: filled.append(1))
    monkeypatch.setattr(calendar.tray, "clear", lambda: filled.append(2))
    shown = calendar.board
    window.sync.synced.emit()
    assert calendar.board is not shown  # read again
    calendar.widget.grab()
    calendar.show_list(True)
    assert all(calendar.widget._layout[r] is placed[r] for r in placed) and not filled


def test_a_sync_on_the_roster_reads_it_off_the_window_thread_and_keeps_the_selection(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(window.tab_index("roster"))
    roster = window.roster
    rows = roster.model.rows
    assert len(rows) > 3
    chosen = rows[2]
    roster.table.selectRow(2)
    with demo_engine.begin() as conn:  # as a pull writes it
        conn.execute(
            text("UPDATE engineers SET name = :name, row_version = row_version + 1 "
                 "WHERE id = :id"), {"name": chosen.name + " (renamed)", "id": chosen.id.hex},
        )  # fmt: skip
    threads = threads_reading(monkeypatch, roster_view, "roster_rows")
    seen: dict[str, Any] = {}
    resets: list[int] = []
    roster.model.modelReset.connect(lambda: resets.append(1))

    async def body() -> None:
        window.sync.synced.emit()
        seen["at_once"] = roster.model.rows
        await until(lambda: roster.model.rows is not rows)

    on_the_loop(body)
    assert seen["at_once"] is rows
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    now = roster.model.rows[roster.table.currentIndex().row()]
    assert now.id == chosen.id and now.name == chosen.name + " (renamed)"
    # the same engineers in the same order: the renamed row repaints, the table is not reset
    assert not resets and roster.table.currentIndex().row() == 2
    assert roster.model.index(2, 0).data() == chosen.name + " (renamed)"


def test_a_sync_on_the_time_tab_reads_the_list_off_the_window_thread(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.views import time_view

    window.tabs.setCurrentIndex(window.tab_index("time"))
    view = window.time
    lines = view.lines
    assert lines
    threads = threads_reading(monkeypatch, time_view, "time_list")
    seen: dict[str, Any] = {}

    async def body() -> None:
        window.sync.synced.emit()
        seen["at_once"] = view.lines
        await until(lambda: view.lines is not lines)

    view.approvals.setColumnWidth(2, 333)  # the dispatcher widened the engineers
    view.credit.setColumnWidth(0, 222)
    signals: list[str] = []
    for model in (view.list_model, view.balance_model):
        model.modelReset.connect(lambda: signals.append("reset"))
        model.dataChanged.connect(lambda *_args: signals.append("changed"))
    on_the_loop(body)
    assert seen["at_once"] is lines
    assert threads and threads[0] is not threading.main_thread()
    assert [line.id for line in view.lines] == [line.id for line in lines]
    assert signals == []  # the sync changed no entry nor balance shown: nothing repaints
    # what changed under the dispatcher's eyes does not also move the columns
    assert (view.approvals.columnWidth(2), view.credit.columnWidth(0)) == (333, 222)


def test_a_changed_filter_reads_the_time_list_off_the_window_thread(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a million tickets a month of every engineer's time is tens of thousands of
    entries to total: the list greys and says it is reading until they arrive."""
    from console.rules.time_review import ReviewState
    from console.views import time_view
    from console.views.dialog_support import set_chosen

    window.tabs.setCurrentIndex(window.tab_index("time"))
    view = window.time
    threads = threads_reading(monkeypatch, time_view, "time_list")
    seen: dict[str, Any] = {}

    async def body() -> None:
        set_chosen(view.state, ReviewState.APPROVED.value)
        seen["greyed"] = not view.approvals.isEnabled()
        seen["says"] = view.status.text()
        await until(view.approvals.isEnabled)

    on_the_loop(body)
    assert seen["greyed"] and seen["says"] == "Reading the entries…"
    assert threads and threads[0] is not threading.main_thread()
    assert view.lines and {line.state for line in view.lines} == {ReviewState.APPROVED}
    assert "entries shown" in view.status.text()


def test_a_sync_on_the_billing_tab_reads_the_invoices_off_the_window_thread(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.services.billing import drafts

    window.tabs.setCurrentIndex(window.tab_index("billing"))
    view = window.view_of("billing")
    invoices = view.invoices
    assert invoices
    threads = threads_reading(monkeypatch, drafts, "list_invoices")
    seen: dict[str, Any] = {}

    async def body() -> None:
        window.sync.synced.emit()
        seen["at_once"] = view.invoices
        await until(lambda: view.invoices is not invoices)

    view.list.setColumnWidth(2, 333)  # the dispatcher widened the kind
    view.list.selectRow(1)
    chosen = view.selected_ids()
    signals: list[str] = []
    view.list_model.modelReset.connect(lambda: signals.append("reset"))
    view.list_model.dataChanged.connect(lambda *_args: signals.append("changed"))
    on_the_loop(body)
    assert seen["at_once"] is invoices
    assert threads and threads[0] is not threading.main_thread()
    assert [i.id for i in view.invoices] == [i.id for i in invoices]
    assert view.list.model().rowCount() == len(invoices)
    assert view.list.columnWidth(2) == 333  # the columns stay where the dispatcher left them
    # the sync changed no invoice listed: nothing repaints, the selection stays
    assert signals == [] and view.selected_ids() == chosen


@pytest.mark.parametrize(("tab", "table"), [("clients", "clients"), ("contracts", "contracts"),
                                            ("engineers", "engineers")])  # fmt: skip
def test_a_sync_on_a_master_data_tab_reads_it_off_the_window_thread_and_keeps_the_selection(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch, tab: str, table: str
) -> None:
    """At 2,000 clients the list took half a second on the window's thread after each
    sync; the selected record's panel is read with the list and stays selected."""
    window.tabs.setCurrentIndex(window.tab_index(tab))
    view = window.view_of(tab)
    rows = view.model.rows
    assert len(rows) > 2
    view.table.selectRow(2)
    chosen = view.record
    assert chosen is not None and chosen["id"] == rows[2]["id"]
    with demo_engine.begin() as conn:  # as a pull writes it
        conn.execute(
            text(f"UPDATE {table} SET name = name || ' (renamed)', "
                 "row_version = row_version + 1 WHERE id = :id"), {"id": chosen["id"].hex},
        )  # fmt: skip
    listing = threads_reading(monkeypatch, view, "list_rows")
    loading = threads_reading(monkeypatch, view, "load_record")
    seen: dict[str, Any] = {}
    resets: list[int] = []
    painted: list[tuple[int, int]] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.model.dataChanged.connect(lambda a, b, _roles: painted.append((a.row(), b.row())))

    async def body() -> None:
        window.sync.synced.emit()
        seen["at_once"] = view.model.rows
        await until(lambda: view.model.rows is not rows)

    on_the_loop(body)
    threads = listing + loading
    assert seen["at_once"] is rows
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert view.selected_id() == chosen["id"]
    assert view.record is not None and view.record["name"] == chosen["name"] + " (renamed)"
    assert view.model.rows[view.table.currentIndex().row()]["id"] == chosen["id"]
    # the same records in the same order: only the renamed one repaints, nothing is reset
    assert not resets and painted == [(2, 2)]


def test_a_sync_that_changed_nothing_listed_repaints_nothing(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: a sync seldom changes the records on screen; the read tells, off the
    window's thread, and neither the list nor the selected record's panel is redone."""
    window.tabs.setCurrentIndex(window.tab_index("clients"))
    view = window.view_of("clients")
    rows = view.model.rows
    view.table.selectRow(1)
    signals: list[str] = []
    view.model.modelReset.connect(lambda: signals.append("reset"))
    view.model.dataChanged.connect(lambda *_args: signals.append("changed"))
    shown: list[Any] = []
    monkeypatch.setattr(view, "show_record", shown.append)

    async def body() -> None:
        window.sync.synced.emit()
        await until(lambda: view.model.rows is not rows)

    on_the_loop(body)
    assert signals == [] and shown == []
    assert view.selected_id() == rows[1]["id"] and view.record is not None


def test_a_search_typed_in_the_clients_tab_reads_off_the_window_thread(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(window.tab_index("clients"))
    view = window.view_of("clients")
    rows = view.model.rows
    wanted = rows[1]["name"]
    greyed: list[bool] = []  # while it reads
    threads = threads_reading(
        monkeypatch, view, "list_rows", lambda: greyed.append(not view.table.isEnabled())
    )
    seen: dict[str, Any] = {}

    async def body() -> None:
        view.search.setText(wanted)
        seen["at_once"] = view.model.rows
        await until(lambda: view.model.rows is not rows)

    on_the_loop(body)
    assert seen["at_once"] is rows
    assert threads and threading.main_thread() not in threads
    assert greyed and all(greyed) and view.table.isEnabled()
    assert [row["name"] for row in view.model.rows] == [wanted]


def test_a_tab_a_sync_changed_while_hidden_reads_off_the_window_thread_when_shown_again(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Switching back to the billing tab after a sync used to read its 500 invoices
    on the window's thread (half a second at the large demo)."""
    from console.services.billing import drafts

    window.tabs.setCurrentIndex(window.tab_index("billing"))
    view = window.view_of("billing")
    invoices = view.invoices
    window.tabs.setCurrentIndex(window.tab_index("queue"))
    threads = threads_reading(monkeypatch, drafts, "list_invoices")
    seen: dict[str, Any] = {}

    async def body() -> None:
        window.sync.synced.emit()
        await asyncio.sleep(0.05)
        seen["hidden"] = list(threads)
        window.tabs.setCurrentIndex(window.tab_index("billing"))
        seen["at_once"] = view.invoices
        await until(lambda: view.invoices is not invoices)

    on_the_loop(body)
    assert seen["hidden"] == []  # a hidden tab is not read until it is shown
    assert seen["at_once"] is invoices
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert [i.id for i in view.invoices] == [i.id for i in invoices]


def test_choosing_a_client_lists_its_invoices_read_off_the_window_thread(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client filter lists that client's invoices (it used to change the run only,
    until something else read the list again); the list is greyed meanwhile."""
    from console.services.billing import drafts

    window.tabs.setCurrentIndex(window.tab_index("billing"))
    view = window.view_of("billing")
    invoices = view.invoices
    client = next(i.client_id for i in invoices)
    threads = threads_reading(monkeypatch, drafts, "list_invoices")
    seen: dict[str, Any] = {}

    async def body() -> None:
        view.client.setCurrentIndex(view.client.findData(str(client)))
        seen["greyed"] = not view.list.isEnabled()
        seen["at_once"] = view.invoices
        await until(lambda: view.invoices is not invoices)

    on_the_loop(body)
    assert seen["greyed"] and seen["at_once"] is invoices
    assert threads and threads[0] is not threading.main_thread()
    assert view.list.isEnabled()
    assert view.invoices and {i.client_id for i in view.invoices} == {client}
    assert len(view.invoices) < len(invoices)


def test_a_sync_on_the_knowledge_tab_reads_off_the_window_thread_and_keeps_the_article(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1,800 articles took a tenth of a second and more to read and fill on the window's
    thread after each sync; the list is read and worded off it, the article kept."""
    from console.views import knowledge_view

    window.tabs.setCurrentIndex(window.tab_index("knowledge"))
    view = window.view_of("knowledge")
    rows = view.rows
    assert len(rows) > 2
    view.table.selectRow(2)
    chosen = view.selected()
    with demo_engine.begin() as conn:  # as a pull writes it
        conn.execute(
            text("UPDATE knowledge_articles SET title = title || ' (renamed)', "
                 "row_version = row_version + 1 WHERE id = :id"), {"id": chosen.id.hex},
        )  # fmt: skip
    threads = threads_reading(monkeypatch, knowledge_view, "article_page")
    seen: dict[str, Any] = {}

    async def body() -> None:
        window.sync.synced.emit()
        seen["at_once"] = view.rows
        await until(lambda: view.rows is not rows)

    view.table.setColumnWidth(1, 333)  # the dispatcher widened the client or site
    on_the_loop(body)
    assert seen["at_once"] is rows
    assert view.table.columnWidth(1) == 333
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert view.selected() is not None and view.selected().id == chosen.id
    assert view.selected().title == chosen.title + " (renamed)"
    assert chosen.title + " (renamed)" in view.reader.toPlainText()


def test_a_search_in_the_knowledge_base_reads_off_the_window_thread(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.views import knowledge_view

    window.tabs.setCurrentIndex(window.tab_index("knowledge"))
    view = window.view_of("knowledge")
    rows = view.rows
    wanted = rows[0].title
    greyed: list[bool] = []  # while it reads
    threads = threads_reading(
        monkeypatch,
        knowledge_view,
        "article_page",
        lambda: greyed.append(not view.table.isEnabled()),
    )

    async def body() -> None:
        view.search.setText(wanted)
        await until(lambda: view.rows is not rows)

    on_the_loop(body)
    assert greyed and all(greyed)
    assert threads and threading.main_thread() not in threads
    assert view.table.isEnabled()
    assert wanted in [a.title for a in view.rows] and len(view.rows) < len(rows)


def test_the_billing_tab_opens_at_once_and_reads_its_invoices_off_the_window_thread(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first open read 500 invoices and their lines on the window's thread: the
    window froze for the better part of a second at the large demo."""
    from console.services.billing import drafts

    threads = threads_reading(monkeypatch, drafts, "list_invoices")
    seen: dict[str, Any] = {}

    async def body() -> None:
        window.tabs.setCurrentIndex(window.tab_index("billing"))
        view = window.view_of("billing")
        seen["at_once"] = (list(view.invoices), view.list.isEnabled(), view.summary.text())
        await until(lambda: bool(view.invoices))
        seen["view"] = view

    on_the_loop(body)
    invoices, enabled, summary = seen["at_once"]
    assert invoices == [] and not enabled and summary == "Reading the invoices…"
    assert threads and threads[0] is not threading.main_thread()
    view = seen["view"]
    assert view.list.isEnabled() and view.list.model().rowCount() == len(view.invoices)
    assert view.summary.text() == ""


def test_a_sync_that_changed_one_time_entry_repaints_its_row_alone(window: Any) -> None:
    from console.views.time_view import ShownEntries, entries_changed

    window.tabs.setCurrentIndex(window.tab_index("time"))
    view = window.time
    shown: ShownEntries = view.list_model.shown
    assert len(shown.lines) > 3
    cells = list(shown.cells)
    cells[3] = (*cells[3][:-1], "Printer replaced")
    after = ShownEntries(shown.lines, cells, shown.tips, shown.found, shown.hours,
                         shown.billable_hours)  # fmt: skip
    assert entries_changed(shown, after) == [3]
    assert entries_changed(shown, shown) == []
    fewer = ShownEntries(shown.lines[1:], shown.cells[1:], shown.tips[1:], shown.found - 1,
                         shown.hours, shown.billable_hours)  # fmt: skip
    assert entries_changed(shown, fewer) is None  # an entry left the list: a reset shows it
    painted: list[tuple[int, int]] = []
    view.list_model.dataChanged.connect(lambda a, b, _roles: painted.append((a.row(), b.row())))
    view.list_model.show(after, [3])
    assert painted == [(3, 3)] and view.list_model.index(3, len(cells[3]) - 1).data() == (
        "Printer replaced"
    )
