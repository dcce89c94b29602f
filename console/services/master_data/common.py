"""What the master-data services share: sessions, the acting user, fields and records.

A service takes a session factory (the caller's `console.sync.session.store_session`
bound to its store, so a replica's changes reach its outbox), the acting user's id and
plain values: text as typed on the command line or in a CSV file, or values of the
right type. Each call is one transaction: a refusal raises and writes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import String, func, or_, select
from sqlalchemy.orm import Session

from console.enums import Role
from console.errors import ValidationError
from console.model import Engineer, User
from console.money import exact_decimal
from console.rules.master_data import MasterKind, check_master_change
from console.rules.schedule import BASIS_10X5, COMFORT_24X7, validate_schedule
from console.services.audit import ACTING_USER

Sessions = Callable[[], Session]
"""Makes a new session on the store (`functools.partial(store_session, engine)`)."""

Record = dict[str, Any]
"""One row as plain values: text, numbers, decimals, days, lists and mappings."""

E = TypeVar("E", bound=StrEnum)


# ------------------------------------------------------------------ the acting user


def acting_role(session: Session, user_id: uuid.UUID | None) -> Role:
    """The role of the user who acts; without a user only while the store has none."""
    if user_id is None:
        if session.scalar(select(User.id).limit(1)) is not None:
            raise ValidationError("user", "say which user acts: this store has users")
        return Role.ADMIN  # a new store's owner sets it up before anyone signs in
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise ValidationError("user", f"{user_id} is not an active user of this store")
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
                raise ValidationError("--as", f"{username!r} is not an active user of this store")
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
            raise ValidationError("--as", "the store has no active admin or dispatcher; name one")
        return found.id, found.username


def check_change(
    session: Session, user_id: uuid.UUID | None, kind: MasterKind, fields: Iterable[str] = ()
) -> None:
    """Refuse the change unless the acting user's role may make it."""
    check_master_change(acting_role(session, user_id), kind, fields)


@contextmanager
def writing(sessions: Sessions, user_id: uuid.UUID | None) -> Iterator[Session]:
    """One transaction acting for a user: committed when the block ends, else nothing.

    The session's flushes write the audit trail in that user's name
    (`console.services.audit`), and on a replica the outbox.
    """
    with sessions() as session, session.begin():
        session.info[ACTING_USER] = user_id
        yield session


# ------------------------------------------------------------------ values from text


@dataclass(frozen=True)
class Lookup:
    """What a field's reader may need: the session and the record's client."""

    session: Session
    client_id: uuid.UUID | None = None


Reader = Callable[[Lookup, object, str], object]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(_: Lookup, value: object, field: str) -> object:
    """Text, trimmed; empty is nothing (the model refuses it where it is required)."""
    if _blank(value):
        return None
    return value.strip() if isinstance(value, str) else value


def boolean(_: Lookup, value: object, field: str) -> bool:
    """yes/no, true/false, 1/0."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("yes", "y", "true", "1", "on"):
        return True
    if word in ("no", "n", "false", "0", "off", ""):
        return False
    raise ValidationError(field, f"{value!r} is not yes or no")


def whole(_: Lookup, value: object, field: str) -> int | None:
    """A whole number."""
    if _blank(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a whole number") from None


def number(_: Lookup, value: object, field: str) -> Decimal | None:
    """An exact decimal number (a comma as decimal mark is not guessed at)."""
    if _blank(value):
        return None
    return exact_decimal(value.strip() if isinstance(value, str) else value, field)


def day(_: Lookup, value: object, field: str) -> date | None:
    """A day, YYYY-MM-DD."""
    if _blank(value):
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date YYYY-MM-DD") from None


def words(_: Lookup, value: object, field: str) -> list[str]:
    """A list of words: a list, or text separated by commas or semicolons."""
    if _blank(value):
        return []
    items = value if isinstance(value, list | tuple) else str(value).replace(";", ",").split(",")
    return sorted({str(w).strip() for w in items if str(w).strip()})


def languages(lookup: Lookup, value: object, field: str) -> list[str]:
    """Language codes, lower case (en, nl, ja)."""
    codes = [w.lower() for w in words(lookup, value, field)]
    for code in codes:
        if not (code.replace("-", "").replace("_", "").isalpha() and 2 <= len(code) <= 8):
            raise ValidationError(field, f"{code!r} is not a language code such as en or nl")
    return codes


def language(lookup: Lookup, value: object, field: str) -> str | None:
    """One language code."""
    codes = languages(lookup, value, field)
    if len(codes) > 1:
        raise ValidationError(field, "takes one language")
    return codes[0] if codes else None


SCHEDULE_PRESETS = {"10x5": BASIS_10X5, "basis": BASIS_10X5, "24x7": COMFORT_24X7}


def schedule(_: Lookup, value: object, field: str) -> dict[str, Any] | None:
    """A weekly schedule: 10x5, 24x7, or JSON such as {"mon": [["08:00", "18:00"]]}."""
    if _blank(value):
        return None
    if isinstance(value, str):
        preset = SCHEDULE_PRESETS.get(value.strip().lower())
        if preset is not None:
            return {d: [list(iv) for iv in ivs] for d, ivs in preset.items()}
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise ValidationError(
                field, '10x5, 24x7 or JSON such as {"mon": [["08:00", "18:00"]]}', "C2"
            ) from None
    return dict(validate_schedule(value, field))


def mapping(_: Lookup, value: object, field: str) -> dict[str, str]:
    """name=handle pairs separated by commas (messengers), or a mapping."""
    if _blank(value):
        return {}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    out = {}
    for pair in str(value).split(","):
        name, sep, handle = pair.partition("=")
        if not sep or not name.strip() or not handle.strip():
            raise ValidationError(field, f"{pair.strip()!r} is not name=handle")
        out[name.strip()] = handle.strip()
    return out


def choice_of(enum: type[E]) -> Reader:
    """One of an enum's values (spaces and dashes read as underscores)."""

    def read(_: Lookup, value: object, field: str) -> E | None:
        if _blank(value):
            return None
        word = str(value).strip().lower().replace(" ", "_").replace("-", "_")
        try:
            return enum(word)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise ValidationError(field, f"{value!r} is not one of: {allowed}") from None

    return read


