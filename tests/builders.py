"""Small worlds for service tests: a client, a site, an engineer, a contract and a ticket."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from console.enums import ContractKind, Priority, TicketCategory, TicketStatus, VisitStatus
from console.model import Client, Contract, Engineer, Site, Ticket, TimeEntry, Visit
from console.rules.schedule import BASIS_10X5

MON = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam
APPROVED = {
    "provider_approved_at": MON + timedelta(days=1),
    "client_approved_at": MON + timedelta(days=1),
    "client_approved_by": "Sanne",
}


class World:
    def __init__(self, session: Session, kind: ContractKind, **contract: object) -> None:
        self.session = session
        self.client = Client(
            name="Tulp B.V.",
            country="NL",
            time_zone="Europe/Amsterdam",
            locale="nl_NL",
            currency="EUR",
        )
        session.add(self.client)
        session.flush()
        self.site = Site(
            client_id=self.client.id,
            name="HQ",
            street="Dam 1",
            city="Amsterdam",
            country="NL",
            time_zone="Europe/Amsterdam",
        )
        self.engineer = Engineer(name="Jan", home_time_zone="Europe/Amsterdam")
        session.add_all([self.site, self.engineer])
        fields = {
            "standard_rate": Decimal("125.00"),
            "on_demand_rate": Decimal("125.00"),
            **contract,
        }
        self.contract = self.add_contract(kind, **fields)
        self.ticket = Ticket(
            reference=f"T-2026-{uuid.uuid4().int % 999999:06d}",
            title="Work",
            category=TicketCategory.CHANGE,
            priority=Priority.NORMAL,
            channel="email",
            client_id=self.client.id,
            site=self.site,
            contract_id=self.contract.id,
            opened_at=MON - timedelta(days=1),
            status=TicketStatus.IN_PROGRESS,
        )
        session.add(self.ticket)
        session.flush()

    def add_contract(self, kind: ContractKind, **fields: object) -> Contract:
        contract = Contract(
            client_id=self.client.id,
            kind=kind,
            name=kind.value,
            currency="EUR",
            service_window=BASIS_10X5,
            **{"valid_from": date(2026, 1, 1), **fields},
        )
        self.session.add(contract)
        self.session.flush()
        return contract

    def work(self, start: datetime, hours: float, approved: bool = True, **kw: object) -> TimeEntry:
        entry = TimeEntry(
            ticket_id=self.ticket.id,
            engineer_id=self.engineer.id,
            started_at=start,
            ended_at=start + timedelta(hours=hours),
            **(APPROVED if approved else {}),
            **kw,
        )
        self.session.add(entry)
        self.session.flush()
        return entry

    def visit(self, reference: str, status: VisitStatus, **kw: object) -> Visit:
        """A visit to the world's site on Monday morning, requested three days before."""
        visit = Visit(
            reference=reference,
            ticket_id=self.ticket.id,
            site_id=self.site.id,
            status=status,
            requested_at=MON - timedelta(days=3),
            planned_start=MON,
            **kw,
        )
        self.session.add(visit)
        self.session.flush()
        return visit


PROFILE: dict[str, object] = {
    "legal_name": "Helpdesk Noord B.V.", "address_lines": ["Stationsplein 1"],
    "postcode": "9726 AE", "city": "Groningen", "country": "NL",
    "vat_id": "NL123456789B01", "iban": "NL91 ABNA 0417 1643 00", "email": "desk@hn.example",
    "phone": "+31 50 123 4567", "currency": "EUR", "tax_rate": "21", "invoice_prefix": "HN",
    "language": "nl", "time_zone": "Europe/Amsterdam", "holiday_country": "NL",
}  # fmt: skip
"""A Dutch provider's company profile, as `save_profile` takes it."""
