"""A real sync round in the window takes in only the ticket another desk changed (issue 24)."""

from __future__ import annotations

from typing import Any

import pytest
from sync_support import Server
from test_queue_incremental import _loaded_ids, _shown, _signals
from test_sync import _edit_ticket, _synced_desks

from console.sync.replica import sync_once


def test_a_pulled_edit_refreshes_one_row_of_the_open_window(
    server: Server, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Desk 1 retitles a ticket; desk 2's window syncs and reads back that ticket alone."""
    from console.views.main_window import MainWindow

    desk1, desk2 = _synced_desks(server, "desk", "desk2")
    window = MainWindow(desk2)
    qtbot.addWidget(window)
    window.reload()
    window.queue.load_clocks()
    ticket = server.ids["ticket_a"].hex
    assert ticket in _shown(window)
    _edit_ticket(desk1, server.ids["ticket_a"], title="Retitled at desk 1")
    sync_once(desk1)
    loads = _loaded_ids(monkeypatch)
    signals = _signals(window.queue.model)

    window.sync.sync_now()  # no loop here: runs right after pending events
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    qtbot.waitUntil(lambda: bool(loads), timeout=10_000)

    assert [set(ids) if ids is not None else None for ids in loads] == [{ticket}]
    assert signals["reset"] == 0 and signals["changed"] >= 1
    rows = window.queue.model.rows
    titles = dict(zip(rows.columns["id"], rows.columns["title"], strict=True))
    assert titles[ticket] == "Retitled at desk 1"
