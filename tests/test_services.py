"""The service layer applies the rules to the store: numbering, status, clocks, invoices."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.enums import (
    Channel,
    ContractKind,
    DrewOn,
    InvoiceKind,
    InvoiceStatus,
    Priority,
    SlaTargetKind,
    TicketCategory,
    TicketStatus,
)
from console.errors import UserError
from console.model import (
    AuditEntry,
    Client,
    Contract,
    Invoice,
    InvoiceLine,
    SlaTarget,
    TicketStatusChange,
)
from console.rules.schedule import BASIS_10X5
from console.rules.sla import ClockState
from console.rules.workflow import Actor, WorkflowError
from console.services.clocks import NO_SLA_REPLY_MINUTES, ticket_clocks
from console.services.invoicing import issue_invoice
from console.services.numbering import take_number
from console.services.tickets import change_status, create_ticket

NOW = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # Monday 09:00 in Amsterdam


def client_with_contract(session: Session, sla: bool = True) -> tuple[Client, Contract]:
    client = Client(
        name="Tulp Logistiek B.V.",
        country="NL",
        time_zone="Europe/Amsterdam",
        locale="nl_NL",
        currency="EUR",
    )
    session.add(client)
    session.flush()
    contract = Contract(
        client_id=client.id,
        kind=ContractKind.SERVICE_DESK_BASIS,
        name="Basis",
        valid_from=date(2026, 1, 1),
        currency="EUR",
        service_window=BASIS_10X5,
    )
    if sla:
        contract.sla_targets = [
            SlaTarget(priority=Priority.HIGH, kind=SlaTargetKind.RESPONSE, minutes=60),
            SlaTarget(
                priority=Priority.HIGH,
                kind=SlaTargetKind.RESOLUTION,
                minutes=480,
                pause_statuses=["awaiting_reply", "on_hold"],
            ),
        ]
    session.add(contract)
    session.flush()
    return client, contract


def test_t2_references_are_sequential_per_year(store: Engine) -> None:
    with Session(store) as session:
        client, contract = client_with_contract(session)
        refs = [
            create_ticket(
                session,
                client_id=client.id,
                title=f"t{k}",
                category=TicketCategory.INCIDENT,
                priority=Priority.HIGH,
                channel=Channel.EMAIL,
                now=NOW,
                contract_id=contract.id,
            ).reference
            for k in range(3)
        ]
        session.commit()
    assert refs == ["T-2026-000001", "T-2026-000002", "T-2026-000003"]


def test_a_rolled_back_number_is_taken_again(store: Engine) -> None:
    with Session(store) as session:
        assert take_number(session, "ticket", 2027) == 1
        session.rollback()
        assert take_number(session, "ticket", 2027) == 1
        assert take_number(session, "ticket", 2027) == 2


def test_t5_status_change_writes_history_and_audit_and_refuses_illegal_moves(store: Engine) -> None:
    with Session(store) as session:
        client, contract = client_with_contract(session)
        ticket = create_ticket(
            session,
            client_id=client.id,
            title="VPN",
            category=TicketCategory.INCIDENT,
            priority=Priority.HIGH,
            channel=Channel.PHONE,
            now=NOW,
            contract_id=contract.id,
        )
        change_status(
            session, ticket, TicketStatus.IN_PROGRESS, Actor.DISPATCHER, NOW + timedelta(minutes=10)
        )
        assert ticket.first_response_at == NOW + timedelta(minutes=10)
        with pytest.raises(WorkflowError):
            change_status(session, ticket, TicketStatus.ACCEPTANCE, Actor.CLIENT, NOW)
        change_status(
            session, ticket, TicketStatus.CLOSED, Actor.ENGINEER, NOW + timedelta(hours=2)
        )
        assert ticket.closed_at is not None
        change_status(session, ticket, TicketStatus.OPEN, Actor.CLIENT, NOW + timedelta(days=1))
        assert ticket.closed_at is None and ticket.reopen_count == 1
        session.commit()
        steps = session.scalars(
            select(TicketStatusChange.to_status)
            .where(TicketStatusChange.ticket_id == ticket.id)
            .order_by(TicketStatusChange.at)
        ).all()
        assert steps == ["open", "in_progress", "closed", "open"]
        assert (
            len(session.scalars(select(AuditEntry).where(AuditEntry.entity_id == ticket.id)).all())
            == 4
        )


def test_c2_clocks_from_the_store_follow_history_and_contract(store: Engine) -> None:
    with Session(store) as session:
        client, contract = client_with_contract(session)
        ticket = create_ticket(
            session,
            client_id=client.id,
            title="Mail down",
            category=TicketCategory.INCIDENT,
            priority=Priority.HIGH,
            channel=Channel.EMAIL,
            now=NOW,
            contract_id=contract.id,
        )
        change_status(
            session,
            ticket,
            TicketStatus.AWAITING_REPLY,
            Actor.DISPATCHER,
            NOW + timedelta(minutes=90),
        )
        session.flush()
        clocks = ticket_clocks(session, ticket, NOW + timedelta(hours=3), explain=True)
        assert (
            clocks[SlaTargetKind.RESPONSE].state is ClockState.BREACHED
        )  # answered after 90 of 60 min
        resolution = clocks[SlaTargetKind.RESOLUTION]
        assert resolution.state is ClockState.PAUSED and resolution.used == timedelta(minutes=90)
        assert [s.kind for s in resolution.segments] == ["counted", "paused"]


def test_t6_without_sla_the_aim_is_a_reply_within_one_working_day(store: Engine) -> None:
    with Session(store) as session:
        client, contract = client_with_contract(session, sla=False)
        ticket = create_ticket(
            session,
            client_id=client.id,
            title="Question",
            category=TicketCategory.SERVICE_REQUEST,
            priority=Priority.NORMAL,
            channel=Channel.PORTAL,
            now=NOW,
            contract_id=contract.id,
        )
        session.flush()
        (clock,) = ticket_clocks(session, ticket, NOW).values()
        assert clock.target.minutes == NO_SLA_REPLY_MINUTES == 600
        assert clock.due_at == NOW + timedelta(days=1)  # Monday 09:00 + 10 working hours


def _draft(session: Session, client: Client, contract: Contract, amounts: list[str]) -> Invoice:
    invoice = Invoice(
        issuer="DC",
        kind=InvoiceKind.MONTHLY,
        client_id=client.id,
        contract_id=contract.id,
        currency="EUR",
    )
    invoice.lines = [
        InvoiceLine(
            position=k,
            description=f"line {k}",
            amount=Decimal(a),
            tax_rate_pct=Decimal(21),
            drew_on=DrewOn.ON_DEMAND,
        )
        for k, a in enumerate(amounts)
    ]
    session.add(invoice)
    session.flush()
    return invoice


def test_invoice_numbers_are_given_on_issue_only_and_totals_reconcile(store: Engine) -> None:
    with Session(store) as session:
        client, contract = client_with_contract(session)
        draft = _draft(session, client, contract, ["100.01", "33.33"])
        assert draft.number is None
        issued = issue_invoice(session, draft.id, date(2026, 12, 1))
        assert issued.number == "DC-2026-000001" and issued.status == InvoiceStatus.ISSUED
        assert (issued.subtotal, issued.tax_total, issued.total) == (
            Decimal("133.34"),
            Decimal("28.00"),
            Decimal("161.34"),
        )
        assert issued.due_date == date(2026, 12, 31)
        with pytest.raises(UserError, match="only drafts"):
            issue_invoice(session, draft.id, date(2026, 12, 2))
        second = issue_invoice(
            session, _draft(session, client, contract, ["5.00"]).id, date(2026, 12, 2)
        )
        assert second.number == "DC-2026-000002"


def test_invoice_numbers_stay_gapless_when_an_issue_fails(store: Engine) -> None:
    with Session(store) as session:
        client, contract = client_with_contract(session)
        ok = _draft(session, client, contract, ["10.00"])
        bad = _draft(session, client, contract, ["10.00"])
        bad.lines[0].tax_rate_pct = Decimal(0)  # no exemption text: refused
        session.commit()
        with pytest.raises(UserError, match="exemption"):
            issue_invoice(session, bad.id, date(2026, 12, 1))
        session.rollback()
        assert issue_invoice(session, ok.id, date(2026, 12, 1)).number == "DC-2026-000001"


def _issue_concurrently(engine: Engine) -> list[str]:
    with Session(engine) as session:
        client, contract = client_with_contract(session)
        ids = [_draft(session, client, contract, ["1.00"]).id for _ in range(12)]
        session.commit()
    errors: list[Exception] = []

    def worker(chunk: list) -> None:
        for invoice_id in chunk:
            with Session(engine) as s:
                try:
                    issue_invoice(s, invoice_id, date(2026, 12, 1))
                    s.commit()
                except Exception as exc:
                    errors.append(exc)

    threads = [threading.Thread(target=worker, args=(ids[k::3],)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Session(engine) as session:
        return sorted(n for n in session.scalars(select(Invoice.number)).all() if n)


def test_concurrent_issuers_get_unique_gapless_numbers(store: Engine) -> None:
    assert _issue_concurrently(store) == [f"DC-2026-{k:06d}" for k in range(1, 13)]


@pytest.mark.postgres
def test_concurrent_issuers_get_unique_gapless_numbers_in_postgresql(pg_store: Engine) -> None:
    assert _issue_concurrently(pg_store) == [f"DC-2026-{k:06d}" for k in range(1, 13)]
