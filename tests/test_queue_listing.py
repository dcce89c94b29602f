"""The queue listed a chunk at a time: what `tickets list` reads, in bounded memory."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import DEMO_NOW, run_cli
from sqlalchemy import Engine

from console.enums import TicketStatus
from console.queue.rows import load_queue
from console.rules.sla import ClockState


@pytest.mark.parametrize("statuses", [None, list(TicketStatus)], ids=["open", "every"])
def test_the_queue_read_in_chunks_is_the_whole_read_in_order(
    demo_engine: Engine, statuses: list[TicketStatus] | None
) -> None:
    """A listing of every ticket reads a chunk at a time, each after the last one's
    ticket; tickets opened in the same instant straddling a chunk's end are neither
    lost nor read twice."""
    from console.queue.rows import COLUMNS, queue_chunks, queue_count

    with demo_engine.begin() as conn:
        # a run of tickets opened at one instant, across the 7-ticket chunks below
        tied = conn.exec_driver_sql(
            "SELECT id FROM tickets WHERE status != 'closed' ORDER BY opened_at LIMIT 20"
        ).all()
        instant = conn.exec_driver_sql("SELECT min(opened_at) FROM tickets").scalar_one()
        for (key,) in tied:
            conn.exec_driver_sql("UPDATE tickets SET opened_at = ? WHERE id = ?", (instant, key))
        # a third of them closed: the open listing skips some of the tie
        for (key,) in tied[::3]:
            conn.exec_driver_sql(
                "UPDATE tickets SET status = 'closed', closed_at = opened_at WHERE id = ?", (key,)
            )
    with demo_engine.connect() as conn:
        whole = load_queue(conn, statuses)
        parts = list(queue_chunks(conn, statuses, 7))
        count = queue_count(conn, statuses)
    assert len(parts) == -(-len(whole) // 7) and all(len(p) == 7 for p in parts[:-1])
    for name in COLUMNS:
        assert [v for p in parts for v in p.columns[name]] == list(whole.columns[name]), name
    assert count == len(whole)


def test_tickets_list_is_the_same_whatever_the_chunk(
    capsys: pytest.CaptureFixture[str], demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every format lists the same tickets, in the same order, when read 7 at a time as
    when read at once; the table's footer still counts them all."""
    from console.cli import tickets
    from console.queue import rows

    db = str(demo_engine.url.database)
    monkeypatch.setattr(tickets, "_now", lambda: DEMO_NOW)  # the same countdowns each run
    outputs = {}
    for chunk in (rows.CHUNK, 7):
        monkeypatch.setattr(rows, "CHUNK", chunk)
        for fmt in ("json", "csv", "table"):
            code, out, err = run_cli(capsys, "tickets", "list", "--db", db, "--status", "all",
                                     "--format", fmt)  # fmt: skip
            assert code == 0, err
            outputs[chunk, fmt] = out
        code, out, _ = run_cli(capsys, "tickets", "list", "--db", db, "--limit", "9",
                               "--format", "json")  # fmt: skip
        outputs[chunk, "nine"] = out
    for fmt in ("json", "csv", "nine"):
        assert outputs[7, fmt] == outputs[rows.CHUNK, fmt], fmt
    listed = json.loads(outputs[7, "json"])
    assert len(listed) == 2000 and len(json.loads(outputs[7, "nine"])) == 9
    # a table's widths come from its first chunk: the rows are the same, cut to them
    table = outputs[7, "table"].splitlines()
    assert len(table) == 2002 and table[-1] == "2000 of 2000 tickets"
    assert [line.split()[0] for line in table[1:-1]] == [t["reference"] for t in listed]
    code, out, _ = run_cli(
        capsys, "tickets", "list", "--db", db, "--limit", "0", "--format", "json"
    )
    assert code == 0 and out == "[]\n"


