"""Fetching: every waiting message of a mailbox taken in, a batch per transaction, and the
server told only after the store committed; once, or as a service that holds the lease.

A batch of messages is fetched in one IMAP round trip and taken in in one transaction
(a commit per message cost more than taking most messages in): each message's ticket and
the record of the message (mailbox, UIDVALIDITY, UID) are in it together. A crash before
the commit leaves nothing of the batch in the store and nothing marked on the server: the
next pass takes the batch in again. A crash between the commit and the mark leaves the
messages unmarked on the server; the next pass finds them recorded and only marks them.
Should the batch's transaction fail as a whole (another process recorded one of its
messages in the same instant), it is taken in again one message per transaction, so the
others still go in. Unreadable messages are moved to the mailbox's quarantine folder
after they are recorded with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from aioimaplib import AioImapException
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from console.errors import said
from console.model.mail import Mailbox, TlsMode
from console.services.mail.imap import ImapAccount, ImapError, ImapMailbox
from console.services.mail.intake import IntakeResult, intake_settings, take_in
from console.services.mail.lease import LEASE_TIME, lease_holder, release_lease, take_lease
from console.services.mail.secrets import SecretStore, secret_name
from console.services.master_data.common import Sessions
from console.wording.phrases import Phrase, phrase

log = logging.getLogger(__name__)

KILL_VARIABLE = "DISPATCH_MAIL_KILL_AT"
"""Crash tests name a point here ("after_commit": after a batch committed, before the
server is told; "in_batch": amid a batch's transaction), optionally the batch it happens
in ("after_commit:3"); the process then kills itself (kill -9)."""

BATCH = 50
"""Messages fetched per IMAP round trip and taken in per transaction."""

Clock = Callable[[], datetime]
Report = Callable[[Phrase], None]


@dataclass(frozen=True)
class Taken:
    """One message of one pass, and what became of it."""

    mailbox: str
    uid: int
    result: IntakeResult

    def line(self) -> Phrase:
        """One line for the log: where it came from and what it became."""
        r = self.result
        values = {"mailbox": self.mailbox, "uid": self.uid, "outcome": r.outcome, "why": r.reason}
        if r.reference and r.already:
            return phrase(
                "{mailbox}: UID {uid}: {outcome} {reference} (taken in before; now marked): {why}",
                reference=r.reference,
                **values,
            )
        if r.reference:
            return phrase(
                "{mailbox}: UID {uid}: {outcome} {reference}: {why}",
                reference=r.reference,
                **values,
            )
        if r.already:
            return phrase(
                "{mailbox}: UID {uid}: {outcome} (taken in before; now marked): {why}", **values
            )
        return phrase("{mailbox}: UID {uid}: {outcome}: {why}", **values)


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


def _fault(point: str, batch: int = 1) -> None:
    wanted = os.environ.get(KILL_VARIABLE, "")
    if wanted in (point, f"{point}:{batch}"):
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
        raise ImapError(
            phrase("there is no mailbox {name} (see `mail mailboxes list`)", name=repr(name))
        )
    return found


def account_of(place: MailboxPlace, secrets: SecretStore) -> ImapAccount:
    """How to sign in to a mailbox; the password from the keyring."""
    password = secrets.get(secret_name(place.name))
    if password is None:
        raise ImapError(
            phrase(
                "no password is kept for the mailbox {name}: set it with "
                "`dispatch-console mail mailboxes password {name}`",
                name=place.name,
            )
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
        report(
            phrase(
                "{mailbox}: UID {uid}: not taken in this time ({error})",
                mailbox=place.name,
                uid=uid,
                error=str(exc.orig),
            )
        )
        return None


def _take_batch(
    sessions: Sessions,
    place: MailboxPlace,
    uidvalidity: int,
    fetched: list[tuple[int, bytes]],
    clock: Clock,
    number: int,
) -> list[tuple[int, IntakeResult]]:
    """A batch of messages taken in in one transaction; IntegrityError leaves none of it."""
    results: list[tuple[int, IntakeResult]] = []
    with sessions() as session, session.begin():
        mailbox = session.get(Mailbox, place.id)
        assert mailbox is not None
        settings = intake_settings(session)
        for uid, raw in fetched:
            results.append(
                (uid, take_in(session, mailbox, uidvalidity, uid, raw, clock(), settings))
            )
            _fault("in_batch", number)
    return results


def _take_in(
    sessions: Sessions,
    place: MailboxPlace,
    uidvalidity: int,
    fetched: list[tuple[int, bytes]],
    clock: Clock,
    report: Report,
    number: int,
) -> list[tuple[int, IntakeResult]]:
    """A fetched batch taken in: in one transaction, else (a clash with another process)
    one message per transaction, leaving out those that clash."""
    try:
        return _take_batch(sessions, place, uidvalidity, fetched, clock, number)
    except IntegrityError:
        pass
    results: list[tuple[int, IntakeResult]] = []
    for uid, raw in fetched:
        result = _take_one(sessions, place, uidvalidity, uid, raw, clock(), report)
        if result is not None:
            results.append((uid, result))
    return results


async def take_waiting(
    sessions: Sessions, place: MailboxPlace, box: ImapMailbox, clock: Clock, report: Report
) -> list[Taken]:
    """Take in every message waiting in the open mailbox, a batch per transaction; the
    server is told per batch, after its transaction committed."""
    taken: list[Taken] = []
    waiting = await box.waiting()
    for number, start in enumerate(range(0, len(waiting), BATCH), start=1):
        fetched = await box.fetch(waiting[start : start + BATCH])
        results = _take_in(sessions, place, box.uidvalidity, fetched, clock, report, number)
        _fault("after_commit", number)
        done = [uid for uid, result in results if not result.quarantined]
        quarantined = [uid for uid, result in results if result.quarantined]
        taken += [Taken(place.name, uid, result) for uid, result in results]
        await box.mark_taken(done + quarantined)
        await box.move(quarantined, place.quarantine_folder)
    log.log(logging.INFO if waiting else logging.DEBUG, "%s", round_line(place.name, taken))
    return taken


def round_line(mailbox: str, taken: list[Taken]) -> str:
    """A pass over a mailbox in one line: how many messages, and what they became."""
    counts: dict[str, int] = {}
    for item in taken:
        outcome = item.result.outcome.value.replace("_", " ")
        counts[outcome] = counts.get(outcome, 0) + 1
    what = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
    return f"{mailbox}: {len(taken)} message(s) taken in" + (f" ({what})" if what else "")


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
            report(phrase("{mailbox}: skipped, fetched by {who} now", mailbox=place.name, who=who))
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
                report(
                    phrase(
                        "{mailbox}: fetched by {who}; waiting for its lease to end",
                        mailbox=place.name,
                        who=who,
                    )
                )
                said_held = True
            await _pause(stop, renew)
            continue
        said_held = False
        box = ImapMailbox(account_of(place, secrets))
        try:
            await box.open()
            backoff = 5.0
            where = {"mailbox": place.name, "folder": place.folder, "host": place.host}
            if box.can_idle:
                report(phrase("{mailbox}: watching {folder} on {host} (IDLE)", **where))
            else:
                report(
                    phrase(
                        "{mailbox}: watching {folder} on {host} (polling every {seconds} s)",
                        seconds=poll_seconds,
                        **where,
                    )
                )
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
            report(
                phrase(
                    "{mailbox}: {error}; trying again in {seconds} s",
                    mailbox=place.name,
                    error=said(exc) if str(exc) else type(exc).__name__,
                    seconds=backoff,
                )
            )
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
        raise ImapError(
            phrase("no mailbox is set up: add one with `dispatch-console mail mailboxes add`")
        )
    await asyncio.gather(
        *(
            watch_mailbox(sessions, secrets, p, clock, report, stop, holder, poll_seconds)
            for p in places
        )
    )
