"""Fetching: every waiting message of a mailbox taken in, one transaction each, and the
server told only after the store committed; once, or as a service that holds the lease.

A crash between the commit and the mark leaves the message unmarked on the server; the
next pass finds it already recorded and only marks it. Unreadable messages are moved to
the mailbox's quarantine folder after they are recorded with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from aioimaplib import AioImapException
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from console.model.mail import Mailbox, TlsMode
from console.services.mail.imap import ImapAccount, ImapError, ImapMailbox
from console.services.mail.intake import IntakeResult, intake_settings, take_in
from console.services.mail.lease import LEASE_TIME, lease_holder, release_lease, take_lease
from console.services.mail.secrets import SecretStore, secret_name
from console.services.master_data.common import Sessions

KILL_VARIABLE = "DISPATCH_MAIL_KILL_AT"
"""Crash tests name a point here ("after_commit"); the process then kills itself (kill -9)."""

BATCH = 25
"""Messages fetched per IMAP round trip."""

Clock = Callable[[], datetime]
Report = Callable[[str], None]


@dataclass(frozen=True)
class Taken:
    """One message of one pass, and what became of it."""

    mailbox: str
    uid: int
    result: IntakeResult

    def line(self) -> str:
        """One line for the log: where it came from and what it became."""
        r = self.result
        what = r.outcome.value.replace("_", " ")
        if r.reference:
            what += f" {r.reference}"
        if r.already:
            what += " (taken in before; now marked)"
        return f"{self.mailbox}: UID {self.uid}: {what}: {r.reason}"


@dataclass(frozen=True)
class MailboxPlace:
    """A mailbox's id, name and where its mail is, as plain values."""

    id: uuid.UUID
    name: str
    host: str
    port: int
    tls: TlsMode
    username: str
    folder: str
    quarantine_folder: str


def _fault(point: str) -> None:
    if os.environ.get(KILL_VARIABLE) == point:
        os.kill(os.getpid(), signal.SIGKILL)


def mailbox_places(sessions: Sessions, name: str | None = None) -> list[MailboxPlace]:
    """The enabled mailboxes (or the one named), as plain values."""
    with sessions() as session:
        query = select(Mailbox).order_by(Mailbox.name)
        query = query.where(Mailbox.name == name) if name else query.where(Mailbox.enabled)
        found = [
            MailboxPlace(
                m.id,
                m.name,
                m.host,
                m.port,
                TlsMode(m.tls),
                m.username,
                m.folder,
                m.quarantine_folder,
            )
            for m in session.scalars(query)
        ]
    if name and not found:
        raise ImapError(f"there is no mailbox {name!r} (see `mail mailboxes list`)")
    return found


def account_of(place: MailboxPlace, secrets: SecretStore) -> ImapAccount:
    """How to sign in to a mailbox; the password from the keyring."""
    password = secrets.get(secret_name(place.name))
    if password is None:
        raise ImapError(
            f"no password is kept for the mailbox {place.name}: set it with "
            f"`dispatch-console mail mailboxes password {place.name}`"
        )
    return ImapAccount(place.host, place.port, place.tls, place.username, password,
                       place.folder)  # fmt: skip


def _take_one(
    sessions: Sessions,
    place: MailboxPlace,
    uidvalidity: int,
    uid: int,
    raw: bytes,
    now: datetime,
    report: Report,
) -> IntakeResult | None:
    try:
        with sessions() as session, session.begin():
            mailbox = session.get(Mailbox, place.id)
            assert mailbox is not None
            settings = intake_settings(session)
            return take_in(session, mailbox, uidvalidity, uid, raw, now, settings)
    except IntegrityError as exc:
        # another process recorded it in the same instant: the next pass sees it
        report(f"{place.name}: UID {uid}: not taken in this time ({exc.orig})")
        return None


