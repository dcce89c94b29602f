"""The registry of printed documents: every `DocumentKind`, in the order they are offered.

The command line (`report KIND`), the window's document dialog and `render_document` below
read this list. A new document is its own module with its `DocumentKind` (see
`console.reports.document_kind`) and one entry here.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from console.errors import UserError
from console.reports.audit_kind import AUDIT
from console.reports.document_kind import DocumentKind, Renderer
from console.reports.incident_kind import INCIDENT
from console.reports.invoice_kinds import (
    FACTURX,
    INVOICE,
    STATEMENT,
    render_invoice_facturx,
    render_invoice_ubl,
)
from console.reports.request import DocumentRequest
from console.reports.review_kind import REVIEW
from console.reports.work_order_kinds import DAY_SHEET, WORK_ORDER
from console.wording.phrases import phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

KINDS: tuple[DocumentKind, ...] = (
    WORK_ORDER,
    DAY_SHEET,
    INCIDENT,
    INVOICE,
    STATEMENT,
    REVIEW,
    AUDIT,
)
"""Every document this console prints, as the command line lists them and the dialog offers them."""


PDF = "pdf"
"""Every kind's own format: its `render`."""

FORMATS: dict[str, dict[str, Renderer]] = {
    INVOICE.name: {"ubl": render_invoice_ubl, FACTURX: render_invoice_facturx}
}
"""The other formats a kind is written in, by kind and format name (ubl: the e-invoice;
facturx: the PDF/A-3 with the e-invoice embedded)."""

SUFFIXES = {PDF: ".pdf", "ubl": ".xml", FACTURX: ".pdf"}
"""The file name suffix of each format."""


def formats_of(name: str) -> tuple[str, ...]:
    """The formats a kind is written in, PDF first."""
    return (PDF, *FORMATS.get(name, {}))


def default_format(session: Session, request: DocumentRequest) -> str:
    """The format a document is saved in unless one is asked for: an invoice as its client
    wants it (Factur-X or PDF), anything else as PDF."""
    from console.enums import EInvoiceFormat
    from console.services.master_data.clients import invoice_format_in

    if request.kind != INVOICE.name or not request.invoice:
        return PDF
    wanted = invoice_format_in(session, request.invoice)
    return FACTURX if wanted is EInvoiceFormat.FACTUR_X else PDF


def kind_named(name: str) -> DocumentKind:
    """The kind with this name (raises UserError for one this console does not print)."""
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise UserError(phrase("kind: {name} is not a document this console prints", name=repr(name)))


def render_document(
    session: Session, request: DocumentRequest, now: datetime, file_format: str = PDF
) -> bytes:
    """The PDF (or another format the kind has) the request asks for (raises UserError for
    anything a user got wrong).

    Rendering only reads: an issued invoice prints the PDF archived when it was issued.
    """
    kind = kind_named(request.kind)
    if file_format == PDF:
        return kind.render(session, request, now)
    render = FORMATS.get(kind.name, {}).get(file_format)
    if render is None:
        offered = ", ".join(formats_of(kind.name))
        raise UserError(
            phrase(
                "--format: a {name} is written as {offered} only, not {file_format}",
                name=kind.name,
                offered=offered,
                file_format=file_format,
            )
        )
    return render(session, request, now)
