"""An engineer's leave from the command line: listed, recorded, cancelled, and kept out of
the dispatch checks' choices (D10), with the same role check as the window's dialog."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from builders import World
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from test_cli import run

from console.enums import ContactRole, ContractKind, LeaveKind, Role
from console.model import Contact, Leave, User


@pytest.fixture
def desk(store: Engine) -> str:
    """A ticket for a client with a local contact, the engineer Jan, an admin and an
    engineer who may sign in; the ticket's reference."""
    with Session(store) as session:
        w = World(session, ContractKind.RETAINER)
        w.site.map_url = "https://maps.example/dam1"
        w.ticket.description = "Replace the core switch"
        session.add(Contact(client_id=w.client.id, name="Sanne", role=ContactRole.LOCAL_CONTACT,
                            phone="+31612345678"))  # fmt: skip
        session.add(User(username="boss", display_name="Boss", role=Role.ADMIN))
        session.add(User(username="jan", display_name="Jan", role=Role.ENGINEER,
                         engineer_id=w.engineer.id))  # fmt: skip
        session.commit()
        return w.ticket.reference


def _weekday_ahead(days: int) -> datetime:
    """10:00 in Amsterdam on a weekday at least ``days`` ahead."""
    day = datetime.now(ZoneInfo("Europe/Amsterdam")) + timedelta(days=days)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=10, minute=0, second=0, microsecond=0)


def test_d10_leave_recorded_on_the_command_line_keeps_the_engineer_off_a_visit(
    store: Engine, sqlite_path: Path, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(sqlite_path))
    start = _weekday_ahead(3)
    first, last = start.date(), start.date() + timedelta(days=2)
    code, out, err = run(capsys, "engineers", "add-leave", "jan", "--from", first.isoformat(),
                         "--to", last.isoformat(), "--kind", "training", "--note", "Cisco",
                         *db)  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"jan: training {first} to {last} recorded"
    code, out, _ = run(capsys, "engineers", "leave", "Jan", "--format", "json", *db)
    (listed,) = json.loads(out)
    assert (listed["start"], listed["end"], listed["kind"], listed["note"]) == (
        first.isoformat(), last.isoformat(), "training", "Cisco",
    )  # fmt: skip
    # the visit request's engineers: Jan is away that day
    code, out, err = run(capsys, "visits", "request", desk, "--start", f"{start:%Y-%m-%d %H:%M}",
                         "--local-contact", "Sanne", "--check", *db)  # fmt: skip
    assert code == 0, err
    (jan,) = [line for line in out.splitlines() if line.startswith("  Jan: ")]
    assert jan.startswith(f"  Jan: not suited: on leave {first}: a colleague covers; ")
    code, _, err = run(capsys, "visits", "request", desk, "--start", f"{start:%Y-%m-%d %H:%M}",
                       "--local-contact", "Sanne", "--engineer", "Jan", *db)  # fmt: skip
    assert code == 2 and "--engineer: Jan: on leave" in err
    code, out, err = run(capsys, "engineers", "cancel-leave", "Jan", "--from", first.isoformat(),
                         *db)  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"Jan: training {first} to {last} cancelled"
    with Session(store) as session:
        assert session.scalars(select(Leave)).all() == []


def test_leave_one_day_by_default_and_refusals_are_one_line(
    store: Engine, sqlite_path: Path, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", str(sqlite_path))
    day = _weekday_ahead(5).date()
    assert run(capsys, "engineers", "add-leave", "Jan", "--from", day.isoformat(), *db)[0] == 0
    with Session(store) as session:
        leave = session.scalars(select(Leave)).one()
        assert (leave.start_date, leave.end_date, leave.kind) == (day, day, LeaveKind.VACATION)
    refusals = [
        (("add-leave", "Jan", "--from", day.isoformat(), "--to", f"{day - timedelta(days=1)}"),
         "--to: the last day comes before the first"),
        (("add-leave", "Jan", "--from", "tomorrow"), "--from: 'tomorrow' is not a date"),
        (("add-leave", "Nobody", "--from", day.isoformat()), "engineer: no engineer named"),
        (("cancel-leave", "Jan", "--from", f"{day + timedelta(days=1)}"),
         f"--from: Jan has no leave to come starting on {day + timedelta(days=1)}"),
        (("add-leave", "Jan", "--from", day.isoformat(), "--as", "jan"), "engineer may not"),
        (("cancel-leave", "Jan", "--from", day.isoformat(), "--as", "jan"), "engineer may not"),
    ]  # fmt: skip
    for argv, said in refusals:
        code, out, err = run(capsys, "engineers", *argv, *db)
        assert code == 2 and not out and err.count("\n") == 1, (argv, err)
        assert said in err and "Traceback" not in err, (argv, err)
    with Session(store) as session:  # nothing written by a refusal
        assert len(session.scalars(select(Leave)).all()) == 1


def test_leave_that_has_ended_is_not_listed(
    store: Engine, sqlite_path: Path, desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    past = (datetime.now(UTC) - timedelta(days=10)).date()
    with Session(store) as session:
        jan = session.scalars(select(User).where(User.username == "jan")).one()
        session.add(Leave(engineer_id=jan.engineer_id, start_date=past, end_date=past,
                          kind=LeaveKind.SICK))  # fmt: skip
        session.commit()
    code, out, _ = run(capsys, "engineers", "leave", "Jan", "--db", str(sqlite_path))
    assert code == 0 and out.strip().splitlines()[-1] == "0 leave periods of Jan"
