"""Ticket and visit workflows (T1-T10, D7): who may move what where, references, replies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from console.enums import TicketStatus, VisitStatus
from console.errors import UserError
from console.rules.references import REFERENCE
from console.wording.phrases import Phrase, phrase


class Actor(StrEnum):
    """Who makes a change: a console role, the client (portal, email) or the system."""

    DISPATCHER = "dispatcher"
    ENGINEER = "engineer"
    SERVICE_MANAGER = "service_manager"
    ADMIN = "admin"
    CLIENT = "client"
    SYSTEM = "system"  # email intake, monitoring


class WorkflowError(UserError):
    """A status change the workflow does not allow."""


PROVIDER = frozenset({Actor.DISPATCHER, Actor.ENGINEER, Actor.SERVICE_MANAGER, Actor.ADMIN})
DESK = frozenset({Actor.DISPATCHER, Actor.SERVICE_MANAGER, Actor.ADMIN})
T = TicketStatus

# T5 statuses; T8: the provider closes (alone or with the client), the client may reopen.
_TICKET: dict[TicketStatus, dict[TicketStatus, frozenset[Actor]]] = {
    T.OPEN: {
        T.IN_PROGRESS: PROVIDER,
        T.AWAITING_REPLY: PROVIDER,
        T.ON_HOLD: PROVIDER,
        T.PLANNED: PROVIDER,
        T.CLOSED: PROVIDER,
    },
    T.IN_PROGRESS: {
        T.AWAITING_REPLY: PROVIDER,
        T.ON_HOLD: PROVIDER,
        T.PLANNED: PROVIDER,
        T.ACCEPTANCE: PROVIDER,
        T.WAITING_FOR_DEPLOY: PROVIDER,
        T.CLOSED: PROVIDER,
    },
    T.AWAITING_REPLY: {
        T.IN_PROGRESS: PROVIDER | {Actor.CLIENT, Actor.SYSTEM},  # the client answered
        T.ON_HOLD: PROVIDER,
        T.CLOSED: PROVIDER,
    },
    T.ON_HOLD: {T.IN_PROGRESS: PROVIDER, T.PLANNED: PROVIDER, T.CLOSED: PROVIDER},
    T.PLANNED: {T.IN_PROGRESS: PROVIDER, T.ON_HOLD: PROVIDER, T.CLOSED: PROVIDER},
    T.ACCEPTANCE: {
        T.CLOSED: PROVIDER | {Actor.CLIENT},  # the client accepts the result
        T.IN_PROGRESS: PROVIDER | {Actor.CLIENT},  # ... or rejects it
        T.WAITING_FOR_DEPLOY: PROVIDER,
    },
    T.WAITING_FOR_DEPLOY: {
        T.ACCEPTANCE: PROVIDER,
        T.IN_PROGRESS: PROVIDER,
        T.CLOSED: PROVIDER,
    },
    T.CLOSED: {T.OPEN: DESK | {Actor.CLIENT, Actor.SYSTEM}},  # T2/T8 reopen
}

V = VisitStatus
_BEFORE_ON_SITE = (
    V.REQUESTED,
    V.AVAILABILITY_CHECKED,
    V.ENGINEER_PROPOSED,
    V.APPROVED,
    V.TRAVEL_BOOKED,
    V.EN_ROUTE,
)
_FIELD = frozenset({Actor.ENGINEER}) | DESK
_VISIT: dict[VisitStatus, dict[VisitStatus, frozenset[Actor]]] = {
    V.REQUESTED: {V.AVAILABILITY_CHECKED: DESK},
    V.AVAILABILITY_CHECKED: {V.ENGINEER_PROPOSED: DESK},
    # The proposal sends contact data and photo ID; the client approves or rejects it.
    V.ENGINEER_PROPOSED: {
        V.APPROVED: DESK | {Actor.CLIENT},
        V.AVAILABILITY_CHECKED: DESK | {Actor.CLIENT},
    },
    # D7: the SLA arrival clock starts at approval; no engineer leaves without it.
    V.APPROVED: {V.TRAVEL_BOOKED: DESK, V.EN_ROUTE: _FIELD},
    V.TRAVEL_BOOKED: {V.EN_ROUTE: _FIELD},
    V.EN_ROUTE: {V.ON_SITE: _FIELD, V.NO_ACCESS: _FIELD},
    V.ON_SITE: {V.WORKING: _FIELD, V.NO_ACCESS: _FIELD},  # D8 prerequisites missing
    V.WORKING: {V.COMPLETED: _FIELD},  # the client approves that the engineer may leave
    V.COMPLETED: {},
    V.CANCELLED: {},
    V.NO_ACCESS: {},
}
for _status in _BEFORE_ON_SITE:
    _VISIT[_status][V.CANCELLED] = DESK | {Actor.CLIENT}


def allowed_ticket_statuses(current: TicketStatus, actor: Actor) -> list[TicketStatus]:
    """The statuses ``actor`` may move a ticket to from ``current`` (for the window)."""
    return [to for to, who in _TICKET[current].items() if actor in who]


def check_ticket_transition(current: TicketStatus, to: TicketStatus, actor: Actor) -> None:
    """Refuse a ticket status change that T5/T8 do not allow, saying why."""
    if to == current:
        raise WorkflowError(phrase("the ticket is already {status}", status=current))
    who = _TICKET[current].get(to)
    if who is None:
        raise WorkflowError(
            phrase("a ticket cannot go from {before} to {after}", before=current, after=to)
        )
    if actor not in who:
        raise WorkflowError(
            phrase(
                "{who} cannot move a ticket from {before} to {after}",
                who=ACTOR_SAID[actor],
                before=current,
                after=to,
            )
        )


def allowed_visit_statuses(current: VisitStatus, actor: Actor) -> list[VisitStatus]:
    """The D7 steps ``actor`` may take from ``current``."""
    return [to for to, who in _VISIT[current].items() if actor in who]


def check_visit_transition(current: VisitStatus, to: VisitStatus, actor: Actor) -> None:
    """Refuse a visit status change that D7 does not allow, saying why."""
    who = _VISIT[current].get(to)
    if who is None:
        if to in (V.EN_ROUTE, V.TRAVEL_BOOKED) and current in _BEFORE_ON_SITE[:3]:
            raise WorkflowError(
                phrase(
                    "a visit cannot go from {before} to {after}: no engineer leaves before "
                    "the client approved the visit",
                    before=current,
                    after=to,
                )
            )
        raise WorkflowError(
            phrase("a visit cannot go from {before} to {after}", before=current, after=to)
        )
    if actor not in who:
        raise WorkflowError(
            phrase(
                "{who} cannot move a visit from {before} to {after}",
                who=ACTOR_SAID[actor],
                before=current,
                after=to,
            )
        )


ACTOR_SAID: dict[Actor, Phrase] = {
    Actor.DISPATCHER: phrase("a dispatcher"),
    Actor.ENGINEER: phrase("an engineer"),
    Actor.SERVICE_MANAGER: phrase("a service manager"),
    Actor.ADMIN: phrase("an admin"),
    Actor.CLIENT: phrase("the client"),
    Actor.SYSTEM: phrase("the system"),
}
"""Who makes a change, with its article, as a refusal names them."""


# -- references in e-mail subjects (T2) ---------------------------------------------------


def reference_in_subject(subject: str) -> str | None:
    """The ticket reference in an email subject, e.g. 'Re: [T-2026-000123] printer'."""
    match = REFERENCE.search(subject)
    return match.group(0) if match else None


def subject_with_reference(reference: str, subject: str) -> str:
    """Keep the reference in the subject of every email about the ticket (T2)."""
    if reference_in_subject(subject) == reference:
        return subject
    return f"[{reference}] {subject}".strip()


# -- replies to tickets (T2, T8) ----------------------------------------------------------


class ReplyAction(StrEnum):
    """What an incoming reply does to its ticket."""

    COMMENT = "comment"  # the ticket is open: add the reply
    RESUME = "resume"  # the desk was awaiting this reply: back to in progress
    REOPEN = "reopen"  # T2: a reply to a closed ticket reopens it
    NOTE = "note"  # an auto-reply or a bare thanks: kept as a note, no reopen
    NEW_TICKET = "new_ticket"  # after the reopen window: a new ticket linked to the old


@dataclass(frozen=True)
class ReplyDecision:
    """The action and why, for the log and the desk."""

    action: ReplyAction
    reason: Phrase


_THANKS = re.compile(
    r"^\W*(many\s+)?(thanks?|thank\s+you|thx|ty|cheers|great|perfect|ok(ay)?|"
    r"bedankt|dank\s*je(wel)?|dank\s+u(\s+wel)?|gracias|muchas\s+gracias|merci|danke|"
    r"спасибо|благодарю|ありがとう(ございます)?|どうも)\b[\s\W]*"
    r"(\w+[\s\W]*){0,3}$",
    re.IGNORECASE,
)
_AUTO_SUBJECT = re.compile(
    r"^(auto(matic)?[\s-]*reply|out of (the )?office|automatisch antwoord|"
    r"respuesta automática|fuera de la oficina|автоответ|不在)",
    re.IGNORECASE,
)


def _own_words(body: str) -> str:
    """The reply without quoted lines and what follows a quote header or signature."""
    lines = []
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(">") or stripped == "--" or re.match(r"^On .+ wrote:$", stripped):
            break
        lines.append(stripped)
    return " ".join(part for part in lines if part).strip()


def classify_reply(
    status: TicketStatus,
    closed_at: datetime | None,
    received_at: datetime,
    subject: str,
    body: str,
    auto_submitted: bool = False,
    reopen_window: timedelta = timedelta(days=14),
) -> ReplyDecision:
    """Decide what a client's reply does; nothing is ever dropped."""
    if status is not TicketStatus.CLOSED:
        if status is TicketStatus.AWAITING_REPLY and not auto_submitted:
            return ReplyDecision(ReplyAction.RESUME, phrase("the desk was awaiting this reply"))
        return ReplyDecision(ReplyAction.COMMENT, phrase("the ticket is open"))
    if auto_submitted or _AUTO_SUBJECT.match(subject.removeprefix("Re:").strip()):
        return ReplyDecision(
            ReplyAction.NOTE, phrase("an automatic reply does not reopen a ticket")
        )
    words = _own_words(body)
    if not words or _THANKS.match(words):
        return ReplyDecision(ReplyAction.NOTE, phrase("a bare thanks does not reopen a ticket"))
    if closed_at is not None and received_at - closed_at > reopen_window:
        return ReplyDecision(
            ReplyAction.NEW_TICKET,
            phrase(
                "closed more than {days} days ago: a new ticket, linked to this one",
                days=reopen_window.days,
            ),
        )
    return ReplyDecision(ReplyAction.REOPEN, phrase("a reply to a closed ticket reopens it"))
