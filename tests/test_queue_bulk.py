"""Several tickets changed at once (issue 21): the same rules as for one ticket (T4, T5),
all or nothing, from the service, the command line and the queue's multi-selection."""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import Priority, TicketStatus
from console.errors import ValidationError
from console.model import Ticket, User
from console.services.acting import Acting
from console.services.bulk_tickets import (
    BulkRefusedError,
    Field,
    change_tickets,
    take_back,
)
from console.services.master_data import clients
from console.sync.session import store_session
from console.views.find_tickets import FindTicketsDialog
from console.views.main_window import MainWindow
from console.views.queue_model import KEYS


def _user(engine: Engine, username: str) -> User:
    with Session(engine) as session:
        found = session.scalars(select(User).where(User.username == username)).one()
        session.expunge(found)
        return found


def _tickets(engine: Engine, status: TicketStatus, n: int) -> list[Ticket]:
    with Session(engine) as session:
        found = list(
            session.scalars(
                select(Ticket).where(Ticket.status == status.value).order_by(Ticket.reference)
            ).all()[:n]
        )
        for t in found:
            session.expunge(t)
        return found


def _fields(engine: Engine, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, Any]]:
    with Session(engine) as session:
        return {
            t.id: (str(t.priority), str(t.status), t.assignee_id)
            for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))
        }


def _now() -> Any:
    from conftest import DEMO_NOW

    return DEMO_NOW


def test_t4_a_dispatcher_sets_the_priority_of_three_tickets_and_takes_it_back(
    demo_engine: Engine,
) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    tickets = _tickets(demo_engine, TicketStatus.AWAITING_REPLY, 3)
    ids = [t.id for t in tickets]
    before = _fields(demo_engine, ids)
    done = change_tickets(sessions, anna, ids, Field.PRIORITY, "urgent", _now())
    assert {c.ticket_id for c in done.changes} == set(ids)
    assert all(v[0] == "urgent" for v in _fields(demo_engine, ids).values())
    undone = take_back(sessions, anna, done, _now())
    assert _fields(demo_engine, ids) == before
    redone = take_back(sessions, anna, undone, _now())  # redo: the change again
    assert all(v[0] == "urgent" for v in _fields(demo_engine, ids).values())
    assert len(redone.changes) == 3


def test_t5_one_refused_ticket_changes_none_and_is_named(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    movable = _tickets(demo_engine, TicketStatus.IN_PROGRESS, 2)
    stuck = _tickets(demo_engine, TicketStatus.ACCEPTANCE, 1)[0]  # acceptance cannot go on hold
    ids = [movable[0].id, stuck.id, movable[1].id]
    before = _fields(demo_engine, ids)
    with pytest.raises(BulkRefusedError) as refused:
        change_tickets(sessions, anna, ids, Field.STATUS, "on_hold", _now())
    assert refused.value.field == stuck.reference
    assert "cannot go from acceptance to on hold" in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert _fields(demo_engine, ids) == before  # all or nothing


def test_t4_an_engineer_may_not_set_priorities_or_assign(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    engineer = Acting(_user(demo_engine, "eng001").id)
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.OPEN, 2)]
    before = _fields(demo_engine, ids)
    with pytest.raises(BulkRefusedError, match="may not set a ticket's priority"):
        change_tickets(sessions, engineer, ids, Field.PRIORITY, "low", _now())
    marco = _user(demo_engine, "desk.marco").id
    with pytest.raises(BulkRefusedError, match="may not set a ticket's priority or assignee"):
        change_tickets(sessions, engineer, ids, Field.ASSIGNEE, marco.hex, _now())
    assert _fields(demo_engine, ids) == before


def test_take_back_is_refused_once_someone_changed_the_ticket(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    marco = Acting(_user(demo_engine, "desk.marco").id)
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.OPEN, 2)]
    done = change_tickets(sessions, anna, ids, Field.ASSIGNEE, marco.user_id.hex, _now())
    change_tickets(sessions, marco, ids[1:], Field.PRIORITY, "low", _now())  # Marco meanwhile
    after = _fields(demo_engine, ids)
    with pytest.raises(BulkRefusedError) as refused:
        take_back(sessions, anna, done, _now())
    assert "was changed since" in str(refused.value)
    assert _fields(demo_engine, ids) == after


def test_closing_in_bulk_wants_the_resolution(demo_engine: Engine) -> None:
    sessions = partial(store_session, demo_engine)
    anna = Acting(_user(demo_engine, "desk.anna").id)
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.IN_PROGRESS, 2)]
    with pytest.raises(ValidationError, match="resolution"):
        change_tickets(sessions, anna, ids, Field.STATUS, "closed", _now())
    done = change_tickets(sessions, anna, ids, Field.STATUS, "closed", _now(), "Patched both")
    assert len(done.changes) == 2
    assert {v[1] for v in _fields(demo_engine, ids).values()} == {"closed"}


