"""Restored and copied stores, server numbers and uploaded counters (issue 17, items 4-5).

Sync rule 2: the server answers an entry from its register only when that very change
(its own id) was applied before. Sync rule 6: numbers come from the server, and a store
that joins with its records brings its counters along.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from builders import MON
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sync_support import Server, local_scalar, new_ticket

from console.enums import Role
from console.model import Ticket, TimeEntry
from console.services.numbering import take_number
from console.store.engine import create_store_engine, resolve_url
from console.sync.replica import enrol, sync_once
from console.sync.server import init_server
from console.sync.session import store_session
from console.sync.users import add_user

pytestmark = pytest.mark.postgres


def _log_time(engine: Engine, server: Server, count: int, note: str) -> None:
    with store_session(engine) as session, session.begin():
        for i in range(count):
            start = MON + timedelta(days=i, hours=1)
            session.add(
                TimeEntry(
                    ticket_id=server.ids["ticket_a"],
                    engineer_id=server.ids["engineer_a"],
                    started_at=start,
                    ended_at=start + timedelta(minutes=30),
                    description=note,
                )
            )


def _path(engine: Engine) -> Path:
    database = engine.url.database
    assert database is not None
    return Path(database)


def _backup(engine: Engine, to: Path) -> None:
    with sqlite3.connect(_path(engine)) as lite:
        lite.execute("VACUUM INTO ?", (str(to),))


def _reopen(path: Path) -> Engine:
    return create_store_engine(resolve_url(str(path)))


def _on_server(server: Server, note: str) -> int:
    return int(server.scalar("SELECT count(*) FROM time_entries WHERE description = :0", note))


def test_a_laptop_restored_from_a_backup_loses_none_of_its_new_work(
    server: Server, tmp_path: Path
) -> None:
    laptop = server.replica(server.login("desk", Role.DISPATCHER), "laptop")
    sync_once(laptop)
    backup = tmp_path / "backup.sqlite3"
    _backup(laptop, backup)
    _log_time(laptop, server, 5, "before the disk died")
    assert dict(sync_once(laptop).pushed.answers) == {"applied": 5}
    laptop.dispose()

    # the disk dies; the backup, from before those five, is restored; new work follows
    shutil.copy(backup, tmp_path / "laptop.sqlite3")
    restored = _reopen(tmp_path / "laptop.sqlite3")
    _log_time(restored, server, 5, "after the restore")
    report = sync_once(restored)
    assert report.pushed.new_device
    assert dict(report.pushed.answers) == {"applied": 5}
    assert _on_server(server, "after the restore") == 5
    assert _on_server(server, "before the disk died") == 5
    assert local_scalar(restored, "SELECT count(*) FROM time_entries") == 10
    # and the new device id holds: the next round is an ordinary one
    _log_time(restored, server, 1, "next day")
    report = sync_once(restored)
    assert not report.pushed.new_device and dict(report.pushed.answers) == {"applied": 1}


def test_a_copied_store_pushes_its_own_work_and_the_shared_part_once(
    server: Server, tmp_path: Path
) -> None:
    original = server.replica(server.login("desk", Role.DISPATCHER), "original")
    sync_once(original)
    _log_time(original, server, 2, "typed before the copy")
    copy_path = tmp_path / "copy.sqlite3"
    _backup(original, copy_path)
    copy = _reopen(copy_path)
    _log_time(original, server, 3, "typed on the original")
    _log_time(copy, server, 3, "typed on the copy")

    assert dict(sync_once(original).pushed.answers) == {"applied": 5}
    report = sync_once(copy)
    # the two entries both stores hold are the same changes: answered, not applied again
    assert report.pushed.replayed == 2 and report.pushed.sent == 5
    assert _on_server(server, "typed before the copy") == 2
    assert _on_server(server, "typed on the original") == 3
    assert _on_server(server, "typed on the copy") == 3


def test_the_acknowledgement_gives_an_offline_ticket_its_number_before_any_pull(
    server: Server,
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    ticket = new_ticket(desk, server.ids["client_a"])

    def no_pull(point: str) -> None:
        if point == "mid_pull":
            raise psycopg.OperationalError("the network went away")

    with pytest.raises(Exception, match="nothing was lost"):
        sync_once(desk, fault=no_pull)
    with store_session(desk) as session:
        stored = session.get(Ticket, ticket.id)
        assert stored is not None and stored.reference == "T-2026-000001"
    assert local_scalar(desk, "SELECT count(*) FROM sync_outbox") == 0


def test_after_an_upload_offline_tickets_and_online_invoices_number_on_from_the_store(
    pg_url: str, small_demo_path: Path, tmp_path: Path
) -> None:
    init_server(pg_url)
    login = f"upload_{uuid.uuid4().hex[:6]}"
    # the demo store holds payments, which only a money role uploads
    add_user(pg_url, username=login, display_name="Desk", role=Role.SERVICE_MANAGER)
    url = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    try:
        path = tmp_path / "desk.sqlite3"
        shutil.copy(small_demo_path, path)
        with sqlite3.connect(path) as lite:
            counters = dict(
                ((series, year), value)
                for series, year, value in lite.execute(
                    "SELECT series, year, next_value FROM number_sequences"
                )
            )
            highest = lite.execute(
                "SELECT max(reference) FROM tickets WHERE reference LIKE 'T-2026-%'"
            ).fetchone()[0]
        desk = _reopen(path)
        enrol(desk, url, upload=True)
        with psycopg.connect(pg_url) as conn:
            on_server = dict(
                ((series, year), value)
                for series, year, value in conn.execute(
                    "SELECT series, year, next_value FROM number_sequences"
                )
            )
        assert on_server == counters
        with store_session(desk) as session:
            client_id = session.query(Ticket.client_id).limit(1).scalar()
        ticket = new_ticket(desk, client_id, "First ticket after joining")
        report = sync_once(desk)
        assert report.pushed.answers["merged"] == 1 and "rejected" not in report.pushed.answers
        with store_session(desk) as session:
            numbered = session.get(Ticket, ticket.id)
            assert numbered is not None
            assert numbered.reference > highest
        desk.dispose()
        # an invoice issued online numbers on from the store's last one
        with psycopg.connect(pg_url) as conn:
            last = conn.execute("SELECT max(number) FROM invoices").fetchone()[0]
        issuer, year, _ = last.rsplit("-", 2)
        server = create_engine(make_url(pg_url).set(drivername="postgresql+psycopg"))
        with store_session(server) as session, session.begin():
            following = take_number(session, f"invoice:{issuer}", int(year))
        server.dispose()
        assert f"{issuer}-{year}-{following:06d}" > last
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')
