"""My day: an engineer's visits of one day on the laptop, in order, with address, contact
and what to bring; the D7 steps from there; the desk chooses whose day; the command line
prints the same plan. Everything reads and writes the local store only (no server)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from console.enums import (
    Channel,
    ChecklistKind,
    ChecklistState,
    ContactRole,
    EngineerRole,
    Priority,
    Role,
    TicketCategory,
    TicketStatus,
    VisitStatus,
)
from console.errors import UserError
from console.model import (
    ChecklistItem,
    Client,
    Contact,
    Engineer,
    Site,
    Ticket,
    User,
    Visit,
    VisitEngineer,
)
from console.services.acting import Acting
from console.sync.session import store_session

NOW = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
"""09:00 in Amsterdam on Friday 4 December 2026."""


@dataclass
class Day:
    """The ids a test needs of the world `plan_world` builds."""

    sanne_user: uuid.UUID
    desk_user: uuid.UUID
    sanne: uuid.UUID
    piet: uuid.UUID
    visits: dict[str, uuid.UUID]


def plan_world(engine: Engine) -> Day:
    """Sanne's Friday: a morning visit being worked on, an afternoon one in Amsterdam and
    one in London; besides, a visit of yesterday, a cancelled one and one of Piet's."""
    with Session(engine) as s:
        sanne = Engineer(name="Sanne de Boer", home_time_zone="Europe/Amsterdam",
                         languages=["nl", "en"])  # fmt: skip
        piet = Engineer(name="Piet Bakker", home_time_zone="Europe/Amsterdam", languages=["nl"])
        s.add_all([sanne, piet])
        s.flush()
        sanne_user = User(username="eng.sanne", display_name="Sanne de Boer",
                          role=Role.ENGINEER, engineer_id=sanne.id)  # fmt: skip
        desk_user = User(username="desk.anna", display_name="Anna", role=Role.DISPATCHER)
        s.add_all([sanne_user, desk_user])
        tulp = Client(name="Tulp B.V.", country="NL", time_zone="Europe/Amsterdam",
                      locale="nl_NL", currency="EUR")  # fmt: skip
        thames = Client(name="Thames Print Ltd", country="GB", time_zone="Europe/London",
                        locale="en_GB", currency="GBP")  # fmt: skip
        s.add_all([tulp, thames])
        s.flush()
        hq = Site(client_id=tulp.id, name="Head office", street="Damrak 12",
                  postal_code="1012 LG", city="Amsterdam", country="NL",
                  time_zone="Europe/Amsterdam", floor="3rd floor",
                  entry_instructions="Ring at reception; ask for the IT room key.",
                  map_url="https://maps.example/damrak-12")  # fmt: skip
        depot = Site(client_id=tulp.id, name="Depot", street="Havenweg 4", postal_code="1041 AA",
                     city="Amsterdam", country="NL", time_zone="Europe/Amsterdam")  # fmt: skip
        works = Site(client_id=thames.id, name="Print works", street="1 Bankside",
                     postal_code="SE1 9JA", city="London", country="GB",
                     time_zone="Europe/London")  # fmt: skip
        s.add_all([hq, depot, works])
        s.flush()
        local = Contact(client_id=tulp.id, site_id=hq.id, name="Pieter Jansen",
                        role=ContactRole.LOCAL_CONTACT, phone="+31612345678",
                        email="pieter@tulp.example")  # fmt: skip
        ordering = Contact(client_id=tulp.id, name="Eva Visser",
                           role=ContactRole.ORDERING_ENGINEER, phone="+31201234567")  # fmt: skip
        london = Contact(client_id=thames.id, name="Oliver Wright",
                         role=ContactRole.LOCAL_CONTACT, phone="+442071234567",
                         email="oliver@thames.example")  # fmt: skip
        s.add_all([local, ordering, london])
        s.flush()
        visits: dict[str, uuid.UUID] = {}

        def visit(ref: str, client: Client, site: Site, start: datetime, status: VisitStatus,
                  engineers: list[Engineer], title: str, **kw: Any) -> Visit:  # fmt: skip
            ticket = Ticket(reference=f"T-2026-{len(visits) + 500:06d}", title=title,
                            category=TicketCategory.INCIDENT, priority=Priority.NORMAL,
                            channel=Channel.EMAIL, client_id=client.id, site_id=site.id,
                            opened_at=NOW - timedelta(days=3),
                            status=TicketStatus.PLANNED)  # fmt: skip
            s.add(ticket)
            s.flush()
            v = Visit(reference=ref, ticket_id=ticket.id, site_id=site.id, status=status,
                      requested_at=NOW - timedelta(days=2), planned_start=start,
                      reserved_hours=Decimal(2), grace_minutes=30,
                      approved_at=NOW - timedelta(days=1), **kw)  # fmt: skip
            for i, e in enumerate(engineers):
                v.engineers.append(VisitEngineer(engineer_id=e.id,
                                                 role=EngineerRole.LEAD if i == 0
                                                 else EngineerRole.ASSIST))  # fmt: skip
            s.add(v)
            s.flush()
            visits[ref] = v.id
            return v

        # made out of order: the plan sorts by start
        afternoon = visit("V-2026-000103", tulp, depot, NOW + timedelta(hours=4),
                          VisitStatus.APPROVED, [sanne, piet], "Replace the depot switch",
                          local_contact_id=local.id,
                          work_description="Swap the switch in rack 2, test every port.",
                          )  # fmt: skip
        afternoon.checklist.extend([
            ChecklistItem(kind=ChecklistKind.ITEM, label="Spare 24-port switch", position=0),
            ChecklistItem(kind=ChecklistKind.ITEM, label="Patch cables", position=1,
                          state=ChecklistState.DONE),
            ChecklistItem(kind=ChecklistKind.PAPERWORK, label="Signed change request",
                          position=2),
        ])  # fmt: skip
        visit("V-2026-000101", tulp, hq, NOW - timedelta(hours=1), VisitStatus.WORKING, [sanne],
              "Printer on the 3rd floor jams", local_contact_id=local.id,
              ordering_engineer_id=ordering.id, arrived_at=NOW - timedelta(minutes=50))  # fmt: skip
        # 15:30 in London is 16:30 in Amsterdam
        visit("V-2026-000104", thames, works, NOW + timedelta(hours=7, minutes=30),
              VisitStatus.APPROVED, [sanne], "Plotter driver after update",
              local_contact_id=london.id)  # fmt: skip
        visit("V-2026-000100", tulp, hq, NOW - timedelta(days=1), VisitStatus.COMPLETED, [sanne],
              "Yesterday's visit", leave_approved_by_name="Pieter Jansen",
              leave_approved_at=NOW - timedelta(hours=20))  # fmt: skip
        visit("V-2026-000105", tulp, hq, NOW + timedelta(hours=2), VisitStatus.CANCELLED, [sanne],
              "Called off")  # fmt: skip
        visit("V-2026-000106", tulp, depot, NOW + timedelta(hours=1), VisitStatus.APPROVED, [piet],
              "Piet's own visit")  # fmt: skip
        s.commit()
        return Day(sanne_user.id, desk_user.id, sanne.id, piet.id, visits)


