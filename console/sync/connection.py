"""Connecting to the shared database: TLS checked off this machine, passwords from the keyring.

A password is never written to a file, a log or an error message: a URL holding one is
refused (it would stay in the shell history and the process list), passwords come from
the keyring (`sync --save-password`) or the prompt, and a failed connection is reported in
words of our own.

A server that is not on this machine (judged by the address libpq really dials, see
`is_local`) is only spoken to like this:

- TLS with the server's certificate and host name checked (``sslmode=verify-full``),
  against the system's trust store, so a certificate from a public CA just works. That
  store is named to libpq as the CA bundle file Python's own OpenSSL finds (see
  `system_trust_store`), or ``sslrootcert=system`` when there is none.
- A private CA: name its certificate in the URL,
  ``postgresql://anna@db.example/dispatch?sslrootcert=/path/to/ca.pem``; then only that
  CA is trusted. libpq's own places are honoured too: ``PGSSLROOTCERT`` and
  ``~/.postgresql/root.crt`` (``%APPDATA%\\postgresql\\root.crt`` on Windows).
  ``sslmode=verify-ca`` (certificate checked, host name not) is accepted only with such
  a private CA: against the system store any public certificate of any host would pass.
- ``sslmode=require``, ``prefer`` and ``allow`` are refused: none of them checks who
  answers, so anyone on the way could pose as the server (and, before require_auth, was
  handed the password). ``sslmode=disable`` is taken as the user's explicit choice and
  warned about (`InsecureConnectionWarning`).
- ``require_auth=scram-sha-256``: the password is never sent in clear or as an MD5 hash,
  whatever the server asks for. A server that signs in another way (client certificates,
  Kerberos) needs ``require_auth=...`` in the URL.

Servers on this machine (tests, an SSH tunnel) keep libpq's defaults for TLS and sign-in.
Every connection gets TCP keepalives, so a silent network is noticed in about 30 s. A
URL's own value for any of these parameters wins, except that weak TLS is refused.
"""

from __future__ import annotations

import getpass
import ipaddress
import os
import ssl
import sys
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from console.errors import UserError, ValidationError
from console.wording.phrases import Phrase, phrase

KEYRING_SERVICE = "dispatch-console"

# A dead peer or a silent network is noticed within about 30 s:
KEEPALIVES_IDLE = 10  # seconds of silence before the first keepalive probe
KEEPALIVES_INTERVAL = 5  # seconds between unanswered probes
KEEPALIVES_COUNT = 4  # unanswered probes before the connection is dropped: 10 + 4 * 5 = 30 s
TCP_USER_TIMEOUT_MS = 30_000  # data sent but not acknowledged for this long: dropped

# libpq 16 brought require_auth and sslrootcert=system
_LIBPQ_NEEDED = 160000

PasswordPrompt = Callable[[str], str | None]


PasswordSource = Callable[[str], str | None]
"""Where a connection's password comes from, given the server as `describe` shows it."""


class PasswordRefusedError(UserError):
    """The server refused the password, or wanted one that was not there."""


class InsecureConnectionWarning(UserWarning):
    """A connection to another machine that is not encrypted (``sslmode=disable``)."""


def plain_url(url: str) -> str:
    """A libpq URL (SQLAlchemy's +driver part removed)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _parts(url: str) -> dict[str, str]:
    """The URL's libpq parameters; a URL holding a password is refused."""
    try:
        parts = conninfo_to_dict(plain_url(url))
    except psycopg.ProgrammingError:
        # libpq's message may quote the URL, password and all
        # named as the command line does; the window names the field its way
        raise ValidationError(
            "--url", phrase("not a PostgreSQL URL (postgresql://user@host/database)")
        ) from None
    if "password" in parts:
        raise UserError(
            phrase(
                "--url: a password never goes in the URL (it would stay in the shell history and "
                "be visible in the process list); leave it out and store it with `sync "
                "--save-password`, or type it when asked"
            )
        )
    return {key: str(value) for key, value in parts.items() if value is not None}


