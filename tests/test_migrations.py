"""Migrations: up and down on SQLite and PostgreSQL; the model and the migrations agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from console.errors import DatabaseTooNewError, UserError
from console.model import Base
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import current_revision, downgrade, head_revision, upgrade

MODEL_TABLES = set(Base.metadata.tables)


SEARCH_INDEX = "ticket_search"  # the local store's full-text index: not in the model
EXPRESSION_INDEXES = {"ix_contacts_email_lower", "ix_mail_outbox_recipient_lower"}
"""Indexes on lower(...): SQLite's reflection skips them, so the model's copy would read as
missing there; they are compared by name below, and proven used by the plans further on."""


def _tables(engine: Engine) -> set[str]:
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}
    return {n for n in names if not n.startswith(SEARCH_INDEX)}


def _roundtrip(engine: Engine) -> None:
    upgrade(engine)
    assert _tables(engine) == MODEL_TABLES
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    downgrade(engine, "base")
    assert _tables(engine) == set()
    upgrade(engine)
    assert _tables(engine) == MODEL_TABLES


def _diff(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: (
                    not (kind == "table" and str(name).startswith(SEARCH_INDEX))
                    and not (kind == "index" and name in EXPRESSION_INDEXES)
                ),
                "include_object": lambda _obj, name, kind, _reflected, _other: (
                    not (kind == "index" and name in EXPRESSION_INDEXES)
                ),
            },
        )
        return list(compare_metadata(context, Base.metadata))


def _index_names(engine: Engine) -> set[str]:
    """Every index's name as the database itself lists them (expression indexes too)."""
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'index'"
        if engine.dialect.name == "sqlite"
        else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    )
    with engine.connect() as conn:
        return {row[0] for row in conn.exec_driver_sql(sql)}


def test_migrations_up_and_down_on_sqlite(sqlite_path: Path) -> None:
    _roundtrip(create_store_engine(resolve_url(str(sqlite_path))))


@pytest.mark.postgres
def test_migrations_up_and_down_on_postgresql(pg_url: str) -> None:
    engine = create_store_engine(resolve_url(pg_url))
    try:
        _roundtrip(engine)
    finally:
        engine.dispose()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrated_sqlite_schema_matches_the_model(store: Engine) -> None:
    assert _diff(store) == []
    assert _index_names(store) >= EXPRESSION_INDEXES


@pytest.mark.postgres
def test_migrated_postgresql_schema_matches_the_model(pg_store: Engine) -> None:
    assert _diff(pg_store) == []
    assert _index_names(pg_store) >= EXPRESSION_INDEXES


def test_database_from_a_newer_version_is_refused_and_left_untouched(store: Engine) -> None:
    with store.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    before = sorted(_tables(store))
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        upgrade(store)
    with store.connect() as conn:
        assert current_revision(conn) == "f00dfeed9999"
    assert sorted(_tables(store)) == before


def test_foreign_database_is_refused(sqlite_path: Path) -> None:
    engine = create_store_engine(resolve_url(str(sqlite_path)))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE accounts (id INTEGER PRIMARY KEY)"))
    with pytest.raises(UserError, match="not a Dispatch Console database"):
        upgrade(engine)
    assert _tables(engine) == {"accounts"}


def test_upgrade_is_idempotent(store: Engine) -> None:
    upgrade(store)
    upgrade(store)
    with store.connect() as conn:
        assert current_revision(conn) == head_revision()


def test_queue_reads_open_tickets_through_the_partial_index(store: Engine) -> None:
    """The first screen walks open tickets only, however much closed history there is."""
    from console.queue.rows import queue_select

    compiled = queue_select(limit=60).compile(store)
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    with store.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
    assert any("ix_tickets_open_by_opened" in row[3] for row in plan), plan


def test_c2_clock_batch_reads_histories_and_approved_visits_from_indexes_alone(
    store: Engine,
) -> None:
    """Issue 24: the queue's clock batch reads each open ticket's history, approved visits,
    contract and client without visiting the tickets', histories' or visits' rows."""
    from sqlalchemy import select

    from console.model import Contract, Ticket, TicketStatusChange, Visit
    from console.queue.clocks import _open, _open_ids

    history = (
        select(TicketStatusChange.ticket_id, TicketStatusChange.at, TicketStatusChange.to_status)
        .where(TicketStatusChange.ticket_id.in_(_open_ids()))
        .order_by(TicketStatusChange.ticket_id, TicketStatusChange.at)
    )
    visits = (
        select(Visit.ticket_id, Visit.approved_at, Visit.arrived_at)
        .where(Visit.ticket_id.in_(_open_ids()), Visit.approved_at.is_not(None))
        .order_by(Visit.approved_at)
    )
    terms = select(Contract.id).where(
        Contract.id.in_(select(Ticket.contract_id).where(_open()).scalar_subquery())
    )
    for stmt, index in (
        (history, "COVERING INDEX ix_ticket_status_changes_history"),
        (visits, "COVERING INDEX ix_visits_approved_by_ticket"),
        (terms, "INDEX ix_tickets_open_terms"),
    ):
        compiled = stmt.compile(store)
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
        with store.connect() as connection:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
        assert any(index in row[3] for row in plan), plan


