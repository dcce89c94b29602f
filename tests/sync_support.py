"""A shared PostgreSQL with the sync layer, its users, and replicas of it for sync tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from builders import World
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from console.enums import (
    Channel,
    ContractKind,
    CreditUnit,
    Priority,
    Role,
    TicketCategory,
    VisitStatus,
)
from console.model import Ticket, VisitEngineer
from console.services.tickets import create_ticket
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade
from console.sync.replica import enrol
from console.sync.server import init_server
from console.sync.session import store_session
from console.sync.users import add_user


class Server:
    """The shared database of one test, with two engineers' worlds on it."""

    def __init__(self, url: str, tmp: Path) -> None:
        self.url = url
        self.tmp = tmp
        self.tag = uuid.uuid4().hex[:6]
        self.logins: list[str] = []
        init_server(url)
        self.engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
        with store_session(self.engine) as session, session.begin():
            self.a = World(session, ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.HOURS)
            self.b = World(session, ContractKind.PREPAID_CREDIT, credit_unit=CreditUnit.HOURS)
            self.visit_a = self.a.visit(f"V-2026-{self.tag[:3]}001", VisitStatus.APPROVED)
            self.visit_b = self.b.visit(f"V-2026-{self.tag[:3]}002", VisitStatus.APPROVED)
            session.add_all(
                [
                    VisitEngineer(visit_id=self.visit_a.id, engineer_id=self.a.engineer.id),
                    VisitEngineer(visit_id=self.visit_b.id, engineer_id=self.b.engineer.id),
                ]
            )
            self.ids = {
                "ticket_a": self.a.ticket.id,
                "ticket_b": self.b.ticket.id,
                "client_a": self.a.client.id,
                "client_b": self.b.client.id,
                "engineer_a": self.a.engineer.id,
                "engineer_b": self.b.engineer.id,
                "contract_a": self.a.contract.id,
                "visit_a": self.visit_a.id,
                "visit_b": self.visit_b.id,
            }

    def login(self, name: str, role: Role, engineer: uuid.UUID | None = None) -> str:
        """A new console user; returns its URL."""
        login = f"{name}_{self.tag}"
        add_user(
            self.url,
            username=login,
            display_name=name.title(),
            role=role,
            engineer=str(engineer) if engineer else None,
        )
        self.logins.append(login)
        return make_url(self.url).set(username=login).render_as_string(hide_password=False)

    def replica(self, url: str, name: str | None = None) -> Engine:
        """An empty local store joined to the server as the URL's user."""
        path = self.tmp / f"{name or uuid.uuid4().hex[:8]}.sqlite3"
        engine = create_store_engine(resolve_url(str(path)))
        upgrade(engine)
        enrol(engine, url)
        return engine

    @contextmanager
    def as_role(self, url: str) -> Iterator[psycopg.Connection]:
        """A plain connection as a user, for hand-written queries."""
        with psycopg.connect(url, autocommit=True) as conn:
            yield conn

    def scalar(self, query: str, *params: Any) -> Any:
        """One value, read as the owner (all rows)."""
        with self.engine.connect() as conn:
            return conn.execute(text(query), {str(i): p for i, p in enumerate(params)}).scalar()

    def close(self) -> None:
        """Close the owner's engine (the fixture drops the login roles)."""
        self.engine.dispose()


def local_scalar(engine: Engine, query: str, **params: Any) -> Any:
    """One value from a replica."""
    with engine.connect() as conn:
        return conn.execute(text(query), params).scalar()


def new_ticket(engine: Engine, client_id: uuid.UUID, title: str = "Offline ticket") -> Ticket:
    """A phone ticket made on a store through the service (provisional on a replica)."""
    with store_session(engine, expire_on_commit=False) as session, session.begin():
        return create_ticket(
            session,
            client_id=client_id,
            title=title,
            category=TicketCategory.INCIDENT,
            priority=Priority.NORMAL,
            channel=Channel.PHONE,
            now=datetime(2026, 11, 22, 9, tzinfo=UTC),
        )
