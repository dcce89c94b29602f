"""The monthly billing run (C5-C8, D2, D3, D8, E5): a month's work into drafts and debits.

For one contract and month: approved, not yet billed time entries and finished visits
are rated, drawn from the client's balances in the consumption order, and written as
draft invoice lines (linked back to their entries), prepaid-credit debits (C5: no
invoice), and for an FTE bundle a separate overage draft (C7). Running it twice bills
nothing twice.

The month's facts are read for every contract of a run at once (`month_facts`), each
contract is billed as plain rows (`MonthBatch`), and the rows are written together
(`console.services.bulk_writes`), with their audit and outbox entries: a run over
hundreds of contracts is a few reads and a few writes, not a dozen of each per contract.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.enums import (
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    DrewOn,
    InvoiceKind,
    InvoiceStatus,
    NonBillableReason,
    Phase,
)
from console.ids import new_id
from console.model import Client, Contract, CreditEntry, Invoice, InvoiceLine, TimeEntry
from console.money import Money
from console.rules import credit as credit_rules
from console.rules.billing import INVOICED, Balances, PeriodTerms, consume, period_charges
from console.rules.credit import CreditAlert
from console.rules.dispatch import DEFAULT_RESERVED_HOURS, retainer_on
from console.rules.rating import PricedLine, VisitCharge, WorkItem, rate_all, worked_hours
from console.services.billing.month_facts import (
    EntryRow,
    MonthFacts,
    month_bounds,
)
from console.services.bulk_writes import RowChange, insert_rows, update_rows
from console.services.pricing import VISIT_RULES, LineTax, line_values, rate_card_of, tax_for

__all__ = ["CreditNotice", "MonthBatch", "MonthlyRun", "month_bounds", "plan_month"]


@dataclass(frozen=True)
class CreditNotice:
    """A prepaid credit that ran low or out during the run: the account manager's news."""

    contract_id: uuid.UUID
    contract: str
    client_id: uuid.UUID
    alert: CreditAlert
    balance: Decimal
    unit: CreditUnit
    currency: str | None


@dataclass
class DraftRows:
    """One draft invoice as rows: the invoice, its lines, and the entries each line bills."""

    invoice: dict[str, Any]
    lines: list[dict[str, Any]] = field(default_factory=list)
    contract: Contract | None = None


@dataclass
class MonthlyRun:
    """What one contract's run produced."""

    fte_hours_used: Decimal = Decimal(0)
    awaiting_approval: int = 0  # E5: entries not yet approved by both parties
    drafts: list[DraftRows] = field(default_factory=list)  # as written
    credit_rows: list[dict[str, Any]] = field(default_factory=list)  # debits, as written
    notices: list[CreditNotice] = field(default_factory=list)


@dataclass
class MonthBatch:
    """The rows a run writes, gathered over its contracts and written at the end."""

    invoices: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    links: list[RowChange] = field(default_factory=list)
    credit: list[dict[str, Any]] = field(default_factory=list)
    linked: set[uuid.UUID] = field(default_factory=set)  # entries a line bills already

    def write(self, session: Session) -> None:
        """Write every row, parents first, with its audit and outbox entries."""
        session.flush()  # anything the caller added must be in before rows point at it
        insert_rows(session, Invoice.__table__, self.invoices)  # type: ignore[arg-type]
        insert_rows(session, InvoiceLine.__table__, self.lines)  # type: ignore[arg-type]
        update_rows(session, TimeEntry.__table__, self.links)  # type: ignore[arg-type]
        for kind in (CreditEntryKind.TOP_UP, CreditEntryKind.DEBIT):
            rows = [r for r in self.credit if r["kind"] is kind]
            insert_rows(session, CreditEntry.__table__, rows)  # type: ignore[arg-type]


