"""The window on the large demo database, each figure against a floor from the same run."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from console.demo import SIZES

from .demo_db import bench_size, demo_database
from .figures import MB_OF_PROCESS, note, report, timed
from .queue_load import LABELS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FLOOR_SCRIPT = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlalchemy.orm
app = QApplication([])
w = QMainWindow(); w.resize(1400, 850); w.show(); app.processEvents(); w.grab()
print(time.time() - t0)
"""
OURS_SCRIPT = """
import asyncio, time, sys
t0 = float(sys.argv[1])
import qasync
from console.store.engine import create_store_engine, resolve_url
from console.views.app import open_window, start_application
app = start_application([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)

async def start():
    # run_app's own start: the queue's first screen shows, the rest follows off the loop
    w = open_window(create_store_engine(resolve_url(sys.argv[2])))
    await asyncio.sleep(0); w.grab()
    assert w.queue.model.rowCount() > 0
    print(time.time() - t0, flush=True)
    w.close()

with loop:
    loop.run_until_complete(start())
"""
STARTS = 5
EMPTY_PROCESS = (
    """
import sys
from PySide6.QtWidgets import QApplication, QTableView
from console.enums import TicketStatus
from console.queue.filters import load_with_search
from console.store.engine import create_store_engine, resolve_url
from console.views.queue_model import QueueModel

"""
    + MB_OF_PROCESS
    + """app = QApplication([])
engine = create_store_engine(resolve_url(sys.argv[2]))
model = QueueModel()
table = QTableView()
table.setModel(model)
table.resize(1200, 800)
table.show()
app.processEvents()
empty = mb("VmRSS")
"""
)
"""A process with Qt, a queue's table and the store open, its RSS taken as ``empty``."""
EMPTY_SCRIPT = EMPTY_PROCESS + "print(empty)\n"
"""The memory of that process, before any queue: the floor of the memory figures."""
RSS_SCRIPT = (
    EMPTY_PROCESS
    + """with engine.connect() as conn:  # every ticket, closed ones too: the queue's worst case
    rows, search = load_with_search(conn, list(TicketStatus))  # as the window loads them
model.set_rows(rows)
app.processEvents()
table.viewport().grab()
assert len(rows) == int(sys.argv[3])
print(empty, mb("VmHWM"))
"""
)
"""The queue of every ticket (100,000 in the large demo) in a process of its own, and its
peak memory."""
MONDAY = datetime(2026, 11, 16, tzinfo=UTC)
"""The week the calendar figures show (the demo's busiest)."""
QUEUE_MOST = 100_000
"""The most tickets the stress shapes are measured on unless asked (`STRESS_VARIABLE`).

The model of every ticket, closed ones too, stands for the biggest queue a desk could hold:
100,000 tickets, eight times the open queue of the million-ticket demo. No window builds it
(the queue holds open tickets; closed ones are found with Find tickets and listed by
`tickets list`, which streams), and at a million tickets it is no desk's queue. The board of
every engineer painted as one image is the same kind of shape: at a million tickets it is
3,000 rows, a 1,400 x 132,000-pixel image of 740 MB that no screen paints. Above this size
the window's own figures (`_window`) measure the work instead."""
STRESS_VARIABLE = "DISPATCH_BENCH_STRESS"
"""Set to 1 to measure the stress shapes at any size."""
STRESS_SKIPPED = (
    "more tickets than any queue holds: the model of every ticket and the board as one "
    f"image are not measured (set {STRESS_VARIABLE}=1 for them); the window's own figures follow"
)


def stress_shapes() -> bool:
    """Whether this run measures the shapes no window builds (`QUEUE_MOST`)."""
    return SIZES[bench_size()].tickets <= QUEUE_MOST or os.environ.get(STRESS_VARIABLE) == "1"


