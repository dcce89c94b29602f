"""The calendar from the keyboard: select, move, resize and hand over visits through the same
checked service as a drag; the list of the same visits in step; tooltips and travel marks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from builders import MON, World
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContactRole, ContractKind, EngineerRole, SkillLevel, VisitStatus
from console.model import Contact, Engineer, Site, Visit, VisitEngineer
from console.views.calendar_view import CalendarView
from console.views.calendar_widget import visit_tooltip
from console.views.context import DeskContext

ALT = Qt.KeyboardModifier.AltModifier
AMSTERDAM = (Decimal("52.3731"), Decimal("4.8926"))
ROTTERDAM = (Decimal("51.9244"), Decimal("4.4777"))
NEW_YORK = (Decimal("40.7128"), Decimal("-74.0060"))


@dataclass
class Planned:
    jan: uuid.UUID
    kees: uuid.UUID
    first: uuid.UUID
    second: uuid.UUID


def plan(store: Engine, kees_level: SkillLevel = SkillLevel.SENIOR,
         kees_base: tuple[Decimal, Decimal] = AMSTERDAM) -> Planned:  # fmt: skip
    """Jan (base Amsterdam) has visits Monday 09:00 and 13:00 at the Dam; Kees is the row below."""
    with Session(store) as session, session.begin():
        w = World(session, ContractKind.RETAINER)
        session.add(Contact(client_id=w.client.id, name="Sanne", role=ContactRole.LOCAL_CONTACT,
                            phone="+31612345678"))  # fmt: skip
        w.site.latitude, w.site.longitude = AMSTERDAM
        w.engineer.base_latitude, w.engineer.base_longitude = AMSTERDAM
        w.engineer.region = "Amsterdam"
        kees = Engineer(name="Kees", home_time_zone="Europe/Amsterdam", skill_level=kees_level,
                        base_latitude=kees_base[0], base_longitude=kees_base[1],
                        region="Elsewhere")  # fmt: skip
        session.add(kees)
        ids = []
        for hours in (1, 5):
            v = Visit(reference=f"V-2025-90000{hours}", ticket_id=w.ticket.id, site_id=w.site.id,
                      status=VisitStatus.APPROVED, requested_at=MON - timedelta(days=5),
                      planned_start=MON + timedelta(hours=hours - 1), reserved_hours=Decimal(2),
                      grace_minutes=0)  # fmt: skip
            v.engineers.append(VisitEngineer(engineer_id=w.engineer.id, role="lead"))
            session.add(v)
            session.flush()
            ids.append(v.id)
        session.flush()
        return Planned(w.engineer.id, kees.id, ids[0], ids[1])


def calendar(qtbot: QtBot, store: Engine) -> CalendarView:
    view = CalendarView(DeskContext(store, clock=lambda: MON - timedelta(days=1)))
    qtbot.addWidget(view)
    view.resize(1366, 600)
    view.show()
    view.first_day = MON.replace(hour=0)
    view.reload()
    view.widget.setFocus()
    return view


def stored(store: Engine, visit_id: uuid.UUID) -> tuple[object, Decimal | None, uuid.UUID]:
    with Session(store) as session:
        v = session.get_one(Visit, visit_id)
        lead = next(ve.engineer_id for ve in v.engineers if ve.role == EngineerRole.LEAD)
        return v.planned_start, v.reserved_hours, lead


def test_the_calendar_takes_focus_and_arrows_select_visits(qtbot: QtBot, store: Engine) -> None:
    p = plan(store)
    view = calendar(qtbot, store)
    widget = view.widget
    assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert widget.accessibleName() == "Planning board"
    assert "No visit selected" in widget.accessibleDescription()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.selected_visit == p.first
    assert "V-2025-900001" in widget.accessibleDescription()
    view.show_list(True)  # filled when shown, on the board's selection
    assert view.visit_list.current_visit() == p.first  # the list follows the board
    view.show_list(False)
    assert widget.hasFocus() or widget.isVisible()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.selected_visit == p.second
    assert "V-2025-900005" in widget.accessibleDescription()
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.selected_visit == p.first
    qtbot.keyClick(widget, Qt.Key.Key_Down)  # Kees's row has no visits: stays
    assert widget.selected_visit == p.first


def test_alt_keys_move_resize_and_hand_over_through_the_service(
    qtbot: QtBot, store: Engine
) -> None:
    p = plan(store)
    view = calendar(qtbot, store)
    widget = view.widget
    widget.select_visit(p.first)
    qtbot.keyClick(widget, Qt.Key.Key_Right, ALT)  # a day later
    assert "Moved V-2025-900001" in view.message.text(), view.message.text()
    assert stored(store, p.first)[0] == MON + timedelta(days=1)
    assert widget.selected_visit == p.first  # still selected after the reload
    qtbot.keyClick(widget, Qt.Key.Key_Down, ALT)  # 15 minutes later
    assert stored(store, p.first)[0] == MON + timedelta(days=1, minutes=15)
    qtbot.keyClick(widget, Qt.Key.Key_Up, ALT)
    assert stored(store, p.first)[0] == MON + timedelta(days=1)
    qtbot.keyClick(widget, Qt.Key.Key_Down, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert stored(store, p.first)[1] == Decimal("2.25")
    assert "15 minutes longer" in view.message.text()
    qtbot.keyClick(widget, Qt.Key.Key_Up, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert stored(store, p.first)[1] == Decimal("2.00")
    qtbot.keyClick(widget, Qt.Key.Key_PageDown, ALT)  # to Kees, the row below
    assert stored(store, p.first)[2] == p.kees
    qtbot.keyClick(widget, Qt.Key.Key_PageUp, ALT)  # and back to Jan
    assert stored(store, p.first)[2] == p.jan


def test_the_day_follows_a_visit_moved_past_it(qtbot: QtBot, store: Engine) -> None:
    p = plan(store)
    view = calendar(qtbot, store)
    view.set_days(1)
    view.first_day = MON.replace(hour=0).astimezone()
    view.reload()
    view.widget.select_visit(p.first)
    qtbot.keyClick(view.widget, Qt.Key.Key_Right, ALT)
    assert stored(store, p.first)[0] == MON + timedelta(days=1)
    assert view.first_day.date() == (MON + timedelta(days=1)).astimezone().date()
    assert view.widget.selected_visit == p.first  # still selected, on the next day


def test_dragging_a_blocks_right_edge_resizes_it(qtbot: QtBot, store: Engine) -> None:
    """The mouse does what Alt+Shift+Down does: the same checked call."""
    p = plan(store)
    view = calendar(qtbot, store)
    view.set_days(1)
    view.first_day = MON.replace(hour=0).astimezone()
    view.reload()
    widget = view.widget
    first = next(v for v in view.board.visits if v.id == p.first)  # type: ignore[union-attr]
    rect = widget.block_rect(first)
    edge = QPoint(rect.right() - 1, rect.center().y())
    hover = QMouseEvent(QEvent.Type.MouseMove, QPointF(edge), widget.mapToGlobal(QPointF(edge)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(widget, hover)  # a bare hover: QTest moves only the cursor
    assert widget.cursor().shape() == Qt.CursorShape.SizeHorCursor
    target = QPoint(int(widget.x_of(first.end + timedelta(minutes=30))) + 1, edge.y())
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(widget, target)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=target)
    assert stored(store, p.first)[1] == Decimal("2.50"), view.message.text()
    assert stored(store, p.first)[0] == MON  # the start stays


def test_a_refused_key_move_says_why_and_changes_nothing(qtbot: QtBot, store: Engine) -> None:
    p = plan(store, kees_level=SkillLevel.ENTRY)
    view = calendar(qtbot, store)
    view.widget.select_visit(p.first)
    qtbot.keyClick(view.widget, Qt.Key.Key_PageDown, ALT)  # Kees is entry level: refused
    assert "refused" in view.message.text() and "skill" in view.message.text()
    assert stored(store, p.first)[2] == p.jan
    view.widget.select_visit(p.second)
    for _ in range(8):  # two hours earlier: onto the first visit
        qtbot.keyClick(view.widget, Qt.Key.Key_Up, ALT)
    assert "double-booked" in view.message.text()
    assert stored(store, p.second)[0] >= MON + timedelta(hours=3)  # type: ignore[operator]


def test_an_engineer_an_ocean_away_is_refused_with_the_reason(qtbot: QtBot, store: Engine) -> None:
    """Kees has every skill, but his base is in New York: the Amsterdam visit is refused."""
    p = plan(store, kees_base=NEW_YORK)
    view = calendar(qtbot, store)
    view.widget.select_visit(p.first)
    qtbot.keyClick(view.widget, Qt.Key.Key_PageDown, ALT)
    assert "more than a working day" in view.message.text(), view.message.text()
    assert stored(store, p.first)[2] == p.jan


def test_the_list_is_one_key_away_and_in_step(qtbot: QtBot, store: Engine) -> None:
    p = plan(store)
    view = calendar(qtbot, store)
    assert view.stack.currentWidget() is view.scroller
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # a shortcut works in the active window
    qtbot.keyClick(view.widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert view.stack.currentWidget() is view.visit_list and view.list_button.isChecked()
    table = view.visit_list
    assert table.rowCount() == 2
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:6] == ["When", "Engineer", "Reference", "Client", "Site", "Status"]
    assert [table.item(r, 2).text() for r in range(2)] == ["V-2025-900001", "V-2025-900005"]
    assert table.item(0, 1).text() == "Jan" and table.item(0, 5).text() == "approved"
    table.selectRow(1)
    assert view.widget.selected_visit == p.second  # the board follows the list
    # Alt+keys in the list move the selected visit as on the board
    qtbot.keyClick(table, Qt.Key.Key_Down, ALT)
    assert stored(store, p.second)[0] == MON + timedelta(hours=4, minutes=15)
    assert table.item(table.currentRow(), 2).text() == "V-2025-900005"  # reloaded, in step
    assert "13:15" in table.item(table.currentRow(), 0).text() or table.rowCount() == 2
    view.show_list(False)
    assert view.stack.currentWidget() is view.scroller


def test_every_calendar_control_has_an_accessible_name(qtbot: QtBot, store: Engine) -> None:
    """Buttons are named by their text or, for the arrows, by what they do; lists and the
    painted board by an accessible name."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QScrollArea

    plan(store)
    view = calendar(qtbot, store)
    view.set_days(1)
    named = 0
    for button in view.findChildren(QAbstractButton):
        if button.isVisibleTo(view):
            name = button.accessibleName() or button.text()
            assert name and name not in ("◀", "▶"), button
            named += 1
    kinds = (QAbstractItemView, QComboBox, QScrollArea)
    for control in [c for kind in kinds for c in view.findChildren(kind)]:
        if control.isVisibleTo(view) and control.parent() is not view.visit_list:
            assert control.accessibleName(), control
            named += 1
    assert view.widget.accessibleName() == "Planning board"
    assert "Alt+Left/Right" in view.keys_label.toolTip()
    assert "Alt+PageUp/PageDown" in view.widget.whatsThis()
    assert named >= 10


