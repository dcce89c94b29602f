"""Sending the outbox over SMTP (aiosmtplib, on the asyncio loop): never a mail twice.

A pass claims the mails that are due a batch at a time in one short transaction (state
"sending", a claim token naming this process, one attempt more), sends them over one
connection kept for the whole pass, and marks them "sent" a few at a time, in one
transaction each, once the server took them.

At most once, by design: a process that dies after the server took a mail and before
the mark leaves the row in "sending". Nobody can know then whether the server took it
(the desk's own server keeps no record we could ask, and a copy appended to a Sent folder
afterwards would leave the same gap between the two steps), so such a row is never sent
again by itself: it is marked failed with the reason "unknown whether the server took
it", and the desk looks in its sent mail and sends it again with `mail outbox retry` if
need be. A row is settled so when its claimer is gone: a process of this host that no
longer runs at once, any other after CLAIM_TIMEOUT.

A temporary refusal (4xx, or no connection) puts the mail back with an exponential
backoff; a permanent one (5xx) fails it with the server's words.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import ssl
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime

import aiosmtplib
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.errors import UserError, said
from console.model import Engineer, Ticket
from console.model.mail import MailSettings, OutboxState, OutgoingMail, SmtpSecurity
from console.rules.photo import photo_kind
from console.rules.references import REFERENCE
from console.services.mail.composing import Attached, address, mail_with_files
from console.services.mail.secrets import SecretStore
from console.services.master_data.common import Sessions
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import stored

log = logging.getLogger(__name__)

KILL_VARIABLE = "DISPATCH_MAIL_KILL_AT"
"""Crash tests name a point here ("after_send"); the process then kills itself (kill -9)."""

SMTP_SECRET = "smtp-outgoing"
"""The name the outgoing server's password is kept under (keyring or password folder)."""

CLAIM_TIMEOUT = timedelta(minutes=10)
"""A claim older than this is settled even when its claimer's host is another."""

MAX_ATTEMPTS = 10
"""Temporary refusals after which a mail fails for good."""

BATCH = 100
"""Mails claimed (and built) per round; every round of a pass uses the same connection."""

MARK_EVERY = 20
"""Mails the server took that are recorded as sent in one transaction. A crash before
the record leaves at most this many in "sending" (failed as unknown, never resent)."""

UNKNOWN = phrase(
    "unknown whether the server took it: the sender stopped between sending and recording "
    "it; look in the sent mail, and send it again with 'retry' if it is not there"
)

Clock = Callable[[], datetime]
Report = Callable[[Phrase], None]


class SmtpError(UserError):
    """The outgoing server is not set up, or could not be reached."""


@dataclass(frozen=True)
class SmtpAccount:
    """Where the outgoing server is and how to sign in (the password from the keyring)."""

    host: str
    port: int
    security: SmtpSecurity
    username: str | None
    password: str | None
    from_address: str
    from_name: str | None = None
    timeout: float = 60.0


@dataclass(frozen=True)
class SendReport:
    """What one pass did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    settled: int = 0


def _fault(point: str) -> None:
    if os.environ.get(KILL_VARIABLE) == point:
        os.kill(os.getpid(), signal.SIGKILL)


def smtp_account(sessions: Sessions, secrets: SecretStore) -> SmtpAccount:
    """The outgoing server from the settings; SmtpError says what is missing."""
    with sessions() as session:
        row = session.scalar(select(MailSettings))
        if row is None or not row.smtp_host or not row.smtp_port:
            raise SmtpError(
                phrase("no outgoing mail server is set up: `dispatch-console mail smtp --host …`")
            )
        security = SmtpSecurity(row.smtp_security or SmtpSecurity.STARTTLS)
        sender = row.from_address or row.smtp_username
        if not sender or "@" not in sender:
            raise SmtpError(phrase("the mail settings name no address to send from (--from)"))
        account = (row.smtp_host, row.smtp_port, security, row.smtp_username, sender,
                   row.from_name)  # fmt: skip
    password = secrets.get(SMTP_SECRET) if account[3] else None
    if account[3] and password is None:
        raise SmtpError(
            phrase(
                "no password is kept for the outgoing server: "
                "`dispatch-console mail smtp --password-stdin`"
            )
        )
    host, port, security, username, sender, name = account
    return SmtpAccount(host, port, security, username, password, sender, name)


def holder_name() -> str:
    """This sender, as a claim names it: host, process and a token."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _claimer_gone(claim: str | None, claimed_at: datetime | None, now: datetime) -> bool:
    """Whether the process that claimed a row no longer runs (or is too long silent)."""
    if claimed_at is None or claim is None or now - claimed_at > CLAIM_TIMEOUT:
        return True
    host, _, rest = claim.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def settle_interrupted(sessions: Sessions, holder: str, now: datetime) -> int:
    """Rows left in "sending" by a sender that is gone: failed, reason unknown (at most
    once: never sent again by themselves). How many."""
    settled = 0
    with sessions() as session, session.begin():
        rows = session.scalars(
            select(OutgoingMail).where(OutgoingMail.state == OutboxState.SENDING)
        ).all()
        for row in rows:
            if row.claim == holder or not _claimer_gone(row.claim, row.claimed_at, now):
                continue
            row.state, row.last_error, row.claim = OutboxState.FAILED, stored(UNKNOWN), None
            settled += 1
    return settled


