"""C12: a client's own admin account, limited to named tasks for their own client.

The rule (console.rules.roles), the services that ask it, and the shared PostgreSQL,
tried as raw SQL with the client admin's login (E5 approvals, T4 proposed priority).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import partial

import psycopg
import pytest
from builders import World
from psycopg import errors
from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url

from console.enums import (
    ApprovalMethod,
    Channel,
    ContactRole,
    ContractKind,
    Priority,
    Role,
    TicketCategory,
)
from console.errors import UserError, ValidationError
from console.model import Contact, Ticket, User
from console.rules.master_data import MasterKind, check_master_change
from console.rules.roles import (
    TASKS,
    Scope,
    Task,
    actor_for,
    check_client_approval,
    may,
)
from console.rules.workflow import Actor
from console.services.master_data import clients as client_data
from console.services.tickets import create_ticket
from console.sync.session import store_session
from console.sync.users import add_user

OWN, OTHER = uuid.uuid4(), uuid.uuid4()
CLIENT_ADMIN = Scope(Role.CLIENT_ADMIN, OWN)
NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)


# ------------------------------------------------------------------ the rule


@pytest.mark.parametrize(
    "task",
    [Task.READ_CLIENT_WORK, Task.RAISE_TICKET, Task.APPROVE_TIME_FOR_CLIENT, Task.KEEP_CONTACTS],
)
def test_c12_a_client_admin_does_the_named_tasks_for_their_own_client_only(task: Task) -> None:
    assert may(task, CLIENT_ADMIN, OWN)
    assert not may(task, CLIENT_ADMIN, OTHER)
    assert not may(task, CLIENT_ADMIN, None)
    assert not may(task, Scope(Role.CLIENT_ADMIN, None), None)  # belongs to no client


def test_c12_everything_else_is_refused_to_a_client_admin() -> None:
    named = {Task.READ_CLIENT_WORK, Task.RAISE_TICKET, Task.APPROVE_TIME_FOR_CLIENT,
             Task.KEEP_CONTACTS}  # fmt: skip
    for task in set(Task) - named:
        assert not may(task, CLIENT_ADMIN, OWN), task
    # and the provider's staff are not limited to one client
    for task, roles in TASKS.items():
        for role in roles - {Role.CLIENT_ADMIN}:
            assert may(task, Scope(role), OTHER)


def test_e5_c12_the_clients_approval_by_a_client_admin_is_their_own_in_the_portal() -> None:
    check_client_approval(CLIENT_ADMIN, OWN, ApprovalMethod.PORTAL)
    with pytest.raises(ValidationError, match="own client"):
        check_client_approval(CLIENT_ADMIN, OTHER, ApprovalMethod.PORTAL)
    with pytest.raises(ValidationError, match="portal"):
        check_client_approval(CLIENT_ADMIN, OWN, ApprovalMethod.PHONE)
    # the desk records the client's approval on their behalf, however it came
    for method in ApprovalMethod:
        check_client_approval(Scope(Role.DISPATCHER), OTHER, method)
    with pytest.raises(ValidationError, match="engineer may not"):
        check_client_approval(Scope(Role.ENGINEER), OWN, ApprovalMethod.PORTAL)


def test_c12_a_client_admin_keeps_their_own_clients_contacts_and_no_other_master_data() -> None:
    role = Role.CLIENT_ADMIN
    check_master_change(role, MasterKind.CONTACT, ("phone",), client_id=OWN, own_client_id=OWN)
    with pytest.raises(ValidationError, match="own client"):
        check_master_change(role, MasterKind.CONTACT, client_id=OTHER, own_client_id=OWN)
    with pytest.raises(ValidationError):
        check_master_change(role, MasterKind.CONTACT)  # which client: unknown, so refused
    for kind in (MasterKind.CLIENT, MasterKind.SITE, MasterKind.CONTRACT, MasterKind.ENGINEER):
        with pytest.raises(ValidationError, match="may not change"):
            check_master_change(role, kind, client_id=OWN, own_client_id=OWN)


def test_c12_a_client_admin_acts_in_the_workflow_as_the_client() -> None:
    assert actor_for(Role.CLIENT_ADMIN) is Actor.CLIENT
    assert actor_for(Role.DISPATCHER) is Actor.DISPATCHER


def test_c12_a_client_admin_belongs_to_exactly_one_client() -> None:
    with pytest.raises(ValidationError, match="client"):
        User(username="x", display_name="X", role=Role.CLIENT_ADMIN, client_id=None)
    with pytest.raises(ValidationError, match="only a client admin"):
        User(username="y", display_name="Y", role=Role.DISPATCHER, client_id=OWN)
    User(username="z", display_name="Z", role=Role.CLIENT_ADMIN, client_id=OWN)


# ------------------------------------------------------------------ the services


class Desk:
    """Two clients on a local store, a client admin of the first, a dispatcher, an engineer."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with store_session(engine) as session, session.begin():
            a = World(session, ContractKind.ON_DEMAND)
            b = World(session, ContractKind.ON_DEMAND)
            b.client.name = "Other B.V."
            contact_a = Contact(client_id=a.client.id, name="Eva", role=ContactRole.REQUESTER,
                                phone="+31201234567", messengers={})  # fmt: skip
            contact_b = Contact(client_id=b.client.id, name="Bob", role=ContactRole.REQUESTER,
                                phone="+31201234568", messengers={})  # fmt: skip
            session.add_all([contact_a, contact_b])
            session.flush()
            users = {
                "client_admin": User(
                    username="eva",
                    display_name="Eva",
                    role=Role.CLIENT_ADMIN,
                    client_id=a.client.id,
                ),
                "dispatcher": User(username="desk", display_name="Desk", role=Role.DISPATCHER),
                "engineer": User(username="jan", display_name="Jan", role=Role.ENGINEER),
            }
            session.add_all(users.values())
            session.flush()
            self.users = {k: u.id for k, u in users.items()}
            self.client_a, self.client_b = a.client.id, b.client.id
            self.contact_a, self.contact_b = contact_a.id, contact_b.id
            self.contract_a, self.site_b = a.contract.id, b.site.id

    def ticket(self, who: str, client: uuid.UUID, **fields: object) -> Ticket:
        with store_session(self.engine, expire_on_commit=False) as session, session.begin():
            return create_ticket(
                session, client_id=client, title="Printer", category=TicketCategory.INCIDENT,
                priority=Priority.URGENT, channel=Channel.PHONE, now=NOW,
                by_user=self.users[who], **fields,
            )  # fmt: skip


