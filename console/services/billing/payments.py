"""Payments received against invoices, and the list of what is overdue.

Payments are append-only: a mistake is recorded as a reversing payment, never edited
away. An invoice whose payments cover what its credit notes left becomes paid; a
reversal that uncovers it makes it issued (owing) again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.enums import InvoiceKind, InvoiceStatus
from console.errors import ValidationError
from console.ids import new_id
from console.model import Client, Invoice, Payment
from console.money import Money, exact_decimal, minor_unit
from console.rules.billing import settled_status
from console.rules.roles import Scope, Task, check
from console.services.invoicing import open_amount, settle
from console.services.master_data.common import acting_role, writing
from console.wording.phrases import phrase

from .drafts import find_invoice
from .summary import InvoiceSummary, settled_of, summary_of

Sessions = Callable[[], Session]

REFERENCE_LENGTH = 200
METHOD_LENGTH = 40


@dataclass(frozen=True)
class PaymentRecord:
    """One payment (or reversal) as the desk reads it."""

    id: uuid.UUID
    invoice: str
    amount: Decimal
    currency: str
    paid_on: date
    method: str
    reference: str | None
    reverses: uuid.UUID | None
    recorded_by: str | None


@dataclass(frozen=True)
class Overdue:
    """An issued invoice past its due date with money still open."""

    invoice: InvoiceSummary
    days_overdue: int
    open_amount: Decimal


def _amount(value: object, currency: str) -> Decimal:
    """An amount as typed, exact to the currency's minor unit."""
    try:
        amount = exact_decimal(str(value).strip().replace(",", "."), "amount")
    except (ValueError, ArithmeticError, ValidationError):
        raise ValidationError(
            "amount", phrase("{value} is not an amount", value=repr(value))
        ) from None
    if amount != amount.quantize(minor_unit(currency)):
        raise ValidationError(
            "amount",
            phrase(
                "{amount} has more places than {currency} has", amount=amount, currency=currency
            ),
        )
    return amount


def _day(value: object) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            "date", phrase("{value} is not a date YYYY-MM-DD", value=repr(value))
        ) from None


class PaymentRefusedError(ValidationError):
    """A refused payment of a batch, with its place in it (0: the first)."""

    def __init__(self, position: int, refused: ValidationError) -> None:
        super().__init__(refused.field, refused.text, refused.rule)
        self.position = position


@dataclass(frozen=True)
class Received:
    """One payment as a bank statement lists it: which invoice, how much, when, and how."""

    invoice: object  # its number or id
    amount: object
    paid_on: object
    method: str = "bank transfer"
    reference: str | None = None


def record_payment(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    invoice: object,
    amount: object | None,
    paid_on: object,
    *,
    method: str = "bank transfer",
    reference: str | None = None,
    reverses: object | None = None,
) -> InvoiceSummary:
    """Record money received for an issued invoice (or, with ``reverses``, take a payment
    back by its negative); the invoice becomes paid once it owes nothing more."""
    with writing(sessions, user_id) as session:
        check(Task.RECORD_PAYMENTS, Scope(acting_role(session, user_id)), field="user")
        target = find_invoice(session, invoice)
        session.add(
            _payment(
                session, user_id, target, amount, paid_on, method, reference, reverses,
                lambda: open_amount(session, target),
            )
        )  # fmt: skip
        session.flush()
        settle(session, target)
        return summary_of(session, target)


def record_payments(
    sessions: Sessions, user_id: uuid.UUID | None, received: Sequence[Received]
) -> int:
    """Record a day's payments (a bank statement's) in one transaction, all or none; the
    invoices they cover become paid. Returns how many invoices are paid now.

    The same checks as one payment at a time, and the same outcome, with each invoice's
    credit notes and payments read once for the batch instead of once per payment. A
    refusal (PaymentRefusedError) says which payment of the batch it is.
    """
    with writing(sessions, user_id) as session:
        check(Task.RECORD_PAYMENTS, Scope(acting_role(session, user_id)), field="user")
        targets = []
        for position, r in enumerate(received):
            try:
                targets.append(find_invoice(session, r.invoice))
            except ValidationError as refused:
                raise PaymentRefusedError(position, refused) from None
        if not targets:
            raise ValidationError("invoice", phrase("name at least one payment"))
        ids = list({t.id: None for t in targets})
        settled = settled_of(session, ids)
        owed = {
            t.id: t.total - settled[t.id][1] - settled[t.id][2]
            if t.status == InvoiceStatus.ISSUED and t.kind != InvoiceKind.CREDIT_NOTE
            else Decimal(0)
            for t in targets
        }
        payments = []
        for position, (r, target) in enumerate(zip(received, targets, strict=True)):
            try:
                payment = _payment(
                    session, user_id, target, r.amount, r.paid_on, r.method, r.reference,
                    None, lambda t=target: owed[t.id],  # type: ignore[misc]
                )  # fmt: skip
            except ValidationError as refused:
                raise PaymentRefusedError(position, refused) from None
            owed[target.id] -= payment.amount
            payments.append(payment)
        session.add_all(payments)
        session.flush()
        paid = 0
        for target in {t.id: t for t in targets}.values():
            taken, credited, before = settled[target.id]
            if taken:  # a credit note took lines back: whether it took them all is read
                status = settle(session, target)
            else:
                received_now = sum((p.amount for p in payments if p.invoice_id == target.id),
                                   Decimal(0))  # fmt: skip
                status = InvoiceStatus(
                    settled_status(target.total, credited, before + received_now, False)
                )
                if target.status != status:
                    target.status = status
            paid += status == InvoiceStatus.PAID
        session.flush()
        return paid


