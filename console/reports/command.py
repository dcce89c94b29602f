"""`dispatch-console report ...`: every document from the command line, written atomically."""

from __future__ import annotations

import argparse
import os
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from console.errors import UserError
from console.reports.request import DocumentRequest, render_document

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
    request = DocumentRequest.from_args(args)
    with Session(engine) as session, session.begin():
        data = render_document(session, request, datetime.now(UTC))
        write_atomically(args.output, data)
    print(f"{args.output}: {len(data):,} bytes")
    return 0
