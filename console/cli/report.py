"""`dispatch-console report KIND ...`: every document as PDF, written whole or not at all."""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from console.cli.options import iso_day, open_engine
from console.errors import UserError
from console.reports.output import check_output, write_atomically
from console.reports.request import DocumentRequest, render_document

KINDS = ("work-order", "day-sheet", "incident", "invoice", "statement", "review")


def _month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month YYYY-MM")
    if int(match.group(1)) < 1:
        raise argparse.ArgumentTypeError(f"{text} is out of range (years start at 0001)")
    return int(match.group(1)), int(match.group(2))


def _quarter(text: str) -> tuple[date, date]:
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


def _zone(text: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # unknown, a path, or a folder
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time zone like Europe/Amsterdam"
        ) from None
    return text


FIRST_DAY, LAST_DAY = date(1, 1, 2), date(9999, 12, 30)
"""Days a day sheet can cover: its midnights, in any zone, must be instants in UTC."""


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`report KIND ... -o FILE`."""
    day = iso_day
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
    p.add_argument(
        "--zone", type=_zone, help="time zone of the day (default: the engineer's, else UTC)"
    )
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


def run(args: argparse.Namespace) -> int:
    """Render, write, and commit what printing records (an invoice's archived PDF)."""
    engine = open_engine(args.db)
    check_output(args.output, "-o")  # before rendering: a refused name costs no work
    if args.report_kind == "day-sheet" and not FIRST_DAY <= args.day <= LAST_DAY:
        raise UserError(f"--day: {args.day} is out of range ({FIRST_DAY} to {LAST_DAY})")
    request = DocumentRequest.from_args(args)
    with Session(engine) as session, session.begin():
        data = render_document(session, request, datetime.now(UTC))
        write_atomically(args.output, data, "-o")
    print(f"{args.output}: {len(data):,} bytes")
    return 0