def describe(url: str) -> str:
    """The server as it may be shown: user@host:port/database, never a password."""
    parts = _parts(url)
    user = parts.get("user") or getpass.getuser()
    host = parts.get("host") or "localhost"
    port = parts.get("port") or "5432"
    return f"{user}@{host}:{port}/{parts.get('dbname') or user}"


def login_of(url: str) -> str:
    """The PostgreSQL role a URL signs in as."""
    return _parts(url).get("user") or getpass.getuser()


def is_local(params: Mapping[str, Any]) -> bool:
    """Whether every address libpq would dial for these parameters is on this machine."""
    host = str(params.get("host") or os.environ.get("PGHOST") or "")
    hostaddr = str(params.get("hostaddr") or os.environ.get("PGHOSTADDR") or "")
    if not host and not hostaddr and (params.get("service") or os.environ.get("PGSERVICE")):
        return False  # the host is in a service file we do not read: assume the worst
    hosts = host.split(",")
    if not hostaddr:
        return all(_local_host(name) for name in hosts)
    # libpq dials hostaddr when given (host is then only the name the certificate must
    # carry); an empty entry in a list of several means "dial that entry's host"
    dialled = [
        addr or (hosts[i] if i < len(hosts) else "") for i, addr in enumerate(hostaddr.split(","))
    ]
    return all(_local_host(name) for name in dialled)


def _local_host(name: str) -> bool:
    # empty: libpq's default, the Unix socket (localhost on Windows); "/" or "@": a socket
    name = name.strip()
    if not name or name.startswith(("/", "@")) or name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # any other name is remote, even one that resolves to this machine


def connection_params(url: str, *, timeout: int = 10) -> dict[str, str]:
    """The libpq parameters a console connection to ``url`` uses (without the password)."""
    params = _parts(url)
    params.setdefault("connect_timeout", str(timeout))
    params.setdefault("application_name", "dispatch-console")
    params.setdefault("keepalives", "1")
    params.setdefault("keepalives_idle", str(KEEPALIVES_IDLE))
    params.setdefault("keepalives_interval", str(KEEPALIVES_INTERVAL))
    params.setdefault("keepalives_count", str(KEEPALIVES_COUNT))
    params.setdefault("tcp_user_timeout", str(TCP_USER_TIMEOUT_MS))
    if not is_local(params):
        _remote_rules(params, describe(url))
    return params


def _remote_rules(params: dict[str, str], server: str) -> None:
    """Checked TLS and SCRAM for a server on another machine (see the module docstring)."""
    if psycopg.pq.version() < _LIBPQ_NEEDED:
        raise UserError(
            phrase(
                "this libpq ({version}) is too old to check a server's certificate and insist on "
                "SCRAM; install psycopg[binary] 3.2 or newer",
                version=psycopg.pq.version(),
            )
        )
    # only the URL may weaken TLS: PGSSLMODE in the environment is overruled on purpose
    mode = params.setdefault("sslmode", "verify-full")
    own_ca = "sslrootcert" in params or _libpq_root_cert() is not None
    if mode == "verify-full":
        if not own_ca:
            params["sslrootcert"] = system_trust_store()
    elif mode == "verify-ca":
        if not own_ca or params.get("sslrootcert") == "system":
            raise UserError(
                phrase(
                    "--url: sslmode=verify-ca does not check the host name, which is only safe "
                    "with a private CA: add sslrootcert=/path/to/ca.pem, or leave sslmode out "
                    "(verify-full)"
                )
            )
    elif mode == "disable":
        warnings.warn(
            f"sslmode=disable: the connection to {server} is not encrypted and nothing "
            "checks that the right server answers; the data can be read and changed on "
            "the network",
            InsecureConnectionWarning,
            stacklevel=3,
        )
    elif mode in ("require", "prefer", "allow"):
        raise UserError(
            phrase(
                "--url: sslmode={mode} does not check the server's certificate, so anyone on the "
                "way could pose as the server; leave sslmode out (verify-full is the default) "
                "and, for a private CA, add sslrootcert=/path/to/ca.pem",
                mode=mode,
            )
        )
    else:
        raise UserError(phrase("--url: sslmode={mode} is not a libpq sslmode", mode=mode))
    params.setdefault("require_auth", "scram-sha-256")


