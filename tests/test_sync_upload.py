"""A desk sending its whole store to the shared PostgreSQL (`sync --upload`), sync rules 2-3.

Into an empty server the upload drops and rebuilds indexes and foreign keys and starts a
new epoch instead of logging every row; these tests prove the server ends up exactly as
strict as before, every row arrives, and a failed upload leaves nothing behind.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from console.enums import Role
from console.errors import UserError
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade
from console.sync.replica import enrol, sync_once
from console.sync.server import init_server
from console.sync.tables import synced_tables
from console.sync.upload import bulk_answer
from console.sync.users import add_user

SHAPE = """
SELECT (SELECT count(*) FROM pg_constraint WHERE contype = 'f'),
       (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'),
       (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'O'),
       (SELECT count(*) FROM sync_bulk_ddl)
"""
"""Foreign keys, indexes, enabled triggers, leftover bulk-load bookkeeping."""


@pytest.fixture(params=[None, 0, 300], ids=["small-tables-kept", "all-rebuilt", "mixed"])
def rebuild_from(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The size from which a table's indexes are rebuilt: the default (every table of the
    small demo keeps its own), every table, and the larger tables only."""
    if request.param is not None:
        monkeypatch.setattr("console.sync.upload.REBUILD_FROM", request.param)


@pytest.fixture
def desk(pg_url: str) -> Iterator[tuple[str, str]]:
    """A fresh server and a service manager's URL on it (the demo store holds payments,
    which only the money roles add)."""
    init_server(pg_url)
    login = f"upload_{uuid.uuid4().hex[:6]}"
    add_user(pg_url, username=login, display_name="Desk", role=Role.SERVICE_MANAGER)
    yield pg_url, make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{login}"')


def _shape(url: str) -> tuple[int, ...]:
    with psycopg.connect(url) as conn:
        row = conn.execute(SHAPE).fetchone()
    assert row is not None
    return tuple(int(v) for v in row)


def _counts_local(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as lite:
        return {
            spec.name: lite.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0]
            for spec in synced_tables()
        }


def _counts_server(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {
            spec.name: conn.execute(f"SELECT count(*) FROM {spec.name}").fetchone()[0]  # type: ignore[index]
            for spec in synced_tables()
        }


def _epoch(url: str) -> uuid.UUID:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT epoch FROM sync_meta").fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def _upload(store: Path, url: str) -> None:
    """Join the server with a store that already holds records (`sync --upload`)."""
    local = create_store_engine(resolve_url(str(store)))
    try:
        enrol(local, url, upload=True)
    finally:
        local.dispose()


def _copy(small_demo_path: Path, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.sqlite3"
    shutil.copy(small_demo_path, path)
    return path


def test_a_desk_uploads_its_store_into_an_empty_server_and_every_rule_stays(
    desk: tuple[str, str], small_demo_path: Path, tmp_path: Path, rebuild_from: None
) -> None:
    owner, url = desk
    shape, epoch = _shape(owner), _epoch(owner)
    source = _copy(small_demo_path, tmp_path, "desk")
    _upload(source, url)

    expected = _counts_local(source)
    arrived = _counts_server(owner)
    assert {k: v for k, v in arrived.items() if k != "users"} == {
        k: v for k, v in expected.items() if k != "users"
    }
    assert arrived["users"] == expected["users"] + 1  # plus the desk's own login
    # indexes, foreign keys and the change-log triggers are all back
    assert _shape(owner) == shape
    assert _epoch(owner) != epoch  # sync rule 3: a new epoch replaces the row-by-row log

    # a second desk downloads the lot, and later edits are logged again
    other = create_store_engine(resolve_url(str(tmp_path / "other.sqlite3")))
    upgrade(other)
    enrol(other, url)
    assert sync_once(other).pulled.full
    with psycopg.connect(owner, autocommit=True) as conn:
        conn.execute("UPDATE tickets SET title = 'Uploaded, then edited' WHERE reference = "
                     "(SELECT min(reference) FROM tickets)")  # fmt: skip
    assert sync_once(other).pulled.upserted == 1
    other.dispose()


def test_the_large_tables_rows_arrive_frozen_and_the_small_ones_as_usual(
    desk: tuple[str, str], small_demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tables rebuilt after the load take their rows with COPY FREEZE: the visibility
    map marks every page all-visible (PostgreSQL 14 and later) without a VACUUM."""
    owner, url = desk
    source = _copy(small_demo_path, tmp_path, "desk")
    counts = _counts_local(source)
    # between the sizes of the demo's tables: some are rebuilt, some keep their indexes
    monkeypatch.setattr("console.sync.upload.REBUILD_FROM", 300)
    large = {name for name, n in counts.items() if n >= 300 and name != "users"}
    small = {name for name, n in counts.items() if 0 < n < 300 and name != "users"}
    assert large and small
    _upload(source, url)
    with psycopg.connect(owner, autocommit=True) as conn:
        if conn.info.server_version < 140000:
            pytest.skip("COPY FREEZE marks pages all-visible from PostgreSQL 14 on")
        for name in large | small:
            conn.execute(f"ANALYZE {name}")  # counts the all-visible pages into pg_class
        seen = dict(
            conn.execute(
                "SELECT relname::text, relallvisible > 0 AND relallvisible = relpages "
                "FROM pg_class WHERE relname = ANY(%s)",
                (sorted(large | small),),
            ).fetchall()
        )
    assert {name for name in large if not seen[name]} == set()
    assert {name for name in small if seen[name]} == set()


def test_the_upload_reads_both_answers_a_bulk_load_can_give() -> None:
    """The server's answer: the tables it emptied, NULL for a server holding rows; a sync
    layer an earlier `server init` installed answers true or false and empties none."""
    assert bulk_answer(["tickets", "visits"]) == (True, frozenset({"tickets", "visits"}))
    assert bulk_answer([]) == (True, frozenset())  # every table small: kept, none emptied
    assert bulk_answer(None) == (False, frozenset())
    assert bulk_answer(True) == (True, frozenset())
    assert bulk_answer(False) == (False, frozenset())


def test_the_server_keeps_its_foreign_keys_after_an_upload(
    desk: tuple[str, str], small_demo_path: Path, tmp_path: Path
) -> None:
    _, url = desk
    source = _copy(small_demo_path, tmp_path, "desk")
    _upload(source, url)
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.ForeignKeyViolation):
        conn.execute(
            "UPDATE tickets SET client_id = gen_random_uuid() "
            "WHERE reference = (SELECT min(reference) FROM tickets)"
        )
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.UniqueViolation):
        conn.execute("UPDATE tickets SET reference = (SELECT max(reference) FROM tickets)")


@pytest.mark.parametrize(
    ("breakage", "rule"),
    [
        ("UPDATE tickets SET client_id = lower(hex(randomblob(16))) WHERE rowid = 1",
         "fk_tickets_client_id_clients"),
        ("UPDATE tickets SET estimate_minutes = -5 WHERE rowid = 1", "ck_tickets_estimate_t7"),
        # the guard on issued invoices' lines is set aside while a whole store loads; the
        # sum it stands for is checked once, over every invoice, at the end
        ("DROP TRIGGER invoice_lines_issued_update; "
         "UPDATE invoice_lines SET amount = amount + 1 WHERE rowid = (SELECT min(l.rowid) "
         "FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
         "WHERE i.status <> 'draft')", "invoice_lines_add_up"),
    ],
    ids=["reference", "check", "issued-lines-add-up"],
)  # fmt: skip
def test_a_store_that_breaks_a_server_rule_uploads_nothing(
    desk: tuple[str, str],
    small_demo_path: Path,
    tmp_path: Path,
    breakage: str,
    rule: str,
    rebuild_from: None,
) -> None:
    owner, url = desk
    shape, epoch = _shape(owner), _epoch(owner)
    source = _copy(small_demo_path, tmp_path, "broken")
    with sqlite3.connect(source) as lite:
        # the store's own checks are switched off to make a store no console would write
        lite.execute("PRAGMA foreign_keys=OFF")
        lite.execute("PRAGMA ignore_check_constraints=ON")
        lite.executescript(breakage)
    with pytest.raises(UserError, match=rf"{rule}.*nothing was sent"):
        _upload(source, url)
    counts = _counts_server(owner)
    assert counts["users"] == 1 and sum(counts.values()) == 1
    assert _shape(owner) == shape and _epoch(owner) == epoch


def test_an_upload_into_a_server_with_records_keeps_theirs_and_logs_each_new_row(
    desk: tuple[str, str], small_demo_path: Path, tmp_path: Path
) -> None:
    owner, url = desk
    first = _copy(small_demo_path, tmp_path, "first")
    _upload(first, url)
    with psycopg.connect(owner, autocommit=True) as conn:
        conn.execute("UPDATE clients SET name = 'Renamed on the server'")
        logged = conn.execute("SELECT count(*) FROM sync_changes").fetchone()
    epoch = _epoch(owner)

    # a second desk had the same records plus one client of its own
    second = _copy(small_demo_path, tmp_path, "second")
    with sqlite3.connect(second) as lite:
        lite.execute(
            "INSERT INTO clients (name, short_name, country, subdivision, time_zone, locale, "
            "currency, vat_id, billing_address, email_domain, nda_on_file, nda_date, "
            "workstations, assigned_engineer_id, account_manager_id, active, id, row_version, "
            "created_at, updated_at) "
            "SELECT 'New on the second desk', short_name, country, "
            "subdivision, time_zone, locale, currency, vat_id, billing_address, email_domain, "
            "nda_on_file, nda_date, workstations, assigned_engineer_id, account_manager_id, "
            "active, lower(hex(randomblob(16))), row_version, created_at, updated_at "
            "FROM clients LIMIT 1"
        )
    _upload(second, url)

    assert _epoch(owner) == epoch  # not an empty server: no new epoch
    with psycopg.connect(owner) as conn:
        names = dict(conn.execute("SELECT name, count(*) FROM clients GROUP BY 1").fetchall())
        after = conn.execute("SELECT count(*) FROM sync_changes").fetchone()
    assert names == {"Renamed on the server": _counts_local(first)["clients"],
                     "New on the second desk": 1}  # fmt: skip
    assert logged is not None and after is not None
    assert after[0] - logged[0] == 1  # sync rule 3: the one new row is in the change log


def test_a_server_whose_records_were_deleted_takes_the_careful_way_and_loses_nothing(
    desk: tuple[str, str], small_demo_path: Path, tmp_path: Path
) -> None:
    """A bulk load empties the tables it rebuilds: it runs only where the tables hold no
    pages at all, not merely no rows the loading function can see (row security shows the
    database's owner only some). Deleted rows leave their pages behind: the upload goes
    the careful way, row by row into the change log, and keeps the epoch."""
    owner, url = desk
    _upload(_copy(small_demo_path, tmp_path, "first"), url)
    with psycopg.connect(owner, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # no guard, no change log
        for spec in reversed(synced_tables()):
            if spec.name != "users":
                conn.execute(f"DELETE FROM {spec.name}")
    epoch = _epoch(owner)

    second = _copy(small_demo_path, tmp_path, "second")
    _upload(second, url)

    assert _epoch(owner) == epoch
    expected = _counts_local(second)
    arrived = _counts_server(owner)
    assert {k: v for k, v in arrived.items() if k != "users"} == {
        k: v for k, v in expected.items() if k != "users"
    }


def test_the_databases_owner_may_load_a_whole_store_too(
    pg_url: str, small_demo_path: Path, tmp_path: Path
) -> None:
    from console.sync.upload import upload_store

    init_server(pg_url)
    local = create_store_engine(resolve_url(str(_copy(small_demo_path, tmp_path, "owner"))))
    try:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            counts = upload_store(local, conn)
    finally:
        local.dispose()
    assert counts["tickets"] == _counts_server(pg_url)["tickets"] > 0


def test_a_dispatcher_cannot_upload_a_store_holding_payments(
    pg_url: str, small_demo_path: Path, tmp_path: Path
) -> None:
    init_server(pg_url)
    login = f"upload_{uuid.uuid4().hex[:6]}"
    add_user(pg_url, username=login, display_name="Desk", role=Role.DISPATCHER)
    try:
        url = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
        with pytest.raises(UserError, match="only a service manager or an administrator"):
            _upload(_copy(small_demo_path, tmp_path, "dispatcher"), url)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')


TRICKY_TEXT = "Tab\there, line\nbreak, return\rand back\\slash \\N \\\\ é ü 漢 \x01 'q' \"dq\""
"""Every character COPY's text format escapes, its NULL marker, and non-ASCII text."""


def test_every_value_arrives_as_stored_and_a_second_desk_downloads_the_same_store(
    desk: tuple[str, str], small_demo_path: Path, tmp_path: Path, rebuild_from: None
) -> None:
    """An upload sends each stored value unchanged, whatever characters or bytes it holds."""
    owner, url = desk
    source = _copy(small_demo_path, tmp_path, "desk")
    with sqlite3.connect(source) as lite:
        lite.execute(
            "UPDATE tickets SET description = ? WHERE rowid = (SELECT min(rowid) FROM tickets)",
            (TRICKY_TEXT,),
        )
        lite.execute(
            "UPDATE tickets SET title = '\\N' WHERE rowid = (SELECT max(rowid) FROM tickets)"
        )
        lite.execute(
            "UPDATE visits SET leave_signature = ? WHERE rowid = (SELECT min(rowid) FROM visits)",
            (bytes(range(256)) * 3,),
        )
        lite.execute(
            "UPDATE visits SET leave_signature = x'' WHERE rowid = (SELECT max(rowid) FROM visits)"
        )
    _upload(source, url)
    with psycopg.connect(owner) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM tickets WHERE description = %s), "
            "(SELECT count(*) FROM tickets WHERE title = '\\N'), "
            "(SELECT count(*) FROM visits WHERE leave_signature = %s), "
            "(SELECT count(*) FROM visits WHERE leave_signature = '')",
            (TRICKY_TEXT, bytes(range(256)) * 3),
        ).fetchone()
    assert row == (1, 1, 1, 1)

    other_path = tmp_path / "other.sqlite3"
    other = create_store_engine(resolve_url(str(other_path)))
    upgrade(other)
    enrol(other, url)
    assert sync_once(other).pulled.full
    other.dispose()
    with sqlite3.connect(source) as mine, sqlite3.connect(other_path) as theirs:
        for spec in synced_tables():
            if spec.name == "users":  # the server adds the desk's own login
                continue
            query = (
                f"SELECT {', '.join(spec.columns)} FROM {spec.name} ORDER BY {', '.join(spec.key)}"
            )
            assert mine.execute(query).fetchall() == theirs.execute(query).fetchall(), spec.name
