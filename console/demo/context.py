"""The state every demo step shares: the random streams, the anchor day, the rows made so far."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from console.enums import ContractKind, CreditUnit, Role
from console.model import Base
from console.money import minor_unit
from console.resources_path import resource_root
from console.rules.schedule import BASIS_10X5
from console.store.bulk import BulkWriter

from .sizes import DemoSize
from .ticket_book import TicketBook
from .visit_book import VisitBook

STAMP = ("id", "row_version", "created_at", "updated_at")
"""The columns every synchronised row starts with (see console.model.base.Entity)."""

COUNTRY_WEIGHTS = {"NL": 30, "ES": 20, "RU": 15, "JP": 15, "US": 20}
# Hourly rates scale by currency so a Japanese invoice looks like one.
RATE_SCALE = {"EUR": Decimal(1), "USD": Decimal("1.1"), "RUB": Decimal(95), "JPY": Decimal(160)}
SPLIT_SHIFT = {
    d: [["07:00", "12:00"], ["13:00", "19:00"]] if d not in ("sat", "sun") else []
    for d in BASIS_10X5
}
"""Working hours with a lunch break, for some engineers and retainer contracts."""


def money(value: Decimal, currency: str) -> Decimal:
    """An amount rounded half up to the currency's minor unit."""
    return value.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


def _resource(name: str) -> Any:
    return json.loads((resource_root() / "demo" / name).read_text(encoding="utf-8"))


@dataclass
class DemoClient:
    """A client as the later steps need it: its ids, locale, contract and prices."""

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
    credit_block: Decimal | None = None  # C5: what it buys when its credit runs low
    languages: tuple[str, ...] = ()
    premium: bool = False  # its main contract is a premium one (C11)


MID_MORNING = time(9, 30)
"""When a given day's demo desk stops (UTC): the same data on every run of that day."""


class DemoContext:
    """The random streams, the anchor day and the ids made so far, shared by every step."""

    def __init__(self, size: DemoSize, seed: int, today: date, at: time = MID_MORNING):
        self.size = size
        self.rng = random.Random(seed)
        # Ids come from their own stream, so a step drawing one more id leaves the rest
        # of the data alone.
        self._idrng = random.Random(seed * 7919 + 17)
        # Millisecond prefix of the ids: the anchor day, so ids still sort like v7 ids.
        self._tick = int(datetime.combine(today, time(0), tzinfo=UTC).timestamp() * 1000)
        self.today = today
        # the moment the desk's work stops: mid-morning of a given day, or the minute the
        # demo is made (a demo made at midnight had tickets opened in the morning ahead)
        self.now = datetime.combine(today, at, tzinfo=UTC)
        self.start = datetime.combine(today - timedelta(days=365), time(0), tzinfo=UTC)
        self.countries: dict[str, Any] = _resource("countries.json")
        self.work: dict[str, Any] = _resource("work.json")
        self.clients: list[DemoClient] = []
        self.engineers: list[uuid.UUID] = []
        self.engineer_country: list[str] = []
        self.engineer_langs: list[list[str]] = []
        self.engineer_zone: list[ZoneInfo] = []
        # (engineer index, day) for every day an engineer is on leave
        self.leave: set[tuple[int, date]] = set()
        self.tickets = TicketBook()
        self.users: dict[Role, list[uuid.UUID]] = {}
        self.writer: BulkWriter | None = None
        # The next number of each (series, year): written last, as number_sequences.
        self.sequences: dict[tuple[str, int], int] = {}
        # Per ticket index, the visits its time entries may be booked on.
        self.visit_info = VisitBook()
        # Contacts' names by id: who lets an engineer leave a site signs with it (D7).
        self.contact_names: dict[uuid.UUID, str] = {}
        # Told how a long step goes (the huge demo's steps take minutes each).
        self.progress: Callable[[str], None] | None = None

    def counted(self, what: str, done: int, total: int, every: int = 100_000) -> None:
        """Say how far a step is, every ``every`` items (a small demo never gets that far)."""
        if self.progress is not None and done and done % every == 0:
            self.progress(f"{what}: {done:,} of {total:,}")

    def new_id(self) -> uuid.UUID:
        """A deterministic, time-ordered UUID (version 7 layout) from the id stream.

        Ordered keys append to the primary-key index instead of scattering writes over it.
        """
        self._tick += 1
        tail = self._idrng.getrandbits(74)
        value = (self._tick << 80) | (0x7 << 76) | ((tail >> 62) << 64) | (0x2 << 62)
        return uuid.UUID(int=value | (tail & ((1 << 62) - 1)))

    def random_bytes(self, n: int) -> bytes:
        """``n`` bytes from the id stream (the randomness of ids the services make)."""
        return self._idrng.getrandbits(8 * n).to_bytes(n, "big")

    def stamp(self, at: datetime | None = None) -> tuple[Any, ...]:
        """The STAMP columns of a new row made at ``at`` (default: now)."""
        at = at or self.now
        return (self.new_id(), 1, at, at)

    def phone(self, country: str) -> str:
        """A random phone number in the country's format."""
        prefix = self.countries[country]["phone_prefix"]
        digits = 10 - (len(prefix) - 1) if country != "US" else 10
        return (
            prefix
            + str(self.rng.randint(2, 9))
            + "".join(str(self.rng.randint(0, 9)) for _ in range(digits - 1))
        )

    def person(self, country: str) -> str:
        """A random name written the country's way (family name first in Japan)."""
        c = self.countries[country]
        first, last = self.rng.choice(c["first"]), self.rng.choice(c["last"])
        if country == "JP":
            return f"{last} {first}"
        return f"{first} {last}"

    def insert(self, table: str, columns: tuple[str, ...], rows: Any) -> None:
        """Write rows, tuples in ``columns`` order, into a table through the bulk writer."""
        assert self.writer is not None
        self.writer.insert(Base.metadata.tables[table], columns, rows)

    def batches(self, **tables: tuple[str, ...]) -> RowBatches:
        """Row lists for ``tables`` (name=columns, parents first), written a chunk at a time."""
        return RowBatches(self, tables)

    def update(self, table: str, columns: tuple[str, ...], rows: Any) -> None:
        """Set columns of rows by id: tuples of the new values, the id last."""
        assert self.writer is not None
        self.writer.update(Base.metadata.tables[table], columns, "id", rows)


class RowBatches:
    """The rows a step makes for several tables, written whenever one holds a chunk.

    A step appends to the lists (``batches["visits"].append(row)``) and calls ``tick`` once
    the rows of one item are all made; the rows go out then, parents' tables first, so a
    million tickets never sit in memory at once and a child's parent is always written
    before it. ``close`` writes what is left.
    """

    CHUNK = 20_000

    def __init__(self, ctx: DemoContext, tables: dict[str, tuple[str, ...]]):
        self._ctx = ctx
        self._columns = tables
        self._rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in tables}
        self._unwritten = set(tables)  # counted as 0 rows when the step made none

    def __getitem__(self, table: str) -> list[tuple[Any, ...]]:
        return self._rows[table]

    def tick(self) -> None:
        """Write the rows made so far if any table holds a chunk of them."""
        if any(len(rows) >= self.CHUNK for rows in self._rows.values()):
            self.close()

    def close(self) -> None:
        """Write every row made so far, in the tables' order."""
        for table, rows in self._rows.items():
            if rows or table in self._unwritten:
                self._ctx.insert(table, self._columns[table], rows)
                self._unwritten.discard(table)
                rows.clear()
