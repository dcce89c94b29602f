"""Fetching mail from the window: one pass on demand, or watching the mailboxes while the
window is open, both off the window's thread.

The fetcher's coroutines do the IMAP round trips asynchronously but each message's
intake is a synchronous store transaction; on the window's own loop a batch of them would
stall the window, so both run on an event loop of their own in a worker thread and report
back through queued Qt signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import TYPE_CHECKING

from aioimaplib import AioImapException
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from console.errors import UserError
from console.services.mail.fetcher import fetch_once, mailbox_places, run_service
from console.services.mail.lease import holder_name, release_lease
from console.services.mail.outgoing import notify_desk
from console.services.mail.secrets import SecretStore, secret_store
from console.services.mail.sender import run_sender
from console.services.store_facts import store_syncs
from console.views.background import run_in_background
from console.views.errors import user_message
from console.views.i18n import QT_TRANSLATE_NOOP, say
from console.views.mail.watch_setting import wants_watching
from console.wording.phrases import Phrase

if TYPE_CHECKING:
    from console.services.mail.fetcher import Taken
    from console.views.context import DeskContext

_watchers: set[MailWatcher] = set()
"""The watchers running in this process; a pass on demand defers to them."""


CONTEXT = "MailFetching"
"""The catalogue's context of the texts below (they are said outside any widget)."""
OUTCOME_WORDS = (
    ("ticket", QT_TRANSLATE_NOOP("MailFetching", "%1 new tickets")),
    ("note", QT_TRANSLATE_NOOP("MailFetching", "%1 notes on tickets")),
    ("reopened", QT_TRANSLATE_NOOP("MailFetching", "%1 tickets reopened")),
    ("follow_up", QT_TRANSLATE_NOOP("MailFetching", "%1 follow-up tickets")),
    ("triage", QT_TRANSLATE_NOOP("MailFetching", "%1 from unknown senders")),
    ("quarantine", QT_TRANSLATE_NOOP("MailFetching", "%1 unreadable")),
    ("ignored_auto", QT_TRANSLATE_NOOP("MailFetching", "%1 automatic replies ignored")),
    ("duplicate", QT_TRANSLATE_NOOP("MailFetching", "%1 seen before")),
)
"""What a received message became, as a count in words (the intake's outcomes)."""


