"""The month's run on a service manager's replica reaches the shared database (sync rule 1).

The run writes its drafts, lines, entry links and credit debits in bulk, not through the
ORM's flush: this proves the bulk writes still leave their outbox entries, so a push
delivers every row, and that the server takes them from a service manager.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

import pytest
from builders import APPROVED, MON
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sync_support import Server, local_scalar

from console.enums import ContractKind, Priority, Role, TicketCategory, TicketStatus
from console.model import Client, Contract, Site, Ticket, TimeEntry, User, outbox
from console.rules.schedule import BASIS_10X5
from console.services.billing.run import run_month
from console.sync.replica import sync_once
from console.sync.session import store_session

pytestmark = pytest.mark.postgres


def _bundle_work(server: Server) -> uuid.UUID:
    """An FTE bundle of 1 h for client A with 3 h of approved work in November 2026."""
    with store_session(server.engine) as session, session.begin():
        client = session.get_one(Client, server.ids["client_a"])
        site = session.scalars(select(Site).where(Site.client_id == client.id)).first()
        assert site is not None
        contract = Contract(
            client_id=client.id, kind=ContractKind.FTE_BUNDLE, name="Bundle",
            valid_from=date(2026, 1, 1), currency="EUR", service_window=BASIS_10X5,
            bundle_hours=Decimal(1), standard_rate=Decimal("100.00"),
        )  # fmt: skip
        session.add(contract)
        session.flush()
        ticket = Ticket(
            reference=f"T-2026-9{uuid.uuid4().int % 99999:05d}", title="Bundle work",
            category=TicketCategory.CHANGE, priority=Priority.NORMAL, channel="email",
            client_id=client.id, site_id=site.id, contract_id=contract.id,
            opened_at=MON - timedelta(days=1), status=TicketStatus.IN_PROGRESS,
        )  # fmt: skip
        session.add(ticket)
        session.flush()
        for day in range(3):
            start = MON + timedelta(days=day)
            session.add(
                TimeEntry(ticket_id=ticket.id, engineer_id=server.ids["engineer_a"],
                          started_at=start, ended_at=start + timedelta(hours=1), **APPROVED)
            )  # fmt: skip
        return contract.id


def test_a_run_on_a_replica_pushes_its_drafts_links_and_debits(server: Server) -> None:
    _bundle_work(server)
    desk = server.replica(server.login("money", Role.SERVICE_MANAGER))
    sync_once(desk)
    with Session(desk) as session:
        manager = session.scalar(select(User.id).where(User.role == Role.SERVICE_MANAGER))
    report = run_month(partial(store_session, desk), manager, 2026, 11)
    drafts = report.drafts
    assert {d.kind for d in drafts} == {"monthly", "fte_overage"}  # C7: overage apart
    with desk.connect() as conn:
        tables = dict(
            conn.execute(
                select(outbox.c.table_name, func.count()).group_by(outbox.c.table_name)
            ).all()
        )
    assert tables["invoices"] == 2
    assert tables["invoice_lines"] == sum(d.line_count for d in drafts)
    assert tables["time_entries"] == 3  # each billed entry now points at its line
    assert tables["audit_log"] >= 5  # the drafts and the links are in the trail
    result = sync_once(desk)
    assert result.pushed.answers.get("merged", 0) + result.pushed.answers.get("applied", 0) > 0
    assert local_scalar(desk, "SELECT count(*) FROM sync_outbox") == 0
    ids = ", ".join(f"'{d.id}'" for d in drafts)
    assert server.scalar(f"SELECT count(*) FROM invoices WHERE id IN ({ids})") == 2
    linked = server.scalar(
        "SELECT count(*) FROM time_entries e JOIN invoice_lines l ON l.id = e.invoice_line_id "
        f"WHERE l.invoice_id IN ({ids})"
    )
    assert linked == 3