async def take_waiting(
    sessions: Sessions, place: MailboxPlace, box: ImapMailbox, clock: Clock, report: Report
) -> list[Taken]:
    """Take in every message waiting in the open mailbox; the server is told per batch,
    after each message's transaction committed."""
    taken: list[Taken] = []
    waiting = await box.waiting()
    for start in range(0, len(waiting), BATCH):
        fetched = await box.fetch(waiting[start : start + BATCH])
        done: list[int] = []
        quarantined: list[int] = []
        for uid, raw in fetched:
            result = _take_one(sessions, place, box.uidvalidity, uid, raw, clock(), report)
            if result is None:
                continue
            _fault("after_commit")
            (quarantined if result.quarantined else done).append(uid)
            taken.append(Taken(place.name, uid, result))
        await box.mark_taken(done + quarantined)
        await box.move(quarantined, place.quarantine_folder)
    return taken


async def fetch_once(
    sessions: Sessions,
    secrets: SecretStore,
    clock: Clock,
    report: Report,
    name: str | None = None,
    holder: str = "",
) -> list[Taken]:
    """One pass over the enabled mailboxes (or the one named), each under its lease."""
    taken: list[Taken] = []
    for place in mailbox_places(sessions, name):
        if not take_lease(sessions, place.id, holder, clock()):
            who = lease_holder(sessions, place.id, clock())
            report(f"{place.name}: skipped, fetched by {who} now")
            continue
        box = ImapMailbox(account_of(place, secrets))
        try:
            await box.open()
            for item in await take_waiting(sessions, place, box, clock, report):
                report(item.line())
                taken.append(item)
        finally:
            await box.close()
            release_lease(sessions, place.id, holder)
    return taken


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


async def watch_mailbox(
    sessions: Sessions,
    secrets: SecretStore,
    place: MailboxPlace,
    clock: Clock,
    report: Report,
    stop: asyncio.Event,
    holder: str,
    poll_seconds: float = 60.0,
) -> None:
    """The service loop of one mailbox: hold the lease, take in what waits, then wait for
    news (IDLE where the server offers it, else a poll), until `stop` is set."""
    renew = LEASE_TIME.total_seconds() / 3
    backoff = 5.0
    said_held = False
    while not stop.is_set():
        if not take_lease(sessions, place.id, holder, clock()):
            if not said_held:
                who = lease_holder(sessions, place.id, clock())
                report(f"{place.name}: fetched by {who}; waiting for its lease to end")
                said_held = True
            await _pause(stop, renew)
            continue
        said_held = False
        box = ImapMailbox(account_of(place, secrets))
        try:
            await box.open()
            backoff = 5.0
            how = "IDLE" if box.can_idle else f"polling every {poll_seconds:g} s"
            report(f"{place.name}: watching {place.folder} on {place.host} ({how})")
            while not stop.is_set():
                for item in await take_waiting(sessions, place, box, clock, report):
                    report(item.line())
                if not take_lease(sessions, place.id, holder, clock()):
                    break
                if box.can_idle:
                    await box.wait_for_news(min(renew, poll_seconds))
                else:
                    await _pause(stop, min(renew, poll_seconds))
        except (ImapError, OSError, TimeoutError, AioImapException) as exc:
            report(f"{place.name}: {exc or type(exc).__name__}; trying again in {backoff:g} s")
            await _pause(stop, backoff)
            backoff = min(backoff * 2, 300.0)
        finally:
            await box.close()
    release_lease(sessions, place.id, holder)


async def run_service(
    sessions: Sessions,
    secrets: SecretStore,
    clock: Clock,
    report: Report,
    stop: asyncio.Event,
    holder: str,
    poll_seconds: float = 60.0,
) -> None:
    """Watch every enabled mailbox until `stop` is set."""
    places = mailbox_places(sessions)
    if not places:
        raise ImapError("no mailbox is set up: add one with `dispatch-console mail mailboxes add`")
    await asyncio.gather(
        *(
            watch_mailbox(sessions, secrets, p, clock, report, stop, holder, poll_seconds)
            for p in places
        )
    )
