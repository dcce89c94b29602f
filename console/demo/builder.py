"""Deterministic demo data: a year of a service provider's work, in five countries.

The same seed and the same anchor day give the same database. Rows are produced as
tuples and written with the bulk writer: the large size (100,000 tickets) would take
minutes through ORM objects.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from console.enums import (
    ChecklistKind,
    ChecklistState,
    ContactRole,
    ContractKind,
    CreditEntryKind,
    CreditUnit,
    DrewOn,
    EngineerRole,
    InvoiceKind,
    InvoiceStatus,
    NonBillableReason,
    NoteKind,
    Phase,
    Priority,
    Role,
    SkillLevel,
    SlaTargetKind,
    TicketCategory,
    TicketStatus,
    VisitStatus,
)
from console.errors import UserError
from console.model import Base
from console.money import minor_unit
from console.resources_path import resource_root
from console.rules.schedule import BASIS_10X5, COMFORT_24X7
from console.store.bulk import BulkWriter

STAMP = ("id", "row_version", "created_at", "updated_at")
"""The columns every synchronised row starts with (see console.model.base.Entity)."""

ISSUER = "DC"
"""The issuing company's code for invoice number series."""


@dataclass(frozen=True)
class DemoSize:
    """How much a demo database holds."""

    name: str
    clients: int
    engineers: int
    tickets: int
    visits: int
    time_entries: int


SIZES = {
    "small": DemoSize(
        "small", clients=20, engineers=12, tickets=2_000, visits=800, time_entries=8_000
    ),
    "large": DemoSize(
        "large", clients=600, engineers=300, tickets=100_000, visits=40_000, time_entries=400_000
    ),
}

COUNTRY_WEIGHTS = {"NL": 30, "ES": 20, "RU": 15, "JP": 15, "US": 20}
CONTRACT_CYCLE = (
    ContractKind.RETAINER,
    ContractKind.SERVICE_DESK_BASIS,
    ContractKind.SERVICE_DESK_COMFORT,
    ContractKind.MONTHLY_PLAN,
    ContractKind.PREPAID_CREDIT,
    ContractKind.FTE_BUNDLE,
    ContractKind.ON_DEMAND,
    ContractKind.SERVICE_DESK_BASIS,
)
# Hourly rates scale by currency so a Japanese invoice looks like one.
RATE_SCALE = {"EUR": Decimal(1), "USD": Decimal("1.1"), "RUB": Decimal(95), "JPY": Decimal(160)}
SLA_MINUTES = {  # (response, resolution) in business minutes per priority (T6)
    Priority.URGENT: (15, 240),
    Priority.HIGH: (60, 480),
    Priority.NORMAL: (240, 1440),
    Priority.LOW: (480, 2400),
}
SPLIT_SHIFT = {
    d: [["07:00", "12:00"], ["13:00", "19:00"]] if d not in ("sat", "sun") else []
    for d in BASIS_10X5
}
NIGHT_DESK = {d: [["22:00", "06:00"]] for d in BASIS_10X5}  # crosses midnight


def _resource(name: str) -> Any:
    return json.loads((resource_root() / "demo" / name).read_text(encoding="utf-8"))


def _money(value: Decimal, currency: str) -> Decimal:
    return value.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


@dataclass
class _Client:
    id: uuid.UUID
    country: str
    zone: ZoneInfo
    currency: str
    locale: str
    tax_rate: Decimal
    tax_exemption: str | None
    engineer: int
    sites: list[uuid.UUID] = field(default_factory=list)
    local_contacts: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    ordering: uuid.UUID | None = None
    requesters: list[uuid.UUID] = field(default_factory=list)
    contract: uuid.UUID | None = None
    contract_kind: ContractKind = ContractKind.ON_DEMAND
    rate: Decimal = Decimal(0)
    express: uuid.UUID | None = None
    express_rate: Decimal = Decimal(0)
    credit_unit: CreditUnit | None = None
    languages: tuple[str, ...] = ()


@dataclass
class _Ticket:
    id: uuid.UUID
    client: int
    opened: datetime
    end: datetime
    status: TicketStatus
    emergency: bool
    category: TicketCategory


