"""The queue's change journal: what the local store's triggers note, and what a refresh
reads from it (issue 24: a refresh at a million tickets must not stamp the whole queue)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, text

from console.queue.changes import changes_since, queue_stamp, trim_journal


def _one(engine: Engine, sql: str) -> Any:
    with engine.connect() as conn:
        found = conn.execute(text(sql)).first()
    assert found is not None, sql
    return found


def _write(engine: Engine, sql: str, **params: Any) -> None:
    with engine.begin() as conn:
        conn.execute(text(sql), params)


def _since(engine: Engine, stamp: Any) -> Any:
    with engine.connect() as conn:
        changes, _now = changes_since(conn, stamp)
    return changes


def _stamp(engine: Engine) -> Any:
    with engine.connect() as conn:
        return queue_stamp(conn)


OPEN_VISIT = (
    "SELECT v.id, v.ticket_id FROM visits v JOIN tickets t ON t.id = v.ticket_id "
    "WHERE t.status <> 'closed' LIMIT 1"
)
CLOSED_VISIT = OPEN_VISIT.replace("<>", "=")


def test_a_write_to_an_open_ticket_or_what_its_clock_reads_is_noted(
    demo_engine: Engine,
) -> None:
    """The ticket itself, a visit's approval, an engineer put on its visit, a status
    change row: each marks the open ticket, and nothing else."""
    visit, ticket = _one(demo_engine, OPEN_VISIT)
    engineer = _one(demo_engine, "SELECT id FROM engineers LIMIT 1")[0]
    writes = [
        ("UPDATE tickets SET title = 'Retitled', row_version = row_version + 1 WHERE id = :t", {}),
        ("UPDATE visits SET row_version = row_version + 1 WHERE id = :v", {}),
        ("DELETE FROM visit_engineers WHERE visit_id = :v", {}),
        ("INSERT INTO visit_engineers (visit_id, engineer_id, role) VALUES (:v, :e, 'lead')",
         {"e": engineer}),
    ]  # fmt: skip
    for sql, extra in writes:
        stamp = _stamp(demo_engine)
        _write(demo_engine, sql, t=ticket, v=visit, **extra)
        changes = _since(demo_engine, stamp)
        assert changes.changed == {ticket} and not changes.shared, sql


def test_writes_to_closed_tickets_are_not_noted_but_closing_one_is(demo_engine: Engine) -> None:
    """History does not grow the journal; a ticket leaving the queue is a change."""
    visit, closed = _one(demo_engine, CLOSED_VISIT)
    stamp = _stamp(demo_engine)
    _write(
        demo_engine,
        "UPDATE tickets SET title = 'Old news', row_version = row_version + 1 WHERE id = :t",
        t=closed,
    )
    _write(demo_engine, "UPDATE visits SET row_version = row_version + 1 WHERE id = :v", v=visit)
    assert not _since(demo_engine, stamp)
    _, ticket = _one(demo_engine, OPEN_VISIT)
    _write(
        demo_engine,
        "UPDATE tickets SET status = 'closed', closed_at = opened_at, "
        "row_version = row_version + 1 WHERE id = :t",
        t=ticket,
    )
    assert _since(demo_engine, stamp).changed == {ticket}


def test_a_table_every_row_reads_marks_the_queue_shared(demo_engine: Engine) -> None:
    """A client renamed, a closing day added: the whole queue reloads."""
    stamp = _stamp(demo_engine)
    _write(
        demo_engine,
        "UPDATE clients SET name = name || ' (renamed)', row_version = row_version + 1 "
        "WHERE rowid = 1",
    )
    changes = _since(demo_engine, stamp)
    assert changes.shared and not changes.changed


def test_a_row_written_back_as_it_was_is_not_noted(demo_engine: Engine) -> None:
    """A sync stores the server's rows whole: one it writes back at the same version and
    time changes nothing the queue shows, and must not reload it."""
    visit, ticket = _one(demo_engine, OPEN_VISIT)
    stamp = _stamp(demo_engine)
    _write(demo_engine, "UPDATE tickets SET title = title, status = status WHERE id = :t", t=ticket)
    _write(demo_engine, "UPDATE visits SET status = status WHERE id = :v", v=visit)
    _write(demo_engine, "UPDATE visit_engineers SET role = role WHERE visit_id = :v", v=visit)
    _write(demo_engine, "UPDATE clients SET name = name")
    assert not _since(demo_engine, stamp)


def test_a_rolled_back_write_leaves_nothing(demo_engine: Engine) -> None:
    """The journal is written in the writer's transaction."""
    _, ticket = _one(demo_engine, OPEN_VISIT)
    stamp = _stamp(demo_engine)
    with demo_engine.connect() as conn:
        conn.execute(
            text("UPDATE tickets SET title = 'Undone', row_version = 9 WHERE id = :t"),
            {"t": ticket},
        )
        conn.rollback()
    assert not _since(demo_engine, stamp)