@pytest.fixture
def day(store: Engine) -> Day:
    return plan_world(store)


def _sessions(engine: Engine, user: uuid.UUID | None = None) -> Any:
    return partial(store_session, engine, user_id=user, expire_on_commit=False)


# ------------------------------------------------------------------ the service


def test_an_engineers_day_lists_their_visits_of_today_in_order_of_start(
    store: Engine, day: Day
) -> None:
    from console.services.my_day import day_plan

    acting = Acting(day.sanne_user, Role.ENGINEER)
    plan = day_plan(_sessions(store, day.sanne_user), acting, NOW)
    assert plan.engineer == "Sanne de Boer" and plan.day.isoformat() == "2026-12-04"
    # yesterday's, the cancelled one and Piet's own are not Sanne's day
    assert [v.reference for v in plan.visits] == ["V-2026-000101", "V-2026-000103",
                                                  "V-2026-000104"]  # fmt: skip
    first, second, london = plan.visits
    assert first.site == "Head office" and first.floor == "3rd floor"
    assert first.address == "Damrak 12, 1012 LG Amsterdam"
    assert first.entry.startswith("Ring at reception") and first.map_url.endswith("damrak-12")
    assert [(c.name, c.role, c.phone, c.email) for c in first.contacts] == [
        ("Pieter Jansen", ContactRole.LOCAL_CONTACT, "+31612345678", "pieter@tulp.example"),
        ("Eva Visser", ContactRole.ORDERING_ENGINEER, "+31201234567", ""),
    ]
    assert first.next_steps == (VisitStatus.COMPLETED,)  # D7: from working, an engineer completes
    assert second.end - second.start == timedelta(hours=2, minutes=30)  # D3: hours and grace
    assert [(i.label, i.kind, i.state) for i in second.checklist] == [
        ("Spare 24-port switch", ChecklistKind.ITEM, ChecklistState.PENDING),
        ("Patch cables", ChecklistKind.ITEM, ChecklistState.DONE),
        ("Signed change request", ChecklistKind.PAPERWORK, ChecklistState.PENDING),
    ]
    assert second.colleagues == ("Piet Bakker",)
    assert second.next_steps == (VisitStatus.EN_ROUTE,)  # travel booking is the desk's
    assert london.zone == "Europe/London" and london.local(london.start).hour == 15
    assert plan.local(london.start).hour == 16


