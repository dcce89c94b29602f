"""Sync against the real PostgreSQL: outbox, push, pull, merge, rights, numbers (issue 5).

The rules are the issue's numbered sync rules: rule 1 outbox, 2 idempotent push, 3 pull
horizon and epoch, 4 per-field merge, 5 append-only data, 6 server numbers, 7 visibility,
8 upgrades. Domain rules are cited by their DOMAIN.md ids.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import psycopg
import pytest
from builders import MON
from sqlalchemy import Engine, func, select, text
from sync_support import Server, local_scalar, new_ticket

from console.enums import (
    CreditEntryKind,
    CreditUnit,
    Priority,
    Role,
    TicketStatus,
)
from console.errors import UserError
from console.model import CreditEntry, Ticket, TimeEntry, conflicts, outbox
from console.sync.replica import status, sync_once
from console.sync.server import init_server
from console.sync.session import store_session

pytestmark = pytest.mark.postgres


def _edit_ticket(engine: Engine, ticket_id: uuid.UUID, **values: object) -> None:
    with store_session(engine) as session, session.begin():
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        for name, value in values.items():
            setattr(ticket, name, value)


def _ticket(engine: Engine, ticket_id: uuid.UUID) -> Ticket:
    with store_session(engine, expire_on_commit=False) as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket


def _synced_desks(server: Server, *logins: str) -> list[Engine]:
    """A dispatcher's replica per login, each downloaded once."""
    desks = [server.replica(server.login(login, Role.DISPATCHER)) for login in logins]
    for desk in desks:
        sync_once(desk)
    return desks


def _pending(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(outbox)).scalar_one())


def test_a_desk_downloads_everything_and_its_edit_reaches_the_other_desk(server: Server) -> None:
    desk1 = server.replica(server.login("desk", Role.DISPATCHER))
    desk2 = server.replica(server.login("desk2", Role.DISPATCHER))
    for desk in (desk1, desk2):
        assert sync_once(desk).pulled.full
    ticket = server.ids["ticket_a"]
    _edit_ticket(desk1, ticket, title="Printer jams on tray 2")
    assert _pending(desk1) == 1  # rule 1: the edit and its outbox entry, together
    report = sync_once(desk1)
    assert dict(report.pushed.answers) == {"applied": 1}
    assert _pending(desk1) == 0
    sync_once(desk2)
    assert _ticket(desk2, ticket).title == "Printer jams on tray 2"
    assert _ticket(desk2, ticket).row_version == _ticket(desk1, ticket).row_version == 2


def test_edits_to_different_fields_both_survive_and_the_same_field_is_a_conflict(
    server: Server,
) -> None:
    desk1, desk2 = _synced_desks(server, "desk", "desk2")
    ticket = server.ids["ticket_a"]
    # rule 4: offline, both desks change the ticket
    _edit_ticket(desk1, ticket, title="From desk 1", description="one")
    _edit_ticket(desk2, ticket, priority=Priority.HIGH, description="two")
    sync_once(desk1)
    report = sync_once(desk2)
    assert dict(report.pushed.answers) == {"conflict": 1}
    sync_once(desk1)
    for desk in (desk1, desk2):
        seen = _ticket(desk, ticket)
        assert (seen.title, seen.priority) == ("From desk 1", Priority.HIGH)
        assert seen.description == "one"  # tickets keep the server's value by default
    with desk2.connect() as conn:
        clash = conn.execute(select(conflicts)).one()
    assert (clash.kind, clash.field, clash.mine, clash.theirs, clash.kept) == (
        "conflict",
        "description",
        "two",
        "one",
        "server",
    )
    assert status(desk2) is not None and status(desk2).conflicts == 1  # type: ignore[union-attr]