def test_cli_bulk_assigns_moves_and_refuses_in_one_line(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(demo_engine.url.database))
    refs = [t.reference for t in _tickets(demo_engine, TicketStatus.OPEN, 3)]
    code, out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--assign", "Marco Ruiz")
    assert code == 0, err
    assert f"{refs[0]}: assignee " in out and "-> Marco Ruiz" in out
    assert out.strip().endswith("3 changed, 0 already so")
    code, out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--priority", "high")
    assert code == 0, err
    ids = [t.id for t in _tickets(demo_engine, TicketStatus.OPEN, 3)]
    assert {v[0] for v in _fields(demo_engine, ids).values()} == {"high"}
    stuck = _tickets(demo_engine, TicketStatus.ACCEPTANCE, 1)[0].reference
    code, out, err = run_cli(capsys, "tickets", "bulk", refs[0], stuck, *db, "--status", "on_hold")
    assert code == 2 and err.count("\n") == 1 and stuck in err and "nothing was changed" in err
    assert {v[1] for v in _fields(demo_engine, ids).values()} == {"open"}
    code, _out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--assign", "nobody here")
    assert code == 2 and "assign" in err and err.count("\n") == 1
    code, _out, err = run_cli(capsys, "tickets", "bulk", *refs, *db)
    assert code == 2  # says what to change
    code, _out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--priority", "low",
                              "--resolution", "Fixed")  # fmt: skip
    assert code == 2 and "--resolution: only with --status closed" in err
    code, out, err = run_cli(capsys, "tickets", "bulk", *refs, *db, "--status", "closed",
                             "--resolution", "Replaced the switch")  # fmt: skip
    assert code == 0 and out.strip().endswith("3 changed, 0 already so"), err
    assert {v[1] for v in _fields(demo_engine, ids).values()} == {"closed"}


# ------------------------------------------------------------------ the window
def _select(window: MainWindow, status: str, n: int) -> list[int]:
    """Select the first ``n`` rows of that status, as Ctrl+click does."""
    queue = window.queue
    model = queue.model
    column = KEYS.index("status")
    rows = [r for r in range(model.rowCount()) if model.index(r, column).data() == status][:n]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    queue.table.clearSelection()
    for r in rows:
        queue.table.selectionModel().select(model.index(r, 0), flags)
    return rows


def _column(window: MainWindow, key: str, refs: list[str]) -> dict[str, str]:
    model = window.queue.model
    ref, col = KEYS.index("reference"), KEYS.index(key)
    cells = {
        model.index(r, ref).data(): model.index(r, col).data() for r in range(model.rowCount())
    }
    return {reference: cells[reference] for reference in refs}


def test_three_tickets_selected_get_one_priority_and_undo_restores_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    pane = window.queue.pane
    _select(window, "Awaiting reply", 3)
    refs = [str(r) for r in pane.many_ids]
    assert len(refs) == 3
    assert "3 tickets selected" in pane.heading.text()
    assert pane.findChild(QPushButton, "changeStatus").isVisibleTo(pane)
    assert not pane.tabs.isVisibleTo(pane)  # no single ticket's details beside several
    before = _column(window, "priority", refs)
    assert set(before.values()) != {"Urgent"}
    assert pane.request_change("priority", Priority.URGENT.value)
    assert set(_column(window, "priority", refs).values()) == {"Urgent"}
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == "&Undo priority of 3 tickets"
    window.act_undo.trigger()
    assert _column(window, "priority", refs) == before
    assert window.act_redo.text() == "&Redo priority of 3 tickets"
    window.act_redo.trigger()
    assert set(_column(window, "priority", refs).values()) == {"Urgent"}


def test_undo_is_refused_once_someone_else_changed_a_ticket(
    window: MainWindow, qtbot: QtBot
) -> None:
    queue = window.queue
    _select(window, "Open", 2)
    refs = list(queue.pane.many_ids)
    ids = [uuid.UUID(str(raw)) for raw in queue.selected_ticket_ids()]
    assert queue.change_selected("priority", Priority.URGENT.value)
    assert window.act_undo.text() == "&Undo priority of 2 tickets"
    # a colleague at another desk moves one of them meanwhile
    marco = Acting(_user(window.desk.engine, "desk.marco").id)
    sessions = partial(store_session, window.desk.engine)
    change_tickets(sessions, marco, ids[:1], Field.STATUS, "in_progress", _now())
    window.act_undo.trigger()
    assert refs[0] in queue.history.last_refusal
    assert "was changed since" in queue.history.last_refusal
    assert {v[0] for v in _fields(window.desk.engine, ids).values()} == {"urgent"}  # as it was
    assert not window.act_undo.isEnabled()  # the refused change left the history
    box = window.findChild(QMessageBox, "undoRefused")
    assert box is not None and refs[0] in box.text()
    box.close()


