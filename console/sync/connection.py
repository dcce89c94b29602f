"""Connecting to the shared database: TLS off loopback, passwords from the keyring.

A password is never written to a file, a log or an error message: URLs are stored and
shown without it, and a failed connection is reported in words of our own.
"""

from __future__ import annotations

import getpass
import ipaddress
import sys
from collections.abc import Callable

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from console.errors import UserError

KEYRING_SERVICE = "dispatch-console"

PasswordPrompt = Callable[[str], str | None]


def plain_url(url: str) -> str:
    """A libpq URL (SQLAlchemy's +driver part removed)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _is_loopback(host: str | None) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def describe(url: str) -> str:
    """The server as it may be shown: user@host:port/database, never a password."""
    try:
        parts = conninfo_to_dict(plain_url(url))
    except psycopg.ProgrammingError:
        raise UserError("--url: not a PostgreSQL URL (postgresql://user@host/database)") from None
    user = parts.get("user") or getpass.getuser()
    host = parts.get("host") or "localhost"
    port = parts.get("port") or "5432"
    return f"{user}@{host}:{port}/{parts.get('dbname') or user}"


def login_of(url: str) -> str:
    """The PostgreSQL role a URL signs in as."""
    return str(conninfo_to_dict(plain_url(url)).get("user") or getpass.getuser())


def keyring_password(server: str) -> str | None:
    """The password the operating system's keyring holds for a server, if any."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, server)
    except KeyringError:
        return None


def save_password(server: str, password: str) -> None:
    """Keep a password in the operating system's keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, server, password)
    except KeyringError as exc:
        raise UserError(
            f"the keyring refused to store the password: {type(exc).__name__}"
        ) from None


def terminal_prompt(server: str) -> str | None:
    """Ask on the terminal, when there is one."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {server}: ")


def connect(
    url: str,
    *,
    prompt: PasswordPrompt | None = None,
    autocommit: bool = True,
    timeout: int = 10,
) -> psycopg.Connection:
    """Open a connection; TLS is required unless the server is on this machine.

    Autocommit by default: every step of a sync opens its own explicit transaction.
    """
    server = describe(url)
    params = conninfo_to_dict(plain_url(url))
    if not _is_loopback(str(params.get("host") or "")):
        params.setdefault("sslmode", "require")
    params.setdefault("connect_timeout", str(timeout))
    params.setdefault("application_name", "dispatch-console")
    if "password" not in params:
        password = keyring_password(server)
        if password is not None:
            params["password"] = password
    try:
        return psycopg.connect(make_conninfo("", **params), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        if "password" not in params and _needs_password(exc) and prompt is not None:
            password = prompt(server)
            if password:
                params["password"] = password
                try:
                    return psycopg.connect(make_conninfo("", **params), autocommit=autocommit)
                except psycopg.OperationalError as again:
                    exc = again
        raise UserError(f"cannot reach the shared database {server}: {_reason(exc)}") from None


def _needs_password(exc: psycopg.OperationalError) -> bool:
    text = str(exc).lower()
    return "password" in text


def _reason(exc: psycopg.OperationalError) -> str:
    # libpq's message may quote the connection string; keep only our own words
    text = str(exc).lower()
    if "password" in text:
        return "the password was refused or is missing (store it with `sync --save-password`)"
    if "does not exist" in text:
        return "no such database or role"
    if "timeout" in text or "timed out" in text:
        return "the server did not answer in time"
    if "refused" in text or "could not connect" in text or "no route" in text:
        return "the server is not reachable (offline?)"
    if "ssl" in text:
        return "a TLS connection could not be set up"
    return "the connection failed"
