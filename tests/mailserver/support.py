"""The test Dovecot of tests/mailserver/start.sh, for the mail tests: where it is, a fresh
folder per test, and putting messages in (IMAP APPEND) and looking at them with imaplib.

Without the server the mail tests skip with the reason; in CI (CI=true, or
DISPATCH_REQUIRE_MAIL=1) a missing server fails them instead.
"""

from __future__ import annotations

import imaplib
import os
import re
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

HOST = "127.0.0.1"
PORT = int(os.environ.get("DISPATCH_IMAP_PORT", "10143"))
USER = "desk@dispatch.test"
PASSWORD = "desk-secret"  # written by start.sh into the server's passwd-file


def server_required() -> bool:
    """Whether a missing server is a failure (CI) rather than a reason to skip."""
    return os.environ.get("CI", "").lower() == "true" or bool(
        os.environ.get("DISPATCH_REQUIRE_MAIL")
    )


_STARTED: list[bool] = []


def _start_servers() -> None:
    """Start the test Dovecot and SMTP server once per test run where Dovecot is installed
    (so the README's one test command runs the mail tests too); a failure shows below."""
    if _STARTED or shutil.which("dovecot") is None:
        return
    _STARTED.append(True)
    script = Path(__file__).with_name("start.sh")
    env = {**os.environ, "DISPATCH_PYTHON": sys.executable}
    subprocess.run(["bash", str(script)], env=env, check=False, timeout=120)


def _answers(port: int, greeting: bytes) -> None:
    with socket.create_connection((HOST, port), timeout=3) as sock:
        first = sock.recv(200)
    if not first.startswith(greeting):
        raise OSError(f"not the greeting expected: {first[:60]!r}")


def require_server() -> None:
    """Skip (or, in CI, fail) unless the test Dovecot answers."""
    try:
        _answers(PORT, b"* OK")
    except OSError:
        _start_servers()
    try:
        with socket.create_connection((HOST, PORT), timeout=3) as sock:
            greeting = sock.recv(200)
        if not greeting.startswith(b"* OK"):
            raise OSError(f"not an IMAP greeting: {greeting[:60]!r}")
    except OSError as exc:
        message = (
            f"the test mail server is not running on {HOST}:{PORT} ({exc}); "
            "start it with tests/mailserver/start.sh"
        )
        if server_required():
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def imap() -> Iterator[imaplib.IMAP4]:
    """A signed-in imaplib connection to the test user's mailbox."""
    connection = imaplib.IMAP4(HOST, PORT)
    try:
        connection.login(USER, PASSWORD)
        yield connection
    finally:
        with suppress(OSError, imaplib.IMAP4.error):
            connection.logout()


def new_folder() -> str:
    """A fresh, empty folder (and its quarantine folder) for one test."""
    name = f"t{uuid.uuid4().hex[:12]}"
    with imap() as connection:
        assert connection.create(name)[0] == "OK"
    return name


def drop_folder(name: str) -> None:
    """Remove a test's folders."""
    with imap() as connection:
        for folder in (name, f"{name}/Quarantine"):
            connection.delete(folder)


def append(folder: str, raw: bytes) -> int:
    """Put a message in a folder as a mail server delivers it; its UID."""
    with imap() as connection:
        status, data = connection.append(folder, None, None, raw)
        assert status == "OK", data
        found = re.search(rb"APPENDUID \d+ (\d+)", data[0] or b"")
        assert found, data
        return int(found.group(1))


def flags(folder: str) -> dict[int, set[str]]:
    """Every message's UID in a folder with its flags."""
    with imap() as connection:
        connection.select(folder, readonly=True)
        _status, data = connection.uid("FETCH", "1:*", "(FLAGS)")
        out: dict[int, set[str]] = {}
        for item in data:
            if not item:
                continue
            text = item.decode() if isinstance(item, bytes) else item[0].decode()
            found = re.search(r"UID (\d+) FLAGS \(([^)]*)\)", text) or re.search(
                r"FLAGS \(([^)]*)\) UID (\d+)", text
            )
            if found is None:
                continue
            a, b = found.groups()
            uid, flag_text = (int(a), b) if a.isdigit() else (int(b), a)
            out[uid] = set(flag_text.split())
        return out


def count(folder: str) -> int:
    """How many messages a folder holds."""
    with imap() as connection:
        status, data = connection.select(folder, readonly=True)
        return int(data[0] or 0) if status == "OK" else 0


SMTP_PORT = int(os.environ.get("DISPATCH_SMTP_PORT", "10025"))
CLIENT_USER = "support@dispatch.test"
CLIENT_PASSWORD = "support-secret"
"""The relay delivers every recipient outside dispatch.test into this user's INBOX."""


def require_smtp() -> None:
    """Skip (or, in CI, fail) unless the test Dovecot and the test SMTP server answer."""
    require_server()
    try:
        _answers(SMTP_PORT, b"220")
    except OSError:
        _start_servers()
    try:
        with socket.create_connection((HOST, SMTP_PORT), timeout=3) as sock:
            greeting = sock.recv(200)
        if not greeting.startswith(b"220"):
            raise OSError(f"not an SMTP greeting: {greeting[:60]!r}")
    except OSError as exc:
        message = (
            f"the test SMTP server is not running on {HOST}:{SMTP_PORT} ({exc}); "
            "start it with tests/mailserver/start.sh"
        )
        if server_required():
            pytest.fail(message)
        pytest.skip(message)


def delivered(message_id: str) -> list[bytes]:
    """Every copy of a message the test SMTP server delivered to a client's address."""
    connection = imaplib.IMAP4(HOST, PORT)
    try:
        connection.login(CLIENT_USER, CLIENT_PASSWORD)
        connection.select("INBOX", readonly=True)
        _status, data = connection.uid("SEARCH", None, "HEADER", "Message-ID", message_id)  # type: ignore[arg-type]
        out = []
        for uid in (data[0] or b"").split():
            _s, fetched = connection.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
            out += [item[1] for item in fetched if isinstance(item, tuple)]
        return out
    finally:
        with suppress(OSError, imaplib.IMAP4.error):
            connection.logout()
