"""One document asked for by kind and keys: the command line and the window both render it."""

from __future__ import annotations

import argparse
import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import UserError


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


def find_row(session: Session, entity: Any, column: Any, key: str, what: str) -> Any:
    """A row by its id, or by a reference, number or name that names exactly one row."""
    try:
        found = session.get(entity, uuid.UUID(key))
        if found is not None:
            return found
    except ValueError:
        pass
    matches = session.scalars(select(entity).where(column == key)).all()
    if not matches:
        raise UserError(f"no {what} {key!r}")
    if len(matches) > 1:
        raise UserError(f"{len(matches)} {what}s are named {key!r}; give the id instead")
    return matches[0]


def _needed(value: Any, option: str, kind: str) -> Any:
    if value is None or value == ():
        raise UserError(f"{option}: a {kind} document needs it")
    return value


def render_document(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    """The PDF the request asks for (raises UserError for anything a user got wrong)."""
    from console.model import Client, Contract, Engineer, Invoice, Ticket, Visit

    kind = request.kind
    if kind == "work-order":
        from console.reports.work_order import load_work_orders, render_work_orders

        keys = _needed(request.visits, "visits", kind)
        ids = [find_row(session, Visit, Visit.reference, key, "visit").id for key in keys]
        return render_work_orders(load_work_orders(session, ids))
    if kind == "day-sheet":
        from console.reports.work_order import render_day_sheet

        engineer = None
        if request.engineer:
            engineer = find_row(session, Engineer, Engineer.name, request.engineer, "engineer")
        zone = request.zone or (engineer.home_time_zone if engineer else "UTC")
        day = _needed(request.day, "day", kind)
        return render_day_sheet(session, day, zone, engineer.id if engineer else None)
    if kind == "incident":
        from console.reports.incident import Stage, incident_report_pdf

        key = _needed(request.ticket, "ticket", kind)
        ticket = find_row(session, Ticket, Ticket.reference, key, "ticket")
        return incident_report_pdf(session, ticket.id, Stage(request.stage), now)
    if kind == "invoice":
        from console.reports.archive import invoice_pdf

        key = _needed(request.invoice, "invoice", kind)
        invoice = find_row(session, Invoice, Invoice.number, key, "invoice")
        return invoice_pdf(session, invoice.id)
    if kind == "statement":
        from console.enums import ContractKind
        from console.reports.invoice import credit_statement_pdf, fte_statement_pdf

        key = _needed(request.contract, "contract", kind)
        contract = find_row(session, Contract, Contract.name, key, "contract")
        if contract.kind == ContractKind.FTE_BUNDLE:
            if request.month is None:
                raise UserError("an FTE bundle statement needs --month YYYY-MM (C7)")
            return fte_statement_pdf(session, contract.id, *request.month)
        if request.start is None or request.end is None:
            raise UserError("a prepaid credit statement needs --from and --to (C5)")
        return credit_statement_pdf(session, contract.id, request.start, request.end)
    if kind == "review":
        from console.reports.review import review_pdf

        key = _needed(request.client, "client", kind)
        client = find_row(session, Client, Client.name, key, "client")
        if request.quarter:
            start, end = request.quarter
        elif request.start and request.end:
            start, end = request.start, request.end
        else:
            raise UserError("a review needs --quarter YYYYQn, or --from and --to")
        return review_pdf(session, client.id, start, end, now)
    raise UserError(f"kind: {kind!r} is not a document this console prints")
