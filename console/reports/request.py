"""One document asked for by kind and keys: the command line and the window both render it.

What each kind needs and how it renders is its `DocumentKind`; `console.reports.kinds` holds
them all and renders a request.
"""

from __future__ import annotations

import argparse
import uuid
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import UserError
from console.wording.phrases import phrase


@dataclass(frozen=True)
class DocumentRequest:
    """What to print: a kind and the keys it needs (ids, references, numbers or names)."""

    kind: str
    visits: tuple[str, ...] = ()
    day: date | None = None
    engineer: str | None = None
    zone: str | None = None
    ticket: str | None = None
    stage: str = "final"
    invoice: str | None = None
    contract: str | None = None
    start: date | None = None
    end: date | None = None
    month: tuple[int, int] | None = None
    client: str | None = None
    quarter: tuple[date, date] | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> DocumentRequest:
        """The request behind `dispatch-console report KIND ...`."""
        given = vars(args)
        values = {f.name: given[f.name] for f in fields(cls) if given.get(f.name) is not None}
        values["kind"] = args.report_kind
        if "visits" in values:
            values["visits"] = tuple(values["visits"])
        return cls(**values)

    def file_name(self) -> str:
        """A file name a user would keep: the kind and the key it is about."""
        key = (
            self.invoice
            or self.ticket
            or "-".join(self.visits[:3])
            or self.contract
            or self.client
            or (self.engineer or "desk")
        )
        when = self.day.isoformat() if self.day else ""
        stem = "-".join(part for part in (self.kind, key, when) if part)
        return "".join(c if c.isalnum() or c in "-_." else "_" for c in stem) + ".pdf"


NOUNS = {
    "client": (phrase("client"), phrase("clients")),
    "contract": (phrase("contract"), phrase("contracts")),
    "engineer": (phrase("engineer"), phrase("engineers")),
    "invoice": (phrase("invoice"), phrase("invoices")),
    "ticket": (phrase("ticket"), phrase("tickets")),
    "visit": (phrase("visit"), phrase("visits")),
}
"""The kinds of record a document is looked up by, one and many, in the reader's words."""


def find_row(session: Session, entity: Any, column: Any, key: str, what: str) -> Any:
    """A row by its id, or by a reference, number or name that names exactly one row."""
    try:
        found = session.get(entity, uuid.UUID(key))
        if found is not None:
            return found
    except ValueError:
        pass
    matches = session.scalars(select(entity).where(column == key)).all()
    one, many = NOUNS.get(what, (what, f"{what}s"))
    if not matches:
        raise UserError(phrase("no {what} {key}", what=one, key=repr(key)))
    if len(matches) > 1:
        raise UserError(
            phrase(
                "{count} {things} are named {key}; give the id instead",
                count=len(matches),
                things=many,
                key=repr(key),
            )
        )
    return matches[0]


def needed(value: Any, option: str, kind: str) -> Any:
    """A key the document cannot do without (raises UserError naming the option)."""
    if value is None or value == ():
        raise UserError(phrase("{option}: a {kind} document needs it", option=option, kind=kind))
    return value
