"""An engineer's day with the travel between sites: the service, the window's Day mode, the
command line, and the base coordinates it starts from (dialog and `engineers --base`)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from builders import MON
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from test_calendar_keyboard import ROTTERDAM, calendar, plan

from console.cli import main
from console.errors import UserError
from console.model import Engineer, Site, Visit
from console.services.day_plan import day_plan_for
from console.views.context import DeskContext
from console.views.engineer_dialog import EngineerDialog


def sessions_of(store: Engine):  # type: ignore[no-untyped-def]
    return lambda: Session(store)


def to_rotterdam(store: Engine, visit_id: object) -> None:
    """The afternoon visit goes to a site in Rotterdam."""
    with Session(store) as session, session.begin():
        visit = session.get_one(Visit, visit_id)
        site = Site(client_id=visit.site.client_id, name="Port office", street="Kade 5",
                    city="Rotterdam", country="NL", time_zone="Europe/Amsterdam",
                    latitude=ROTTERDAM[0], longitude=ROTTERDAM[1])  # fmt: skip
        session.add(site)
        session.flush()
        visit.site_id = site.id


def test_day_plan_lists_visits_in_order_with_legs(store: Engine) -> None:
    p = plan(store)
    to_rotterdam(store, p.second)
    day = day_plan_for(sessions_of(store), "jan", MON.date())
    assert day.engineer == "Jan" and day.zone == "Europe/Amsterdam"
    assert [s.visit.reference for s in day.stops] == ["V-2025-900001", "V-2025-900005"]
    first, second = (s.leg for s in day.stops)
    assert first.origin == "Amsterdam" and "from the base in Amsterdam" in str(first.trip.reason)
    assert second.origin == "Tulp B.V. · HQ" and second.destination == "Tulp B.V. · Port office"
    assert "from the previous visit at Tulp B.V. · HQ" in str(second.trip.reason)
    assert second.minutes is not None and 45 < second.minutes < 120  # Amsterdam-Rotterdam
    assert second.short is None  # two hours between the visits: enough
    assert day.home is not None and "back to the base in Amsterdam" in str(day.home.trip.reason)
    assert day.travel >= timedelta(minutes=second.minutes)
    empty = day_plan_for(sessions_of(store), "Kees", MON.date())
    assert empty.stops == [] and empty.home is None
    with pytest.raises(UserError, match="no active engineer"):
        day_plan_for(sessions_of(store), "Nobody", MON.date())


def test_day_mode_shows_the_chosen_engineers_plan(qtbot: QtBot, store: Engine) -> None:
    p = plan(store)
    to_rotterdam(store, p.second)
    view = calendar(qtbot, store)
    view.set_days(1)
    assert view.day_plan.isVisible() and view.day_button.isChecked()
    view.first_day = MON.replace(hour=0).astimezone()
    view.reload()
    panel = view.day_plan
    assert panel.engineer_id() == p.jan  # the engineer with visits that day
    texts = [panel.steps.item(i).text() for i in range(panel.steps.count())]
    assert len(texts) == 5  # leg, visit, leg, visit, way back
    assert "from the base in Amsterdam" in texts[0]
    assert "V-2025-900001" in texts[1] and "Tulp B.V. · HQ" in texts[1]
    assert "from the previous visit at Tulp B.V. · HQ" in texts[2] and "km" in texts[2]
    assert "back to the base in Amsterdam" in texts[4]
    assert "Estimated travel this day" in panel.total.text()
    panel.choose(p.kees)
    assert "No visits planned" in panel.steps.item(0).text()
    view.set_days(7)
    assert not view.day_plan.isVisible()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_calendar_day_on_the_command_line(
    capsys: pytest.CaptureFixture[str], store: Engine, sqlite_path: Path
) -> None:
    p = plan(store)
    to_rotterdam(store, p.second)
    code, out, err = run(capsys, "calendar", "day", "Jan", "--date", "2026-11-16",
                         "--db", str(sqlite_path))  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Jan · 2026-11-16 Mon · times in Europe/Amsterdam")
    assert "09:00-11:00  V-2025-900001  Tulp B.V. · HQ" in out
    assert (
        "Tulp B.V. · HQ → Tulp B.V. · Port office: about" in out
        and "from the previous visit at Tulp B.V. · HQ" in out
    )
    assert "back to the base in Amsterdam" in out and "estimated travel:" in out
    code, out, err = run(capsys, "calendar", "day", "Jan", "--date", "16-11-2026",
                         "--db", str(sqlite_path))  # fmt: skip
    assert code == 2 and err.count("\n") == 1 and "--date" in err
    code, _out, err = run(capsys, "calendar", "day", "Nobody", "--db", str(sqlite_path))
    assert code == 2 and "no active engineer" in err and err.count("\n") == 1


def test_engineers_base_on_the_command_line(
    capsys: pytest.CaptureFixture[str], store: Engine, sqlite_path: Path
) -> None:
    plan(store)
    db = str(sqlite_path)
    code, out, err = run(capsys, "engineers", "edit", "Kees", "--base", "51.92, 4.48", "--db", db)
    assert code == 0, err
    with Session(store) as session:
        kees = session.query(Engineer).filter_by(name="Kees").one()
        assert (kees.base_latitude, kees.base_longitude) == (Decimal("51.92"), Decimal("4.48"))
    code, _, err = run(capsys, "engineers", "edit", "Kees", "--base", "95,4", "--db", db)
    assert code == 2 and "base_latitude" in err and "between -90 and 90" in err
    assert err.count("\n") == 1
    code, _, err = run(capsys, "engineers", "edit", "Kees", "--base", "north", "--db", db)
    assert code == 2 and "--base" in err and err.count("\n") == 1
    code, out, err = run(capsys, "engineers", "add", "--name", "Lotte", "--home-time-zone",
                         "Europe/Amsterdam", "--base", "52.09,5.12", "--db", db)  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "engineers", "show", "Lotte", "--format", "json", "--db", db)
    assert '"base_latitude": "52.09"' in out or "52.09" in out


def test_engineer_dialog_edits_the_base(qtbot: QtBot, store: Engine) -> None:
    p = plan(store)
    dialog = EngineerDialog(DeskContext(store, clock=lambda: MON), p.kees)
    qtbot.addWidget(dialog)
    assert dialog.base.text() == "52.3731, 4.8926"
    assert dialog.base.accessibleName() == "Base (latitude, longitude)"
    dialog.base.setText("200, 4")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted  # refused, nothing saved
    dialog.base.setText("51.9244, 4.4777")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with Session(store) as session:
        kees = session.get_one(Engineer, p.kees)
        assert (kees.base_latitude, kees.base_longitude) == ROTTERDAM


def test_the_demo_gives_every_engineer_a_base_and_every_site_coordinates(
    demo_engine: Engine,
) -> None:
    """Bases lie in the city of the engineer's own zone: no Los Angeles engineer in New York."""
    from console.demo.places import CITIES
    from console.rules.travel import distance_km

    with Session(demo_engine) as session:
        engineers = session.query(Engineer).all()
        sites = session.query(Site).all()
    assert engineers and sites
    for e in engineers:
        assert e.base_latitude is not None and e.base_longitude is not None, e.name
        assert e.region in CITIES, e.region
        centre = tuple(Decimal(x) for x in CITIES[e.region])
        assert distance_km((e.base_latitude, e.base_longitude), centre) < 5  # type: ignore[arg-type]
        if e.home_time_zone == "America/Los_Angeles":
            assert e.region == "Los Angeles"
    for s in sites:
        assert s.latitude is not None and s.longitude is not None, s.city
        centre = tuple(Decimal(x) for x in CITIES[s.city])
        assert distance_km((s.latitude, s.longitude), centre) < 5  # type: ignore[arg-type]


