"""The monthly billing run (C5-C8, D2, D3, D8, E5): a month's work into drafts and debits.

For one contract and month: approved, not yet billed time entries and finished visits
are rated, drawn from the client's balances in the consumption order, and written as
draft invoice lines (linked back to their entries), prepaid-credit debits (C5: no
invoice), and for an FTE bundle a separate overage draft (C7). Running it twice bills
nothing twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from console.enums import (
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    DrewOn,
    InvoiceKind,
    InvoiceStatus,
    VisitStatus,
)
from console.errors import UserError
from console.ids import new_id
from console.model import (
    Client,
    Contract,
    CreditEntry,
    Invoice,
    InvoiceLine,
    Ticket,
    TimeEntry,
    Visit,
)
from console.money import Money
from console.rules import credit as credit_rules
from console.rules.billing import INVOICED, Balances, PeriodTerms, consume, period_charges
from console.rules.rating import PricedLine, rate_all
from console.services.pricing import (
    add_line,
    draft_invoice,
    has_rush_cover,
    link_entries,
    rate_card,
    visit_charges,
    work_items,
)


@dataclass
class MonthlyRun:
    """What one run produced."""

    invoice: Invoice | None = None
    overage: Invoice | None = None
    credit_entries: list[CreditEntry] = field(default_factory=list)
    fte_hours_used: Decimal = Decimal(0)
    awaiting_approval: int = 0  # E5: entries not yet approved by both parties


def month_bounds(year: int, month: int, zone: str) -> tuple[datetime, datetime]:
    """The month in the client's zone, as UTC instants [start, end)."""
    tz = ZoneInfo(zone)
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (
        datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC),
        datetime.combine(nxt, time(0), tzinfo=tz).astimezone(UTC),
    )


def _credit_contract(session: Session, contract: Contract) -> Contract | None:
    """The prepaid credit that pays this work: the contract itself or the client's (C5)."""
    if contract.kind == ContractKind.PREPAID_CREDIT:
        return contract
    if contract.kind != ContractKind.ON_DEMAND:
        return None  # work under other contracts is not "outside other contracts"
    return session.scalar(
        select(Contract).where(
            Contract.client_id == contract.client_id,
            Contract.kind == ContractKind.PREPAID_CREDIT,
            Contract.currency == contract.currency,
        )
    )


def _credit_balance(session: Session, contract: Contract) -> Decimal:
    total = session.scalar(
        select(func.coalesce(func.sum(CreditEntry.amount), 0)).where(
            CreditEntry.contract_id == contract.id
        )
    )
    return Decimal(total or 0)


def _entries(
    session: Session, contract: Contract, start: datetime, end: datetime
) -> list[TimeEntry]:
    reversal = aliased(TimeEntry)
    return list(
        session.scalars(
            select(TimeEntry)
            .join(Ticket, Ticket.id == TimeEntry.ticket_id)
            .where(
                Ticket.contract_id == contract.id,
                TimeEntry.started_at >= start,
                TimeEntry.started_at < end,
                TimeEntry.invoice_line_id.is_(None),
                TimeEntry.reverses_id.is_(None),
                ~exists().where(reversal.reverses_id == TimeEntry.id),
                _drawn_on_credit(TimeEntry.id) == 0,
            )
            .order_by(TimeEntry.started_at)
        )
    )


def _drawn_on_credit(entry_id: Any) -> Any:
    """What an entry still holds of prepaid credit: its debits less their reversals.

    An entry whose debit was reversed (its draft voided) is billed again by the next run.
    """
    return (
        select(func.coalesce(func.sum(CreditEntry.amount), 0))
        .where(
            CreditEntry.time_entry_id == entry_id,
            CreditEntry.kind.in_([CreditEntryKind.DEBIT, CreditEntryKind.REVERSAL]),
        )
        .scalar_subquery()
    )


