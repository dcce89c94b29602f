"""Issued invoices are archived as PDF with their SHA-256, so a reprint is the same file."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.errors import UserError
from console.ids import new_id
from console.model import Attachment, Invoice
from console.reports.invoice import invoice_pdf_bytes
from console.reports.issuer import DEFAULT_ISSUER, Issuer


def archived_invoice(session: Session, invoice: Invoice) -> bytes | None:
    """The archived PDF of an invoice, checked against its recorded hash; None if never printed."""
    if invoice.pdf_sha256 is None:
        return None
    data = session.scalar(
        select(Attachment.data).where(
            Attachment.invoice_id == invoice.id, Attachment.sha256 == invoice.pdf_sha256
        )
    )
    if data is None or hashlib.sha256(data).hexdigest() != invoice.pdf_sha256:
        raise UserError(
            f"the archived PDF of invoice {invoice.number} is missing or does not match its "
            "recorded hash; it cannot be reprinted"
        )
    return bytes(data)


def invoice_pdf(session: Session, invoice_id: uuid.UUID, issuer: Issuer = DEFAULT_ISSUER) -> bytes:
    """The PDF of an issued invoice: the archived one, or rendered now and archived.

    The caller commits; until then nothing is archived.
    """
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise UserError(f"invoice {invoice_id} does not exist")
    archived = archived_invoice(session, invoice)
    if archived is not None:
        return archived
    data = invoice_pdf_bytes(session, invoice, issuer)
    digest = hashlib.sha256(data).hexdigest()
    session.add(
        Attachment(
            id=new_id(), invoice_id=invoice.id, filename=f"{invoice.number}.pdf",
            media_type="application/pdf", size_bytes=len(data), sha256=digest, data=data,
        )
    )  # fmt: skip
    invoice.pdf_sha256 = digest
    session.flush()
    return data
