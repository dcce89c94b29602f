"""Credit notes: the one way to correct an issued invoice, which itself never changes.

A credit note takes back lines of an issued invoice (all that are left, or the ones the
desk picks), each line at most once, so the notes of an invoice never take back more than
it charged. It is drafted here and issued like any draft (`drafts.issue_invoices`): then
it gets its number in the credit note series, the credited invoice is cancelled once
every line is taken back, and with ``rebill`` the work it billed waits for the next run.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

from console.enums import InvoiceKind, InvoiceStatus
from console.errors import ValidationError
from console.ids import new_id
from console.model import Invoice, InvoiceLine
from console.rules.roles import Scope, Task, check
from console.services.invoicing import already_credited
from console.services.master_data.common import acting_role, writing
from console.wording.phrases import phrase

from .drafts import find_invoice
from .summary import InvoiceSummary, summary_of

Sessions = Callable[[], Session]

REASON_LENGTH = 500


def draft_credit_note(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    invoice: object,
    *,
    reason: str,
    lines: Iterable[int] | None = None,
    rebill: bool = False,
) -> InvoiceSummary:
    """Draft a credit note for an issued invoice: every line left, or those numbered in
    ``lines`` (1 = the first line); ``rebill`` (whole invoice only) bills its work again."""
    with writing(sessions, user_id) as session:
        check(Task.CREDIT_INVOICES, Scope(acting_role(session, user_id)), field="user")
        original = find_invoice(session, invoice)
        _creditable(original)
        why = " ".join((reason or "").split())
        if not why:
            raise ValidationError("reason", phrase("say why the invoice is corrected"))
        if len(why) > REASON_LENGTH:
            raise ValidationError("reason", phrase("at most {most} characters", most=REASON_LENGTH))
        taken = already_credited(session, original.id, drafts=True)
        chosen = _chosen(original, taken, lines)
        if rebill and (taken or len(chosen) != len(original.lines)):
            raise ValidationError(
                "rebill",
                phrase(
                    "work is billed again only when one credit note takes back the whole invoice"
                ),
            )
        note = Invoice(
            id=new_id(), issuer=original.issuer, kind=InvoiceKind.CREDIT_NOTE,
            status=InvoiceStatus.DRAFT, client_id=original.client_id,
            contract_id=original.contract_id, ticket_id=original.ticket_id,
            currency=original.currency, period_start=original.period_start,
            period_end=original.period_end, credits_invoice_id=original.id,
            credit_reason=why, rebill=rebill, notes="",
        )  # fmt: skip
        for position, line in enumerate(chosen):
            note.lines.append(
                InvoiceLine(
                    id=new_id(), position=position, day=line.day, engineer_id=line.engineer_id,
                    visit_id=line.visit_id, description=line.description,
                    hours=-line.hours if line.hours is not None else None, rate=line.rate,
                    multiplier=line.multiplier, amount=-line.amount,
                    tax_rate_pct=line.tax_rate_pct, tax_exemption=line.tax_exemption,
                    drew_on=line.drew_on, credits_line_id=line.id,
                )
            )  # fmt: skip
        session.add(note)
        session.flush()
        return summary_of(session, note)


def _creditable(invoice: Invoice) -> None:
    """Refuse what is not an issued invoice with something left to take back."""
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        raise ValidationError(
            "invoice",
            (
                phrase("{number} is a credit note itself", number=invoice.number)
                if invoice.number
                else phrase("this is a credit note itself")
            ),
        )
    if invoice.status == InvoiceStatus.DRAFT:
        raise ValidationError(
            "invoice",
            phrase("a draft is not credited: void it, and the next run bills its work again"),
        )
    if invoice.status == InvoiceStatus.CANCELLED:
        raise ValidationError(
            "invoice",
            phrase(
                "{number} is cancelled: its credit notes took back every line",
                number=invoice.number,
            ),
        )


def _chosen(
    invoice: Invoice, taken: set[uuid.UUID], positions: Iterable[int] | None
) -> list[InvoiceLine]:
    """The lines to take back: every line left, or the numbered ones, each still there."""
    ordered = sorted(invoice.lines, key=lambda ln: ln.position)
    if positions is None:
        left = [ln for ln in ordered if ln.id not in taken]
        if not left:
            raise ValidationError(
                "invoice", phrase(
                    "{number} has nothing left to credit: every line is on a credit note already",
                    number=invoice.number,
                ),
            )  # fmt: skip
        return left
    wanted = sorted(set(positions))
    if not wanted:
        raise ValidationError("line", phrase("name at least one line to credit"))
    chosen = []
    for number in wanted:
        if not 1 <= number <= len(ordered):
            raise ValidationError(
                "line",
                phrase(
                    "{invoice} has no line {line}; its lines are 1 to {last}",
                    invoice=invoice.number,
                    line=number,
                    last=len(ordered),
                ),
            )
        line = ordered[number - 1]
        if line.id in taken:
            raise ValidationError(
                "line",
                phrase(
                    "line {line} of {invoice} is on a credit note already",
                    line=number,
                    invoice=invoice.number,
                ),
            )
        chosen.append(line)
    return chosen
