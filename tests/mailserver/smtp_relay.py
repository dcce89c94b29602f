"""The test SMTP server: a real aiosmtpd server on 127.0.0.1 that hands every message it
accepts to the test Dovecot over LMTP, so the tests read what the desk sent over IMAP.

Every recipient at dispatch.test is delivered to that Dovecot user; every other
recipient (a client's address) lands in support@dispatch.test's INBOX, headers untouched,
so a test finds its mail there by Message-ID. Two kinds of recipient make the server
answer as real ones do: a local part starting with ``reject`` is refused for good (550),
and one starting with ``greylist`` is refused for now (451) the first time that address
is seen by this process, then accepted, as greylisting servers do.

    python tests/mailserver/smtp_relay.py [--port 10025] [--lmtp-port 10024]

AUTH PLAIN/LOGIN is offered without TLS (loopback only) and checks the same users as
start.sh writes for Dovecot; signing in is optional.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import smtplib
import threading
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USERS = {"desk@dispatch.test": "desk-secret", "support@dispatch.test": "support-secret"}
CATCH_ALL = "support@dispatch.test"


class Relay:
    """An aiosmtpd handler: refuse or accept each recipient, then deliver over LMTP."""

    def __init__(self, lmtp_host: str, lmtp_port: int) -> None:
        self.lmtp = (lmtp_host, lmtp_port)
        self.greylisted: set[str] = set()
        # one LMTP connection kept open (a new one per message doubles the time per mail)
        self.connection: smtplib.LMTP | None = None
        self.lock = threading.Lock()

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        """Accept a recipient, or refuse it as the test addresses ask."""
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 mailbox unavailable (the test server refuses it for good)"
        if local.startswith("greylist") and address.lower() not in self.greylisted:
            self.greylisted.add(address.lower())
            return "451 4.7.1 greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        """Deliver the message to Dovecot; its answer is ours."""
        targets = sorted(
            {a if a.lower() in USERS else CATCH_ALL for a in envelope.rcpt_tos}
        )  # fmt: skip
        data = envelope.original_content or envelope.content
        try:
            return await asyncio.to_thread(self._deliver, envelope.mail_from, targets, data)
        except (OSError, smtplib.SMTPException) as exc:
            return f"451 4.3.0 the mailbox server did not take it: {exc}"

    def _deliver(self, sender: str, targets: list[str], data: bytes) -> str:
        with self.lock:
            for attempt in (1, 2):
                if self.connection is None:
                    self.connection = smtplib.LMTP(*self.lmtp, timeout=30)
                try:
                    refused = self.connection.sendmail(sender or "<>", targets, data)
                    break
                except (smtplib.SMTPException, OSError):
                    # Dovecot closes an idle connection ("421 ... inactivity", a reset or a
                    # plain disconnect, whichever the next command meets): open anew once
                    with contextlib.suppress(smtplib.SMTPException, OSError):
                        self.connection.close()
                    self.connection = None
                    if attempt == 2:
                        raise
        if refused:
            code, text = next(iter(refused.values()))
            return f"{code} {text.decode(errors='replace')}"
        return "250 OK delivered"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    if isinstance(data, LoginPassword):
        user, password = data.login.decode(), data.password.decode()
        if USERS.get(user) == password:
            return AuthResult(success=True, auth_data=user)
    return AuthResult(success=False, handled=False)


def main() -> None:
    """Serve until SIGTERM or SIGINT."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=10025)
    parser.add_argument("--lmtp-host", default="127.0.0.1")
    parser.add_argument("--lmtp-port", type=int, default=10024)
    args = parser.parse_args()
    controller = Controller(
        Relay(args.lmtp_host, args.lmtp_port),
        hostname=args.host,
        port=args.port,
        authenticator=_authenticate,
        auth_require_tls=False,  # loopback only
        data_size_limit=64 * 1024 * 1024,
        server_hostname="smtp.dispatch.test",
    )
    controller.start()
    print(f"SMTP relay on {args.host}:{args.port} -> LMTP {args.lmtp_host}:{args.lmtp_port}",
          flush=True)  # fmt: skip
    stop = asyncio.Event()

    async def wait() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await stop.wait()

    try:
        asyncio.run(wait())
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
