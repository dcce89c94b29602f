"""A full download streams the server page by page (issue 24), and stays all or nothing.

Sync rule 3: a replica below the horizon it can catch up from downloads everything; the
download reads each table in pages from one snapshot and writes them into one local
transaction, so a download cut short leaves the replica as it was.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sync_support import Server, local_scalar

from console.enums import Role
from console.store import triggers_aside as aside_module
from console.sync import pull as pull_module
from console.sync.replica import sync_once
from console.sync.server import init_server
from console.sync.tables import synced_tables

pytestmark = pytest.mark.postgres


def _counts(engine: Engine) -> dict[str, int]:
    return {
        spec.name: int(local_scalar(engine, f"SELECT count(*) FROM {spec.name}"))
        for spec in synced_tables()
    }


def _server_counts(server: Server) -> dict[str, int]:
    return {
        spec.name: int(server.scalar(f"SELECT count(*) FROM {spec.name}"))
        for spec in synced_tables()
    }


def _upserts_counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of each batch of rows the pull writes, as it writes them."""
    seen: list[int] = []
    write = pull_module._upsert

    def counting(cur, spec, rows, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(len(rows))
        return write(cur, spec, rows, *args, **kwargs)

    monkeypatch.setattr(pull_module, "_upsert", counting)
    return seen


def test_rule3_a_full_download_goes_through_many_pages_and_brings_every_row(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pull_module, "DOWNLOAD_PAGE", 1)
    seen = _upserts_counted(monkeypatch)
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    report = sync_once(desk).pulled
    expected = _server_counts(server)
    assert report.full
    assert max(seen) == 1  # no page holds more than the page size
    assert report.pages == len(seen) == sum(expected.values())
    assert report.pages > len([n for n in expected.values() if n])  # several pages a table
    assert report.upserted == sum(expected.values())
    assert _counts(desk) == expected
    # and the cursor moved: the next round has nothing to download
    again = sync_once(desk).pulled
    assert not again.full and again.upserted == 0


def test_rule3_a_download_after_a_restore_keeps_the_outbox_across_pages(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.model import Ticket
    from console.sync.session import store_session

    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    with store_session(desk) as session, session.begin():
        ticket = session.get(Ticket, server.ids["ticket_a"])
        assert ticket is not None
        ticket.title = "typed before the restore"
    init_server(server.url, new_epoch=True)
    monkeypatch.setattr(pull_module, "DOWNLOAD_PAGE", 3)
    report = sync_once(desk)
    assert report.pulled.full and report.pulled.pages > 1
    assert dict(report.pushed.answers) == {"applied": 1}
    assert _counts(desk) == _server_counts(server)
    title = local_scalar(
        desk, "SELECT title FROM tickets WHERE id = :i", i=server.ids["ticket_a"].hex
    )
    assert title == "typed before the restore"


def test_rule3_a_download_killed_half_way_leaves_the_replica_as_it_was(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER), name="restored")
    sync_once(desk)
    before = _counts(desk)
    old_epoch, old_cursor = _position(desk)
    init_server(server.url, new_epoch=True)  # the next round downloads everything
    path = desk.url.database
    desk.dispose()
    killed = subprocess.run(
        [sys.executable, "-m", "console", "sync", "--db", str(path)],
        env={**os.environ, "DISPATCH_SYNC_KILL_AT": "mid_pull"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    from console.store.engine import create_store_engine, resolve_url

    reopened = create_store_engine(resolve_url(str(path)))
    # the first page was written, then the process died: none of it shows, nor a new cursor
    assert _counts(reopened) == before
    assert _position(reopened) == (old_epoch, old_cursor)
    assert local_scalar(reopened, "SELECT applying FROM sync_state") in (0, False)
    report = sync_once(reopened).pulled
    assert report.full
    assert _counts(reopened) == _server_counts(server)
    assert _position(reopened)[0] != old_epoch
    reopened.dispose()


def _position(engine: Engine) -> tuple[str | None, str | None]:
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT epoch, cursor FROM sync_state").one()
    return row[0], row[1]


def _touch_everything(server: Server) -> int:
    """Change every client, contact and ticket on the server (a laptop away for a while)."""
    changed = 0
    with server.engine.begin() as conn:
        for table, column in (
            ("clients", "billing_address"),
            ("contacts", "name"),
            ("tickets", "title"),
        ):
            changed += conn.exec_driver_sql(
                f"UPDATE {table} SET {column} = coalesce({column}, '') || ' (changed)'"
            ).rowcount
    return changed


def _titles(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT title FROM tickets").scalars())


def test_rule3_a_catch_up_fetches_its_changed_rows_a_chunk_at_a_time(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    changed = _touch_everything(server)
    monkeypatch.setattr(pull_module, "FETCH_CHUNK", 1)
    seen = _upserts_counted(monkeypatch)
    report = sync_once(desk).pulled
    assert not report.full
    assert max(seen) == 1 and report.upserted == len(seen) == changed  # one row at a time
    assert _counts(desk) == _server_counts(server)
    assert all(title.endswith("(changed)") for title in _titles(desk))


def test_rule3_a_catch_up_too_long_for_memory_downloads_in_full(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    changed = _touch_everything(server)
    monkeypatch.setattr(pull_module, "CATCH_UP_KEYS", changed - 1)
    monkeypatch.setattr(pull_module, "FETCH_CHUNK", 1)  # the keys too are read in pages
    report = sync_once(desk).pulled
    assert report.full and report.pages >= 1
    assert _counts(desk) == _server_counts(server)
    assert all(title.endswith("(changed)") for title in _titles(desk))
    assert not sync_once(desk).pulled.full  # and the next round catches up as usual


def _cut_idle_sessions_after_a_second(server: Server, login: str) -> None:
    """The server cuts this login's sessions idle in a transaction after 1 s; set after
    `server init`, which sets every login's timeouts to LOGIN_TIMEOUTS again."""
    with server.as_role(server.url) as owner:
        owner.execute(
            f'ALTER ROLE "{make_url(login).username}" IN DATABASE '
            f'"{make_url(server.url).database}" '
            "SET idle_in_transaction_session_timeout = '1s'"
        )


def test_rule3_the_index_built_while_the_server_is_still_read_keeps_its_session(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tickets are indexed before the tables after them are read: at a million that
    takes minutes, longer than the server lets a session sit idle in a transaction. The
    server hears from the pull between slices of the index, so the pages after come."""
    login = server.login("desk", Role.DISPATCHER)
    desk = server.replica(login)
    _cut_idle_sessions_after_a_second(server, login)
    assert _server_counts(server)["tickets"] >= 2
    monkeypatch.setattr(aside_module, "INDEX_SLICE", 1)  # a slice per ticket
    index_slice = aside_module._index_slice

    def slow_slice(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.7)  # two or more of them: past the cut-off, each within it
        return index_slice(*args, **kwargs)

    monkeypatch.setattr(aside_module, "_index_slice", slow_slice)
    assert sync_once(desk).pulled.full
    assert _counts(desk) == _server_counts(server)
    assert _indexed(desk) == _expected_index(desk) != {}


@pytest.mark.parametrize("kind", ["download", "catch-up"])
def test_rule3_local_work_after_the_last_read_outlasts_the_servers_idle_cut_off(
    server: Server, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """At a million tickets the replica rebuilds its search index and commits for minutes
    after the last page is read; the server cuts a session idle in a transaction after
    LOGIN_TIMEOUTS. The snapshot must end with the reading, or the pull fails at its end."""
    login = server.login("desk", Role.DISPATCHER)
    desk = server.replica(login)
    sync_once(desk)
    if kind == "download":
        init_server(server.url, new_epoch=True)
    else:
        _touch_everything(server)
    _cut_idle_sessions_after_a_second(server, login)
    slow = 2.5  # the server's cut-off and then some, in the replica's own work
    redo, finish = aside_module._redo, pull_module._finish

    def slow_redo(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(slow)
        return redo(*args, **kwargs)

    def slow_finish(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(slow)
        return finish(*args, **kwargs)

    monkeypatch.setattr(aside_module, "_redo", slow_redo)
    monkeypatch.setattr(pull_module, "_finish", slow_finish)
    report = sync_once(desk).pulled
    assert report.full is (kind == "download")
    assert _counts(desk) == _server_counts(server)
    if kind == "catch-up":
        assert all(title.endswith("(changed)") for title in _titles(desk))
    assert not sync_once(desk).pulled.full  # the cursor moved with the rows


def _triggers(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return [
            (str(name), str(body))
            for name, body in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            )
        ]


def _indexed(engine: Engine) -> dict[str, tuple[str, ...]]:
    """Per ticket reference, what the search index holds of it."""
    with engine.connect() as conn:
        return {
            str(row[0]): tuple(str(v) for v in row)
            for row in conn.exec_driver_sql(
                "SELECT c.c0, c.c1, c.c2, c.c3 FROM ticket_search_rows r"
                " JOIN ticket_search_content c ON c.id = r.doc"
            )
        }


def _expected_index(engine: Engine) -> dict[str, tuple[str, ...]]:
    """The same worked out in Python from the tickets and their parties' names."""
    with engine.connect() as conn:

        def names(query: str) -> dict[str, str]:
            return {str(k): str(v) for k, v in conn.exec_driver_sql(query)}

        clients = names("SELECT id, name FROM clients")
        sites = names("SELECT id, name FROM sites")
        people = names("SELECT id, name || ' ' || coalesce(email, '') FROM contacts")
        return {
            str(ref): (
                str(ref),
                str(title),
                str(text),
                f"{clients.get(c, '')} {sites.get(s, '')} {people.get(p, '')}",
            )
            for ref, title, text, c, s, p in conn.exec_driver_sql(
                "SELECT reference, title, description, client_id, site_id, requester_id"
                " FROM tickets"
            )
        }


def test_rule3_a_download_sets_the_triggers_aside_and_does_their_work_after(
    server: Server,
) -> None:
    """Guards and the search index's upkeep stand aside while the server's rows load: the
    same triggers stand after it, every ticket is indexed as its triggers would have, the
    guards refuse again, the queue reloads, and a trigger not known to be safe fired."""
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    from console.queue.changes import QueueStamp, changes_since
    from console.queue.search import search_tickets

    desk = server.replica(server.login("desk", Role.DISPATCHER))
    with desk.begin() as conn:  # a trigger of someone else's making: never set aside
        conn.exec_driver_sql("CREATE TABLE seen_visits (id TEXT)")
        conn.exec_driver_sql(
            "CREATE TRIGGER seen_visit AFTER INSERT ON visits"
            " BEGIN INSERT INTO seen_visits VALUES (new.id); END"
        )
    with desk.connect() as conn:
        last = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM queue_journal").scalar()
    stamp = QueueStamp(journal=int(last or 0))
    before = _triggers(desk)
    assert sync_once(desk).pulled.full
    assert _triggers(desk) == before
    assert _indexed(desk) == _expected_index(desk) != {}
    assert (
        local_scalar(desk, "SELECT count(*) FROM seen_visits")
        == local_scalar(desk, "SELECT count(*) FROM visits")
        > 0
    )
    with desk.connect() as conn:
        assert changes_since(conn, stamp)[0].shared  # the window reloads its queue
        title = str(conn.execute(text("SELECT title FROM tickets LIMIT 1")).scalar())
        assert search_tickets(conn, title)
    with desk.begin() as conn:  # a step of a ticket's history, then an attempt to rewrite it
        conn.exec_driver_sql(
            "INSERT INTO ticket_status_changes (id, ticket_id, at, to_status)"
            " SELECT lower(hex(randomblob(16))), id, opened_at, 'open' FROM tickets LIMIT 1"
        )
    with pytest.raises(DatabaseError, match="append-only"), desk.begin() as conn:
        conn.exec_driver_sql("UPDATE ticket_status_changes SET at = at")


def _cache_sizes(engine: Engine) -> set[int]:
    """The page cache setting of every connection the replica's pool hands out."""
    conns = [engine.raw_connection() for _ in range(engine.pool.size())]
    try:
        return {int(c.cursor().execute("PRAGMA cache_size").fetchone()[0]) for c in conns}
    finally:
        for c in conns:
            c.close()


@pytest.mark.parametrize("fails", [False, True], ids=["done", "failed"])
def test_rule3_the_index_rebuild_gets_a_large_page_cache_and_gives_it_back(
    server: Server, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    """After a large load the rebuild's reads miss a small cache into a log of gigabytes;
    the pooled connection then serves the window's reads with its own cache again."""
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    before = _cache_sizes(desk)
    seen: list[int] = []
    index = aside_module._index

    def watched(cur, keep_alive):  # type: ignore[no-untyped-def]
        seen.append(int(cur.execute("PRAGMA cache_size").fetchone()[0]))
        if fails:
            raise RuntimeError("disk full")
        return index(cur, keep_alive)

    monkeypatch.setattr(aside_module, "_index", watched)
    if fails:
        with pytest.raises(RuntimeError, match="disk full"):
            sync_once(desk)
    else:
        assert sync_once(desk).pulled.full
        assert _indexed(desk) == _expected_index(desk) != {}
    assert seen == [-aside_module.REDO_CACHE_KIB]
    assert _cache_sizes(desk) == before != {seen[0]}


def test_rule3_a_download_indexes_the_tickets_before_the_tables_after_them(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index is built while the transaction holds the tickets and what comes before
    them, not the time, invoices and history after: its reads then search a small log."""
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    index = aside_module._index
    order = [spec.name for spec in synced_tables()]
    later = order[order.index("tickets") + 1 :]
    written: list[dict[str, int]] = []

    def watched(cur, keep_alive):  # type: ignore[no-untyped-def]
        written.append(
            {
                name: int(cur.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
                for name in ("tickets", *later)
            }
        )
        return index(cur, keep_alive)

    monkeypatch.setattr(aside_module, "_index", watched)
    assert sync_once(desk).pulled.full
    assert len(written) == 1
    assert written[0]["tickets"] == _server_counts(server)["tickets"] > 0
    assert {name: written[0][name] for name in later} == dict.fromkeys(later, 0)
    after = {name for name in later if _server_counts(server)[name] > 0}
    assert "visits" in after  # a table after the tickets with rows of its own
    assert _indexed(desk) == _expected_index(desk) != {}


def test_rule3_a_download_that_fails_leaves_every_trigger_in_place(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    before = _triggers(desk)

    def fail(point: str) -> None:
        if point == "mid_pull":
            raise RuntimeError("the line went down")

    with pytest.raises(RuntimeError, match="line went down"):
        sync_once(desk, fault=fail)
    assert _triggers(desk) == before
    assert set(_counts(desk).values()) == {0}  # the first page went with the rest
