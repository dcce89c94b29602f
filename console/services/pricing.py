"""What billing runs share: a contract's rate card, rating inputs from rows, draft invoices.

The monthly run (C6) and the emergency run (E4) both turn time entries and visits into
priced lines and write them as draft lines linked back to what they bill; this module
is that common path, so neither re-implements the other.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from console.enums import ContractKind, InvoiceKind, NonBillableReason, Phase, VisitStatus
from console.ids import new_id
from console.model import Client, Contract, Invoice, InvoiceLine, TimeEntry, Visit
from console.rules.calendar import calendar_for
from console.rules.dispatch import DEFAULT_RESERVED_HOURS, Period, retainer_on
from console.rules.rating import PlanRate, PricedLine, RateCard, VisitCharge, WorkItem, worked_hours
from console.rules.tax import line_tax
from console.services.provider import CompanyProfile, invoice_prefix, load_profile
from console.wording.labels import label_for

VISIT_RULES = frozenset({"D2", "D3", "D8"})
"""The rules of lines that bill a visit (its reservation, time beyond it, its rush fee)."""

LineTax = tuple[Decimal, str | None]
"""A draft line's tax: its rate in percent and, at 0 %, the exemption text printed with it."""

_DRAFT_TAX: WeakKeyDictionary[Invoice, LineTax] = WeakKeyDictionary()
"""The tax decided for each draft this process is writing, so each line does not ask again."""


def client_language(client: Client) -> str:
    """The two-letter language of a client's locale (nl_NL: nl)."""
    return client.locale.replace("-", "_").split("_")[0].lower()


def _draft_tax(session: Session, contract: Contract, client: Client) -> LineTax:
    """The rate and exemption text of a contract's lines for this client: the contract's,
    or the EU reverse charge with its legal note in the client's language."""
    return tax_for(load_profile(session), contract, client)


def tax_for(profile: CompanyProfile | None, contract: Contract, client: Client) -> LineTax:
    """`_draft_tax` with the company profile already read (a run reads it once)."""
    decision = line_tax(
        profile.country if profile else None, client.country, client.vat_id,
        contract.tax_rate_pct,
    )  # fmt: skip
    if decision.note_key is not None:
        return decision.rate_pct, label_for(client_language(client))(decision.note_key)
    if decision.rate_pct == 0:
        return decision.rate_pct, contract.tax_exemption
    return decision.rate_pct, None


def rate_card(session: Session, contract: Contract, client: Client) -> RateCard:
    """A contract's prices; cause removal uses the rate of a monthly plan of the same
    product area on the days that plan is in force (C3)."""
    plans = session.execute(
        select(Contract.valid_from, Contract.valid_until, Contract.standard_rate)
        .where(
            Contract.client_id == client.id,
            Contract.kind == ContractKind.MONTHLY_PLAN,
            Contract.product_area == contract.product_area,
            Contract.currency == contract.currency,
        )
        .order_by(Contract.valid_from.desc())
    )
    return rate_card_of(contract, client, tuple(PlanRate(*plan) for plan in plans))


def rate_card_of(contract: Contract, client: Client, plans: tuple[PlanRate, ...]) -> RateCard:
    """A contract's prices with the client's monthly plans of its area already read."""
    return RateCard(
        currency=contract.currency,
        standard_rate=contract.standard_rate,
        express_rate=contract.express_rate,
        on_demand_rate=contract.on_demand_rate,
        after_hours_multiplier=contract.after_hours_multiplier,
        rush_fee=contract.rush_fee,
        window=calendar_for(
            contract.service_window, client.time_zone, client.country, client.subdivision
        ),
        rounding_minutes=contract.rounding_minutes,
        monthly_plans=plans,
    )


def retainer_periods(session: Session, client_id: uuid.UUID) -> list[Period]:
    """The days each of the client's retainers is in force: a rush on one of them is covered
    (D2, the retainer's SLA being the 'suitable service level'), and C1's promise holds."""
    found = session.execute(
        select(Contract.valid_from, Contract.valid_until).where(
            Contract.client_id == client_id, Contract.kind == ContractKind.RETAINER
        )
    )
    return [(start, end) for start, end in found]


def has_monthly_plan(session: Session, client_id: uuid.UUID, on: date) -> bool:
    """E2: a client with an active monthly plan is not asked for guarantee hours."""
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Contract)
            .where(
                Contract.client_id == client_id,
                Contract.kind == ContractKind.MONTHLY_PLAN,
                Contract.valid_from <= on,
                (Contract.valid_until.is_(None)) | (Contract.valid_until >= on),
            )
        )
    )


def work_items(entries: Sequence[TimeEntry]) -> list[WorkItem]:
    """Approved time entries as the rating rules take them."""
    return [
        WorkItem(
            e.id, e.engineer_id, e.started_at, e.ended_at, Phase(e.phase), e.billable,
            NonBillableReason(e.non_billable_reason) if e.non_billable_reason else None,
            e.description, e.visit_id,
        )
        for e in entries
    ]  # fmt: skip


