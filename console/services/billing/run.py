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
from console.model import Client, Contract
from console.rules.roles import Scope, Task, check
from console.services.audit import ACTING_USER
from console.services.master_data.common import acting_role, find_one
from console.services.monthly import bill_month

from .summary import InvoiceSummary, summary_of

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
class RunReport:
    """The month's run: one entry per contract billed, and whether it was written."""

    year: int
    month: int
    dry_run: bool
    contracts: tuple[ContractRun, ...] = field(default_factory=tuple)

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
        raise ValidationError(field_name, f"{text!r} is not a month YYYY-MM") from None
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
) -> RunReport:
    """Bill a month for every contract (or one client's): drafts, credit debits, statements."""
    first = date(year, month, 1)
    last = date(year, month, monthrange(year, month)[1])
    with sessions() as session:
        session.info[ACTING_USER] = user_id
        transaction = session.begin()
        try:
            check(Task.RUN_BILLING, Scope(acting_role(session, user_id)), field="user")
            client_id = find_one(session, Client, client, "client").id if client else None
            results = []
            for contract in _contracts(session, first, last, client_id):
                run = bill_month(session, contract.id, year, month)
                drafts = [d for d in (run.invoice, run.overage) if d is not None]
                results.append(
                    ContractRun(
                        client=contract.client.name,
                        contract=contract.name,
                        kind=str(contract.kind),
                        drafts=tuple(summary_of(session, d) for d in drafts),
                        credit_drawn=-sum((e.amount for e in run.credit_entries), Decimal(0)),
                        credit_unit=str(run.credit_entries[0].unit) if run.credit_entries else None,
                        fte_hours_used=run.fte_hours_used,
                        awaiting_approval=run.awaiting_approval,
                    )
                )
            report = RunReport(year, month, dry_run, tuple(results))
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
        return report


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
            raise ValidationError("ticket", f"no ticket {ticket.strip()!r}")
        run = bill_emergency(session, found.id)
        return EmergencyBilling(
            found.reference,
            tuple(summary_of(session, d) for d in run.invoices),
            run.awaiting_approval,
        )
