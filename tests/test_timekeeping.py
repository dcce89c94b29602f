"""E5 in the store: daily cut-off, late entries and their approval."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from builders import World
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.enums import ApprovalMethod, ContractKind, Role
from console.errors import UserError
from console.services.timekeeping import approve, lock_past_days, record_time

MON = datetime(2026, 11, 16, 13, 0, tzinfo=UTC)  # 14:00 in Amsterdam


def test_e5_entries_lock_after_their_day_and_cannot_change(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        entry = record_time(
            session,
            ticket_id=w.ticket.id,
            engineer_id=w.engineer.id,
            started_at=MON,
            ended_at=MON + timedelta(hours=2),
            now=MON + timedelta(hours=3),
        )
        assert not entry.late
        assert (
            lock_past_days(session, MON + timedelta(hours=5), Role.DISPATCHER) == 0
        )  # still Monday in Amsterdam
        assert (
            lock_past_days(session, datetime(2026, 11, 16, 23, 0, tzinfo=UTC), Role.DISPATCHER) == 1
        )  # midnight
        session.commit()
        entry_id = entry.id.hex
    with store.begin() as conn, pytest.raises(IntegrityError, match="E5"):
        conn.execute(text("UPDATE time_entries SET billable = 0 WHERE id = :id"), {"id": entry_id})


def test_e5_late_entry_needs_approval_before_it_locks(store: Engine) -> None:
    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        late = record_time(
            session,
            ticket_id=w.ticket.id,
            engineer_id=w.engineer.id,
            started_at=MON,
            ended_at=MON + timedelta(hours=1),
            now=MON + timedelta(days=2),
        )
        assert late.late
        now = MON + timedelta(days=2, hours=1)
        assert lock_past_days(session, now, Role.DISPATCHER) == 0
        approve(session, late, now, None, "Sanne de Boer")
        assert lock_past_days(session, now, Role.DISPATCHER) == 1 and late.locked


def test_e5_the_two_approvals_are_two_acts_each_recorded_with_who_and_how(store: Engine) -> None:
    from console.services.timekeeping import approve_for_provider, record_client_approval

    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        entry = record_time(
            session, ticket_id=w.ticket.id, engineer_id=w.engineer.id, started_at=MON,
            ended_at=MON + timedelta(hours=1), now=MON + timedelta(hours=2),
        )  # fmt: skip
        approve_for_provider(session, entry, MON + timedelta(hours=3), None, Role.DISPATCHER)
        assert entry.provider_approved_at and entry.client_approved_at is None  # one act
        with pytest.raises(UserError, match="approved by: the client's approval needs the name"):
            record_client_approval(session, entry, MON, Role.DISPATCHER, by=" ",
                                   method=ApprovalMethod.PHONE)  # fmt: skip
        record_client_approval(session, entry, MON + timedelta(hours=4), Role.DISPATCHER,
                               by="Sanne de Boer", method=ApprovalMethod.PHONE)  # fmt: skip
        session.commit()
        assert (entry.client_approved_by, entry.client_approval_method) == (
            "Sanne de Boer",
            ApprovalMethod.PHONE,
        )


@pytest.mark.parametrize("act", ["provider", "client", "cut-off"])
def test_e5_an_engineer_neither_approves_time_nor_runs_the_cut_off(store: Engine, act: str) -> None:
    from console.services.timekeeping import approve_for_provider, record_client_approval

    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        entry = record_time(
            session, ticket_id=w.ticket.id, engineer_id=w.engineer.id, started_at=MON,
            ended_at=MON + timedelta(hours=1), now=MON + timedelta(hours=2),
        )  # fmt: skip
        with pytest.raises(UserError, match=r"not an engineer|engineer may not"):
            if act == "provider":
                approve_for_provider(session, entry, MON, None, Role.ENGINEER)
            elif act == "client":
                record_client_approval(session, entry, MON, Role.ENGINEER, by="Sanne",
                                       method=ApprovalMethod.EMAIL)  # fmt: skip
            else:
                lock_past_days(session, MON + timedelta(days=2), Role.ENGINEER)
        assert entry.provider_approved_at is None and entry.client_approved_at is None


def test_e5_both_acts_and_the_cut_off_from_the_command_line(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main
    from console.model import TimeEntry, User

    with Session(store) as session:
        w = World(session, ContractKind.ON_DEMAND)
        session.add_all(
            [
                User(username="desk", display_name="Desk", role=Role.DISPATCHER),
                User(username="jan", display_name="Jan", role=Role.ENGINEER),
            ]
        )
        entry = record_time(
            session, ticket_id=w.ticket.id, engineer_id=w.engineer.id, started_at=MON,
            ended_at=MON + timedelta(hours=1), now=MON + timedelta(hours=2),
        )  # fmt: skip
        session.commit()
        entry_id = str(entry.id)
    db = ["--db", str(sqlite_path)]
    assert main(["time", "pending", *db]) == 0
    assert "waits for desk and client" in capsys.readouterr().out
    assert main(["time", "pending", "--format", "json", *db]) == 0
    (waiting,) = json.loads(capsys.readouterr().out)
    assert (waiting["id"], waiting["hours"], waiting["waiting_for"]) == (
        entry_id,
        1.0,
        "desk and client",
    )
    # E5: an engineer is refused in one line, and nothing changes
    assert main(["time", "approve", entry_id, "--as", "jan", *db]) == 2
    assert "only the desk may do this" in capsys.readouterr().err
    assert main(["time", "approve", entry_id, "--as", "desk", *db]) == 0
    assert main(["time", "client-approval", entry_id, "--by", "", "--how", "phone", *db]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    args = ["time", "client-approval", entry_id, "--by", "Sanne", "--how", "email", *db]
    assert main(args) == 0
    with Session(store) as session:
        stored = session.get(TimeEntry, entry.id)
        assert stored is not None and stored.provider_approved_at and stored.client_approved_at
        assert stored.client_approval_method == ApprovalMethod.EMAIL
    assert main(["time", "cutoff", "--as", "desk", *db]) == 0
    assert "locked by the cut-off" in capsys.readouterr().out


def test_e5_c12_a_client_admin_approves_their_own_clients_time_in_the_portal(
    store: Engine,
) -> None:
    """C12: the client's approval is one of the client admin's named tasks, own client only."""
    from functools import partial

    from console.model import User
    from console.services.acting import Acting
    from console.services.timekeeping import approve_for_client
    from console.sync.session import store_session

    with Session(store) as session:
        ours, theirs = (
            World(session, ContractKind.ON_DEMAND),
            World(session, ContractKind.ON_DEMAND),
        )
        theirs.client.name = "Other B.V."
        admin = User(username="kees", display_name="Kees", role=Role.CLIENT_ADMIN,
                     client_id=ours.client.id)  # fmt: skip
        session.add(admin)
        own = ours.work(MON, 1, approved=False)
        other = theirs.work(MON, 1, approved=False)
        session.commit()
        acting, own_id, other_id = Acting(admin.id, Role.CLIENT_ADMIN), own.id, other.id
    sessions = partial(store_session, store)
    with pytest.raises(UserError, match="own client"):
        approve_for_client(
            sessions, acting, [other_id], MON, by="Kees", method=ApprovalMethod.PORTAL
        )
    with pytest.raises(UserError, match="portal"):
        approve_for_client(sessions, acting, [own_id], MON, by="Kees", method=ApprovalMethod.PHONE)
    assert (
        approve_for_client(sessions, acting, [own_id], MON, by="Kees", method=ApprovalMethod.PORTAL)
        == 1
    )
