"""Sync on a busy, unreliable server (issue 17, item 1): nothing waits on strangers.

The pull horizon counts this database's writers only; a session stuck inside a
transaction is cut off by the server; a client on a silent network gives up in bounded
time with one line and loses nothing.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sync_support import Server, local_scalar
from test_sync import _synced_desks

from console.enums import Role
from console.errors import UserError
from console.model import Ticket
from console.sync.replica import sync_once
from console.sync.server import LOGIN_TIMEOUTS
from console.sync.session import store_session

pytestmark = pytest.mark.postgres


def _edit(engine: object, ticket_id: uuid.UUID, **values: object) -> None:
    with store_session(engine) as session, session.begin():  # type: ignore[call-overload]
        ticket = session.get(Ticket, ticket_id)
        for name, value in values.items():
            setattr(ticket, name, value)


def _other_database(pg_url: str) -> str:
    """The address of another database on the same server, where strangers work."""
    return make_url(pg_url).set(database="postgres").render_as_string(hide_password=False)


def test_a_transaction_open_in_another_database_holds_back_no_pull(
    server: Server, pg_url: str
) -> None:
    desk1, desk2 = _synced_desks(server, "desk", "desk2")
    other = _other_database(pg_url)
    with psycopg.connect(other) as stranger:
        stranger.execute("SELECT pg_current_xact_id()")  # a writer's id, left open
        _edit(desk1, server.ids["ticket_a"], title="Seen at once")
        sync_once(desk1)
        report = sync_once(desk2).pulled
        assert report.held_back == 0
        ticket = server.ids["ticket_a"].hex
        seen = local_scalar(desk2, "SELECT title FROM tickets WHERE id = :i", i=ticket)
        assert seen == "Seen at once"


def test_transactions_ending_in_another_database_during_a_pull_hold_back_nothing(
    server: Server, pg_url: str
) -> None:
    desk1, desk2 = _synced_desks(server, "desk", "desk2")
    other = _other_database(pg_url)
    stop = threading.Event()

    def stranger() -> None:
        # another application's writers: a transaction id taken, held up to 0.1 s and
        # ended, again and again, so that some end while a pull looks at what is open
        with psycopg.connect(other, autocommit=True) as conn:
            while not stop.is_set():
                with conn.transaction():
                    conn.execute("SELECT pg_current_xact_id()")
                    time.sleep(random.random() / 10)

    strangers = [threading.Thread(target=stranger) for _ in range(8)]
    for thread in strangers:
        thread.start()
    # a server holding many locks, where the look at what is open takes a while
    crowd = psycopg.connect(other)
    crowd.execute("SELECT pg_advisory_xact_lock(i) FROM generate_series(1, 1000) AS i")
    held = []
    try:
        for round_ in range(20):
            _edit(desk1, server.ids["ticket_a"], title=f"Seen at once {round_}")
            sync_once(desk1)
            report = sync_once(desk2).pulled
            held.append(report.held_back)
            ticket = server.ids["ticket_a"].hex
            seen = local_scalar(desk2, "SELECT title FROM tickets WHERE id = :i", i=ticket)
            assert seen == f"Seen at once {round_}", held
    finally:
        crowd.close()
        stop.set()
        for thread in strangers:
            thread.join()
    assert held == [0] * 20  # rule 3: nothing of this database was open


def test_every_console_login_gets_the_server_side_timeouts(server: Server) -> None:
    login = make_url(server.login("desk", Role.DISPATCHER)).username
    settings = server.scalar(
        "SELECT setconfig FROM pg_db_role_setting JOIN pg_roles ON oid = setrole "
        "WHERE rolname = :0 AND setdatabase = "
        "(SELECT oid FROM pg_database WHERE datname = current_database())",
        login,
    )
    assert sorted(settings) == sorted(f"{k}={v}" for k, v in LOGIN_TIMEOUTS.items())


# ------------------------------------------------------------------ a silent network


class _Proxy:
    """A loopback TCP relay to PostgreSQL, so one connection's packets can be dropped."""

    def __init__(self, target_port: int) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.target = target_port
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.listener.close()
        for s in self.sockets:
            s.close()