def claim_due(
    sessions: Sessions, holder: str, now: datetime, limit: int = BATCH
) -> list[uuid.UUID]:
    """Claim up to `limit` mails that are due; another sender's claims are left alone."""
    try:
        with sessions() as session, session.begin():
            query = (
                select(OutgoingMail)
                .where(
                    OutgoingMail.state == OutboxState.QUEUED, OutgoingMail.next_attempt_at <= now
                )
                .order_by(OutgoingMail.next_attempt_at, OutgoingMail.queued_at)
                .limit(limit)
            )
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = session.scalars(query).all()
            for row in rows:
                row.state, row.claim, row.claimed_at = OutboxState.SENDING, holder, now
                row.attempts = (row.attempts or 0) + 1
            return [row.id for row in rows]
    except StaleDataError:
        return []  # another sender claimed some of them in the same instant: next round


@dataclass(frozen=True)
class Outgoing:
    """One claimed mail, as the wire needs it."""

    id: uuid.UUID
    recipient: str
    message_id: str
    data: bytes


def _current_reference(text: str, old: str | None, new: str | None) -> str:
    return text.replace(old, new) if old and new and old != new else text


def build_message(
    row: OutgoingMail,
    account: SmtpAccount,
    now: datetime,
    reference: str | None = None,
    files: Sequence[Attached] = (),
) -> bytes:
    """The mail as it goes out: text/plain in UTF-8, threaded, marked automatic if it is;
    with ``files`` after the text (the engineers' photos of a proposal, D7)."""
    found = REFERENCE.search(row.subject)
    old = found.group(0) if found else None
    headers = [
        ("From", address(account.from_name, account.from_address)),
        ("To", address(row.recipient_name, row.recipient)),
        # a ticket renumbered by the server since the mail was queued is named as it is now
        ("Subject", _current_reference(row.subject, old, reference)),
        ("Date", format_datetime(now)),
        ("Message-ID", row.message_id),
    ]
    if row.in_reply_to:
        headers.append(("In-Reply-To", row.in_reply_to))
    if row.thread_references:
        headers.append(("References", row.thread_references))
    if row.auto_submitted:
        headers.append(("Auto-Submitted", row.auto_submitted))
        # ask the other side's autoresponders not to answer (Exchange, RFC 3834 spirit)
        headers.append(("X-Auto-Response-Suppress", "All"))
    headers.append(("Content-Language", row.language))
    return mail_with_files(headers, _current_reference(row.body, old, reference), list(files))


def _load(sessions: Sessions, ids: list[uuid.UUID], account: SmtpAccount,
          now: datetime) -> list[Outgoing]:  # fmt: skip
    with sessions() as session:
        rows = session.scalars(select(OutgoingMail).where(OutgoingMail.id.in_(ids))).all()
        tickets = {r.ticket_id for r in rows if r.ticket_id}
        references = dict(
            session.execute(select(Ticket.id, Ticket.reference).where(Ticket.id.in_(tickets))).all()
        )
        by_id = {r.id: r for r in rows}
        photos = _photos(session, rows)
        return [
            Outgoing(
                i,
                by_id[i].recipient,
                by_id[i].message_id,
                build_message(
                    by_id[i],
                    account,
                    now,
                    references.get(by_id[i].ticket_id or by_id[i].id),
                    [photos[e] for e in by_id[i].engineer_photos or () if e in photos],
                ),
            )
            for i in ids
            if i in by_id
        ]


def _photos(session: Session, rows: Sequence[OutgoingMail]) -> dict[str, Attached]:
    """The photos these mails carry (D7), by engineer id (hex), each named after its
    engineer; one taken away since the mail was queued is left out."""
    wanted = {uuid.UUID(e) for r in rows for e in r.engineer_photos or ()}
    if not wanted:
        return {}
    found = session.execute(
        select(Engineer.id, Engineer.name, Engineer.photo).where(
            Engineer.id.in_(wanted), Engineer.photo.is_not(None)
        )
    )
    out = {}
    for engineer_id, name, photo in found:
        assert photo is not None  # the query asked for engineers with one
        media_type, extension = photo_kind(photo)
        out[engineer_id.hex] = Attached(f"{name}.{extension}", media_type, photo)
    return out


