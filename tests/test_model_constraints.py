"""Constraints hold in code (naming the field and rule) and in the database itself."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from console.enums import (
    Channel,
    ContactRole,
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    NonBillableReason,
    Priority,
    TicketCategory,
)
from console.errors import ValidationError
from console.model import (
    Client,
    Contact,
    Contract,
    CreditEntry,
    Engineer,
    Site,
    Ticket,
    TimeEntry,
    Visit,
)
from console.rules.schedule import BASIS_10X5

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def make_client(session: Session) -> Client:
    client = Client(
        name="Noorderlicht Logistiek B.V.",
        country="NL",
        time_zone="Europe/Amsterdam",
        locale="nl_NL",
        currency="EUR",
    )
    session.add(client)
    session.flush()
    return client


def make_ticket(session: Session, client: Client) -> Ticket:
    site = Site(
        client_id=client.id,
        name="HQ",
        street="Keizersgracht 1",
        city="Amsterdam",
        country="NL",
        time_zone="Europe/Amsterdam",
    )
    session.add(site)
    ticket = Ticket(
        reference="T-2026-000001",
        title="Printer offline",
        category=TicketCategory.INCIDENT,
        priority=Priority.NORMAL,
        channel=Channel.PHONE,
        client_id=client.id,
        site=site,
        opened_at=NOW,
    )
    session.add(ticket)
    session.flush()
    return ticket


def make_engineer(session: Session) -> Engineer:
    engineer = Engineer(name="Jan de Vries", home_time_zone="Europe/Amsterdam")
    session.add(engineer)
    session.flush()
    return engineer


# -- D1: phone numbers carry their country code -------------------------------------


def test_d1_phone_without_country_code_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Contact(name="Sanne", role=ContactRole.LOCAL_CONTACT, phone="020 123 4567")
    assert caught.value.field == "phone"
    assert caught.value.rule == "D1"
    assert "country code" in str(caught.value)


def test_d1_phone_is_normalised_to_e164() -> None:
    contact = Contact(name="Sanne", role=ContactRole.LOCAL_CONTACT, phone="+31 20-123 4567")
    assert contact.phone == "+31201234567"
    assert Contact(name="A", role="requester", phone="0031 20 1234567").phone == "+31201234567"


def test_d1_database_refuses_phone_without_country_code(store: Engine) -> None:
    with Session(store) as session:
        client = make_client(session)
        session.commit()
        client_id = client.id.hex
    with store.connect() as conn, pytest.raises(IntegrityError, match="phone_e164"):
        conn.execute(
            text(
                "INSERT INTO contacts (id, row_version, created_at, updated_at, client_id, name,"
                " role, phone, messengers) VALUES (:id, 1, '2026-01-01', '2026-01-01', :c,"
                " 'X', 'local_contact', '0201234567', '{}')"
            ),
            {"id": uuid.uuid4().hex, "c": client_id},
        )


# -- D3: reserved hours ------------------------------------------------------------


def test_d3_negative_reserved_hours_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Visit(reserved_hours=Decimal(-1))
    assert caught.value.field == "reserved_hours" and caught.value.rule == "D3"


def test_d3_database_refuses_negative_reserved_hours(store: Engine) -> None:
    with Session(store) as session:
        ticket = make_ticket(session, make_client(session))
        visit = Visit(
            reference="V-2026-000001",
            ticket_id=ticket.id,
            site_id=ticket.site_id,
            planned_start=NOW + timedelta(days=2),
        )
        session.add(visit)
        session.commit()
        visit_id = visit.id.hex
    with store.begin() as conn, pytest.raises(IntegrityError, match="reserved_d3"):
        conn.execute(
            text("UPDATE visits SET reserved_hours = -10000 WHERE id = :id"), {"id": visit_id}
        )


# -- Money is never a float ---------------------------------------------------------


def test_float_amount_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Contract(standard_rate=125.0)
    assert caught.value.field == "standard_rate"
    assert "float" in str(caught.value)


def test_float_amount_is_refused_by_the_column_type_too(store: Engine) -> None:
    with store.begin() as conn, pytest.raises(StatementError, match="float"):
        conn.execute(
            CreditEntry.__table__.insert().values(
                id=uuid.uuid4(),
                contract_id=uuid.uuid4(),
                at=NOW,
                kind="top_up",
                unit="money",
                amount=5000.0,
                currency="EUR",
            )
        )


def test_amounts_round_trip_exactly(store: Engine) -> None:
    with Session(store) as session:
        client = make_client(session)
        contract = Contract(
            client_id=client.id,
            kind=ContractKind.ON_DEMAND,
            name="On demand",
            valid_from=date(2026, 1, 1),
            currency="EUR",
            service_window=BASIS_10X5,
            standard_rate=Decimal("125.0001"),
            on_demand_rate=Decimal("0.1") + Decimal("0.2"),
        )
        session.add(contract)
        session.commit()
        session.expire_all()
        loaded = session.get(Contract, contract.id)
        assert loaded is not None
        assert loaded.standard_rate == Decimal("125.0001")
        assert loaded.on_demand_rate == Decimal("0.3")


# -- Other rules that constrain fields ----------------------------------------------


def test_c10_after_hours_multiplier_must_lie_between_1_5_and_2() -> None:
    with pytest.raises(ValidationError) as caught:
        Contract(after_hours_multiplier=Decimal("2.5"))
    assert caught.value.rule == "C10"
    Contract(after_hours_multiplier=Decimal("1.75"))


def test_e2_guarantee_hours_are_one_to_eight() -> None:
    with pytest.raises(ValidationError) as caught:
        Contract(guarantee_hours=Decimal(9))
    assert caught.value.rule == "E2"


def test_d6_urgency_class_is_one_to_four() -> None:
    with pytest.raises(ValidationError) as caught:
        Visit(urgency_class=5)
    assert caught.value.field == "urgency_class" and caught.value.rule == "D6"


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        Ticket(opened_at=datetime(2026, 1, 1, 9, 0))


def test_unknown_enum_value_names_the_allowed_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        Ticket(status="resolved")
    assert caught.value.field == "status"
    assert "awaiting_reply" in str(caught.value)


def test_c7_fte_bundle_needs_hours_in_the_database(store: Engine) -> None:
    with Session(store) as session:
        client = make_client(session)
        session.add(
            Contract(
                client_id=client.id,
                kind=ContractKind.FTE_BUNDLE,
                name="FTE",
                valid_from=date(2026, 1, 1),
                currency="EUR",
                service_window=BASIS_10X5,
            )
        )
        with pytest.raises(IntegrityError, match="fte_bundle_has_hours"):
            session.commit()


def test_c8_own_defect_time_can_never_be_billable(store: Engine) -> None:
    with Session(store) as session:
        ticket = make_ticket(session, make_client(session))
        engineer = make_engineer(session)
        session.add(
            TimeEntry(
                ticket_id=ticket.id,
                engineer_id=engineer.id,
                started_at=NOW,
                ended_at=NOW + timedelta(hours=1),
                billable=True,
                non_billable_reason=NonBillableReason.OWN_DEFECT,
            )
        )
        with pytest.raises(IntegrityError, match="own_defect_c8"):
            session.commit()


def test_ticket_reference_is_unique(store: Engine) -> None:
    with Session(store) as session:
        client = make_client(session)
        make_ticket(session, client)
        session.commit()
        session.add(
            Ticket(
                reference="T-2026-000001",
                title="Again",
                category="incident",
                priority="low",
                channel="email",
                client_id=client.id,
                opened_at=NOW,
            )
        )
        with pytest.raises(IntegrityError, match="UNIQUE"):
            session.commit()


# -- Append-only data -----------------------------------------------------------------


def _credit(store: Engine) -> uuid.UUID:
    with Session(store) as session:
        client = make_client(session)
        contract = Contract(
            client_id=client.id,
            kind=ContractKind.PREPAID_CREDIT,
            name="Strippenkaart",
            valid_from=date(2026, 1, 1),
            currency="EUR",
            service_window=BASIS_10X5,
            credit_unit=CreditUnit.MONEY,
        )
        session.add(contract)
        session.flush()
        entry = CreditEntry(
            id=uuid.uuid4(),
            contract_id=contract.id,
            at=NOW,
            kind=CreditEntryKind.TOP_UP,
            unit=CreditUnit.MONEY,
            amount=Decimal("5000.00"),
            currency="EUR",
        )
        session.add(entry)
        session.commit()
        return entry.id


def test_c5_credit_ledger_rows_cannot_be_changed_or_deleted(store: Engine) -> None:
    entry_id = _credit(store).hex
    with store.begin() as conn, pytest.raises(IntegrityError, match="append-only"):
        conn.execute(text("UPDATE credit_entries SET amount = 1 WHERE id = :id"), {"id": entry_id})
    with store.begin() as conn, pytest.raises(IntegrityError, match="append-only"):
        conn.execute(text("DELETE FROM credit_entries WHERE id = :id"), {"id": entry_id})


def test_c5_credit_ledger_is_append_only_in_postgresql(pg_store: Engine) -> None:
    entry_id = _credit(pg_store)
    with pg_store.begin() as conn, pytest.raises(IntegrityError, match="append-only"):
        conn.execute(text("UPDATE credit_entries SET amount = 1 WHERE id = :id"), {"id": entry_id})


def test_e5_locked_time_entry_cannot_change(store: Engine) -> None:
    with Session(store) as session:
        ticket = make_ticket(session, make_client(session))
        entry = TimeEntry(
            ticket_id=ticket.id,
            engineer_id=make_engineer(session).id,
            started_at=NOW,
            ended_at=NOW + timedelta(hours=1),
            locked=True,
        )
        session.add(entry)
        session.commit()
        entry_id = entry.id.hex
    with store.begin() as conn, pytest.raises(IntegrityError, match="E5"):
        conn.execute(
            text("UPDATE time_entries SET ended_at = '2026-11-20 12:00:00.000000' WHERE id = :id"),
            {"id": entry_id},
        )
    with store.begin() as conn, pytest.raises(IntegrityError, match="never deleted"):
        conn.execute(text("DELETE FROM time_entries WHERE id = :id"), {"id": entry_id})


def test_e5_time_entry_must_end_after_it_starts() -> None:
    entry = TimeEntry(started_at=NOW)
    with pytest.raises(ValidationError) as caught:
        entry.ended_at = NOW - timedelta(minutes=5)
    assert caught.value.field == "ended_at"


def test_row_version_increments_on_every_update(store: Engine) -> None:
    with Session(store) as session:
        client = make_client(session)
        session.commit()
        assert client.row_version == 1
        client.workstations = 12
        session.commit()
        assert client.row_version == 2
        stored = session.execute(select(Client.row_version)).scalar_one()
        assert stored == 2


def test_sqlite_store_runs_in_wal_mode_with_foreign_keys(store: Engine) -> None:
    with store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