def test_a_reader_sees_all_it_stamped_before_and_nothing_twice(demo_engine: Engine) -> None:
    """Numbers rise with each write; a refresh that took in a number is not told of the
    writes before it again."""
    rows = demo_engine.connect()
    try:
        ids = [r[0] for r in rows.execute(text(
            "SELECT id FROM tickets WHERE status <> 'closed' ORDER BY id LIMIT 3"))]  # fmt: skip
    finally:
        rows.close()
    stamp = _stamp(demo_engine)
    seen: set[str] = set()
    for ticket in ids:
        _write(
            demo_engine,
            "UPDATE tickets SET title = title || '.', row_version = row_version + 1 WHERE id = :t",
            t=ticket,
        )
        with demo_engine.connect() as conn:
            changes, stamp = changes_since(conn, stamp)
        assert changes.changed == {ticket}
        seen |= changes.changed
    assert seen == set(ids)
    assert not _since(demo_engine, stamp)


def test_trimming_keeps_numbers_rising_and_older_windows_reload(demo_engine: Engine) -> None:
    """As a window starts, the journal forgets the past; a stamp from before reloads."""
    _, ticket = _one(demo_engine, OPEN_VISIT)
    before = _stamp(demo_engine)
    _write(demo_engine, "UPDATE tickets SET row_version = row_version + 1 WHERE id = :t", t=ticket)
    with demo_engine.begin() as conn:
        trim_journal(conn)
        (count,) = conn.execute(text("SELECT count(*) FROM queue_journal")).one()
    assert count == 1
    assert _since(demo_engine, before).shared
    after = _stamp(demo_engine)
    assert after.journal is not None and before.journal is not None
    assert after.journal > before.journal
    _write(demo_engine, "UPDATE tickets SET row_version = row_version + 1 WHERE id = :t", t=ticket)
    assert _since(demo_engine, after).changed == {ticket}


def test_a_stamp_not_from_the_journal_reloads(demo_engine: Engine) -> None:
    """A window that has not loaded yet holds an empty stamp: it must load in full."""
    from console.queue.changes import QueueStamp

    assert _since(demo_engine, QueueStamp()).shared


def test_a_refresh_reads_the_journal_by_its_number(demo_engine: Engine) -> None:
    """Past the last number by the index, not a scan of the journal."""
    with demo_engine.connect() as conn:
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                text("EXPLAIN QUERY PLAN SELECT subject, seq FROM queue_journal WHERE seq > 5")
            )
        )
    assert "ix_queue_journal_seq" in plan, plan


@pytest.mark.postgres
def test_postgresql_keeps_the_stamp(pg_store: Engine) -> None:
    """PostgreSQL numbers writes before they commit, so its store has no journal triggers
    and the queue stamps it instead."""
    with pg_store.connect() as conn:
        triggers = conn.execute(
            text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'queue_journal%'")
        ).scalar()
        stamp = queue_stamp(conn)
    assert triggers == 0 and stamp.journal is None


def test_the_window_starts_on_a_trimmed_journal(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dispatch-console --db STORE` trims the journal before the window loads."""
    import argparse

    from console.cli import window
    from console.views import app

    _, ticket = _one(demo_engine, OPEN_VISIT)
    _write(demo_engine, "UPDATE tickets SET row_version = row_version + 1 WHERE id = :t", t=ticket)
    assert _one(demo_engine, "SELECT count(*) FROM queue_journal")[0] > 1
    monkeypatch.setattr(app, "run_app", lambda engine: 0)
    assert window.run(argparse.Namespace(db=str(demo_engine.url.database), demo=False)) == 0
    assert _one(demo_engine, "SELECT count(*), min(subject) FROM queue_journal") == (1, "*")
