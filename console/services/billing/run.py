"""The month's billing run for every contract, or one client's (C5-C9, E5).

Each contract in force during the month is billed by `console.services.monthly`; prepaid
credit contracts go first, so a credit bought every month is there before other contracts'
work draws on it. Express contracts are billed per emergency at the ticket's close (E4),
not here. A dry run does all of it and rolls back: the report shows what a real run would
write, and nothing is written.
"""

from __future__ import annotations

import uuid
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.enums import ContractKind
from console.errors import ValidationError
from console.gc_pause import collector_paused
from console.model import Client, Contract
from console.rules.credit import CreditAlert
from console.rules.roles import Scope, Task, check
from console.services.audit import ACTING_USER
from console.services.billing.month_facts import (
    MonthFacts,
    load_month,
    month_wide,
    widest_bounds,
)
from console.services.mail.outbox import queue_credit_notices
from console.services.master_data.common import acting_role, find_one
from console.services.monthly import CreditNotice, MonthBatch, plan_month
from console.wording.phrases import phrase

from .summary import InvoiceSummary, draft_summary, summary_of

Sessions = Callable[[], Session]


@dataclass(frozen=True)
class ContractRun:
    """What the run did for one contract."""

    client: str
    contract: str
    kind: str
    drafts: tuple[InvoiceSummary, ...]
    credit_drawn: Decimal  # C5: money or hours taken from prepaid credit
    credit_unit: str | None
    fte_hours_used: Decimal  # C7
    awaiting_approval: int  # E5: entries that wait for one of the two approvals


@dataclass(frozen=True)
class CreditRunNotice:
    """A prepaid credit the run took low or out: the client's account manager must know."""

    client: str
    contract: str
    exhausted: bool  # out (at or below zero); else low (at or below its threshold)
    balance: Decimal
    unit: str  # money or hours
    currency: str | None
    account_manager: str | None
    account_manager_email: str | None


@dataclass(frozen=True)
class RunReport:
    """The month's run: one entry per contract billed, and whether it was written."""

    year: int
    month: int
    dry_run: bool
    contracts: tuple[ContractRun, ...] = field(default_factory=tuple)
    credit_notices: tuple[CreditRunNotice, ...] = field(default_factory=tuple)

    @property
    def drafts(self) -> list[InvoiceSummary]:
        """Every draft the run made."""
        return [d for c in self.contracts for d in c.drafts]

    @property
    def awaiting_approval(self) -> int:
        """Entries of the month left out because an approval is missing."""
        return sum(c.awaiting_approval for c in self.contracts)


