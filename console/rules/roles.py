"""Who may do which task: the provider's staff, and a client's own admin account.

A managed environment is locked, and changes go through the service desk; a client may
still get an admin account limited to named tasks, each only for that client. This
module is the one list of those tasks: a task names the roles allowed to do it, and a
client admin's task is refused for any client but their own.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from console.enums import ApprovalMethod, Role
from console.errors import ValidationError
from console.rules.workflow import Actor
from console.wording.phrases import Phrase, phrase


class Task(StrEnum):
    """What a user asks to do, as the refusals name it."""

    READ_CLIENT_WORK = "see a client's tickets, visits and time"
    RAISE_TICKET = "raise a ticket"
    DECIDE_TICKET = "set a ticket's priority or assignee"
    ASSESS_EMERGENCY = "record an emergency's technical assessment"
    ESTIMATE_TICKET = "estimate a ticket's effort"
    APPROVE_TIME_FOR_CLIENT = "give the client's approval of time"
    KEEP_CONTACTS = "add or edit a client's contacts"
    APPROVE_TIME_FOR_PROVIDER = "approve time for the provider"
    RUN_CUTOFF = "run the daily cut-off"
    KEEP_MASTER_DATA = "change clients, sites or engineers"
    KEEP_CONTRACTS = "change contracts and rates"
    SEE_MONEY = "see contracts, rates and invoices"
    RUN_BILLING = "run billing"
    ISSUE_INVOICES = "issue invoices"
    CREDIT_INVOICES = "correct invoices with credit notes"
    RECORD_PAYMENTS = "record payments"
    MANAGE_USERS = "manage users"


DESK = frozenset({Role.DISPATCHER, Role.SERVICE_MANAGER, Role.ADMIN})
"""The provider's service desk."""

MONEY = frozenset({Role.ADMIN, Role.SERVICE_MANAGER})
"""Who decides what the provider earns: contracts, rates, billing runs and invoices."""

CLIENT_SCOPED = frozenset({Role.CLIENT_ADMIN})
"""Roles whose every task is limited to the one client the user belongs to."""

TASKS: dict[Task, frozenset[Role]] = {
    Task.READ_CLIENT_WORK: DESK | {Role.CLIENT_ADMIN},
    Task.RAISE_TICKET: DESK | {Role.CLIENT_ADMIN},
    Task.DECIDE_TICKET: DESK,  # T4: the desk sets the priority and who works on it
    Task.ASSESS_EMERGENCY: DESK,  # E1, E2: the expert's answer and guarantee, as the desk takes it
    Task.ESTIMATE_TICKET: DESK,  # T7: the desk plans the work, as the server's column rights hold
    Task.APPROVE_TIME_FOR_CLIENT: DESK | {Role.CLIENT_ADMIN},  # the desk records it for them
    Task.KEEP_CONTACTS: DESK | {Role.CLIENT_ADMIN},
    Task.APPROVE_TIME_FOR_PROVIDER: DESK,
    Task.RUN_CUTOFF: DESK,
    Task.KEEP_MASTER_DATA: DESK,
    Task.KEEP_CONTRACTS: MONEY,
    Task.SEE_MONEY: DESK,
    Task.RUN_BILLING: MONEY,
    Task.ISSUE_INVOICES: MONEY,
    Task.CREDIT_INVOICES: MONEY,
    Task.RECORD_PAYMENTS: MONEY,
    Task.MANAGE_USERS: frozenset({Role.ADMIN}),
}
"""Each task and the roles that may do it; a task not listed is nobody's."""


@dataclass(frozen=True)
class Scope:
    """Who acts: their role and, for a client admin, the client they belong to."""

    role: Role
    client_id: uuid.UUID | None = None


SAID: dict[Role, Phrase] = {
    Role.DISPATCHER: phrase("a dispatcher"),
    Role.ENGINEER: phrase("an engineer"),
    Role.SERVICE_MANAGER: phrase("a service manager"),
    Role.ADMIN: phrase("an admin"),
    Role.CLIENT_ADMIN: phrase("a client admin"),
}
"""Each role in words with its article, as a refusal names who asked."""

