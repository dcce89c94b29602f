"""Issuing invoices: numbers are given on issue only, gapless per issuer and year; the PDF
as issued is archived with its SHA-256."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from console.enums import InvoiceStatus
from console.errors import UserError
from console.ids import new_id
from console.model import Attachment, Contract, Invoice
from console.money import Money
from console.rules.billing import TaxLine
from console.rules.references import invoice_number, invoice_series
from console.services.numbering import numbered_by_server, take_number
from console.services.provider import stored_prefix


def tax_lines(invoice: Invoice) -> list[TaxLine]:
    """Tax per rate, each rounded once; a 0 % rate carries its exemption text."""
    by_rate: dict[Decimal, Money] = {}
    exemptions: dict[Decimal, str | None] = {}
    for line in invoice.lines:
        amount = Money(line.amount, invoice.currency)
        by_rate[line.tax_rate_pct] = (
            by_rate.get(line.tax_rate_pct, Money.zero(invoice.currency)) + amount
        )
        exemptions.setdefault(line.tax_rate_pct, line.tax_exemption)
    return [
        TaxLine(rate, base, Money(base.amount * rate / 100, invoice.currency).rounded(),
                exemptions[rate] if rate == 0 else None)
        for rate, base in sorted(by_rate.items())
    ]  # fmt: skip


def invoice_totals(invoice: Invoice) -> tuple[Decimal, Decimal, Decimal]:
    """Subtotal, tax and total from the lines: tax rounded once per rate."""
    subtotal = sum((Money(ln.amount, invoice.currency) for ln in invoice.lines),
                   Money.zero(invoice.currency))  # fmt: skip
    tax = sum((t.tax for t in tax_lines(invoice)), Money.zero(invoice.currency))
    return subtotal.amount, tax.amount, (subtotal + tax).amount


InvoiceRenderer = Callable[[Session, Invoice], bytes]
"""The PDF of an issued invoice (the reports' renderer: this layer renders nothing)."""


def issue_invoice(
    session: Session, invoice_id: uuid.UUID, today: date, render_pdf: InvoiceRenderer | None = None
) -> Invoice:
    """Give a draft its number and freeze its totals, in the caller's transaction.

    With ``render_pdf`` the PDF as issued is archived with its SHA-256 in that same
    transaction, so a rollback leaves neither the number taken nor the file stored; the
    window and the command line issue through `console.reports.archive.issue_and_archive`,
    which passes the invoice renderer. Without it nothing is archived and the invoice prints
    as rendered from the store.
    """
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise UserError(f"invoice {invoice_id} does not exist")
    if invoice.status != InvoiceStatus.DRAFT:
        raise UserError(
            f"invoice {invoice.number} is already {invoice.status}; only drafts are issued"
        )
    if not invoice.lines:
        raise UserError("an invoice without lines cannot be issued")
    for line in invoice.lines:
        if line.tax_rate_pct == 0 and not line.tax_exemption:
            raise UserError(f"line {line.position + 1}: a 0 % tax rate needs its exemption text")
    terms = 30
    if invoice.contract_id is not None:
        contract = session.get(Contract, invoice.contract_id)
        terms = contract.payment_terms_days if contract else terms
    if numbered_by_server(session):
        raise UserError(
            "invoices are issued online, on the shared database, so their numbers stay "
            "gapless (sync rule 6): issue it from a desk connected to the server"
        )
    subtotal, tax, total = invoice_totals(invoice)
    # A draft is not in a series yet: it is numbered in the company profile's series as
    # it stands now (a draft made before the prefix changed takes the new one).
    invoice.issuer = stored_prefix(session) or invoice.issuer
    number = take_number(session, invoice_series(invoice.issuer), today.year)
    # Everything changes at once: the database refuses a numbered draft.
    with session.no_autoflush:
        invoice.number = invoice_number(invoice.issuer, today.year, number)
        invoice.status = InvoiceStatus.ISSUED
        invoice.issue_date = today
        invoice.due_date = today + timedelta(days=terms)
        invoice.payment_terms = invoice.payment_terms or f"{terms} days net"
        invoice.subtotal, invoice.tax_total, invoice.total = subtotal, tax, total
    session.flush()
    if render_pdf is not None:
        archive_pdf(session, invoice, render_pdf(session, invoice))
    return invoice


def archive_pdf(session: Session, invoice: Invoice, data: bytes) -> str:
    """Keep an issued invoice's PDF with its SHA-256, in the caller's transaction (C8: every
    reprint is this very file); the hash."""
    digest = hashlib.sha256(data).hexdigest()
    session.add(
        Attachment(
            id=new_id(), invoice_id=invoice.id, filename=f"{invoice.number}.pdf",
            media_type="application/pdf", size_bytes=len(data), sha256=digest, data=data,
        )
    )  # fmt: skip
    invoice.pdf_sha256 = digest
    session.flush()
    return digest