def test_a_status_change_on_push_passes_the_workflow_rules(server: Server) -> None:
    from console.rules.workflow import Actor, allowed_ticket_statuses

    desk1 = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk1)
    ticket = server.ids["ticket_a"]
    current = _ticket(desk1, ticket).status
    allowed = set(allowed_ticket_statuses(current, Actor.DISPATCHER)) | {current}
    illegal = next(s for s in TicketStatus if s not in allowed and s is not TicketStatus.CLOSED)
    _edit_ticket(desk1, ticket, status=illegal)  # written past the service, as an old client might
    report = sync_once(desk1)
    assert dict(report.pushed.answers) == {"rejected": 1}  # T5 checked again on the server
    assert _ticket(desk1, ticket).status == current
    with desk1.connect() as conn:
        assert "cannot go from" in conn.execute(select(conflicts.c.message)).scalar_one()


def test_a_status_changed_on_both_sides_is_a_conflict_that_keeps_the_server(
    server: Server,
) -> None:
    desk1 = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk1)
    ticket = server.ids["ticket_a"]
    with server.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE tickets SET status = 'closed', closed_at = now(), "
                "row_version = row_version + 1 WHERE id = :i"
            ),
            {"i": ticket},
        )
    _edit_ticket(desk1, ticket, status=TicketStatus.ON_HOLD)
    assert dict(sync_once(desk1).pushed.answers) == {"conflict": 1}
    assert _ticket(desk1, ticket).status == TicketStatus.CLOSED
    with desk1.connect() as conn:
        clash = conn.execute(select(conflicts)).one()
    assert (clash.field, clash.mine, clash.theirs) == ("status", "on_hold", "closed")


def _lose_ack(point: str) -> None:
    """A fault: the network drops once the server has committed, before the answer arrives."""
    if point == "after_server_commit":
        raise psycopg.OperationalError("connection lost")