def _iptables(action: str, port: int) -> None:
    for direction in ("--dport", "--sport"):
        rule = ["INPUT", "-i", "lo", "-p", "tcp", direction, str(port), "-j", "DROP"]
        subprocess.run(
            ["iptables", action, *rule],
            check=True,
            capture_output=True,
        )


def _can_drop_packets() -> bool:
    if shutil.which("iptables") is None:
        return False
    return subprocess.run(["iptables", "-L", "INPUT", "-n"], capture_output=True).returncode == 0


@contextmanager
def _proxy_to(pg_url: str) -> Iterator[_Proxy]:
    proxy = _Proxy(make_url(pg_url).port or 5432)
    try:
        yield proxy
    finally:
        proxy.close()


@pytest.mark.skipif(
    not _can_drop_packets() and not os.environ.get("DISPATCH_REQUIRE_IPTABLES"),
    reason="needs iptables to drop loopback packets (CI installs it)",
)
def test_a_network_gone_silent_mid_push_costs_seconds_and_loses_nothing(
    server: Server, pg_url: str
) -> None:
    with _proxy_to(pg_url) as proxy:
        login = server.login("laptop", Role.DISPATCHER)
        # the server cuts a stuck session after LOGIN_TIMEOUTS; a second here, for speed
        with psycopg.connect(server.url, autocommit=True) as owner:
            name = make_url(login).username
            database = make_url(pg_url).database
            owner.execute(
                f'ALTER ROLE "{name}" IN DATABASE "{database}" '
                "SET idle_in_transaction_session_timeout = '1s'"
            )
        # the client notices a silent network by TCP keepalives and tcp_user_timeout
        far = (
            make_url(login)
            .set(port=proxy.port)
            .update_query_dict(
                {
                    "keepalives_idle": "1",
                    "keepalives_interval": "1",
                    "keepalives_count": "2",
                    "tcp_user_timeout": "2000",
                }
            )
            .render_as_string(hide_password=False)
        )
        laptop = server.replica(far, "laptop")
        desk = server.replica(server.login("desk", Role.DISPATCHER), "desk")
        sync_once(laptop)
        sync_once(desk)
        ticket = server.ids["ticket_a"]
        _edit(laptop, ticket, title="typed on the train")
        silenced = False

        def go_silent(point: str) -> None:
            nonlocal silenced
            if point == "mid_push":  # rows written and locked, nothing committed
                _iptables("-I", proxy.port)
                silenced = True

        started = time.monotonic()
        try:
            with pytest.raises(UserError) as failed:
                sync_once(laptop, fault=go_silent)
            took = time.monotonic() - started
        finally:
            if silenced:
                _iptables("-D", proxy.port)
        assert took < 20, f"the sync hung for {took:.0f} s"
        assert "\n" not in str(failed.value) and "nothing was lost" in str(failed.value)
        # the stuck session's locks and open transaction do not stop the other desk
        _edit(desk, ticket, priority="high")
        started = time.monotonic()
        report = sync_once(desk)
        assert dict(report.pushed.answers) == {"applied": 1}
        assert report.pulled.held_back == 0
        assert time.monotonic() - started < 10
        # back on the network the laptop's edit lands, exactly once
        assert local_scalar(laptop, "SELECT count(*) FROM sync_outbox") == 1
        sync_once(laptop)
        assert local_scalar(laptop, "SELECT count(*) FROM sync_outbox") == 0
        sync_once(desk)
        title = local_scalar(desk, "SELECT title FROM tickets WHERE id = :i", i=ticket.hex)
        assert title == "typed on the train"
        assert server.scalar("SELECT row_version FROM tickets WHERE id = :0", ticket) == 3