def system_trust_store() -> str:
    """The system's CA bundle as a libpq sslrootcert: a file, or ``system``."""
    # libpq's "system" means its OpenSSL's default store, and the OpenSSL inside psycopg's
    # binary wheels looks for it in a folder (/usr/lib/psycopg-openssl) that no machine
    # has: a public certificate would be refused unless SSL_CERT_FILE or SSL_CERT_DIR
    # point elsewhere. Python's own OpenSSL knows where this system keeps its bundle.
    if os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"):
        return "system"  # every OpenSSL reads these
    return ssl.get_default_verify_paths().cafile or "system"


def _libpq_root_cert() -> Path | None:
    """The CA file libpq itself would use (PGSSLROOTCERT or its default place), if any."""
    if os.environ.get("PGSSLROOTCERT"):
        return Path(os.environ["PGSSLROOTCERT"])
    if sys.platform == "win32":
        default = Path(os.environ.get("APPDATA", "~"), "postgresql", "root.crt")
    else:
        default = Path("~", ".postgresql", "root.crt")
    default = default.expanduser()
    return default if default.is_file() else None


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
            phrase("the keyring refused to store the password: {error}", error=type(exc).__name__)
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
    secret: PasswordSource | None = None,
) -> psycopg.Connection:
    """Open a connection with the parameters of `connection_params`.

    Autocommit by default: every step of a sync opens its own explicit transaction. The
    password comes from ``secret`` (by default the keyring, read on every call), and from
    the prompt when that has none and the server asks for one.
    """
    server = describe(url)
    params = connection_params(url, timeout=timeout)
    password = (secret or keyring_password)(server)
    try:
        return _open(params, password, autocommit)
    except psycopg.OperationalError as exc:
        if password is None and _needs_password(exc) and prompt is not None:
            password = prompt(server)
            if password:
                try:
                    return _open(params, password, autocommit)
                except psycopg.OperationalError as again:
                    exc = again
        # the caller that keeps a password may read it again when this is a refusal
        kind = PasswordRefusedError if _needs_password(exc) else UserError
        raise kind(
            phrase(
                "cannot reach the shared database {server}: {reason}",
                server=server,
                reason=_reason(exc),
            )
        ) from None


def _open(params: dict[str, str], password: str | None, autocommit: bool) -> psycopg.Connection:
    if password is not None:
        params = {**params, "password": password}
    return psycopg.connect(make_conninfo("", **params), autocommit=autocommit)


def password_verifier(conn: psycopg.Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, computed here: `ALTER ROLE` never sees it."""
    encoding = conn.info.encoding
    verifier = conn.pgconn.encrypt_password(
        password.encode(encoding), username.encode(encoding), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def _needs_password(exc: psycopg.OperationalError) -> bool:
    text = str(exc).lower()
    return "password" in text and "authentication method requirement" not in text


def _reason(exc: psycopg.OperationalError) -> Phrase:
    # libpq's message may quote the connection string; keep only our own words
    text = str(exc).lower()
    if "authentication method requirement" in text:
        return phrase(
            "the server asked for the password in clear or as an MD5 hash, which is refused; "
            "its administrator should switch the login to scram-sha-256"
        )
    if "root certificate file" in text:
        return phrase("the CA certificate named by sslrootcert could not be read")
    if "certificate" in text:
        return phrase(
            "the server's TLS certificate could not be verified for this host name "
            "(for a private CA add sslrootcert=/path/to/ca.pem to the URL)"
        )
    if "does not support ssl" in text:
        return phrase("the server does not offer TLS; its administrator should turn ssl on")
    if "password" in text:
        return phrase(
            "the password was refused or is missing (store it with `sync --save-password`)"
        )
    if "does not exist" in text:
        return phrase("no such database or role")
    if "timeout" in text or "timed out" in text:
        return phrase("the server did not answer in time")
    if "refused" in text or "could not connect" in text or "no route" in text:
        return phrase("the server is not reachable (offline?)")
    if "ssl" in text:
        return phrase("a TLS connection could not be set up")
    return phrase("the connection failed")
