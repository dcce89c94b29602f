"""Spans of time as a dispatcher reads them in a column: "1d 4h", "2 u 05 m", "1日4時間".

Two units at most, the larger first, in the language's own unit abbreviations from CLDR
(babel): the narrow forms where they are what the language writes, the short ones for
Japanese, whose narrow forms are Latin letters ("1d") a Japanese desk does not use.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from babel.units import format_unit

Length = Literal["short", "long", "narrow"]
LENGTH: dict[str, Length] = {"ja": "short"}
"""Languages whose compact unit is CLDR's short form rather than its narrow one."""
TIGHT = frozenset({"ja"})
"""Languages that write a number and its unit, and two units, without a space."""


@cache
def _unit(amount: int, unit: str, language: str, padded: bool) -> str:
    """One amount of one unit, e.g. (5, "minute", "ru") -> "5 мин"."""
    number = f"{amount:02d}" if padded else str(amount)
    text = format_unit(amount, f"duration-{unit}", length=LENGTH.get(language, "narrow"),
                       locale=language, format="#")  # fmt: skip
    text = text.replace(str(amount), number, 1)
    return text.replace(" ", "").replace("\u00a0", "") if language in TIGHT else text


def compact_span(seconds: float, language: str) -> str:
    """A span in days and hours, hours and minutes, or minutes, in a language."""
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        parts = [_unit(days, "day", language, False), _unit(hours, "hour", language, False)]
    elif hours:
        parts = [_unit(hours, "hour", language, False), _unit(mins, "minute", language, True)]
    else:
        parts = [_unit(mins, "minute", language, False)]
    return ("" if language in TIGHT else " ").join(parts)


def hours_span(seconds: float, language: str) -> str:
    """A span in hours and minutes, never days: an effort of 30 hours is not "1d 6h"."""
    hours, mins = divmod(int(seconds // 60), 60)
    if not hours:
        return _unit(mins, "minute", language, False)
    if not mins:
        return _unit(hours, "hour", language, False)
    parts = [_unit(hours, "hour", language, False), _unit(mins, "minute", language, True)]
    return ("" if language in TIGHT else " ").join(parts)
