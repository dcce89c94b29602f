"""A sync or an edit that touches a few tickets updates only their rows and clocks (issue 24).

The window used to reload the whole queue and compute every clock again after any sync
that brought a change; now it reads the changed tickets only, shows them as row
removals, insertions and changed cells, and keeps the selection and the scrolling.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from conftest import DEMO_NOW
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from console.enums import Channel, Priority, TicketCategory
from console.model import Client
from console.queue import changes as queue_changes_module
from console.queue import filters as queue_filters
from console.queue.changes import changes_since, patched_rows, queue_stamp, row_plan
from console.queue.clocks import queue_clocks
from console.queue.filters import QuickSearch
from console.queue.rows import QueueRows, load_queue
from console.services.tickets import create_ticket
from console.views.queue_model import QueueModel


def _shown(win: Any) -> list[Any]:
    model = win.queue.model
    ids = model.rows.columns["id"]
    return [ids[model.row_of(r)] for r in range(model.rowCount())]


def _signals(model: QueueModel) -> dict[str, int]:
    counts = {"reset": 0, "removed": 0, "inserted": 0, "changed": 0}

    def bump(name: str) -> Any:
        return lambda *_: counts.__setitem__(name, counts[name] + 1)

    model.modelReset.connect(bump("reset"))
    model.rowsRemoved.connect(bump("removed"))
    model.rowsInserted.connect(bump("inserted"))
    model.dataChanged.connect(bump("changed"))
    return counts


def _loaded_ids(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Spy on the queue's loads: each call's ``ids`` (None for a full load)."""
    calls: list[Any] = []
    real = queue_filters.load_queue

    def spy(connection: Any, *args: Any, **kwargs: Any) -> QueueRows:
        calls.append(kwargs.get("ids"))
        return real(connection, *args, **kwargs)

    monkeypatch.setattr(queue_filters, "load_queue", spy)  # full loads, with their search
    monkeypatch.setattr(queue_changes_module, "load_queue", spy)  # changed tickets
    return calls


def _new_ticket(engine: Engine, title: str) -> str:
    with Session(engine) as session:
        client = session.query(Client).order_by(Client.name).first()
        assert client is not None
        ticket = create_ticket(
            session, client_id=client.id, title=title, category=TicketCategory.INCIDENT,
            priority=Priority.HIGH, channel=Channel.PHONE, now=DEMO_NOW,
        )  # fmt: skip
        session.commit()
        return ticket.id.hex


def test_a_sync_of_a_few_tickets_reads_and_shows_only_those(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pulled edit, a ticket closed elsewhere and a new ticket: only those three asked
    for (the closed one no longer in the queue), one row removed, one inserted, the
    edited cells changed; no reset, the selection stays."""
    queue = window.queue
    before = _shown(window)
    assert len(before) > 5
    selected = before[len(before) // 2]
    assert queue.select_ticket(selected)
    edited, closed = before[1], before[-2]
    assert selected not in (edited, closed)
    with demo_engine.begin() as conn:  # as a pull writes them: the server's row versions
        conn.execute(
            text("UPDATE tickets SET title = 'Edited elsewhere', row_version = row_version + 1 "
                 "WHERE id = :id"), {"id": edited},
        )  # fmt: skip
        conn.execute(
            text("UPDATE tickets SET status = 'closed', closed_at = opened_at, "
                 "row_version = row_version + 1 WHERE id = :id"), {"id": closed},
        )  # fmt: skip
    added = _new_ticket(demo_engine, "Arrived by sync")
    loads = _loaded_ids(monkeypatch)
    signals = _signals(queue.model)

    window.sync.synced.emit()

    assert [set(ids) if ids is not None else None for ids in loads] == [{edited, added, closed}]
    assert signals["reset"] == 0
    assert signals["removed"] >= 1 and signals["inserted"] >= 1 and signals["changed"] >= 1
    shown = _shown(window)
    assert closed not in shown and added in shown and edited in shown
    assert queue.current_ticket_id() == selected
    titles = dict(zip(queue.model.rows.columns["id"], queue.model.rows.columns["title"],
                      strict=True))  # fmt: skip
    assert titles[edited] == "Edited elsewhere"
    # the same rows, order and clocks as a full reload gives
    clocks = {
        ticket: (c.target.kind, c.due_at, c.remaining) if c else None
        for ticket, c in zip(queue.model.rows.columns["id"], queue.model.clocks, strict=True)
    }
    queue.reload()
    queue.load_clocks()
    assert _shown(window) == shown
    assert clocks == {
        ticket: (c.target.kind, c.due_at, c.remaining) if c else None
        for ticket, c in zip(queue.model.rows.columns["id"], queue.model.clocks, strict=True)
    }


def test_an_edit_in_the_pane_refreshes_only_that_ticket(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pane's own change reads back the one ticket it changed."""
    queue = window.queue
    ticket = _shown(window)[0]
    assert queue.select_ticket(ticket)
    with Session(demo_engine) as session:  # as a service does: the ORM bumps the version
        from console.model import Ticket

        row = session.get_one(Ticket, uuid.UUID(ticket))
        row.title = "Changed at this desk"
        session.commit()
    loads = _loaded_ids(monkeypatch)
    signals = _signals(queue.model)
    queue.pane.changed.emit()
    assert loads == [[ticket]] or [set(x) for x in loads] == [{ticket}]
    assert signals["reset"] == 0 and signals["removed"] == 0 and signals["inserted"] == 0
    assert queue.current_ticket_id() == ticket
    index = queue.model.find(ticket)
    assert index is not None
    assert "Changed at this desk" in str(queue.model.index(index, 2).data())


def test_nothing_changed_nothing_read(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync that changed no queued ticket reads no row and emits nothing."""
    loads = _loaded_ids(monkeypatch)
    signals = _signals(window.queue.model)
    window.queue.refresh()
    assert loads == []
    assert signals == {"reset": 0, "removed": 0, "inserted": 0, "changed": 0}


def test_a_change_to_a_table_every_row_reads_reloads(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A client renamed may show on many rows and a closing day moves many clocks: the
    queue loads in full, as before."""
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE clients SET name = name || ' (renamed)', "
                          "row_version = row_version + 1"))  # fmt: skip
    loads = _loaded_ids(monkeypatch)
    window.queue.refresh()
    assert loads == [None]
    assert any("(renamed)" in str(c) for c in window.queue.model.rows.columns["client"])


