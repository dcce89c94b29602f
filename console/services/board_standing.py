"""What the planning board reads whatever its range: the active engineers, the clients'
names, the sites and the retainers, kept between boards while the store is unchanged.

A dispatcher going from week to week at a desk of 3,000 engineers and 9,000 sites read
these again for each week: a quarter of showing one. They are read once, and again only
after a write to the store (`KeptRead`); what each board adds of its own (each roster's
hours in its range, the leave, the visits) is worked out per board.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, Select, Text, select, type_coerce
from sqlalchemy.engine import Dialect

from console.enums import ContractKind, SkillLevel
from console.model import Client, Contract, Engineer, Site
from console.rules.dispatch import retainer_on
from console.rules.schedule import BASIS_10X5
from console.rules.travel import Point, point_of
from console.store.driver import JsonTexts, fetch_rows
from console.store.kept import KeptRead


@dataclass(frozen=True)
class Rostered:
    """One active engineer as every board shows them."""

    key: Any
    """The id as the driver gives it (SQLite keeps hex text): visits' rows name it so."""
    id: uuid.UUID
    name: str
    zone: str
    skill_level: SkillLevel
    languages: tuple[str, ...]
    schedule: Any
    """The working hours as stored (the 10x5 basis where none are)."""
    hours_key: tuple[str, str]
    """The stored hours' text and the zone: engineers with equal keys work the same hours."""
    base: Point | None
    base_name: str


ROTA = (
    select(
        Engineer.id,
        Engineer.name,
        Engineer.home_time_zone,
        Engineer.skill_level,
        type_coerce(Engineer.languages, Text),
        type_coerce(Engineer.working_hours, Text),
        Engineer.base_latitude,
        Engineer.base_longitude,
        Engineer.region,
    )
    .where(Engineer.active.is_(True))
    .order_by(Engineer.name)
)
"""Every active engineer, in the board's order."""

PLACES = select(
    Site.id, Site.name, Site.time_zone, Site.street, Site.postal_code, Site.city,
    Site.latitude, Site.longitude,
)  # fmt: skip
"""Every site, as a board's visits show them (the id first)."""

RETAINERS = (
    select(Contract.client_id, Client.time_zone, Contract.valid_from, Contract.valid_until)
    .join(Client, Client.id == Contract.client_id)
    .where(Contract.kind == ContractKind.RETAINER)
)
"""Every retainer, with its client's zone (C1: a day is the client's own)."""


def processors_of(
    dialect: Dialect, stmt: Select[*tuple[Any, ...]]
) -> list[Callable[[Any], Any] | None]:
    """Each selected column's conversion of the driver's value (None: taken as it is)."""
    return [
        c.type.dialect_impl(dialect).result_processor(dialect, None) for c in stmt.selected_columns
    ]


def as_is(value: Any) -> Any:
    """A value whose column the driver already gives in its Python form."""
    return value


class RetainerTerms:
    """Which clients have a retainer in force on a day (C1), from `RETAINERS` read once."""

    def __init__(self, rows: Sequence[Any], key: Callable[[uuid.UUID], Any]) -> None:
        self._periods: dict[Any, list[tuple[date, date | None]]] = {}
        self._zones: dict[Any, ZoneInfo] = {}
        for client_id, zone, first, last in rows:
            self._periods.setdefault(key(client_id), []).append((first, last))
            self._zones[key(client_id)] = ZoneInfo(zone)

    def on(self, client: Any, at: datetime) -> bool:
        """Whether ``client`` (its id as the driver gives it) has a retainer in force on
        the day of ``at`` in its own zone."""
        periods = self._periods.get(client)
        if not periods:
            return False
        return retainer_on(periods, at.astimezone(self._zones.get(client, UTC)).date())


class Standing:
    """One store's kept reads for the board."""

    def __init__(self, dialect: Dialect) -> None:
        sqlite = dialect.name == "sqlite"

        def key(value: uuid.UUID) -> Any:
            """An id as the driver gives it (SQLite keeps hex text)."""
            return value.hex if sqlite else value

        self.roster: KeptRead[list[tuple[Any, ...]], tuple[Rostered, ...]] = KeptRead(
            lambda conn: fetch_rows(conn, ROTA, typed_binds=True),
            _roster_maker(dialect),
        )
        self.client_names: KeptRead[list[tuple[Any, ...]], dict[Any, str]] = KeptRead(
            lambda conn: fetch_rows(conn, select(Client.id, Client.name)), dict
        )
        self.sites: KeptRead[list[tuple[Any, ...]], dict[Any, tuple[Any, ...]]] = KeptRead(
            lambda conn: fetch_rows(conn, PLACES, typed_binds=True),
            lambda rows: {row[0]: row for row in rows},  # each row as read, its id first
        )
        self.retainers: KeptRead[list[tuple[Any, ...]], RetainerTerms] = KeptRead(
            lambda conn: [tuple(row) for row in conn.execute(RETAINERS)],
            lambda rows: RetainerTerms(rows, key),
        )


_STANDING: weakref.WeakKeyDictionary[Engine, Standing] = weakref.WeakKeyDictionary()


def standing(connection: Connection) -> Standing:
    """The kept reads of the store ``connection`` belongs to."""
    engine = connection.engine
    found = _STANDING.get(engine)
    if found is None:
        found = _STANDING.setdefault(engine, Standing(engine.dialect))
    return found


def _roster_maker(dialect: Dialect) -> Callable[[list[tuple[Any, ...]]], tuple[Rostered, ...]]:
    """Makes the rows of `ROTA` into engineers, converting only the ids and degrees."""
    # through the driver: SQLAlchemy's result rows for 3,000 engineers took 13 ms against 5
    as_id, _, _, _, _, _, as_latitude, as_longitude, _ = (
        as_is if c is None else c for c in processors_of(dialect, ROTA)
    )

    def make(rows: list[tuple[Any, ...]]) -> tuple[Rostered, ...]:
        decoded = JsonTexts()
        # a few lists of languages: each engineer's tuple is shared, not one more object
        spoken_of: dict[tuple[str, ...], tuple[str, ...]] = {}
        out = []
        for raw_id, name, zone, level, languages, hours, lat, lon, region in rows:
            schedule = decoded(hours) or BASIS_10X5
            # keyed by the stored text where there is one: dumping each roster cost more
            text = hours if isinstance(hours, str) else json.dumps(schedule, sort_keys=True)
            spoken = tuple(decoded(languages) or ())
            spoken = spoken_of.setdefault(spoken, spoken)  # PostgreSQL's driver gives a list
            base = point_of(as_latitude(lat), as_longitude(lon))
            out.append(Rostered(raw_id, as_id(raw_id), name, zone, SkillLevel(level), spoken,
                                schedule, (text, zone), base, region or name))  # fmt: skip
        return tuple(out)

    return make
