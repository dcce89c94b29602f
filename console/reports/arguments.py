"""Types of the document kinds' command-line values: days, months, quarters, time zones.

Each raises `argparse.ArgumentTypeError`, which the command line reports as one line.
"""

from __future__ import annotations

import argparse
import re
from datetime import date


def day(text: str) -> date:
    """A day, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def month(text: str) -> tuple[int, int]:
    """A month, YYYY-MM, as (year, month)."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month YYYY-MM")
    if int(match.group(1)) < 1:
        raise argparse.ArgumentTypeError(f"{text} is out of range (years start at 0001)")
    return int(match.group(1)), int(match.group(2))


def quarter(text: str) -> tuple[date, date]:
    """A quarter like 2026Q3, as its first day and the day after its last."""
    match = re.fullmatch(r"(\d{4})-?Q([1-4])", text.upper())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a quarter like 2026Q3")
    year, q = int(match.group(1)), int(match.group(2))
    try:
        start = date(year, 3 * q - 2, 1)
        end = date(year + (q == 4), (3 * q) % 12 + 1, 1)
    except ValueError:  # year 0, or a quarter ending after 9999
        raise argparse.ArgumentTypeError(f"{text} is out of range (0001Q1 to 9999Q3)") from None
    return start, end


def zone(text: str) -> str:
    """A time zone name like Europe/Amsterdam."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # unknown, a path, or a folder
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time zone like Europe/Amsterdam"
        ) from None
    return text
