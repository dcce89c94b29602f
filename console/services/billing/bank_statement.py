"""A bank statement's payments, from a CSV file, booked at once: all of them or none.

The desk exports the day's incoming payments from its bank as CSV with a header row:
`invoice` (its number), `amount` and `paid_on` (YYYY-MM-DD) are needed, `reference` and
`method` may follow. Each payment gets the checks of one recorded by hand; a refusal
names the file's line and the field, and nothing is booked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TextIO

from console.errors import UserError, ValidationError
from console.services.importing import column_key, read_csv
from console.wording.phrases import phrase

from .payments import PaymentRefusedError, Received, Sessions, record_payments

REQUIRED = ("invoice", "amount", "paid_on")
OPTIONAL = ("reference", "method")
COLUMN_OF = {"date": "paid_on"}
"""The file's column for a field a payment's check names otherwise."""


@dataclass(frozen=True)
class StatementLine:
    """One payment of the file, with the line it is on (the header is line 1)."""

    line: int
    received: Received


@dataclass(frozen=True)
class StatementBooked:
    """What booking a statement did."""

    payments: int
    paid_invoices: int  # invoices that owe nothing more now


def read_statement(stream: TextIO) -> list[StatementLine]:
    """The payments of a CSV statement; a file without the columns it needs is refused."""
    header, rows = read_csv(stream)
    names = [column_key(cell) for cell in header]
    for name in names:
        if name not in REQUIRED + OPTIONAL:
            raise ValidationError(
                "file",
                phrase(
                    "unknown column {name}; the columns are {columns}",
                    name=repr(name),
                    columns=", ".join(REQUIRED + OPTIONAL),
                ),
            )
    for name in REQUIRED:
        if name not in names:
            raise ValidationError("file", phrase("no {name} column", name=repr(name)))
    out = []
    for line, cells in rows:
        value = dict(zip(names, (c.strip() for c in cells), strict=False))
        out.append(
            StatementLine(
                line,
                Received(
                    invoice=value.get("invoice", ""),
                    amount=value.get("amount", ""),
                    paid_on=value.get("paid_on", ""),
                    method=value.get("method") or "bank transfer",
                    reference=value.get("reference") or None,
                ),
            )
        )
    if not out:
        raise ValidationError("file", phrase("the file lists no payments"))
    return out


def read_statement_file(path: str) -> list[StatementLine]:
    """The payments of a CSV statement file (UTF-8, with or without BOM)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            return read_statement(stream)
    except UnicodeDecodeError:
        raise ValidationError(
            "file", phrase("{file} is not UTF-8 text; save it as UTF-8", file=path)
        ) from None
    except OSError as exc:
        raise ValidationError(
            "file",
            phrase("{file} cannot be read: {reason}", file=path, reason=exc.strerror or str(exc)),
        ) from None


def book_statement(
    sessions: Sessions, user_id: uuid.UUID | None, lines: list[StatementLine]
) -> StatementBooked:
    """Book every payment of the statement in one transaction; a refusal names its line
    and column."""
    try:
        paid = record_payments(sessions, user_id, [s.received for s in lines])
    except PaymentRefusedError as refused:
        raise UserError(
            phrase(
                "line {line}, {column}: {reason}",
                line=lines[refused.position].line,
                column=COLUMN_OF.get(refused.field, refused.field),
                reason=refused.text,
            )
        ) from None
    return StatementBooked(len(lines), paid)