def test_e4_an_emergencys_close_finds_its_ticket_invoices_through_an_index(store: Engine) -> None:
    """Issue 24: each Express close asks what its ticket was billed already; read through
    the partial index of invoices by ticket, not by scanning every invoice of the store."""
    import uuid

    from sqlalchemy import func, select

    from console.enums import DrewOn, InvoiceKind, InvoiceStatus
    from console.model import Invoice, InvoiceLine

    ticket = uuid.uuid4()
    drafts = select(Invoice.id).where(
        Invoice.ticket_id == ticket,
        Invoice.kind == InvoiceKind.RESTORATION,
        Invoice.status != InvoiceStatus.CANCELLED,
    )
    credited = (
        select(func.sum(InvoiceLine.amount))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.ticket_id == ticket, InvoiceLine.drew_on == DrewOn.GUARANTEE)
    )
    for stmt in (drafts, credited):
        compiled = stmt.compile(store)
        params = tuple(_raw(compiled.params[name]) for name in compiled.positiontup or ())
        with store.connect() as connection:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
        assert any("INDEX ix_invoices_ticket_id" in row[3] for row in plan), plan


def _raw(value: object) -> object:
    """A bound value as SQLite stores it (ids as hex, enums by value)."""
    import enum
    import uuid

    if isinstance(value, uuid.UUID):
        return value.hex
    return value.value if isinstance(value, enum.Enum) else value


def test_c6_a_slice_of_the_months_run_reads_its_entries_through_the_months_window(
    store: Engine,
) -> None:
    """Issue 24: a slice of clients reads the month's entries by their start, not by its
    clients' tickets (which walks every year of their history); SQLite is told so."""
    import uuid
    from datetime import UTC, datetime

    from sqlalchemy import select

    from console.model import Ticket, TimeEntry
    from console.store.planner import Unindexed

    def plan(client: object) -> str:
        stmt = (
            select(TimeEntry.id)
            .join(Ticket, Ticket.id == TimeEntry.ticket_id)
            .where(
                client.in_([uuid.uuid4(), uuid.uuid4()]),  # type: ignore[attr-defined]
                TimeEntry.started_at >= datetime(2026, 10, 1, tzinfo=UTC),
                TimeEntry.started_at < datetime(2026, 11, 1, tzinfo=UTC),
            )
        )
        compiled = stmt.compile(store, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        args = tuple(_raw(params[name]) for name in compiled.positiontup or ())
        with store.connect() as connection:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", args).all()
        return " | ".join(row[3] for row in rows)

    assert "ix_tickets_client_id" in plan(Ticket.client_id)  # what the planner would take
    assert "INDEX ix_time_entries_started_at" in plan(Unindexed(Ticket.client_id))
    # PostgreSQL weighs the same choice with its statistics: the column goes as it is
    from sqlalchemy.dialects import postgresql

    pg = Unindexed(Ticket.client_id).compile(dialect=postgresql.dialect())
    assert str(pg) == "tickets.client_id"


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_t1_the_intake_finds_a_sender_and_counts_its_mail_through_indexes(store: Engine) -> None:
    """Issue 24: for each message taken in, the sender's contact and the automatic mails
    sent to them this hour are found by lower-cased address through an index, not by
    reading every contact and every mail the outbox ever held."""
    from datetime import UTC, datetime

    from console.services.mail.outbox import _sent_within_hour_select
    from console.services.requesters import _by_address

    for stmt, index in (
        (_by_address("Eva@Acme.example"), "ix_contacts_email_lower"),
        (
            _sent_within_hour_select("eva@acme.example", datetime(2026, 12, 5, tzinfo=UTC)),
            "ix_mail_outbox_recipient_lower",
        ),
    ):
        compiled = stmt.compile(store, compile_kwargs={"render_postcompile": True})
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
        with store.connect() as connection:
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
        assert any(f"USING INDEX {index}" in row[3] for row in plan), plan
