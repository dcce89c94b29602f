"""Editing a draft before it is issued: a line's text, a line of its own, a line taken out.

What the run wrote stays traceable: a line's amount is the rules' and is not typed over.
The desk words a line for the client, adds a charge or a discount of its own (a fixed
line, taxed as the draft's other lines), or takes a line out; the work a removed line
billed (its entries, its visit, and what they drew from prepaid credit) waits for the
next run, as with a voided draft. An issued invoice never changes: a correction is a
credit note.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.enums import InvoiceKind, InvoiceStatus
from console.errors import ValidationError
from console.model import Contract, Invoice, InvoiceLine, TimeEntry
from console.money import Money
from console.rules.billing import fixed
from console.rules.roles import Scope, Task, check
from console.services.credit_back import give_back_credit
from console.services.master_data.common import acting_role, writing
from console.services.pricing import add_line
from console.wording.phrases import phrase

from .drafts import Sessions, find_invoice
from .summary import InvoiceSummary, summary_of

TEXT_LENGTH = 500


def _draft(session: Session, user_id: uuid.UUID | None, ref: object) -> Invoice:
    check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
    invoice = find_invoice(session, ref)
    if invoice.status != InvoiceStatus.DRAFT:
        raise ValidationError(
            "invoice",
            phrase(
                "{number} is issued: it never changes; correct it with a credit note",
                number=invoice.number,
            ),
        )
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        raise ValidationError("invoice", phrase("a credit note takes back lines; it is not edited"))
    return invoice


def _line(invoice: Invoice, number: int) -> InvoiceLine:
    lines = sorted(invoice.lines, key=lambda ln: ln.position)
    if not 1 <= number <= len(lines):
        raise ValidationError(
            "line",
            phrase("the draft has lines 1 to {last}, not {number}", last=len(lines), number=number),
        )
    return lines[number - 1]


def _text(text: object) -> str:
    words = " ".join(str(text or "").split())
    if not words:
        raise ValidationError("text", phrase("a line needs a text the client can read"))
    if len(words) > TEXT_LENGTH:
        raise ValidationError("text", phrase("at most {most} characters", most=TEXT_LENGTH))
    return words


def reword_line(
    sessions: Sessions, user_id: uuid.UUID | None, draft: object, line: int, text: object
) -> InvoiceSummary:
    """Give a draft's line (1 = the first) the text the client reads."""
    with writing(sessions, user_id) as session:
        invoice = _draft(session, user_id, draft)
        _line(invoice, line).description = _text(text)
        session.flush()
        return summary_of(session, invoice)


def add_own_line(
    sessions: Sessions, user_id: uuid.UUID | None, draft: object, text: object, amount: object
) -> InvoiceSummary:
    """Add a charge (or, below zero, a discount) of the desk's own at the end of a draft."""
    with writing(sessions, user_id) as session:
        invoice = _draft(session, user_id, draft)
        words = _text(text)
        try:
            value = Decimal(str(amount).strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(
                "amount", phrase("{amount} is not an amount", amount=repr(amount))
            ) from None
        money = Money(value, invoice.currency)
        if not value.is_finite() or value == 0 or money.rounded().amount != value:
            raise ValidationError(
                "amount", phrase("a non-zero amount, to the currency's smallest coin")
            )
        contract = session.get(Contract, invoice.contract_id) if invoice.contract_id else None
        if contract is None:
            raise ValidationError(
                "invoice", phrase("this draft has no contract to tax its lines by")
            )
        if sum((ln.amount for ln in invoice.lines), Decimal(0)) + value < 0:
            raise ValidationError("amount", phrase("a discount cannot take the draft below zero"))
        # taxed as the draft's other lines: the contract's rate, or the reverse charge
        add_line(invoice, contract, fixed(words, money.rounded(), ""))
        session.flush()
        return summary_of(session, invoice)


def remove_line(
    sessions: Sessions, user_id: uuid.UUID | None, draft: object, line: int
) -> InvoiceSummary:
    """Take a line out of a draft; the work it billed waits for the next run."""
    with writing(sessions, user_id) as session:
        invoice = _draft(session, user_id, draft)
        row = _line(invoice, line)
        # a visit's lines (reservation, time beyond it, rush fee) are one charge: they go
        # together, or the visit would look billed while part of it is gone
        going = [ln for ln in invoice.lines if row.visit_id and ln.visit_id == row.visit_id]
        going = going or [row]
        if len(going) == len(invoice.lines):
            raise ValidationError(
                "line", phrase("a draft keeps at least one line: void the draft instead")
            )
        ids = [ln.id for ln in going]
        for entry in session.scalars(select(TimeEntry).where(TimeEntry.invoice_line_id.in_(ids))):
            entry.invoice_line_id = None
            give_back_credit(session, "line removed from a draft", time_entry_id=entry.id)
        if row.visit_id is not None:
            give_back_credit(session, "line removed from a draft", visit_id=row.visit_id)
        session.flush()
        for gone in going:
            invoice.lines.remove(gone)
            session.delete(gone)
        for position, kept in enumerate(sorted(invoice.lines, key=lambda ln: ln.position)):
            kept.position = position
        session.flush()
        return summary_of(session, invoice)