@pytest.fixture
def desk(store: Engine) -> Desk:
    return Desk(store)


def test_c12_t4_a_client_admin_raises_a_ticket_for_their_client_through_the_portal(
    desk: Desk,
) -> None:
    ticket = desk.ticket("client_admin", desk.client_a, requester_id=desk.contact_a)
    assert ticket.channel is Channel.PORTAL
    assert ticket.priority is Priority.NORMAL  # T4: the desk sets the priority...
    assert ticket.proposed_priority is Priority.URGENT  # ...the client proposes one


@pytest.mark.parametrize(
    ("client", "fields", "field"),
    [
        ("b", {"requester_id": "b"}, "client"),  # another client's ticket
        ("a", {}, "requester"),  # nobody asks
        ("a", {"requester_id": "b"}, "requester"),  # another client's contact
        ("a", {"requester_id": "a", "contract_id": "contract"}, "contract"),  # the desk's
        ("a", {"requester_id": "a", "site_id": "site_b"}, "site"),  # another client's site
    ],
)
def test_c12_a_client_admins_ticket_is_refused_outside_their_task(
    desk: Desk, client: str, fields: dict[str, str], field: str
) -> None:
    ids = {"a": desk.contact_a, "b": desk.contact_b, "contract": desk.contract_a,
           "site_b": desk.site_b}  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        desk.ticket(
            "client_admin",
            desk.client_a if client == "a" else desk.client_b,
            **{k: ids[v] for k, v in fields.items()},
        )
    assert refused.value.field == field
    with store_session(desk.engine) as session:
        assert session.scalar(select(Ticket.id).where(Ticket.title == "Printer")) is None


def test_c12_the_desk_raises_tickets_for_any_client_an_engineer_for_none(desk: Desk) -> None:
    ticket = desk.ticket("dispatcher", desk.client_b, requester_id=desk.contact_b)
    assert ticket.priority is Priority.URGENT and ticket.channel is Channel.PHONE
    with pytest.raises(ValidationError, match="requester"):
        desk.ticket("dispatcher", desk.client_b, requester_id=desk.contact_a)
    with pytest.raises(ValidationError, match="engineer may not raise a ticket"):
        desk.ticket("engineer", desk.client_a)


