"""What the master-data services share: sessions, the acting user, fields and records.

A service takes a session factory (the caller's `console.sync.session.store_session`
bound to its store, so a replica's changes reach its outbox), the acting user's id and
plain values: text as typed on the command line or in a CSV file, or values of the
right type. Each call is one transaction: a refusal raises and writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import String, func, or_, select
from sqlalchemy.orm import Session

from console.enums import Role
from console.errors import ValidationError
from console.model import User
from console.rules.master_data import MasterKind, check_master_change
from console.services.audit import ACTING_USER
from console.wording.phrases import Phrase, phrase

from .fields import Field, Lookup, as_uuid, blank

Sessions = Callable[[], Session]
"""Makes a new session on the store (`functools.partial(store_session, engine)`)."""

Record = dict[str, Any]
"""One row as plain values: text, numbers, decimals, days, lists and mappings."""


# ------------------------------------------------------------------ the acting user


def acting_role(session: Session, user_id: uuid.UUID | None) -> Role:
    """The role of the user who acts; without a user only while the store has none."""
    if user_id is None:
        if session.scalar(select(User.id).limit(1)) is not None:
            raise ValidationError("user", phrase("say which user acts: this store has users"))
        return Role.ADMIN  # a new store's owner sets it up before anyone signs in
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise ValidationError(
            "user", phrase("{user_id} is not an active user of this store", user_id=user_id)
        )
    return Role(user.role)


def find_acting_user(sessions: Sessions, username: str | None) -> tuple[uuid.UUID | None, str]:
    """The user a command acts as, with a word for who it is.

    A named user must exist and be active. Without a name: the first active admin, else
    the first active dispatcher; on a store without any user, its owner (no user id).
    """
    with sessions() as session:
        if username:
            user = session.scalar(select(User).where(User.username == username))
            if user is None or not user.active:
                raise ValidationError(
                    "--as",
                    phrase(
                        "{username} is not an active user of this store", username=repr(username)
                    ),
                )
            return user.id, user.username
        if session.scalar(select(User.id).limit(1)) is None:
            return None, "the store's owner"
        found = session.scalar(
            select(User)
            .where(User.active.is_(True), User.role.in_([Role.ADMIN, Role.DISPATCHER]))
            .order_by(User.role != Role.ADMIN, User.username)
            .limit(1)
        )
        if found is None:
            raise ValidationError(
                "--as", phrase("the store has no active admin or dispatcher; name one")
            )
        return found.id, found.username


def check_change(
    session: Session,
    user_id: uuid.UUID | None,
    kind: MasterKind,
    fields: Iterable[str] = (),
    *,
    client_id: uuid.UUID | None = None,
) -> None:
    """Refuse the change unless the acting user's role may make it; ``client_id`` is the
    client the record belongs to (a client admin keeps only their own client's contacts)."""
    role = acting_role(session, user_id)
    user = session.get(User, user_id) if user_id is not None else None
    own = user.client_id if user is not None else None
    check_master_change(role, kind, fields, client_id=client_id, own_client_id=own)


@contextmanager
def writing(sessions: Sessions, user_id: uuid.UUID | None) -> Iterator[Session]:
    """One transaction acting for a user: committed when the block ends, else nothing.

    The session's flushes write the audit trail in that user's name
    (`console.services.audit`), and on a replica the outbox.
    """
    with sessions() as session, session.begin():
        session.info[ACTING_USER] = user_id
        session.autoflush = False  # checks read the store before a refused value reaches it
        yield session


# ------------------------------------------------------------------ fields and records


def apply(
    lookup: Lookup,
    row: object,
    fields: Mapping[str, Field],
    values: Mapping[str, object],
    what: str,
    *,
    adding: bool,
) -> list[ValidationError]:
    """Set each given value on a model object; every refusal, one per field, comes back.

    The model's own validators check each value as it is set; a text longer than its
    column is refused here (SQLite would keep it, PostgreSQL would not).
    """
    problems: list[ValidationError] = []
    for name in values:
        if name not in fields:
            known = ", ".join(fields)
            problems.append(
                ValidationError(
                    name,
                    phrase("is not a field of a {what} ({known})", what=noun(what), known=known),
                )
            )
    if adding:
        for f in fields.values():
            if f.required and blank(values.get(f.name)):
                problems.append(ValidationError(f.name, phrase("is required")))
    table = getattr(row, "__table__", None)
    for name, raw in values.items():
        spec = fields.get(name)
        if spec is None or (adding and blank(raw)):
            continue  # a new record's empty field keeps its default (a required one: above)
        try:
            value = spec.read(lookup, raw, name)
            if value is None and spec.required:
                raise ValidationError(name, phrase("must not be empty"))
            setattr(row, spec.target, value)  # the model's validator checks it
            stored = getattr(row, spec.target)
            column = table.c.get(spec.target) if table is not None else None
            if (
                column is not None
                and isinstance(column.type, String)
                and column.type.length
                and isinstance(stored, str)
                and len(stored) > column.type.length
            ):
                raise ValidationError(
                    name,
                    phrase(
                        "is {length} characters long; at most {most}",
                        length=len(stored),
                        most=column.type.length,
                    ),
                )
        except ValidationError as exc:
            problems.append(exc if exc.field == name else ValidationError(name, exc.text, exc.rule))
    return problems


def refuse_first(problems: list[ValidationError]) -> None:
    """Raise the first refusal, if there is one (a service call stops at it)."""
    if problems:
        raise problems[0]


def record(row: Any, names: Iterable[str]) -> Record:
    """A model row's fields as plain values, its id first."""
    out: Record = {"id": row.id}
    for name in names:
        out[name] = getattr(row, name)
    return out


T = TypeVar("T")

NOUNS = {
    "client": phrase("client"),
    "site": phrase("site"),
    "contact": phrase("contact"),
    "contract": phrase("contract"),
    "engineer": phrase("engineer"),
}
"""The kinds of record a refusal names, worded in the reader's language."""


def noun(kind: str, otherwise: str | None = None) -> Phrase | str:
    """The word for a kind of record ("client"), else the given text as it is."""
    return NOUNS.get(kind, otherwise if otherwise is not None else kind)


def find_one(session: Session, model: type[T], ref: object, field: str, **where: object) -> T:
    """One row named by its id or its name (case-insensitive); an ambiguous name is refused."""
    what = noun(model.__name__.lower(), field.replace("_", " "))
    as_id = as_uuid(ref)
    if as_id is not None:
        row = session.get(model, as_id)
        if row is not None and all(getattr(row, k) == v for k, v in where.items()):
            return row
        raise ValidationError(field, phrase("no {what} with id {as_id}", what=what, as_id=as_id))
    name = str(ref).strip()
    column: Any = getattr(model, "name")  # noqa: B009 - every kind found by name has one
    stmt = select(model).where(func.lower(column) == name.lower())
    for key, value in where.items():
        stmt = stmt.where(getattr(model, key) == value)
    rows = list(session.scalars(stmt.limit(3)))
    if not rows:
        raise ValidationError(field, phrase("no {what} named {name}", what=what, name=repr(name)))
    if len(rows) > 1:
        raise ValidationError(
            field,
            phrase("more than one {what} is named {name}: give its id", what=what, name=repr(name)),
        )
    return rows[0]


def search_filter(model: type, columns: Iterable[str], search: str | None) -> Any:
    """A WHERE clause matching a search text in any of the columns (case-insensitive)."""
    if not search or not search.strip():
        return None
    pattern = f"%{search.strip().lower()}%"
    return or_(*(func.lower(getattr(model, c)).like(pattern) for c in columns))


def list_users(sessions: Sessions) -> list[Record]:
    """The store's active users by username, for choosing an account manager."""
    with sessions() as session:
        stmt = select(User).where(User.active.is_(True)).order_by(func.lower(User.username))
        return [record(u, ("username", "display_name", "role")) for u in session.scalars(stmt)]
