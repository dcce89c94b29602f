"""`dispatch-console report KIND ...`: every document as PDF, written whole or not at all.

Each KIND is a `DocumentKind` of `console.reports.kinds`, with its own arguments and options.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from console.cli.options import open_engine
from console.errors import UserError
from console.reports import kinds
from console.reports.output import check_output, write_atomically


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`report KIND ... -o FILE`, one KIND per registered document kind."""
    report = sub.add_parser("report", help="print a document as PDF")
    chooser = report.add_subparsers(dest="report_kind", parser_class=type(report), metavar="KIND")
    chooser.required = True
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    for kind in kinds.KINDS:
        kind.arguments(chooser.add_parser(kind.name, parents=[common, out], help=kind.help))


def run(args: argparse.Namespace) -> int:
    """Render and write; printing only reads the store (an invoice's PDF was archived on issue)."""
    engine = open_engine(args.db)
    check_output(args.output, "-o")  # before rendering: a refused name costs no work
    request = kinds.kind_named(args.report_kind).from_args(args)
    from console.reports.issuer import NO_PROFILE  # the model: only when printing
    from console.services.provider import has_profile

    with Session(engine) as session:
        # a file written here leaves the desk: no placeholder company on it
        if not has_profile(session):
            raise UserError(NO_PROFILE)
        data = kinds.render_document(session, request, datetime.now(UTC))
    write_atomically(args.output, data, "-o")
    print(f"{args.output}: {len(data):,} bytes")
    return 0
