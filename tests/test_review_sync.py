"""Review notes on the shared database (V1): the desk reads and writes them, an engineer's
login and replica see none (sync rule 7)."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sync_support import Server, local_scalar

from console.enums import Role
from console.model import Kickoff, ReviewNote
from console.sync.replica import sync_once
from console.sync.session import store_session

pytestmark = pytest.mark.postgres


def test_v1_review_notes_reach_the_desk_and_never_an_engineer(server: Server) -> None:
    with store_session(server.engine) as session, session.begin():
        session.add(ReviewNote(client_id=server.ids["client_a"], kind="risk",
                               text="Disks near end of life", status="open",
                               raised_on=date(2026, 8, 3)))  # fmt: skip
    engineer = server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"])
    with psycopg.connect(engineer, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM review_notes").fetchone() == (0,)
    laptop = server.replica(engineer)
    sync_once(laptop)
    assert local_scalar(laptop, "SELECT count(*) FROM review_notes") == 0
    assert local_scalar(laptop, "SELECT count(*) FROM tickets") >= 1  # the slice did arrive
    manager = server.login("sm", Role.SERVICE_MANAGER)
    with psycopg.connect(manager, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM review_notes").fetchone() == (1,)
    desk = server.replica(manager)
    sync_once(desk)
    assert local_scalar(desk, "SELECT text FROM review_notes") == "Disks near end of life"


def test_v1_kickoffs_reach_the_desk_and_never_an_engineer(server: Server) -> None:
    with store_session(server.engine) as session, session.begin():
        session.add(Kickoff(client_id=server.ids["client_a"], held_on=date(2026, 2, 3),
                            consultants=[str(server.ids["engineer_a"])]))  # fmt: skip
    engineer = server.login("eng_k", Role.ENGINEER, server.ids["engineer_a"])
    with psycopg.connect(engineer, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM kickoffs").fetchone() == (0,)
    laptop = server.replica(engineer)
    sync_once(laptop)
    assert local_scalar(laptop, "SELECT count(*) FROM kickoffs") == 0
    desk = server.replica(server.login("sm_k", Role.SERVICE_MANAGER))
    sync_once(desk)
    assert local_scalar(desk, "SELECT held_on FROM kickoffs") == "2026-02-03"
