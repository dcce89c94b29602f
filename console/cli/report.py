"""`dispatch-console report KIND ...`: every document as PDF, written whole or not at all.

Each KIND is a `DocumentKind` of `console.reports.kinds`, with its own arguments and options.
`--format ubl` writes an issued invoice as its e-invoice (UBL 2.1, Peppol BIS Billing 3.0);
`--format facturx` as its PDF with that e-invoice embedded (Factur-X, a PDF/A-3). Without
`--format`, an invoice is written as its client asks for it (Factur-X or PDF).
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
from console.reports.invoice_kinds import FACTURX
from console.reports.output import check_output, write_atomically


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """`report KIND ... -o FILE`, one KIND per registered document kind."""
    report = sub.add_parser(
        "report", help="print a document as PDF (an invoice also as UBL or Factur-X)"
    )
    chooser = report.add_subparsers(dest="report_kind", parser_class=type(report), metavar="KIND")
    chooser.required = True
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("-o", "--output", required=True, type=Path, help="the file to write")
    out.add_argument(
        "--format",
        dest="file_format",
        choices=(kinds.PDF, "ubl", FACTURX),
        default=None,
        help="pdf; ubl: an invoice's e-invoice (UBL 2.1, Peppol BIS 3.0); facturx: an invoice's "
        "PDF with its e-invoice embedded (Factur-X). Default: an invoice as its client asks "
        "for it (Factur-X or PDF), any other document pdf",
    )
    for kind in kinds.KINDS:
        kind.arguments(chooser.add_parser(kind.name, parents=[common, out], help=kind.help))


def run(args: argparse.Namespace) -> int:
    """Render and write; printing only reads the store (an invoice's PDF was archived on issue)."""
    engine = open_engine(args.db)
    check_output(args.output, "-o")  # before rendering: a refused name costs no work
    request = kinds.kind_named(args.report_kind).from_args(args)
    file_format = getattr(args, "file_format", None)
    if file_format is not None and file_format not in kinds.formats_of(request.kind):
        offered = ", ".join(kinds.formats_of(request.kind))
        raise UserError(
            f"--format: a {request.kind} is written as {offered} only, not {file_format}"
        )
    from console.reports.issuer import NO_PROFILE  # the model: only when printing
    from console.services.provider import has_profile

    with Session(engine) as session:
        # a file written here leaves the desk: no placeholder company on it
        if not has_profile(session):
            raise UserError(NO_PROFILE)
        if file_format is None:  # an invoice as its client wants it
            file_format = kinds.default_format(session, request)
        data = kinds.render_document(session, request, datetime.now(UTC), file_format)
    write_atomically(args.output, data, "-o")
    what = " (PDF with embedded e-invoice, Factur-X)" if file_format == FACTURX else ""
    print(f"{args.output}: {len(data):,} bytes{what}")
    return 0
