"""`dispatch-console report ...`: every document from the command line, written atomically."""

from __future__ import annotations

import argparse
import os
import re
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import UserError

KINDS = ("work-order", "day-sheet", "incident", "invoice", "statement", "review")


def _month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month YYYY-MM")
    return int(match.group(1)), int(match.group(2))


def _quarter(text: str) -> tuple[date, date]:
    match = re.fullmatch(r"(\d{4})-?Q([1-4])", text.upper())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a quarter like 2026Q3")
    year, q = int(match.group(1)), int(match.group(2))
    start = date(year, 3 * q - 2, 1)
    end = date(year + (q == 4), (3 * q) % 12 + 1, 1)
    return start, end


def add_report_parser(sub: Any, common: argparse.ArgumentParser, day: Any) -> None:
    """Add `report KIND ...` to the command line."""
    report = sub.add_parser("report", help="print a document as PDF")
    kinds = report.add_subparsers(dest="report_kind", parser_class=type(report), metavar="KIND")
    kinds.required = True
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    parents = [common, out]
    p = kinds.add_parser("work-order", parents=parents, help="work orders of visits (D1)")
    p.add_argument("visits", nargs="+", help="visit references (V-YYYY-NNNNNN) or ids")
    p = kinds.add_parser("day-sheet", parents=parents, help="one engineer's or the desk's day")
    p.add_argument("--day", type=day, required=True, help="the day, YYYY-MM-DD")
    p.add_argument("--engineer", help="engineer name or id (default: the whole desk)")
    p.add_argument("--zone", help="time zone of the day (default: the engineer's, else UTC)")
    p = kinds.add_parser("incident", parents=parents, help="technical incident report (E6)")
    p.add_argument("ticket", help="ticket reference (T-YYYY-NNNNNN) or id")
    p.add_argument("--stage", choices=["partial", "final"], default="final")
    p = kinds.add_parser("invoice", parents=parents, help="an issued invoice (archived on print)")
    p.add_argument("invoice", help="invoice number or id")
    p = kinds.add_parser("statement", parents=parents,
                         help="prepaid credit (C5) or FTE bundle (C7) statement")  # fmt: skip
    p.add_argument("contract", help="contract id, or its name when that is unique")
    p.add_argument("--from", dest="start", type=day, help="credit: first day")
    p.add_argument("--to", dest="end", type=day, help="credit: day after the last")
    p.add_argument("--month", type=_month, help="FTE bundle: the month, YYYY-MM")
    p = kinds.add_parser("review", parents=parents, help="a client's service review (V1, V2)")
    p.add_argument("client", help="client name or id")
    p.add_argument("--quarter", type=_quarter, help="a quarter like 2026Q3")
    p.add_argument("--from", dest="start", type=day, help="first day (instead of --quarter)")
    p.add_argument("--to", dest="end", type=day, help="day after the last")


def _find(session: Session, entity: Any, column: Any, key: str, what: str) -> Any:
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


def render(session: Session, args: argparse.Namespace, now: datetime) -> bytes:
    """The PDF the arguments ask for (raises UserError for anything a user got wrong)."""
    from console.model import Client, Contract, Engineer, Invoice, Ticket, Visit

    kind = args.report_kind
    if kind == "work-order":
        from console.reports.work_order import load_work_orders, render_work_orders

        ids = [_find(session, Visit, Visit.reference, key, "visit").id for key in args.visits]
        return render_work_orders(load_work_orders(session, ids))
    if kind == "day-sheet":
        from console.reports.work_order import render_day_sheet

        engineer = None
        if args.engineer:
            engineer = _find(session, Engineer, Engineer.name, args.engineer, "engineer")
        zone = args.zone or (engineer.home_time_zone if engineer else "UTC")
        return render_day_sheet(session, args.day, zone, engineer.id if engineer else None)
    if kind == "incident":
        from console.reports.incident import Stage, incident_report_pdf

        ticket = _find(session, Ticket, Ticket.reference, args.ticket, "ticket")
        return incident_report_pdf(session, ticket.id, Stage(args.stage), now)
    if kind == "invoice":
        from console.reports.archive import invoice_pdf

        invoice = _find(session, Invoice, Invoice.number, args.invoice, "invoice")
        return invoice_pdf(session, invoice.id)
    if kind == "statement":
        from console.enums import ContractKind
        from console.reports.invoice import credit_statement_pdf, fte_statement_pdf

        contract = _find(session, Contract, Contract.name, args.contract, "contract")
        if contract.kind == ContractKind.FTE_BUNDLE:
            if args.month is None:
                raise UserError("an FTE bundle statement needs --month YYYY-MM (C7)")
            return fte_statement_pdf(session, contract.id, *args.month)
        if args.start is None or args.end is None:
            raise UserError("a prepaid credit statement needs --from and --to (C5)")
        return credit_statement_pdf(session, contract.id, args.start, args.end)
    from console.reports.review import review_pdf

    client = _find(session, Client, Client.name, args.client, "client")
    if args.quarter:
        start, end = args.quarter
    elif args.start and args.end:
        start, end = args.start, args.end
    else:
        raise UserError("a review needs --quarter YYYYQn, or --from and --to")
    return review_pdf(session, client.id, start, end, now)


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all: a failed run never leaves half a PDF."""
    if path.is_dir():
        raise UserError(f"output: {path} is a folder; give a file name")
    if not path.parent.exists():
        raise UserError(f"output: the folder {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def run_report(engine: Any, args: argparse.Namespace) -> int:
    """Render, write, and commit what printing records (an invoice's archived PDF)."""
    with Session(engine) as session, session.begin():
        data = render(session, args, datetime.now(UTC))
        write_atomically(args.output, data)
    print(f"{args.output}: {len(data):,} bytes")
    return 0
