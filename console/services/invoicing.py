"""Issuing invoices: numbers are given on issue only, gapless per issuer and year; the PDF
as issued is archived with its SHA-256.

A credit note is issued the same way, in its issuer's credit note series: it takes back
lines of an issued invoice, so the credited invoice is cancelled once every line is
taken back, and its work is billed again by the next run only if the note says so.
What an invoice still owes is derived, never stored: its total less the credit notes
issued for it and the payments received.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, object_session

from console.enums import CreditEntryKind, CreditUnit, InvoiceKind, InvoiceStatus
from console.errors import UserError
from console.ids import new_id
from console.model import (
    Attachment,
    Contract,
    CreditEntry,
    Invoice,
    InvoiceLine,
    Payment,
    TimeEntry,
    utcnow,
)
from console.money import Money
from console.rules.billing import TaxLine, settled_status
from console.rules.references import (
    credit_note_number,
    credit_note_series,
    invoice_number,
    invoice_series,
)
from console.services.credit_back import give_back_credit
from console.services.numbering import numbered_by_server, take_number
from console.services.provider import stored_prefix
from console.wording.phrases import phrase


def tax_lines(invoice: Invoice) -> list[TaxLine]:
    """Tax per rate, each rounded once; a 0 % rate carries its exemption text.

    A credit note's tax at a rate is what the credited base so far owes less what the
    earlier credit notes of the same invoice took back, so its notes together never take
    back more tax than the invoice charged, even where each rounds on its own.
    """
    by_rate: dict[Decimal, Money] = {}
    exemptions: dict[Decimal, str | None] = {}
    for line in invoice.lines:
        amount = Money(line.amount, invoice.currency)
        by_rate[line.tax_rate_pct] = (
            by_rate.get(line.tax_rate_pct, Money.zero(invoice.currency)) + amount
        )
        exemptions.setdefault(line.tax_rate_pct, line.tax_exemption)
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        before = _credited_before(invoice)
        return [
            TaxLine(rate, base, -(_tax(before.get(rate, Decimal(0)) - base.amount, rate,
                                       invoice.currency)
                                  - _tax(before.get(rate, Decimal(0)), rate, invoice.currency)),
                    exemptions[rate] if rate == 0 else None)
            for rate, base in sorted(by_rate.items())
        ]  # fmt: skip
    return [
        TaxLine(rate, base, _tax(base.amount, rate, invoice.currency),
                exemptions[rate] if rate == 0 else None)
        for rate, base in sorted(by_rate.items())
    ]  # fmt: skip


def plain_totals(
    currency: str, lines: Iterable[tuple[Decimal, Decimal]]
) -> tuple[Decimal, Decimal, Decimal]:
    """Subtotal, tax and total of an invoice's (amount, tax rate) lines: tax rounded once
    per rate, as `invoice_totals` (an invoice, not a credit note)."""
    by_rate: dict[Decimal, Decimal] = {}
    for amount, rate in lines:
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + amount
    subtotal = Money(sum(by_rate.values(), Decimal(0)), currency).rounded()
    tax = sum((_tax(base, rate, currency) for rate, base in by_rate.items()), Money.zero(currency))
    tax = tax.rounded()
    return subtotal.amount, tax.amount, (subtotal + tax).amount


def _tax(base: Decimal, rate: Decimal, currency: str) -> Money:
    return Money(base * rate / 100, currency).rounded()


def _credited_before(invoice: Invoice) -> dict[Decimal, Decimal]:
    """The base per tax rate that earlier issued credit notes of the same invoice took back
    (as a positive amount); for a draft, every issued one is earlier."""
    session = object_session(invoice)
    if session is None or invoice.credits_invoice_id is None:
        return {}
    earlier = [
        Invoice.credits_invoice_id == invoice.credits_invoice_id,
        Invoice.id != invoice.id,
        Invoice.status != InvoiceStatus.DRAFT,
    ]
    if invoice.status != InvoiceStatus.DRAFT and invoice.issue_date and invoice.number:
        earlier.append(
            or_(
                Invoice.issue_date < invoice.issue_date,
                and_(Invoice.issue_date == invoice.issue_date, Invoice.number < invoice.number),
            )
        )
    rows = session.execute(
        select(InvoiceLine.tax_rate_pct, func.sum(InvoiceLine.amount))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(*earlier)
        .group_by(InvoiceLine.tax_rate_pct)
    ).all()
    return {rate: -Decimal(total or 0) for rate, total in rows}


def invoice_totals(invoice: Invoice) -> tuple[Decimal, Decimal, Decimal]:
    """Subtotal, tax and total from the lines: tax rounded once per rate."""
    subtotal = sum((Money(ln.amount, invoice.currency) for ln in invoice.lines),
                   Money.zero(invoice.currency))  # fmt: skip
    tax = sum((t.tax for t in tax_lines(invoice)), Money.zero(invoice.currency))
    # lines are rounded already: this only states the sums in the currency's minor unit,
    # however the store scaled the line amounts it read
    subtotal, tax = subtotal.rounded(), tax.rounded()
    return subtotal.amount, tax.amount, (subtotal + tax).amount


InvoiceRenderer = Callable[[Session, Invoice], bytes]
"""The PDF of an issued invoice (the reports' renderer: this layer renders nothing)."""


@dataclass(frozen=True)
class IssuingContext:
    """What every invoice of a batch shares: the series code, and that numbering is ours."""

    prefix: str | None


def issuing_context(session: Session) -> IssuingContext:
    """Checked once per batch: refused on a replica (the server numbers there)."""
    if numbered_by_server(session):
        raise UserError(
            phrase(
                "invoices are issued online, on the shared database, so their "
                "numbers stay gapless: issue it from a desk connected to the server"
            )
        )
    return IssuingContext(stored_prefix(session))


def issue_invoice(
    session: Session,
    invoice_id: uuid.UUID,
    today: date,
    render_pdf: InvoiceRenderer | None = None,
    *,
    context: IssuingContext | None = None,
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
        raise UserError(phrase("invoice {invoice_id} does not exist", invoice_id=invoice_id))
    if invoice.status != InvoiceStatus.DRAFT:
        raise UserError(
            phrase(
                "invoice {number} is already {status}; only drafts are issued",
                number=invoice.number,
                status=invoice.status,
            )
        )
    if not invoice.lines:
        raise UserError(phrase("an invoice without lines cannot be issued"))
    credited = _credited_invoice(session, invoice)
    for line in invoice.lines:
        if line.tax_rate_pct == 0 and not line.tax_exemption:
            raise UserError(
                phrase(
                    "line {line}: a 0 % tax rate needs its exemption text", line=line.position + 1
                )
            )
    terms = 30
    if credited is None and invoice.contract_id is not None:
        contract = session.get(Contract, invoice.contract_id)
        terms = contract.payment_terms_days if contract else terms
    context = context or issuing_context(session)
    subtotal, tax, total = invoice_totals(invoice)
    # A draft is not in a series yet: it is numbered in the company profile's series as
    # it stands now (a draft made before the prefix changed takes the new one).
    invoice.issuer = context.prefix or invoice.issuer
    if credited is not None:
        # a series of its own, so neither series has gaps the other explains
        number = take_number(session, credit_note_series(invoice.issuer), today.year)
        numbered = credit_note_number(invoice.issuer, today.year, number)
    else:
        number = take_number(session, invoice_series(invoice.issuer), today.year)
        numbered = invoice_number(invoice.issuer, today.year, number)
    # Everything changes at once: the database refuses a numbered draft.
    with session.no_autoflush:
        invoice.number = numbered
        invoice.status = InvoiceStatus.ISSUED
        invoice.issue_date = today
        if credited is None:
            invoice.due_date = today + timedelta(days=terms)
            invoice.payment_terms = invoice.payment_terms or f"{terms} days net"
        invoice.subtotal, invoice.tax_total, invoice.total = subtotal, tax, total
    if credited is not None or render_pdf is not None:
        session.flush()  # the credit's take-back and the PDF read the issued row
    if credited is not None:
        _take_back(session, invoice, credited)
    if invoice.kind == InvoiceKind.CREDIT_TOP_UP:
        _credit_bought(session, invoice, invoice.lines, sign=1)
    if render_pdf is not None:
        archive_pdf(session, invoice, render_pdf(session, invoice))
    return invoice


def _credit_bought(
    session: Session, invoice: Invoice, lines: Sequence[InvoiceLine], *, sign: int
) -> None:
    """C5: an issued credit purchase adds its credit (hours on an hours card, else money,
    without tax); a credit note of one (``sign`` -1) takes what it credits back."""
    contract = session.get(Contract, invoice.contract_id) if invoice.contract_id else None
    if contract is None or contract.credit_unit is None:
        return
    unit = CreditUnit(contract.credit_unit)
    if unit is CreditUnit.HOURS:
        value = sum((abs(ln.hours or Decimal(0)) for ln in lines), Decimal(0))
    else:
        value = sum((abs(ln.amount) for ln in lines), Decimal(0))
    if not value:
        return
    session.add(
        CreditEntry(
            id=new_id(), contract_id=contract.id, at=utcnow(),
            kind=CreditEntryKind.TOP_UP if sign > 0 else CreditEntryKind.ADJUSTMENT,
            unit=unit, amount=sign * value,
            currency=contract.currency if unit is CreditUnit.MONEY else None,
            note=("bought with invoice " if sign > 0 else "taken back by credit note ")
            + str(invoice.number),
        )
    )  # fmt: skip
    session.flush()


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


def _credited_invoice(session: Session, note: Invoice) -> Invoice | None:
    """For a credit note about to be issued: the invoice it credits, checked that each of
    its lines is still there to take back; None for any other invoice."""
    if note.kind != InvoiceKind.CREDIT_NOTE:
        return None
    credited = session.get(Invoice, note.credits_invoice_id)
    if credited is None or credited.status not in (InvoiceStatus.ISSUED, InvoiceStatus.PAID):
        state = credited.status if credited is not None else "missing"
        raise UserError(
            phrase("a credit note takes back an issued invoice; this one is {state}", state=state)
        )
    taken = already_credited(session, credited.id, but=note.id)
    for line in note.lines:
        if line.credits_line_id in taken:
            raise UserError(
                phrase(
                    "line {line} of the credit note takes back a line of "
                    "{number} that another credit note took back already",
                    line=line.position + 1,
                    number=credited.number,
                )
            )
    if credited_amount(session, credited.id) - invoice_totals(note)[2] > credited.total:
        raise UserError(
            phrase(
                "a credit note never takes back more than {number} charged", number=credited.number
            )
        )
    return credited


def already_credited(
    session: Session, invoice_id: uuid.UUID, *, but: uuid.UUID | None = None, drafts: bool = False
) -> set[uuid.UUID]:
    """The lines of an invoice that credit notes took back (issued ones; with ``drafts``,
    those drafted too), leaving out the credit note ``but``."""
    stmt = (
        select(InvoiceLine.credits_line_id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.credits_invoice_id == invoice_id, InvoiceLine.credits_line_id.is_not(None))
    )
    if not drafts:
        stmt = stmt.where(Invoice.status != InvoiceStatus.DRAFT)
    if but is not None:
        stmt = stmt.where(Invoice.id != but)
    return {line_id for line_id in session.scalars(stmt) if line_id is not None}


def credited_amount(session: Session, invoice_id: uuid.UUID) -> Decimal:
    """What issued credit notes took back of an invoice, tax included (a positive amount)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Invoice.total), 0)).where(
            Invoice.credits_invoice_id == invoice_id, Invoice.status != InvoiceStatus.DRAFT
        )
    )
    return -Decimal(total or 0)


def paid_amount(session: Session, invoice_id: uuid.UUID) -> Decimal:
    """What was received for an invoice: its payments less their reversals."""
    total = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).where(Payment.invoice_id == invoice_id)
    )
    return Decimal(total or 0)


def open_amount(session: Session, invoice: Invoice) -> Decimal:
    """What an issued invoice still owes: its total less credit notes and payments (nothing
    once it is paid or cancelled, as an invoice marked paid before payments were kept)."""
    if invoice.status != InvoiceStatus.ISSUED or invoice.kind == InvoiceKind.CREDIT_NOTE:
        return Decimal(0)
    return invoice.total - credited_amount(session, invoice.id) - paid_amount(session, invoice.id)


def settle(session: Session, invoice: Invoice) -> InvoiceStatus:
    """Set an issued invoice's status from what was credited and paid, in the caller's
    transaction: cancelled once every line is taken back, paid once payments cover what
    the credit notes left, issued otherwise."""
    if invoice.status == InvoiceStatus.DRAFT or invoice.kind == InvoiceKind.CREDIT_NOTE:
        return InvoiceStatus(invoice.status)
    taken = already_credited(session, invoice.id)
    lines = {line.id for line in invoice.lines} if taken else set()
    status = InvoiceStatus(
        settled_status(
            invoice.total,
            credited_amount(session, invoice.id),
            paid_amount(session, invoice.id),
            bool(lines) and lines <= taken,
        )
    )
    if invoice.status != status:
        invoice.status = status
        session.flush()
    return status


def _take_back(session: Session, note: Invoice, credited: Invoice) -> None:
    """What an issued credit note does to the invoice it credits: its status, and with
    ``rebill`` the time entries of the lines taken back are free for the next run (freed on
    issue, not when drafted, so a voided draft never lets work be billed twice)."""
    if credited.kind == InvoiceKind.CREDIT_TOP_UP:
        taken_lines = [
            ln for ln in credited.lines if ln.id in {n.credits_line_id for n in note.lines}
        ]
        _credit_bought(session, note, taken_lines, sign=-1)
    if note.rebill:
        # what the freed work drew from prepaid credit is given back too: the next run
        # rates it whole and draws on credit afresh, so nothing is paid twice
        line_ids = [line.credits_line_id for line in note.lines if line.credits_line_id]
        for entry in session.scalars(
            select(TimeEntry).where(TimeEntry.invoice_line_id.in_(line_ids))
        ):
            entry.invoice_line_id = None
            give_back_credit(session, "billed again", time_entry_id=entry.id)
        taken = session.scalars(
            select(InvoiceLine.visit_id).where(
                InvoiceLine.id.in_(line_ids), InvoiceLine.visit_id.is_not(None)
            )
        )
        for visit_id in set(taken):
            give_back_credit(session, "billed again", visit_id=visit_id)
        session.flush()
    settle(session, credited)
