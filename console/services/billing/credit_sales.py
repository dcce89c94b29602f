"""Selling prepaid credit once (C5): a draft invoice that adds the credit when issued.

Credit bought every month comes with the month's run (`console.services.monthly`); a
client that buys a block of credit (money, or hours at the contract's hour price) gets an
invoice of its own. The credit arrives when that invoice is issued, not when it is
drafted, so a voided draft never leaves credit behind; a credit note of it takes the
credit back (`console.services.invoicing`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from console.enums import ContractKind, CreditUnit, InvoiceKind
from console.errors import ValidationError
from console.model import Client, Contract
from console.rules.billing import credit_purchase
from console.rules.roles import Scope, Task, check
from console.services.acting import reading
from console.services.master_data.common import acting_role, find_one, writing
from console.services.pricing import draft_invoice
from console.wording.phrases import phrase

from .drafts import Sessions
from .summary import InvoiceSummary, summary_of


@dataclass(frozen=True)
class PrepaidCard:
    """A prepaid credit contract a sale can go to."""

    id: uuid.UUID
    client: str
    contract: str
    unit: str  # money or hours
    currency: str


def prepaid_cards(sessions: Sessions, user_id: uuid.UUID | None) -> list[PrepaidCard]:
    """The active clients' prepaid credit contracts, by client."""
    with reading(sessions) as session:
        check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
        rows = session.execute(
            select(Contract.id, Client.name, Contract.name, Contract.credit_unit, Contract.currency)
            .join(Client, Client.id == Contract.client_id)
            .where(
                Contract.kind == ContractKind.PREPAID_CREDIT,
                Contract.credit_unit.is_not(None),
                Client.active.is_(True),
            )
            .order_by(func.lower(Client.name), Contract.name)
        )
        return [PrepaidCard(i, c, n, str(u), cur) for i, c, n, u, cur in rows]


def _amount(text: object) -> Decimal:
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("amount", phrase("{text} is not a number", text=repr(text))) from None
    if not value.is_finite() or value <= 0:
        raise ValidationError("amount", phrase("credit bought must be more than zero"))
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError("amount", phrase("at most two decimal places"))
    return value


def sell_credit(
    sessions: Sessions, user_id: uuid.UUID | None, contract: object, amount: object, on: date
) -> InvoiceSummary:
    """Draft the invoice for a block of prepaid credit (money, or hours for an hours card)."""
    with writing(sessions, user_id) as session:
        check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
        card = find_one(session, Contract, contract, "contract")
        if card.kind != ContractKind.PREPAID_CREDIT or card.credit_unit is None:
            raise ValidationError(
                "contract", phrase("{name} is not a prepaid credit contract", name=card.name)
            )
        value = _amount(amount)
        unit = CreditUnit(card.credit_unit)
        if unit is CreditUnit.HOURS and card.standard_rate <= 0:
            raise ValidationError(
                "contract",
                phrase(
                    "{name} has no hour price: give the contract its rate first", name=card.name
                ),
            )
        client = session.get_one(Client, card.client_id)
        line = credit_purchase(
            card.name, card.currency, value, unit, card.standard_rate, when=f"{on:%Y-%m-%d}"
        )
        invoice = draft_invoice(
            session, card, client, InvoiceKind.CREDIT_TOP_UP, [line], (on, on), []
        )
        session.flush()
        return summary_of(session, invoice)