def test_stamp_plan_and_patch_agree_with_a_full_load(demo_engine: Engine) -> None:
    """The stamp tells the changed tickets; patched rows equal a fresh load's rows."""
    with demo_engine.connect() as conn:
        stamp, rows = queue_stamp(conn), load_queue(conn)
    first = rows.columns["id"][0]
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE tickets SET priority = 'low', row_version = row_version + 1 "
                          "WHERE id = :id"), {"id": first})  # fmt: skip
    with demo_engine.connect() as conn:
        changes, _now = changes_since(conn, stamp)
        assert changes.changed == {first} and not changes.gone and not changes.shared
        fresh = load_queue(conn, ids=changes.changed)
        plan = row_plan(rows, fresh, changes)
        patched = patched_rows(rows, fresh, plan)
        full = load_queue(conn)
        assert {k: list(v) for k, v in patched.columns.items()} == {
            k: list(v) for k, v in full.columns.items()
        }
        assert queue_clocks(conn, fresh, DEMO_NOW)  # a few tickets' clocks, read by id
    search = QuickSearch(rows).patched(plan, fresh)
    assert search.match("", list(range(len(patched)))) == list(range(len(patched)))
    assert queue_changes_module.MOST_CHANGED > 100


def _plain_rows(ids: list[str]) -> QueueRows:
    """Rows with every column the model shows, for these ids."""
    from console.queue.rows import COLUMNS

    columns: dict[str, Any] = {name: [f"{name} {i}" for i in ids] for name in COLUMNS}
    columns.update(id=ids, emergency=[False] * len(ids), premium=[False] * len(ids),
                   opened_at=["2026-11-20 08:00:00"] * len(ids), priority=["normal"] * len(ids),
                   status=["new"] * len(ids), category=["incident"] * len(ids))  # fmt: skip
    return QueueRows(columns)


def test_model_row_changes_pass_qt_model_tester(qtmodeltester: Any) -> None:
    """Removals, a move, insertions and changed rows keep the model consistent for Qt."""
    ids = [f"t{i}" for i in range(8)]
    model = QueueModel(_plain_rows(ids))
    qtmodeltester.check(model)
    kept = QPersistentModelIndex(model.index(5, 0))  # t5
    new_ids = ["t0", "t2", "t5", "t3", "t4", "t6", "new1", "t7", "new2"]  # t1 gone, t5 moved
    new_rows = _plain_rows(new_ids)
    view = list(range(len(new_ids)))
    model.update_rows(new_rows, view, [None] * len(new_ids), {"t5", "new1", "new2"})
    assert model.rowCount(QModelIndex()) == len(new_ids)
    assert [new_ids[model.row_of(r)] for r in range(model.rowCount())] == new_ids
    assert kept.isValid() and new_ids[model.row_of(kept.row())] == "t5"
    qtmodeltester.check(model)


