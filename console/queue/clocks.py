"""The next SLA clock of every ticket in the queue, computed in one batch.

The queue shows, per ticket, the target due first with a live countdown. Per-ticket
service calls would cost several queries each; here the status histories, assessments and
approved visits of all queued tickets are read in three queries and every clock is
evaluated by the same rules as `ticket_clocks`, from the full history. The result holds
each clock's due and at-risk instants, so a countdown refresh is a comparison, not a
recomputation.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Text, select, type_coerce

from console.enums import TicketStatus
from console.model import (
    Assessment,
    Client,
    Closure,
    Contract,
    SlaTarget,
    Ticket,
    TicketStatusChange,
    Visit,
)
from console.queue import clock_memo
from console.queue.rows import QueueRows
from console.rules import calendar as cal
from console.rules.schedule import Schedule
from console.rules.sla import (
    Clock,
    StatusChange,
    Target,
    TicketFacts,
    evaluate,
    latest_event,
    next_clock,
    outcome_clock,
    start_and_met,
)
from console.services.clocks import CalendarOf, calendar_of, targets_for
from console.store.driver import JsonTexts, fetch_columns, parse_stored_time


def _hex(value: Any) -> str:
    """An id as the driver returns it (SQLite hex text or a UUID) in one comparable form."""
    return value if isinstance(value, str) else uuid.UUID(str(value)).hex


# The tables' columns, not the mapped attributes: a statement over mapped classes builds
# an ORM compile state first, half of compiling it, and a few changed tickets' clocks
# compile six statements for a handful of rows.
_ticket = Ticket.__table__.c
_history = TicketStatusChange.__table__.c
_answers = Assessment.__table__.c
_visit = Visit.__table__.c

FEW = 900
"""Up to this many open tickets (a few changed ones), their facts are read by id (SQLite's
variable limit); more, and the facts of every open ticket are read and picked from.
Closed tickets are always read by id, this many at a time."""


def _open() -> Any:
    """Which tickets are open, as the partial indexes on open tickets are written."""
    return _ticket.status != TicketStatus.CLOSED.value


def _open_ids() -> Any:
    return select(_ticket.id).where(_open()).scalar_subquery()


def _scopes(
    connection: Connection, open_ids: list[str], closed_ids: list[str]
) -> list[tuple[Any, Any]]:
    """The tickets whose facts to read, each part as ids for ``ticket_id IN`` and as a
    condition on the tickets themselves.

    Many open tickets are read as every open one (the partial indexes on open tickets
    answer that alone); a few by id. Closed tickets, which only a listing of history
    asks for, are read by id, a batch at a time: read as "every open ticket", their
    histories were missed and a closed ticket's resolution showed as running.
    """
    parts = []
    if len(open_ids) > FEW:
        parts.append((_open_ids(), _open()))
    elif open_ids:
        bound = _bound(connection, open_ids)
        parts.append((bound, _ticket.id.in_(bound)))
    for at in range(0, len(closed_ids), FEW):
        bound = _bound(connection, closed_ids[at : at + FEW])
        parts.append((bound, _ticket.id.in_(bound)))
    return parts


def _bound(connection: Connection, ids: list[str]) -> list[Any]:
    """Ids bound as stored: the driver gets the values as they are (SQLite keeps hex text)."""
    return list(ids) if connection.dialect.name == "sqlite" else [uuid.UUID(k) for k in ids]


def queue_clocks(connection: Connection, rows: QueueRows, now: datetime) -> list[Clock | None]:
    """Per queue row, the pending clock due first (None when nothing is pending); for a
    closed ticket, the clock that says how its targets ended (`outcome_clock`).

    On the local store the answers still true are read back (`console.queue.clock_memo`)
    and only the others worked out, then remembered.
    """
    ids = [_hex(v) for v in rows.columns.get("id", [])]
    if not ids:
        return []
    keeping = clock_memo.keeps(connection)
    mark = clock_memo.journal_mark(connection) if keeping else 0  # before any fact is read
    # a closed ticket's later changes are not journalled: it is never remembered
    status = rows.columns.get("status")
    closed = TicketStatus.CLOSED.value
    open_ids = {k for i, k in enumerate(ids) if status is None or status[i] != closed}
    known = clock_memo.recall(connection, list(open_ids), now) if keeping else {}
    missing = [i for i, key in enumerate(ids) if key not in known]
    if missing:
        worked = _worked_out(connection, rows, ids, missing, now)
        kept = []
        for i, (clock, latest) in zip(missing, worked, strict=True):
            known[ids[i]] = clock
            if latest <= now and ids[i] in open_ids:
                kept.append((ids[i], clock, latest))
        if keeping:
            clock_memo.remember(connection, mark, kept)
    return [known[key] for key in ids]


def _worked_out(
    connection: Connection, rows: QueueRows, ids: list[str], indices: list[int], now: datetime
) -> list[tuple[Clock | None, datetime]]:
    """The clocks of these rows worked out from their facts, each with the instant of
    its ticket's latest event (before it, the answer would read otherwise)."""
    wanted_ids = [ids[i] for i in indices]
    wanted = set(wanted_ids)
    status = rows.columns.get("status")
    closed = TicketStatus.CLOSED.value
    shut = {ids[i] for i in indices if status is not None and status[i] == closed}
    scopes = _scopes(connection, list(wanted - shut), list(shut))
    history: dict[str, list[StatusChange]] = {}
    answered: dict[str, datetime | None] = {}
    arrival: dict[str, tuple[datetime | None, datetime | None]] = {}
    statuses = {s.value: s for s in TicketStatus}
    for scope, _tickets in scopes:  # each ticket is in one part
        t_id, t_at, t_to = fetch_columns(
            connection,
            select(_history.ticket_id, _history.at, _history.to_status)
            .where(_history.ticket_id.in_(scope))
            .order_by(_history.ticket_id, _history.at),
            3,
        )
        for raw, at, to in zip(t_id, t_at, t_to, strict=True):
            key = _hex(raw)
            if key in wanted:
                when = parse_stored_time(at)
                assert when is not None
                history.setdefault(key, []).append(StatusChange(when, statuses[to]))
        a_id, a_at = fetch_columns(
            connection,
            select(_answers.ticket_id, _answers.answered_at).where(_answers.ticket_id.in_(scope)),
            2,
        )
        answered.update((_hex(k), parse_stored_time(v)) for k, v in zip(a_id, a_at, strict=True))
        v_id, v_appr, v_arr = fetch_columns(
            connection,
            select(_visit.ticket_id, _visit.approved_at, _visit.arrived_at)
            .where(_visit.ticket_id.in_(scope), _visit.approved_at.is_not(None))
            .order_by(_visit.approved_at),
            3,
        )
        arrival.update(  # D7: the latest approval starts the arrival clock
            (_hex(k), (parse_stored_time(a), parse_stored_time(b)))
            for k, a, b in zip(v_id, v_appr, v_arr, strict=True)
        )
    cols = rows.columns
    targets = _Targets(connection, [tickets for _scope, tickets in scopes])
    out: list[tuple[Clock | None, datetime]] = []
    for i in indices:
        key = ids[i]
        past = history.get(key, [])
        approved, arrived = arrival.get(key, (None, None))
        facts = TicketFacts(
            opened_at=parse_stored_time(cols["opened_at"][i]),
            first_response_at=parse_stored_time(cols["first_response_at"][i]),
            history=past,
            answered_at=answered.get(key),
            approved_at=approved,
            arrived_at=arrived,
            emergency=bool(cols["emergency"][i]),  # P2: arrival counts from the report
        )
        clocks = []
        applying = targets.get(cols["contract_id"][i], cols["client_id"][i], cols["priority"][i])
        for target in applying:
            start, met = start_and_met(target.kind, facts)
            clocks.append(evaluate(target, start, past, now, met))
        # a closed ticket has nothing pending: a listing of history says how it ended
        shown = outcome_clock(clocks) if key in shut else next_clock(clocks)
        out.append((shown, latest_event(facts)))
    return out