def engineer_ref(lookup: Lookup, value: object, field: str) -> uuid.UUID | None:
    """An engineer named by name or id."""
    if _blank(value):
        return None
    return find_one(lookup.session, Engineer, value, field).id


def user_ref(lookup: Lookup, value: object, field: str) -> uuid.UUID | None:
    """A console user named by username or id."""
    if _blank(value):
        return None
    as_id = _as_uuid(value)
    user = (
        lookup.session.get(User, as_id)
        if as_id
        else lookup.session.scalar(select(User).where(User.username == str(value).strip()))
    )
    if user is None:
        raise ValidationError(field, f"no user {value!r}")
    return user.id


# ------------------------------------------------------------------ fields and records


@dataclass(frozen=True)
class Field:
    """One field a user sets: how its value is read, and where it goes in the model."""

    name: str
    read: Reader = text
    required: bool = False
    help: str = ""
    attribute: str | None = None  # the model's attribute, when it is named otherwise

    @property
    def target(self) -> str:
        """The model attribute the value is set on."""
        return self.attribute or self.name


def fields_by_name(fields: Iterable[Field]) -> dict[str, Field]:
    """Fields keyed by the name users give them."""
    return {f.name: f for f in fields}


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
            problems.append(ValidationError(name, f"is not a field of a {what} ({known})"))
    if adding:
        for f in fields.values():
            if f.required and _blank(values.get(f.name)):
                problems.append(ValidationError(f.name, "is required"))
    table = getattr(row, "__table__", None)
    for name, raw in values.items():
        spec = fields.get(name)
        if spec is None or (adding and spec.required and _blank(raw)):
            continue
        try:
            value = spec.read(lookup, raw, name)
            if value is None and spec.required:
                raise ValidationError(name, "must not be empty")
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
                    name, f"is {len(stored)} characters long; at most {column.type.length}"
                )
        except ValidationError as exc:
            problems.append(exc if exc.field == name else ValidationError(name, exc.text, exc.rule))
    return problems


def refuse_first(problems: list[ValidationError]) -> None:
    """Raise the first refusal, if there is one (a service call stops at it)."""
    if problems:
        raise problems[0]


def plain(value: object) -> Any:
    """A value as JSON writes it: text for ids, days, decimals and enums."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def record(row: Any, names: Iterable[str]) -> Record:
    """A model row's fields as plain values, its id first."""
    out: Record = {"id": row.id}
    for name in names:
        out[name] = getattr(row, name)
    return out


def _as_uuid(value: object) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        return None


T = TypeVar("T")


def find_one(session: Session, model: type[T], ref: object, field: str, **where: object) -> T:
    """One row named by its id or its name (case-insensitive); an ambiguous name is refused."""
    what = field.replace("_", " ")
    as_id = _as_uuid(ref)
    if as_id is not None:
        row = session.get(model, as_id)
        if row is not None and all(getattr(row, k) == v for k, v in where.items()):
            return row
        raise ValidationError(field, f"no {what} with id {as_id}")
    name = str(ref).strip()
    column: Any = getattr(model, "name")  # noqa: B009 - every kind found by name has one
    stmt = select(model).where(func.lower(column) == name.lower())
    for key, value in where.items():
        stmt = stmt.where(getattr(model, key) == value)
    rows = list(session.scalars(stmt.limit(3)))
    if not rows:
        raise ValidationError(field, f"no {what} named {name!r}")
    if len(rows) > 1:
        raise ValidationError(field, f"more than one {what} is named {name!r}: give its id")
    return rows[0]


def search_filter(model: type, columns: Iterable[str], search: str | None) -> Any:
    """A WHERE clause matching a search text in any of the columns (case-insensitive)."""
    if not search or not search.strip():
        return None
    pattern = f"%{search.strip().lower()}%"
    return or_(*(func.lower(getattr(model, c)).like(pattern) for c in columns))
