"""Tickets on the command line (T1, T5, T9): registered by names, read with their SLA
clocks, moved as the workflow allows, noted; every refusal one line with status 2."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import Engine
from test_cli import run

from console.services.master_data import clients, contracts, engineers
from console.sync.session import store_session

ACME = {"country": "NL", "time_zone": "Europe/Amsterdam", "locale": "nl_NL", "currency": "EUR"}


def test_t1_t5_a_ticket_registered_shown_moved_and_noted(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = partial(store_session, store)
    acme = clients.add_client(sessions, None, name="Acme", **ACME)
    clients.add_site(sessions, None, acme, name="HQ", street="Dam 1", city="Amsterdam")
    clients.add_contact(sessions, None, acme, name="Eva Smit", role="requester",
                        phone="+31201234567", email="eva@acme.example")  # fmt: skip
    contracts.add_contract(sessions, None, "Acme", kind="on_demand", name="On demand",
                           valid_from="2026-01-01")  # fmt: skip
    db = ("--db", str(sqlite_path))
    code, out, err = run(capsys, "tickets", "new", *db, "--client", "acme", "--title",
                         "Printer prints nothing", "--site", "HQ", "--requester",
                         "EVA@acme.example", "--priority", "high")  # fmt: skip
    assert code == 0, err
    reference = out.split(":")[0]
    assert reference.startswith("T-") and out.strip().endswith("registered")
    code, out, err = run(capsys, "tickets", "show", reference.lower(), *db)
    assert code == 0, err
    assert "Printer prints nothing" in out and "client: Acme, site HQ" in out
    assert "status: open" in out and "requester: Eva Smit" in out
    assert "contract: On demand" in out
    assert run(capsys, "tickets", "status", reference, "in_progress", *db)[0] == 0
    code, out, err = run(capsys, "tickets", "note", reference, "Toner replaced", *db,
                         "--kind", "client")  # fmt: skip
    assert code == 0 and "client note written" in out, err
    code, out, _ = run(capsys, "tickets", "show", reference, *db)
    assert "status: in progress" in out and "(client): Toner replaced" in out
    code, out, _ = run(capsys, "tickets", "list", *db)
    assert reference in out

    # time on the client's clock; an overlap is refused naming the clash
    engineers.add_engineer(sessions, None, name="Jan Visser", home_time_zone="Europe/Amsterdam")
    log = ("time", "log", reference, *db, "--engineer", "jan visser")
    code, out, err = run(capsys, *log, "--from", "2026-11-23 10:00", "--to", "2026-11-23 11:30")
    assert code == 0 and "(Europe/Amsterdam) recorded" in out, err
    code, out, err = run(capsys, *log, "--from", "2026-11-23 11:00", "--to", "2026-11-23 12:00")
    assert code == 2 and err.count("\n") == 1 and "--from" in err and reference in err, err
    code, out, err = run(capsys, *log, "--from", "2026-11-23 11:30", "--to", "2026-11-23 12:00")
    assert code == 0, err

    for argv, said in (
        (("tickets", "new", *db, "--client", "Nobody", "--title", "x"), "--client"),
        (("tickets", "new", *db, "--client", "Acme", "--title", " "), "--title"),
        (("tickets", "new", *db, "--client", "Acme", "--title", "x", "--requester", "jan"),
         "--requester"),
        (("tickets", "show", "T-1999-000001", *db), "no ticket"),
        (("tickets", "note", reference, " ", *db), "text"),
    ):  # fmt: skip
        code, out, err = run(capsys, *argv)
        assert code == 2 and len(err.strip().splitlines()) == 1 and said in err, (argv, err)