def _visits(session: Session, contract: Contract, start: datetime, end: datetime) -> list[Visit]:
    return list(
        session.scalars(
            select(Visit)
            .join(Ticket, Ticket.id == Visit.ticket_id)
            .where(
                Ticket.contract_id == contract.id,
                Visit.status.in_([VisitStatus.COMPLETED.value, VisitStatus.NO_ACCESS.value]),
                Visit.planned_start >= start,
                Visit.planned_start < end,
                ~exists().where(
                    InvoiceLine.visit_id == Visit.id,
                    InvoiceLine.credits_line_id.is_(None),  # not a credit note's own line
                    ~_taken_back_to_rebill(InvoiceLine.id),
                ),
            )
        )
    )


def _taken_back_to_rebill(line_id: Any) -> Any:
    """Whether an issued credit note took a line back so its work is billed again."""
    note_line, note = aliased(InvoiceLine), aliased(Invoice)
    return (
        exists()
        .where(note_line.credits_line_id == line_id, note.id == note_line.invoice_id)
        .where(note.rebill.is_(True), note.status != InvoiceStatus.DRAFT)
    )


def bill_month(session: Session, contract_id: uuid.UUID, year: int, month: int) -> MonthlyRun:
    """Rate and bill one contract's month (C6), in the caller's transaction."""
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise UserError(f"contract {contract_id} does not exist")
    if contract.kind == ContractKind.EXPRESS:
        raise UserError(
            f"contract {contract.name}: Express work is billed per emergency at its close "
            "(E4), not in the monthly run"
        )
    client = session.get_one(Client, contract.client_id)
    start, end = month_bounds(year, month, client.time_zone)
    run = MonthlyRun()
    entries = _entries(session, contract, start, end)
    approved = [e for e in entries if e.provider_approved_at and e.client_approved_at]
    run.awaiting_approval = len(entries) - len(approved)
    visits = _visits(session, contract, start, end)
    card = rate_card(session, contract, client)
    items = work_items(approved)
    charges = visit_charges(visits, items, client, has_rush_cover(session, client.id))
    lines = rate_all(items, charges, card)
    prepaid = _credit_contract(session, contract)
    if prepaid is not None:
        _top_up(session, prepaid, start)
    bundle = contract.bundle_hours if contract.kind == ContractKind.FTE_BUNDLE else None
    first_day = start.astimezone(ZoneInfo(client.time_zone)).date()
    balances = Balances(
        fte_hours=bundle or Decimal(0),
        credit=_credit_balance(session, prepaid) if prepaid else Decimal(0),
        credit_unit=CreditUnit(prepaid.credit_unit) if prepaid and prepaid.credit_unit else None,
    )
    if bundle is not None:
        balances.fte_hours = max(
            Decimal(0), bundle - _fte_used_before(session, contract, first_day)
        )
    used = consume(lines, balances)
    run.fte_hours_used = used.fte_hours_used

    monthly_lines: list[PricedLine] = []
    overage_lines: list[PricedLine] = []
    for line in used.lines:
        if line.drew_on is DrewOn.PREPAID_CREDIT:
            continue
        over = line.billable and line.drew_on in INVOICED and line.hours
        if contract.kind == ContractKind.FTE_BUNDLE and over:
            overage_lines.append(line)  # C7: hours beyond the bundle, invoiced apart
        elif line.drew_on is DrewOn.FTE_BUNDLE:
            monthly_lines.append(line.with_drew_on(DrewOn.FTE_BUNDLE, Money.zero(card.currency)))
        else:
            monthly_lines.append(line)
    period = (first_day, _last_day(year, month))
    links: list[tuple[InvoiceLine, PricedLine]] = []
    fixed_lines = (
        [] if _period_charged(session, contract, first_day)
        else period_charges(_period_terms(contract, client), f"{first_day:%Y-%m}")
    )  # fmt: skip
    if monthly_lines or fixed_lines:
        run.invoice = draft_invoice(
            session, contract, client, InvoiceKind.MONTHLY, monthly_lines, period, links
        )
        for position, charge in enumerate(fixed_lines):
            add_line(run.invoice, contract, charge, first=True, at=position)
    if overage_lines:
        run.overage = draft_invoice(
            session, contract, client, InvoiceKind.FTE_OVERAGE, overage_lines, period, links
        )
    link_entries(session, approved, links)
    by_id = {e.id: e for e in approved}
    if prepaid is not None:
        current = _credit_balance(session, prepaid)
        for line in used.drawn(DrewOn.PREPAID_CREDIT):
            unit = CreditUnit(prepaid.credit_unit or CreditUnit.MONEY)
            value = line.hours if unit is CreditUnit.HOURS else line.amount.amount
            assert value is not None
            check = credit_rules.apply_debit(current, value, prepaid.low_credit_threshold)
            current = check.balance_after
            source = by_id.get(line.source_id) if line.source_id else None
            # dated with the work it pays for, so a run in December debits November
            at = source.started_at if source is not None else end - timedelta(seconds=1)
            debit = CreditEntry(
                id=new_id(), contract_id=prepaid.id, at=at,
                kind=CreditEntryKind.DEBIT, unit=unit, amount=-value,
                currency=prepaid.currency if unit is CreditUnit.MONEY else None,
                time_entry_id=line.source_id if line.source_id in by_id else None,
                overdraft=check.overdraft, note=line.description[:300],
            )  # fmt: skip
            session.add(debit)
            run.credit_entries.append(debit)
    session.flush()
    return run