class DemoBuilder:
    """Builds one demo database; ``build`` writes every table in foreign-key order."""

    def __init__(self, size: DemoSize, seed: int, today: date, keep_rows: bool = False):
        self.size = size
        self.rng = random.Random(seed)
        self._idrng = random.Random(seed * 7919 + 17)
        # Millisecond prefix of the ids: the anchor day, so ids still sort like v7 ids.
        self._tick = int(datetime.combine(today, time(0), tzinfo=UTC).timestamp() * 1000)
        self.today = today
        self.now = datetime.combine(today, time(9, 30), tzinfo=UTC)
        self.start = datetime.combine(today - timedelta(days=365), time(0), tzinfo=UTC)
        self.keep_rows = keep_rows
        self.countries: dict[str, Any] = _resource("countries.json")
        self.work: dict[str, Any] = _resource("work.json")
        self.clients: list[_Client] = []
        self.engineers: list[uuid.UUID] = []
        self.engineer_country: list[str] = []
        self.engineer_langs: list[list[str]] = []
        self.tickets: list[_Ticket] = []
        self.users: dict[Role, list[uuid.UUID]] = {}
        self.writer: BulkWriter | None = None
        self._sequences: dict[tuple[str, int], int] = {}
        self.visit_info: dict[int, list[tuple[uuid.UUID, int, datetime, datetime]]] = {}

    # -- helpers ---------------------------------------------------------------------
    def new_id(self) -> uuid.UUID:
        """A deterministic, time-ordered UUID (version 7 layout) from the id stream.

        Ordered keys append to the primary-key index instead of scattering writes over it.
        """
        self._tick += 1
        tail = self._idrng.getrandbits(74)
        value = (self._tick << 80) | (0x7 << 76) | ((tail >> 62) << 64) | (0x2 << 62)
        return uuid.UUID(int=value | (tail & ((1 << 62) - 1)))

    def _stamp(self, at: datetime | None = None) -> tuple[Any, ...]:
        at = at or self.now
        return (self.new_id(), 1, at, at)

    def _phone(self, country: str) -> str:
        prefix = self.countries[country]["phone_prefix"]
        digits = 10 - (len(prefix) - 1) if country != "US" else 10
        return (
            prefix
            + str(self.rng.randint(2, 9))
            + "".join(str(self.rng.randint(0, 9)) for _ in range(digits - 1))
        )

    def _person(self, country: str) -> str:
        c = self.countries[country]
        first, last = self.rng.choice(c["first"]), self.rng.choice(c["last"])
        if country == "JP":
            return f"{last} {first}"
        if country == "RU":
            return f"{first} {last}"
        return f"{first} {last}"

    def _insert(self, table: str, columns: tuple[str, ...], rows: Any) -> None:
        assert self.writer is not None
        self.writer.insert(Base.metadata.tables[table], columns, rows)

    # -- build -----------------------------------------------------------------------
    def build(
        self, connection: Connection, progress: Callable[[str], None] | None = None
    ) -> BulkWriter:
        """Write the whole demo database on an open connection (one transaction)."""
        self.writer = BulkWriter(connection, keep=self.keep_rows)
        steps: list[tuple[str, Callable[[], None]]] = [
            ("engineers and users", self._people),
            ("clients, sites and contacts", self._clients),
            ("contracts and SLA targets", self._contracts),
            ("tickets", self._tickets),
            ("visits", self._visits),
            ("time, credit and invoices", self._time_and_money),
            ("notes", self._notes),
        ]
        with self.writer:
            for label, step in steps:
                if progress:
                    progress(label)
                step()
        return self.writer

    def _people(self) -> None:
        eng_cols = (
            *STAMP,
            "name",
            "email",
            "phone",
            "skill_level",
            "skills",
            "languages",
            "region",
            "home_time_zone",
            "working_hours",
            "cost_rate",
            "cost_currency",
            "active",
        )
        countries = list(COUNTRY_WEIGHTS)
        weights = list(COUNTRY_WEIGHTS.values())
        rows = []
        leave_rows = []
        skills = self.work["skills"]
        for n in range(self.size.engineers):
            country = (
                countries[n % len(countries)]
                if n < len(countries)
                else self.rng.choices(countries, weights)[0]
            )
            c = self.countries[country]
            zone, _sub = self.rng.choice(c["zones"])
            langs = [c["language"]]
            if c["language"] != "en" and self.rng.random() < 0.85:
                langs.append("en")
            if country != "JP" and self.rng.random() < 0.08:
                langs.append("ja")
            # the draw stays, so the same seed still gives the same data after it
            if country == "JP" and self.rng.random() < 0.6 and "en" not in langs:
                langs.append("en")
            level = self.rng.choices(list(SkillLevel), [20, 55, 25])[0]
            hours = SPLIT_SHIFT if n % 9 == 4 else BASIS_10X5
            name = self._person(country)
            row = self._stamp(self.start) + (
                name,
                f"engineer{n + 1:03d}@dispatch.example",
                self._phone(country),
                level.value,
                sorted(self.rng.sample(skills, self.rng.randint(3, 6))),
                langs,
                c["cities"][0][0],
                zone,
                hours,
                Decimal(self.rng.randint(35, 70)) * RATE_SCALE.get(c["currency"], Decimal(1)),
                c["currency"] if c["currency"] in RATE_SCALE else "EUR",
                True,
            )
            rows.append(row)
            self.engineers.append(row[0])
            self.engineer_country.append(country)
            self.engineer_langs.append(langs)
            for _ in range(self.rng.randint(1, 3)):
                first = self.today - timedelta(days=self.rng.randint(-40, 330))
                leave_rows.append(
                    self._stamp(self.start)
                    + (
                        row[0],
                        first,
                        first + timedelta(days=self.rng.randint(0, 9)),
                        "vacation",
                        None,
                    )
                )
        self._insert("engineers", eng_cols, rows)
        self._insert(
            "leave",
            (
                *STAMP,
                "engineer_id",
                "start_date",
                "end_date",
                "kind",
                "note",
            ),
            leave_rows,
        )
        user_rows = []
        staff = [
            ("admin", "Administrator", Role.ADMIN),
            ("desk.anna", "Anna Dekker", Role.DISPATCHER),
            ("desk.marco", "Marco Ruiz", Role.DISPATCHER),
            ("desk.yuki", "Yuki Tanaka", Role.DISPATCHER),
            ("mgr.lisa", "Lisa van Leeuwen", Role.SERVICE_MANAGER),
            ("mgr.oleg", "Oleg Petrov", Role.SERVICE_MANAGER),
        ]
        for username, display, role in staff:
            row = self._stamp(self.start) + (username, display, role.value, None, None, True)
            user_rows.append(row)
            self.users.setdefault(role, []).append(row[0])
        for n, eng in enumerate(self.engineers):
            row = self._stamp(self.start) + (
                f"eng{n + 1:03d}",
                rows[n][4],
                Role.ENGINEER.value,
                rows[n][5],
                eng,
                True,
            )
            user_rows.append(row)
            self.users.setdefault(Role.ENGINEER, []).append(row[0])
        self._insert(
            "users",
            (
                *STAMP,
                "username",
                "display_name",
                "role",
                "email",
                "engineer_id",
                "active",
            ),
            user_rows,
        )

    def _company(self, country: str) -> str:
        c = self.countries[country]
        word, kind, form = (
            self.rng.choice(c["company_words"]),
            self.rng.choice(c["company_kinds"]),
            self.rng.choice(c["company_forms"]),
        )
        if country == "JP":
            return f"{form}{word}{kind}"
        if country == "RU":
            return f"{form} «{word}-{kind}»"
        return f"{word} {kind} {form}"

    def _clients(self) -> None:
        countries = list(COUNTRY_WEIGHTS)
        weights = list(COUNTRY_WEIGHTS.values())
        client_rows, site_rows, contact_rows = [], [], []
        managers = self.users[Role.SERVICE_MANAGER]
        by_country: dict[str, list[int]] = {}
        for i, country in enumerate(self.engineer_country):
            by_country.setdefault(country, []).append(i)
        used_names: set[str] = set()
        for n in range(self.size.clients):
            country = (
                countries[n] if n < len(countries) else self.rng.choices(countries, weights)[0]
            )
            c = self.countries[country]
            zone_name, subdiv = self.rng.choice(c["zones"])
            name = self._company(country)
            while name in used_names:
                name = self._company(country) + f" {len(used_names) % 97 + 2}"
            used_names.add(name)
            engineer = self.rng.choice(by_country.get(country) or list(range(len(self.engineers))))
            nda = self.rng.random() < 0.8
            vat = (
                (c["vat_prefix"] + str(self.rng.randint(10**8, 10**9 - 1)))
                if c["vat_prefix"]
                else None
            )
            row = self._stamp(self.start) + (
                name,
                None,
                country,
                subdiv,
                zone_name,
                c["locale"],
                c["currency"],
                vat,
                None,
                f"client{n + 1}.example",
                nda,
                (self.start.date() if nda else None),
                self.rng.randint(8, 400),
                self.engineers[engineer],
                self.rng.choice(managers),
                True,
            )
            client_rows.append(row)
            client = _Client(
                id=row[0],
                country=country,
                zone=ZoneInfo(zone_name),
                currency=c["currency"],
                locale=c["locale"],
                tax_rate=Decimal(c["tax_rate"]),
                tax_exemption=c.get("tax_exemption"),
                engineer=engineer,
                languages=(c["language"],),
            )
            cities = [city for city in c["cities"] if city[2] == subdiv] or c["cities"]
            for s in range(self.rng.choices([1, 2, 3], [60, 30, 10])[0]):
                city, postal, _ = self.rng.choice(cities)
                site = self._stamp(self.start) + (
                    row[0],
                    ["HQ", "Branch", "Warehouse"][s],
                    self.rng.choice(c["streets"])
                    + ("" if country == "JP" else f" {self.rng.randint(1, 220)}"),
                    postal,
                    city,
                    country,
                    f"https://maps.app.goo.gl/{self.rng.getrandbits(40):010x}",
                    f"{self.rng.randint(1, 12)} {c['floor']}",
                    self.rng.choice(c["entry"]),
                    zone_name,
                )
                site_rows.append(site)
                client.sites.append(site[0])
                contact = self._stamp(self.start) + (
                    row[0],
                    site[0],
                    self._person(country),
                    ContactRole.LOCAL_CONTACT.value,
                    self._phone(country),
                    None,
                    {},
                    c["language"],
                )
                contact_rows.append(contact)
                client.local_contacts[site[0]] = contact[0]
            ordering = self._stamp(self.start) + (
                row[0],
                None,
                self._person(country),
                ContactRole.ORDERING_ENGINEER.value,
                self._phone(country),
                f"it{n + 1}@client{n + 1}.example",
                {"whatsapp": self._phone(country)} if country != "JP" else {"line": f"it-{n + 1}"},
                c["language"],
            )
            contact_rows.append(ordering)
            client.ordering = ordering[0]
            for r in range(self.rng.randint(1, 3)):
                req = self._stamp(self.start) + (
                    row[0],
                    None,
                    self._person(country),
                    ContactRole.REQUESTER.value,
                    self._phone(country),
                    f"user{r + 1}@client{n + 1}.example",
                    {},
                    c["language"],
                )
                contact_rows.append(req)
                client.requesters.append(req[0])
            self.clients.append(client)
        self._insert(
            "clients",
            (
                *STAMP,
                "name",
                "short_name",
                "country",
                "subdivision",
                "time_zone",
                "locale",
                "currency",
                "vat_id",
                "billing_address",
                "email_domain",
                "nda_on_file",
                "nda_date",
                "workstations",
                "assigned_engineer_id",
                "account_manager_id",
                "active",
            ),
            client_rows,
        )
        self._insert(
            "sites",
            (
                *STAMP,
                "client_id",
                "name",
                "street",
                "postal_code",
                "city",
                "country",
                "map_url",
                "floor",
                "entry_instructions",
                "time_zone",
            ),
            site_rows,
        )
        self._insert(
            "contacts",
            (
                *STAMP,
                "client_id",
                "site_id",
                "name",
                "role",
                "phone",
                "email",
                "messengers",
                "language",
            ),
            contact_rows,
        )

    def _contracts(self) -> None:
        rows, targets = [], []
        valid_from = self.start.date()
        for n, client in enumerate(self.clients):
            scale = RATE_SCALE[client.currency]
            kinds = [CONTRACT_CYCLE[n % len(CONTRACT_CYCLE)]]
            if n % 3 == 0 or n < 2:
                kinds.append(ContractKind.EXPRESS)
            for kind in kinds:
                base = Decimal(self.rng.randint(85, 140))
                window = {
                    ContractKind.SERVICE_DESK_COMFORT: COMFORT_24X7,
                    ContractKind.EXPRESS: COMFORT_24X7,
                    ContractKind.RETAINER: SPLIT_SHIFT if n % 4 == 1 else BASIS_10X5,
                }.get(kind, BASIS_10X5)
                credit_unit = None
                top_up = threshold = bundle = fee = None
                if kind is ContractKind.PREPAID_CREDIT:
                    credit_unit = CreditUnit.HOURS if n % 2 else CreditUnit.MONEY
                    if credit_unit is CreditUnit.MONEY:
                        top_up = _money(Decimal(5000) * scale, client.currency)
                        threshold = _money(Decimal(750) * scale, client.currency)
                    else:
                        top_up, threshold = Decimal(40), Decimal(6)
                if kind is ContractKind.FTE_BUNDLE:
                    bundle = Decimal(self.rng.choice([16, 32, 80]))
                    fee = _money(bundle * base * scale * Decimal("0.9"), client.currency)
                if kind is ContractKind.MONTHLY_PLAN:
                    fee = _money(
                        Decimal(self.rng.choice([600, 1200, 2400])) * scale, client.currency
                    )
                express_rate = _money(base * scale * Decimal("1.5"), client.currency)
                row = self._stamp(self.start) + (
                    client.id,
                    kind.value,
                    _contract_name(kind, client.locale),
                    "workplace",
                    valid_from,
                    None,
                    client.currency,
                    window,
                    n % 10 == 0,
                    _money(base * scale, client.currency),
                    express_rate,
                    _money((base + 15) * scale, client.currency),
                    Decimal("1.5") + Decimal(n % 3) / 4,
                    _money(Decimal(150) * scale, client.currency),
                    _money(Decimal(12) * scale, client.currency),
                    Decimal(15) if n % 5 == 0 else Decimal(0),
                    n % 5 == 0,
                    [0, 15, 6, 30][n % 4],
                    Decimal(1 + n % 3),
                    credit_unit,
                    top_up,
                    threshold,
                    bundle,
                    fee,
                    30 if client.country != "JP" else 45,
                    client.tax_rate,
                    client.tax_exemption if client.tax_rate == 0 else None,
                )
                rows.append(row)
                if kind is ContractKind.EXPRESS:
                    client.express, client.express_rate = row[0], express_rate
                    for prio in Priority:
                        targets.append(
                            self._target(row[0], prio, SlaTargetKind.ASSESSMENT, 60, True)
                        )
                        targets.append(self._target(row[0], prio, SlaTargetKind.ARRIVAL, 120, True))
                    continue
                client.contract, client.contract_kind = row[0], kind
                client.rate, client.credit_unit = row[15], credit_unit
                if kind in (ContractKind.ON_DEMAND, ContractKind.PREPAID_CREDIT):
                    continue  # T6: no SLA, aim for a reply within one working day
                for prio, (response, resolution) in SLA_MINUTES.items():
                    comfort = kind is ContractKind.SERVICE_DESK_COMFORT
                    targets.append(
                        self._target(row[0], prio, SlaTargetKind.RESPONSE, response, comfort)
                    )
                    targets.append(
                        self._target(
                            row[0],
                            prio,
                            SlaTargetKind.RESOLUTION,
                            resolution,
                            False,
                            [TicketStatus.AWAITING_REPLY.value, TicketStatus.ON_HOLD.value],
                        )
                    )
                    if kind is ContractKind.RETAINER and prio in (Priority.URGENT, Priority.HIGH):
                        targets.append(
                            self._target(row[0], prio, SlaTargetKind.ARRIVAL, 240, False)
                        )
        self._insert(
            "contracts",
            (
                *STAMP,
                "client_id",
                "kind",
                "name",
                "product_area",
                "valid_from",
                "valid_until",
                "currency",
                "service_window",
                "premium",
                "standard_rate",
                "express_rate",
                "on_demand_rate",
                "after_hours_multiplier",
                "rush_fee",
                "workstation_price",
                "onsite_surcharge_pct",
                "regular_onsite_visits",
                "rounding_minutes",
                "guarantee_hours",
                "credit_unit",
                "monthly_top_up",
                "low_credit_threshold",
                "bundle_hours",
                "monthly_fee",
                "payment_terms_days",
                "tax_rate_pct",
                "tax_exemption",
            ),
            rows,
        )
        self._insert(
            "sla_targets",
            (
                *STAMP,
                "contract_id",
                "priority",
                "kind",
                "minutes",
                "use_24x7",
                "pause_statuses",
                "at_risk_pct",
            ),
            targets,
        )

    def _target(
        self,
        contract: uuid.UUID,
        prio: Priority,
        kind: SlaTargetKind,
        minutes: int,
        all_day: bool,
        pauses: list[str] | None = None,
    ) -> tuple[Any, ...]:
        return self._stamp(self.start) + (
            contract,
            prio.value,
            kind.value,
            minutes,
            all_day,
            pauses or [],
            80,
        )

    def _local_business_time(self, client: _Client, day: date) -> datetime:
        hour = self.rng.choices(range(7, 20), [2, 8, 10, 10, 9, 6, 8, 9, 9, 8, 6, 3, 2])[0]
        local = datetime.combine(day, time(hour, self.rng.randint(0, 59)), tzinfo=client.zone)
        return local.astimezone(UTC)

    def _tickets(self) -> None:
        rng = self.rng
        titles = self.work["ticket_titles"]
        categories = list(TicketCategory)
        cat_weights = [45, 25, 12, 10, 8]
        span = (self.now - self.start).days
        days = sorted(
            self.today - timedelta(days=int(span * (1 - rng.random() ** 1.15)))
            for _ in range(self.size.tickets)
        )
        client_weights = [1 + (i % 7) for i in range(len(self.clients))]
        client_picks = rng.choices(range(len(self.clients)), client_weights, k=self.size.tickets)
        opened = []
        for day, ci in zip(days, client_picks, strict=True):
            at = self._local_business_time(self.clients[ci], day)
            opened.append((min(at, self.now - timedelta(minutes=rng.randint(5, 600))), ci))
        opened.sort(key=lambda item: item[0])
        dispatchers = self.users[Role.DISPATCHER] + self.users[Role.ENGINEER][:6]
        rows: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        counters: dict[int, int] = {}
        for at, ci in opened:
            client = self.clients[ci]
            category = rng.choices(categories, cat_weights)[0]
            priority = rng.choices(list(Priority), [20, 50, 22, 8])[0]
            emergency = (
                category is TicketCategory.INCIDENT
                and priority is Priority.URGENT
                and rng.random() < 0.5
            )
            age = (self.now - at).total_seconds() / 86400
            if age > 21 or (age > 3 and rng.random() < 0.7):
                status = TicketStatus.CLOSED if rng.random() < 0.985 else TicketStatus.ON_HOLD
            else:
                status = rng.choices(
                    list(TicketStatus),
                    [18, 24, 14, 6, 10, 6, 4, 18],
                )[0]
            year = at.year
            counters[year] = counters.get(year, 0) + 1
            reference = f"T-{year}-{counters[year]:06d}"
            responded = at + timedelta(minutes=rng.choice([3, 8, 12, 20, 45, 90, 200]))
            first_response = responded if responded <= self.now else None
            steps = self._ticket_path(status)
            step_times = [at]
            for _ in steps[1:]:
                step_times.append(step_times[-1] + timedelta(minutes=rng.randint(10, 60 * 30)))
            if step_times[-1] > self.now:
                scale = (self.now - at) / (step_times[-1] - at + timedelta(minutes=1))
                step_times = [at + (t - at) * scale for t in step_times]
            closed_at = step_times[-1] if status is TicketStatus.CLOSED else None
            resolved_at = closed_at - timedelta(minutes=rng.randint(5, 600)) if closed_at else None
            if resolved_at is not None and resolved_at < at:
                resolved_at = closed_at
            restored_at = (at + timedelta(minutes=rng.randint(40, 300))) if emergency else None
            if restored_at is not None and restored_at > self.now:
                restored_at = None
            title = rng.choice(titles[category.value]).format(
                n=rng.randint(1, 9), name=self._person(client.country)
            )
            site = rng.choice(client.sites)
            contract = client.express if emergency and client.express else client.contract
            assignee = (
                None
                if status is TicketStatus.OPEN and rng.random() < 0.6
                else rng.choice(dispatchers)
            )
            row = self._stamp(at) + (
                reference,
                title,
                f"{title}.\n\nReported by phone; see notes for details.",
                category.value,
                priority.value,
                rng.choice([None, None, None, Priority.HIGH.value]),
                status.value,
                rng.choices(["email", "portal", "phone", "monitoring"], [40, 30, 20, 10])[0],
                client.id,
                site,
                contract,
                rng.choice(client.requesters),
                assignee,
                rng.choice([None, 30, 60, 120, 240, 480]),
                emergency,
                at,
                first_response,
                restored_at,
                resolved_at,
                closed_at,
                0,
                None,
            )
            rows.append(row)
            self.tickets.append(
                _Ticket(row[0], ci, at, closed_at or self.now, status, emergency, category)
            )
            previous: str | None = None
            for step, when in zip(steps, step_times, strict=True):
                history.append((self.new_id(), row[0], when, previous, step.value, assignee, None))
                previous = step.value
        self._insert(
            "tickets",
            (
                *STAMP,
                "reference",
                "title",
                "description",
                "category",
                "priority",
                "proposed_priority",
                "status",
                "channel",
                "client_id",
                "site_id",
                "contract_id",
                "requester_id",
                "assignee_id",
                "estimate_minutes",
                "emergency",
                "opened_at",
                "first_response_at",
                "restored_at",
                "resolved_at",
                "closed_at",
                "reopen_count",
                "related_ticket_id",
            ),
            rows,
        )
        self._insert(
            "ticket_status_changes",
            ("id", "ticket_id", "at", "from_status", "to_status", "by_user_id", "reason"),
            history,
        )
        self._sequences.update({("ticket", y): n + 1 for y, n in counters.items()})
        self._assessments()

    def _ticket_path(self, status: TicketStatus) -> list[TicketStatus]:
        path = [TicketStatus.OPEN]
        if status is TicketStatus.OPEN:
            return path
        path.append(TicketStatus.IN_PROGRESS)
        if self.rng.random() < 0.3:
            path += [TicketStatus.AWAITING_REPLY, TicketStatus.IN_PROGRESS]
        if status is TicketStatus.CLOSED:
            if self.rng.random() < 0.2:
                path.append(TicketStatus.ACCEPTANCE)
            path.append(TicketStatus.CLOSED)
        elif status is not TicketStatus.IN_PROGRESS:
            path.append(status)
        return path

    def _assessments(self) -> None:
        rows = []
        experts = self.users[Role.ENGINEER]
        for t in self.tickets:
            if not t.emergency:
                continue
            client = self.clients[t.client]
            monthly = client.contract_kind is ContractKind.MONTHLY_PLAN
            rows.append(
                self._stamp(t.opened)
                + (
                    t.id,
                    self.rng.choice(experts),
                    t.opened + timedelta(minutes=self.rng.randint(10, 55)),
                    self.rng.random() < 0.92,
                    "Depends on the state of the backup.",
                    self.rng.choice(["low", "medium", "high"]),
                    self.rng.choice([60, 120, 240]),
                    self.rng.choice([240, 480, 960]),
                    Decimal(self.rng.choice([1, 1, 1, 2, 4])),
                    monthly,
                    False,
                )
            )
        self._insert(
            "assessments",
            (
                *STAMP,
                "ticket_id",
                "expert_id",
                "answered_at",
                "can_fix",
                "uncertainty",
                "risk",
                "restore_estimate_minutes",
                "fix_estimate_minutes",
                "guarantee_hours",
                "guarantee_waived",
                "nda_accepted_default",
            ),
            rows,
        )

    def _visits(self) -> None:
        rng = self.rng
        candidates = [
            i
            for i, t in enumerate(self.tickets)
            if t.category is not TicketCategory.SERVICE_REQUEST
        ]
        chosen = sorted(rng.sample(candidates, min(self.size.visits, len(candidates))))
        rows, engineers, history, checklist = [], [], [], []
        counters: dict[int, int] = {}
        d7 = [
            VisitStatus.REQUESTED,
            VisitStatus.AVAILABILITY_CHECKED,
            VisitStatus.ENGINEER_PROPOSED,
            VisitStatus.APPROVED,
            VisitStatus.EN_ROUTE,
            VisitStatus.ON_SITE,
            VisitStatus.WORKING,
            VisitStatus.COMPLETED,
        ]
        for ti in chosen:
            t = self.tickets[ti]
            client = self.clients[t.client]
            requested = t.opened + timedelta(minutes=rng.randint(5, 240))
            lead_hours = (
                rng.choice([2, 6, 20, 26, 30, 48, 72, 96, 120, 168]) if not t.emergency else 1
            )
            local = (requested + timedelta(hours=lead_hours)).astimezone(client.zone)
            if not t.emergency and local.hour < 8:
                local = local.replace(hour=9, minute=0)
            elif not t.emergency and local.hour >= 17:
                local = (local + timedelta(days=1)).replace(hour=9, minute=0)
            planned = local.astimezone(UTC)
            reserved = rng.choice(
                [None, Decimal(2), Decimal(2), Decimal(3), Decimal(4), Decimal("6.5")]
            )
            hours = reserved if reserved is not None else Decimal("2.5")
            if planned + timedelta(hours=float(hours)) < self.now:
                roll = rng.random()
                status = (
                    VisitStatus.COMPLETED
                    if roll < 0.92
                    else VisitStatus.NO_ACCESS
                    if roll < 0.95
                    else VisitStatus.CANCELLED
                )
            else:
                status = rng.choice(d7[:4])
            year = requested.year
            counters[year] = counters.get(year, 0) + 1
            level = rng.choices(list(SkillLevel), [15, 65, 20])[0]
            site = rng.choice(client.sites)
            local_contact = client.local_contacts.get(site) if rng.random() < 0.95 else None
            approved = planned - timedelta(hours=min(lead_hours / 2, 12))
            if approved < requested:
                approved = requested + (planned - requested) / 2
            reached = (
                d7.index(status)
                if status in d7
                else (d7.index(VisitStatus.ON_SITE) if status is VisitStatus.NO_ACCESS else 2)
            )
            arrived = planned + timedelta(minutes=rng.randint(-10, 25)) if reached >= 5 else None
            departed = (
                arrived + timedelta(hours=float(hours)) + timedelta(minutes=rng.randint(-30, 45))
                if arrived and status is VisitStatus.COMPLETED
                else None
            )
            row = self._stamp(requested) + (
                f"V-{year}-{counters[year]:06d}",
                t.id,
                site,
                status.value,
                requested,
                planned,
                reserved,
                30,
                level.value,
                2 if rng.random() < 0.08 else 1,
                [client.languages[0]] + (["en"] if rng.random() < 0.3 else []),
                4 if t.emergency else rng.choice([1, 2, 2, 3]),
                local_contact,
                client.ordering,
                "Replace the faulty unit, confirm services are back, label the cabling.",
                rng.choice(
                    [
                        "HPE ProLiant DL380",
                        "Cisco Catalyst 9300",
                        "Synology RS1221+",
                        "HP LaserJet M607",
                    ]
                ),
                "1. Announce arrival at reception\n2. Confirm backup before work\n"
                "3. Perform work\n4. Test with the local contact",
                "Confirm a recent backup exists.",
                "Client confirms the service works.",
                "Rack diagram, admin credentials via the password vault.",
                rng.random() < 0.6,
                level is SkillLevel.ENTRY,
                rng.random() < 0.05,
                rng.random() < 0.2,
                rng.choice([0, 0, 0, 1, 2, 3]),
                lead_hours < 24,
                approved if reached >= 3 else None,
                arrived,
                departed,
            )
            rows.append(row)
            lead = client.engineer if rng.random() < 0.7 else rng.randrange(len(self.engineers))
            assigned = [lead]
            if row[13] == 2:
                other = rng.randrange(len(self.engineers))
                if other != lead:
                    assigned.append(other)
            if reached >= 2:
                for k, e in enumerate(assigned):
                    role = EngineerRole.LEAD if k == 0 else EngineerRole.ASSIST
                    engineers.append((row[0], self.engineers[e], role.value))
            end = departed or planned + timedelta(hours=float(hours))
            if status in (VisitStatus.COMPLETED, VisitStatus.NO_ACCESS):
                self.visit_info.setdefault(ti, []).append((row[0], lead, planned, end))
            when = requested
            previous: str | None = None
            path = d7[: reached + 1] + ([status] if status not in d7 else [])
            for step in path:
                history.append((self.new_id(), row[0], when, previous, step.value, None, None))
                previous = step.value
                when = min(when + timedelta(minutes=rng.randint(10, 240)), max(when, self.now))
            for pos, label in enumerate(rng.sample(self.work["items"], rng.randint(1, 3))):
                checklist.append(
                    self._stamp(requested)
                    + (
                        row[0],
                        ChecklistKind.ITEM.value,
                        label,
                        ChecklistState.DONE.value if reached >= 4 else ChecklistState.PENDING.value,
                        pos,
                    )
                )
            if rng.random() < 0.6:
                label = rng.choice(self.work["paperwork"])
                checklist.append(
                    self._stamp(requested)
                    + (
                        row[0],
                        ChecklistKind.PAPERWORK.value,
                        label,
                        ChecklistState.DONE.value if reached >= 3 else ChecklistState.PENDING.value,
                        9,
                    )
                )
        self._insert(
            "visits",
            (
                *STAMP,
                "reference",
                "ticket_id",
                "site_id",
                "status",
                "requested_at",
                "planned_start",
                "reserved_hours",
                "grace_minutes",
                "skill_level",
                "engineers_needed",
                "languages",
                "urgency_class",
                "local_contact_id",
                "ordering_engineer_id",
                "work_description",
                "target_hardware",
                "work_sequence",
                "confirm_before",
                "confirm_after",
                "documents_needed",
                "instructions_attached",
                "onsite_assistance",
                "travel_needed",
                "regular",
                "new_workstations",
                "rush",
                "approved_at",
                "arrived_at",
                "departed_at",
            ),
            rows,
        )
        self._insert("visit_engineers", ("visit_id", "engineer_id", "role"), engineers)
        self._insert(
            "visit_status_changes",
            ("id", "visit_id", "at", "from_status", "to_status", "by_user_id", "note"),
            history,
        )
        self._insert(
            "visit_checklist",
            (
                *STAMP,
                "visit_id",
                "kind",
                "label",
                "state",
                "position",
            ),
            checklist,
        )
        for year, n in counters.items():
            self._sequences[("visit", year)] = n + 1

    def _time_and_money(self) -> None:
        entries = list(self._time_entries())
        lines, invoices = self._invoices(entries)
        credit = self._credit(entries)
        self._insert(
            "invoices",
            (
                *STAMP,
                "issuer",
                "number",
                "kind",
                "status",
                "client_id",
                "contract_id",
                "ticket_id",
                "currency",
                "issue_date",
                "due_date",
                "period_start",
                "period_end",
                "subtotal",
                "tax_total",
                "total",
                "payment_terms",
                "pdf_sha256",
                "notes",
            ),
            invoices,
        )
        self._insert(
            "invoice_lines",
            (
                *STAMP,
                "invoice_id",
                "position",
                "day",
                "engineer_id",
                "visit_id",
                "description",
                "hours",
                "rate",
                "multiplier",
                "amount",
                "tax_rate_pct",
                "tax_exemption",
                "drew_on",
            ),
            lines,
        )
        self._insert(
            "time_entries",
            (
                *STAMP,
                "ticket_id",
                "visit_id",
                "engineer_id",
                "started_at",
                "ended_at",
                "phase",
                "description",
                "billable",
                "non_billable_reason",
                "provider_approved_at",
                "provider_approved_by",
                "client_approved_at",
                "client_approved_by",
                "locked",
                "late",
                "reverses_id",
                "invoice_line_id",
            ),
            (e[:-2] for e in entries),
        )
        self._insert(
            "credit_entries",
            (
                "id",
                "contract_id",
                "at",
                "kind",
                "unit",
                "amount",
                "currency",
                "time_entry_id",
                "reverses_id",
                "overdraft",
                "note",
                "by_user_id",
            ),
            credit,
        )
        seq_rows = [(series, year, n) for (series, year), n in sorted(self._sequences.items())]
        self._insert("number_sequences", ("series", "year", "next_value"), seq_rows)

    def _time_entries(self) -> Iterator[list[Any]]:
        """Entries as lists; the last two items are the client index and minutes."""
        rng = self.rng
        worked = [
            i
            for i, t in enumerate(self.tickets)
            if t.status is not TicketStatus.OPEN or i in self.visit_info
        ]
        weights = [4 if i in self.visit_info else 1 for i in worked]
        picks = rng.choices(worked, weights, k=self.size.time_entries)
        approver = self.users[Role.DISPATCHER][0]
        today_start = datetime.combine(self.today, time(0), tzinfo=UTC)
        descriptions = self.work["notes"]
        for ti in picks:
            t = self.tickets[ti]
            client = self.clients[t.client]
            visits = self.visit_info.get(ti)
            if visits and rng.random() < 0.6:
                visit_id, eng, v_start, v_end = rng.choice(visits)
                start = v_start + timedelta(minutes=rng.randint(0, 30))
                minutes = max(15, int((v_end - v_start).total_seconds() // 60) - rng.randint(0, 30))
            else:
                visit_id, eng = (
                    None,
                    client.engineer if rng.random() < 0.6 else rng.randrange(len(self.engineers)),
                )
                window = max(60.0, (t.end - t.opened).total_seconds())
                start = t.opened + timedelta(seconds=rng.random() * window)
                minutes = rng.choice([15, 15, 30, 30, 45, 60, 60, 90, 120, 180, 240])
            start = start.replace(second=0, microsecond=0)
            if start > self.now - timedelta(minutes=minutes):
                start = self.now - timedelta(minutes=minutes + rng.randint(0, 600))
            end = start + timedelta(minutes=minutes)
            phase = Phase.NONE
            if t.emergency:
                phase = Phase.RESTORE if start - t.opened < timedelta(hours=5) else Phase.CAUSE
            own_defect = rng.random() < 0.03
            billable = not own_defect and rng.random() < 0.97
            reason = (
                NonBillableReason.OWN_DEFECT.value
                if own_defect
                else None
                if billable
                else NonBillableReason.GOODWILL.value
            )
            past = end < today_start
            yield [
                self.new_id(),
                1,
                end,
                end,
                t.id,
                visit_id,
                self.engineers[eng],
                start,
                end,
                phase.value,
                rng.choice(descriptions),
                billable,
                reason,
                end + timedelta(hours=2) if past else None,
                approver if past else None,
                end + timedelta(hours=20) if past else None,
                "client portal" if past else None,
                past,
                False,
                None,
                None,
                t.client,
                minutes,
            ]

    def _invoices(self, entries: list[list[Any]]) -> tuple[list[Any], list[Any]]:
        """Monthly invoices (C6) of on-demand work, one line per ticket and month."""
        billed_kinds = {
            ContractKind.ON_DEMAND,
            ContractKind.RETAINER,
            ContractKind.SERVICE_DESK_BASIS,
            ContractKind.SERVICE_DESK_COMFORT,
        }
        groups: dict[tuple[int, int, int], dict[uuid.UUID, list[list[Any]]]] = {}
        ticket_index = {t.id: t for t in self.tickets}
        for e in entries:
            client = self.clients[e[-2]]
            if not e[11] or client.contract_kind not in billed_kinds:
                continue
            start: datetime = e[7]
            groups.setdefault((e[-2], start.year, start.month), {}).setdefault(e[4], []).append(e)
        invoices, lines = [], []
        numbers: dict[int, int] = {}
        this_month = (self.today.year, self.today.month)
        for (ci, year, month), per_ticket in sorted(
            groups.items(), key=lambda g: (g[0][1], g[0][2], g[0][0])
        ):
            client = self.clients[ci]
            period_start = date(year, month, 1)
            period_end = (period_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            draft = (year, month) == this_month
            issue = None if draft else period_end + timedelta(days=1)
            number = None
            if issue is not None:
                numbers[issue.year] = numbers.get(issue.year, 0) + 1
                number = f"{ISSUER}-{issue.year}-{numbers[issue.year]:06d}"
            invoice_id = self.new_id()
            subtotal = Decimal(0)
            for pos, (ticket_id, items) in enumerate(
                sorted(per_ticket.items(), key=lambda kv: kv[1][0][7])
            ):
                minutes = sum(item[-1] for item in items)
                hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                amount = _money(hours * client.rate, client.currency)
                subtotal += amount
                line_id = self.new_id()
                for item in items:
                    item[20] = line_id
                t = ticket_index[ticket_id]
                lines.append(
                    (line_id, 1, self.now, self.now)
                    + (
                        invoice_id,
                        pos,
                        items[0][7].date(),
                        items[0][6],
                        None,
                        f"{t.category.value.replace('_', ' ').title()} work",
                        hours,
                        client.rate,
                        Decimal(1),
                        amount,
                        client.tax_rate,
                        client.tax_exemption if client.tax_rate == 0 else None,
                        DrewOn.ON_DEMAND.value,
                    )
                )
            tax = _money(subtotal * client.tax_rate / 100, client.currency)
            invoices.append(
                (invoice_id, 1, self.now, self.now)
                + (
                    ISSUER,
                    number,
                    InvoiceKind.MONTHLY.value,
                    (
                        InvoiceStatus.DRAFT
                        if draft
                        else InvoiceStatus.PAID
                        if period_end < self.today - timedelta(days=45)
                        else InvoiceStatus.ISSUED
                    ).value,
                    client.id,
                    client.contract,
                    None,
                    client.currency,
                    issue,
                    issue + timedelta(days=30) if issue else None,
                    period_start,
                    period_end,
                    subtotal,
                    tax,
                    subtotal + tax,
                    "30 days net",
                    None,
                    "",
                )
            )
        for year, n in numbers.items():
            self._sequences[(f"invoice:{ISSUER}", year)] = n + 1
        return lines, invoices

    def _credit(self, entries: list[list[Any]]) -> list[Any]:
        """C5 ledger: monthly top-ups and a debit per billable entry of prepaid clients."""
        rows: list[Any] = []
        balances: dict[int, Decimal] = {}
        month_done: set[tuple[int, int, int]] = set()
        contract_of = {}
        for i, client in enumerate(self.clients):
            if client.contract_kind is ContractKind.PREPAID_CREDIT:
                contract_of[i] = client
        for e in sorted(entries, key=lambda x: x[7]):
            ci = e[-2]
            found = contract_of.get(ci)
            if found is None or not e[11]:
                continue
            client = found
            at: datetime = e[7]
            unit = client.credit_unit or CreditUnit.MONEY
            key = (ci, at.year, at.month)
            if key not in month_done:
                month_done.add(key)
                amount = (
                    _money(Decimal(5000) * RATE_SCALE[client.currency], client.currency)
                    if unit is CreditUnit.MONEY
                    else Decimal(40)
                )
                first_of_month = at.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
                rows.append(
                    (
                        self.new_id(),
                        client.contract,
                        first_of_month,
                        CreditEntryKind.TOP_UP.value,
                        unit.value,
                        amount,
                        client.currency if unit is CreditUnit.MONEY else None,
                        None,
                        None,
                        False,
                        "Monthly top-up",
                        None,
                    )
                )
                balances[ci] = balances.get(ci, Decimal(0)) + amount
            hours = (Decimal(e[-1]) / 60).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
            debit = (
                _money(hours * client.rate, client.currency) if unit is CreditUnit.MONEY else hours
            )
            if debit <= 0:
                continue
            if balances.get(ci, Decimal(0)) - debit < 0 and self.rng.random() > 0.03:
                # C5: the client buys the next credit package when the last one runs out;
                # now and then one runs into overdraft first, which the desk must see.
                package = (
                    _money(Decimal(5000) * RATE_SCALE[client.currency], client.currency)
                    if unit is CreditUnit.MONEY
                    else Decimal(40)
                )
                rows.append(
                    (
                        self.new_id(), client.contract, e[8] - timedelta(seconds=1),
                        CreditEntryKind.TOP_UP.value, unit.value, package,
                        client.currency if unit is CreditUnit.MONEY else None, None, None,
                        False, "Credit package purchased", None,
                    )
                )  # fmt: skip
                balances[ci] = balances.get(ci, Decimal(0)) + package
            balances[ci] = balances.get(ci, Decimal(0)) - debit
            rows.append(
                (
                    self.new_id(),
                    client.contract,
                    e[8],
                    CreditEntryKind.DEBIT.value,
                    unit.value,
                    -debit,
                    client.currency if unit is CreditUnit.MONEY else None,
                    e[0],
                    None,
                    balances[ci] < 0,
                    None,
                    None,
                )
            )
        return rows

    def _notes(self) -> None:
        rows = []
        texts = self.work["notes"]
        authors = self.users[Role.DISPATCHER]
        for t in self.tickets:
            for k in range(self.rng.choice([0, 1, 1, 2])):
                at = t.opened + timedelta(minutes=15 + 90 * k)
                rows.append(
                    self._stamp(at)
                    + (
                        t.id,
                        None,
                        None,
                        NoteKind.EVIDENCE.value if t.emergency else NoteKind.INTERNAL.value,
                        self.rng.choice(authors),
                        at,
                        self.rng.choice(texts),
                    )
                )
        for client in self.clients[: max(5, len(self.clients) // 10)]:
            rows.append(
                self._stamp(self.start)
                + (
                    None,
                    None,
                    client.id,
                    NoteKind.KNOWLEDGE.value,
                    authors[0],
                    self.start,
                    "Core switch in the basement rack; UPS covers 20 minutes; "
                    "admin accounts in the vault.",
                )
            )
        self._insert(
            "notes",
            (
                *STAMP,
                "ticket_id",
                "visit_id",
                "client_id",
                "kind",
                "author_id",
                "at",
                "body",
            ),
            rows,
        )


def _contract_name(kind: ContractKind, locale: str) -> str:
    names = {
        ContractKind.RETAINER: "Retainer remote hands",
        ContractKind.SERVICE_DESK_BASIS: "Service desk Basis 10x5",
        ContractKind.SERVICE_DESK_COMFORT: "Service desk Comfort 24x7",
        ContractKind.EXPRESS: "Express emergency help",
        ContractKind.ON_DEMAND: "On-demand support",
        ContractKind.MONTHLY_PLAN: "Monthly fixed plan",
        ContractKind.PREPAID_CREDIT: "Prepaid credit (strippenkaart)",
        ContractKind.FTE_BUNDLE: "FTE hour bundle",
    }
    return names[kind]


def size_named(name: str) -> DemoSize:
    """The demo size for a --size value."""
    try:
        return SIZES[name]
    except KeyError:
        raise UserError(f"--size: {name!r} is not one of {', '.join(SIZES)}") from None