def _mark_sent(sessions: Sessions, ids: list[uuid.UUID], holder: str, now: datetime) -> int:
    """Record mails the server took, if this sender still holds them; how many."""
    if not ids:
        return 0
    marked = 0
    with sessions() as session, session.begin():
        for row in session.scalars(select(OutgoingMail).where(OutgoingMail.id.in_(ids))):
            if row.claim != holder or row.state != OutboxState.SENDING:
                continue
            row.state, row.sent_at, row.last_error, row.claim = OutboxState.SENT, now, None, None
            marked += 1
    return marked


def backoff(attempts: int) -> timedelta:
    """How long a temporarily refused mail waits: 1, 2, 4 … minutes, at most six hours."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), timedelta(hours=6))


def _refusal(exc: BaseException) -> tuple[bool, str]:
    """Whether a failure is temporary, and the server's words."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        first = exc.recipients[0]
        return first.code < 500, f"{first.code} {first.message}"
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return exc.code < 500, f"{exc.code} {exc.message}"
    return True, f"{type(exc).__name__}: {exc}"


def _client(account: SmtpAccount) -> aiosmtplib.SMTP:
    if account.security is SmtpSecurity.NONE and account.host not in (
        "127.0.0.1", "::1", "localhost",
    ):  # fmt: skip
        raise SmtpError(
            phrase(
                "mail is never sent unencrypted to {host}: use TLS or STARTTLS", host=account.host
            )
        )
    # loading the system's certificates takes a while: only where a TLS handshake needs them
    plain = account.security is SmtpSecurity.NONE
    return aiosmtplib.SMTP(
        hostname=account.host,
        port=account.port,
        use_tls=account.security is SmtpSecurity.TLS,
        start_tls=account.security is SmtpSecurity.STARTTLS,
        tls_context=None if plain else ssl.create_default_context(),
        timeout=account.timeout,
    )


async def _connected(smtp: aiosmtplib.SMTP | None, account: SmtpAccount) -> aiosmtplib.SMTP:
    """The pass's connection, signed in; a new one only when there is none or it dropped."""
    if smtp is not None and smtp.is_connected:
        return smtp
    smtp = _client(account)
    await smtp.connect()
    if account.username and account.password is not None:
        await smtp.login(account.username, account.password)
    return smtp


async def _hang_up(smtp: aiosmtplib.SMTP | None) -> None:
    if smtp is not None and smtp.is_connected:
        try:
            await smtp.quit()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            smtp.close()


class _Marks:
    """What the server took, recorded in a worker thread while the next mails go out (the
    server's answer is the wait; the store's write need not add to it). A record starts
    only after the server took its mails, so a crash still leaves them "sending"."""

    def __init__(self, sessions: Sessions, holder: str, clock: Clock) -> None:
        self.sessions, self.holder, self.clock = sessions, holder, clock
        self.pending: asyncio.Task[int] | None = None
        self.sent = 0

    async def record(self, ids: list[uuid.UUID]) -> None:
        """Record these as sent, once the record before has finished."""
        await self.settle()
        if ids:
            work = asyncio.to_thread(_mark_sent, self.sessions, ids, self.holder, self.clock())
            self.pending = asyncio.ensure_future(work)

    async def settle(self) -> None:
        """Wait for the record under way, if any."""
        if self.pending is not None:
            task, self.pending = self.pending, None
            self.sent += await task