def _payment(
    session: Session,
    user_id: uuid.UUID | None,
    target: Invoice,
    amount: object | None,
    paid_on: object,
    method: str,
    reference: str | None,
    reverses: object | None,
    owed: Callable[[], Decimal],
) -> Payment:
    """A payment of ``target`` as given, checked: one refusal naming its field, or the row."""
    if target.status == InvoiceStatus.DRAFT:
        raise ValidationError("invoice", phrase("a draft is not paid: issue it first"))
    if target.kind == InvoiceKind.CREDIT_NOTE:
        raise ValidationError(
            "invoice", phrase("{number} is a credit note; it is not paid", number=target.number)
        )
    value = _amount(amount, target.currency) if amount is not None else Decimal(0)
    day = _day(paid_on)
    if target.issue_date and day < target.issue_date:
        raise ValidationError(
            "date", phrase("{day} is before {number} was issued", day=day, number=target.number)
        )
    method = " ".join((method or "").split()) or "bank transfer"
    if len(method) > METHOD_LENGTH:
        raise ValidationError("method", phrase("at most {most} characters", most=METHOD_LENGTH))
    ref = " ".join((reference or "").split()) or None
    if ref and len(ref) > REFERENCE_LENGTH:
        raise ValidationError(
            "reference",
            phrase("at most {most} characters", most=REFERENCE_LENGTH),
        )
    reversed_id = None
    if reverses is not None:
        taken_back = _reversible(session, target, reverses, value)
        reversed_id, value = taken_back.id, -taken_back.amount
    elif value <= 0:
        raise ValidationError(
            "amount",
            phrase("a payment is more than zero; a mistake is taken back by reversing it"),
        )
    elif target.status == InvoiceStatus.CANCELLED:
        raise ValidationError(
            "invoice", phrase("{number} is cancelled: nothing is owed", number=target.number)
        )
    elif value > (still := owed()):
        raise ValidationError(
            "amount",
            phrase(
                "{paid} is more than {number} still owes ({owed})",
                paid=Money(value, target.currency),
                number=target.number,
                owed=Money(still, target.currency),
            ),
        )
    return Payment(
        id=new_id(), invoice_id=target.id, amount=value, currency=target.currency,
        paid_on=day, method=method, reference=ref, reverses_id=reversed_id,
        by_user_id=user_id,
    )  # fmt: skip


def _reversible(session: Session, invoice: Invoice, ref: object, amount: Decimal) -> Payment:
    """The payment a reversal takes back: of this invoice, not reversed yet, and the whole
    of it (an amount of 0 means the whole)."""
    from console.services.master_data.fields import as_uuid

    payment_id = as_uuid(ref)
    payment = session.get(Payment, payment_id) if payment_id else None
    if payment is None or payment.invoice_id != invoice.id or payment.reverses_id is not None:
        raise ValidationError(
            "reverses", phrase("{ref} is not a payment of {number}", ref=ref, number=invoice.number)
        )
    if session.scalar(select(Payment.id).where(Payment.reverses_id == payment.id)):
        raise ValidationError("reverses", phrase("that payment is reversed already"))
    if amount and amount not in (payment.amount, -payment.amount):
        whole = payment.amount.quantize(minor_unit(payment.currency))
        raise ValidationError(
            "amount",
            phrase(
                "a reversal takes back the whole payment: {whole}",
                whole=Money(whole, payment.currency),
            ),
        )
    return payment


def payments_of(
    sessions: Sessions, user_id: uuid.UUID | None, invoice: object
) -> list[PaymentRecord]:
    """An invoice's payments and reversals, in the order they were recorded."""
    from console.model import User

    with sessions() as session:
        check(Task.SEE_MONEY, Scope(acting_role(session, user_id)), field="user")
        target = find_invoice(session, invoice)
        rows = session.execute(
            select(Payment, User.username)
            .outerjoin(User, User.id == Payment.by_user_id)
            .where(Payment.invoice_id == target.id)
            .order_by(Payment.at, Payment.paid_on)
        ).all()
        return [
            PaymentRecord(
                id=p.id, invoice=target.number or "", amount=p.amount, currency=p.currency,
                paid_on=p.paid_on, method=p.method, reference=p.reference,
                reverses=p.reverses_id, recorded_by=who,
            )
            for p, who in rows
        ]  # fmt: skip


def overdue(
    sessions: Sessions, user_id: uuid.UUID | None, today: date, *, client: object | None = None
) -> list[Overdue]:
    """Issued invoices past their due date that still owe money, longest overdue first."""
    from console.services.master_data.common import find_one

    with sessions() as session:
        check(Task.SEE_MONEY, Scope(acting_role(session, user_id)), field="user")
        stmt = (
            select(Invoice)
            .join(Client, Client.id == Invoice.client_id)
            .where(
                Invoice.status == InvoiceStatus.ISSUED,
                Invoice.kind != InvoiceKind.CREDIT_NOTE,
                Invoice.due_date < today,
            )
            .order_by(Invoice.due_date, func.lower(Client.name), Invoice.number)
        )
        if client:
            stmt = stmt.where(Invoice.client_id == find_one(session, Client, client, "client").id)
        out = []
        for invoice in session.scalars(stmt):
            owed = open_amount(session, invoice)
            if owed > 0 and invoice.due_date is not None:
                out.append(
                    Overdue(summary_of(session, invoice), (today - invoice.due_date).days, owed)
                )
        return out