def test_another_day_and_the_desk_choosing_the_engineer(store: Engine, day: Day) -> None:
    from console.services.my_day import day_choice, day_plan

    sanne = Acting(day.sanne_user, Role.ENGINEER)
    yesterday = day_plan(_sessions(store), sanne, NOW, day=NOW.date() - timedelta(days=1))
    assert [v.reference for v in yesterday.visits] == ["V-2026-000100"]
    assert yesterday.visits[0].signed_by == "Pieter Jansen" and not yesterday.visits[0].signed
    assert yesterday.visits[0].next_steps == ()
    with pytest.raises(UserError, match="only their own day"):
        day_plan(_sessions(store), sanne, NOW, engineer_id=day.piet)
    mine = day_choice(_sessions(store), sanne)
    assert not mine.may_choose and mine.engineers == (("Sanne de Boer", day.sanne),)

    desk = Acting(day.desk_user, Role.DISPATCHER)
    choice = day_choice(_sessions(store), desk)
    assert choice.may_choose and [n for n, _ in choice.engineers] == ["Piet Bakker",
                                                                      "Sanne de Boer"]  # fmt: skip
    piet = day_plan(_sessions(store), desk, NOW, engineer_id=day.piet)
    assert [v.reference for v in piet.visits] == ["V-2026-000106", "V-2026-000103"]
    with pytest.raises(UserError, match="choose the engineer"):
        day_plan(_sessions(store), desk, NOW)


# ------------------------------------------------------------------ the window


@pytest.fixture
def my_day(qtbot: QtBot, store: Engine, day: Day) -> Any:
    """The My day view of Sanne signed in on her laptop, the clock stopped."""
    from console.views.context import DeskContext
    from console.views.my_day_view import MyDayView

    desk = DeskContext(store, clock=lambda: NOW)
    desk.sign_in("eng.sanne")
    assert desk.role is Role.ENGINEER
    view = MyDayView(desk)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.reload()
    return view


def _texts(view: Any, reference: str) -> str:
    card = view.card(reference)
    assert card is not None, reference
    return " ".join(label.text() for label in card.findChildren(QLabel))


def test_the_engineer_signed_in_sees_todays_visits_in_order_with_contact_and_checklist(
    my_day: Any,
) -> None:
    from console.views.my_day_view import VisitCard

    assert not my_day.chooser.isVisibleTo(my_day)  # an engineer chooses nobody else
    assert "Sanne de Boer" in my_day.heading.text() and "Today" in my_day.heading.text()
    cards = my_day.cards.findChildren(VisitCard)
    order = sorted(cards, key=lambda c: my_day.cards_layout.indexOf(c))
    assert [c.visit.reference for c in order] == ["V-2026-000101", "V-2026-000103",
                                                  "V-2026-000104"]  # fmt: skip
    first = _texts(my_day, "V-2026-000101")
    assert "08:00–10:30" in first and "07:00" not in first  # the site's time, not UTC
    assert 'href="tel:+31612345678"' in first and 'href="mailto:pieter@tulp.example"' in first
    assert "3rd floor" in first and "Ring at reception" in first
    assert 'href="https://maps.example/damrak-12"' in first
    second = _texts(my_day, "V-2026-000103")
    assert "Spare 24-port switch" in second and "Signed change request" in second
    assert "What to bring" in second and "Papers" in second and "Piet Bakker" in second
    london = _texts(my_day, "V-2026-000104")
    # London's own time, the zone named, and Sanne's time beside it
    assert "15:30–18:00" in london and "London" in london and "16:30–19:00" in london
    assert "Amsterdam" not in _texts(my_day, "V-2026-000103").split("·")[0]


