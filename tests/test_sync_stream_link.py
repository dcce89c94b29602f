"""The window's idle sync keeps its connection and its password (issue 24).

A round every minute on a kept connection, opened again when lost; the keyring read once
per session, and again only when the server refuses the password.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from sync_support import Server

from console.enums import Role
from console.errors import UserError
from console.sync import connection as connection_module
from console.sync import link as link_module
from console.sync.connection import PasswordRefusedError
from console.sync.link import ServerLink
from console.sync.replica import status, sync_once

pytestmark = pytest.mark.postgres


@pytest.fixture
def keyring_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every keyring read, by server; the keyring holds nothing (the test server trusts)."""
    reads: list[str] = []

    def read(server: str) -> str | None:
        reads.append(server)
        return None

    monkeypatch.setattr(connection_module, "keyring_password", read)
    monkeypatch.setattr(link_module, "keyring_password", read)
    return reads


def _pid(link: ServerLink) -> int:
    assert link._conn is not None and link.connected
    return int(link._conn.info.backend_pid)


def test_idle_rounds_share_one_connection_and_one_keyring_read(
    server: Server, keyring_reads: list[str]
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    del keyring_reads[:]  # enrolment's own connection
    link = ServerLink()
    try:
        assert link.sync(desk).pulled.full
        first = _pid(link)
        for _ in range(3):
            report = link.sync(desk)
            assert not report.pulled.full and report.pulled.upserted == 0
            assert _pid(link) == first
        assert len(keyring_reads) == 1
    finally:
        link.close()
    assert not link.connected


def test_a_lost_connection_is_opened_again_in_the_same_round(
    server: Server, keyring_reads: list[str]
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    del keyring_reads[:]
    link = ServerLink()
    try:
        link.sync(desk)
        lost = _pid(link)
        with server.engine.connect() as owner:  # a server restart, as the client sees it
            owner.exec_driver_sql(f"SELECT pg_terminate_backend({lost})")
        report = link.sync(desk)
        assert not report.pulled.full
        assert _pid(link) != lost
        current = status(desk)
        assert current is not None and current.last_error is None
        assert len(keyring_reads) == 1  # the password kept across the reconnection
    finally:
        link.close()


def test_an_unreachable_server_is_shown_and_the_next_round_connects(
    server: Server, keyring_reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    real = link_module.connect

    def offline(url: str, **kwargs: Any) -> psycopg.Connection:
        raise UserError("cannot reach the shared database: the server is not reachable")

    link = ServerLink()
    try:
        monkeypatch.setattr(link_module, "connect", offline)
        with pytest.raises(UserError, match="not reachable"):
            link.sync(desk)
        current = status(desk)
        assert current is not None and "not reachable" in (current.last_error or "")
        assert not link.connected
        monkeypatch.setattr(link_module, "connect", real)
        assert link.sync(desk).pulled.full
        current = status(desk)
        assert current is not None and current.last_error is None
    finally:
        link.close()


def _refusing(
    accepted: str, real: Callable[..., psycopg.Connection], tried: list[str | None]
) -> Callable[..., psycopg.Connection]:
    """A connect that refuses every password but ``accepted`` (the server trusts anyway)."""

    def attempt(url: str, *, secret: Callable[[str], str | None], **kwargs: Any) -> Any:
        password = secret(connection_module.describe(url))
        tried.append(password)
        if password != accepted:
            raise PasswordRefusedError("cannot reach the shared database: the password was refused")
        return real(url, secret=lambda _server: None, **kwargs)

    return attempt


def test_a_refused_password_is_read_again_from_the_keyring(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = server.replica(server.login("desk", Role.DISPATCHER))
    held = ["old"]
    reads: list[str] = []

    def read(server_name: str) -> str | None:
        reads.append(server_name)
        return held[0]

    tried: list[str | None] = []
    monkeypatch.setattr(link_module, "keyring_password", read)
    monkeypatch.setattr(link_module, "connect", _refusing("new", link_module.connect, tried))
    link = ServerLink()
    try:
        # the keyring still holds the old password: refused, and read again next round
        with pytest.raises(UserError, match="password"):
            link.sync(desk)
        assert tried == ["old"] and len(reads) == 2
        held[0] = "new"  # the user saved the new one (`sync --save-password`)
        assert link.sync(desk).pulled.full
        assert tried == ["old", "new"] and len(reads) == 3
        link._drop()  # lost: the new connection signs in with the password it kept
        link.sync(desk)
        assert tried == ["old", "new", "new"] and len(reads) == 3
        # changed on the server while kept: refused once, read again, signed in
        held[0] = "newer"
        monkeypatch.setattr(
            link_module, "connect", _refusing("newer", connection_module.connect, tried)
        )
        link._drop()
        link.sync(desk)
        assert tried[-2:] == ["new", "newer"] and len(reads) == 4
    finally:
        link.close()


def test_the_window_syncs_on_its_kept_connection_and_closes_it_with_the_window(
    server: Server, keyring_reads: list[str], qtbot: Any
) -> None:
    from PySide6.QtWidgets import QWidget

    from console.views.sync_status import SyncController

    desk = server.replica(server.login("desk", Role.DISPATCHER))
    sync_once(desk)
    del keyring_reads[:]
    parent = QWidget()
    controller = SyncController(desk, parent)
    pids = []
    for _ in range(3):
        controller.sync_now()  # off the window's thread under qasync; here after the events
        qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
        assert controller.link is not None
        pids.append(_pid(controller.link))
    assert "Synced" in controller.button.text()
    assert len(set(pids)) == 1 and len(keyring_reads) == 1
    link = controller.link
    assert link is not None
    parent.deleteLater()
    qtbot.waitUntil(lambda: not link.connected, timeout=5_000)