def test_a_visit_approved_elsewhere_marks_its_ticket_changed(demo_engine: Engine) -> None:
    """A visit's approval starts the arrival clock: the visit's own version marks its
    ticket as changed though the ticket row is untouched."""
    with demo_engine.connect() as conn:
        stamp = queue_stamp(conn)
        found = conn.execute(
            text("SELECT v.id, v.ticket_id FROM visits v JOIN tickets t ON t.id = v.ticket_id "
                 "WHERE t.status <> 'closed' LIMIT 1")
        ).first()  # fmt: skip
    assert found is not None
    visit, ticket = found
    with demo_engine.begin() as conn:
        conn.execute(
            text("UPDATE visits SET row_version = row_version + 1 WHERE id = :id"), {"id": visit}
        )
    with demo_engine.connect() as conn:
        changes, _now = changes_since(conn, stamp)
    assert changes.changed == {ticket} and not changes.gone and not changes.shared


def test_a_refresh_keeps_the_filter_search_and_sort_in_force(
    window: Any, demo_engine: Engine
) -> None:
    """Sorted by title under a saved filter: a retitled ticket moves to its new place, a
    ticket that no longer matches leaves, as a full recompute would show them."""
    queue = window.queue
    queue.sort_by("title")
    shown = _shown(window)
    moved, last = shown[0], shown[-1]
    assert queue.select_ticket(last)
    with demo_engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET title = 'ZZZ last now', row_version = row_version + 1 "
                 "WHERE id = :id"), {"id": moved},
        )  # fmt: skip
    signals = _signals(queue.model)
    queue.refresh()
    after = _shown(window)
    assert after[-1] == moved and signals["reset"] == 0
    assert queue.current_ticket_id() == last
    queue._show_view()  # the same rows and order, worked out again on the window's thread
    assert _shown(window) == after
    queue.search.setText("ZZZ")
    assert _shown(window) == [moved]


def test_the_window_searches_a_ticket_text_it_does_not_keep(
    window: Any, demo_engine: Engine
) -> None:
    """The queue's rows hold no ticket text, before a refresh or after; the search finds
    a ticket by its text, and by the new text once another desk rewrote it."""
    queue = window.queue
    assert "description" not in queue.model.rows.columns
    target = _shown(window)[3]
    with demo_engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET description = 'the quokka ate the cable', "
                 "row_version = row_version + 1 WHERE id = :id"), {"id": target},
        )  # fmt: skip
    queue.search.setText("quokka")
    assert _shown(window) == []
    queue.refresh()
    assert "description" not in queue.model.rows.columns
    assert _shown(window) == [target]
    queue.reload()  # a full load folds the text into the search likewise
    assert "description" not in queue.model.rows.columns
    assert _shown(window) == [target]


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_refresh_rows_on_either_store(kind: str, request: pytest.FixtureRequest) -> None:
    """The stamp, the changed rows and their clocks read by id work on SQLite's hex ids
    and PostgreSQL's UUIDs alike."""
    from builders import World

    from console.enums import ContractKind
    from console.queue.changes import refresh_rows

    engine: Engine = request.getfixturevalue("store" if kind == "sqlite" else "pg_store")
    with Session(engine) as session:
        worlds = [World(session, ContractKind.ON_DEMAND) for _ in range(3)]
        for i, world in enumerate(worlds):
            world.client.name = f"Client {i}"
        session.commit()
        edited, closed = worlds[0].ticket.id, worlds[1].ticket.id
    with engine.connect() as conn:
        stamp, rows = queue_stamp(conn), load_queue(conn)
        clocks = queue_clocks(conn, rows, DEMO_NOW)
    assert len(rows) == 3
    with Session(engine) as session:
        from console.model import Ticket

        session.get_one(Ticket, edited).title = "Edited"
        ticket = session.get_one(Ticket, closed)
        ticket.status, ticket.closed_at = "closed", DEMO_NOW  # type: ignore[assignment]
        session.commit()
    added = _new_ticket(engine, "New")
    with engine.connect() as conn:
        got = refresh_rows(conn, rows, clocks, stamp, DEMO_NOW)
        full = load_queue(conn)
        expected = queue_clocks(conn, full, DEMO_NOW)
    assert got is not None
    assert {str(v).replace("-", "") for v in got.changed} == {edited.hex, added}
    assert list(got.rows.columns["id"]) == list(full.columns["id"])
    assert list(got.rows.columns["title"]) == list(full.columns["title"])
    assert [(c.target.kind, c.due_at) if c else None for c in got.clocks] == [
        (c.target.kind, c.due_at) if c else None for c in expected
    ]