def test_the_date_picker_shows_another_day(my_day: Any) -> None:
    my_day._step_day(-1)
    assert my_day.plan.day.isoformat() == "2026-12-03"
    assert [v.reference for v in my_day.plan.visits] == ["V-2026-000100"]
    my_day._step_day(+2)
    assert my_day.plan.visits == ()
    assert my_day.cards.findChild(QLabel, "dayEmpty") is not None
    my_day.today.click()
    assert my_day.plan.day.isoformat() == "2026-12-04"


def test_step_buttons_move_a_visit_through_the_service(my_day: Any, store: Engine) -> None:
    button = my_day.findChild(QPushButton, "step_V-2026-000103_en_route")
    assert button is not None and button.text() == "En route"
    button.click()
    with Session(store) as s:
        visit = s.scalar(select(Visit).where(Visit.reference == "V-2026-000103"))
        assert visit is not None and visit.status == VisitStatus.EN_ROUTE
        assert [c.by_user_id for c in visit.history][-1] is not None  # who took the step
    on_site = my_day.findChild(QPushButton, "step_V-2026-000103_on_site")
    assert on_site is not None
    on_site.click()
    with Session(store) as s:
        visit = s.scalar(select(Visit).where(Visit.reference == "V-2026-000103"))
        assert visit is not None and visit.status == VisitStatus.ON_SITE
        assert visit.arrived_at == NOW