def plan_month(facts: MonthFacts, contract: Contract, batch: MonthBatch) -> MonthlyRun:
    """Bill one contract's month into ``batch`` from the month's facts (nothing is written)."""
    client = facts.clients[contract.client_id]
    start, end = facts.bounds[client.id]
    run = MonthlyRun()
    entries = facts.entries.get(contract.id, [])
    approved = [e for e in entries if e.approved]
    run.awaiting_approval = len(entries) - len(approved)
    card = rate_card_of(contract, client, facts.plans_of(contract))
    items = [_work_item(e) for e in approved]
    charges = _visit_charges(facts, contract, client, items)
    lines = rate_all(items, charges, card)
    prepaid = facts.prepaid_for(contract)
    if prepaid is not None:
        _top_up(facts, prepaid, start, batch)
    bundle = contract.bundle_hours if contract.kind == ContractKind.FTE_BUNDLE else None
    balances = Balances(
        fte_hours=bundle or Decimal(0),
        credit=facts.credit_balance.get(prepaid.id, Decimal(0)) if prepaid else Decimal(0),
        credit_unit=CreditUnit(prepaid.credit_unit) if prepaid and prepaid.credit_unit else None,
    )
    if bundle is not None:
        balances.fte_hours = max(Decimal(0), bundle - facts.fte_used.get(contract.id, Decimal(0)))
    used = consume(lines, balances)
    run.fte_hours_used = used.fte_hours_used
    if bundle is not None:
        facts.fte_used[contract.id] = facts.fte_used.get(contract.id, Decimal(0)) + (
            used.fte_hours_used
        )

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
    first_day = facts.first_day
    period = (first_day, _last_day(facts.year, facts.month))
    fixed_lines = (
        [] if contract.id in facts.period_charged
        else period_charges(_period_terms(contract, client), f"{first_day:%Y-%m}")
    )  # fmt: skip
    if fixed_lines:
        facts.period_charged.add(contract.id)
    terms = _DraftTerms(
        contract, client, period, tax_for(facts.profile, contract, client),
        {e.id: e for e in approved}, _billable_on_visit(approved),
    )  # fmt: skip
    if monthly_lines or fixed_lines:
        lines = [*fixed_lines, *monthly_lines]
        run.drafts.append(_draft(facts, terms, InvoiceKind.MONTHLY, lines, batch))
    if overage_lines:
        run.drafts.append(_draft(facts, terms, InvoiceKind.FTE_OVERAGE, overage_lines, batch))
    if prepaid is not None:
        _debit(facts, prepaid, used.drawn(DrewOn.PREPAID_CREDIT), approved, end, run, batch)
    return run


def _work_item(e: EntryRow) -> WorkItem:
    return WorkItem(
        e.id, e.engineer_id, e.started_at, e.ended_at, Phase(e.phase), e.billable,
        NonBillableReason(e.non_billable_reason) if e.non_billable_reason else None,
        e.description, e.visit_id,
    )  # fmt: skip


def _visit_charges(
    facts: MonthFacts, contract: Contract, client: Client, items: list[WorkItem]
) -> list[VisitCharge]:
    """Finished visits as the rating rules take them (D2, D3, D8)."""
    zone = ZoneInfo(client.time_zone)
    by_visit: dict[uuid.UUID, list[WorkItem]] = {}
    for item in items:
        if item.visit_id is not None:
            by_visit.setdefault(item.visit_id, []).append(item)
    retainers = facts.retainers.get(client.id, [])
    charges = []
    for v in facts.visits.get(contract.id, []):
        day = v.planned_start.astimezone(zone).date()
        charges.append(
            VisitCharge(
                v.id, day,
                v.reserved_hours if v.reserved_hours is not None else DEFAULT_RESERVED_HOURS,
                worked_hours(by_visit.get(v.id, [])), no_access=v.no_access, rush=v.rush,
                rush_covered=retainer_on(retainers, day), reference=v.reference,
                start=v.planned_start, grace_hours=Decimal(v.grace_minutes) / 60,
            )
        )  # fmt: skip
    return charges


def _billable_on_visit(entries: list[EntryRow]) -> dict[uuid.UUID, list[EntryRow]]:
    """D3: billable entries worked on a visit are paid through the visit's line."""
    out: dict[uuid.UUID, list[EntryRow]] = {}
    for e in entries:
        if e.visit_id is not None and e.billable:
            out.setdefault(e.visit_id, []).append(e)
    return out


@dataclass(frozen=True)
class _DraftTerms:
    """What every draft of one contract's month shares."""

    contract: Contract
    client: Client
    period: tuple[date, date]
    tax: LineTax
    approved: dict[uuid.UUID, EntryRow]
    on_visit: dict[uuid.UUID, list[EntryRow]]