def test_rows_arriving_above_leave_the_table_scrolled_where_it_was(
    window: Any, demo_engine: Engine
) -> None:
    """A ticket that comes in above the rows on screen does not push them down."""
    queue = window.queue
    table = queue.table
    window.resize(900, 420)
    table.verticalScrollBar().setValue(8)
    top_index = table.indexAt(table.viewport().rect().topLeft())
    assert top_index.isValid() and top_index.row() >= 8
    top = _shown(window)[top_index.row()]
    with Session(demo_engine) as session:
        client = session.query(Client).order_by(Client.name).first()
        assert client is not None
        create_ticket(
            session, client_id=client.id, title="Flooded server room", emergency=True,
            category=TicketCategory.INCIDENT, priority=Priority.URGENT, channel=Channel.PHONE,
            now=DEMO_NOW,
        )  # fmt: skip
        session.commit()
    signals = _signals(queue.model)
    queue.refresh()
    assert signals["inserted"] == 1 and signals["reset"] == 0
    assert "Flooded server room" in str(queue.model.index(0, 2).data())  # most urgent first
    after = table.indexAt(table.viewport().rect().topLeft())
    assert _shown(window)[after.row()] == top


def test_the_queue_keeps_each_shared_value_once_and_reads_as_a_plain_fetch(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Statuses, clients and assignees are kept once however many rows show them (a
    million tickets held a copy each), and the columns equal the driver's own read."""
    from console.enums import TicketStatus
    from console.queue.rows import COLUMNS, SHARED, queue_select
    from console.store import driver
    from console.store.driver import fetch_columns

    monkeypatch.setattr(driver, "SHARED_CHUNK", 7)  # values shared across chunks too
    with demo_engine.connect() as conn:
        rows = load_queue(conn, list(TicketStatus))
        plain = fetch_columns(conn, queue_select(list(TicketStatus)), len(COLUMNS))
    assert len(rows) > 1000
    assert [list(rows.columns[name]) for name in COLUMNS] == [list(c) for c in plain]
    for c in SHARED:
        values = rows.columns[COLUMNS[c]]
        distinct = {v for v in values if v is not None}
        assert len({id(v) for v in values if v is not None}) == len(distinct), COLUMNS[c]
    # a column of values of their own is left as read
    assert "id" not in {COLUMNS[c] for c in SHARED}


def test_a_refresh_reads_again_only_the_changed_tickets_unassigned_visits(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engineer given to a waiting visit and one taken off another: the refresh reads
    the visits of those two tickets only, and finds what a read of every visit finds."""
    from console.queue.changes import PatchRequest, patch_queue
    from console.queue.filters import SavedFilter
    from console.queue.rows import unassigned_visit_tickets

    live = "('requested', 'availability_checked', 'engineer_proposed', 'approved', 'travel_booked')"
    with demo_engine.connect() as conn:
        stamp, rows = queue_stamp(conn), load_queue(conn)
        clocks = queue_clocks(conn, rows, DEMO_NOW)
        before = unassigned_visit_tickets(conn)
        waiting = conn.execute(
            text("SELECT v.id, v.ticket_id FROM visits v JOIN tickets t ON t.id = v.ticket_id "
                 f"WHERE t.status <> 'closed' AND v.status IN {live} AND NOT EXISTS "
                 "(SELECT 1 FROM visit_engineers e WHERE e.visit_id = v.id)")
        ).first()  # fmt: skip
        staffed = conn.execute(
            text("SELECT v.ticket_id FROM visits v JOIN tickets t ON t.id = v.ticket_id "
                 f"WHERE t.status <> 'closed' AND v.status IN {live} AND EXISTS "
                 "(SELECT 1 FROM visit_engineers e WHERE e.visit_id = v.id)")
        ).first()  # fmt: skip
        engineer = conn.execute(text("SELECT id FROM engineers WHERE active LIMIT 1")).scalar()
    assert waiting is not None and staffed is not None and staffed[0] not in before
    assert waiting[1] in before
    with demo_engine.begin() as conn:
        conn.execute(text("DELETE FROM visit_engineers WHERE visit_id IN (SELECT id FROM "
                          "visits WHERE ticket_id = :t)"), {"t": staffed[0]})  # fmt: skip
        conn.execute(
            text("INSERT INTO visit_engineers (visit_id, engineer_id, role) "
                 "VALUES (:v, :e, 'lead')"), {"v": waiting[0], "e": engineer},
        )  # fmt: skip
    asked: list[Any] = []
    real = queue_changes_module.unassigned_visit_tickets

    def spy(connection: Any, ids: Any = None) -> frozenset[Any]:
        asked.append(None if ids is None else set(ids))
        return real(connection, ids=ids)

    monkeypatch.setattr(queue_changes_module, "unassigned_visit_tickets", spy)
    request = PatchRequest(rows, clocks, stamp, DEMO_NOW, QuickSearch(rows),
                           (SavedFilter.ALL, None, ""), None, None, None, before)  # fmt: skip
    with demo_engine.connect() as conn:
        patch = patch_queue(conn, request)
        everything = real(conn)
    assert patch is not None
    assert asked == [{staffed[0], waiting[1]}]
    assert patch.unassigned == everything
    assert staffed[0] in everything and waiting[1] not in everything
