"""Convergence under random use: desks and laptops edit, sync, drop off, crash and replay.

Issue 5's convergence test, against the real PostgreSQL: a hypothesis state machine drives
3-6 clients (1-4 desks, engineers A and B on laptops) through edits, pushes and pulls,
network loss, lost acknowledgements that are replayed, crashes that reopen the SQLite file
(mid-edit and mid-pull), writes outside a laptop's rights, and clocks skewed by hours.
After every client has pushed and pulled, each replica must equal what its user may read
in PostgreSQL (row-level security decides), and no acknowledged write may be missing or
doubled: each time entry is on the server exactly once, or, when it was outside the
writer's rights, rejected into that writer's conflict inbox (sync rules 2, 4, 5, 7).
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from builders import MON
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import Engine, select, text
from sync_support import Server

from console.enums import Role
from console.errors import UserError
from console.model import Ticket, TimeEntry, conflicts
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade
from console.sync.replica import enrol, sync_once
from console.sync.session import store_session

pytestmark = pytest.mark.postgres


class NetworkDown(psycopg.OperationalError):
    """The fault a round meets when the network drops at a point."""


def _round_failing_at(engine: Engine, point: str) -> None:
    """One round that loses the network at a point; a round that never gets there succeeds."""
    reached: list[str] = []

    def fault(at: str) -> None:
        if at == point:
            reached.append(at)
            raise NetworkDown(f"connection lost at {point}")

    try:
        sync_once(engine, fault=fault)
    except UserError:
        assert reached, f"the round failed before {point}"
    else:
        assert not reached, f"the fault at {point} was swallowed"


@dataclass
class Client:
    """One console: its SQLite file, its user, what it may see, and its clock."""

    name: str
    url: str
    path: Path
    engineer: str | None  # "a" or "b" for a laptop, None for a desk
    skew: timedelta
    engine: Engine
    offline: bool = False
    written: list[uuid.UUID] = field(default_factory=list)
    outside_rights: list[uuid.UUID] = field(default_factory=list)

    def reopen(self) -> None:
        """After a crash: the file is opened again, as a restarted console does."""
        self.engine.dispose()
        self.engine = create_store_engine(resolve_url(str(self.path)))


class Logins:
    """The users of one test's server, made once (roles are slow to create)."""

    def __init__(self, server: Server) -> None:
        self.desks = [server.login(f"desk{i}", Role.DISPATCHER) for i in range(4)]
        self.laptops = {
            "a": server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"]),
            "b": server.login("eng_b", Role.ENGINEER, server.ids["engineer_b"]),
        }


def _tickets_of(client: Client) -> list[str]:
    return ["a", "b"] if client.engineer is None else [client.engineer]


COUNT_ENTRY = "SELECT count(*) FROM time_entries WHERE id = :key"
COMPARED = {
    "tickets": "SELECT id, row_version, title, description, status FROM tickets",
    "time_entries": "SELECT id, ticket_id, engineer_id, description FROM time_entries",
    "visits": "SELECT id, row_version, status FROM visits",
    "clients": "SELECT id, row_version, name FROM clients",
}


def _server_value(server: Server, query: str, key: uuid.UUID) -> Any:
    with server.engine.connect() as conn:
        return conn.execute(text(query), {"key": key}).scalar()


def _normal(row: Any) -> tuple[Any, ...]:
    out = []
    for value in row:
        if isinstance(value, str) and len(value) == 32:
            with contextlib.suppress(ValueError):
                value = uuid.UUID(value)
        out.append(value)
    return tuple(out)


