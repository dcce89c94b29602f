"""Issued invoices are archived as PDF with their SHA-256, so a reprint is the same file.

The archive is written once, when the invoice is issued: `issue_and_archive` issues through
`services.invoicing.issue_invoice` with this layer's renderer, which stores the PDF in the
issue's transaction. Printing only reads it. An invoice issued without an archived PDF (the
demo's, a store from before issuing archived, or one issued by the service alone) is
rendered from the store each time it is printed and nothing is written, until
`archive_unarchived` stores its PDF.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import InvoiceStatus
from console.errors import UserError
from console.model import Attachment, Invoice
from console.reports.invoice import invoice_pdf_bytes
from console.reports.issuer import Issuer, issuer_of, required_issuer
from console.services.invoicing import archive_pdf, issue_invoice
from console.wording.phrases import phrase


def issue_and_archive(
    session: Session, invoice_id: uuid.UUID, today: date, issuer: Issuer | None = None
) -> Invoice:
    """Issue a draft and archive its PDF as issued, in the caller's transaction.

    The archived file is the invoice for good, so a store without a company profile is
    refused rather than archiving the placeholder issuer.
    """
    issuer = issuer or required_issuer(session)
    return issue_invoice(
        session, invoice_id, today, lambda s, invoice: invoice_pdf_bytes(s, invoice, issuer)
    )


def archive_invoice(session: Session, invoice: Invoice, issuer: Issuer | None = None) -> bytes:
    """Render an issued invoice and archive that PDF with its hash, in the caller's transaction.

    Refused (UserError) while the store has no company profile, as `issue_and_archive`.
    """
    issuer = issuer or required_issuer(session)
    data = invoice_pdf_bytes(session, invoice, issuer)
    archive_pdf(session, invoice, data)
    return data


def archived_invoice(session: Session, invoice: Invoice) -> bytes | None:
    """The archived PDF of an invoice, checked against its recorded hash; None if never archived."""
    if invoice.pdf_sha256 is None:
        return None
    data = session.scalar(
        select(Attachment.data).where(
            Attachment.invoice_id == invoice.id, Attachment.sha256 == invoice.pdf_sha256
        )
    )
    if data is None or hashlib.sha256(data).hexdigest() != invoice.pdf_sha256:
        raise UserError(
            phrase(
                "the archived PDF of invoice {number} is missing or does not match its recorded "
                "hash; it cannot be reprinted",
                number=invoice.number,
            )
        )
    return bytes(data)


def invoice_pdf(session: Session, invoice_id: uuid.UUID, issuer: Issuer | None = None) -> bytes:
    """The PDF of an issued invoice: the one archived on issue, byte for byte.

    Only reads: an invoice without an archived PDF is rendered now, not stored.
    """
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise UserError(phrase("invoice {invoice_id} does not exist", invoice_id=invoice_id))
    archived = archived_invoice(session, invoice)
    if archived is not None:
        return archived
    return invoice_pdf_bytes(session, invoice, issuer or issuer_of(session))


def archive_unarchived(session: Session, issuer: Issuer | None = None) -> int:
    """Archive every issued invoice without an archived PDF; how many (the caller commits).

    For a store whose invoices were issued before issuing archived them (`db upgrade`, the
    demo build): from then on they reprint identically, like any other.
    """
    stmt = select(Invoice).where(
        Invoice.status != InvoiceStatus.DRAFT.value,
        Invoice.number.is_not(None),
        Invoice.pdf_sha256.is_(None),
    )
    invoices = list(session.scalars(stmt.order_by(Invoice.number)))
    if invoices:
        issuer = issuer or required_issuer(session)
    for invoice in invoices:
        archive_invoice(session, invoice, issuer)
    return len(invoices)


def render_as_issued(session: Session, invoice: Invoice) -> bytes:
    """The PDF an invoice is archived with on issue, the company profile as its issuer.

    The renderer the billing services take (`console.services.billing.drafts`); refused
    (UserError) while the store has no company profile.
    """
    return invoice_pdf_bytes(session, invoice, required_issuer(session))