def test_c12_a_client_admin_changes_no_other_master_data_through_the_services(
    desk: Desk,
) -> None:
    sessions = partial(store_session, desk.engine)
    me = desk.users["client_admin"]
    with pytest.raises(ValidationError, match="client admin may not change"):
        client_data.edit_client(sessions, me, desk.client_a, name="Mine Now")
    with pytest.raises(ValidationError, match="client admin may not change"):
        client_data.add_site(sessions, me, desk.client_a, name="Annex", street="Dam 2",
                             city="Amsterdam")  # fmt: skip
    with pytest.raises(ValidationError):
        client_data.add_contact(sessions, me, desk.client_b, name="Mallory",
                                role="requester", phone="+31201234569")  # fmt: skip


# ------------------------------------------------------------------ the shared database

REFUSED = (errors.InsufficientPrivilege, errors.CheckViolation)


@pytest.fixture
def portal(server: object) -> Iterator[tuple[object, str, dict[str, uuid.UUID]]]:
    """The shared database with a client admin of client A, a contact and time of each."""
    s: object = server
    ids: dict[str, uuid.UUID] = dict(s.ids)  # type: ignore[attr-defined]
    url: str = s.url  # type: ignore[attr-defined]
    login = f"ca_{s.tag}"  # type: ignore[attr-defined]
    with psycopg.connect(url, autocommit=True) as owner:
        for name in ("a", "b"):
            ids[f"contact_{name}"] = uuid.uuid4()
            owner.execute(
                "INSERT INTO contacts (id, row_version, created_at, updated_at, client_id, name,"
                " role, phone, messengers) VALUES (%s, 1, now(), now(), %s, %s, 'requester',"
                " '+31201234567', '{}')",
                (ids[f"contact_{name}"], ids[f"client_{name}"], f"Contact {name}"),
            )
            ids[f"time_{name}"] = uuid.uuid4()
            owner.execute(
                "INSERT INTO time_entries (id, row_version, created_at, updated_at, ticket_id,"
                " engineer_id, started_at, ended_at, phase, description, billable, locked, late)"
                " VALUES (%s, 1, now(), now(), %s, %s, now() - interval '2 hours', now(), 'none',"
                " 'work', true, true, false)",
                (ids[f"time_{name}"], ids[f"ticket_{name}"], ids[f"engineer_{name}"]),
            )
    add_user(url, username=login, display_name="Eva Admin", role=Role.CLIENT_ADMIN,
             client=str(ids["client_a"]))  # fmt: skip
    s.logins.append(login)  # type: ignore[attr-defined]
    yield s, make_url(url).set(username=login).render_as_string(hide_password=False), ids


def _ids(url: str, statement: str, *params: object) -> set[uuid.UUID]:
    with psycopg.connect(url, autocommit=True) as conn:
        return {row[0] for row in conn.execute(statement, params)}


def _rows(url: str, statement: str, *params: object) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(statement, params).rowcount


def _refused(url: str, statement: str, *params: object) -> None:
    with psycopg.connect(url, autocommit=True) as conn, pytest.raises(REFUSED):
        conn.execute(statement, params)


@pytest.mark.postgres
def test_c12_a_client_admin_reads_their_own_clients_rows_only(portal: tuple) -> None:
    _, url, ids = portal
    assert _ids(url, "SELECT id FROM clients") == {ids["client_a"]}
    assert _ids(url, "SELECT id FROM tickets") == {ids["ticket_a"]}
    assert _ids(url, "SELECT id FROM tickets WHERE id = %s", ids["ticket_b"]) == set()
    assert _ids(url, "SELECT id FROM visits") == {ids["visit_a"]}
    assert _ids(url, "SELECT id FROM time_entries") == {ids["time_a"]}
    assert _ids(url, "SELECT id FROM contacts") == {ids["contact_a"]}
    for table in ("contracts", "invoices", "invoice_lines", "credit_entries", "engineers"):
        _refused(url, f"SELECT * FROM {table}")  # fixed table names


