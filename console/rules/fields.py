"""Field-level checks shared by the model, the importers and the dialogs."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from babel import Locale, UnknownLocaleError

from console.errors import ValidationError
from console.money import exact_decimal
from console.wording.phrases import Phrase, phrase

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_COUNTRY = re.compile(r"[A-Z]{2}")

E = TypeVar("E", bound=StrEnum)


def phone_e164(value: object, field: str = "phone") -> str:
    """A phone number with country code, as E.164 (`+31201234567`); spaces and dashes go (D1)."""
    if not isinstance(value, str):
        raise ValidationError(field, phrase("must be text"), rule="D1")
    compact = re.sub(r"[\s\-().]", "", value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not _E164.fullmatch(compact):
        raise ValidationError(
            field,
            phrase(
                "{value} needs a country code: write it as +<country><number>, "
                "e.g. +31 20 123 4567",
                value=repr(value),
            ),
            rule="D1",
        )
    return compact


def coordinate(value: object, field: str, limit: int) -> Decimal | None:
    """A WGS 84 latitude (limit 90) or longitude (limit 180) in degrees, or none."""
    if value is None or value == "":
        return None
    degrees = exact_decimal(value, field)
    if not -limit <= degrees <= limit:
        raise ValidationError(
            field,
            phrase(
                "{degrees} is not between -{limit} and {limit} degrees",
                degrees=degrees,
                limit=limit,
            ),
        )
    return degrees


def optional_email(value: object, field: str = "email") -> str | None:
    """An email address or nothing."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _EMAIL.fullmatch(value.strip()):
        raise ValidationError(field, phrase("{value} is not an email address", value=repr(value)))
    return value.strip()


def required_text(value: object, field: str, max_len: int = 200) -> str:
    """Non-empty text, trimmed, within a length."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, phrase("must not be empty"))
    text = value.strip()
    if len(text) > max_len:
        raise ValidationError(
            field,
            phrase("is {length} characters long; at most {most}", length=len(text), most=max_len),
        )
    return text


def country_code(value: object, field: str = "country") -> str:
    """ISO 3166-1 alpha-2, upper case."""
    if not isinstance(value, str) or not _COUNTRY.fullmatch(value):
        raise ValidationError(
            field, phrase("{value} is not a two-letter ISO country code", value=repr(value))
        )
    return value


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def time_zone(value: object, field: str = "time_zone") -> str:
    """An IANA time zone name such as Europe/Amsterdam."""
    if not isinstance(value, str) or value not in _zones():
        raise ValidationError(field, phrase("{value} is not an IANA time zone", value=repr(value)))
    try:
        ZoneInfo(value)
    except ZoneInfoNotFoundError:
        raise ValidationError(
            field, phrase("{value} is not an IANA time zone", value=repr(value))
        ) from None
    return value


def locale_code(value: object, field: str = "locale") -> str:
    """A locale babel knows, such as nl_NL or ja_JP."""
    if not isinstance(value, str):
        raise ValidationError(field, phrase("must be text"))
    try:
        Locale.parse(value)
    except (UnknownLocaleError, ValueError):
        raise ValidationError(
            field, phrase("{value} is not a known locale", value=repr(value))
        ) from None
    return value


def choice(enum: type[E], value: object, field: str) -> E:
    """One of an enum's values."""
    try:
        return enum(str(value))
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(
            field, phrase("{value} is not one of: {allowed}", value=repr(value), allowed=allowed)
        ) from None


def non_negative(value: object, field: str, rule: str | None = None) -> Decimal:
    """An exact decimal that is zero or more."""
    number = exact_decimal(value, field)
    if number < 0:
        raise ValidationError(
            field, phrase("must not be negative (got {number})", number=number), rule=rule
        )
    return number


def decimal_between(
    value: object, field: str, low: Decimal, high: Decimal, rule: str | None = None
) -> Decimal:
    """An exact decimal within [low, high]."""
    number = exact_decimal(value, field)
    if not low <= number <= high:
        raise ValidationError(field, _between(low, high, number), rule=rule)
    return number


def int_between(value: object, field: str, low: int, high: int, rule: str | None = None) -> int:
    """A whole number within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            field, phrase("must be a whole number, not {value}", value=repr(value)), rule=rule
        )
    if not low <= value <= high:
        raise ValidationError(field, _between(low, high, value), rule=rule)
    return value


def _between(low: object, high: object, got: object) -> Phrase:
    return phrase("must be between {low} and {high} (got {got})", low=low, high=high, got=got)


def utc_instant(value: object, field: str) -> datetime:
    """An aware datetime; naive ones are refused because their zone is a guess."""
    if not isinstance(value, datetime):
        raise ValidationError(
            field, phrase("must be a date and time, not {value}", value=repr(value))
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, phrase("must carry a time zone (times are stored in UTC)"))
    return value


def interval_order(start: datetime | date | time, end: datetime | date | time, field: str) -> None:
    """Refuse an interval whose end lies before its start."""
    if end < start:  # type: ignore[operator]
        raise ValidationError(
            field, phrase("ends ({end}) before it starts ({start})", end=end, start=start)
        )