@pytest.mark.parametrize("statuses", [None, list(TicketStatus)], ids=["open", "every"])
def test_each_chunk_is_read_along_the_opened_index_not_sorted_whole(
    store: Engine, statuses: list[TicketStatus] | None
) -> None:
    """Issue 24: a chunk after the first starts in the opened-time index where the last
    one ended; had every ticket been sorted for each chunk, listing a million tickets would
    sort them a hundred times."""
    from sqlalchemy import tuple_

    from console.queue.rows import queue_select
    from console.store.lean_tables import tickets

    t = tickets.c
    stmt = queue_select(statuses, 7).where(tuple_(t.opened_at, t.id) > tuple_("2026-01-01", "0"))
    compiled = stmt.compile(store)
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    with store.connect() as connection:
        plan = [r[3] for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)]
    index = "ix_tickets_opened_at" if statuses else "ix_tickets_open_by_opened"
    assert any(f"INDEX {index} (" in step and "opened_at" in step for step in plan), plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_c2_closed_tickets_in_a_large_batch_read_their_own_history(
    demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listed with every status, a batch of more tickets than are read by id read the
    facts of every open ticket, and closed tickets were worked out without their
    history: closed on time, they showed a resolution still running and late. Each
    closed ticket's clock in a large batch is now the one it has alone."""
    from console.queue import clocks as queue_clocks_module
    from console.queue.clocks import queue_clocks
    from console.queue.rows import QueueRows

    monkeypatch.setattr(queue_clocks_module, "FEW", 40)  # batches of 40 closed tickets
    with demo_engine.connect() as conn:
        rows = load_queue(conn, list(TicketStatus))
        batch = queue_clocks(conn, rows, DEMO_NOW)
        status = rows.columns["status"]
        closed = [i for i, s in enumerate(status) if s == TicketStatus.CLOSED.value]
        alone = {
            i: queue_clocks(
                conn, QueueRows({k: [v[i]] for k, v in rows.columns.items()}), DEMO_NOW
            )[0]
            for i in closed[:120]
        }

    def seen(clock: Any) -> Any:
        return None if clock is None else (clock.target.kind, clock.due_at, clock.met_at)

    assert len(rows) > 40 and len(closed) > 120
    assert {i: seen(batch[i]) for i in alone} == {i: seen(c) for i, c in alone.items()}
    # most closed tickets were closed in time: what the listing says of them is a met target
    met = ClockState.MET
    assert sum(batch[i] is not None and batch[i].state is met for i in closed) > len(closed) // 2


def test_c2_a_closed_ticket_is_listed_with_how_its_targets_ended(
    capsys: pytest.CaptureFixture[str], demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listing of closed tickets says of each how its targets ended, as its own clocks
    do: the target met the longest after it was due and by how much, else the one met
    last; it said nothing at all of any closed ticket before."""
    import uuid

    from sqlalchemy.orm import Session

    from console.cli import tickets
    from console.model import Ticket
    from console.queue.filters import countdown
    from console.rules.sla import outcome_clock
    from console.services.clocks import ticket_clocks

    monkeypatch.setattr(tickets, "_now", lambda: DEMO_NOW)
    db = str(demo_engine.url.database)
    code, out, err = run_cli(capsys, "tickets", "list", "--db", db, "--status", "closed",
                             "--format", "json")  # fmt: skip
    assert code == 0, err
    listed = {t["reference"]: t for t in json.loads(out)}
    with demo_engine.connect() as conn:
        ids = dict(conn.exec_driver_sql("SELECT reference, id FROM tickets").all())
    states: dict[str, int] = {}
    with Session(demo_engine) as session:
        for reference in sorted(listed)[:150]:
            ticket = session.get_one(Ticket, uuid.UUID(str(ids[reference])))
            ended = outcome_clock(ticket_clocks(session, ticket, DEMO_NOW).values())
            got = listed[reference]
            if ended is None:
                assert (got["sla"], got["sla_state"]) == ("", ""), reference
                continue
            late = countdown(ended, DEMO_NOW)
            want = (
                ended.target.kind.value,
                ended.state.value,
                "" if late is None else "-" + late.span,
            )
            assert (got["sla"], got["sla_state"], got["sla_left"]) == want, reference
            states[got["sla_state"]] = states.get(got["sla_state"], 0) + 1
    assert states.get("met", 0) > 0 and states.get("breached", 0) > 0, states  # both kinds
    code, out, _ = run_cli(capsys, "tickets", "list", "--db", db, "--status", "closed",
                           "--limit", "40")  # fmt: skip
    cells = [line.rsplit("  ", 1)[-1] for line in out.splitlines()[1:-1]]
    assert any(c.endswith(" met") for c in cells), cells
