"""An engineer's visits as an iCalendar file from the command line, as the calendar
exports the days it shows."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from builders import MON, World
from icalendar import Calendar
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from test_cli import run

from console.enums import ContractKind, EngineerRole, VisitStatus
from console.model import VisitEngineer


@pytest.fixture
def planned(store: Engine) -> None:
    """Jan's visits: Monday 09:00 Amsterdam, Tuesday 13:00, and one the next Monday."""
    with Session(store) as session:
        w = World(session, ContractKind.RETAINER)
        for n, at in enumerate((MON, MON + timedelta(days=1, hours=4), MON + timedelta(days=7))):
            visit = w.visit(
                f"V-2026-00000{n + 1}", VisitStatus.APPROVED, reserved_hours=2, grace_minutes=0
            )
            visit.planned_start = at
            session.add(VisitEngineer(visit_id=visit.id, engineer_id=w.engineer.id,
                                      role=EngineerRole.LEAD))  # fmt: skip
        session.commit()


def test_the_days_asked_are_exported_each_visit_an_event(
    planned: None, sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "jan.ics"
    code, out, err = run(capsys, "calendar", "export", "jan", "--from", MON.date().isoformat(),
                         "-o", str(out_file), "--db", str(sqlite_path))  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        f"2 visits of Jan, {MON.date()} to {MON.date() + timedelta(days=6)} "
        f"(Europe/Amsterdam), written to {out_file}"
    )
    events = Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]).split()[0] for e in events] == ["V-2026-000001", "V-2026-000002"]
    assert events[0].decoded("dtstart") == MON
    assert events[0].decoded("dtend") == MON + timedelta(hours=2)
    code, out, _ = run(capsys, "calendar", "export", "Jan", "--from", MON.date().isoformat(),
                       "--days", "1", "-o", str(out_file), "--db", str(sqlite_path))  # fmt: skip
    assert code == 0 and out.startswith(f"1 visit of Jan, {MON.date()} (Europe/Amsterdam)")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("--days", "0"), "--days: give one day or more"),
        (("--from", "next monday"), "--from: 'next monday' is not a day as YYYY-MM-DD"),
        (("-o", "."), "is a folder; give a file name"),
    ],
)
def test_bad_input_is_one_line(
    planned: None,
    sqlite_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    said: str,
) -> None:
    options = {"-o": str(tmp_path / "jan.ics")}
    options.update(zip(argv[::2], argv[1::2], strict=True))
    flat = [part for pair in options.items() for part in pair]
    code, out, err = run(capsys, "calendar", "export", "Jan", *flat, "--db", str(sqlite_path))
    assert code == 2 and not out and err.count("\n") == 1 and said in err, err
    assert not (tmp_path / "jan.ics").exists()
