"""Time sent back, on the shared database (issue 21, E5): only the desk sends work back;
the engineer's change of the work, which clears the rejection on their laptop, syncs."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from functools import partial

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.engine import make_url
from sync_support import Server, local_scalar

from console.enums import Role
from console.services.acting import Acting
from console.services.timekeeping import change_entry, time_list
from console.sync.replica import sync_once
from console.sync.session import store_session

pytestmark = pytest.mark.postgres

REFUSED = (errors.InsufficientPrivilege, errors.CheckViolation)
WHEN = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def _rejected_entry(server: Server) -> uuid.UUID:
    """An open entry of engineer A's, sent back by the desk (written as the owner)."""
    entry = uuid.uuid4()
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute(
            "INSERT INTO time_entries (id, row_version, created_at, updated_at, ticket_id, "
            "engineer_id, started_at, ended_at, phase, description, billable, locked, late, "
            "rejected_at, rejection_reason) VALUES (%s, 1, now(), now(), %s, %s, %s, %s, "
            "'none', 'work', true, false, false, now(), 'which printer?')",
            (entry, server.ids["ticket_a"], server.ids["engineer_a"], WHEN,
             WHEN + timedelta(hours=2)),
        )  # fmt: skip
    return entry


def _engineer(server: Server) -> str:
    return server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"])


@pytest.mark.parametrize(
    "statement",
    [
        # sending time back is the desk's act, also one's own and also with a change
        "UPDATE time_entries SET rejection_reason = 'fine after all' WHERE id = %s",
        "UPDATE time_entries SET rejected_at = now(), description = 'x' WHERE id = %s",
        # a rejection is answered by changing the work, not by wiping it
        "UPDATE time_entries SET rejected_at = NULL, rejected_by = NULL, "
        "rejection_reason = NULL WHERE id = %s",
        "UPDATE time_entries SET rejected_at = NULL, billable = false, "
        "non_billable_reason = 'goodwill' WHERE id = %s",
    ],
)
def test_e5_an_engineer_neither_sends_time_back_nor_wipes_a_rejection(
    server: Server, statement: str
) -> None:
    url = _engineer(server)
    entry = _rejected_entry(server)
    with psycopg.connect(url, autocommit=True) as conn, pytest.raises(REFUSED):
        conn.execute(statement, (entry,))


def test_e5_the_engineers_change_that_clears_a_rejection_syncs(server: Server) -> None:
    url = _engineer(server)
    entry = _rejected_entry(server)
    laptop = server.replica(url)
    sync_once(laptop)
    sessions = partial(store_session, laptop, expire_on_commit=False)
    (line,) = time_list(sessions, engineer_id=server.ids["engineer_a"]).lines
    assert (line.id, line.rejection_reason) == (entry, "which printer?")  # they see why
    user_id = server.scalar("SELECT id FROM users WHERE username = :0", make_url(url).username)
    jan = Acting(uuid.UUID(str(user_id)), Role.ENGINEER)
    assert change_entry(sessions, jan, entry, WHEN, description="printer on the 2nd floor")
    assert local_scalar(laptop, "SELECT rejected_at FROM time_entries") is None
    sync_once(laptop)
    row = server.scalar(
        "SELECT description || '|' || coalesce(rejection_reason, '-') FROM time_entries "
        "WHERE id = :0",
        entry,
    )
    assert row == "printer on the 2nd floor|-"
