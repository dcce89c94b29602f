"""What an incoming e-mail does (T1, T2, T8): plain decisions over plain values.

The intake (`console.mail.intake`) reads the message and the store; these functions say
which ticket a message is about, what it does to that ticket, and what a new ticket is
called. The reply to a ticket is decided by `workflow.classify_reply`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from console.enums import TicketStatus
from console.rules.references import REFERENCE
from console.rules.workflow import ReplyAction, classify_reply, reference_in_subject
from console.wording.phrases import Phrase

TITLE_LIMIT = 300
"""A ticket's title is at most this long (the ticket's own column)."""

_PREFIXES = re.compile(
    # what mail clients put before a subject they answer or forward, in the seeds'
    # languages: Re, Fwd, Antw (nl), AW/WG (de), RV/RE (es), Réf, Ответ/Fw, 返信/転送
    r"^\s*((re|fwd?|antw|aw|wg|rv|tr|sv|vs|ref|réf|odp|ответ|返信|転送)"
    r"(\s*\[\d+\])?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def ticket_title(subject: str, sender: str) -> str:
    """The title of a ticket made from a message: its subject without reply prefixes or
    the ticket reference, else who wrote."""
    title = _PREFIXES.sub("", subject or "")
    title = REFERENCE.sub("", title).replace("[]", "")
    title = " ".join(_PREFIXES.sub("", title).split())
    return (title or f"E-mail from {sender}")[:TITLE_LIMIT]


# -- message ids that carry the ticket reference ------------------------------------------

_OWN_ID = re.compile(r"<ticket\.(T-\d{4}-(?:\d{6}|P[0-9A-F]{8}))\.[^@>\s]+@[^>\s]+>", re.IGNORECASE)


def ticket_message_id(reference: str, unique: str, domain: str) -> str:
    """The Message-ID of a mail the desk sends about a ticket: the reference rides in it,
    so a reply finds its ticket even when the client's mail program rewrote the subject."""
    return f"<ticket.{reference}.{unique}@{domain}>"


def reference_in_message_ids(ids: Iterable[str]) -> str | None:
    """The ticket reference in the first of the desk's own Message-IDs among ``ids``."""
    for value in ids:
        match = _OWN_ID.search(value)
        if match:
            return match.group(1).upper()
    return None


@dataclass(frozen=True)
class ThreadKeys:
    """What in a message can name its ticket, most telling first."""

    subject_reference: str | None
    message_ids: tuple[str, ...]
    """In-Reply-To, then References from the newest back."""


def thread_keys(subject: str, in_reply_to: Sequence[str], references: Sequence[str]) -> ThreadKeys:
    """The ticket reference in the subject (T2) and the ids of the messages it answers."""
    ordered: list[str] = []
    for value in (*in_reply_to, *reversed(references)):
        if value and value not in ordered:
            ordered.append(value)
    return ThreadKeys(reference_in_subject(subject or ""), tuple(ordered))


# -- what a message about a ticket does ------------------------------------------------------


class MailAction(StrEnum):
    """What an incoming message does."""

    NOTE = "note"  # added to the ticket (and an awaited reply resumes it)
    REOPEN = "reopen"  # a closed ticket opens again, its clocks carry on (T2, T8)
    FOLLOW_UP = "follow_up"  # after the reopen window: a new ticket linked to the old


@dataclass(frozen=True)
class MailDecision:
    """The action, whether an awaited reply resumes the ticket, and why."""

    action: MailAction
    resume: bool
    reason: Phrase


def reply_decision(
    status: TicketStatus,
    closed_at: datetime | None,
    received_at: datetime,
    subject: str,
    own_words: str,
    reopen_window: timedelta,
) -> MailDecision:
    """What a client's e-mail about an existing ticket does, with the reopen window the
    desk set (T2, T8); automatic mail never comes here (it is never a ticket's reply)."""
    decision = classify_reply(
        status, closed_at, received_at, subject, own_words, reopen_window=reopen_window
    )
    if decision.action is ReplyAction.REOPEN:
        return MailDecision(MailAction.REOPEN, False, decision.reason)
    if decision.action is ReplyAction.NEW_TICKET:
        return MailDecision(MailAction.FOLLOW_UP, False, decision.reason)
    resume = decision.action is ReplyAction.RESUME
    return MailDecision(MailAction.NOTE, resume, decision.reason)
