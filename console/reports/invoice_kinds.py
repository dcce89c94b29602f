"""Issued invoices and statements (C5, C7) as document kinds (rendered by `invoice`)."""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from console.errors import UserError
from console.reports import arguments
from console.reports.document_kind import Choice, DialogForm, DocumentKind, FormValues
from console.reports.request import DocumentRequest, find_row, needed
from console.wording.catalogue import N_
from console.wording.phrases import phrase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


# -- an issued invoice ---------------------------------------------------------------------
def _invoice_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("invoice", help="invoice number or id")


def _render_invoice(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    from console.model import Invoice
    from console.reports.archive import invoice_pdf

    key = needed(request.invoice, "invoice", request.kind)
    invoice = find_row(session, Invoice, Invoice.number, key, "invoice")
    return invoice_pdf(session, invoice.id)


def render_invoice_ubl(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    """The e-invoice (UBL 2.1, Peppol BIS Billing 3.0) of an issued invoice or credit note."""
    from console.model import Invoice
    from console.reports.ubl import invoice_ubl

    key = needed(request.invoice, "invoice", request.kind)
    invoice = find_row(session, Invoice, Invoice.number, key, "invoice")
    return invoice_ubl(session, invoice)


FACTURX = "facturx"
"""The format name of an invoice's PDF with its e-invoice embedded (Factur-X, PDF/A-3)."""


def render_invoice_facturx(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    """The Factur-X PDF (PDF/A-3 with the CII e-invoice embedded) of an issued invoice."""
    from console.model import Invoice
    from console.reports.facturx import invoice_facturx

    key = needed(request.invoice, "invoice", request.kind)
    invoice = find_row(session, Invoice, Invoice.number, key, "invoice")
    return invoice_facturx(session, invoice)


def _invoices(session: Session, now: datetime, ticket_id: uuid.UUID | None) -> list[Choice]:
    from console.services.printables import invoices

    return [Choice(label, key) for label, key in invoices(session)]


def _invoice_request(kind: str, v: FormValues) -> DocumentRequest:
    return DocumentRequest(kind, invoice=v.subject)


INVOICE = DocumentKind(
    name="invoice",
    label=N_("document kind", "Invoice"),
    help="an issued invoice (its PDF archived on issue; --format ubl: its e-invoice)",
    keys=("invoice",),
    arguments=_invoice_arguments,
    render=_render_invoice,
    form=DialogForm(rows=("subject",), request=_invoice_request, choices=_invoices),
)


# -- a prepaid credit (C5) or FTE bundle (C7) statement ------------------------------------
def _statement_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("contract", help="contract id, or its name when that is unique")
    p.add_argument("--from", dest="start", type=arguments.day, help="credit: first day")
    p.add_argument("--to", dest="end", type=arguments.day, help="credit: day after the last")
    p.add_argument("--month", type=arguments.month, help="FTE bundle: the month, YYYY-MM")


def _render_statement(session: Session, request: DocumentRequest, now: datetime) -> bytes:
    from console.enums import ContractKind
    from console.model import Contract
    from console.reports.invoice import credit_statement_pdf, fte_statement_pdf

    key = needed(request.contract, "contract", request.kind)
    contract = find_row(session, Contract, Contract.name, key, "contract")
    if contract.kind == ContractKind.FTE_BUNDLE:
        if request.month is None:
            raise UserError(phrase("an FTE bundle statement needs --month YYYY-MM"))
        return fte_statement_pdf(session, contract.id, *request.month)
    if request.start is None or request.end is None:
        raise UserError(phrase("a prepaid credit statement needs --from and --to"))
    return credit_statement_pdf(session, contract.id, request.start, request.end)


def _contracts(session: Session, now: datetime, ticket_id: uuid.UUID | None) -> list[Choice]:
    from console.enums import ContractKind
    from console.services.printables import statement_contracts

    # C7: an FTE bundle's statement is of a month; C5: a prepaid credit's of a period
    fte = ("subject", "month")
    return [
        Choice(label, key, rows=fte if kind is ContractKind.FTE_BUNDLE else None)
        for label, key, kind in statement_contracts(session)
    ]


def _statement_request(kind: str, v: FormValues) -> DocumentRequest:
    return DocumentRequest(kind, contract=v.subject, start=v.start, end=v.end, month=v.month)


STATEMENT = DocumentKind(
    name="statement",
    label=N_("document kind", "Statement: prepaid credit or FTE bundle"),
    help="prepaid credit or FTE bundle statement",
    keys=("contract", "start", "end", "month"),
    arguments=_statement_arguments,
    render=_render_statement,
    form=DialogForm(
        rows=("subject", "start", "end"), request=_statement_request, choices=_contracts
    ),
)