def fetch_error(exc: BaseException) -> str:
    """What went wrong with the mail server, in one sentence."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, TimeoutError):
        return QCoreApplication.translate(
            "MailFetching",
            "The mail server did not answer in time. Nothing was lost; try again later.",
        )
    if isinstance(exc, OSError | AioImapException):
        return QCoreApplication.translate(
            "MailFetching",
            "The connection to the mail server broke off (%1). Try again later.",
        ).replace("%1", str(exc) or type(exc).__name__)
    return user_message(exc)


def replica_refusal(desk: DeskContext) -> str | None:
    """Why this desk may not fetch (it works on a copy of the shared database), or None."""
    if store_syncs(desk.engine):
        return QCoreApplication.translate(
            "MailFetching",
            "This desk works on a copy of the shared database. Mail is taken in on the shared "
            "database, by the mail service or a desk connected to it.",
        )
    return None


def watching() -> bool:
    """Whether this process watches the mailboxes already."""
    return any(w.running for w in _watchers)


def outcome_summary(taken: list[Taken]) -> str:
    """What a pass took in, in words: how many tickets, notes, for the triage list…"""
    if not taken:
        return QCoreApplication.translate("MailFetching", "No new mail.")
    counts: dict[str, int] = {}
    for item in taken:
        key = str(getattr(item.result.outcome, "value", item.result.outcome))
        counts[key] = counts.get(key, 0) + 1
    parts = [
        QCoreApplication.translate(CONTEXT, text).replace("%1", str(counts[key]))
        for key, text in OUTCOME_WORDS
        if counts.get(key)
    ]
    return QCoreApplication.translate("MailFetching", "Mail taken in: %1.").replace(
        "%1", ", ".join(parts)
    )


class MailFetcher(QObject):
    """One pass over the enabled mailboxes, on demand; its progress as signals."""

    started = Signal()
    progress = Signal(str)
    """A line of what is happening, in the window's language."""
    finished = Signal(str)
    """The pass is over: what it took in, in words."""
    failed = Signal(str)
    """The pass stopped: why, in one sentence."""

    def __init__(
        self, desk: DeskContext, secrets: SecretStore | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.secrets = secrets or secret_store()
        self.running = False
        self.lines: list[str] = []
        """The services' own account of the last pass, line by line (for the log)."""
        self.taken: list[Taken] = []

    def fetch_now(self) -> bool:
        """Start a pass unless one runs; False (and a `failed` signal) when it cannot."""
        if self.running:
            return False
        refusal = replica_refusal(self.desk)
        if refusal is None and watching():
            refusal = self.tr("This desk already takes mail in as it arrives (see Mail settings).")
        if refusal is not None:
            self.failed.emit(refusal)
            return False
        self.running = True
        self.lines = []
        self.started.emit()
        self.progress.emit(self.tr("Fetching mail…"))
        sessions, secrets, clock = self.desk.session, self.secrets, self.desk.now
        holder = holder_name()

        def work() -> list[Taken]:
            return asyncio.run(fetch_once(sessions, secrets, clock, self._report, None, holder))

        run_in_background(work, self._done, self._failed)
        return True

    def _report(self, line: Phrase) -> None:
        # called on the worker's thread; the signal is queued to the window's
        self.lines.append(say(line))
        self.progress.emit(
            self.tr("Fetching mail… %1 messages so far").replace("%1", str(len(self.lines)))
        )

    def _done(self, taken: list[Taken]) -> None:
        self.running = False
        self.taken = taken
        self.finished.emit(outcome_summary(taken))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(fetch_error(exc))


class MailWatcher(QObject):
    """While the window is open: holds each mailbox's fetch lease and takes mail in as it
    arrives (the mail service's loop), on a thread of its own."""

    arrived = Signal(int)
    """Messages were taken in (how many)."""
    stateChanged = Signal(str)  # noqa: N815 - Qt signal: what the watcher does, in words

    def __init__(
        self,
        desk: DeskContext,
        settings: QSettings,
        secrets: SecretStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.secrets = secrets or secret_store()
        self.holder = holder_name()
        self.state = ""
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        """Whether the watching thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def wanted(self) -> bool:
        """Whether the user asked this desk to fetch while open."""
        return wants_watching(self.settings)

    def apply(self) -> None:
        """Start or stop watching as the setting says."""
        if self.wanted():
            self.start()
        else:
            self.stop()

    def _say(self, text: str) -> None:
        self.state = text
        self.stateChanged.emit(text)

    def start(self) -> None:
        """Watch every enabled mailbox until `stop`; a replica never does."""
        if self.running:
            return
        refusal = replica_refusal(self.desk)
        if refusal is not None:
            self._say(refusal)
            return
        _watchers.add(self)
        self._say(self.tr("This desk fetches mail as it arrives and sends the desk's mail."))
        self._thread = threading.Thread(target=self._run, name="mail-watcher", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        sessions, secrets, clock = self.desk.session, self.secrets, self.desk.now
        try:
            stop = asyncio.Event()

            async def fetch_and_send() -> None:
                # a desk that takes the mail in also sends what the desk queued: the
                # confirmations, status mails and SLA notices, as `mail run` does
                await asyncio.gather(
                    run_service(sessions, secrets, clock, self._report, stop, self.holder),
                    run_sender(sessions, secrets, clock, self._report, stop, self.holder,
                               notices=lambda now: notify_desk(sessions, now)),
                )  # fmt: skip

            self._task = loop.create_task(fetch_and_send())
            loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # said in words in the Mail tab and the status bar
            self._say(self.tr("Not fetching mail: %1").replace("%1", fetch_error(exc)))
        finally:
            # a cancelled service stops between its steps: give the leases up here
            with contextlib.suppress(Exception):
                for place in mailbox_places(sessions):
                    release_lease(sessions, place.id, self.holder)
            # what is still running (a mailbox's logout) ends on this loop, not after it
            left = asyncio.all_tasks(loop)
            for task in left:
                task.cancel()
            with contextlib.suppress(Exception):
                loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    def _report(self, line: Phrase) -> None:
        if "UID {uid}" in line.template:  # a message was taken in
            self.arrived.emit(1)
        elif "trying again" in line.template or "waiting for its lease" in line.template:
            self._say(self.tr("Fetching mail: %1").replace("%1", say(line)))

    def stop(self, wait: float = 3.0) -> None:
        """Stop watching and give the leases up (waits a moment for the thread)."""
        loop, task, thread = self._loop, self._task, self._thread
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(task.cancel)
        if thread is not None:
            thread.join(wait)
        self._thread = None
        _watchers.discard(self)
        if self.state:
            self._say("")
