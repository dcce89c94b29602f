"""Dates and times written with Qt's format patterns ("ddd dd MMM HH:mm"), in plain Python.

The window words thousands of times in reads off its own thread (a time list, a roster).
Each call into Qt from such a thread lets go of the interpreter and takes it back at once,
and a thread that does so thousands of times a second keeps the window's thread from ever
getting it: measured here, a loop of `QLocale.toString` calls held the window for 200 to
700 ms at a stretch, where the same loop in Python gave it a turn every 5 ms. So the names
a pattern needs are asked of Qt once, on the window's thread, when the language is chosen
(`DateNames`), and each pattern is written here with them, as Qt writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

Token = tuple[str, int]
"""A pattern field (its letter and how often it is repeated) or, with 0, literal text."""

LONGEST = {"d": 4, "M": 4, "y": 4, "H": 2, "h": 2, "m": 2, "s": 2}
"""Qt's fields, each with the most letters it reads as one."""


@dataclass(frozen=True)
class DateNames:
    """A language's names of days and months, and its digits, as Qt's locale gives them."""

    short_days: tuple[str, ...]  # Monday first
    long_days: tuple[str, ...]
    short_months: tuple[str, ...]  # January first
    long_months: tuple[str, ...]
    am: str = "AM"
    pm: str = "PM"
    zero: str = "0"


@cache
def tokens(pattern: str) -> tuple[Token, ...]:
    """A Qt date-time pattern as fields and literal text (quoted text is literal)."""
    found: list[Token] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "'":
            end = i + 1
            text = []
            while end < n:
                if pattern[end] == "'":
                    if end + 1 < n and pattern[end + 1] == "'":  # '' is a quote mark
                        text.append("'")
                        end += 2
                        continue
                    break
                text.append(pattern[end])
                end += 1
            found.append(("".join(text) if end > i + 1 else "'", 0))
            i = end + 1
            continue
        if ch in ("A", "a") and pattern[i + 1 : i + 2] in ("P", "p"):
            found.append(("AP" if ch == "A" else "ap", 2))
            i += 2
            continue
        if ch in LONGEST:
            run = 1
            while i + run < n and pattern[i + run] == ch and run < LONGEST[ch]:
                run += 1
            if ch == "y" and run == 3:
                run = 2  # Qt reads "yyy" as "yy" and a literal "y"
            if ch == "y" and run == 1:
                found.append(("y", 0))
            else:
                found.append((ch, run))
            i += run
            continue
        found.append((ch, 0))
        i += 1
    return tuple(found)


def written(moment: date | datetime, pattern: str, names: DateNames) -> str:
    """``moment``'s fields as given, written after a Qt pattern with ``names``."""
    twelve = any(letter in ("AP", "ap") for letter, _count in tokens(pattern))
    hour = getattr(moment, "hour", 0)
    parts: list[str] = []
    for letter, count in tokens(pattern):
        if count == 0:
            parts.append(letter)
        elif letter == "d":
            if count >= 3:
                days = names.short_days if count == 3 else names.long_days
                parts.append(days[moment.weekday()])
            else:
                parts.append(_digits(moment.day, count, names))
        elif letter == "M":
            if count >= 3:
                months = names.short_months if count == 3 else names.long_months
                parts.append(months[moment.month - 1])
            else:
                parts.append(_digits(moment.month, count, names))
        elif letter == "y":
            year = moment.year % 100 if count == 2 else moment.year
            parts.append(_digits(year, 2 if count == 2 else 4, names))
        elif letter == "H" or (letter == "h" and not twelve):
            parts.append(_digits(hour, count, names))
        elif letter == "h":
            parts.append(_digits(hour % 12 or 12, count, names))
        elif letter in ("AP", "ap"):
            text = names.am if hour < 12 else names.pm
            parts.append(text.upper() if letter == "AP" else text.lower())
        else:
            value = getattr(moment, "minute" if letter == "m" else "second", 0)
            parts.append(_digits(value, count, names))
    return "".join(parts)


def _digits(value: int, width: int, names: DateNames) -> str:
    """A number padded to ``width`` (1: as it is), in the language's own digits."""
    text = str(value).zfill(width) if width > 1 else str(value)
    if names.zero == "0":
        return text
    base = ord(names.zero)
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in text)
