"""The IMAP conversation with one mailbox, on the asyncio loop (aioimaplib).

Messages the desk has taken carry the keyword `$DispatchTaken` (and \\Seen); the search
for work is every message without it, so the server's own state, not a counter of ours,
says what is left. Nothing is marked before the store committed what the message did.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import Iterable
from dataclasses import dataclass

from aioimaplib import IMAP4, IMAP4_SSL, AioImapException, Response

from console.errors import UserError
from console.model.mail import TlsMode
from console.wording.phrases import Phrase, phrase

TAKEN = "$DispatchTaken"
"""The keyword of a message the desk has taken in."""

_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]")
_FETCH_HEAD = re.compile(rb"^\d+ FETCH \(")
_UID = re.compile(rb"UID (\d+)")
_SEARCH = re.compile(rb"(?:SEARCH)?\s*([\d ]*)")
_LOOPBACK = ("127.0.0.1", "::1", "localhost")


class ImapError(UserError):
    """The mail server refused, or could not be reached; the message says which."""


@dataclass(frozen=True)
class ImapAccount:
    """Where a mailbox is and how to sign in (the password from the keyring)."""

    host: str
    port: int
    tls: TlsMode
    username: str
    password: str
    folder: str = "INBOX"
    timeout: float = 60.0


def quote_mailbox(name: str) -> str:
    """A folder name as an IMAP quoted string (ASCII names only)."""
    if not name.isascii():
        raise ImapError(phrase("the folder name {name} must be plain ASCII", name=repr(name)))
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _uid_set(uids: Iterable[int]) -> str:
    return ",".join(str(u) for u in sorted(set(uids)))


def _check(response: Response, what: Phrase) -> Response:
    if response.result != "OK":
        text = b" ".join(bytes(line) for line in response.lines[-1:]).decode(errors="replace")
        raise ImapError(phrase("the mail server refused to {what}: {text}", what=what, text=text))
    return response


class ImapMailbox:
    """One signed-in IMAP connection with its folder selected."""

    def __init__(self, account: ImapAccount) -> None:
        self.account = account
        self.client: IMAP4 | None = None
        self.uidvalidity = 0

    async def open(self) -> ImapMailbox:
        """Connect, sign in and select the folder; ImapError says what failed."""
        a = self.account
        if a.tls is TlsMode.NONE and a.host not in _LOOPBACK:
            raise ImapError(
                phrase(
                    "a password is never sent unencrypted to {host}: use TLS (port 993)",
                    host=a.host,
                )
            )
        try:
            if a.tls is TlsMode.TLS:
                self.client = IMAP4_SSL(
                    a.host, a.port, timeout=a.timeout, ssl_context=ssl.create_default_context()
                )
            else:
                self.client = IMAP4(a.host, a.port, timeout=a.timeout)
            await self.client.wait_hello_from_server()
            _check(
                await self.client.login(a.username, a.password),
                phrase("sign in as {user}", user=a.username),
            )
            # the capabilities after signing in (MOVE, UIDPLUS) are not in the greeting
            await self.client.protocol.capability()
            selected = _check(await self.client.select(quote_mailbox(a.folder)),
                              phrase("open the folder {folder}", folder=a.folder))  # fmt: skip
        except (OSError, TimeoutError, AioImapException) as exc:
            raise ImapError(
                phrase(
                    "cannot reach the mail server {host}:{port}: {reason}",
                    host=a.host,
                    port=a.port,
                    reason=str(exc) or type(exc).__name__,
                )
            ) from exc
        for line in selected.lines:
            found = _UIDVALIDITY.search(bytes(line))
            if found:
                self.uidvalidity = int(found.group(1))
        if not self.uidvalidity:
            raise ImapError(
                phrase("the mail server gave no UIDVALIDITY for {folder}", folder=a.folder)
            )
        return self

    @property
    def _imap(self) -> IMAP4:
        assert self.client is not None, "open() first"
        return self.client

    @property
    def can_idle(self) -> bool:
        """Whether the server tells of new mail as it arrives (IMAP IDLE)."""
        return self._imap.has_capability("IDLE")

    async def waiting(self) -> list[int]:
        """The UIDs of messages not taken in yet, oldest first."""
        response = _check(await self._imap.uid_search("NOT", "KEYWORD", TAKEN, charset=None),
                          phrase("search the folder"))  # fmt: skip
        uids: list[int] = []
        for line in response.lines[:-1]:  # the last line is the tagged status text
            found = _SEARCH.fullmatch(bytes(line).strip())
            if found:
                uids += [int(u) for u in found.group(1).split()]
        return sorted(uids)

    async def fetch(self, uids: list[int]) -> list[tuple[int, bytes]]:
        """The whole messages of these UIDs, as the server has them (not marked read)."""
        if not uids:
            return []
        response = _check(await self._imap.uid("fetch", _uid_set(uids), "(UID BODY.PEEK[])"),
                          phrase("fetch messages"))  # fmt: skip
        out: list[tuple[int, bytes]] = []
        lines = response.lines
        i = 0
        while i < len(lines):
            line = lines[i]
            if isinstance(line, bytes) and _FETCH_HEAD.match(line) and i + 1 < len(lines):
                data = lines[i + 1]
                uid = _UID.search(line)
                if uid is None and i + 2 < len(lines):  # the UID after the literal
                    uid = _UID.search(bytes(lines[i + 2]))
                if isinstance(data, bytearray) and uid is not None:
                    out.append((int(uid.group(1)), bytes(data)))
                    i += 2
                    continue
            i += 1
        return out

    async def mark_taken(self, uids: list[int]) -> None:
        """Tell the server these messages are taken in (after the store committed)."""
        if uids:
            _check(await self._imap.uid("store", _uid_set(uids), "+FLAGS.SILENT",
                                        f"(\\Seen {TAKEN})"), phrase("mark messages"))  # fmt: skip

    async def move(self, uids: list[int], folder: str) -> None:
        """Move messages to another folder (the quarantine), creating it if need be."""
        if not uids:
            return
        target = quote_mailbox(folder)
        await self._imap.create(target)  # refused when it exists: that is fine
        if self._imap.has_capability("MOVE"):
            _check(
                await self._imap.uid("move", _uid_set(uids), target),
                phrase("move to {folder}", folder=folder),
            )
            return
        _check(
            await self._imap.uid("copy", _uid_set(uids), target),
            phrase("copy to {folder}", folder=folder),
        )
        _check(await self._imap.uid("store", _uid_set(uids), "+FLAGS.SILENT", "(\\Deleted)"),
               phrase("mark moved messages deleted"))  # fmt: skip
        if self._imap.has_capability("UIDPLUS"):
            await self._imap.uid("expunge", _uid_set(uids))
        else:
            await self._imap.expunge()

    async def wait_for_news(self, seconds: float) -> None:
        """Wait until the server tells of a change (IDLE) or the time is up."""
        idle = await self._imap.idle_start(timeout=seconds)
        try:
            await self._imap.wait_server_push(timeout=seconds + 5)
        except TimeoutError:
            pass
        finally:
            self._imap.idle_done()
            await asyncio.wait_for(idle, timeout=self.account.timeout)

    async def close(self) -> None:
        """Sign out; a connection already gone is no error."""
        if self.client is None:
            return
        try:
            await asyncio.wait_for(self.client.logout(), timeout=5)
        except (OSError, TimeoutError, AioImapException):
            pass
        finally:
            self.client = None
