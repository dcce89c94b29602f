"""What each login may do on the shared database, tried as raw SQL (issue 17, items 2-3).

An attacker here has a valid login and psql: row security, column privileges and the
server's own workflow checks must hold without the console. Rules: T5 ticket moves, D7
visit steps, E5 approvals, C5 prepaid credit; sync rule 7 visibility.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.engine import make_url
from sync_support import Server, local_scalar

from console.enums import Role
from console.errors import UserError
from console.sync.replica import sync_once
from console.sync.server import group_role, init_server
from console.sync.users import add_user, deactivate_user

pytestmark = pytest.mark.postgres

REFUSED = (errors.InsufficientPrivilege, errors.CheckViolation)


def _engineer(server: Server) -> str:
    return server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"])


def _refused(url: str, statement: str, *params: object) -> None:
    with psycopg.connect(url, autocommit=True) as conn, pytest.raises(REFUSED):
        conn.execute(statement, params)


def _rows(url: str, statement: str, *params: object) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(statement, params).rowcount


ATTACKS: dict[str, Callable[[Server], tuple[str, tuple[object, ...]]]] = {
    # sync rule 7: moving their ticket to another client would widen their slice
    "ticket to another client": lambda s: (
        "UPDATE tickets SET client_id = %s WHERE id = %s",
        (s.ids["client_b"], s.ids["ticket_a"]),
    ),
    "visit to another engineer's ticket": lambda s: (
        "UPDATE visits SET ticket_id = %s WHERE id = %s",
        (s.ids["ticket_b"], s.ids["visit_a"]),
    ),
    # C5: credit is sold by the desk
    "prepaid credit added": lambda s: (
        "INSERT INTO credit_entries (id, contract_id, at, kind, unit, amount, overdraft) "
        "VALUES (%s, %s, now(), 'top_up', 'hours', 1000000, false)",
        (uuid.uuid4(), s.ids["contract_a"]),
    ),
    # E5: the provider's and the client's approvals are others' acts
    "own time approved": lambda s: (
        "UPDATE time_entries SET provider_approved_at = now(), client_approved_at = now(), "
        "client_approved_by = 'me' WHERE engineer_id = %s",
        (s.ids["engineer_a"],),
    ),
    "time entry unlocked": lambda s: (
        "UPDATE time_entries SET locked = false WHERE engineer_id = %s",
        (s.ids["engineer_a"],),
    ),
    "own cost rate raised": lambda s: (
        "UPDATE engineers SET cost_rate = 9999 WHERE id = %s",
        (s.ids["engineer_a"],),
    ),
    "own skill level raised": lambda s: (
        "UPDATE engineers SET skill_level = 'specialist' WHERE id = %s",
        (s.ids["engineer_a"],),
    ),
    "another engineer assigned to a visit": lambda s: (
        "INSERT INTO visit_engineers (visit_id, engineer_id, role) VALUES (%s, %s, 'lead')",
        (s.ids["visit_b"], s.ids["engineer_a"]),
    ),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_an_engineer_cannot_rewrite_what_is_the_desks(server: Server, attack: str) -> None:
    url = _engineer(server)
    _time_entry(server, locked=False)
    statement, params = ATTACKS[attack](server)
    _refused(url, statement, *params)


def _time_entry(server: Server, *, locked: bool) -> uuid.UUID:
    entry = uuid.uuid4()
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute(
            "INSERT INTO time_entries (id, row_version, created_at, updated_at, ticket_id, "
            "engineer_id, started_at, ended_at, phase, description, billable, locked, late) "
            "VALUES (%s, 1, now(), now(), %s, %s, now() - interval '2 hours', now(), 'none', "
            "'work', true, %s, false)",
            (entry, server.ids["ticket_a"], server.ids["engineer_a"], locked),
        )
    return entry


def test_an_engineer_edits_open_time_but_not_locked_time(server: Server) -> None:
    url = _engineer(server)
    open_entry = _time_entry(server, locked=False)
    settled = _time_entry(server, locked=True)
    stretch = "UPDATE time_entries SET ended_at = ended_at + interval '10 hours' WHERE id = %s"
    assert _rows(url, stretch, open_entry) == 1
    assert _rows(url, stretch, settled) == 0  # E5: a locked entry is settled


def test_the_server_holds_the_visit_steps_for_everyone(server: Server) -> None:
    url = _engineer(server)
    desk = server.login("desk", Role.DISPATCHER)
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute(
            "UPDATE visits SET status = 'completed' WHERE id = %s", (server.ids["visit_a"],)
        )
    # D7: a completed visit does not go back to requested, by push or by hand
    for who in (url, desk):
        with psycopg.connect(who, autocommit=True) as conn, pytest.raises(errors.CheckViolation):
            conn.execute(
                "UPDATE visits SET status = 'requested' WHERE id = %s", (server.ids["visit_a"],)
            )


def test_an_engineer_sees_only_themselves_and_their_co_workers(server: Server) -> None:
    url = _engineer(server)
    with psycopg.connect(url) as conn:
        seen = {row[0] for row in conn.execute("SELECT id FROM engineers")}
    assert seen == {server.ids["engineer_a"]}
    _refused(url, "SELECT cost_rate FROM engineers")
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute("UPDATE engineers SET cost_rate = 875000")
    laptop = server.replica(url)
    sync_once(laptop)  # the replica downloads, with a stand-in for what it may not read
    assert local_scalar(laptop, "SELECT count(*) FROM engineers") == 1
    assert local_scalar(laptop, "SELECT cost_rate FROM engineers") == 0


def test_only_an_administrator_changes_who_may_sign_in(server: Server) -> None:
    desk = server.login("desk", Role.DISPATCHER)
    admin = server.login("boss", Role.ADMIN)
    reactivate = "UPDATE users SET active = true, role = 'admin' WHERE username = %s"
    _refused(desk, reactivate, make_url(desk).username)
    assert _rows(admin, "UPDATE users SET display_name = 'Desk' WHERE username = %s",
                 make_url(desk).username) == 1  # fmt: skip


def test_a_bulk_load_begun_and_not_ended_never_commits(server: Server) -> None:
    desk = server.login("desk", Role.DISPATCHER)
    # leave is empty on this server: the begin runs, and the commit refuses it
    with (
        psycopg.connect(desk, autocommit=True) as conn,
        pytest.raises(psycopg.Error, match="must end in the transaction"),
    ):
        conn.execute("SELECT dc_bulk_load_begin(ARRAY['leave'])")
    with psycopg.connect(server.url) as owner:
        forced = owner.execute(
            "SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE relname = 'leave'"
        ).fetchone()
        assert forced == (True,)
        assert owner.execute("SELECT count(*) FROM sync_bulk_ddl").fetchone() == (0,)


def test_a_login_of_one_console_database_cannot_enter_another(server: Server, pg_url: str) -> None:
    desk = server.login("desk", Role.DISPATCHER)
    name = make_url(pg_url).database
    assert name is not None
    other = f"{name}_b"
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute(f'CREATE DATABASE "{other}"')
    try:
        other_url = make_url(pg_url).set(database=other).render_as_string(hide_password=False)
        init_server(other_url)
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(make_url(desk).set(database=other).render_as_string(False))
        assert group_role(Role.DISPATCHER, other) != group_role(Role.DISPATCHER, name)
    finally:
        with psycopg.connect(server.url, autocommit=True) as owner:
            owner.execute(f'DROP DATABASE IF EXISTS "{other}" WITH (FORCE)')
            for role in Role:
                owner.execute(f'DROP ROLE IF EXISTS "{group_role(role, other)}"')


def test_users_add_takes_over_no_existing_role_unasked_and_never_a_superuser(
    server: Server,
) -> None:
    plain = f"plain_{server.tag}"
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute(f'CREATE ROLE "{plain}"')
    server.logins.append(plain)
    with pytest.raises(UserError, match="--adopt"):
        add_user(server.url, username=plain, display_name="Plain", role=Role.DISPATCHER)
    with pytest.raises(UserError, match="administrator powers"):
        add_user(server.url, username="postgres", display_name="X", role=Role.ADMIN, adopt=True)
    add_user(server.url, username=plain, display_name="Plain", role=Role.DISPATCHER, adopt=True)
    assert server.scalar("SELECT count(*) FROM users WHERE username = :0", plain) == 1


def test_a_deactivated_user_can_neither_sign_in_nor_push(server: Server) -> None:
    url = server.login("desk", Role.DISPATCHER)
    laptop = server.replica(url)
    sync_once(laptop)
    login = make_url(url).username
    assert login is not None
    with psycopg.connect(url, autocommit=True) as open_session:
        deactivate_user(server.url, login)
        with pytest.raises(psycopg.OperationalError):
            open_session.execute("SELECT 1")  # its session was ended
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(url)
    with pytest.raises(UserError):
        sync_once(laptop)


def test_only_an_administrator_changes_the_company_profile(server: Server) -> None:
    desk = server.login("desk", Role.DISPATCHER)
    _refused(desk, "UPDATE provider_profile SET legal_name = 'Someone Else B.V.'")


def test_c9_the_server_holds_the_onsite_surcharge_on_every_change_of_it(server: Server) -> None:
    manager = server.login("manager", Role.SERVICE_MANAGER)
    contract = server.ids["contract_a"]
    with psycopg.connect(server.url, autocommit=True) as owner:
        # a contract saved before the rule: regular visits at no surcharge
        owner.execute(
            "UPDATE contracts SET regular_onsite_visits = true, onsite_surcharge_pct = 0 "
            "WHERE id = %s",
            (contract,),
        )
    set_terms = "UPDATE contracts SET {} WHERE id = %s"
    # its other terms change as before: it keeps its surcharge until that is changed
    assert _rows(manager, set_terms.format("name = 'Renamed'"), contract) == 1
    assert _rows(manager, set_terms.format("standard_rate = 1200000"), contract) == 1
    for refused in (
        "onsite_surcharge_pct = 50000",  # 5 %: below the 10 % a regular visit costs
        "regular_onsite_visits = false, onsite_surcharge_pct = 150000",  # nothing to bill
    ):
        with (
            psycopg.connect(manager, autocommit=True) as conn,
            pytest.raises(errors.CheckViolation, match="on-site"),
        ):
            conn.execute(set_terms.format(refused), (contract,))
    assert _rows(manager, set_terms.format("onsite_surcharge_pct = 150000"), contract) == 1
    # a new contract is held to it from the start
    copy = (
        "INSERT INTO contracts SELECT (jsonb_populate_record(c, jsonb_build_object("
        "'id', gen_random_uuid(), 'onsite_surcharge_pct', %s))).* FROM contracts c WHERE id = %s"
    )
    with (
        psycopg.connect(manager, autocommit=True) as conn,
        pytest.raises(errors.CheckViolation, match="10 to 20 %"),
    ):
        conn.execute(copy, (50000, contract))
    assert _rows(manager, copy, 200000, contract) == 1
    assert _rows(
        manager, set_terms.format("regular_onsite_visits = false, onsite_surcharge_pct = 0"),
        contract,
    ) == 1  # fmt: skip
    with psycopg.connect(server.url, autocommit=True) as owner:
        terms = owner.execute(
            "SELECT regular_onsite_visits, onsite_surcharge_pct FROM contracts WHERE id = %s",
            (contract,),
        ).fetchone()
    assert terms == (False, 0)
