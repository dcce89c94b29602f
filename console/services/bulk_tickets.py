"""Changing the priority, status, assignee or estimate of several tickets at once, and
taking such a change back (T4, T5, T7, T8).

Each call is one transaction: every ticket is checked by the same rules as a change of one
ticket (the workflow for a status, the desk's say over priority and assignee), and one
refusal writes nothing at all. What changed comes back as plain data, with each ticket's
row version after the change, so the window can take it back later only if nobody has
changed the ticket since.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import Priority, Role, TicketStatus
from console.errors import UserError, ValidationError
from console.model import AuditEntry, Ticket, User
from console.rules.effort import check_estimate
from console.rules.roles import DESK, Scope, Task, check
from console.rules.workflow import Actor
from console.services.acting import Acting, Sessions, acting_actor, acting_role, reading, writing
from console.services.tickets import change_status
from console.wording.durations import hours_span
from console.wording.phrases import Phrase, phrase
from console.wording.stored_phrases import stored


class Field(StrEnum):
    """What a bulk change sets."""

    PRIORITY = "priority"
    STATUS = "status"
    ASSIGNEE = "assignee"
    ESTIMATE = "estimate"


ASSIGNABLE = DESK | {Role.ENGINEER}
"""Who a ticket may be assigned to: the desk and the engineers, never a client's account."""


class BulkRefusedError(ValidationError):
    """One ticket refused the change, so none was changed; names the ticket and why."""

    def __str__(self) -> str:
        return f"{self.field}: {self.message}; nothing was changed"


@dataclass(frozen=True)
class TicketChange:
    """One ticket's field before and after a change (values as stored: an enum's value, a
    user's id as hex or an estimate's minutes, None for nobody or none), with its row
    version before and after."""

    ticket_id: uuid.UUID
    reference: str
    before: str | None
    after: str | None
    before_label: str
    after_label: str
    row_version: int
    before_version: int = 0
    """The row version the change started from: an undo of a later change on the same
    ticket brings it back to this state under a new version (see the window's history)."""


@dataclass(frozen=True)
class BulkResult:
    """What a bulk change did: the tickets changed, and those that already had the value."""

    field: Field
    changes: tuple[TicketChange, ...]
    unchanged: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assignable:
    """A user a ticket may be assigned to."""

    id: uuid.UUID
    name: str
    role: Role


# ------------------------------------------------------------------ one ticket, in a session
def _change_priority(
    session: Session, ticket: Ticket, priority: Priority, scope: Scope | None, now: datetime,
    by_user: uuid.UUID | None = None,
) -> None:  # fmt: skip
    """Set one ticket's priority: the desk's decision (T4); audited."""
    if scope is not None:
        check(Task.DECIDE_TICKET, scope, ticket.client_id, field="priority")
    before = Priority(ticket.priority)
    ticket.priority = priority
    _audit(session, by_user, ticket.id, {"priority": [before.value, priority.value]}, now)


def _change_assignee(
    session: Session, ticket: Ticket, assignee_id: uuid.UUID | None, scope: Scope | None,
    now: datetime, by_user: uuid.UUID | None = None,
) -> None:  # fmt: skip
    """Give one ticket to a desk user or engineer (None: to nobody); audited."""
    if scope is not None:
        check(Task.DECIDE_TICKET, scope, ticket.client_id, field="assignee")
    if assignee_id is not None:
        user = session.get(User, assignee_id)
        if user is None:
            raise ValidationError("assignee", phrase("there is no such user"))
        if not user.active:
            raise ValidationError(
                "assignee", phrase("{name} is no longer an active user", name=user.display_name)
            )
        if Role(user.role) not in ASSIGNABLE:
            raise ValidationError(
                "assignee", phrase("a client's own account cannot work on tickets")
            )
    before = ticket.assignee_id
    ticket.assignee_id = assignee_id
    _audit(session, by_user, ticket.id,
           {"assignee_id": [_hex(before), _hex(assignee_id)]}, now)  # fmt: skip


def _change_estimate(
    session: Session, ticket: Ticket, minutes: int | None, scope: Scope | None, now: datetime,
    by_user: uuid.UUID | None = None,
) -> None:  # fmt: skip
    """Set one ticket's estimate of the effort in minutes (None: no estimate); audited."""
    if scope is not None:
        check(Task.ESTIMATE_TICKET, scope, ticket.client_id, field="estimate")
    before = ticket.estimate_minutes
    ticket.estimate_minutes = check_estimate(minutes)
    _audit(session, by_user, ticket.id, {"estimate_minutes": [before, minutes]}, now)


