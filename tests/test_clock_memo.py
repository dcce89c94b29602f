"""The queue's remembered clocks read as the clocks worked out afresh (C2, T6, D7, E1).

The local store keeps each open ticket's clock with the journal number it was worked
out at; a batch takes it back while nothing it read has changed since. Every test here
holds the remembered answers against the same batch with nothing remembered.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, text

from console.queue import clock_memo
from console.queue.changes import trim_journal
from console.queue.clocks import queue_clocks
from console.queue.rows import QueueRows, load_queue
from console.rules.sla import Clock

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _batch(engine: Engine, now: datetime) -> tuple[QueueRows, list[Clock | None]]:
    with engine.connect() as connection:
        rows = load_queue(connection)
        return rows, queue_clocks(connection, rows, now)


def _afresh(
    engine: Engine, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> tuple[QueueRows, list[Clock | None]]:
    """The batch with nothing remembered and nothing kept."""
    with monkeypatch.context() as patch:
        patch.setattr(clock_memo, "keeps", lambda connection: False)
        return _batch(engine, now)


def _answer(clock: Clock | None) -> Any:
    """What a queue shows of a clock (``used`` and ``remaining`` only where they stand still:
    a running clock's are those of the moment it was worked out, see `Clock.as_of`)."""
    if clock is None:
        return None
    still = clock.due_at is None or clock.at_risk_at is None
    return (
        clock.target.kind,
        clock.target.minutes,
        clock.state,
        clock.started_at,
        clock.due_at,
        clock.at_risk_at,
        clock.met_at,
        clock.remaining if still else None,
    )


def _remembered(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM clock_memo")).scalar_one())


def _recalled(engine: Engine, ids: Sequence[Any], now: datetime) -> dict[str, Clock | None]:
    with engine.connect() as connection:
        return clock_memo.recall(connection, [str(i) for i in ids], now)


def test_c2_remembered_clocks_read_as_worked_out_ones_as_time_passes(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept at 10:00, taken back at 10:00, 13:00, two days on and a month on: each state
    (running, at risk, breached, paused, met) reads as a batch worked out at that instant."""
    rows, first = _batch(demo_engine, NOW)
    assert _remembered(demo_engine) == len(rows) >= 20
    seen = set()
    for later in (NOW, NOW + timedelta(hours=3), NOW + timedelta(days=2), NOW + timedelta(days=31)):
        ids = rows.columns["id"]
        assert len(_recalled(demo_engine, ids, later)) == len(rows)  # all taken back
        _, kept = _batch(demo_engine, later)
        _, fresh = _afresh(demo_engine, later, monkeypatch)
        assert [_answer(c) for c in kept] == [_answer(c) for c in fresh], later
        seen |= {c.state for c in kept if c is not None}
    assert len(seen) >= 3, seen
    assert [_answer(c) for c in first] == [
        _answer(c) for c in _afresh(demo_engine, NOW, monkeypatch)[1]
    ]


def test_c2_a_status_change_retires_only_its_tickets_clock(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T6: a ticket put on hold is worked out again; the others are taken back."""
    rows, _ = _batch(demo_engine, NOW)
    ids = list(rows.columns["id"])
    changed = ids[0]
    with demo_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO ticket_status_changes (id, ticket_id, at, from_status, to_status)"
                " SELECT lower(hex(randomblob(16))), id, :at, status, 'on_hold'"
                " FROM tickets WHERE id = :t"
            ),
            {
                "at": (NOW - timedelta(minutes=5))
                .replace(tzinfo=None)
                .isoformat(" ", "microseconds"),
                "t": changed,
            },
        )
        connection.execute(
            text("UPDATE tickets SET status = 'on_hold', row_version = row_version + 1"
                 " WHERE id = :t"), {"t": changed}
        )  # fmt: skip
    recalled = _recalled(demo_engine, ids, NOW)
    assert changed not in recalled and len(recalled) == len(ids) - 1
    _, kept = _batch(demo_engine, NOW)
    _, fresh = _afresh(demo_engine, NOW, monkeypatch)
    assert [_answer(c) for c in kept] == [_answer(c) for c in fresh]
    assert len(_recalled(demo_engine, ids, NOW)) == len(ids)  # remembered again


def test_c2_a_contract_term_changed_retires_every_clock(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared table (SLA targets, closing days, clients...) changed: nothing is taken back."""
    rows, _ = _batch(demo_engine, NOW)
    with demo_engine.begin() as connection:
        connection.execute(
            text("UPDATE sla_targets SET minutes = minutes / 2, row_version = row_version + 1")
        )
    assert _recalled(demo_engine, rows.columns["id"], NOW) == {}
    _, kept = _batch(demo_engine, NOW)
    _, fresh = _afresh(demo_engine, NOW, monkeypatch)
    assert [_answer(c) for c in kept] == [_answer(c) for c in fresh]


def test_c2_asked_before_a_tickets_latest_event_its_clock_is_worked_out(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An instant before a ticket's last status change is answered from the facts: the
    change has not happened yet then."""
    rows, _ = _batch(demo_engine, NOW)
    earlier = NOW - timedelta(days=3)
    recalled = _recalled(demo_engine, rows.columns["id"], earlier)
    assert 0 < len(recalled) < len(rows)  # tickets with later events are not taken back
    _, kept = _batch(demo_engine, earlier)
    _, fresh = _afresh(demo_engine, earlier, monkeypatch)
    assert [_answer(c) for c in kept] == [_answer(c) for c in fresh]


def test_trimming_the_journal_keeps_what_is_still_true_and_drops_the_rest(
    demo_engine: Engine,
) -> None:
    """As a window starts the journal forgets its rows: a clock changed before that must
    not come back with them, and the untouched ones stay taken back after."""
    rows, _ = _batch(demo_engine, NOW)
    ids = list(rows.columns["id"])
    with demo_engine.begin() as connection:
        connection.execute(
            text("UPDATE tickets SET priority = 'urgent', row_version = row_version + 1"
                 " WHERE id = :t"), {"t": ids[1]}
        )  # fmt: skip
        trim_journal(connection)
    recalled = _recalled(demo_engine, ids, NOW)
    assert ids[1] not in recalled and len(recalled) == len(ids) - 1
    assert _remembered(demo_engine) == len(ids) - 1


def test_a_new_edition_of_the_rules_retires_every_clock(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A release whose clock rules or holiday tables differ works every clock out again."""
    rows, _ = _batch(demo_engine, NOW)
    monkeypatch.setattr(clock_memo, "rules_edition", lambda: "2/next")
    assert _recalled(demo_engine, rows.columns["id"], NOW) == {}
    _batch(demo_engine, NOW)
    assert len(_recalled(demo_engine, rows.columns["id"], NOW)) == len(rows)


def test_a_batch_does_not_wait_on_another_writer_to_remember(demo_engine: Engine) -> None:
    """A sync holding the store: the clocks come at once, kept for another time."""
    database = demo_engine.url.database
    assert database
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = datetime.now(UTC)
        rows, clocks = _batch(demo_engine, NOW)
        waited = datetime.now(UTC) - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(clocks) == len(rows) and any(clocks)
    assert _remembered(demo_engine) == 0
    assert waited < timedelta(seconds=3)  # not the store's five-second busy wait


def test_c2_the_window_reopened_takes_every_clock_back(
    window: Any, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue's second load works out no clock and shows the same countdowns; after an
    edit, only the edited ticket's clock is worked out."""
    from console.queue import clocks

    queue = window.queue
    # the desk at 10:00, after every event of the demo (its 09:00 saw five tickets' last
    # half hour ahead: those are worked out each time, as they should)
    monkeypatch.setattr(queue.desk, "clock", lambda: NOW)
    queue.reload()
    queue.load_clocks()
    shown = [_answer(c) for c in queue.model.clocks]
    worked: list[list[str]] = []
    real = clocks._worked_out

    def spy(connection: Any, rows: Any, ids: list[str], indices: list[int], now: Any) -> Any:
        worked.append([ids[i] for i in indices])
        return real(connection, rows, ids, indices, now)

    monkeypatch.setattr(clocks, "_worked_out", spy)
    queue.reload()
    queue.load_clocks()
    assert worked == []
    assert [_answer(c) for c in queue.model.clocks] == shown
    edited = queue.model.rows.columns["id"][0]
    with demo_engine.begin() as connection:
        connection.execute(
            text("UPDATE tickets SET priority = 'urgent', row_version = row_version + 1"
                 " WHERE id = :t"), {"t": edited}
        )  # fmt: skip
    queue.reload()
    queue.load_clocks()
    assert worked == [[edited]]
