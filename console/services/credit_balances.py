"""Prepaid credit balances of every client, with their alerts (C5)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from console.enums import ContractKind, CreditUnit
from console.model import Client, Contract, CreditEntry
from console.rules.credit import CreditAlert, alert
from console.services.acting import Sessions, reading
from console.services.master_data.common import find_one


@dataclass(frozen=True)
class CreditBalance:
    """One prepaid contract's balance, derived from its ledger."""

    contract_id: uuid.UUID
    client: str
    contract: str
    unit: CreditUnit
    currency: str
    balance: Decimal
    low_threshold: Decimal | None
    alert: CreditAlert | None
    overdrafts: int


def credit_balances(session: Session, client_id: uuid.UUID | None = None) -> list[CreditBalance]:
    """Every prepaid contract (or one client's), most urgent alert first."""
    ledger = (
        select(
            CreditEntry.contract_id,
            func.coalesce(func.sum(CreditEntry.amount), 0).label("balance"),
            func.sum(case((CreditEntry.overdraft.is_(True), 1), else_=0)).label("overdrafts"),
        )
        .group_by(CreditEntry.contract_id)
        .subquery()
    )
    stmt = (
        select(Contract, Client.name, ledger.c.balance, ledger.c.overdrafts)
        .join(Client, Client.id == Contract.client_id)
        .outerjoin(ledger, ledger.c.contract_id == Contract.id)
        .where(Contract.kind == ContractKind.PREPAID_CREDIT)
    )
    if client_id is not None:
        stmt = stmt.where(Contract.client_id == client_id)
    out = []
    for contract, client, raw, overdrafts in session.execute(stmt):
        value = Decimal(raw or 0)
        out.append(
            CreditBalance(
                contract.id, client, contract.name, CreditUnit(contract.credit_unit or "money"),
                contract.currency, value, contract.low_credit_threshold,
                alert(value, contract.low_credit_threshold), int(overdrafts or 0),
            )
        )  # fmt: skip
    rank = {CreditAlert.EXHAUSTED: 0, CreditAlert.LOW: 1, None: 2}
    return sorted(out, key=lambda b: (rank[b.alert], b.client))


def balances_of(sessions: Sessions, client_id: uuid.UUID | None = None) -> list[CreditBalance]:
    """`credit_balances`, read in a session of its own (the window's call)."""
    with reading(sessions) as session:
        return credit_balances(session, client_id)


def client_balances(sessions: Sessions, client: str | None = None) -> list[CreditBalance]:
    """`credit_balances` of every client, or of one named by its name or id (the command
    line's call)."""
    with reading(sessions) as session:
        client_id = None if client is None else find_one(session, Client, client, "--client").id
        return credit_balances(session, client_id)