def machine(server: Server, logins: Logins, tmp: Path) -> type[RuleBasedStateMachine]:
    """The state machine over this test's server."""

    class Convergence(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.clients: list[Client] = []
            self.counter = 0
            self.values: dict[tuple[str, str], set[str]] = {}

        def _client(self, name: str, url: str, engineer: str | None, skew: int) -> Client:
            path = tmp / f"{name}-{uuid.uuid4().hex[:8]}.sqlite3"
            engine = create_store_engine(resolve_url(str(path)))
            upgrade(engine)
            enrol(engine, url)
            return Client(name, url, path, engineer, timedelta(hours=skew), engine)

        @initialize(
            desks=st.integers(1, 4),
            skews=st.lists(st.integers(-6, 6), min_size=6, max_size=6),
        )
        def open_consoles(self, desks: int, skews: list[int]) -> None:
            for i in range(desks):
                self.clients.append(self._client(f"desk{i}", logins.desks[i], None, skews[i]))
            for j, who in enumerate(("a", "b")):
                self.clients.append(
                    self._client(f"eng_{who}", logins.laptops[who], who, skews[4 + j])
                )
            for client in self.clients:  # everyone starts from the server's data
                sync_once(client.engine)
            with server.engine.connect() as conn:
                for who in ("a", "b"):
                    row = conn.execute(
                        text("SELECT title, description FROM tickets WHERE id = :i"),
                        {"i": server.ids[f"ticket_{who}"]},
                    ).one()
                    self.values[(who, "title")] = {row.title}
                    self.values[(who, "description")] = {row.description}

        def _pick(self, index: int) -> Client:
            return self.clients[index % len(self.clients)]

        @rule(index=st.integers(0, 5), which=st.integers(0, 1),
              column=st.sampled_from(["title", "description"]))  # fmt: skip
        def edit_ticket(self, index: int, which: int, column: str) -> None:
            client = self._pick(index)
            who = _tickets_of(client)[which % len(_tickets_of(client))]
            self.counter += 1
            value = f"{client.name} edit {self.counter}"
            with store_session(client.engine) as session, session.begin():
                ticket = session.get(Ticket, server.ids[f"ticket_{who}"])
                assert ticket is not None
                setattr(ticket, column, value)
            self.values[(who, column)].add(value)

        def _time(
            self, client: Client, ticket: str, engineer: str, tampered: bool = False
        ) -> uuid.UUID:
            self.counter += 1
            start = MON + client.skew + timedelta(minutes=7 * self.counter)
            entry_id = uuid.uuid4()
            with client.engine.connect() as connection:
                # a laptop's store holds only the co-workers on its visits: booking time
                # as anyone else takes a tampered store, whose outbox the server refuses
                if tampered:
                    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    connection.commit()
                try:
                    self._add_time(connection, ticket, engineer, entry_id, start, client.name)
                finally:
                    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                    connection.commit()
            return entry_id

        def _add_time(
            self,
            connection: Any,
            ticket: str,
            engineer: str,
            entry_id: uuid.UUID,
            start: datetime,
            name: str,
        ) -> None:
            with store_session(connection) as session, session.begin():
                session.add(
                    TimeEntry(
                        id=entry_id,
                        ticket_id=server.ids[f"ticket_{ticket}"],
                        engineer_id=server.ids[f"engineer_{engineer}"],
                        started_at=start,
                        ended_at=start + timedelta(minutes=30),
                        description=f"{name} work {self.counter}",
                    )
                )

        @rule(index=st.integers(0, 5), which=st.integers(0, 1))
        def log_time(self, index: int, which: int) -> None:
            client = self._pick(index)
            who = _tickets_of(client)[which % len(_tickets_of(client))]
            client.written.append(self._time(client, who, client.engineer or who))

        @rule(index=st.integers(0, 5))
        def log_time_as_someone_else(self, index: int) -> None:
            client = self._pick(index)
            if client.engineer is None:
                return
            other = "b" if client.engineer == "a" else "a"
            client.outside_rights.append(self._time(client, client.engineer, other, tampered=True))

        @rule(index=st.integers(0, 5))
        def sync(self, index: int) -> None:
            client = self._pick(index)
            if client.offline:
                _round_failing_at(client.engine, "before_push")
                return
            sync_once(client.engine)

        @rule(index=st.integers(0, 5))
        def toggle_network(self, index: int) -> None:
            client = self._pick(index)
            client.offline = not client.offline

        @rule(index=st.integers(0, 5))
        def lose_the_acknowledgement(self, index: int) -> None:
            client = self._pick(index)
            _round_failing_at(client.engine, "after_server_commit")

        @rule(index=st.integers(0, 5))
        def crash_mid_pull(self, index: int) -> None:
            client = self._pick(index)
            _round_failing_at(client.engine, "mid_pull")
            client.reopen()

        @rule(index=st.integers(0, 5))
        def crash_mid_edit(self, index: int) -> None:
            client = self._pick(index)
            session = store_session(client.engine)
            ticket = session.get(Ticket, server.ids[f"ticket_{_tickets_of(client)[0]}"])
            assert ticket is not None
            ticket.title = "never committed"
            session.flush()  # the rows and the outbox entry are written, not committed
            session.close()
            client.reopen()

        @precondition(lambda self: bool(self.clients))
        @rule()
        def everyone_converges(self) -> None:
            self._converge()
            self._check()

        def _converge(self) -> None:
            for client in self.clients:
                client.offline = False
            for _ in range(2):  # the second pass brings back what the others pushed
                for client in self.clients:
                    sync_once(client.engine)

        def _check(self) -> None:
            for client in self.clients:
                with client.engine.connect() as conn:
                    assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0
                    for table, query in COMPARED.items():
                        local = {_normal(r) for r in conn.execute(text(query))}
                        with psycopg.connect(client.url) as pg:  # as the user: RLS decides
                            remote = {_normal(r) for r in pg.execute(query)}
                        assert local == remote, (client.name, table, local ^ remote)
                    rejected = {
                        uuid.UUID(str(row.row_key))
                        for row in conn.execute(
                            select(conflicts.c.row_key).where(conflicts.c.kind == "rejected")
                        )
                    }
                for entry in client.written:  # acknowledged: on the server exactly once
                    count = _server_value(server, COUNT_ENTRY, entry)
                    assert count == 1, (client.name, entry)
                for entry in client.outside_rights:  # refused, kept in the writer's inbox
                    assert _server_value(server, COUNT_ENTRY, entry) == 0
                    assert entry in rejected, (client.name, entry)
            for (who, column), seen in self.values.items():  # nothing invented, never lost
                query = f"SELECT {column} FROM tickets WHERE id = :key"
                value = _server_value(server, query, server.ids[f"ticket_{who}"])
                assert value in seen, (who, column, value)

        def teardown(self) -> None:
            try:
                if self.clients:
                    self._converge()
                    self._check()
            finally:
                for client in self.clients:
                    client.engine.dispose()

    return Convergence


def test_every_replica_converges_to_what_its_user_may_see(server: Server, tmp_path: Path) -> None:
    logins = Logins(server)
    run_state_machine_as_test(
        machine(server, logins, tmp_path),
        settings=settings(
            max_examples=12,
            stateful_step_count=25,
            deadline=None,
            # each step talks to PostgreSQL: shrinking a failure would take many minutes,
            # and the failing steps are printed as they ran
            phases=[Phase.explicit, Phase.reuse, Phase.generate],
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
