"""Master data from services and the command line: clients, sites, contacts, contracts,
engineers (issue 18): who may change what, every refusal naming its field, nothing
written by a refusal."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

import pytest
from conftest import statements_run, table_count
from sqlalchemy import Engine, select

from console.cli import main
from console.enums import ContractKind, Role
from console.errors import ValidationError
from console.model import AuditEntry, Client, Contract, Engineer, User
from console.rules.master_data import MasterKind, check_master_change
from console.services.master_data import clients, contracts, engineers
from console.sync.session import store_session

ACME = dict(
    name="Acme BV", country="NL", time_zone="Europe/Amsterdam", locale="nl_NL", currency="EUR"
)


def _user(engine: Engine, role: Role, name: str | None = None) -> uuid.UUID:
    with store_session(engine) as session, session.begin():
        user = User(username=name or role.value, display_name=role.value, role=role)
        session.add(user)
        session.flush()
        return user.id


@pytest.fixture
def sessions(store: Engine) -> partial[object]:
    return partial(store_session, store)


@pytest.fixture
def admin(store: Engine) -> uuid.UUID:
    return _user(store, Role.ADMIN)


def _refused(call: object, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.field == field, str(caught.value)
    return caught.value


# ------------------------------------------------------------------ who may


@pytest.mark.parametrize("role", list(Role))
def test_who_may_change_which_kind(role: Role) -> None:
    desk = role in (Role.ADMIN, Role.DISPATCHER, Role.SERVICE_MANAGER)
    money = role in (Role.ADMIN, Role.SERVICE_MANAGER)
    for kind in MasterKind:
        allowed = money if kind is MasterKind.CONTRACT else desk
        if allowed:
            check_master_change(role, kind, ("name",))
        else:
            with pytest.raises(ValidationError) as caught:
                check_master_change(role, kind, ("name",))
            assert caught.value.field == kind.value
            if role is Role.CLIENT_ADMIN and kind is MasterKind.CONTACT:
                # C12: their own client's contacts, and here no client is named
                assert "client" in str(caught.value)
            else:
                assert "only an admin" in str(caught.value)
    if desk and not money:
        with pytest.raises(ValidationError) as caught:
            check_master_change(role, MasterKind.ENGINEER, ("cost_rate",))
        assert caught.value.field == "cost_rate"


def test_an_engineer_changes_no_master_data_and_nothing_is_written(
    store: Engine, sessions: partial[object], admin: uuid.UUID
) -> None:
    engineer = _user(store, Role.ENGINEER)
    error = _refused(lambda: clients.add_client(sessions, engineer, **ACME), "client")
    assert "an engineer may not change clients" in str(error)
    _refused(
        lambda: engineers.add_engineer(sessions, engineer, name="X", home_time_zone="UTC"),
        "engineer",
    )
    assert table_count(store, "clients") == 0 and table_count(store, "engineers") == 0


def test_a_dispatcher_keeps_clients_but_not_contracts_or_cost_rates(
    store: Engine, sessions: partial[object], admin: uuid.UUID
) -> None:
    dispatcher = _user(store, Role.DISPATCHER)
    clients.add_client(sessions, dispatcher, **ACME)
    error = _refused(
        lambda: contracts.add_contract(
            sessions, dispatcher, "Acme BV", kind="on_demand", valid_from="2026-01-01"
        ),
        "contract",
    )
    assert "only an admin or service manager" in str(error)
    _refused(
        lambda: engineers.add_engineer(
            sessions, dispatcher, name="Ann", home_time_zone="Europe/Amsterdam", cost_rate="40"
        ),
        "cost_rate",
    )
    engineers.add_engineer(sessions, dispatcher, name="Ann", home_time_zone="Europe/Amsterdam")
    _refused(
        lambda: engineers.edit_engineer(sessions, dispatcher, "Ann", cost_rate="40"), "cost_rate"
    )
    manager = _user(store, Role.SERVICE_MANAGER)
    engineers.edit_engineer(sessions, manager, "Ann", cost_rate="40")
    assert table_count(store, "contracts") == 0


def test_without_a_user_only_a_store_without_users_is_set_up(store: Engine) -> None:
    sessions = partial(store_session, store)
    clients.add_client(sessions, None, **ACME)  # the new store's owner
    _user(store, Role.DISPATCHER)
    _refused(lambda: clients.edit_client(sessions, None, "Acme BV", vat_id="NL1"), "user")
    _refused(lambda: clients.edit_client(sessions, uuid.uuid4(), "Acme BV", vat_id="x"), "user")


# ------------------------------------------------------------------ clients, sites, contacts


def test_a_client_with_sites_and_contacts_is_added_edited_and_deactivated(
    store: Engine, sessions: partial[object], admin: uuid.UUID
) -> None:
    engineers.add_engineer(sessions, admin, name="Ann", home_time_zone="Europe/Amsterdam")
    client_id = clients.add_client(
        sessions, admin, **ACME, assigned_engineer="ann", nda_date="2025-03-01", workstations="40"
    )
    clients.add_site(
        sessions,
        admin,
        "acme bv",
        name="HQ",
        street="Damrak 1",
        city="Amsterdam",
        postal_code="1012 LG",
        floor="3rd",
        map_url="https://maps.example/acme",
    )
    clients.add_contact(
        sessions,
        admin,
        "Acme BV",
        name="Piet",
        role="local contact",
        phone="+31 20 123 4567",
        site="HQ",
        language="NL",
        email="piet@acme.example",
        messengers="whatsapp=+31612345678",
    )
    shown = clients.show_client(sessions, client_id)
    assert shown["nda_on_file"] is True and shown["nda_date"] == date(2025, 3, 1)
    assert shown["assigned_engineer"] == "Ann" and shown["workstations"] == 40
    site = shown["sites"][0]
    assert (site["country"], site["time_zone"], site["floor"]) == ("NL", "Europe/Amsterdam", "3rd")
    contact = shown["contacts"][0]
    assert contact["phone"] == "+31201234567" and contact["site"] == "HQ"
    assert contact["language"] == "nl" and contact["messengers"] == {"whatsapp": "+31612345678"}

    clients.edit_client(sessions, admin, "Acme BV", vat_id="NL123456789B01")
    clients.edit_site(sessions, admin, "Acme BV", "HQ", floor="4th")
    clients.edit_contact(sessions, admin, "Acme BV", "Piet", email="")
    shown = clients.show_client(sessions, client_id)
    assert shown["vat_id"] == "NL123456789B01" and shown["name"] == "Acme BV"  # only vat_id
    assert shown["sites"][0]["floor"] == "4th" and shown["contacts"][0]["email"] is None
    assert [c["name"] for c in clients.list_clients(sessions, "acm")] == ["Acme BV"]
    assert clients.list_clients(sessions, "zzz") == []

    clients.deactivate_client(sessions, admin, "Acme BV")
    assert clients.list_clients(sessions) == []
    assert clients.list_clients(sessions, include_inactive=True)[0]["active"] is False
    _refused(lambda: clients.deactivate_client(sessions, admin, "Acme BV"), "client")
    clients.deactivate_site(sessions, admin, "Acme BV", "HQ")
    clients.deactivate_contact(sessions, admin, "Acme BV", "Piet")
    shown = clients.show_client(sessions, "Acme BV")
    assert [s["active"] for s in shown["sites"] + shown["contacts"]] == [False, False]
    _refused(lambda: clients.deactivate_site(sessions, admin, "Acme BV", "HQ"), "site")
    _refused(lambda: clients.deactivate_contact(sessions, admin, "Acme BV", "Piet"), "contact")
    assert table_count(store, "clients") == 1 and table_count(store, "sites") == 1
    with store_session(store) as session:  # the acting user's session audits each change
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.user_id == admin))
        assert {"create", "change"} <= set(actions)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"country": "NLD"}, "country"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"locale": "xx_YY_ZZ"}, "locale"),
        ({"currency": "EURO"}, "currency"),
        ({"short_name": "s" * 61}, "short_name"),
        ({"nda_on_file": "maybe"}, "nda_on_file"),
        ({"nda_on_file": "yes"}, "nda_date"),
        ({"nda_date": "01-03-2025"}, "nda_date"),
        ({"workstations": "-1"}, "workstations"),
        ({"workstations": "many"}, "workstations"),
        ({"assigned_engineer": "Nobody"}, "assigned_engineer"),
        ({"account_manager": "nobody"}, "account_manager"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_each_client_field_is_refused_by_name_and_nothing_written(
    store: Engine, sessions: partial[object], admin: uuid.UUID, values: dict[str, str], field: str
) -> None:
    _refused(lambda: clients.add_client(sessions, admin, **{**ACME, **values}), field)
    assert table_count(store, "clients") == 0
    clients.add_client(sessions, admin, **ACME)
    if field != "name" or values["name"]:
        _refused(lambda: clients.edit_client(sessions, admin, "Acme BV", **values), field)
    with store_session(store) as session:
        assert session.scalars(select(Client)).one().country == "NL"


def test_a_required_client_field_left_out_is_named(
    sessions: partial[object], admin: uuid.UUID
) -> None:
    values = {k: v for k, v in ACME.items() if k != "currency"}
    assert "is required" in str(
        _refused(lambda: clients.add_client(sessions, admin, **values), "currency")
    )
    clients.add_client(sessions, admin, **ACME)
    _refused(lambda: clients.add_client(sessions, admin, **ACME), "name")  # a second Acme BV


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"street": ""}, "street"),
        ({"city": ""}, "city"),
        ({"country": "nl"}, "country"),
        ({"time_zone": "Nowhere"}, "time_zone"),
        ({"map_url": "maps.example"}, "map_url"),
        ({"postal_code": "1" * 21}, "postal_code"),
        ({"floor": "f" * 41}, "floor"),
    ],
)
def test_each_site_field_is_refused_by_name(
    store: Engine, sessions: partial[object], admin: uuid.UUID, values: dict[str, str], field: str
) -> None:
    clients.add_client(sessions, admin, **ACME)
    site = {"name": "HQ", "street": "Damrak 1", "city": "Amsterdam", **values}
    _refused(lambda: clients.add_site(sessions, admin, "Acme BV", **site), field)
    assert table_count(store, "sites") == 0


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"phone": "020 123 4567"}, "phone"),
        ({"role": "boss"}, "role"),
        ({"email": "piet at acme"}, "email"),
        ({"language": "nl,en"}, "language"),
        ({"site": "Warehouse"}, "site"),
        ({"messengers": "whatsapp"}, "messengers"),
    ],
)
def test_each_contact_field_is_refused_by_name(
    store: Engine, sessions: partial[object], admin: uuid.UUID, values: dict[str, str], field: str
) -> None:
    clients.add_client(sessions, admin, **ACME)
    contact = {"name": "Piet", "role": "local_contact", "phone": "+31201234567", **values}
    _refused(lambda: clients.add_contact(sessions, admin, "Acme BV", **contact), field)
    assert table_count(store, "contacts") == 0


# ------------------------------------------------------------------ contracts

KIND_VALUES: dict[ContractKind, dict[str, str]] = {
    ContractKind.RETAINER: {"standard_rate": "95", "sla": "urgent:response=15m,urgent:arrival=4h"},
    ContractKind.SERVICE_DESK_BASIS: {"service_window": "10x5", "sla": "high:response=1h"},
    ContractKind.SERVICE_DESK_COMFORT: {"sla": "urgent:response=15m/24x7,urgent:resolution=4h"},
    ContractKind.EXPRESS: {
        "express_rate": "150",
        "guarantee_hours": "2",
        "sla": "urgent:assessment=60m/24x7",
    },
    ContractKind.ON_DEMAND: {"on_demand_rate": "110", "rounding_minutes": "15"},
    ContractKind.MONTHLY_PLAN: {
        "monthly_fee": "1200",
        "workstation_price": "12.50",
        "onsite_surcharge_pct": "15",
        "regular_onsite_visits": "yes",
    },
    ContractKind.PREPAID_CREDIT: {
        "credit_unit": "hours",
        "monthly_top_up": "40",
        "low_credit_threshold": "6",
    },
    ContractKind.FTE_BUNDLE: {
        "bundle_hours": "32",
        "monthly_fee": "3000",
        "after_hours_multiplier": "2",
    },
}


@pytest.mark.parametrize("kind", list(ContractKind))
def test_every_contract_kind_with_its_fields(
    store: Engine, sessions: partial[object], admin: uuid.UUID, kind: ContractKind
) -> None:
    clients.add_client(sessions, admin, **ACME)
    contract_id = contracts.add_contract(
        sessions,
        admin,
        "Acme BV",
        kind=kind.value,
        valid_from="2026-01-01",
        payment_terms_days="14",
        tax_rate_pct="21",
        **KIND_VALUES[kind],
    )
    shown = contracts.show_contract(sessions, contract_id)
    assert shown["kind"] is kind and shown["currency"] == "EUR" and shown["client"] == "Acme BV"
    for name, value in KIND_VALUES[kind].items():
        if name not in ("sla", "service_window", "credit_unit", "regular_onsite_visits"):
            assert shown[name] == (int(value) if name == "rounding_minutes" else Decimal(value))
    all_day = kind in (ContractKind.SERVICE_DESK_COMFORT, ContractKind.EXPRESS)
    assert shown["service_window"]["sun"] == ([["00:00", "24:00"]] if all_day else [])
    if "sla" in KIND_VALUES[kind]:
        assert shown["sla"].count("=") == KIND_VALUES[kind]["sla"].count("=")


def test_a_contract_is_edited_its_targets_replaced_and_ended(
    store: Engine, sessions: partial[object], admin: uuid.UUID
) -> None:
    clients.add_client(sessions, admin, **ACME)
    contracts.add_contract(
        sessions,
        admin,
        "Acme BV",
        kind="retainer",
        name="Remote hands",
        valid_from="2026-01-01",
        sla="urgent:response=15m,high:response=1h",
    )
    contracts.edit_contract(
        sessions,
        admin,
        "Remote hands",
        standard_rate="99.50",
        sla="urgent:response=30m,urgent:resolution=8h",
    )
    shown = contracts.show_contract(sessions, "remote hands")
    assert shown["standard_rate"] == Decimal("99.50") and shown["name"] == "Remote hands"
    assert shown["sla"] == "urgent:response=30m,urgent:resolution=480m"
    assert table_count(store, "sla_targets") == 2
    assert len(contracts.list_contracts(sessions, "acme", today=date(2026, 6, 1))) == 1
    _refused(
        lambda: contracts.end_contract(
            sessions, admin, "Remote hands", last_day=date(2025, 12, 31)
        ),
        "valid_until",
    )
    contracts.end_contract(sessions, admin, "Remote hands", last_day=date(2026, 6, 30))
    assert contracts.list_contracts(sessions, today=date(2026, 7, 1)) == []
    assert len(contracts.list_contracts(sessions, include_ended=True)) == 1
    _refused(
        lambda: contracts.end_contract(sessions, admin, "Remote hands", last_day=date(2026, 8, 1)),
        "valid_until",
    )
    assert table_count(store, "contracts") == 1


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"kind": "lifetime"}, "kind"),
        ({"valid_from": "2026-13-01"}, "valid_from"),
        ({"valid_until": "2025-12-31"}, "valid_until"),
        ({"currency": "XXY"}, "currency"),
        ({"service_window": "9 to 5"}, "service_window"),
        ({"service_window": '{"mon": [["08:00", "25:00"]]}'}, "service_window"),
        ({"standard_rate": "-1"}, "standard_rate"),
        ({"standard_rate": "ten"}, "standard_rate"),
        ({"after_hours_multiplier": "1.2"}, "after_hours_multiplier"),
        ({"rush_fee": "-5"}, "rush_fee"),
        ({"onsite_surcharge_pct": "-1"}, "onsite_surcharge_pct"),
        # C9: regular on-site visits cost 10 to 20 % more; none without them
        ({"onsite_surcharge_pct": "5", "regular_onsite_visits": "yes"}, "onsite_surcharge_pct"),
        ({"onsite_surcharge_pct": "25", "regular_onsite_visits": "yes"}, "onsite_surcharge_pct"),
        ({"regular_onsite_visits": "yes"}, "onsite_surcharge_pct"),
        ({"onsite_surcharge_pct": "15"}, "onsite_surcharge_pct"),
        ({"rounding_minutes": "7"}, "rounding_minutes"),
        ({"guarantee_hours": "9"}, "guarantee_hours"),
        ({"premium": "perhaps"}, "premium"),
        ({"payment_terms_days": "400"}, "payment_terms_days"),
        ({"tax_rate_pct": "121"}, "tax_rate_pct"),
        ({"bundle_hours": "10"}, "bundle_hours"),  # not an FTE bundle
        ({"credit_unit": "hours"}, "credit_unit"),  # not prepaid credit
        ({"sla": "urgent:response"}, "sla"),
        ({"sla": "critical:response=5m"}, "sla"),
        ({"sla": "urgent:response=0m"}, "sla"),
    ],
)
def test_each_contract_field_is_refused_by_name(
    store: Engine, sessions: partial[object], admin: uuid.UUID, values: dict[str, str], field: str
) -> None:
    clients.add_client(sessions, admin, **ACME)
    contract = {"kind": "retainer", "valid_from": "2026-01-01", **values}
    _refused(lambda: contracts.add_contract(sessions, admin, "Acme BV", **contract), field)
    assert table_count(store, "contracts") == 0 and table_count(store, "sla_targets") == 0


@pytest.mark.parametrize(
    ("kind", "field"),
    [(ContractKind.FTE_BUNDLE, "bundle_hours"), (ContractKind.PREPAID_CREDIT, "credit_unit")],
)
def test_a_kind_without_its_own_terms_is_refused(
    store: Engine, sessions: partial[object], admin: uuid.UUID, kind: ContractKind, field: str
) -> None:
    clients.add_client(sessions, admin, **ACME)
    _refused(
        lambda: contracts.add_contract(
            sessions, admin, "Acme BV", kind=kind.value, valid_from="2026-01-01"
        ),
        field,
    )
    assert table_count(store, "contracts") == 0


# ------------------------------------------------------------------ engineers


def test_an_engineer_is_added_edited_and_deactivated(
    store: Engine, sessions: partial[object], admin: uuid.UUID
) -> None:
    engineer_id = engineers.add_engineer(
        sessions,
        admin,
        name="Ann de Vries",
        home_time_zone="Europe/Amsterdam",
        skills="network, windows",
        languages="NL,en",
        skill_level="specialist",
        region="Randstad",
        cost_rate="45.50",
        cost_currency="EUR",
        phone="+31 6 1234 5678",
        working_hours='{"mon": [["07:00", "15:00"]], "tue": [["07:00", "15:00"]]}',
    )
    shown = engineers.show_engineer(sessions, engineer_id)
    assert shown["skills"] == ["network", "windows"] and shown["languages"] == ["en", "nl"]
    assert shown["cost_rate"] == Decimal("45.50") and shown["working_hours"]["wed"] == []
    engineers.edit_engineer(sessions, admin, "ann de vries", region="Utrecht", working_hours="24x7")
    shown = engineers.show_engineer(sessions, engineer_id)
    assert shown["region"] == "Utrecht" and shown["skill_level"] == "specialist"
    assert [e["name"] for e in engineers.list_engineers(sessions, "netw")] == ["Ann de Vries"]
    engineers.deactivate_engineer(sessions, admin, engineer_id)
    assert engineers.list_engineers(sessions) == []
    with store_session(store) as session:
        assert session.scalars(select(Engineer)).one().active is False


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": ""}, "name"),
        ({"home_time_zone": "Amsterdam"}, "home_time_zone"),
        ({"skill_level": "guru"}, "skill_level"),
        ({"languages": "nederlands!"}, "languages"),
        ({"email": "ann@"}, "email"),
        ({"phone": "06 1234"}, "phone"),
        ({"working_hours": '{"someday": []}'}, "working_hours"),
        ({"cost_rate": "-3"}, "cost_rate"),
        ({"cost_currency": "GULDEN"}, "cost_currency"),
    ],
)
def test_each_engineer_field_is_refused_by_name(
    store: Engine, sessions: partial[object], admin: uuid.UUID, values: dict[str, str], field: str
) -> None:
    engineer = {"name": "Ann", "home_time_zone": "Europe/Amsterdam", **values}
    _refused(lambda: engineers.add_engineer(sessions, admin, **engineer), field)
    assert table_count(store, "engineers") == 0


def test_contracts_and_engineers_point_to_records_that_stay(
    store: Engine, sessions: partial[object], admin: uuid.UUID
) -> None:
    clients.add_client(sessions, admin, **ACME)
    contracts.add_contract(sessions, admin, "Acme BV", kind="on_demand", valid_from="2026-01-01")
    clients.deactivate_client(sessions, admin, "Acme BV")
    with store_session(store) as session:
        assert session.scalars(select(Contract)).one().client.active is False


# ------------------------------------------------------------------ the command line


def test_the_command_line_adds_lists_shows_edits_and_deactivates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "cli.sqlite3")]
    assert (
        main(
            [
                "engineers",
                "add",
                *db,
                "--name",
                "Ann",
                "--home-time-zone",
                "Europe/Amsterdam",
                "--skills",
                "network",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "clients",
                "add",
                *db,
                "--name",
                "Acme BV",
                "--country",
                "NL",
                "--time-zone",
                "Europe/Amsterdam",
                "--locale",
                "nl_NL",
                "--currency",
                "EUR",
                "--assigned-engineer",
                "Ann",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "clients",
                "add-site",
                *db,
                "Acme BV",
                "--name",
                "HQ",
                "--street",
                "Damrak 1",
                "--city",
                "Amsterdam",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "clients",
                "add-contact",
                *db,
                "Acme BV",
                "--name",
                "Piet",
                "--role",
                "requester",
                "--phone",
                "+31201234567",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "contracts",
                "add",
                *db,
                "Acme BV",
                "--kind",
                "service_desk_comfort",
                "--valid-from",
                "2026-01-01",
                "--sla",
                "urgent:response=15m",
            ]
        )
        == 0
    )
    assert main(["clients", "edit", *db, "Acme BV", "--workstations", "12"]) == 0
    capsys.readouterr()
    assert main(["clients", "list", *db, "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "id,name,country,time_zone,currency,sites,contacts,active"
    assert out[1].endswith(",Acme BV,NL,Europe/Amsterdam,EUR,1,1,yes")
    assert main(["clients", "show", *db, "acme bv"]) == 0
    shown = capsys.readouterr().out
    assert "workstations       12" in shown and "name=HQ" in shown and "name=Piet" in shown
    assert main(["contracts", "list", *db, "--format", "json"]) == 0
    assert '"kind": "service_desk_comfort"' in capsys.readouterr().out
    assert main(["engineers", "list", *db]) == 0
    assert "1 engineers" in capsys.readouterr().out
    assert (
        main(["contracts", "deactivate", *db, "Service desk comfort", "--last-day", "2026-12-31"])
        == 0
    )
    # a site and a contact leave the lists, as the window's buttons take them out; once
    assert main(["clients", "deactivate-site", *db, "Acme BV", "hq"]) == 0
    assert main(["clients", "deactivate-contact", *db, "Acme BV", "Piet"]) == 0
    said = capsys.readouterr().out
    assert "site hq of Acme BV deactivated" in said and "contact Piet of Acme BV" in said
    assert main(["clients", "show", *db, "Acme BV"]) == 0
    assert capsys.readouterr().out.count("active=no") == 2
    assert main(["clients", "deactivate-contact", *db, "Acme BV", "Piet"]) == 2
    assert capsys.readouterr().err.strip().endswith("contact: Piet is inactive already")
    assert main(["engineers", "deactivate", *db, "Ann"]) == 0
    assert main(["clients", "deactivate", *db, "Acme BV"]) == 0
    capsys.readouterr()
    assert main(["clients", "list", *db]) == 0
    assert (
        capsys.readouterr().out.strip()
        == "NAME  COUNTRY  TIME ZONE  CURRENCY  SITES  CONTACTS  ACTIVE\n0 clients"
    )


def test_the_command_line_refuses_in_one_line(
    demo_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(demo_engine.url.database)]
    with store_session(demo_engine) as session:
        engineer_user = session.scalars(
            select(User.username).where(User.role == Role.ENGINEER)
        ).first()
        dispatcher = session.scalars(
            select(User.username).where(User.role == Role.DISPATCHER)
        ).first()
    assert engineer_user and dispatcher
    capsys.readouterr()
    cases = [
        (
            ["clients", "add", *db, "--as", engineer_user, "--name", "X"],
            "client: an engineer may not",
        ),
        (
            ["contracts", "add", *db, "--as", dispatcher, "Nobody", "--kind", "retainer"],
            "contract: a dispatcher may not change contracts",
        ),
        (["clients", "edit", *db, "No such client", "--vat-id", "1"], "client: no client named"),
        (
            [
                "clients",
                "add",
                *db,
                "--name",
                "X",
                "--country",
                "NLD",
                "--time-zone",
                "UTC",
                "--locale",
                "en",
                "--currency",
                "EUR",
            ],
            "country: 'NLD' is not",
        ),
        (["engineers", "add", *db, "--as", "nobody", "--name", "X"], "--as: 'nobody' is not"),
        (["clients", "list", *db, "--format", "xml"], "--format: invalid choice"),
    ]
    for argv, start in cases:
        try:
            status = main(argv)
        except SystemExit as exit_:  # argparse refuses a bad option itself
            status = int(exit_.code or 0)
        assert status == 2
        captured = capsys.readouterr()
        lines = captured.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"dispatch-console: error: {start}"), lines


def test_the_client_and_contract_lists_read_in_one_statement_whatever_their_length(
    demo_engine: Engine,
) -> None:
    """Issue 24: each client's sites and contacts, and each contract's SLA targets, were
    loaded one client at a time (two reads a client, half a second at 2,000 clients); the
    counts are read in the list's own statement and are the same as loaded one by one."""
    sessions = partial(store_session, demo_engine)
    with statements_run(demo_engine) as statements:
        listed_clients = clients.list_clients(sessions)
        listed_contracts = contracts.list_contracts(sessions, include_ended=True)
    assert len(listed_clients) > 5 and len(listed_contracts) > 5
    assert len(statements) == 2, statements
    for row in listed_clients:
        shown = clients.show_client(sessions, row["id"])
        assert (row["sites"], row["contacts"]) == (len(shown["sites"]), len(shown["contacts"]))
    assert any(row["sites"] > 1 for row in listed_clients)
    with store_session(demo_engine) as session:
        for row in listed_contracts:
            held = session.get_one(Contract, row["id"])
            assert row["sla_targets"] == len(held.sla_targets)
    assert any(row["sla_targets"] > 0 for row in listed_contracts)