async def send_due(
    sessions: Sessions,
    account: SmtpAccount,
    clock: Clock,
    report: Report,
    holder: str,
) -> SendReport:
    """Send every mail that is due, over one connection for the pass (a new one only if
    the server dropped it); see the module's words."""
    sent = retried = failed = 0
    settled = settle_interrupted(sessions, holder, clock())
    if settled:
        report(
            phrase(
                "{count} mails left in 'sending' by a stopped sender marked failed: {why}",
                count=settled,
                why=UNKNOWN,
            )
        )
    smtp: aiosmtplib.SMTP | None = None
    marks = _Marks(sessions, holder, clock)
    try:
        while True:
            now = clock()
            ids = claim_due(sessions, holder, now)
            if not ids:
                break
            batch = _load(sessions, ids, account, now)
            try:
                smtp = await _connected(smtp, account)
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                temporary, words = _refusal(exc)
                for mail in batch:  # none of them was sent: all go back (or fail, if for good)
                    _settle(sessions, holder, mail.id, temporary, words, clock())
                report(
                    phrase(
                        "cannot send through {host}:{port}: {reply}",
                        host=account.host,
                        port=account.port,
                        reply=words,
                    )
                )
                retried += len(batch) if temporary else 0
                failed += 0 if temporary else len(batch)
                break
            taken: list[uuid.UUID] = []
            for mail in batch:
                if len(taken) >= MARK_EVERY:
                    await marks.record(taken)
                    taken = []
                try:
                    await smtp.sendmail(account.from_address, [mail.recipient], mail.data)
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    temporary, words = _refusal(exc)
                    again = _settle(sessions, holder, mail.id, temporary, words, clock())
                    failure = {"message": mail.message_id, "to": mail.recipient, "reply": words}
                    if again:
                        report(phrase("{message} to {to}: {reply} (tried again later)", **failure))
                    else:
                        report(phrase("{message} to {to}: {reply} (failed)", **failure))
                    if again:
                        retried += 1
                    else:
                        failed += 1
                    if isinstance(exc, aiosmtplib.SMTPServerDisconnected | OSError):
                        break  # the connection is gone; the rest go back, sent on a new one
                    continue
                _fault("after_send")
                taken.append(mail.id)
            await marks.record(taken)
            await marks.settle()
            _release_unsent(sessions, holder, clock())
    finally:
        if marks.pending is not None:  # an error is on its way out: let the record finish
            with contextlib.suppress(Exception):
                await marks.settle()
        # an error out of the loop leaves its claims "sending": one of them may have been
        # handed over already, so they are settled as unknown, never put back by guess
        await _hang_up(smtp)
    done = SendReport(sent + marks.sent, retried, failed, settled)
    busy = done.sent or done.retried or done.failed or done.settled
    log.log(logging.INFO if busy else logging.DEBUG, "sending through %s:%s: sent %d, "
            "to try again %d, failed %d, interrupted sends settled %d", account.host,
            account.port, done.sent, done.retried, done.failed, done.settled)  # fmt: skip
    return done


def _settle(sessions: Sessions, holder: str, mail_id: uuid.UUID, temporary: bool,
            words: str, now: datetime) -> bool:  # fmt: skip
    """A refused mail back in the queue with its backoff, or failed; whether it waits."""
    with sessions() as session, session.begin():
        row = session.get(OutgoingMail, mail_id)
        if row is None or row.claim != holder or row.state != OutboxState.SENDING:
            return False
        row.claim = None
        row.last_error = stored(phrase("the mail server answered: {reply}", reply=words))
        if temporary and row.attempts < MAX_ATTEMPTS:
            row.state, row.next_attempt_at = OutboxState.QUEUED, now + backoff(row.attempts)
            return True
        row.state = OutboxState.FAILED
        if temporary:
            gave_up = phrase(
                "gave up after {attempts} attempts: {reply}", attempts=row.attempts, reply=words
            )
            row.last_error = stored(gave_up)
        return False


def _release_unsent(sessions: Sessions, holder: str, now: datetime) -> None:
    """Claimed mails never handed to the server (the connection dropped first) go back."""
    with sessions() as session, session.begin():
        for row in session.scalars(
            select(OutgoingMail).where(
                OutgoingMail.state == OutboxState.SENDING, OutgoingMail.claim == holder
            )
        ):
            # never handed over: the attempt does not count against it
            row.state, row.claim = OutboxState.QUEUED, None
            row.attempts = max((row.attempts or 1) - 1, 0)
            row.next_attempt_at = now


async def run_sender(
    sessions: Sessions,
    secrets: SecretStore,
    clock: Clock,
    report: Report,
    stop: asyncio.Event,
    holder: str,
    poll_seconds: float = 15.0,
    notices: Callable[[datetime], int] | None = None,
) -> None:
    """Send what is due until `stop` is set; `notices` (the SLA look) runs every round."""
    while not stop.is_set():
        try:
            if notices is not None:
                queued = notices(clock())
                if queued:
                    report(phrase("{count} SLA notices queued for the dispatchers", count=queued))
            account = smtp_account(sessions, secrets)
            done = await send_due(sessions, account, clock, report, holder)
            if done.sent or done.retried or done.failed:
                report(
                    phrase(
                        "sent {sent}, to try again {retried}, failed {failed}",
                        sent=done.sent,
                        retried=done.retried,
                        failed=done.failed,
                    )
                )
        except SmtpError as exc:
            report(phrase("sending: {error}", error=said(exc)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
