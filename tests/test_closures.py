"""Public holidays and closing days (issue 18): the service, the command line, the dialog,
and that a closing day really stops a client's SLA clock (C2)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from conftest import table_count
from sqlalchemy import Engine, text

from console.cli import main
from console.enums import ContractKind, Role, SlaTargetKind
from console.errors import ValidationError
from console.model import Client, Ticket, User
from console.rules.closing_days import may_close
from console.services import closures
from console.services.clocks import ticket_clocks
from console.services.provider import save_profile
from console.sync.session import store_session

COMPANY: dict[str, object] = {
    "legal_name": "Helpdesk Noord B.V.",
    "address_lines": ["Stationsplein 1"],
    "postcode": "9726 AE",
    "city": "Groningen",
    "country": "NL",
    "vat_id": "NL123456789B01",
    "iban": "NL91 ABNA 0417 1643 00",
    "email": "desk@helpdesk-noord.example",
    "phone": "+31 50 123 4567",
    "currency": "EUR",
    "tax_rate": "21",
    "invoice_prefix": "HN",
    "language": "nl",
    "time_zone": "Europe/Amsterdam",
    "holiday_country": "NL",
}
KINGS_DAY = date(2027, 4, 27)


def _user(engine: Engine, role: Role, name: str | None = None) -> uuid.UUID:
    client = _client(engine, "Own B.V.") if role is Role.CLIENT_ADMIN else None
    with store_session(engine) as session, session.begin():
        user = User(username=name or role.value, display_name=role.value.title(), role=role,
                    client_id=client)  # fmt: skip
        session.add(user)
        session.flush()
        return user.id


def _client(engine: Engine, name: str, country: str = "NL", subdivision: str | None = None) -> Any:
    with store_session(engine) as session, session.begin():
        client = Client(name=name, country=country, subdivision=subdivision,
                        time_zone="Europe/Amsterdam", locale="nl_NL", currency="EUR")  # fmt: skip
        session.add(client)
        session.flush()
        return client.id


@pytest.fixture
def sessions(store: Engine) -> Any:
    with store_session(store) as session, session.begin():
        save_profile(session, COMPANY)
    return partial(store_session, store)


@pytest.fixture
def dispatcher(store: Engine) -> uuid.UUID:
    return _user(store, Role.DISPATCHER, "desk")


def _refused(call: Any, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field == field, str(caught.value)
    return caught.value


# ------------------------------------------------------------------ public holidays


def test_c2_the_public_holidays_of_the_netherlands_in_2027_include_kings_day() -> None:
    found = closures.holidays_of("NL", None, 2027, "en")
    assert (KINGS_DAY, "King's Day") in [(h.day, h.name) for h in found]
    assert [h.day for h in found] == sorted(h.day for h in found)
    assert found[0] == closures.Holiday(date(2027, 1, 1), "New Year's Day")
    # in the reader's language where the holidays package has it
    dutch = {h.day: h.name for h in closures.holidays_of("nl", None, 2027, "nl")}
    assert dutch[KINGS_DAY] == "Koningsdag"


def test_an_unknown_country_subdivision_or_year_is_refused_by_name() -> None:
    _refused(lambda: closures.holidays_of("XX", None, 2027), "country")
    error = _refused(lambda: closures.holidays_of("NL", "Atlantis", 2027), "subdivision")
    assert "Noord" in str(error)  # says which there are
    _refused(lambda: closures.holidays_of("NL", None, "next"), "year")
    _refused(lambda: closures.holidays_of("NL", None, 1500), "year")


# ------------------------------------------------------------------ closing days


def test_closing_days_are_added_listed_merged_and_removed(
    store: Engine, sessions: Any, dispatcher: uuid.UUID
) -> None:
    tulp = _client(store, "Tulp B.V.")
    other = _client(store, "Roos B.V.")
    everyone = closures.add_closure(sessions, dispatcher, "2027-05-07", "Bridge day")
    afternoon = closures.add_closure(
        sessions, dispatcher, date(2027, 4, 27), "Party", client="tulp b.v.",
        start="13:00", end="18:00",
    )  # fmt: skip
    closures.add_closure(sessions, dispatcher, "2027-06-01", "Move", client=other)

    every = closures.list_closures(sessions, 2027)
    assert [(c.day, c.client) for c in every] == [
        (date(2027, 4, 27), "Tulp B.V."), (date(2027, 5, 7), None), (date(2027, 6, 1), "Roos B.V."),
    ]  # fmt: skip
    assert every[0].start == "13:00" and every[0].end == "18:00" and not every[0].whole_day
    # a client's: its own and the provider's, never another client's
    assert {c.id for c in closures.list_closures(sessions, 2027, "Tulp B.V.")} == {
        everyone, afternoon,
    }  # fmt: skip
    assert closures.list_closures(sessions, 2026) == []

    days = closures.calendar_of(sessions, 2027, tulp)
    on_kings_day = [(d.what, d.source, d.closure_id) for d in days if d.day == KINGS_DAY]
    assert on_kings_day == [
        ("King's Day", closures.PUBLIC_HOLIDAY, None),
        ("Party", closures.CLIENT_CLOSED, afternoon),
    ]
    assert ("Bridge day", closures.PROVIDER_CLOSED) in [(d.what, d.source) for d in days]
    assert "Move" not in [d.what for d in days]
    # the provider's own: its home country's holidays and the closing days for everyone
    own = closures.calendar_of(sessions, 2027)
    assert {d.source for d in own} == {closures.PUBLIC_HOLIDAY, closures.PROVIDER_CLOSED}

    removed = closures.remove_closure(sessions, dispatcher, str(afternoon))
    assert removed.reason == "Party" and removed.client == "Tulp B.V."
    assert afternoon not in {c.id for c in closures.list_closures(sessions)}
    _refused(lambda: closures.remove_closure(sessions, dispatcher, afternoon), "closing day")


def test_a_client_abroad_sees_the_holidays_of_its_own_country(store: Engine, sessions: Any) -> None:
    munich = _client(store, "Brezel GmbH", "DE", "BY")
    days = {d.day: d.what for d in closures.calendar_of(sessions, 2027, munich)}
    assert date(2027, 1, 6) in days  # Epiphany, a holiday in Bavaria
    assert KINGS_DAY not in days


def test_an_exact_repeat_is_refused_and_nothing_is_written(
    store: Engine, sessions: Any, dispatcher: uuid.UUID
) -> None:
    tulp = _client(store, "Tulp B.V.")
    closures.add_closure(sessions, dispatcher, "2027-05-07", "Bridge day")
    error = _refused(lambda: closures.add_closure(sessions, dispatcher, "2027-05-07", "x"), "day")
    assert "already closed for everyone" in str(error)
    # other hours, or another client, is not a repeat
    closures.add_closure(sessions, dispatcher, "2027-05-07", "Tulp too", client=tulp)
    closures.add_closure(sessions, dispatcher, "2027-05-07", "Half", start="09:00", end="12:00")
    _refused(
        lambda: closures.add_closure(sessions, dispatcher, "2027-05-07", "again", None,
                                     "09:00", "12:00"),
        "day",
    )  # fmt: skip
    assert table_count(store, "closures") == 3


@pytest.mark.parametrize("role", list(Role))
def test_only_the_desk_enters_or_removes_closing_days(
    store: Engine, sessions: Any, dispatcher: uuid.UUID, role: Role
) -> None:
    user = dispatcher if role is Role.DISPATCHER else _user(store, role)
    kept = closures.add_closure(sessions, dispatcher, "2027-05-07", "Bridge day")
    if role not in (Role.ADMIN, Role.DISPATCHER, Role.SERVICE_MANAGER):  # engineers and others
        assert not may_close(role)
        error = _refused(
            lambda: closures.add_closure(sessions, user, "2027-05-08", "Outing"), "user"
        )
        assert "may not enter or remove closing days" in str(error)
        _refused(lambda: closures.remove_closure(sessions, user, kept), "user")
        assert [c.id for c in closures.list_closures(sessions)] == [kept]
    else:
        assert may_close(role)
        closures.add_closure(sessions, user, "2027-05-08", "Outing")
        closures.remove_closure(sessions, user, kept)
        assert [c.reason for c in closures.list_closures(sessions)] == ["Outing"]


def test_a_closing_day_names_every_bad_value_by_its_field(
    store: Engine, sessions: Any, dispatcher: uuid.UUID
) -> None:
    add = partial(closures.add_closure, sessions, dispatcher)
    _refused(lambda: add(None, "Outing"), "day")
    _refused(lambda: add("7 May", "Outing"), "day")
    _refused(lambda: add("2027-05-07", "  "), "reason")
    error = _refused(lambda: add("2027-05-07", "x" * 201), "reason")
    assert "at most 200" in str(error)
    # a part of a day runs forwards, with both ends given, in HH:MM
    error = _refused(lambda: add("2027-05-07", "Outing", None, "18:00", "13:00"), "to")
    assert "13:00 is not after 18:00" in str(error)
    _refused(lambda: add("2027-05-07", "Outing", None, "13:00", "13:00"), "to")
    _refused(lambda: add("2027-05-07", "Outing", None, "13:00", None), "to")
    _refused(lambda: add("2027-05-07", "Outing", None, None, "13:00"), "from")
    _refused(lambda: add("2027-05-07", "Outing", None, "25:00", "26:00"), "from")
    _refused(lambda: add("2027-05-07", "Outing", "Nobody B.V."), "client")
    assert table_count(store, "closures") == 0
    # a lax time is read as it is meant, and the day may end at 24:00
    closures.add_closure(sessions, dispatcher, "2027-05-07", "Evening", None, "9:30", "24:00")
    (kept,) = closures.list_closures(sessions)
    assert (kept.start, kept.end) == ("09:30", "24:00")


def test_the_for_list_offers_the_provider_then_each_active_client(
    store: Engine, sessions: Any
) -> None:
    _client(store, "Zebra B.V.")
    _client(store, "appel B.V.")
    gone = _client(store, "Gone B.V.")
    with store_session(store) as session, session.begin():
        session.get_one(Client, gone).active = False
    owners = closures.calendar_owners(sessions)
    assert [(o.id is None, o.name, o.country) for o in owners] == [
        (True, "Helpdesk Noord B.V.", "NL"), (False, "appel B.V.", "NL"),
        (False, "Zebra B.V.", "NL"),
    ]  # fmt: skip


def test_c2_a_provider_closing_day_stops_a_clients_sla_clock(
    store: Engine, sessions: Any, dispatcher: uuid.UUID
) -> None:
    from builders import MON, World

    with store_session(store, expire_on_commit=False) as session, session.begin():
        world = World(session, ContractKind.ON_DEMAND)  # no SLA: a reply within a working day
        ticket_id = world.ticket.id

    def response_due() -> datetime | None:
        with store_session(store) as session:
            ticket = session.get_one(Ticket, ticket_id)
            clock = ticket_clocks(session, ticket, MON)[SlaTargetKind.RESPONSE]
            return clock.due_at

    # opened on Sunday: ten desk hours from Monday 08:00 in Amsterdam
    assert response_due() == datetime(2026, 11, 16, 17, 0, tzinfo=UTC)
    closures.add_closure(sessions, dispatcher, MON.date(), "Company outing")
    assert response_due() == datetime(2026, 11, 17, 17, 0, tzinfo=UTC)  # Tuesday instead
    (outing,) = closures.list_closures(sessions)
    closures.remove_closure(sessions, dispatcher, outing.id)
    assert response_due() == datetime(2026, 11, 16, 17, 0, tzinfo=UTC)
    # a morning closure for this client alone moves it by the closed hours
    closures.add_closure(
        sessions, dispatcher, MON.date(), "Move", world.client.id, "08:00", "11:00"
    )
    assert response_due() == datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


# ------------------------------------------------------------------ the command line


def _db(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "calendar.sqlite3")]


def test_the_command_line_lists_holidays_and_keeps_closing_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    assert main(["calendar", "holidays", *db, "--country", "NL", "--year", "2027"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["DATE", "WEEKDAY", "NAME"]
    assert "2027-04-27  Tue      King's Day" in out and out[-1] == "10 public holidays"
    # without a country: the company's, once it is set up
    assert main(["calendar", "holidays", *db, "--year", "2027"]) == 2
    assert "--country" in capsys.readouterr().err
    assert main(["setup", *db, *_setup_options()]) == 0
    assert main(["clients", "add", *db, "--name", "Tulp B.V.", "--country", "NL",
                 "--time-zone", "Europe/Amsterdam", "--locale", "nl_NL",
                 "--currency", "EUR"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["calendar", "holidays", *db, "--year", "2027", "--format", "json"]) == 0
    assert '"name": "King\'s Day"' in capsys.readouterr().out

    assert main(["calendar", "close", "2027-05-07", *db, "--reason", "Bridge day"]) == 0
    assert "closing day 2027-05-07 (whole day) added for everyone" in capsys.readouterr().out
    assert main(["calendar", "close", "2027-04-27", *db, "--reason", "Party",
                 "--client", "Tulp B.V.", "--from", "13:00", "--to", "18:00"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["calendar", "closures", *db, "--year", "2027"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split() == ["ID", "DATE", "WEEKDAY", "HOURS", "REASON", "FOR"]
    assert listed[1].split()[1:] == ["2027-04-27", "Tue", "13:00-18:00", "Party", "Tulp", "B.V."]
    assert listed[2].split()[1:] == ["2027-05-07", "Fri", "whole", "day", "Bridge", "day",
                                     "everyone"]  # fmt: skip
    party = listed[1].split()[0]
    assert main(["calendar", "show", *db, "--client", "Tulp B.V.", "--year", "2027"]) == 0
    shown = capsys.readouterr().out
    assert "2027-04-27  Tue      King's Day" in shown and "public holiday" in shown
    assert "Party" in shown and "client closed" in shown and "provider closed" in shown
    assert main(["calendar", "reopen", party, *db]) == 0
    assert "2027-04-27 (13:00-18:00) for Tulp B.V. removed (Party)" in capsys.readouterr().out
    assert main(["calendar", "closures", *db, "--client", "Tulp B.V."]) == 0
    assert "Party" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["close", "2027-13-01", "--reason", "x"], "day: '2027-13-01' is not a date YYYY-MM-DD"),
        (["close", "2027-05-07", "--reason", "x", "--client", "Nobody"],
         "client: no client named 'Nobody'"),
        (["close", "2027-05-07", "--reason", "x", "--from", "18:00", "--to", "13:00"],
         "to: 13:00 is not after 18:00"),
        (["close", "2027-05-07"], "--reason"),
        (["show", "--client", "Nobody"], "client: no client named 'Nobody'"),
        (["holidays", "--country", "XX"], "country: 'XX' is not a country"),
        (["holidays", "--country", "NL", "--year", "soon"], "year: 'soon' is not a year"),
        (["reopen", "not-an-id"], "closing day: no closing day with id not-an-id"),
    ],
)  # fmt: skip
def test_the_command_line_refuses_bad_input_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    try:
        status = main(["calendar", args[0], *_db(tmp_path), *args[1:]])
    except SystemExit as stopped:  # argparse's own refusals end the program
        status = int(stopped.code or 0)
    assert status == 2
    err = capsys.readouterr().err
    assert says in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_command_line_refuses_an_engineer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(tmp_path)
    assert main(["calendar", "closures", *db]) == 0  # creates the store
    engine = _engine(tmp_path)
    _user(engine, Role.ADMIN, "boss")
    _user(engine, Role.ENGINEER, "jan")
    engine.dispose()
    capsys.readouterr()
    assert main(["calendar", "close", "2027-05-07", *db, "--reason", "x", "--as", "jan"]) == 2
    assert "user: engineer may not enter or remove closing days" in capsys.readouterr().err
    assert main(["calendar", "close", "2027-05-07", *db, "--reason", "x", "--as", "boss"]) == 0


def _engine(tmp_path: Path) -> Engine:
    from console.store.engine import create_store_engine, resolve_url

    return create_store_engine(resolve_url(str(tmp_path / "calendar.sqlite3")))


def _setup_options() -> list[str]:
    return [
        "--legal-name", "Helpdesk Noord B.V.", "--address-line", "Stationsplein 1",
        "--postcode", "9726 AE", "--city", "Groningen", "--country", "NL",
        "--vat-id", "NL123456789B01", "--iban", "NL91 ABNA 0417 1643 00",
        "--email", "desk@helpdesk-noord.example", "--phone", "+31 50 123 4567",
        "--currency", "EUR", "--tax-rate", "21", "--invoice-prefix", "HN",
        "--language", "nl", "--time-zone", "Europe/Amsterdam", "--holiday-country", "NL",
    ]  # fmt: skip


# ------------------------------------------------------------------ the dialog


def _desk(store: Engine, role: Role, user: uuid.UUID | None) -> Any:
    from console.views.context import DeskContext

    desk = DeskContext(store, clock=lambda: datetime(2027, 3, 1, 9, tzinfo=UTC), role=role)
    desk.user_id = user
    return desk


def test_the_dialog_adds_and_removes_a_closing_day(
    qtbot: Any, store: Engine, sessions: Any, dispatcher: uuid.UUID, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QDate, Qt, QTime
    from PySide6.QtWidgets import QMessageBox

    from console.views.closures_dialog import ClosuresDialog

    tulp = _client(store, "Tulp B.V.")
    dialog = ClosuresDialog(_desk(store, Role.DISPATCHER, dispatcher))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.year.value() == 2027 and ui.owner.count() == 2
    assert [r.what for r in dialog.rows if r.day == KINGS_DAY] == ["King's Day"]
    assert not ui.remove.isEnabled()
    dialog.choose_owner(tulp)
    assert dialog.owner_id() == tulp

    qtbot.mouseClick(ui.add, Qt.MouseButton.LeftButton)
    assert ui.newDay.isVisibleTo(dialog) and "Tulp B.V." in ui.newDay.title()
    ui.day.setDate(QDate(2027, 4, 27))
    ui.whole_day.setChecked(False)
    ui.start.setTime(QTime(13, 0))
    ui.end.setTime(QTime(12, 0))
    qtbot.keyClicks(ui.reason, "Party")
    ui.newButtons.button(ui.newButtons.StandardButton.Save).click()
    assert "to: 12:00 is not after 13:00" in ui.problems.text()
    assert table_count(store, "closures") == 0
    ui.end.setTime(QTime(18, 0))
    ui.newButtons.button(ui.newButtons.StandardButton.Save).click()
    assert not ui.newDay.isVisibleTo(dialog)
    (added,) = closures.list_closures(sessions, 2027, tulp)
    assert (added.day, added.start, added.end, added.client) == (
        KINGS_DAY, "13:00", "18:00", "Tulp B.V.",
    )  # fmt: skip
    # it appears, selected, under the public holiday of the same day
    chosen = dialog.selected()
    assert chosen is not None and chosen.closure_id == added.id
    row = dialog.rows.index(chosen)
    assert ui.days.item(row, 1).text() == "Party"
    assert ui.days.item(row, 2).text() == "13:00–18:00"
    assert ui.days.item(row, 3).text() == "Closed for this client"
    assert ui.days.item(row - 1, 1).text() == "King's Day"
    assert ui.remove.isEnabled()

    # a public holiday cannot be removed
    ui.days.selectRow(row - 1)
    assert not ui.remove.isEnabled()
    ui.days.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ui.remove, Qt.MouseButton.LeftButton)
    assert table_count(store, "closures") == 0
    assert "Party" not in [r.what for r in dialog.rows]


def test_the_dialog_lets_an_engineer_look_but_not_change(
    qtbot: Any, store: Engine, sessions: Any, dispatcher: uuid.UUID
) -> None:
    from console.views.closures_dialog import ClosuresDialog

    closures.add_closure(sessions, dispatcher, "2027-05-07", "Bridge day")
    engineer = _user(store, Role.ENGINEER, "jan")
    dialog = ClosuresDialog(_desk(store, Role.ENGINEER, engineer))
    qtbot.addWidget(dialog)
    assert not dialog.ui.add.isEnabled() and "closing days" in dialog.ui.add.toolTip()
    row = [r.what for r in dialog.rows].index("Bridge day")
    dialog.ui.days.selectRow(row)
    assert not dialog.ui.remove.isEnabled()
    assert dialog.ui.days.item(row, 3).text() == "Closed for everyone"


# ------------------------------------------------------------------ the shared database


@pytest.mark.postgres
def test_a_dispatchers_closing_day_reaches_the_server_and_an_engineer_is_refused(
    server: Any,
) -> None:
    import psycopg
    from psycopg import errors

    from console.sync.replica import sync_once

    login = server.login("desk", Role.DISPATCHER)
    desk = server.replica(login)
    sync_once(desk)
    with desk.connect() as conn:
        me = conn.execute(
            text("SELECT id FROM users WHERE username = :u"), {"u": f"desk_{server.tag}"}
        ).scalar_one()
    desk_sessions = partial(store_session, desk)
    new = closures.add_closure(desk_sessions, uuid.UUID(str(me)), "2027-05-07", "Bridge day")
    assert sync_once(desk).pushed.answers["applied"] >= 1
    assert server.scalar("SELECT reason FROM closures WHERE id = :0", new) == "Bridge day"

    engineer = server.login("eng", Role.ENGINEER, server.ids["engineer_a"])
    insert = (
        "INSERT INTO closures (id, row_version, created_at, updated_at, day, reason) "
        "VALUES (%s, 1, now(), now(), %s, %s)"
    )
    for statement, params in (
        (insert, (uuid.uuid4(), date(2027, 5, 8), "mine")),
        ("UPDATE closures SET reason = 'open' WHERE id = %s", (new,)),
        ("DELETE FROM closures WHERE id = %s", (new,)),
    ):
        with (
            psycopg.connect(engineer, autocommit=True) as conn,
            pytest.raises((errors.InsufficientPrivilege, errors.CheckViolation)),
        ):
            conn.execute(statement, params)
    assert server.scalar("SELECT count(*) FROM closures") == 1
