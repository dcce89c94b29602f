"""The password is protected in transit and in the server log (issue 17, item 6).

The libpq parameters are built by a pure function, tested without a server. A fake TLS
server with a certificate from a CA nobody trusts shows that a password never reaches a
server whose certificate is not checked, nor one that asks for it in clear; a real
PostgreSQL shows that a password verifier computed here is what ALTER ROLE stores.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import socket
import ssl
import struct
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from psycopg import sql

from console.errors import UserError
from console.sync import connection
from console.sync.connection import (
    InsecureConnectionWarning,
    connect,
    connection_params,
    describe,
    is_local,
    login_of,
    password_verifier,
)

REMOTE = "postgresql://anna@db.example.test/dispatch"
LOOPBACK = "postgresql://postgres@127.0.0.1:5432/test"
KEYRING_SECRET = "s3cret-from-the-keyring"

# --- which server is on this machine: judged by the address libpq dials


@pytest.mark.parametrize(
    ("params", "local"),
    [
        ({}, True),  # libpq's default: the Unix socket
        ({"host": "localhost"}, True),
        ({"host": "127.0.0.1"}, True),
        ({"host": "127.0.0.2"}, True),
        ({"host": "::1"}, True),
        ({"host": "/var/run/postgresql"}, True),
        ({"host": "@abstract"}, True),
        ({"host": "db.example.test"}, False),
        ({"host": "localhost.example.test"}, False),
        ({"host": "myhost"}, False),  # a name is remote even if it resolves to this machine
        ({"host": "10.0.0.5"}, False),
        ({"host": "0.0.0.0"}, False),
        # hostaddr is what libpq dials; host is then only the certificate's name
        ({"host": "localhost", "hostaddr": "10.0.0.5"}, False),
        ({"host": "db.example.test", "hostaddr": "127.0.0.1"}, True),
        ({"hostaddr": "::1"}, True),
        # several hosts: local only if every one is
        ({"host": "localhost,/tmp"}, True),
        ({"host": "localhost,db.example.test"}, False),
        ({"host": "db.example.test,localhost", "hostaddr": "127.0.0.1,"}, True),
        ({"host": "localhost,db.example.test", "hostaddr": "127.0.0.1,"}, False),
        ({"host": "localhost,localhost", "hostaddr": "127.0.0.1,10.0.0.5"}, False),
        ({"service": "dispatch"}, False),  # the host is in a service file: assume remote
    ],
)
def test_local_is_judged_by_the_address_really_dialled(params: dict[str, str], local: bool):
    assert is_local(params) is local


def test_the_environment_libpq_reads_counts_when_the_url_names_no_host(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("PGHOST", "db.example.test")
    assert not is_local({})
    assert is_local({"host": "localhost"})
    monkeypatch.setenv("PGHOSTADDR", "10.0.0.5")
    assert not is_local({"host": "localhost"})
    assert is_local({"host": "localhost", "hostaddr": "127.0.0.1"})


# --- the parameters of a remote connection


def test_a_remote_server_gets_checked_tls_and_scram_by_default():
    params = connection_params(REMOTE)
    assert params["sslmode"] == "verify-full"
    assert params["sslrootcert"] == connection.system_trust_store()  # public CAs
    assert params["require_auth"] == "scram-sha-256"
    assert "password" not in params


def test_the_system_trust_store_is_a_file_libpq_can_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    # the OpenSSL in psycopg's wheels looks for "system" in a folder no machine has
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    bundle = tmp_path / "ca-certificates.crt"
    paths = ssl.DefaultVerifyPaths(str(bundle), None, "SSL_CERT_FILE", "", "SSL_CERT_DIR", "")
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: paths)
    assert connection_params(REMOTE)["sslrootcert"] == str(bundle)
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: paths._replace(cafile=None))
    assert connection_params(REMOTE)["sslrootcert"] == "system"
    # where the user names a bundle for every OpenSSL, libpq's own reads it
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    assert connection_params(REMOTE)["sslrootcert"] == "system"


def test_localhost_with_a_remote_hostaddr_is_remote():
    params = connection_params("postgresql://anna@localhost/dispatch?hostaddr=10.0.0.5")
    assert params["sslmode"] == "verify-full"
    assert params["require_auth"] == "scram-sha-256"


def test_a_private_ca_named_in_the_url_is_the_only_one_trusted():
    params = connection_params(f"{REMOTE}?sslrootcert=/etc/dispatch/ca.pem")
    assert params["sslmode"] == "verify-full"
    assert params["sslrootcert"] == "/etc/dispatch/ca.pem"


@pytest.mark.skipif(sys.platform == "win32", reason="libpq's default place differs")
def test_libpqs_own_ca_file_and_variable_are_honoured(monkeypatch: pytest.MonkeyPatch):
    # conftest points HOME at an empty folder
    root = Path.home() / ".postgresql" / "root.crt"
    root.parent.mkdir()
    root.write_text("a CA\n")
    assert "sslrootcert" not in connection_params(REMOTE)  # libpq reads root.crt itself
    assert "sslrootcert" not in connection_params(f"{REMOTE}?sslmode=verify-ca")
    root.unlink()
    monkeypatch.setenv("PGSSLROOTCERT", "/etc/dispatch/ca.pem")
    assert "sslrootcert" not in connection_params(REMOTE)


def test_a_keyword_value_conninfo_is_read_like_a_url():
    # a replica stores its server as key=value pairs
    params = connection_params("host=db.example.test user=anna dbname=dispatch")
    assert params["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["require", "prefer", "allow"])
def test_tls_that_does_not_check_the_server_is_refused(mode: str):
    with pytest.raises(UserError) as refused:
        connection_params(f"{REMOTE}?sslmode={mode}")
    message = str(refused.value)
    assert f"sslmode={mode}" in message
    assert "verify-full" in message
    assert "sslrootcert=" in message


def test_verify_ca_needs_a_private_ca():
    with pytest.raises(UserError, match="verify-ca"):
        connection_params(f"{REMOTE}?sslmode=verify-ca")
    with pytest.raises(UserError, match="verify-ca"):
        connection_params(f"{REMOTE}?sslmode=verify-ca&sslrootcert=system")
    params = connection_params(f"{REMOTE}?sslmode=verify-ca&sslrootcert=/etc/dispatch/ca.pem")
    assert params["sslmode"] == "verify-ca"


def test_an_unknown_sslmode_is_refused():
    with pytest.raises(UserError, match="sslmode=verify-some"):
        connection_params(f"{REMOTE}?sslmode=verify-some")


def test_sslmode_disable_is_the_users_choice_but_warned_about():
    with pytest.warns(InsecureConnectionWarning, match="not encrypted") as caught:
        params = connection_params(f"{REMOTE}?sslmode=disable")
    assert len(caught) == 1
    assert params["sslmode"] == "disable"
    assert "sslrootcert" not in params
    assert params["require_auth"] == "scram-sha-256"  # the password still never goes in clear


def test_the_environment_cannot_weaken_tls(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PGSSLMODE", "disable")
    assert connection_params(REMOTE)["sslmode"] == "verify-full"


def test_the_urls_own_require_auth_wins():
    # e.g. a server that signs in with client certificates
    params = connection_params(f"{REMOTE}?require_auth=none&sslcert=/c.pem&sslkey=/k.pem")
    assert params["require_auth"] == "none"


# --- the parameters of a loopback connection


def test_a_loopback_server_keeps_libpqs_defaults_for_tls_and_sign_in():
    for url in (LOOPBACK, "postgresql://postgres@localhost/test", "postgresql:///test"):
        params = connection_params(url)
        assert "sslmode" not in params
        assert "sslrootcert" not in params
        assert "require_auth" not in params  # trust sign-in would fail require_auth


def test_a_loopback_url_may_disable_tls_without_a_warning(recwarn: pytest.WarningsRecorder):
    assert connection_params(f"{LOOPBACK}?sslmode=disable")["sslmode"] == "disable"
    assert not [w for w in recwarn if issubclass(w.category, InsecureConnectionWarning)]


# --- keepalives, everywhere


@pytest.mark.parametrize("url", [REMOTE, LOOPBACK])
def test_every_connection_notices_a_silent_network_in_about_30_s(url: str):
    params = connection_params(url)
    assert params["keepalives"] == "1"
    idle, interval, count = (
        int(params[k]) for k in ("keepalives_idle", "keepalives_interval", "keepalives_count")
    )
    assert idle + interval * count <= 30
    assert int(params["tcp_user_timeout"]) <= 30_000
    assert params["connect_timeout"] == "10"


def test_the_urls_own_keepalives_win():
    params = connection_params(f"{LOOPBACK}?keepalives_idle=60&tcp_user_timeout=0")
    assert params["keepalives_idle"] == "60"
    assert params["tcp_user_timeout"] == "0"
    assert params["keepalives_count"] == str(connection.KEEPALIVES_COUNT)


# --- a password never goes in a URL


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://anna:hunter2@db.example.test/dispatch",
        "postgresql+psycopg://anna:hunter2@127.0.0.1/dispatch",
        "postgresql://anna@db.example.test/dispatch?password=hunter2",
        "host=localhost user=anna password=hunter2",
    ],
)
def test_a_password_in_the_url_is_refused_not_dropped(url: str):
    for use in (connection_params, describe, login_of, connect):
        with pytest.raises(UserError) as refused:
            use(url)
        message = str(refused.value)
        assert "password never goes in the URL" in message
        assert "--save-password" in message
        assert "hunter2" not in message


# --- a fake server: the password never reaches it


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A private CA and a certificate it signed for db.example.test: (ca, cert, key)."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Test CA"))
        .issuer_name(name("Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("db.example.test"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("db.example.test")]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104


class FakeServer:
    """Answers PostgreSQL's SSLRequest, does TLS, then asks for a password in clear."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.plaintext = bytearray()  # everything received before TLS
        self.decrypted = bytearray()  # everything received inside TLS
        self.answers = bytearray()  # what came after asking for the password
        self.handshakes = 0
        self.failed_handshakes = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                peer, _ = self.listener.accept()
            except TimeoutError:
                continue
            with peer:
                peer.settimeout(5)
                with contextlib.suppress(OSError):
                    self._answer(peer)

    def _exactly(self, peer: socket.socket, size: int, into: bytearray) -> bytes:
        data = b""
        while len(data) < size:
            chunk = peer.recv(size - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        into += data
        return data

    def _answer(self, peer: socket.socket) -> None:
        while True:
            length, code = struct.unpack("!ii", self._exactly(peer, 8, self.plaintext))
            if length == 8 and code == GSSENC_REQUEST:
                peer.sendall(b"N")
                continue
            if length != 8 or code != SSL_REQUEST:
                return  # a startup message in clear: recorded in self.plaintext
            break
        peer.sendall(b"S")
        try:
            tls = self.context.wrap_socket(peer, server_side=True)
        except (ssl.SSLError, OSError):
            self.failed_handshakes += 1
            return
        self.handshakes += 1
        (length,) = struct.unpack("!i", self._exactly(tls, 4, self.decrypted))
        self._exactly(tls, length - 4, self.decrypted)  # the startup message
        tls.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
        while chunk := tls.recv(4096):
            self.decrypted += chunk
            self.answers += chunk

    def close(self) -> None:
        """Stop accepting and wait for the connection being answered to end."""
        self.stopping.set()
        self.thread.join(10)
        self.listener.close()


@pytest.fixture
def certificates(tmp_path: Path) -> tuple[Path, Path, Path]:
    return _certificates(tmp_path)


@pytest.fixture
def fake_server(certificates: tuple[Path, Path, Path]) -> Iterator[FakeServer]:
    _, cert, key = certificates
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = FakeServer(context)
    yield server
    server.close()


@pytest.fixture
def judged_remote(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fake server listens on 127.0.0.1: treat it as another machine, with a saved password.

    Returns the list of servers the password prompt was asked for (it answers nothing).
    """
    monkeypatch.setattr(connection, "is_local", lambda params: False)
    monkeypatch.setattr(connection, "keyring_password", lambda server: KEYRING_SECRET)
    return []


def _fake_url(server: FakeServer, host: str, extra: str = "") -> str:
    return (
        f"postgresql://anna@{host}:{server.port}/dispatch?hostaddr=127.0.0.1"
        f"&connect_timeout=5{extra}"
    )


def _no_secret_reached(server: FakeServer) -> None:
    secret = KEYRING_SECRET.encode()
    assert secret not in server.plaintext
    assert secret not in server.decrypted
    assert not server.answers.startswith(b"p")  # no PasswordMessage at all


def test_a_certificate_from_an_unknown_ca_gets_no_password(
    fake_server: FakeServer, judged_remote: list[str]
):
    with pytest.raises(UserError) as refused:
        connect(_fake_url(fake_server, "db.example.test"), prompt=judged_remote.append)
    assert "certificate could not be verified" in str(refused.value)
    assert "sslrootcert=" in str(refused.value)
    fake_server.close()
    assert fake_server.failed_handshakes >= 1
    assert fake_server.handshakes == 0  # never past the handshake: no startup, no password
    assert fake_server.decrypted == b""
    assert judged_remote == []  # and nobody was asked to type a password for it
    _no_secret_reached(fake_server)


def test_a_trusted_certificate_for_another_host_name_gets_no_password(
    fake_server: FakeServer, judged_remote: list[str], certificates: tuple[Path, Path, Path]
):
    ca, _, _ = certificates
    url = _fake_url(fake_server, "other.example.test", f"&sslrootcert={ca}")
    with pytest.raises(UserError, match="certificate could not be verified"):
        connect(url, prompt=judged_remote.append)
    fake_server.close()
    # libpq checks the name once the handshake is done, and hangs up before a word is sent
    assert fake_server.decrypted == b""
    assert judged_remote == []
    _no_secret_reached(fake_server)


def test_a_verified_server_asking_for_the_password_in_clear_gets_nothing(
    fake_server: FakeServer, judged_remote: list[str], certificates: tuple[Path, Path, Path]
):
    ca, _, _ = certificates
    url = _fake_url(fake_server, "db.example.test", f"&sslrootcert={ca}")
    with pytest.raises(UserError, match="in clear or as an MD5 hash"):
        connect(url, prompt=judged_remote.append)
    fake_server.close()
    assert fake_server.handshakes == 1  # the private CA was trusted, the name matched
    assert judged_remote == []
    _no_secret_reached(fake_server)


# --- a real PostgreSQL: the verifier is what ALTER ROLE stores


def _scram_matches(verifier: str, password: str) -> bool:
    """Whether a SCRAM-SHA-256 verifier belongs to a password (RFC 5802, ASCII password)."""
    method, rest = verifier.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key, server_key = keys.split(":")
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    return (
        method == "SCRAM-SHA-256"
        and base64.b64decode(stored_key) == hashlib.sha256(client_key).digest()
        and base64.b64decode(server_key) == hmac.digest(salted, b"Server Key", "sha256")
    )


@pytest.mark.postgres
def test_alter_role_stores_the_verifier_computed_here_never_the_password(pg_url: str):
    role = f"dc_verifier_{uuid.uuid4().hex[:10]}"
    password = "correct horse battery staple"
    with connect(pg_url) as conn:
        try:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
            verifier = password_verifier(conn, role, password)
            assert verifier.startswith("SCRAM-SHA-256$")
            assert password not in verifier
            assert _scram_matches(verifier, password)
            assert not _scram_matches(verifier, "another password")
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(verifier)
                )
            )
            stored = conn.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)
            ).fetchone()
            assert stored == (verifier,)  # taken as it is, not hashed again
        finally:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.mark.postgres
def test_a_loopback_connection_carries_the_keepalives(pg_url: str):
    with connect(pg_url) as conn:
        assert conn.info.get_parameters()["keepalives_idle"] == str(connection.KEEPALIVES_IDLE)


def test_the_command_line_shows_an_insecure_connection_as_one_warning_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import warnings

    from console.cli.warnings import warnings_as_lines

    saved = warnings.showwarning
    try:
        warnings_as_lines()
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("sslmode=disable: sent in clear", InsecureConnectionWarning, stacklevel=1)
    finally:
        warnings.showwarning = saved
    assert capsys.readouterr().err == "dispatch-console: warning: sslmode=disable: sent in clear\n"


def test_sync_refuses_a_password_in_its_url_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    store = tmp_path / "desk.sqlite3"
    code = main(
        ["sync", "--url", "postgresql://anna:secret@127.0.0.1/dispatch", "--db", str(store)]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "secret" not in err and "password" in err