def test_a_single_status_move_is_undone_unless_the_workflow_forbids_the_way_back(
    window: MainWindow,
) -> None:
    queue, pane = window.queue, window.queue.pane
    _select(window, "Open", 1)
    assert pane.detail is not None
    ticket, reference = pane.detail.id, pane.detail.reference
    pane.set_status(TicketStatus.IN_PROGRESS)
    assert window.act_undo.text() == f"&Undo status of {reference}"
    window.act_undo.trigger()  # in progress -> open is not a move the workflow allows
    assert "cannot go from in progress to open" in queue.history.last_refusal
    assert _fields(window.desk.engine, [ticket])[ticket][1] == "in_progress"
    pane.set_status(TicketStatus.ON_HOLD)
    window.act_undo.trigger()  # on hold -> in progress is allowed
    assert _fields(window.desk.engine, [ticket])[ticket][1] == "in_progress"


def test_closing_several_is_not_undoable(window: MainWindow, monkeypatch: Any) -> None:
    queue, pane = window.queue, window.queue.pane
    _select(window, "In progress", 2)
    ids = [uuid.UUID(str(raw)) for raw in queue.selected_ticket_ids()]
    monkeypatch.setattr(pane, "ask_resolution", lambda: "Rebooted the switch")
    assert pane.request_status(TicketStatus.CLOSED)
    assert {v[1] for v in _fields(window.desk.engine, ids).values()} == {"closed"}
    assert not window.act_undo.isEnabled()


def test_empty_states_say_what_to_do(window: MainWindow) -> None:
    queue = window.queue
    queue.search.setText("xyzzy-nothing")
    assert queue.model.rowCount() == 0
    assert queue.empty.isVisible()
    text = queue.empty.text()
    assert "No ticket matches “xyzzy-nothing” in “All open tickets”" in text
    assert 'href="find"' in text
    assert queue.pane.detail is None  # not the old ticket beside an empty list
    assert "No ticket selected" in queue.pane.heading.text()
    asked: list[str] = []

    def look() -> None:  # the search over every ticket opens with the words typed
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FindTicketsDialog)
        asked.append(dialog.words.text())
        dialog.reject()

    QTimer.singleShot(0, look)
    queue.empty.linkActivated.emit("find")
    assert asked == ["xyzzy-nothing"]
    queue.empty.linkActivated.emit("clear")
    assert queue.search.text() == "" and not queue.empty.isVisible()
    assert queue.model.rowCount() > 0


def test_an_empty_queue_says_how_tickets_come_in(
    qtbot: QtBot, store: Engine, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from console.views.context import DeskContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(store, settings, DeskContext(store))
    qtbot.addWidget(win)
    win.show()
    win.reload()
    text = win.queue.empty.text()
    assert win.queue.empty.isVisible() and "No clients yet." in text
    assert 'href="import"' in text and "Ctrl+6" in text
    clients.add_client(partial(store_session, store), None, name="Acme", country="NL",
                       time_zone="Europe/Amsterdam", locale="nl_NL", currency="EUR")  # fmt: skip
    win.reload()
    text = win.queue.empty.text()
    assert win.queue.empty.isVisible() and "No open tickets." in text
    assert 'href="new"' in text and "Ctrl+N" in text and "Mail settings" in text
    assert isinstance(win.queue.empty, QLabel)


def test_two_tickets_assigned_from_the_pane_and_undone(window: MainWindow) -> None:
    queue, pane = window.queue, window.queue.pane
    _select(window, "Open", 2)
    refs = list(pane.many_ids)
    before = _column(window, "assignee", refs)
    marco = _user(window.desk.engine, "desk.marco")
    assert pane.request_change("assignee", marco.id.hex)
    assert set(_column(window, "assignee", refs).values()) == {"Marco Ruiz"}
    assert window.act_undo.text() == "&Undo assignment of 2 tickets"
    queue.select_ticket(queue.selected_ticket_ids()[0])  # one of them alone
    assert pane.assign_button.text() == "Assigned to Marco Ruiz"
    window.act_undo.trigger()
    assert _column(window, "assignee", refs) == before


def test_two_changes_of_one_ticket_are_undone_and_redone_in_turn(window: MainWindow) -> None:
    """Undoing the later change is no change "by someone else" for the earlier one."""
    pane = window.queue.pane
    _select(window, "In progress", 1)
    assert pane.detail is not None
    ticket = pane.detail.id
    before = _fields(window.desk.engine, [ticket])[ticket]
    assert pane.request_change(
        "priority", Priority.URGENT.value if before[0] != "urgent" else "low"
    )
    pane.set_status(TicketStatus.ON_HOLD)
    changed = _fields(window.desk.engine, [ticket])[ticket]
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.queue.history.last_refusal == ""
    assert _fields(window.desk.engine, [ticket])[ticket] == before
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert window.queue.history.last_refusal == ""
    assert _fields(window.desk.engine, [ticket])[ticket] == changed