WINDOW_RSS_SCRIPT = (
    """
import asyncio, statistics, sys, time
from datetime import UTC, datetime
import qasync
from console.store.engine import create_store_engine, resolve_url
from console.gc_pause import settle_heap
from console.views.app import open_window, start_application

"""
    + MB_OF_PROCESS
    + """app = start_application([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)

async def start():
    # the window as a dispatcher opens it: its queue of open tickets, then their clocks
    w = open_window(create_store_engine(resolve_url(sys.argv[2])))
    model, waited = w.queue.model, time.monotonic()
    while not (model.rowCount() and len(model.clocks) == len(model.rows)):
        if time.monotonic() - waited > 600:
            raise RuntimeError("the queue's clocks never came")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # what else the start sets off in the background
    w.grab()
    peak = mb("VmHWM")
    settle_heap()  # as the app does once its queue has settled
    # the quick search as the dispatcher types in it: each keystroke until the rows show
    queue, names = w.queue, model.rows.columns["client"]
    typed = str(names[len(names) // 2]).lower()[:6]
    keys, rescans = [], []

    def key(text):
        began = time.perf_counter()
        queue.search.setText(text)
        app.processEvents()
        queue.table.viewport().grab()
        keys.append(time.perf_counter() - began)
        return keys[-1]

    for _ in range(5):
        for n in range(1, len(typed) + 1):
            spent = key(typed[:n])
            if n == 1:  # the first letter tests every row
                rescans.append(spent)
        # a correction (the last letter changed): what the text before it matched is
        # tested again
        rescans.append(key(typed[:-1] + "#"))
        key("")
    key_median, rescan = statistics.median(keys), max(rescans)
    # the first click on a column header, as the dispatcher sorts the open queue, against
    # a plain list sort of the same rows shown and painted (interleaved)
    from console.views.queue_model import KEYS
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    shown_rows = list(range(len(model.rows)))
    clients = model.rows.columns["client"]
    clicks, plain = [], []
    for _ in range(5):
        queue.default_order()
        app.processEvents()
        model.rows.sort_keys.clear()  # a first click: the column's keys are not made yet
        began = time.perf_counter()
        queue.sort_by("client")
        app.processEvents()
        queue.table.viewport().grab()
        clicks.append(time.perf_counter() - began)
        began = time.perf_counter()
        model.set_view(sorted(shown_rows, key=lambda i: clients[i] or ""))
        app.processEvents()
        queue.table.viewport().grab()
        plain.append(time.perf_counter() - began)
    queue.default_order()
    app.processEvents()
    # scrolling the open queue, its SLA countdowns shown, against a QStandardItemModel of
    # the same columns in a table of the same size
    assert any(model.clocks), "no clock to show"
    std = QStandardItemModel(2000, len(KEYS))  # deeper than the 20 scroll steps go
    for r in range(2000):
        for c, name in enumerate(KEYS):
            column = model.rows.columns.get(name)
            text = column[r % len(model.rows)] if column is not None else "2h 05m"
            std.setItem(r, c, QStandardItem(str(text)))
    other = QTableView()
    other.setModel(std)
    other.resize(queue.table.size())
    other.show()
    app.processEvents()

    ours_scroll, std_scroll = [], []
    for _ in range(20):
        began = time.perf_counter()
        queue.table.verticalScrollBar().setValue(queue.table.verticalScrollBar().value() + 30)
        queue.table.viewport().grab()
        ours_scroll.append(time.perf_counter() - began)
        began = time.perf_counter()
        other.verticalScrollBar().setValue(other.verticalScrollBar().value() + 30)
        other.viewport().grab()
        std_scroll.append(time.perf_counter() - began)
    other.close()
    queue.table.scrollToTop()
    # then the week board as the dispatcher opens it in this window: the bench's week
    w.tabs.setCurrentIndex(w.tab_index("calendar"))
    app.processEvents()
    calendar = w.calendar
    calendar.first_day = calendar._monday(datetime(2026, 11, 19, tzinfo=UTC))
    weeks = []
    for _ in range(8):  # the first warms the page cache and the view, as the bench's does
        began = time.perf_counter()
        calendar.reload()
        app.processEvents()
        calendar.grab()
        weeks.append(time.perf_counter() - began)
    week = statistics.median(weeks[1:])
    # a sync that brought changes, with each tab a sync refreshes on screen in turn (the
    # calendar, the roster, the time list, billing, clients, contracts, knowledge, mail
    # and My day): the window thread's longest pause
    # from the sync's signal until the view shows what it read again, against the same
    # view reloaded on the window's thread (as it was)
    from PySide6.QtCore import QTimer

    beats = []
    heart = QTimer()
    heart.setInterval(1)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()

    async def longest_pause(act, settled):
        await asyncio.sleep(0.3)
        beats.clear()
        began = time.perf_counter()
        act()
        while not settled():
            await asyncio.sleep(0.001)
        await asyncio.sleep(0.05)
        marks = [began] + beats
        return max(b - a for a, b in zip(marks, marks[1:]))

    pauses = []
    views = (("calendar", lambda: calendar.board), ("roster", lambda: w.roster.model.rows),
             ("time", lambda: w.time.lines), ("billing", lambda: w.view_of("billing").invoices),
             ("clients", lambda: w.view_of("clients").model.rows),
             ("contracts", lambda: w.view_of("contracts").model.rows),
             ("knowledge", lambda: w.view_of("knowledge").rows),
             ("mail", lambda: w.view_of("mail").triage),
             ("my_day", lambda: w.view_of("my_day").plan))
    for name, shown in views:
        w.tabs.setCurrentIndex(w.tab_index(name))
        app.processEvents()
        view = w.view_of(name)
        synced, reloaded = [], []
        for _ in range(5):  # alternated, so that a busy spell falls on both alike
            before = shown()
            synced.append(await longest_pause(w.sync.synced.emit, lambda: shown() is not before))
            reloaded.append(await longest_pause(view.reload, lambda: True))
        pauses += [statistics.median(synced), statistics.median(reloaded)]
    heart.stop()
    print(statistics.median(clicks), statistics.median(plain), statistics.median(ours_scroll),
          statistics.median(std_scroll), key_median, rescan, model.rowCount(), peak, week,
          *pauses, flush=True)
    w.close()

with loop:
    loop.run_until_complete(start())
"""
)
"""The window itself on the store, its queue and clocks loaded, and its peak memory; its
quick search, first sort click and scrolling; then its week board, timed as
`calendar_week` is."""