def _audit(
    session: Session, user: uuid.UUID | None, ticket_id: uuid.UUID,
    changes: dict[str, list[object]], now: datetime,
) -> None:  # fmt: skip
    from console.ids import new_id

    session.add(
        AuditEntry(id=new_id(), at=now, user_id=user, entity="ticket", entity_id=ticket_id,
                   action="change", changes=changes)
    )  # fmt: skip


def _hex(user_id: uuid.UUID | None) -> str | None:
    return None if user_id is None else user_id.hex


# ------------------------------------------------------------------ the window's calls
def change_tickets(
    sessions: Sessions,
    acting: Acting,
    ticket_ids: Sequence[uuid.UUID],
    field: Field,
    value: str | None,
    now: datetime,
    resolution: str | None = None,
) -> BulkResult:
    """Set ``field`` to ``value`` on every ticket, all or nothing.

    ``value`` is a priority's or status's value, an assignee's id as hex (None: nobody) or
    an estimate in minutes (None: no estimate).
    A ticket that already has the value is left alone; a refused one refuses them all,
    naming it. Closing wants the resolution, kept on each ticket's timeline.
    """
    if not ticket_ids:
        raise ValidationError("tickets", phrase("select at least one ticket"))
    parsed = _value(field, value)
    if parsed is TicketStatus.CLOSED:
        resolution = (resolution or "").strip() or None
        if resolution is None:
            raise ValidationError("resolution", phrase("say how the ticket was resolved"))
    with writing(sessions) as session:
        names, who = _names(session), _who(session, acting)
        changed, unchanged = [], []
        for ticket in _tickets(session, ticket_ids):
            before = _current(ticket, field)
            if before == value:
                unchanged.append(ticket.reference)
                continue
            version = ticket.row_version
            _apply(session, who, ticket, field, parsed, now, resolution)
            changed.append(_change(session, ticket, field, before, value, names, version))
        return BulkResult(field, tuple(changed), tuple(unchanged))


def take_back(sessions: Sessions, acting: Acting, done: BulkResult, now: datetime) -> BulkResult:
    """Set every ticket of ``done`` back to its value before, all or nothing; refused for a
    ticket changed since (its row version moved on) or whose way back the rules do not
    allow. Returns the change made, which takes this one back in turn (redo)."""
    with writing(sessions) as session:
        names, who = _names(session), _who(session, acting)
        changed = []
        wanted = {c.ticket_id: c for c in done.changes}
        for ticket in _tickets(session, list(wanted)):
            change = wanted[ticket.id]
            if ticket.row_version != change.row_version:
                raise BulkRefusedError(
                    ticket.reference, phrase("was changed since, by someone or something else")
                )
            _apply(session, who, ticket, done.field, _value(done.field, change.before), now,
                   reason=stored(phrase("undone")))  # fmt: skip
            changed.append(_change(session, ticket, done.field, change.after, change.before,
                                   names, change.row_version))  # fmt: skip
        return BulkResult(done.field, tuple(changed))


def assignable_users(sessions: Sessions) -> list[Assignable]:
    """The active users a ticket may be assigned to, by name."""
    with reading(sessions) as session:
        found = session.execute(
            select(User.id, User.display_name, User.role)
            .where(User.active.is_(True), User.role.in_([r.value for r in ASSIGNABLE]))
            .order_by(User.display_name)
        ).all()
    return [Assignable(i, name, Role(role)) for i, name, role in found]


def user_by_name(sessions: Sessions, name: str) -> uuid.UUID:
    """An assignable user by username or name, case aside; refused when none or several."""
    wanted = name.strip().lower()
    with reading(sessions) as session:
        found = session.execute(
            select(User.id, User.role).where(
                (func.lower(User.username) == wanted) | (func.lower(User.display_name) == wanted)
            )
        ).all()
    if not found:
        raise ValidationError("assign", phrase("there is no user {name}", name=repr(name.strip())))
    if len(found) > 1:
        raise ValidationError(
            "assign", phrase("several users are called {name}; give the username",
                             name=repr(name.strip())),
        )  # fmt: skip
    return found[0][0]