@pytest.mark.postgres
def test_c12_a_client_admin_cannot_change_contracts_invoices_or_the_desks_columns(
    portal: tuple,
) -> None:
    _, url, ids = portal
    _refused(url, "UPDATE contracts SET standard_rate = 1 WHERE id = %s", ids["contract_a"])
    _refused(url, "UPDATE invoices SET status = 'paid'")
    _refused(url, "UPDATE tickets SET priority = 'urgent' WHERE id = %s", ids["ticket_a"])
    _refused(url, "UPDATE clients SET name = 'Mine' WHERE id = %s", ids["client_a"])
    _refused(url, "UPDATE users SET role = 'admin'")
    # E5: the provider's approval is the desk's act
    _refused(url, "UPDATE time_entries SET provider_approved_at = now() WHERE id = %s",
             ids["time_a"])  # fmt: skip


@pytest.mark.postgres
def test_e5_c12_a_client_admin_gives_the_clients_approval_of_their_own_time(
    portal: tuple,
) -> None:
    server, url, ids = portal
    approve = (
        "UPDATE time_entries SET client_approved_at = now(), client_approved_by = %s, "
        "client_approval_method = %s WHERE id = %s"
    )
    assert _rows(url, approve, "Eva Admin", "portal", ids["time_b"]) == 0  # not theirs
    _refused(url, approve, "Someone Else", "portal", ids["time_a"])  # in their own name
    _refused(url, approve, "Eva Admin", "phone", ids["time_a"])  # given in the portal
    assert _rows(url, approve, "Eva Admin", "portal", ids["time_a"]) == 1  # locked or not
    assert (
        server.scalar(  # type: ignore[attr-defined]
            "SELECT client_approved_by FROM time_entries WHERE id = :0", ids["time_a"]
        )
        == "Eva Admin"
    )
    assert _rows(url, approve, "Eva Admin", "portal", ids["time_a"]) == 0  # given once


@pytest.mark.postgres
def test_c12_t4_a_client_admin_inserts_tickets_and_contacts_for_their_client_only(
    portal: tuple,
) -> None:
    _, url, ids = portal
    ticket = (
        "INSERT INTO tickets (id, row_version, created_at, updated_at, reference, title,"
        " description, category, priority, proposed_priority, status, channel, client_id,"
        " requester_id, emergency, opened_at, reopen_count) VALUES (%s, 1, now(), now(), %s,"
        " 'Printer', '', 'incident', %s, 'urgent', 'open', 'portal', %s, %s, false, now(), 0)"
    )
    mine = uuid.uuid4()
    _refused(url, ticket, uuid.uuid4(), "T-2026-P1", "normal", ids["client_b"], ids["contact_b"])
    _refused(url, ticket, uuid.uuid4(), "T-2026-P2", "urgent", ids["client_a"], ids["contact_a"])
    _refused(url, ticket, uuid.uuid4(), "T-2026-P3", "normal", ids["client_a"], ids["contact_b"])
    assert _rows(url, ticket, mine, "T-2026-P4", "normal", ids["client_a"], ids["contact_a"]) == 1
    assert mine in _ids(url, "SELECT id FROM tickets")
    contact = (
        "INSERT INTO contacts (id, row_version, created_at, updated_at, client_id, name, role,"
        " email, messengers) VALUES (%s, 1, now(), now(), %s, 'New', 'requester', %s, '{}')"
    )
    _refused(url, contact, uuid.uuid4(), ids["client_b"], "x@b.example")
    assert _rows(url, contact, uuid.uuid4(), ids["client_a"], "x@a.example") == 1
    assert _rows(url, "UPDATE contacts SET phone = '+31209999999' WHERE client_id = %s",
                 ids["client_b"]) == 0  # fmt: skip


@pytest.mark.postgres
def test_c12_users_add_gives_a_client_admin_exactly_one_client(server: object) -> None:
    url: str = server.url  # type: ignore[attr-defined]
    tag: str = server.tag  # type: ignore[attr-defined]
    with pytest.raises(UserError, match="--client"):
        add_user(url, username=f"nobody_{tag}", display_name="N", role=Role.CLIENT_ADMIN)
    with pytest.raises(UserError, match="--client"):
        add_user(url, username=f"desk_{tag}", display_name="D", role=Role.DISPATCHER,
                 client=str(server.ids["client_a"]))  # type: ignore[attr-defined]  # fmt: skip
    with pytest.raises(UserError, match="no client"):
        add_user(url, username=f"x_{tag}", display_name="X", role=Role.CLIENT_ADMIN,
                 client="Nobody Ltd")  # fmt: skip