def test_calendar_move_and_resize_on_the_command_line(
    capsys: pytest.CaptureFixture[str], store: Engine, sqlite_path: Path
) -> None:
    """The same checked calls as the calendar's keys: moved, resized, or refused in one line."""
    p = plan(store)
    db = str(sqlite_path)
    code, out, err = run(capsys, "calendar", "move", "V-2025-900001", "--start",
                         "2026-11-17 09:00", "--db", db)  # fmt: skip
    assert code == 0, err
    assert out.strip() == "V-2025-900001 moved to 2026-11-17 09:00 (Europe/Amsterdam)"
    with Session(store) as session:
        assert session.get_one(Visit, p.first).planned_start == MON + timedelta(days=1)
    code, out, err = run(capsys, "calendar", "resize", "V-2025-900001", "--by", "30", "--db", db)
    assert code == 0 and "30 minutes longer" in out, err
    with Session(store) as session:
        assert session.get_one(Visit, p.first).reserved_hours == Decimal("2.50")
    code, out, err = run(capsys, "calendar", "move", "V-2025-900005", "--start",
                         "2026-11-17 09:00", "--db", db)  # fmt: skip
    assert code == 2 and "double-booked" in err and err.count("\n") == 1
    code, out, err = run(capsys, "calendar", "move", "V-2025-900005", "--engineer", "Kees",
                         "--db", db)  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "calendar", "resize", "V-2025-900005", "--by", "7", "--db", db)
    assert code == 2 and "--by" in err and err.count("\n") == 1
    code, _, err = run(capsys, "calendar", "move", "V-1999-000000", "--db", db)
    assert code == 2 and "no visit" in err
