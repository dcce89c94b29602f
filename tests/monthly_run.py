"""One contract's month billed in the test's own transaction, as the monthly run bills
each of its contracts (`plan_month`, then the batch written), with what it wrote as model
rows: how the rating, consumption and document tests look at a single contract."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields

from sqlalchemy.orm import Session

from console.enums import ContractKind, InvoiceKind
from console.model import Contract, CreditEntry, Invoice, TimeEntry
from console.services.billing.month_facts import load_month
from console.services.monthly import MonthBatch, MonthlyRun, plan_month


@dataclass
class BilledMonth(MonthlyRun):
    """A contract's run with the drafts and debits it wrote, as rows of the session."""

    invoice: Invoice | None = None
    overage: Invoice | None = None
    credit_entries: list[CreditEntry] = field(default_factory=list)


def bill_month(session: Session, contract_id: uuid.UUID, year: int, month: int) -> BilledMonth:
    """Rate and bill one contract's month (C6) in the caller's transaction."""
    contract = session.get_one(Contract, contract_id)
    assert contract.kind != ContractKind.EXPRESS, "Express work is billed per emergency"
    session.flush()
    facts = load_month(session, [contract], year, month, every=False)
    batch = MonthBatch()
    planned = plan_month(facts, contract, batch)
    batch.write(session)
    for link in batch.links:  # entries the test holds see the links the bulk update wrote
        held = session.identity_map.get(session.identity_key(TimeEntry, link.id))
        if held is not None:
            session.expire(held)
    run = BilledMonth(**{f.name: getattr(planned, f.name) for f in fields(planned)})
    by_kind = {d.invoice["kind"]: session.get_one(Invoice, d.invoice["id"]) for d in run.drafts}
    run.invoice = by_kind.get(InvoiceKind.MONTHLY)
    run.overage = by_kind.get(InvoiceKind.FTE_OVERAGE)
    run.credit_entries = [session.get_one(CreditEntry, r["id"]) for r in run.credit_rows]
    return run