@dataclass(frozen=True)
class _TargetTerms:
    """One SLA target row, as targets_for reads it."""

    priority: str
    kind: str
    minutes: int
    use_24x7: bool
    pause_statuses: list[str]
    at_risk_pct: int


@dataclass
class _ContractTerms:
    """A contract's kind, window and targets, as targets_for reads them."""

    kind: str
    service_window: dict[str, Any]
    sla_targets: list[_TargetTerms] = field(default_factory=list)


@dataclass(frozen=True)
class _Place:
    """Where a client is, as targets_for reads it."""

    time_zone: str
    country: str
    subdivision: str | None


class _Targets:
    """targets_for, cached per (contract, client, priority) for one batch.

    Contracts, targets and clients are read as plain rows: loading them as ORM objects
    (with every JSON value decoded apart) was about half of the batch. The JSON of
    windows and pause lists repeats across contracts, so each distinct text is decoded once.
    """

    def __init__(self, connection: Connection, parts: list[Any]):
        self._connection = connection
        self._cache: dict[tuple[Any, Any, str], list[Target]] = {}
        self._json = JsonTexts()
        self._contracts: dict[str, _ContractTerms] = {}
        self._clients: dict[str, _Place] = {}
        self._calendars: dict[str, CalendarOf] = {}
        # only the contracts and clients of these tickets: every contract with its targets
        # was half of the batch, and all of it when only a few changed tickets are read.
        # By a subquery, not a list of their ids: compiling a statement with hundreds of
        # ids cost more than running it; for the open queue the index of open tickets'
        # contracts and clients answers it alone.
        for tickets in parts:  # each a condition on the tickets (`_scopes`)
            self._read(
                select(_ticket.contract_id).where(tickets).scalar_subquery(),
                select(_ticket.client_id).where(tickets).scalar_subquery(),
            )
        self._closures: dict[str | None, list[cal.Closure]] = {}
        z = Closure.__table__.c
        for client_id, day, reason, start, end in connection.execute(
            select(z.client_id, z.day, z.reason, z.start_time, z.end_time)
        ):
            key = _hex(client_id) if client_id else None
            self._closures.setdefault(key, []).append(cal.Closure(day, reason, start, end))

    def _read(self, contracts: Any, clients: Any) -> None:
        """Read these contracts with their targets, and these clients' places.

        Through the driver with ids as stored: converting each id to a UUID and back was
        a third of the batch.
        """
        connection = self._connection
        c, t, k = Contract.__table__.c, SlaTarget.__table__.c, Client.__table__.c
        window = type_coerce(c.service_window, Text)
        pauses = type_coerce(t.pause_statuses, Text)
        found = select(c.id, c.kind, window).where(c.id.in_(contracts))
        for cid, kind, raw in zip(*fetch_columns(connection, found, 3), strict=True):
            self._contracts[_hex(cid)] = _ContractTerms(kind, self._json(raw))
        terms = (
            select(t.contract_id, t.priority, t.kind, t.minutes, t.use_24x7, pauses, t.at_risk_pct)
            .where(t.contract_id.in_(contracts))
            .order_by(t.contract_id, t.id)
        )
        for cid, priority, kind, minutes, all_day, raw_pauses, risk in zip(
            *fetch_columns(connection, terms, 7), strict=True
        ):
            target = _TargetTerms(
                priority, kind, minutes, bool(all_day), self._json(raw_pauses), risk
            )
            self._contracts[_hex(cid)].sla_targets.append(target)
        places = select(k.id, k.time_zone, k.country, k.subdivision).where(k.id.in_(clients))
        for kid, zone, country, subdivision in zip(
            *fetch_columns(connection, places, 4), strict=True
        ):
            self._clients[_hex(kid)] = _Place(zone, country, subdivision)

    def get(self, contract_id: Any, client_id: Any, priority: str) -> list[Target]:
        """The targets of a ticket with this contract, client and priority."""
        key = (contract_id, client_id, priority)
        found = self._cache.get(key)
        if found is None:
            client_key = _hex(client_id)
            contract_key = _hex(contract_id) if contract_id else None
            if client_key not in self._clients or (
                contract_key is not None and contract_key not in self._contracts
            ):  # the ticket moved to another contract since the scope was read
                contracts = [contract_key] if contract_key else []
                self._read(
                    _bound(self._connection, contracts), _bound(self._connection, [client_key])
                )
            client = self._clients[client_key]
            contract = self._contracts.get(contract_key) if contract_key else None
            closures = self._closures.get(None, []) + self._closures.get(client_key, [])
            on = self._calendars.get(client_key)
            if on is None:
                on = self._calendars[client_key] = _remembered(calendar_of(client, closures))
            found = self._cache[key] = targets_for(contract, client, priority, closures, on)
        return found


def _remembered(of: CalendarOf) -> CalendarOf:
    """A client's calendars, each schedule's looked up once per batch.

    The schedules are shared objects (the standard windows, and each contract window's
    JSON decoded once), so their identity is the key: building the general lookup's key
    for every target of every ticket cost more than the clocks computed on it.
    """
    seen: dict[int, tuple[Schedule, cal.BusinessCalendar]] = {}

    def on(schedule: Schedule) -> cal.BusinessCalendar:
        found = seen.get(id(schedule))
        if found is None:  # the schedule is kept beside its calendar, so its id stays its own
            found = seen[id(schedule)] = (schedule, of(schedule))
        return found[1]

    return on
