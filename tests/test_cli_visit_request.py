"""Requesting a visit from the command line: the visit dialog's fields by name, its checks,
and nothing written when they refuse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from builders import World
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from test_cli import run

from console.enums import ChecklistKind, ContactRole, ContractKind, EngineerRole, VisitStatus
from console.model import Contact, Visit, VisitOverride

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def ticket(store: Engine) -> str:
    """A ticket whose client has a site with its address and map, and a local contact."""
    with Session(store) as session:
        w = World(session, ContractKind.RETAINER)
        w.site.map_url = "https://maps.example/dam1"
        w.ticket.description = "Replace the core switch"
        w.engineer.languages = ["nl", "en"]
        session.add(Contact(client_id=w.client.id, name="Sanne de Vries",
                            role=ContactRole.LOCAL_CONTACT, phone="+31612345678"))  # fmt: skip
        session.add(Contact(client_id=w.client.id, name="Piet Bakker",
                            role=ContactRole.ORDERING_ENGINEER, phone="+31612345679"))  # fmt: skip
        session.commit()
        return w.ticket.reference


def _start() -> datetime:
    """10:00 in Amsterdam on a weekday at least three days ahead: no rush, within hours."""
    day = datetime.now(AMSTERDAM) + timedelta(days=3)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=10, minute=0, second=0, microsecond=0)


def _visits(store: Engine) -> int:
    with Session(store) as session:
        return session.scalar(select(func.count()).select_from(Visit)) or 0


def test_d1_a_visit_requested_by_name_is_saved_with_every_field(
    store: Engine, sqlite_path: Path, ticket: str, capsys: pytest.CaptureFixture[str]
) -> None:
    start = _start()
    code, out, err = run(
        capsys, "visits", "request", ticket.lower(), "--db", str(sqlite_path),
        "--start", f"{start:%Y-%m-%d %H:%M}", "--local-contact", "sanne de vries",
        "--ordering-engineer", "Piet Bakker", "--engineer", "Jan", "--hours", "3,5",
        "--language", "nl", "--bring", "photo ID", "--bring", "laptop", "--paper", "NDA",
        "--urgency", "3", "--hardware", "Cisco 9300",
    )  # fmt: skip
    assert code == 0, err
    (line,) = out.splitlines()
    assert line.startswith("V-") and ticket in line
    assert f"HQ, Amsterdam, {start:%Y-%m-%d} 10:00 (Europe/Amsterdam)" in line
    assert "D1" not in err and "D3" not in err  # the rule ids are for the tests, not users
    with Session(store) as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.status == VisitStatus.REQUESTED and visit.reference == line.split()[0]
        assert visit.planned_start == start.astimezone(UTC)
        assert visit.reserved_hours == Decimal("3.5") and visit.urgency_class == 3
        assert visit.work_description == "Replace the core switch"  # the ticket's, as proposed
        assert visit.target_hardware == "Cisco 9300" and visit.languages == ["nl"]
        assert visit.local_contact_id is not None and visit.ordering_engineer_id is not None
        (lead,) = visit.engineers
        assert lead.role == EngineerRole.LEAD
        kinds = [(item.kind, item.label) for item in visit.checklist]
        assert kinds == [
            (ChecklistKind.ITEM, "photo ID"),
            (ChecklistKind.ITEM, "laptop"),
            (ChecklistKind.PAPERWORK, "NDA"),
        ]


def test_d5_refused_on_the_command_line_writes_nothing_until_a_reason_is_given(
    store: Engine, sqlite_path: Path, ticket: str, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = ("visits", "request", ticket, "--db", str(sqlite_path),
             "--start", f"{_start():%Y-%m-%d %H:%M}", "--work", "Patch the firewall")  # fmt: skip
    code, out, err = run(capsys, *typed)
    assert code == 2 and err.count("\n") == 1 and not out
    assert err.startswith("dispatch-console: error: --local-contact: no engineer is sent")
    assert "D5" not in err and "Traceback" not in err
    assert _visits(store) == 0
    code, out, err = run(capsys, *typed, "--no-local-contact", "the client insists")
    assert code == 0, err
    assert "warning: --local-contact: no local contact; overridden: the client insists" in err
    with Session(store) as session:
        (override,) = session.scalars(select(VisitOverride))
        assert (override.rule, override.reason) == ("D5", "the client insists")
        assert session.scalars(select(Visit)).one().work_description == "Patch the firewall"


def test_d4_d10_the_check_shows_what_the_dialog_shows_and_saves_nothing(
    store: Engine, sqlite_path: Path, ticket: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "visits", "request", ticket, "--db", str(sqlite_path),
        "--start", f"{_start():%Y-%m-%d %H:%M}", "--local-contact", "Sanne de Vries", "--check",
    )  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"{ticket} at HQ, Amsterdam (Europe/Amsterdam): can be requested"
    assert "  note: --skill: not given: a senior engineer is sent" in lines
    assert "  warning: --ordering-engineer: name the ordering party's engineer" in lines
    assert lines[lines.index("engineers, best first:") + 1].startswith("  Jan: ")
    assert _visits(store) == 0


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (("--start", "tomorrow"), "--start: 'tomorrow' is not a time as YYYY-MM-DD HH:MM"),
        (("--site", "Warehouse"), "--site: no site named 'Warehouse'"),
        (("--engineer", "Nobody"), "--engineer: no engineer named 'Nobody'"),
        (("--engineer", "Jan", "--engineer", "jan"), "--engineer: an engineer is named twice"),
        (("--local-contact", "Piet Bakker"), "--local-contact: no contact named 'Piet Bakker'"),
        (("--hours", "three"), "--hours: 'three' is not a number of hours"),
        (("--urgency", "-1"), "--urgency"),
    ],
)
def test_bad_input_is_one_line_naming_the_option(
    store: Engine,
    sqlite_path: Path,
    ticket: str,
    capsys: pytest.CaptureFixture[str],
    options: tuple[str, ...],
    said: str,
) -> None:
    typed = {"--start": f"{_start():%Y-%m-%d %H:%M}", "--local-contact": "Sanne de Vries"}
    typed.update(zip(options[::2], options[1::2], strict=True))
    flat = [part for pair in typed.items() for part in pair]
    if options.count("--engineer") == 2:
        flat += ["--engineer", options[-1]]
    code, out, err = run(capsys, "visits", "request", ticket, "--db", str(sqlite_path), *flat)
    assert code == 2 and not out and err.count("\n") == 1, err
    assert said in err and "Traceback" not in err
    assert _visits(store) == 0


def test_an_unknown_ticket_is_refused_by_its_reference(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "visits", "request", "T-2026-999999", "--db", str(sqlite_path),
                       "--start", "2026-12-20 10:00")  # fmt: skip
    assert code == 2 and "there is no ticket 'T-2026-999999'" in err