def _last_day(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def _period_terms(contract: Contract, client: Client) -> PeriodTerms:
    """The contract's fixed prices for a month, as the billing rules take them."""
    return PeriodTerms(
        contract_name=contract.name,
        currency=contract.currency,
        monthly_fee=contract.monthly_fee,
        workstations=client.workstations,
        workstation_price=contract.workstation_price,
        onsite_surcharge_pct=contract.onsite_surcharge_pct,
        regular_onsite_visits=contract.regular_onsite_visits,
        credit_top_up=contract.monthly_top_up
        if contract.kind == ContractKind.PREPAID_CREDIT
        else None,
        credit_unit=CreditUnit(contract.credit_unit) if contract.credit_unit else None,
        hour_price=contract.standard_rate,
    )


def _top_up(session: Session, prepaid: Contract, start: datetime) -> None:
    """C5: the credit bought every month arrives on its first day, once."""
    amount = prepaid.monthly_top_up
    if not amount or prepaid.credit_unit is None:
        return
    done = session.scalar(
        select(func.count())
        .select_from(CreditEntry)
        .where(
            CreditEntry.contract_id == prepaid.id,
            CreditEntry.kind == CreditEntryKind.TOP_UP,
            CreditEntry.at == start,
        )
    )
    if done:
        return
    unit = CreditUnit(prepaid.credit_unit)
    session.add(
        CreditEntry(
            id=new_id(), contract_id=prepaid.id, at=start, kind=CreditEntryKind.TOP_UP,
            unit=unit, amount=amount,
            currency=prepaid.currency if unit is CreditUnit.MONEY else None,
            note=f"monthly prepaid credit {start:%Y-%m}",
        )
    )  # fmt: skip
    session.flush()


def _period_charged(session: Session, contract: Contract, first_day: date) -> bool:
    """Whether a run billed this month's fixed prices already (fixed lines not of a visit)."""
    return bool(
        session.scalar(
            select(func.count())
            .select_from(InvoiceLine)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(
                Invoice.contract_id == contract.id,
                Invoice.kind == InvoiceKind.MONTHLY,
                Invoice.period_start == first_day,
                InvoiceLine.drew_on == DrewOn.FIXED,
                InvoiceLine.visit_id.is_(None),
                ~_taken_back_to_rebill(InvoiceLine.id),
            )
        )
    )


def _fte_used_before(session: Session, contract: Contract, first_day: date) -> Decimal:
    """Bundle hours already drawn this month by an earlier run."""
    total = session.scalar(
        select(func.coalesce(func.sum(InvoiceLine.hours), 0))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(
            and_(
                Invoice.contract_id == contract.id,
                InvoiceLine.drew_on == DrewOn.FTE_BUNDLE,
                Invoice.period_start == first_day,
            )
        )
    )
    return Decimal(total or 0)
