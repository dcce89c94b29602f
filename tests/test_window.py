"""The real widgets, driven as a dispatcher would: queue, dialogs, calendar, approvals."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from builders import MON, World
from conftest import DEMO_NOW
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContactRole, ContractKind, Role, TicketStatus, VisitStatus
from console.model import Contact, Engineer, Ticket, TimeEntry, Visit, VisitEngineer
from console.queue.filters import SavedFilter
from console.views.calendar_view import CalendarView
from console.views.context import DeskContext
from console.views.dialog_support import set_instant
from console.views.main_window import MainWindow
from console.views.queue_model import KEYS
from console.views.ticket_dialog import TicketDialog
from console.views.time_view import TimeView
from console.views.visit_dialog import VisitDialog


def _column(win: MainWindow, key: str) -> list[object]:
    model = win.queue.model
    col = KEYS.index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_queue_lists_open_tickets_with_countdowns_and_counts(window: MainWindow) -> None:
    model = window.queue.model
    assert model.rowCount() > 20
    assert "Closed" not in set(_column(window, "status"))
    assert all(str(ref).startswith("T-") for ref in _column(window, "reference"))
    countdowns = [str(c) for c in _column(window, "sla") if c]
    assert any("late" in c for c in countdowns) and any("left" in c for c in countdowns)
    assert f"of {model.rowCount():,}" in window.count_label.text()
    assert "(dispatcher)" in window.user_label.text() and "sqlite" in window.db_label.text()
    counts = window.queue.filters.item(0).text()
    assert f"({model.rowCount()})" in counts


def test_quick_filter_saved_filters_and_sort(window: MainWindow, qtbot: QtBot) -> None:
    queue = window.queue
    total = queue.model.rowCount()
    first = str(_column(window, "reference")[5])
    qtbot.keyClicks(queue.search, first)
    assert queue.model.rowCount() == 1 and _column(window, "reference") == [first]
    queue.search.clear()
    assert queue.model.rowCount() == total
    # typed keys must exist on a keyboard: a Latin client's name (QTest cannot type kana)
    client = next(str(c).split()[0] for c in _column(window, "client") if str(c).isascii())
    qtbot.keyClicks(queue.search, client.lower())
    assert 0 < queue.model.rowCount() < total
    assert all(client.casefold() in str(c).casefold() for c in _column(window, "client"))
    queue.search.clear()
    queue.set_filter(SavedFilter.AWAITING_REPLY)
    assert set(_column(window, "status")) == {"Awaiting reply"}
    queue.set_filter(SavedFilter.BREACHING)
    assert queue.model.rowCount() > 0
    queue.set_filter(SavedFilter.ALL)
    queue.sort_by("priority")
    order = {"Urgent": 0, "High": 1, "Normal": 2, "Low": 3}
    ranks = [order[str(p)] for p in _column(window, "priority")]
    assert ranks == sorted(ranks)
    queue.sort_by("reference", descending=True)
    refs = [str(r) for r in _column(window, "reference")]
    assert refs == sorted(refs, reverse=True)


def test_a_painted_cell_shows_what_data_answers_for_every_role(window: MainWindow) -> None:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    from PySide6.QtGui import QIcon

    model = window.queue.model
    roles = [Qt.ItemDataRole(r) for r in (0, 1, 3, 6, 7, 8, 9, 10)]  # what a delegate asks
    breached = 0
    for row in range(min(model.rowCount(), 60)):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in roles:
                asked = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(asked))
                painted, answered = asked.data(), model.data(index, role)
                if isinstance(answered, QIcon):  # icons compare by what they draw
                    painted, answered = painted.cacheKey(), answered.cacheKey()
                assert painted == answered, (row, KEYS[col], role)
            if col == KEYS.index("sla") and model.data(index, Qt.ItemDataRole.FontRole):
                breached += 1
    assert breached > 0  # the bold breached countdowns were among the cells compared


def test_countdown_refresh_keeps_the_selection(window: MainWindow) -> None:
    queue = window.queue
    texts = [str(t) for t in _column(window, "sla")]
    row = next(i for i, t in enumerate(texts) if "left" in t and "paused" not in t)
    queue.table.selectRow(row)
    chosen = queue.current_ticket_id()
    before = queue.model.index(row, KEYS.index("sla")).data()
    window.desk.clock = lambda: DEMO_NOW + timedelta(minutes=30)
    queue.tick()
    assert queue.current_ticket_id() == chosen and queue.table.currentIndex().row() == row
    after = queue.model.index(row, KEYS.index("sla")).data()
    assert before != after  # a running countdown moved; nothing was reloaded


def test_create_a_ticket_through_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    dialog = TicketDialog(window.desk, window)
    qtbot.addWidget(dialog)
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.created is None and "title" in dialog.ui.problems.text()
    qtbot.keyClicks(dialog.ui.title, "Printer on 2nd floor jams")
    dialog.ui.description.setPlainText("Paper jam every few pages.")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created_reference.startswith("T-2026-")
    window.after_ticket_created(dialog.created)
    assert window.queue.current_ticket_id() is not None
    assert window.queue.pane.detail is not None
    assert window.queue.pane.detail.reference == dialog.created_reference


def test_ticket_pane_offers_only_allowed_moves_and_closes(window: MainWindow, qtbot: QtBot) -> None:
    queue = window.queue
    statuses = _column(window, "status")
    queue.table.selectRow(statuses.index("In progress"))
    pane = queue.pane
    assert pane.detail is not None and pane.detail.status is TicketStatus.IN_PROGRESS
    names = {b.objectName() for b in pane.findChildren(type(pane.findChild(object, "move_closed")))}
    assert "move_closed" in names and "move_open" not in names  # T5: no way back to Open
    assert "Due" in pane.sla.toPlainText() or "due" in pane.sla.toPlainText().lower()
    closing = pane.detail.id
    pane.set_status(TicketStatus.CLOSED, resolution="Replaced the fuser.")
    with Session(window.desk.engine) as session:
        assert session.get_one(Ticket, closing).status == TicketStatus.CLOSED


def _visit_world(store: Engine) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    with Session(store) as session, session.begin():
        w = World(session, ContractKind.RETAINER)
        session.add(Contact(client_id=w.client.id, name="Sanne", role=ContactRole.LOCAL_CONTACT,
                            phone="+31612345678"))  # fmt: skip
        w.site.map_url = "https://maps.example/dam1"
        visits = []
        for hours in (1, 5):  # Monday 09:00 and 13:00 in Amsterdam
            v = Visit(reference=f"V-2025-90000{hours}", ticket_id=w.ticket.id, site_id=w.site.id,
                      status=VisitStatus.APPROVED, requested_at=MON - timedelta(days=5),
                      planned_start=MON + timedelta(hours=hours - 1), reserved_hours=Decimal(2),
                      grace_minutes=0)  # fmt: skip
            v.engineers.append(VisitEngineer(engineer_id=w.engineer.id, role="lead"))
            session.add(v)
            visits.append(v)
        session.flush()
        return w.ticket.id, w.engineer.id, visits[0].id, visits[1].id


def test_dispatch_a_visit_through_the_dialog_with_live_checks(qtbot: QtBot, store: Engine) -> None:
    ticket_id, engineer_id, _, _ = _visit_world(store)
    desk = DeskContext(store, clock=lambda: MON - timedelta(days=3))
    dialog = VisitDialog(desk, ticket_id)
    qtbot.addWidget(dialog)
    rules = {dialog.ui.findings.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(dialog.ui.findings.count())}  # fmt: skip
    assert "D5" in rules and not dialog.save_button.isEnabled()  # no local contact yet
    dialog.ui.local_contact.setCurrentIndex(1)
    qtbot.keyClicks(dialog.ui.work_description, "Replace the core switch")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=2000)
    warnings = [f.rule for f in dialog.findings if f.severity.value == "warning"]
    assert "E7" in warnings  # no NDA on file: flagged, not blocking
    qtbot.keyClicks(dialog.ui.reserved_hours, "abc")
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=2000)
    assert any(f.field == "reserved_hours" for f in dialog.findings)
    dialog.ui.reserved_hours.setText("3")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=2000)
    assert dialog.ui.suggestions.count() >= 1
    item = dialog.ui.suggestions.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == engineer_id and "skill" in item.text()
    # beside its tick box an engineer's line says in words whether they suit, no mark
    # that reads as ticked already
    lines = [dialog.ui.suggestions.item(i).text() for i in range(dialog.ui.suggestions.count())]
    assert not any(line.startswith(("✓", "✗")) for line in lines), lines
    assert "Jan — not suited: double-booked" in item.text()  # at the first start asked
    set_instant(dialog.ui.planned_start, MON + timedelta(days=1, hours=5))  # a free afternoon
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.wait(300)  # the live checks run after a short pause in typing
    assert dialog.save_button.isEnabled(), [str(f) for f in dialog.findings]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.created is not None, dialog.ui.problems.text()
    with Session(store) as session:
        visit = session.get_one(Visit, dialog.created)
        assert visit.status == VisitStatus.REQUESTED and visit.reserved_hours == Decimal(3)
        assert [ve.engineer_id for ve in visit.engineers] == [engineer_id]


def _drag(qtbot: QtBot, view: CalendarView, start: QPoint, end: QPoint) -> None:
    widget = view.widget
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _calendar_on_week_of_mon(qtbot: QtBot, store: Engine) -> CalendarView:
    """The calendar showing the week of MON, seen the day before."""
    view = CalendarView(DeskContext(store, clock=lambda: MON - timedelta(days=1)))
    qtbot.addWidget(view)
    view.resize(1400, 600)
    view.show()
    view.first_day = MON.replace(hour=0)
    view.reload()
    return view


def test_drag_a_visit_in_the_calendar_accepted_and_refused(
    qtbot: QtBot, store: Engine, tmp_path: Path
) -> None:
    _, engineer_id, first_id, second_id = _visit_world(store)
    view = _calendar_on_week_of_mon(qtbot, store)
    assert view.board is not None
    first = next(v for v in view.board.visits if v.id == first_id)
    block = view.widget.block_rect(first)
    grab = QPoint(block.left() + 2, block.center().y())
    tuesday = MON + timedelta(days=1, hours=2)  # Tue 11:00 in Amsterdam, inside hours
    target = view.widget.point_for(engineer_id, tuesday)
    _drag(qtbot, view, grab, QPoint(target.x() + 2, target.y()))
    assert "Moved" in view.message.text(), view.message.text()
    with Session(store) as session:
        moved = session.get_one(Visit, first_id).planned_start
    assert abs(moved - tuesday) <= timedelta(minutes=15)
    second = next(v for v in view.board.visits if v.id == second_id)
    block = view.widget.block_rect(second)
    target = view.widget.point_for(engineer_id, moved)
    _drag(
        qtbot,
        view,
        QPoint(block.left() + 2, block.center().y()),
        QPoint(target.x() + 2, target.y()),
    )
    assert "refused" in view.message.text() and "double-booked" in view.message.text()
    with Session(store) as session:
        assert session.get_one(Visit, second_id).planned_start == MON + timedelta(hours=4)
    snapped = next(v for v in view.board.visits if v.id == second_id)
    assert view.widget.block_rect(snapped) == block  # the block is back where it was
    assert view.export_ics(engineer_id, tmp_path / "jan.ics") == 2
    assert b"BEGIN:VEVENT" in (tmp_path / "jan.ics").read_bytes()


def test_a_visit_whose_engineer_left_waits_in_the_tray_for_a_new_one(
    qtbot: QtBot, store: Engine
) -> None:
    _, engineer_id, first_id, second_id = _visit_world(store)
    with Session(store) as session, session.begin():
        session.get_one(Engineer, engineer_id).active = False
        session.get_one(Visit, second_id).status = VisitStatus.COMPLETED  # already done
        newcomer = Engineer(name="Lotte", home_time_zone="Europe/Amsterdam")
        session.add(newcomer)
        session.flush()
        newcomer_id = newcomer.id
    view = _calendar_on_week_of_mon(qtbot, store)
    assert view.board is not None
    assert [e.id for e in view.board.engineers] == [newcomer_id]
    assert view.board.visits == []  # nothing stands on a row that is gone
    # D10: the planned visit needs a colleague to cover it; the finished one is history
    assert [v.id for v in view.board.unassigned] == [first_id]
    item = view.tray.item(0)
    assert "Needs a new engineer: Jan is no longer active" in item.text()
    assert not view.widget.grab().isNull()
    view.tray.setCurrentRow(0)
    mime = view.tray.mimeData([view.tray.currentItem()])
    assert _drop(view.widget, mime, view.widget.point_for(newcomer_id, MON))
    assert "Moved V-2025-900001" in view.message.text(), view.message.text()
    assert view.tray.count() == 0
    assert [(v.id, v.engineer_id) for v in view.board.visits] == [(first_id, newcomer_id)]


def test_approve_time_in_the_cutoff_list(qtbot: QtBot, demo_engine: Engine) -> None:
    desk = DeskContext(demo_engine, clock=lambda: DEMO_NOW)
    view = TimeView(desk)
    qtbot.addWidget(view)
    view.reload()
    before = view.approvals.model().rowCount()
    assert before > 0 and view.credit.model().rowCount() > 0
    chosen = view.entries[0]
    view.approvals.selectRow(0)
    was_client_approved = _client_approved(demo_engine, chosen)
    assert view.approve_selected() == 1
    with Session(demo_engine) as session:
        entry = session.get_one(TimeEntry, chosen)
        # E5: the provider's act only; the client's approval is never implied by it
        assert entry.provider_approved_at is not None
        assert (entry.client_approved_at is not None) == was_client_approved
    assert view.approvals.model().rowCount() == before - (1 if was_client_approved else 0)
    if not was_client_approved:  # still listed, now waiting for the client only
        row = view.entries.index(chosen)
        assert view.approvals.model().index(row, WAITING_COLUMN).data() == "the client"


WAITING_COLUMN = 7


def _client_approved(engine: Engine, entry_id: object) -> bool:
    with Session(engine) as session:
        return session.get_one(TimeEntry, entry_id).client_approved_at is not None


def test_an_engineer_cannot_approve_time_or_run_the_cut_off(
    qtbot: QtBot, demo_engine: Engine
) -> None:
    from PySide6.QtWidgets import QPushButton

    desk = DeskContext(demo_engine, clock=lambda: DEMO_NOW, role=Role.ENGINEER)
    view = TimeView(desk)
    qtbot.addWidget(view)
    buttons = {b.text(): b.isEnabled() for b in view.findChildren(QPushButton)}
    assert buttons["Approve selected"] is False and buttons["Run the daily cut-off"] is False


def test_shortcuts_and_remembered_layout(window: MainWindow, tmp_path: Path) -> None:
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.act_find))}
    assert {"Ctrl+F", "Ctrl+N", "Ctrl+Shift+N", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"} <= shortcuts
    window.act_find.trigger()
    assert window.queue.search.hasFocus() or window.tabs.currentWidget() is window.queue
    window.close()
    assert window.settings.value("window/geometry") is not None


def test_on_the_qasync_loop_the_first_screen_shows_before_the_full_queue(
    qtbot: QtBot, demo_engine: Engine
) -> None:
    import asyncio

    from qt_loop import on_the_loop

    from console.views.queue_view import QueueView

    desk = DeskContext(demo_engine, clock=lambda: DEMO_NOW)
    desk.sign_in(None)
    view = QueueView(desk)
    qtbot.addWidget(view)
    view.first_screen = 20  # the small demo has fewer open tickets than a real first screen
    seen: dict[str, int] = {}

    async def start() -> None:
        view.reload()  # the first screen comes synchronously, the rest from the executor
        seen["first"] = view.model.rowCount()
        seen["loading"] = int(view.loading)
        for _ in range(400):
            if not view.loading and view._facts.clocks:
                break
            await asyncio.sleep(0.01)
        seen["full"] = view.model.rowCount()

    on_the_loop(start)
    with demo_engine.connect() as connection:
        from console.queue.rows import load_queue

        total = len(load_queue(connection))
    assert total > 20
    assert seen == {"first": 20, "loading": 1, "full": total}
    assert any(view.model.index(r, KEYS.index("sla")).data() for r in range(50))


def test_pane_adds_a_note_and_refuses_an_empty_one_without_losing_text(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.views import ticket_pane

    shown: list[str] = []
    monkeypatch.setattr(ticket_pane, "show_error", lambda _p, exc: shown.append(str(exc)))
    window.queue.table.selectRow(0)
    pane = window.queue.pane
    assert pane.detail is not None
    pane.note_text.setPlainText("   ")
    assert not pane.add_note()
    assert shown and "body" in shown[0] and "empty" in shown[0]
    pane.note_kind.setCurrentIndex(pane.note_kind.findData("client"))
    pane.note_text.setPlainText("Пришлите, пожалуйста, журнал ошибок. ログを送ってください。")
    qtbot.mouseClick(pane.note_button, Qt.MouseButton.LeftButton)
    assert pane.note_text.toPlainText() == ""
    assert "ログを送ってください" in pane.work.toPlainText()
    with Session(window.desk.engine) as session:
        ticket = session.get_one(Ticket, pane.detail.id)
        assert ticket.first_response_at is not None  # T6: a reply to the client responds


def _drop(widget: QWidget, mime: QMimeData, at: QPoint) -> bool:
    """Deliver the events a real drag delivers: enter, move, and a drop when accepted."""
    actions = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QDragEnterEvent(at, actions, mime, buttons, keys))
    move = QDragMoveEvent(at, actions, mime, buttons, keys)
    QApplication.sendEvent(widget, move)
    if not move.isAccepted():
        return False
    QApplication.sendEvent(widget, QDropEvent(QPointF(at), actions, mime, buttons, keys))
    return True


def test_drag_from_the_unassigned_tray_onto_an_engineer(qtbot: QtBot, store: Engine) -> None:
    _, engineer_id, _, busy_id = _visit_world(store)
    with Session(store) as session, session.begin():
        busy = session.get_one(Visit, busy_id)
        loose = Visit(reference="V-2025-900099", ticket_id=busy.ticket_id, site_id=busy.site_id,
                      status=VisitStatus.APPROVED, requested_at=MON - timedelta(days=5),
                      planned_start=MON + timedelta(days=2), reserved_hours=Decimal(2),
                      grace_minutes=0)  # fmt: skip
        session.add(loose)
        session.flush()
        loose_id = loose.id
    view = _calendar_on_week_of_mon(qtbot, store)
    assert [view.tray.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.tray.count())] == [
        loose_id
    ]
    view.tray.setCurrentRow(0)
    mime = view.tray.mimeData([view.tray.currentItem()])  # what the tray's QDrag carries

    # over the day header there is no row: the calendar does not take the drop
    assert not _drop(view.widget, mime, QPoint(view.widget.width() // 2, 2))
    # onto the engineer at 13:00, where they already have a visit: refused, still in the tray
    busy_at = view.widget.point_for(engineer_id, MON + timedelta(hours=4))
    assert _drop(view.widget, mime, QPoint(busy_at.x() + 2, busy_at.y()))
    assert "refused" in view.message.text() and "double-booked" in view.message.text()
    assert view.tray.count() == 1
    # onto Tuesday 11:00: planned for the engineer, gone from the tray, on the board
    tuesday = MON + timedelta(days=1, hours=2)
    free = view.widget.point_for(engineer_id, tuesday)
    assert _drop(view.widget, mime, free)
    assert "Moved V-2025-900099" in view.message.text(), view.message.text()
    assert view.tray.count() == 0
    assert view.board is not None
    placed = next(v for v in view.board.visits if v.id == loose_id)
    assert placed.engineer_id == engineer_id
    assert abs(placed.start - tuesday) <= timedelta(minutes=15)


def test_the_shipped_japanese_font_is_installed_for_client_names(window: MainWindow) -> None:
    from PySide6.QtGui import QFontDatabase

    from console.views.fonts import ensure_fallback_fonts

    assert "IPAexGothic" in ensure_fallback_fonts()
    assert "IPAexGothic" in QFontDatabase.families()


def test_a_due_time_in_another_year_says_the_year() -> None:
    from datetime import UTC, datetime

    from console.views.i18n import due_when

    now = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert "2025" in due_when(datetime(2025, 12, 23, 10, 5, tzinfo=UTC), now)
    this_year = due_when(datetime(2026, 11, 23, 10, 5, tzinfo=UTC), now)
    assert "2026" not in this_year and "10:05" in this_year


def test_edit_skills_remove_and_add_leave_in_the_engineer_dialog(
    qtbot: QtBot, demo_engine: Engine
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from console.enums import LeaveKind
    from console.model import Leave
    from console.services.roster import planned_leave
    from console.views.engineer_dialog import EngineerDialog

    today = DEMO_NOW.date()
    with Session(demo_engine) as session:
        engineer_id = next(
            e.id for e in session.query(Engineer).order_by(Engineer.name)
            if planned_leave(session, e.id, today)
        )  # fmt: skip
        before = planned_leave(session, engineer_id, today)
    dialog = EngineerDialog(DeskContext(demo_engine, clock=lambda: DEMO_NOW), engineer_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.planned.count() == len(before)
    assert not dialog.ui.remove_leave.isEnabled()
    dialog.ui.planned.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.remove_leave, Qt.MouseButton.LeftButton)
    assert dialog.ui.planned.count() == len(before) - 1
    dialog.ui.skills.setText("linux, cisco")
    dialog.ui.leave_from.setDate(QDate(2027, 2, 1))
    dialog.ui.leave_to.setDate(QDate(2027, 2, 5))
    dialog.ui.add_leave.setChecked(True)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with Session(demo_engine) as session:
        assert session.get(Leave, before[0].id) is None  # D10: called-off leave is gone
        after = planned_leave(session, engineer_id, today)
        assert (date(2027, 2, 1), date(2027, 2, 5), LeaveKind.VACATION) in [
            (leave.start, leave.end, leave.kind) for leave in after
        ]
        assert session.get_one(Engineer, engineer_id).skills == ["cisco", "linux"]


def test_the_clients_approval_is_recorded_with_who_and_how(
    qtbot: QtBot, demo_engine: Engine
) -> None:
    from console.enums import ApprovalMethod
    from console.views.client_approval_dialog import ClientApprovalDialog
    from console.views.dialog_support import set_chosen

    desk = DeskContext(demo_engine, clock=lambda: DEMO_NOW)
    view = TimeView(desk)
    qtbot.addWidget(view)
    view.reload()
    chosen = view.entries[0]
    dialog = ClientApprovalDialog(desk, [chosen])
    qtbot.addWidget(dialog)
    dialog.save()  # no name: refused in the form's own words, nothing written
    assert "Approved by" in dialog.ui.problems.text() and dialog.result() == 0
    dialog.ui.person.setText("Sanne de Boer")
    set_chosen(dialog.ui.method, ApprovalMethod.SIGNED_PAPER.value)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with Session(demo_engine) as session:
        entry = session.get_one(TimeEntry, chosen)
        assert entry.client_approved_by == "Sanne de Boer"
        assert entry.client_approval_method == ApprovalMethod.SIGNED_PAPER


def test_the_calendar_says_which_zone_its_times_are_in(window: MainWindow) -> None:
    """The board is drawn in the desk's zone while the day plan uses the engineer's: the
    shown days name the desk's zone, so a dispatcher does not book at the wrong hour."""
    from PySide6.QtCore import QTimeZone

    from console.views.i18n import zone_place

    window.tabs.setCurrentIndex(window.tab_index("calendar"))
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    label = window.calendar.range_label.text()
    assert label.endswith(f" · times in {zone_place(zone)}"), label
    assert "Nov" in label  # the days come first


def test_a_roster_cell_the_column_cuts_has_its_whole_text_on_hover(window: MainWindow) -> None:
    """Several assigned clients, many skills: the narrow column cuts them, the tooltip
    has them all."""
    from console.views.roster_view import COLUMNS

    window.tabs.setCurrentIndex(window.tab_index("roster"))
    model = window.roster.model
    column = [key for key, _title in COLUMNS].index("clients")
    longest = max(range(model.rowCount()), key=lambda r: len(model.index(r, column).data()))
    cell = model.index(longest, column)
    assert ", " in cell.data()  # more than one client
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()
    name = model.index(longest, 0)
    assert name.data(Qt.ItemDataRole.ToolTipRole) is None  # a name is never cut