def test_a_replayed_batch_counts_once_after_a_lost_acknowledgement(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    _add_time(desk, server.ids["ticket_a"], server.ids["engineer_a"], hours=2)

    with pytest.raises(UserError, match="nothing was lost"):
        sync_once(desk, fault=_lose_ack)
    assert _pending(desk) == 1  # rule 2: the entry stays until its answer arrives
    report = sync_once(desk)
    assert report.pushed.replayed == 1
    assert _pending(desk) == 0
    assert server.scalar("SELECT count(*) FROM time_entries WHERE description = 'synced work'") == 1


def _add_time(engine: Engine, ticket: uuid.UUID, engineer: uuid.UUID, hours: int) -> None:
    with store_session(engine) as session, session.begin():
        session.add(
            TimeEntry(
                ticket_id=ticket,
                engineer_id=engineer,
                started_at=MON,
                ended_at=MON + timedelta(hours=hours),
                description="synced work",
            )
        )


def test_a_ticket_made_offline_gets_its_number_from_the_server(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    ticket = new_ticket(desk, server.ids["client_a"])
    assert ticket.reference.startswith("T-2026-P")  # rule 6: provisional until synced
    report = sync_once(desk)
    assert report.pushed.answers["merged"] == 1
    assert _ticket(desk, ticket.id).reference == "T-2026-000001"


def test_a_pulled_change_never_overwrites_unpushed_local_edits(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    ticket = server.ids["ticket_a"]
    _edit_ticket(desk, ticket, title="local, not yet sent")
    with server.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE tickets SET priority = 'high', row_version = row_version + 1 WHERE id = :i"
            ),
            {"i": ticket},
        )
    from console.sync.pull import ReplicaPosition, pull
    from console.sync.replica import _state

    state = _state(desk)
    assert state is not None
    with psycopg.connect(state.server, autocommit=True) as conn:
        report = pull(desk, conn, ReplicaPosition(state.epoch, state.cursor, True))
    assert report.skipped == 1
    assert _ticket(desk, ticket).title == "local, not yet sent"  # rule 3
    sync_once(desk)  # pushed, then the skipped row is fetched again
    seen = _ticket(desk, ticket)
    assert (seen.title, seen.priority) == ("local, not yet sent", Priority.HIGH)


def _stored_ticket(server: Server, desk: Engine, ticket: uuid.UUID) -> tuple[tuple, tuple]:
    """The ticket as the server has it and as the replica stores it, both in stored form."""
    from console.sync.tables import sync_table

    spec = sync_table("tickets")
    with server.engine.connect() as conn:
        theirs = conn.execute(
            text(f"SELECT {spec.pg_select_list()} FROM tickets WHERE id = :i"), {"i": ticket}
        ).one()
    with desk.connect() as conn:
        mine = conn.exec_driver_sql(
            f"SELECT {', '.join(spec.columns)} FROM tickets WHERE id = ?", (ticket.hex,)
        ).one()
    return tuple(theirs), tuple(mine)


def test_a_push_stores_what_the_server_wrote_and_the_pull_fetches_only_other_writes(
    server: Server,
) -> None:
    desk1, desk2 = _synced_desks(server, "desk", "desk2")
    ticket = server.ids["ticket_a"]
    _edit_ticket(desk1, ticket, title="Scanner offline")
    report = sync_once(desk1)
    # rule 3: the push's own rows come back with its answer, not through a second fetch
    assert report.pulled.upserted == 0
    theirs, mine = _stored_ticket(server, desk1, ticket)
    assert mine == theirs  # the server's version and time stamp included
    # another desk's write to the same row is still fetched, even when this desk's push
    # touches that row again before the pull
    _edit_ticket(desk2, ticket, priority=Priority.HIGH)
    sync_once(desk2)
    _edit_ticket(desk1, ticket, title="Scanner offline again")
    report = sync_once(desk1)
    assert dict(report.pushed.answers) == {"merged": 1}
    assert report.pulled.upserted == 1
    theirs, mine = _stored_ticket(server, desk1, ticket)
    assert mine == theirs
    assert _ticket(desk1, ticket).priority == Priority.HIGH


def _changed_and_changed_back(engine: Engine, ticket: uuid.UUID) -> None:
    """Two edits offline that end where they began: the priority raised, then lowered."""
    was = _ticket(engine, ticket).priority
    _edit_ticket(engine, ticket, priority=Priority.URGENT)
    _edit_ticket(engine, ticket, priority=was)


def test_edits_that_end_where_they_began_leave_the_replica_on_the_servers_version(
    server: Server,
) -> None:
    (desk,) = _synced_desks(server, "desk")
    ticket = server.ids["ticket_a"]
    _changed_and_changed_back(desk, ticket)
    report = sync_once(desk)
    assert dict(report.pushed.answers) == {"applied": 1, "merged": 1}
    # rule 3: the server wrote nothing, so no change comes back through the log; the
    # answer brings the version the replica bumped twice back to the server's
    theirs, mine = _stored_ticket(server, desk, ticket)
    assert mine == theirs
    # and the next edit starts from the server's version: applied, not merged
    _edit_ticket(desk, ticket, title="Scanner offline")
    assert dict(sync_once(desk).pushed.answers) == {"applied": 1}


def test_a_replayed_answer_fetches_its_row_again(server: Server) -> None:
    (desk,) = _synced_desks(server, "desk")
    ticket = server.ids["ticket_a"]
    _changed_and_changed_back(desk, ticket)

    with pytest.raises(UserError, match="nothing was lost"):
        sync_once(desk, fault=_lose_ack)
    # rule 2: the replay is answered from the register, which says nothing of the row
    report = sync_once(desk)
    assert report.pushed.replayed == 2
    theirs, mine = _stored_ticket(server, desk, ticket)
    assert mine == theirs


def test_an_edit_made_while_the_push_is_answered_is_kept_and_sent_next(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    ticket = server.ids["ticket_a"]
    _edit_ticket(desk, ticket, title="first")

    def edit_meanwhile(point: str) -> None:
        if point == "after_server_commit":
            _edit_ticket(desk, ticket, title="second, typed during the push")

    report = sync_once(desk, fault=edit_meanwhile)
    assert report.pushed.sent == 1
    # rule 3: the server's "first" never overwrites the newer local edit
    assert _ticket(desk, ticket).title == "second, typed during the push"
    assert _pending(desk) == 1
    sync_once(desk)
    theirs, mine = _stored_ticket(server, desk, ticket)
    assert mine == theirs
    assert _ticket(desk, ticket).title == "second, typed during the push"


def test_a_transaction_that_commits_late_is_still_delivered_exactly_once(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    insert = (
        "INSERT INTO closures (id, row_version, created_at, updated_at, day, reason) "
        "VALUES (%s, 1, now(), now(), %s, %s)"
    )
    day = datetime(2026, 12, 24).date()
    with psycopg.connect(server.url) as slow:
        slow.execute(insert, (uuid.uuid4(), day, "slow"))  # takes its xid first
        with psycopg.connect(server.url, autocommit=True) as fast:
            fast.execute(insert, (uuid.uuid4(), day, "fast"))  # commits first
        report = sync_once(desk).pulled
        # rule 3: "fast" waits behind the open transaction, and the lag is reported
        assert report.held_back == 1 and report.lag_seconds is not None
        assert local_scalar(desk, "SELECT count(*) FROM closures") == 0
        slow.commit()
    report = sync_once(desk).pulled
    assert report.upserted == 2
    assert local_scalar(desk, "SELECT count(*) FROM closures") == 2
    assert sync_once(desk).pulled.upserted == 0


def test_interleaved_transactions_while_a_client_pulls_arrive_exactly_once(
    server: Server,
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    day = datetime(2026, 12, 24).date()
    stop = threading.Event()
    written: list[uuid.UUID] = []

    def writer(hold: float) -> None:
        with psycopg.connect(server.url, autocommit=True) as conn:
            while not stop.is_set():
                with conn.transaction():
                    ident = uuid.uuid4()
                    conn.execute(
                        "INSERT INTO closures (id, row_version, created_at, updated_at, day,"
                        " reason) VALUES (%s, 1, now(), now(), %s, 'x')",
                        (ident, day),
                    )
                    conn.execute("SELECT pg_sleep(%s)", (hold,))
                written.append(ident)

    threads = [threading.Thread(target=writer, args=(h,)) for h in (0.0, 0.003, 0.05, 0.2)]
    for t in threads:
        t.start()
    arrived = 0
    try:
        for _ in range(25):
            arrived += sync_once(desk).pulled.upserted
    finally:
        stop.set()
        for t in threads:
            t.join()
    # the writers' last transactions may still have been open at the last round: pull
    # until a round holds nothing back
    for _ in range(20):
        last = sync_once(desk).pulled
        arrived += last.upserted
        if last.held_back == 0 and last.upserted == 0:
            break
    assert arrived == len(written) == local_scalar(desk, "SELECT count(*) FROM closures")


def test_an_engineer_sees_only_their_slice_and_loses_a_reassigned_visit(server: Server) -> None:
    url_a = server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"])
    laptop = server.replica(url_a)
    sync_once(laptop)
    ids = server.ids
    assert local_scalar(laptop, "SELECT count(*) FROM visits") == 1
    assert local_scalar(laptop, "SELECT count(*) FROM tickets") == 1
    assert local_scalar(laptop, "SELECT count(*) FROM clients") == 1
    assert local_scalar(laptop, "SELECT count(*) FROM invoices") == 0
    for table, key in (("visits", "visit_b"), ("tickets", "ticket_b"), ("clients", "client_b")):
        found = local_scalar(laptop, f"SELECT count(*) FROM {table} WHERE id = :i", i=ids[key].hex)
        assert found == 0
    # rule 7: even a hand-written query as A's role cannot read B's rows
    with server.as_role(url_a) as conn:
        assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
        assert conn.execute(
            "SELECT count(*) FROM tickets WHERE id = %s", (ids["ticket_b"],)
        ).fetchone() == (0,)
        # nor learn from the change log which of B's rows changed
        keys = {key for (key,) in conn.execute("SELECT row_key FROM sync_changes")}
        assert ids["ticket_a"].hex in keys
        assert not keys & {ids[k].hex for k in ("ticket_b", "visit_b", "client_b")}
    assert server.scalar(
        "SELECT count(*) FROM sync_changes WHERE row_key = :0", ids["ticket_b"].hex
    ) == 1  # fmt: skip
    # B's visit is handed to A: it, its ticket and its client arrive; then taken away again
    with server.engine.begin() as conn:
        conn.execute(
            text("UPDATE visit_engineers SET engineer_id = :a WHERE visit_id = :v"),
            {"a": ids["engineer_a"], "v": ids["visit_b"]},
        )
    sync_once(laptop)
    assert local_scalar(laptop, "SELECT count(*) FROM visits") == 2
    assert local_scalar(laptop, "SELECT count(*) FROM clients") == 2
    with server.engine.begin() as conn:
        conn.execute(
            text("UPDATE visit_engineers SET engineer_id = :b WHERE visit_id = :v"),
            {"b": ids["engineer_b"], "v": ids["visit_b"]},
        )
    sync_once(laptop)
    assert local_scalar(laptop, "SELECT count(*) FROM visits") == 1
    assert local_scalar(laptop, "SELECT count(*) FROM tickets") == 1
    assert local_scalar(laptop, "SELECT count(*) FROM clients") == 1


def test_an_engineers_write_outside_their_rights_is_rejected_and_shown(server: Server) -> None:
    ids = server.ids
    with server.engine.begin() as conn:  # B works on A's visit too, so A's store knows B
        conn.execute(
            text(
                "INSERT INTO visit_engineers (visit_id, engineer_id, role) "
                "VALUES (:v, :e, 'assist')"
            ),
            {"v": ids["visit_a"], "e": ids["engineer_b"]},
        )
    laptop = server.replica(server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"]))
    sync_once(laptop)
    # time on their own ticket is theirs to book; booking it as B is not
    _add_time(laptop, ids["ticket_a"], ids["engineer_a"], hours=1)
    _add_time(laptop, ids["ticket_a"], ids["engineer_b"], hours=1)
    report = sync_once(laptop)
    assert dict(report.pushed.answers) == {"applied": 1, "rejected": 1}
    with laptop.connect() as conn:
        rejected = conn.execute(select(conflicts)).one()
    assert rejected.kind == "rejected" and "outside your rights" in rejected.message
    assert rejected.mine["engineer_id"] == ids["engineer_b"].hex  # nothing lost: kept to show
    assert local_scalar(laptop, "SELECT count(*) FROM time_entries") == 1  # as on the server
    assert server.scalar("SELECT count(*) FROM time_entries") == 1


def test_offline_debits_beyond_the_balance_are_kept_and_flagged(server: Server) -> None:
    ids = server.ids
    with server.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO credit_entries (id, contract_id, at, kind, unit, amount, overdraft)"
                " VALUES (:i, :c, now(), 'top_up', 'hours', 30000, false)"
            ),
            {"i": uuid.uuid4(), "c": ids["contract_a"]},
        )
    desks = [server.replica(server.login(f"desk{n}", Role.DISPATCHER)) for n in range(3)]
    for desk in desks:
        sync_once(desk)
    for desk in desks:  # C5: three offline debits of 2 h against a credit of 3 h
        with store_session(desk) as session, session.begin():
            session.add(
                CreditEntry(
                    id=uuid.uuid4(),
                    contract_id=ids["contract_a"],
                    kind=CreditEntryKind.DEBIT,
                    unit=CreditUnit.HOURS,
                    amount=Decimal(-2),
                )
            )
    threads = [threading.Thread(target=sync_once, args=(d,)) for d in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for desk in desks:
        sync_once(desk)
    assert server.scalar("SELECT count(*) FROM credit_entries WHERE kind = 'debit'") == 3
    assert server.scalar("SELECT count(*) FROM credit_entries WHERE overdraft") == 2
    balances = {local_scalar(d, "SELECT sum(amount) FROM credit_entries") for d in desks} | {
        server.scalar("SELECT sum(amount) FROM credit_entries")
    }
    assert balances == {-30000}  # -3 h everywhere, derived from the same entries
    flagged = sum(
        local_scalar(d, "SELECT count(*) FROM sync_conflicts WHERE kind = 'overdraft'")
        for d in desks
    )
    assert flagged == 2


def test_invoices_issued_at_once_with_failures_get_unique_gapless_numbers(server: Server) -> None:
    from console.sync.push_server import take_server_number

    taken: list[int] = []
    lock = threading.Lock()

    def issuer(seed: int) -> None:
        with psycopg.connect(server.url, autocommit=True) as conn:
            for n in range(15):
                try:
                    with conn.transaction():
                        number = take_server_number(conn, "invoice:ACME", 2026)
                        if (seed * 31 + n) % 4 == 0:
                            raise RuntimeError("printer on fire")  # injected failure
                        with lock:
                            taken.append(number)
                except RuntimeError:
                    pass

    threads = [threading.Thread(target=issuer, args=(s,)) for s in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(taken) == list(range(1, len(taken) + 1))  # rule 6: unique and gapless


def test_a_restored_server_makes_replicas_download_again_keeping_their_outbox(
    server: Server,
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    _edit_ticket(desk, server.ids["ticket_a"], title="made before the restore")
    init_server(server.url, new_epoch=True)
    report = sync_once(desk)
    assert report.pulled.full
    assert dict(report.pushed.answers) == {"applied": 1}
    assert _ticket(desk, server.ids["ticket_a"]).title == "made before the restore"


def test_a_pruned_change_log_sends_only_long_absent_replicas_to_a_full_download(
    server: Server,
) -> None:
    from console.sync.prune import prune_changes

    away, here = _synced_desks(server, "laptop", "desk")
    with server.engine.begin() as conn:
        conn.execute(
            text("UPDATE tickets SET title = 'changed while away', "
                 "row_version = row_version + 1 WHERE id = :i"),
            {"i": server.ids["ticket_b"]},
        )  # fmt: skip
    sync_once(here)  # this desk has the change; the laptop does not
    _edit_ticket(away, server.ids["ticket_a"], title="written offline")
    report = prune_changes(server.url, timedelta(0))
    assert report.deleted >= 1
    assert server.scalar("SELECT count(*) FROM sync_changes") == 0
    # rule 3: the desk's cursor is at the floor, so the log still serves it
    current = sync_once(here).pulled
    assert not current.full and current.upserted == 0
    # the laptop's cursor is below the floor: it downloads again and keeps its outbox
    late = sync_once(away)
    assert late.pulled.full
    assert dict(late.pushed.answers) == {"applied": 1}
    assert _ticket(away, server.ids["ticket_b"]).title == "changed while away"
    assert _ticket(away, server.ids["ticket_a"]).title == "written offline"
    sync_once(here)
    assert _ticket(here, server.ids["ticket_a"]).title == "written offline"
    # a longer retention asked for later never lowers the floor
    assert prune_changes(server.url, timedelta(days=3650)).floor == report.floor


def test_a_console_on_another_schema_than_the_server_says_so(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    _edit_ticket(desk, server.ids["ticket_a"], title="kept")
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(UserError, match="newer than this console"):
        sync_once(desk)
    assert _pending(desk) == 1  # rule 8: the outbox waits for the upgrade
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    with pytest.raises(UserError, match="server init"):
        sync_once(desk)


def test_a_sync_layer_older_than_the_console_is_named_and_loses_nothing(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    _edit_ticket(desk, server.ids["ticket_a"], title="sent once the layer is refreshed")
    with server.engine.begin() as conn:  # a layer from before the pull's horizon ahead
        conn.execute(text("DROP FUNCTION dc_pull_horizon_ahead()"))
    with pytest.raises(UserError, match="sync layer is older than this console"):
        sync_once(desk)
    init_server(server.url)  # rule 8: the owner runs `server init` again
    sync_once(desk)
    assert _ticket(desk, server.ids["ticket_a"]).title == "sent once the layer is refreshed"
    assert _pending(desk) == 0


def test_an_outbox_entry_from_an_older_version_is_rejected_into_the_inbox(server: Server) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    with desk.begin() as conn:
        conn.execute(
            outbox.insert().values(
                mutation_id=uuid.uuid4(),
                table_name="tickets",
                row_key=server.ids["ticket_a"].hex,
                op="update",
                base_version=1,
                base={"fax_number": None},
                data={"fax_number": "+31201234567"},
                schema_revision="0001",
                at=datetime.now(UTC),
            )
        )
    assert dict(sync_once(desk).pushed.answers) == {"rejected": 1}
    with desk.connect() as conn:
        assert "fax_number" in conn.execute(select(conflicts.c.message)).scalar_one()


KILL_POINTS = ("before_push", "after_server_commit", "mid_pull")


@pytest.mark.parametrize("point", KILL_POINTS)
def test_kill_9_at_a_named_point_and_every_mutation_counts_once(server: Server, point: str) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER), name="killed")
    sync_once(desk)
    for _ in range(3):
        _add_time(desk, server.ids["ticket_a"], server.ids["engineer_a"], hours=1)
    path = desk.url.database
    desk.dispose()
    env = {**os.environ, "DISPATCH_SYNC_KILL_AT": point}
    done = subprocess.run(
        [sys.executable, "-m", "console", "sync", "--db", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    again = subprocess.run(
        [sys.executable, "-m", "console", "sync", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert server.scalar("SELECT count(*) FROM time_entries") == 3
    from console.store.engine import create_store_engine, resolve_url

    reopened = create_store_engine(resolve_url(str(path)))
    assert local_scalar(reopened, "SELECT count(*) FROM time_entries") == 3
    assert _pending(reopened) == 0
    reopened.dispose()


def test_the_window_shows_sync_state_and_settles_a_conflict(server: Server, qtbot) -> None:  # type: ignore[no-untyped-def]
    from console.sync.inbox import USE_MINE, open_conflicts
    from console.views.main_window import MainWindow

    desk1, desk2 = _synced_desks(server, "desk", "desk2")
    ticket = server.ids["ticket_a"]
    _edit_ticket(desk1, ticket, description="server side")
    _edit_ticket(desk2, ticket, description="mine")
    sync_once(desk1)
    window = MainWindow(desk2)
    qtbot.addWidget(window)
    assert window.sync.button.isVisible() or window.sync.button.text().endswith("pending")
    assert "1 pending" in window.sync.button.text()
    window.sync.sync_now()  # no loop here: runs right after pending events
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    assert "0 pending" in window.sync.button.text()
    assert "1 conflict" in window.sync.button.text()
    inbox = window.sync.show_inbox()
    assert inbox.table.rowCount() == 1 and inbox.table.item(0, 2).text() == "mine"
    inbox.table.selectRow(0)
    assert inbox.mine_button.isEnabled()
    inbox._settle(USE_MINE)
    assert inbox.table.rowCount() == 0 and open_conflicts(desk2) == []
    window.grab().save(str(server.tmp / "sync-window.png"))
    inbox.close()
    sync_once(desk2)
    sync_once(desk1)
    assert _ticket(desk1, ticket).description == "mine"  # rule 4: settled by the user
