"""Closing days: who may enter them and what one must say.

A closing day stops every SLA clock it concerns, like a public holiday: the provider's
(for every client) or one client's, the whole day or from one local time to another.
Because it moves promised deadlines, only the desk enters or removes one.
"""

from __future__ import annotations

import re
from datetime import date

from console.enums import Role
from console.errors import ValidationError
from console.rules import fields
from console.rules.calendar import FIRST_YEAR, LAST_YEAR
from console.rules.master_data import DESK_ROLES
from console.wording.phrases import phrase

CLOSING_ROLES = DESK_ROLES
"""Who may enter or remove a closing day: the same people who keep the clients."""

REASON_LENGTH = 200
"""The longest reason the store keeps (the column's length)."""

_HHMM = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]|24:00")


def may_close(role: Role) -> bool:
    """Whether someone in this role may enter or remove closing days."""
    return role in CLOSING_ROLES


def check_may_close(role: Role) -> None:
    """Refuse a change of closing days by a role that may not make it."""
    if not may_close(role):
        raise ValidationError(
            "user",
            phrase(
                "{role} may not enter or remove closing days; only an admin, a dispatcher "
                "or a service manager may",
                role=role,
            ),
        )


def closing_day(value: object, field: str = "day") -> date:
    """A day, given as a date or as text YYYY-MM-DD."""
    if isinstance(value, date):
        day = value
    elif isinstance(value, str) and value.strip():
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                field, phrase("{value} is not a date YYYY-MM-DD", value=repr(value.strip()))
            ) from None
    else:
        raise ValidationError(field, phrase("must not be empty"))
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(
            field,
            phrase("must lie in the years {first} to {last}", first=FIRST_YEAR, last=LAST_YEAR),
        )
    return day


def reason(value: object, field: str = "reason") -> str:
    """Why the day is closed: text, at most 200 characters."""
    return fields.required_text(value, field, REASON_LENGTH)


def local_time(value: object, field: str) -> str | None:
    """A local wall-clock time HH:MM (24:00 is the day's end), or nothing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if len(text) == 4 and text[1] == ":":
        text = "0" + text  # 9:00 is 09:00
    if not _HHMM.fullmatch(text):
        raise ValidationError(field, phrase("{value} is not a time HH:MM", value=repr(text)))
    return text


def part_of_day(
    start: object, end: object, start_field: str = "from", end_field: str = "to"
) -> tuple[str | None, str | None]:
    """A closing day's hours: both empty (the whole day), or a start before an end."""
    first = local_time(start, start_field)
    last = local_time(end, end_field)
    if first is None and last is None:
        return None, None
    if first is None:
        raise ValidationError(start_field, phrase("give the time the closure starts, too"))
    if last is None:
        raise ValidationError(end_field, phrase("give the time the closure ends, too"))
    if first == "24:00":
        raise ValidationError(start_field, phrase("a closure cannot start at 24:00"))
    if last <= first:  # zero-padded HH:MM sorts as the times do
        raise ValidationError(
            end_field, phrase("{end} is not after {start}", end=last, start=first)
        )
    return first, last


def year(value: object, field: str = "year") -> int:
    """A calendar year the SLA calendars know."""
    try:
        found = int(str(value).strip())
    except ValueError:
        raise ValidationError(field, phrase("{value} is not a year", value=repr(value))) from None
    if not FIRST_YEAR <= found <= LAST_YEAR:
        raise ValidationError(
            field,
            phrase("must lie in the years {first} to {last}", first=FIRST_YEAR, last=LAST_YEAR),
        )
    return found
