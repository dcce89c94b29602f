"""The window's link to the shared database: one connection kept between sync rounds.

The window syncs every minute. Opening a connection for each round costs a sign-in (and,
to another machine, a TLS handshake), and reading the keyring costs as much again; an
idle round on an open connection is a few queries. So the window keeps its connection
open between rounds and opens a new one only when it was lost (a server restart, a network
that went away), retrying that round once; and it reads the password from the keyring
once per session, again only when the server refuses it (it was changed meanwhile).

Rounds run off the window's thread, one at a time; the lock keeps a second round (or
closing the window) from using the connection while a round does.
"""

from __future__ import annotations

import threading

import psycopg
from psycopg import pq
from sqlalchemy import Engine

from console.sync.connection import PasswordRefusedError, connect, describe, keyring_password
from console.sync.replica import SyncReport, sync_once


class ServerLink:
    """A kept connection to the replica's server and the password read for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: psycopg.Connection | None = None
        self._url: str | None = None
        self._secrets: dict[str, str | None] = {}
        self._closing = False

    def sync(self, local: Engine) -> SyncReport:
        """One sync round on the kept connection; a lost connection is opened again once."""
        with self._lock:
            kept = self._conn
            try:
                return sync_once(local, opener=self._connection)
            except Exception:
                if not self._usable():
                    self._drop()
                if kept is not None and (kept.closed or kept.broken):
                    # it died while kept (a server restart, the network): one new try
                    return sync_once(local, opener=self._connection)
                raise
            finally:
                if self._closing:
                    self._drop()

    def close(self) -> None:
        """Close the connection now, or after the round that is using it."""
        self._closing = True
        if self._lock.acquire(blocking=False):
            try:
                self._drop()
            finally:
                self._lock.release()

    @property
    def connected(self) -> bool:
        """Whether a connection is kept open."""
        return self._conn is not None and not self._conn.closed

    def _connection(self, url: str) -> psycopg.Connection:
        """The kept connection to ``url``, opened when there is none (or another server)."""
        if self._conn is not None and (self._url != url or not self._usable()):
            self._drop()
        if self._conn is None:
            self._conn = self._open(url)
            self._url = url
        return self._conn

    def _open(self, url: str) -> psycopg.Connection:
        try:
            return connect(url, secret=self._secret)
        except PasswordRefusedError:
            server = describe(url)
            refused = self._secrets.pop(server, None)
            if self._secret(server) == refused:
                self._secrets.pop(server, None)  # nothing new: read again next round
                raise
            # changed in the keyring meanwhile: the new one gets its try
            try:
                return connect(url, secret=self._secret)
            except PasswordRefusedError:
                self._secrets.pop(server, None)
                raise

    def use_password(self, server: str, password: str) -> None:
        """Sign in to ``server`` with this password from now on (one typed when joining);
        the keyring is read again only if the server refuses it."""
        self._secrets[server] = password

    def _secret(self, server: str) -> str | None:
        """The password for a server, read from the keyring once per session."""
        if server not in self._secrets:
            self._secrets[server] = keyring_password(server)
        return self._secrets[server]

    def _usable(self) -> bool:
        conn = self._conn
        return (
            conn is not None
            and not conn.closed
            and not conn.broken
            and conn.info.transaction_status == pq.TransactionStatus.IDLE
        )

    def _drop(self) -> None:
        conn, self._conn, self._url = self._conn, None, None
        if conn is not None:
            conn.close()