SYNCED_VIEWS = (
    "calendar", "roster", "time_list", "billing", "clients", "contracts", "knowledge", "mail",
    "my_day",
)  # fmt: skip
"""The views whose pause after a sync the window's script measures, in its order."""


def _blank_widget_class() -> type:
    """A widget that paints its background only: what any grab of its size costs."""
    from PySide6.QtGui import QPainter, QPaintEvent
    from PySide6.QtWidgets import QWidget

    class BlankWidget(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
            QPainter(self).fillRect(event.rect(), self.palette().base())

    return BlankWidget


def _drop_page_cache() -> bool:
    """Empty the kernel's page cache (root only), so a start reads everything from disk."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as caches:
            caches.write("3\n")
    except OSError:
        return False
    return True


def _run_child(script: str, *args: str) -> str:
    """Run a script in a new interpreter (offscreen, its own settings); its last line."""
    # An installed wheel is byte-compiled by pip; let the warm-up start write our bytecode
    # too, or an editable checkout under PYTHONDONTWRITEBYTECODE compiles every module.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as config:  # the window saves its layout on close
        out = subprocess.run(
            [sys.executable, "-c", script, str(time.time()), *args],
            check=True, capture_output=True, text=True,
            env={**env, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config},
        )  # fmt: skip
    return out.stdout.strip().splitlines()[-1]


def _start(script: str, *args: str) -> float:
    """Seconds from launch until the script's window showed, as it reports them."""
    return float(_run_child(script, *args))


def run() -> None:
    """Start-up, first screen, calendar and the window's own queue; with the stress shapes
    (`stress_shapes`), the model of every ticket and the board painted as one image."""
    from PySide6.QtWidgets import QApplication, QTableView

    from console.queue.rows import load_queue
    from console.store.engine import create_store_engine, resolve_url
    from console.views.queue_model import QueueModel
    from console.views.queue_view import QueueView

    path = demo_database()
    _start(OURS_SCRIPT, str(path))  # warm caches and bytecode once
    floors, ours = [], []
    for _ in range(STARTS):  # alternated, so that a slow spell falls on both alike
        floors.append(_start(FLOOR_SCRIPT))
        ours.append(_start(OURS_SCRIPT, str(path)))
    floor, start = statistics.median(floors), statistics.median(ours)
    report("window_start_vs_empty_window", start, "s", 1.5, floor, target_on_ratio=True)
    report("window_start_absolute", start, "s", 1.2)
    if _drop_page_cache():  # cold: nothing of Qt, Python or the store in the page cache
        cold: dict[str, list[float]] = {"floor": [], "ours": []}
        for _ in range(3):
            _drop_page_cache()
            cold["floor"].append(_start(FLOOR_SCRIPT))
            _drop_page_cache()
            cold["ours"].append(_start(OURS_SCRIPT, str(path)))
        report("window_start_cold_vs_empty_window_cold", statistics.median(cold["ours"]), "s",
               1.5, statistics.median(cold["floor"]), target_on_ratio=True)  # fmt: skip
    else:
        note("the page cache cannot be dropped here (not root): no cold start figure")

    app = QApplication.instance() or QApplication([])
    engine = create_store_engine(resolve_url(str(path)))
    model = QueueModel()
    table = QTableView()
    table.setModel(model)
    table.resize(1200, 800)
    table.show()

    def first_screen() -> None:
        # what the window does first: the first screen of open tickets read from the store
        # (an aged one: most of its tickets are closed), shown and painted
        with engine.connect() as conn:
            model.set_rows(load_queue(conn, limit=QueueView.first_screen))
        app.processEvents()
        table.viewport().grab()

    first_s, _ = timed(first_screen, 5)
    report("queue_first_screen", first_s, "s", 0.1)
    shown: list[Any] = [table]
    stress = stress_shapes()
    if stress:
        shown += _every_ticket(app, engine, path, model, table)
    else:
        note(STRESS_SKIPPED)
    shown += _calendar_week(app, engine)
    if stress:
        shown += _board_as_one_image(engine)
    _window(path)
    engine.dispose()
    for w in shown:  # Qt objects go before the interpreter does
        w.close()
        w.deleteLater()
    app.processEvents()


def _every_ticket(app: Any, engine: Any, path: Path, model: Any, table: Any) -> list[Any]:
    """The model of every ticket, closed ones too: load, sort, keystrokes, scroll, memory.

    No window holds it (the queue is the open tickets); up to `QUEUE_MOST` it stands for
    the biggest queue a desk could have. Returns the widgets it showed.
    """
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from console.enums import TicketStatus
    from console.queue.filters import QuickSearch, sort_order
    from console.queue.rows import load_queue, queue_select
    from console.views.queue_model import KEYS

    statuses = list(TicketStatus)
    raw = sqlite3.connect(path)
    with engine.connect() as conn:
        load_queue(conn, statuses)
        compiled = queue_select(statuses).compile(
            dialect=conn.dialect, compile_kwargs={"render_postcompile": True}
        )
        params = tuple(compiled.construct_params()[n] for n in compiled.positiontup or ())
        # alternated, so that a slow spell of this shared machine falls on both alike
        loads, fetches = [], []
        for _ in range(5):
            once, rows = timed(lambda: load_queue(conn, statuses))
            loads.append(once)
            fetches.append(timed(lambda: raw.execute(str(compiled), params).fetchall())[0])
    full_s, raw_s = statistics.median(loads), statistics.median(fetches)

    def show_model() -> None:
        model.set_rows(rows)
        app.processEvents()
        table.viewport().grab()

    shown_s, _ = timed(show_model, 5)
    note(f"{len(rows):,} tickets in the model")
    report("queue_full_model_vs_raw_fetch", full_s + shown_s, "s", 1.5, raw_s, target_on_ratio=True)

    view = list(range(len(rows)))

    def our_sort() -> None:
        rows.sort_keys.clear()  # the first click on a column: its keys are not made yet
        model.set_view(sort_order(rows, "client", view))
        table.viewport().grab()

    values = rows.columns["client"]

    def plain_sort() -> None:
        order = sorted(view, key=lambda i: values[i] or "")
        model.set_view(order)
        table.viewport().grab()

    sorts: dict[str, list[float]] = {"ours": [], "plain": []}
    for _ in range(5):  # interleaved: a busy moment of the machine falls on both alike
        sorts["ours"].append(timed(our_sort)[0])
        sorts["plain"].append(timed(plain_sort)[0])
    sort_s, floor_sort = statistics.median(sorts["ours"]), statistics.median(sorts["plain"])
    report("queue_sort_first_click_vs_list_sort", sort_s, "s", 1.5, floor_sort,
           target_on_ratio=True)  # fmt: skip

    search = QuickSearch(rows)
    text = str(rows.columns["client"][len(rows) // 2]).lower()[:6]
    per_key, rescans = [], []
    for _round in range(5):
        for n in range(1, len(text) + 1):
            t0 = time.perf_counter()
            model.set_view(search.match(text[:n], view))
            table.viewport().grab()
            per_key.append(time.perf_counter() - t0)
            if n == 1:  # the first letter tests every row
                rescans.append(per_key[-1])
        # a keystroke that does not extend the text (a correction: the last letter
        # changed) cannot narrow the previous matches
        t0 = time.perf_counter()
        model.set_view(search.match(text[:-1] + "#", view))
        table.viewport().grab()
        rescans.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        model.set_view(search.match("", view))
        per_key.append(time.perf_counter() - t0)
    report("queue_filter_keystroke", statistics.median(per_key), "s", 0.05)
    report("queue_filter_keystroke_rescan_worst", max(rescans), "s", 0.05)

    std = QStandardItemModel(2000, len(KEYS))  # deeper than the 20 scroll steps go
    for r in range(2000):
        for c, key in enumerate(KEYS):
            value = rows.columns.get(key, [""] * len(rows))[r] if key in rows.columns else "2h 05m"
            std.setItem(r, c, QStandardItem(str(value)))
    other = QTableView()
    other.setModel(std)
    other.resize(1200, 800)
    other.show()
    model.set_view(view)
    # the SLA column shows its countdowns while scrolling, as in the window
    from console.queue.clocks import queue_clocks

    from .demo_db import ANCHOR

    with engine.connect() as conn:
        model.set_clocks(queue_clocks(conn, rows, now := datetime.combine(ANCHOR, dtime(10), UTC)),
                         now)  # fmt: skip
    assert any(model.clocks), "no clock to show"

    def repaint(t: QTableView) -> None:
        t.verticalScrollBar().setValue(t.verticalScrollBar().value() + 30)
        t.viewport().grab()

    ours_paint, _ = timed(lambda: repaint(table), 20)
    std_paint, _ = timed(lambda: repaint(other), 20)
    report("queue_scroll_repaint_vs_qstandarditemmodel", ours_paint, "s", 2.0, std_paint,
           target_on_ratio=True)  # fmt: skip
    tickets = SIZES[bench_size()].tickets
    empty_mb, peak_mb = (float(v) for v in _run_child(RSS_SCRIPT, str(path), str(tickets)).split())
    note(f"a process with Qt and the store open, before the queue: {empty_mb:.0f} MB")
    label = LABELS.get(bench_size(), bench_size())
    report(f"queue_{label}_process_peak_rss", peak_mb, "MB", 500, empty_mb)
    raw_bytes = sum(
        sys.getsizeof(v) for col in raw.execute(str(compiled), params).fetchall() for v in col
    )
    tracemalloc.start()
    with engine.connect() as conn:
        again = load_queue(conn, statuses)
        QuickSearch(again)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    report("queue_peak_memory_vs_raw_rows", peak / 1e6, "MB", 1.5, raw_bytes / 1e6,
           target_on_ratio=True)  # fmt: skip
    raw.close()
    return [other]


def _calendar_week(app: Any, engine: Any) -> list[Any]:
    """The week view as a dispatcher waits for it; returns the widgets it showed."""
    from console.views.calendar_view import CalendarView
    from console.views.context import DeskContext

    # What a dispatcher waits for: the week view in a window-sized calendar, loaded from the
    # store, placed and painted (the scroll area paints the rows it shows).
    calendar = CalendarView(DeskContext(engine, clock=lambda: MONDAY + timedelta(days=3)))
    calendar.resize(1400, 900)
    calendar.show()

    def week_view() -> int:
        calendar.reload()
        app.processEvents()
        calendar.grab()
        return len(calendar.widget.board.engineers) if calendar.widget.board else 0

    week_view()
    week_s, engineers = timed(week_view, 7)
    note(f"week board of {engineers} engineers")
    report("calendar_week", week_s, "s", 0.15)
    return [calendar]


def _board_as_one_image(engine: Any) -> list[Any]:
    """Every engineer's row of the week painted at once, as one image; returns the widgets
    it showed."""
    from sqlalchemy.orm import Session

    from console.services.board import load_board
    from console.views.calendar_widget import CalendarWidget

    # The worst case: every row painted at once (300 rows, a 13,000-pixel-tall grab, on
    # the large demo).
    widget = CalendarWidget()
    widget.resize(1400, 900)
    widget.show()

    def whole_board() -> None:
        with Session(engine) as session:
            board = load_board(session, MONDAY, MONDAY + timedelta(days=7))
        widget.set_board(board, MONDAY + timedelta(days=3))
        widget.grab()

    whole_board()
    # the floor: a blank widget of the same size grabbed, which only fills its background
    # (alternated with the board, so a busy spell falls on both alike)
    blank = _blank_widget_class()()
    blank.resize(widget.size())
    blank.show()
    painted: dict[str, list[float]] = {"board": [], "blank": []}
    for _ in range(7):
        painted["board"].append(timed(whole_board)[0])
        painted["blank"].append(timed(blank.grab)[0])
    whole_s, blank_s = statistics.median(painted["board"]), statistics.median(painted["blank"])
    report("calendar_week_every_row_painted", whole_s, "s", 0.3, blank_s)
    return [widget, blank]


def _window(path: Path) -> None:
    """The window in a process of its own, with its queue of open tickets and its clocks:
    memory, keystrokes, sort, scroll, the week and the pauses after a sync."""
    empty_mb = float(_run_child(EMPTY_SCRIPT, str(path)))
    label = LABELS.get(bench_size(), bench_size())
    # what a dispatcher's window holds: the open queue with its clocks, not every ticket
    figures = _run_child(WINDOW_RSS_SCRIPT, str(path)).split()[-(9 + 2 * len(SYNCED_VIEWS)) :]
    click_s, list_sort_s, scroll_s, std_scroll_s, *figures = figures
    key_s, rescan_s, shown, window_mb, window_week, *pauses = figures
    note(f"the window with its queue of {int(shown):,} open tickets and their clocks")
    report(f"window_{label}_process_peak_rss", float(window_mb), "MB", 500, empty_mb)
    # the filter keystrokes of `_every_ticket` are timed on the model of every ticket,
    # which no window holds; these are the same keystrokes in the window's own search box
    report("queue_filter_keystroke_in_the_window", float(key_s), "s", 0.05)
    report("queue_filter_keystroke_rescan_worst_in_the_window", float(rescan_s), "s", 0.05)
    # the sort and scroll there likewise run on every ticket; these on the window's queue
    report("queue_sort_first_click_in_the_window_vs_list_sort", float(click_s), "s", 1.5,
           float(list_sort_s), target_on_ratio=True)  # fmt: skip
    report("queue_scroll_repaint_in_the_window_vs_qstandarditemmodel", float(scroll_s), "s",
           2.0, float(std_scroll_s), target_on_ratio=True)  # fmt: skip
    # calendar_week is timed beside the model of every ticket when that is measured (its
    # heap makes each reload slower); this is the same week in the window itself
    report("calendar_week_in_the_window", float(window_week), "s", 0.15)
    # a sync that brought changes while a view that reads off the thread is on screen: the
    # window thread's longest pause, against that view reloaded on the window's thread
    for name, pause, reload in zip(SYNCED_VIEWS, pauses[0::2], pauses[1::2], strict=True):
        report(f"window_sync_{name}_longest_pause", float(pause) * 1000, "ms", 16,
               float(reload) * 1000)  # fmt: skip