def test_tooltip_tells_the_rest_and_skill_words(qtbot: QtBot, store: Engine) -> None:
    p = plan(store)
    view = calendar(qtbot, store)
    assert view.board is not None
    first = next(v for v in view.board.visits if v.id == p.first)
    text = visit_tooltip(first, view.board.travel.get(first.id))
    assert "V-2025-900001" in text and "Tulp B.V." in text and "HQ, Dam 1, Amsterdam" in text
    assert "Engineer: Jan" in text and "Status: approved" in text and "Level: senior" in text
    assert "Mon 16 Nov 09:00 – 11:00 (Amsterdam time)" in text
    assert "Travel: about 5 min from the base in Amsterdam" in text
    # the painted block answers a tooltip request with the same text
    rect = view.widget.block_rect(first)
    pos = QPoint(rect.left() + 2, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.widget.mapToGlobal(pos))
    QApplication.sendEvent(view.widget, event)
    assert QToolTip.text() == text
    QToolTip.hideText()
    assert "senior" in view.widget._placed(0).label  # a word, not "sen"


def test_a_gap_shorter_than_the_travel_is_marked(qtbot: QtBot, store: Engine) -> None:
    """The second visit is at a Rotterdam site 15 minutes after the first ends."""
    p = plan(store)
    with Session(store) as session, session.begin():
        first = session.get_one(Visit, p.first)
        site = Site(client_id=first.site.client_id, name="Port office", street="Kade 5",
                    city="Rotterdam", country="NL", time_zone="Europe/Amsterdam",
                    latitude=ROTTERDAM[0], longitude=ROTTERDAM[1])  # fmt: skip
        session.add(site)
        session.flush()
        second = session.get_one(Visit, p.second)
        second.site_id = site.id
        second.planned_start = MON + timedelta(hours=2, minutes=15)
    view = calendar(qtbot, store)
    assert view.board is not None
    note = view.board.travel[p.second]
    assert note.short is not None and "only 15 min" in str(note.short)
    assert view.widget._late(next(v for v in view.board.visits if v.id == p.second))
    assert not view.widget._late(next(v for v in view.board.visits if v.id == p.first))
    block = next(v for v in view.board.visits if v.id == p.second)
    text = visit_tooltip(block, note)
    assert "⚠ only 15 min after the previous visit ends" in text
    assert "from the previous visit at Tulp B.V. · HQ" in text
    view.show_list(True)
    travel = view.visit_list.item(1, 6).text()
    assert travel.startswith("⚠")