ROLE_WORDS: dict[Role, Phrase] = {
    Role.DISPATCHER: phrase("dispatcher"),
    Role.ENGINEER: phrase("engineer"),
    Role.SERVICE_MANAGER: phrase("service manager"),
    Role.ADMIN: phrase("admin"),
    Role.CLIENT_ADMIN: phrase("client admin"),
}
"""Each role in words without an article, as a refusal lists who may."""

TASK_WORDS: dict[Task, Phrase] = {
    Task.READ_CLIENT_WORK: phrase("see a client's tickets, visits and time"),
    Task.RAISE_TICKET: phrase("raise a ticket"),
    Task.DECIDE_TICKET: phrase("set a ticket's priority or assignee"),
    Task.ASSESS_EMERGENCY: phrase("record an emergency's technical assessment"),
    Task.ESTIMATE_TICKET: phrase("estimate a ticket's effort"),
    Task.APPROVE_TIME_FOR_CLIENT: phrase("give the client's approval of time"),
    Task.KEEP_CONTACTS: phrase("add or edit a client's contacts"),
    Task.APPROVE_TIME_FOR_PROVIDER: phrase("approve time for the provider"),
    Task.RUN_CUTOFF: phrase("run the daily cut-off"),
    Task.KEEP_MASTER_DATA: phrase("change clients, sites or engineers"),
    Task.KEEP_CONTRACTS: phrase("change contracts and rates"),
    Task.SEE_MONEY: phrase("see contracts, rates and invoices"),
    Task.RUN_BILLING: phrase("run billing"),
    Task.ISSUE_INVOICES: phrase("issue invoices"),
    Task.CREDIT_INVOICES: phrase("correct invoices with credit notes"),
    Task.RECORD_PAYMENTS: phrase("record payments"),
    Task.MANAGE_USERS: phrase("manage users"),
}
"""Each task as a refusal words it in the reader's language."""


def said(role: Role) -> Phrase:
    """A role in words with its article: "a dispatcher", "an admin", "a client admin"."""
    return SAID[role]


def roles_said(roles: Iterable[Role]) -> Phrase:
    """Roles in words, the last after "or": "admin or service manager"."""
    names = [ROLE_WORDS[r] for r in sorted(roles)]
    if len(names) == 1:
        return names[0]
    return phrase("{some} or {last}", some=names[:-1], last=names[-1])


def refusal(task: Task, scope: Scope, client_id: uuid.UUID | None = None) -> Phrase | None:
    """Why ``scope`` may not do ``task`` for ``client_id`` (where it matters), or None."""
    who, what = said(scope.role), TASK_WORDS[task]
    if scope.role not in TASKS.get(task, frozenset()):
        return phrase("{who} may not {what}", who=who, what=what)
    if scope.role in CLIENT_SCOPED:
        if scope.client_id is None:
            return phrase("{who} who belongs to no client may not {what}", who=who, what=what)
        if client_id != scope.client_id:
            return phrase("{who} may {what} only for their own client", who=who, what=what)
    return None


def may(task: Task, scope: Scope, client_id: uuid.UUID | None = None) -> bool:
    """Whether ``scope`` may do ``task`` for that client."""
    return refusal(task, scope, client_id) is None


def check(task: Task, scope: Scope, client_id: uuid.UUID | None = None, *, field: str) -> None:
    """Refuse the task, naming ``field``, unless ``scope`` may do it for that client."""
    reason = refusal(task, scope, client_id)
    if reason is not None:
        raise ValidationError(field, reason)


def check_client_approval(scope: Scope, entry_client_id: uuid.UUID, method: ApprovalMethod) -> None:
    """The client's approval of a time entry: the desk records it on the client's behalf
    however it came; a client admin gives it only for their own client, through the portal.
    """
    check(Task.APPROVE_TIME_FOR_CLIENT, scope, entry_client_id, field="time entry")
    if scope.role in CLIENT_SCOPED and method is not ApprovalMethod.PORTAL:
        raise ValidationError(
            "approval method", phrase("a client admin gives the approval in the portal themselves")
        )


def actor_for(role: Role) -> Actor:
    """The role as the workflow rules name who acts: a client admin acts as the client."""
    return Actor.CLIENT if role in CLIENT_SCOPED else Actor(role.value)