def visit_charges(
    visits: Sequence[Visit], items: Sequence[WorkItem], client: Client, retainers: Sequence[Period]
) -> list[VisitCharge]:
    """Finished visits as the rating rules take them (D2, D3, D8); a rush is covered by a
    retainer in force on the visit's day (``retainers``: `retainer_periods`)."""
    zone = ZoneInfo(client.time_zone)
    charges = []
    for v in visits:
        day = v.planned_start.astimezone(zone).date()
        charges.append(
            VisitCharge(
                v.id, day,
                v.reserved_hours if v.reserved_hours is not None else DEFAULT_RESERVED_HOURS,
                worked_hours([i for i in items if i.visit_id == v.id]),
                no_access=v.status == VisitStatus.NO_ACCESS, rush=v.rush,
                rush_covered=retainer_on(retainers, day), reference=v.reference,
                start=v.planned_start, grace_hours=Decimal(v.grace_minutes) / 60,
            )
        )  # fmt: skip
    return charges


def draft_invoice(
    session: Session,
    contract: Contract,
    client: Client,
    kind: InvoiceKind,
    lines: Sequence[PricedLine],
    period: tuple[date, date] | None,
    links: list[tuple[InvoiceLine, PricedLine]],
    ticket_id: uuid.UUID | None = None,
) -> Invoice:
    """A draft invoice (no number, C6/E4) with one row per priced line.

    Its series is the company profile's invoice prefix (issuing takes the prefix again).
    """
    invoice = Invoice(
        id=new_id(), issuer=invoice_prefix(session), kind=kind, client_id=client.id,
        contract_id=contract.id,
        ticket_id=ticket_id, currency=contract.currency,
        period_start=period[0] if period else None, period_end=period[1] if period else None,
        payment_terms=f"{contract.payment_terms_days} days net",
    )  # fmt: skip
    session.add(invoice)
    _DRAFT_TAX[invoice] = _draft_tax(session, contract, client)
    for line in lines:
        links.append((add_line(invoice, contract, line), line))
    return invoice


def _tax_of(invoice: Invoice, contract: Contract) -> LineTax:
    known = _DRAFT_TAX.get(invoice)
    if known is not None:
        return known
    session = object_session(invoice)
    client = session.get(Client, invoice.client_id) if session is not None else None
    if session is None or client is None:  # not in a store: the contract's own terms
        return contract.tax_rate_pct, contract.tax_exemption if contract.tax_rate_pct == 0 else None
    known = _DRAFT_TAX[invoice] = _draft_tax(session, contract, client)
    return known


def add_line(
    invoice: Invoice, contract: Contract, line: PricedLine, first: bool = False, at: int = 0
) -> InvoiceLine:
    """Append (or, with ``first``, insert at ``at``) one priced line on a draft, keeping
    positions dense; its tax is the contract's, or the EU reverse charge (`_draft_tax`)."""
    values = line_values(line, _tax_of(invoice, contract), invoice_id=None, position=0)
    del values["invoice_id"]  # the relationship sets it
    row = InvoiceLine(**values)
    if first:
        invoice.lines.insert(at, row)
    else:
        invoice.lines.append(row)
    for position, existing in enumerate(invoice.lines):
        existing.position = position
    return row


def line_values(
    line: PricedLine, tax: LineTax, *, invoice_id: uuid.UUID | None, position: int
) -> dict[str, object]:
    """A priced line as the columns of its invoice line row."""
    return {
        "id": new_id(), "invoice_id": invoice_id, "position": position, "day": line.day,
        "engineer_id": line.engineer_id,
        "visit_id": line.source_id if line.rule in VISIT_RULES else None,
        "description": line.description[:500], "hours": line.hours, "rate": line.rate,
        "multiplier": line.multiplier, "amount": line.amount.amount, "tax_rate_pct": tax[0],
        "tax_exemption": tax[1], "drew_on": line.drew_on, "credits_line_id": None,
    }  # fmt: skip


def link_entries(
    session: Session,
    entries: Sequence[TimeEntry],
    links: Sequence[tuple[InvoiceLine, PricedLine]],
) -> None:
    """Point each billed entry at its line, so no run ever rates it again.

    An entry worked on a visit is paid through the visit's reservation (D3): it points at
    the visit's line, or a later run would rate it a second time on its own.
    """
    by_id = {e.id: e for e in entries}
    on_visit: dict[uuid.UUID, list[TimeEntry]] = {}
    for e in entries:
        if e.visit_id is not None and e.billable:
            on_visit.setdefault(e.visit_id, []).append(e)
    session.flush()  # the lines must exist before entries point at them
    for row, line in links:
        if line.source_id is None:
            continue
        covered = on_visit.get(line.source_id, []) if line.rule in ("D3", "D8") else []
        for entry in [by_id.get(line.source_id), *covered]:
            if entry is not None and entry.invoice_line_id is None:
                entry.invoice_line_id = row.id