def _sign_and_complete(name: str | None) -> None:
    """When the leave dialog shows: sign on its pad with the mouse, name who agreed, complete
    (or cancel when no name is given)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from console.views.leave_dialog import LeaveDialog

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LeaveDialog)
        if name is None:
            dialog.reject()
            return
        canvas = dialog.pad.canvas
        left = Qt.MouseButton.LeftButton
        QTest.mousePress(canvas, left, Qt.KeyboardModifier.NoModifier, QPoint(20, 60))
        for x in range(25, 200, 8):
            QTest.mouseMove(canvas, QPoint(x, 60 + (x // 8 % 5) * 6))
        QTest.mouseRelease(canvas, left, Qt.KeyboardModifier.NoModifier, QPoint(200, 70))
        assert not dialog.pad.is_empty()
        assert dialog.signature_label.text() == "Signed on the pad"
        dialog.name.setText(name)
        dialog.complete_button.click()

    QTimer.singleShot(0, act)


def test_completing_from_my_day_asks_leave_and_keeps_the_drawn_signature(
    my_day: Any, store: Engine
) -> None:
    from console.rules.leaving import PNG_MAGIC

    complete = my_day.findChild(QPushButton, "step_V-2026-000101_completed")
    assert complete is not None and complete.text() == "Completed…"
    _sign_and_complete(None)
    complete.click()
    with Session(store) as s:
        visit = s.scalar(select(Visit).where(Visit.reference == "V-2026-000101"))
        assert visit is not None and visit.status == VisitStatus.WORKING  # cancelled: as it was
    _sign_and_complete("Pieter Jansen")
    my_day.findChild(QPushButton, "step_V-2026-000101_completed").click()
    with Session(store) as s:
        visit = s.scalar(select(Visit).where(Visit.reference == "V-2026-000101"))
        assert visit is not None and visit.status == VisitStatus.COMPLETED
        assert visit.leave_approved_by_name == "Pieter Jansen"
        assert visit.leave_signature is not None and visit.leave_signature.startswith(PNG_MAGIC)
    assert "(signed)" in _texts(my_day, "V-2026-000101")


def test_the_work_order_button_previews_the_visits_work_order(my_day: Any, qtbot: QtBot) -> None:
    from console.views.document_view import DocumentViewer

    button = my_day.findChild(QPushButton, "workOrder_V-2026-000103")
    assert button is not None
    button.click()
    viewer = my_day.findChild(DocumentViewer)
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.document.pageCount() > 0, timeout=20_000)
    assert "V-2026-000103" in viewer.windowTitle()
    viewer.close()


def test_the_desk_chooses_whose_day(qtbot: QtBot, store: Engine, day: Day) -> None:
    from console.views.context import DeskContext
    from console.views.my_day_view import MyDayView

    desk = DeskContext(store, clock=lambda: NOW)
    desk.sign_in("desk.anna")
    view = MyDayView(desk)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert view.chooser.isVisibleTo(view) and view.engineer.count() == 2
    view.choose_engineer(day.piet)
    assert view.plan is not None and view.plan.engineer == "Piet Bakker"
    assert [v.reference for v in view.plan.visits] == ["V-2026-000106", "V-2026-000103"]
    # the desk may book the travel as well
    assert view.findChild(QPushButton, "step_V-2026-000106_travel_booked") is not None
    # cancelling ends the visit: asked once more, and "no" leaves it as it was
    asked: list[VisitStatus] = []
    view.confirm_end = lambda _visit, status: asked.append(status) or len(asked) > 1
    cancel = view.findChild(QPushButton, "step_V-2026-000106_cancelled")
    assert cancel is not None and cancel.text() == "Cancelled…"
    cancel.click()
    assert view.plan.visits[0].status is VisitStatus.APPROVED
    view.findChild(QPushButton, "step_V-2026-000106_cancelled").click()
    assert asked == [VisitStatus.CANCELLED, VisitStatus.CANCELLED]
    assert [v.reference for v in view.plan.visits] == ["V-2026-000103"]  # cancelled: gone


def test_an_engineer_user_not_linked_is_told_why_there_is_no_day(
    qtbot: QtBot, store: Engine, day: Day
) -> None:
    from console.views.context import DeskContext
    from console.views.my_day_view import MyDayView

    with Session(store) as s:
        s.add(User(username="eng.new", display_name="New", role=Role.ENGINEER))
        s.commit()
    desk = DeskContext(store, clock=lambda: NOW)
    desk.sign_in("eng.new")
    view = MyDayView(desk)
    qtbot.addWidget(view)
    view.reload()
    assert "not linked to an engineer" in view.heading.text()
    assert not view.date.isEnabled()


def test_my_day_is_a_tab_of_the_main_window(qtbot: QtBot, store: Engine, day: Day,
                                            tmp_path: Path) -> None:  # fmt: skip
    from PySide6.QtCore import QSettings

    from console.views.context import DeskContext
    from console.views.main_window import MainWindow
    from console.views.my_day_view import MyDayView

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = DeskContext(store, clock=lambda: NOW)
    desk.sign_in("eng.sanne")
    window = MainWindow(store, settings, desk)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(window.tab_index("my_day"))
    view = window.view_of("my_day")
    assert isinstance(view, MyDayView)
    assert view.plan is not None and len(view.plan.visits) == 3  # reloaded when shown


# ------------------------------------------------------------------ the command line


def test_cli_visits_today_prints_the_engineers_own_day(
    capsys: pytest.CaptureFixture[str], sqlite_path: Path, store: Engine, day: Day,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import console.model.base

    monkeypatch.setattr(console.model.base, "utcnow", lambda: NOW)
    code, out, err = run_cli(capsys, "visits", "today", "--db", str(sqlite_path),
                             "--as", "eng.sanne")  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Sanne de Boer, Fri 04 Dec 2026 (Europe/Amsterdam): 3 visits"
    refs = [w for line in lines if line[:1].isdigit() for w in line.split() if w[:2] == "V-"]
    assert refs == ["V-2026-000101", "V-2026-000103", "V-2026-000104"]
    assert "08:00-10:30  V-2026-000101  working" in out
    assert "15:30-18:00 (Europe/London time)  V-2026-000104  approved" in out
    assert "  local contact: Pieter Jansen, +31612345678, pieter@tulp.example" in out
    assert "  bring: Spare 24-port switch [pending]; Patch cables [done]" in out
    assert "  papers: Signed change request [pending]" in out
    assert "  entry: Ring at reception; ask for the IT room key." in out
    assert "  next: completed" in out


def test_cli_visits_today_for_the_desk_names_the_engineer_and_the_date(
    capsys: pytest.CaptureFixture[str], sqlite_path: Path, store: Engine, day: Day,
) -> None:  # fmt: skip
    db = ("--db", str(sqlite_path))
    code, out, err = run_cli(capsys, "visits", "today", *db, "--as", "desk.anna")
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [err.strip()] and "--engineer" in err
    code, out, err = run_cli(capsys, "visits", "today", *db, "--as", "desk.anna",
                             "--engineer", "piet bakker", "--date", "2026-12-04")  # fmt: skip
    assert code == 0, err
    assert out.startswith("Piet Bakker, Fri 04 Dec 2026 (Europe/Amsterdam): 2 visits")
    assert "  with: Sanne de Boer" in out and "next: travel booked, en route" in out
    code, out, err = run_cli(capsys, "visits", "today", *db, "--engineer", "Piet Bakker",
                             "--date", "4-12-2026")  # fmt: skip
    assert code == 2 and "--date" in err and "Traceback" not in err
    code, out, err = run_cli(capsys, "visits", "today", *db, "--engineer", "Nobody")
    assert code == 2 and "--engineer" in err and "Nobody" in err
    code, out, err = run_cli(capsys, "visits", "today", *db, "--as", "eng.sanne",
                             "--engineer", "Piet Bakker")  # fmt: skip
    assert code == 2 and "own day" in err


# ------------------------------------------------------------------ the laptop, offline


def test_on_a_replica_laptop_offline_my_day_completes_with_a_signature_into_the_outbox(
    qtbot: QtBot, store: Engine, day: Day
) -> None:
    """A replica whose server is out of reach: the window signs in as its engineer, My day
    reads the local store, and completing with a drawn signature waits in the outbox."""
    from console.model import outbox, sync_state
    from console.store.replica import mark_replica
    from console.views.context import DeskContext
    from console.views.my_day_view import MyDayView

    with store.begin() as conn:
        conn.execute(
            sync_state.insert().values(
                id=1, device_id=uuid.uuid4(), server="host=unreachable.invalid",
                login="eng.sanne", sees_all=False, applying=False,
            )
        )  # fmt: skip
    mark_replica(store)
    desk = DeskContext(store, clock=lambda: NOW)
    desk.sign_in_from_store()
    assert desk.user_name == "Sanne de Boer" and desk.role is Role.ENGINEER
    view = MyDayView(desk)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert view.plan is not None and len(view.plan.visits) == 3
    _sign_and_complete("Pieter Jansen")
    view.findChild(QPushButton, "step_V-2026-000101_completed").click()
    with Session(store) as s:
        visit = s.get_one(Visit, day.visits["V-2026-000101"])
        assert visit.status == VisitStatus.COMPLETED and visit.leave_signature
        rows = s.execute(
            select(outbox.c.table_name, outbox.c.data).where(outbox.c.table_name == "visits")
        ).all()
    assert rows and any("leave_signature" in data for _table, data in rows)


def test_a_sync_reads_the_day_off_the_window_thread_and_a_day_chosen_meanwhile_wins(
    my_day: Any, store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a sync that brought changes the day is read again off the window's thread;
    the cards shown stay until then. A day the engineer steps to meanwhile is shown, not
    the day the sync read."""
    import asyncio
    import threading

    from qt_loop import on_the_loop, threads_reading, until

    from console.services import my_day as service

    threads = threads_reading(monkeypatch, service, "day_plan")
    with store.begin() as conn:  # as a pull writes it: the first visit's site renamed
        conn.execute(text("UPDATE sites SET name = 'Head office (new)' WHERE name = 'Head office'"))
    shown = my_day.plan
    seen: dict[str, Any] = {}

    async def synced() -> None:
        my_day.refresh()
        seen["at_once"] = my_day.plan
        await until(lambda: my_day.plan is not shown)

    on_the_loop(synced)
    assert seen["at_once"] is shown
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert my_day.plan.day == shown.day and "Head office (new)" in _texts(my_day, "V-2026-000101")

    async def stepped_meanwhile() -> None:
        my_day.refresh()
        my_day._step_day(-1)  # read now, on the window's thread
        await asyncio.sleep(0.3)

    on_the_loop(stepped_meanwhile)
    assert my_day.plan.day.isoformat() == "2026-12-03"
    assert [v.reference for v in my_day.plan.visits] == ["V-2026-000100"]


def test_cli_visits_today_keeps_a_long_work_description_under_its_label() -> None:
    """A work description of several paragraphs stays one block: a blank line is what
    parts one visit from the next."""
    from console.cli.visits import _block

    text = "Replace the switch.\n\nThen label the cabling\n  and test each port.\n"
    assert _block("work", text) == [
        "  work: Replace the switch.",
        "        Then label the cabling",
        "        and test each port.",
    ]