def _draft(
    facts: MonthFacts,
    terms: _DraftTerms,
    kind: InvoiceKind,
    lines: list[PricedLine],
    batch: MonthBatch,
) -> DraftRows:
    """A draft (no number, C6) with a row per line; each billed entry points at its line,
    an entry worked on a visit at the visit's line (or a later run would rate it again)."""
    invoice_id = new_id()
    contract, client, period = terms.contract, terms.client, terms.period
    draft = DraftRows(
        {
            "id": invoice_id, "issuer": facts.prefix, "number": None, "kind": kind,
            "status": InvoiceStatus.DRAFT, "client_id": client.id, "contract_id": contract.id,
            "ticket_id": None, "currency": contract.currency,
            "period_start": period[0], "period_end": period[1],
            "payment_terms": f"{contract.payment_terms_days} days net",
        },
        contract=contract,
    )  # fmt: skip
    for position, line in enumerate(lines):
        row = line_values(line, terms.tax, invoice_id=invoice_id, position=position)
        draft.lines.append(row)
        if line.source_id is None:
            continue
        covered = terms.on_visit.get(line.source_id, []) if line.rule in ("D3", "D8") else []
        source = terms.approved.get(line.source_id)
        for entry in [source, *covered] if source is not None else covered:
            if entry.id not in batch.linked:
                batch.linked.add(entry.id)
                batch.links.append(
                    RowChange(entry.id, entry.row_version, {"invoice_line_id": None},
                              {"invoice_line_id": row["id"]})
                )  # fmt: skip
    batch.invoices.append(draft.invoice)
    batch.lines.extend(draft.lines)
    return draft


def _debit(
    facts: MonthFacts,
    prepaid: Contract,
    drawn: list[PricedLine],
    approved: list[EntryRow],
    end: datetime,
    run: MonthlyRun,
    batch: MonthBatch,
) -> None:
    """C5: lines paid from prepaid credit debit it, dated with the work they pay for."""
    unit = CreditUnit(prepaid.credit_unit or CreditUnit.MONEY)
    current = facts.credit_balance.get(prepaid.id, Decimal(0))
    by_id = {e.id: e for e in approved}
    worst: CreditAlert | None = None
    for line in drawn:
        value = line.hours if unit is CreditUnit.HOURS else line.amount.amount
        assert value is not None
        check = credit_rules.apply_debit(current, value, prepaid.low_credit_threshold)
        current = check.balance_after
        if check.alert is not None and (worst is None or check.alert is CreditAlert.EXHAUSTED):
            worst = check.alert
        source = by_id.get(line.source_id) if line.source_id else None
        # dated with the work it pays for, so a run in December debits November
        at = source.started_at if source is not None else end - timedelta(seconds=1)
        row = {
            "id": new_id(), "contract_id": prepaid.id, "at": at, "kind": CreditEntryKind.DEBIT,
            "unit": unit, "amount": -value,
            "currency": prepaid.currency if unit is CreditUnit.MONEY else None,
            "time_entry_id": line.source_id if line.source_id in by_id else None,
            "visit_id": line.source_id if line.rule in VISIT_RULES else None,
            "overdraft": check.overdraft, "note": line.description[:300],
        }  # fmt: skip
        batch.credit.append(row)
        run.credit_rows.append(row)
    facts.credit_balance[prepaid.id] = current
    if worst is not None:
        run.notices.append(
            CreditNotice(
                prepaid.id, prepaid.name, prepaid.client_id, worst, current, unit,
                prepaid.currency if unit is CreditUnit.MONEY else None,
            )
        )  # fmt: skip


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


def _top_up(facts: MonthFacts, prepaid: Contract, start: datetime, batch: MonthBatch) -> None:
    """C5: the credit bought every month arrives on its first day, once."""
    amount = prepaid.monthly_top_up
    if not amount or prepaid.credit_unit is None or (prepaid.id, start) in facts.topped_up:
        return
    facts.topped_up.add((prepaid.id, start))
    unit = CreditUnit(prepaid.credit_unit)
    batch.credit.append({
        "id": new_id(), "contract_id": prepaid.id, "at": start, "kind": CreditEntryKind.TOP_UP,
        "unit": unit, "amount": amount,
        "currency": prepaid.currency if unit is CreditUnit.MONEY else None,
        "time_entry_id": None, "visit_id": None, "overdraft": False,
        "note": f"monthly prepaid credit {start:%Y-%m}",
    })  # fmt: skip
    facts.credit_balance[prepaid.id] = facts.credit_balance.get(prepaid.id, Decimal(0)) + amount