# ------------------------------------------------------------------ helpers
Value = Priority | TicketStatus | uuid.UUID | int | None
"""A field's value as the single-ticket change takes it."""


def _value(field: Field, value: str | None) -> Value:
    """The stored value as the single-ticket change takes it; refused when it is none."""
    if field is Field.ESTIMATE:  # minutes, as `rules.effort.read_minutes` reads them
        return check_estimate(None if value is None else _minutes(value))
    try:
        if field is Field.PRIORITY:
            return Priority(str(value))
        if field is Field.STATUS:
            return TicketStatus(str(value))
        return None if value is None else uuid.UUID(value)
    except ValueError:
        raise ValidationError(field.value, phrase("{value} is not one of the choices",
                                                  value=repr(value))) from None  # fmt: skip


def _minutes(value: str) -> int:
    """An estimate given in minutes, as text."""
    if not value.strip().isdigit():
        raise ValidationError("estimate", phrase("give the estimate in whole minutes"), "T7")
    return int(value)


def _tickets(session: Session, ticket_ids: Sequence[uuid.UUID]) -> list[Ticket]:
    """The tickets, in the order given; refused when one does not exist."""
    found = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(ticket_ids)))}
    missing = [i for i in ticket_ids if i not in found]
    if missing:
        raise ValidationError(
            "ticket", phrase("there is no ticket {reference}", reference=missing[0])
        )
    return [found[i] for i in dict.fromkeys(ticket_ids)]


def _current(ticket: Ticket, field: Field) -> str | None:
    if field is Field.PRIORITY:
        return Priority(ticket.priority).value
    if field is Field.STATUS:
        return TicketStatus(ticket.status).value
    if field is Field.ESTIMATE:
        return None if ticket.estimate_minutes is None else str(ticket.estimate_minutes)
    return _hex(ticket.assignee_id)


Who = tuple[Acting, Actor, Scope]
"""The acting user, as the workflow and the role checks name them (read once per call)."""


def _who(session: Session, acting: Acting) -> Who:
    return acting, acting_actor(session, acting), Scope(acting_role(session, acting))


def _apply(
    session: Session, who: Who, ticket: Ticket, field: Field, value: Value, now: datetime,
    reason: str | None = None,
) -> None:  # fmt: skip
    """The single-ticket change, its refusal named after the ticket."""
    acting, actor, scope = who
    try:
        if field is Field.STATUS:
            assert isinstance(value, TicketStatus)
            change_status(session, ticket, value, actor, now,
                          by_user=acting.user_id, reason=reason)  # fmt: skip
            return
        if field is Field.PRIORITY:
            assert isinstance(value, Priority)
            _change_priority(session, ticket, value, scope, now, acting.user_id)
        elif field is Field.ESTIMATE:
            assert value is None or isinstance(value, int)
            _change_estimate(session, ticket, value, scope, now, acting.user_id)
        else:
            assert value is None or isinstance(value, uuid.UUID)
            _change_assignee(session, ticket, value, scope, now, acting.user_id)
    except ValidationError as exc:
        raise BulkRefusedError(ticket.reference, exc.text, exc.rule) from exc
    except UserError as exc:  # the workflow's refusal, a phrase where it is one
        said = exc.args[0] if exc.args and isinstance(exc.args[0], Phrase) else str(exc)
        raise BulkRefusedError(ticket.reference, said) from exc


def _names(session: Session) -> dict[str, str]:
    """Users' names by id (hex), to say who a ticket went from and to."""
    return {i.hex: n for i, n in session.execute(select(User.id, User.display_name))}


def _change(
    session: Session, ticket: Ticket, field: Field, before: str | None, after: str | None,
    names: dict[str, str], version: int,
) -> TicketChange:  # fmt: skip
    session.flush()  # the row version after this change, to take it back only if unchanged
    return TicketChange(ticket.id, ticket.reference, before, after, _label(field, before, names),
                        _label(field, after, names), ticket.row_version, version)  # fmt: skip


def _label(field: Field, value: str | None, names: dict[str, str]) -> str:
    if field is Field.ASSIGNEE:
        return "nobody" if value is None else names.get(value, value)
    if field is Field.ESTIMATE:
        return "none" if value is None else hours_span(int(value) * 60, "en")
    return str(value).replace("_", " ")