def month_of(text: str, field_name: str = "month") -> tuple[int, int]:
    """A month given as YYYY-MM."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        date(year, month, 1)
    except ValueError:
        raise ValidationError(
            field_name, phrase("{text} is not a month YYYY-MM", text=repr(text))
        ) from None
    return year, month


def _contracts(
    session: Session, first: date, last: date, client_id: uuid.UUID | None
) -> list[Contract]:
    """Contracts in force during the month, prepaid credit first, Express left out."""
    stmt = (
        select(Contract)
        .join(Client, Client.id == Contract.client_id)
        .where(
            Contract.kind != ContractKind.EXPRESS,
            Contract.valid_from <= last,
            or_(Contract.valid_until.is_(None), Contract.valid_until >= first),
        )
        .order_by(
            Contract.kind != ContractKind.PREPAID_CREDIT,
            func.lower(Client.name),
            Contract.valid_from,
            Contract.name,
        )
    )
    if client_id is not None:
        stmt = stmt.where(Contract.client_id == client_id)
    else:
        stmt = stmt.where(Client.active.is_(True))
    return list(session.scalars(stmt))


def run_month(
    sessions: Sessions,
    user_id: uuid.UUID | None,
    year: int,
    month: int,
    *,
    client: object | None = None,
    dry_run: bool = False,
    lines: bool = False,
) -> RunReport:
    """Bill a month for every contract (or one client's): drafts, credit debits, statements.

    The month is billed a slice of clients at a time, in one transaction. The report's
    drafts carry their lines for a dry run, or when ``lines`` asks for them; otherwise
    their totals and counts of lines, so a month of every client fits in memory.
    """
    first = date(year, month, 1)
    last = date(year, month, monthrange(year, month)[1])
    with sessions() as session:
        session.info[ACTING_USER] = user_id
        transaction = session.begin()
        try:
            check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
            client_id = find_one(session, Client, client, "client").id if client else None
            contracts = _contracts(session, first, last, client_id)
            with collector_paused():  # tens of thousands of rows and no cycles among them
                report = _bill(
                    session, contracts, year, month, dry_run, every=not client_id,
                    lines=lines or dry_run,
                )  # fmt: skip
            queue_credit_notices(session, report.credit_notices)  # C5: mailed with the run
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
        return report


SLICE_CLIENTS = 1000
"""Clients billed together: the month's facts and rows of a slice are held at once, so a
run's memory grows with a slice's work, not with the number of clients. Each slice reads
the month's window of entries again (a million tickets: 6 slices, about 50 MB each)."""


def slices(contracts: list[Contract], size: int) -> list[list[Contract]]:
    """The contracts in slices of ``size`` clients, each client's contracts together and
    in the run's order (C5: a client's prepaid credit first)."""
    by_client: dict[uuid.UUID, list[Contract]] = {}
    for contract in contracts:
        by_client.setdefault(contract.client_id, []).append(contract)
    clients = list(by_client)
    return [
        [c for client in clients[at : at + size] for c in by_client[client]]
        for at in range(0, len(clients), size)
    ]


def _bill(
    session: Session,
    contracts: list[Contract],
    year: int,
    month: int,
    dry_run: bool,
    *,
    every: bool,
    lines: bool,
) -> RunReport:
    """Bill the contracts' month in the caller's transaction and say what was done.

    Clients are billed a slice at a time: a slice's facts are read, its contracts billed
    and its rows written before the next is read. What every slice needs of the month is
    read once. A client's contracts share its prepaid credit and bundle hours, so they are
    never split. The report's drafts carry their lines only if ``lines``.
    """
    parts = slices(contracts, SLICE_CLIENTS)
    wide = month_wide(session, *widest_bounds(year, month)) if len(parts) > 1 else None
    results: dict[uuid.UUID, ContractRun] = {}
    notices: dict[uuid.UUID, list[CreditRunNotice]] = {}
    for part in parts:
        facts = load_month(session, part, year, month, every=every and wide is None, wide=wide)
        batch = MonthBatch()
        for contract in part:
            run = plan_month(facts, contract, batch)
            name = facts.clients[contract.client_id].name
            results[contract.id] = ContractRun(
                client=name,
                contract=contract.name,
                kind=str(contract.kind),
                drafts=tuple(
                    draft_summary(d.invoice, d.lines, name, contract.name, with_lines=lines)
                    for d in run.drafts
                ),
                credit_drawn=-sum((r["amount"] for r in run.credit_rows), Decimal(0)),
                credit_unit=str(run.credit_rows[0]["unit"]) if run.credit_rows else None,
                fte_hours_used=run.fte_hours_used,
                awaiting_approval=run.awaiting_approval,
            )
            notices[contract.id] = [_notice(facts, n) for n in run.notices]
        batch.write(session)
    return RunReport(
        year,
        month,
        dry_run,
        tuple(results[c.id] for c in contracts),
        tuple(n for c in contracts for n in notices[c.id]),
    )


def _notice(facts: MonthFacts, notice: CreditNotice) -> CreditRunNotice:
    """A credit notice as the report states it: whose credit, and who must hear of it."""
    client = facts.clients[notice.client_id]
    manager = client.account_manager
    return CreditRunNotice(
        client=client.name,
        contract=notice.contract,
        exhausted=notice.alert is CreditAlert.EXHAUSTED,
        balance=notice.balance,
        unit=str(notice.unit),
        currency=notice.currency,
        account_manager=manager.display_name if manager is not None else None,
        account_manager_email=manager.email if manager is not None else None,
    )


@dataclass(frozen=True)
class EmergencyBilling:
    """What an Express emergency's close billed: its drafts, at most three in all (E4)."""

    ticket: str
    drafts: tuple[InvoiceSummary, ...]
    awaiting_approval: int  # E5: entries billed once both parties approved


def bill_emergency_ticket(
    sessions: Sessions, user_id: uuid.UUID | None, ticket: str
) -> EmergencyBilling:
    """Bill an Express ticket at its partial or final close: guarantee, restoration and
    cause removal as drafts (a later close adds to them)."""
    from console.model import Ticket
    from console.services.emergency import bill_emergency

    with sessions() as session, session.begin():
        session.info[ACTING_USER] = user_id
        check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
        found = session.scalar(select(Ticket).where(Ticket.reference == ticket.strip()))
        if found is None:
            raise ValidationError(
                "ticket", phrase("no ticket {reference}", reference=repr(ticket.strip()))
            )
        run = bill_emergency(session, found.id)
        return EmergencyBilling(
            found.reference,
            tuple(summary_of(session, d) for d in run.invoices),
            run.awaiting_approval,
        )
