"""The command line: subcommands work, and every user error is one line with status 2."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from console import __version__
from console.cli import main
from console.store.migrate import head_revision


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version_subcommand_and_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "version")[1].strip() == f"dispatch-console {__version__}"
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_python_dash_m_console_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"dispatch-console {__version__}"


def test_db_upgrade_creates_a_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    code, out, _ = run(capsys, "db", "upgrade", "--db", str(db))
    assert code == 0 and f"schema {head_revision()}" in out and db.exists()


def test_demo_then_tickets_list_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = run(
        capsys, "demo", "--size", "small", "--seed", "3", "--db", db, "--today", "2026-11-22"
    )
    assert code == 0 and "2,000 tickets" in out

    code, out, _ = run(capsys, "tickets", "list", "--db", db, "--format", "json")
    tickets = json.loads(out)
    assert code == 0 and tickets and all(t["status"] != "closed" for t in tickets)
    assert all(isinstance(t["emergency"], bool) and isinstance(t["premium"], bool) for t in tickets)
    # C2: the queue's SLA column, as the window shows it (the demo's week is long past)
    late = [t for t in tickets if t["sla_state"] == "breached"]
    assert late and all(t["sla_left"].startswith("-") and t["sla_due_at"] for t in late)
    assert {t["sla"] for t in tickets} <= {"", "response", "resolution", "assessment", "arrival"}

    code, out, _ = run(
        capsys,
        "tickets",
        "list",
        "--db",
        db,
        "--format",
        "csv",
        "--status",
        "closed",
        "--limit",
        "5",
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 5 and {r["status"] for r in rows} == {"closed"}

    code, out, _ = run(capsys, "--db", db, "tickets", "list", "--status", "all", "--limit", "3")
    assert code == 0 and out.splitlines()[0].startswith("REFERENCE") and "3 of 2000 tickets" in out
    code, out, _ = run(capsys, "--db", db, "tickets", "list")
    assert code == 0 and out.splitlines()[0].rstrip().endswith("SLA") and " late" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["tickets", "list", "--db", "/no/such/folder/x.sqlite3"], "does not exist"),
        (["tickets", "list", "--db", "mysql://u@h/db"], "unknown database kind"),
        (["tickets", "list", "--db", "postgresql://u@127.0.0.1:1/db"], "cannot open database"),
        (["tickets", "list", "--format", "xml"], "invalid choice"),
        (["tickets", "list", "--status", "resolved"], "invalid choice"),
        (["demo", "--size", "enormous"], "invalid choice"),
        (["demo", "--seed", "abc"], "not a whole number"),
        (["demo", "--today", "22-11-2026"], "not a date"),
        (["frobnicate"], "invalid choice"),
        (["db"], "required"),
        (
            ["server", "prune", "--url", "postgresql://u@h/db", "--older-than-days", "-3"],
            "must be zero or more",
        ),
        (
            ["server", "prune", "--url", "postgresql://u@h/db", "--older-than-days", "a"],
            "not a whole number",
        ),
    ],
)
def test_user_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert needle in err and "Traceback" not in err


def test_unknown_database_file_in_a_folder_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "tickets", "list", "--db", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_newer_database_is_refused_by_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import sqlite3

    db = tmp_path / "newer.sqlite3"
    assert run(capsys, "db", "upgrade", "--db", str(db))[0] == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999future'")
    code, _, err = run(capsys, "tickets", "list", "--db", str(db))
    assert code == 2 and "newer version" in err and len(err.strip().splitlines()) == 1


def test_demo_into_a_filled_database_is_refused(
    capsys: pytest.CaptureFixture[str], small_demo_path: Path
) -> None:
    code, _, err = run(capsys, "demo", "--db", str(small_demo_path))
    assert code == 2 and "already holds" in err


def test_report_command_writes_a_pdf_and_refuses_drafts_and_unknown_ids(
    capsys: pytest.CaptureFixture[str], small_demo_path: Path, tmp_path: Path
) -> None:
    """C6 invoices print only once issued; a work order prints from its reference (D1)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from console.enums import InvoiceStatus
    from console.model import Invoice, Visit
    from console.store.engine import create_store_engine, resolve_url

    db = tmp_path / "demo.sqlite3"
    db.write_bytes(small_demo_path.read_bytes())
    engine = create_store_engine(resolve_url(str(db)))
    with Session(engine) as session:
        visit = session.scalars(select(Visit.reference).order_by(Visit.reference)).first()
        draft = session.scalars(
            select(Invoice.id).where(Invoice.status == InvoiceStatus.DRAFT)
        ).first()
    engine.dispose()
    assert visit is not None and draft is not None
    out = tmp_path / "visit.pdf"
    code, stdout, _ = run(capsys, "report", "work-order", visit, "-o", str(out), "--db", str(db))
    assert code == 0 and out.read_bytes().startswith(b"%PDF") and "bytes" in stdout
    code, _, err = run(capsys, "report", "invoice", str(draft), "-o", str(tmp_path / "d.pdf"),
                       "--db", str(db))  # fmt: skip
    assert code == 2 and "still a draft" in err and not (tmp_path / "d.pdf").exists()
    code, _, err = run(capsys, "report", "incident", "T-1999-000001", "-o", str(out),
                       "--db", str(db))  # fmt: skip
    assert code == 2 and "no ticket 'T-1999-000001'" in err
