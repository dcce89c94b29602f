"""Reference and number formats: tickets T-YYYY-NNNNNN, visits V-YYYY-NNNNNN, invoices
ISSUER-YYYY-NNNNNN, credit notes ISSUERC-YYYY-NNNNNN, and the provisional references of
records made offline (T2, sync rule 6). Tickets, visits, invoicing, sync and the demo all
read them from here.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Series(StrEnum):
    """A numbered series; its counter row in `number_sequences` carries this name."""

    TICKET = "ticket"
    VISIT = "visit"


PREFIX = {Series.TICKET: "T", Series.VISIT: "V"}
SERIES_OF_TABLE = {"tickets": Series.TICKET, "visits": Series.VISIT}
"""The series of each table whose rows the server numbers when they come from offline."""

LARGEST = 999_999

REFERENCE = re.compile(r"(?<![\w-])T-(\d{4})-(\d{6}|P[0-9A-F]{8})(?![\w-])")
"""A ticket reference anywhere in a text (an e-mail subject), final or provisional."""
_ANY = re.compile(r"([TV])-(\d{4})-(\d{6}|P[0-9A-F]{8})")


def final_reference(series: Series, year: int, number: int) -> str:
    """The reference the client receives, e.g. T-2026-000123."""
    if not 1 <= number <= LARGEST:
        raise ValueError(f"reference number {number} is out of range")
    return f"{PREFIX[series]}-{year:04d}-{number:06d}"


def format_reference(year: int, number: int) -> str:
    """A ticket's final reference: T-YYYY-NNNNNN."""
    return final_reference(Series.TICKET, year, number)


def provisional_reference(year: int, token: str, series: Series = Series.TICKET) -> str:
    """A reference for a record made offline, until the server numbers it."""
    return f"{PREFIX[series]}-{year:04d}-P{token[:8].upper()}"


def is_provisional(reference: str) -> bool:
    """Whether a ticket or visit reference still waits for its server number."""
    match = _ANY.fullmatch(reference)
    return bool(match and match.group(3).startswith("P"))


def year_of(reference: str) -> int:
    """The year a ticket or visit reference was made in."""
    match = _ANY.fullmatch(reference)
    if match is None:
        raise ValueError(f"{reference!r} is not a ticket or visit reference")
    return int(match.group(2))


def invoice_number(issuer: str, year: int, number: int) -> str:
    """An invoice's number in its issuer's gapless series, e.g. DC-2026-000042."""
    return f"{issuer}-{year}-{number:06d}"


def invoice_series(issuer: str) -> str:
    """The counter row of an issuer's invoice series."""
    return f"invoice:{issuer}"


CREDIT_NOTE_MARK = "C"
"""What a credit note's prefix adds to its issuer's: HN-2026-000042 is credited by
HNC-2026-000001, in a gapless series of its own."""


def credit_note_issuer(issuer: str) -> str:
    """The issuer prefix of an issuer's credit notes, e.g. HNC for HN."""
    return f"{issuer}{CREDIT_NOTE_MARK}"


def credit_note_number(issuer: str, year: int, number: int) -> str:
    """A credit note's number in its issuer's credit note series, e.g. HNC-2026-000001."""
    return invoice_number(credit_note_issuer(issuer), year, number)


def credit_note_series(issuer: str) -> str:
    """The counter row of an issuer's credit note series (apart from its invoices')."""
    return f"credit_note:{issuer}"
