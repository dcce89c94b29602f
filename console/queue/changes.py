"""What changed in the queue since it was loaded, told from the store itself.

A sync that brings a few changes, or an edit at this desk, touches a few tickets; the
queue takes in only those (their rows and their clocks) instead of loading every open
ticket and computing every clock again.

On the local store (SQLite) triggers keep a journal: each write to an open ticket, its
assessments, visits, engineers or status history moves the ticket's journal row to the
next sequence number, and a write to a table every row reads (clients, sites, people,
contracts, SLA targets, closing days) moves the shared row, which reloads the queue. A
row written again at the same version and time (a sync stores the server's rows whole)
is no change. The window remembers the highest number it took in, and a refresh reads
the rows past it: a few rows whatever the size of the store.

Elsewhere (a PostgreSQL store: it numbers writes before they commit, so a number says
nothing of what is visible) what changed is told by a stamp: every synchronised row
carries a row version that moves on each write here and arrives with each pulled write,
so one stamp per open ticket (its own version and those of the assessments and visits
its clock reads) tells both kinds of change apart from the rest. A status change needs
no stamp of its own: it moves the ticket's status, and so its version, in the same
transaction. The shared tables are stamped as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, column, func, select, table

from console.enums import TicketStatus
from console.queue import clock_memo
from console.queue.alerts import Seen, SlaAlert, new_alerts
from console.queue.filters import (
    FilterCounts,
    QueueFacts,
    QuickSearch,
    UrgencyOrder,
    count_filters,
    patched_order,
    saved_filter,
    sort_order,
)
from console.queue.rows import QueueRows, load_queue, unassigned_visit_tickets
from console.rules.sla import Clock
from console.store.driver import fetch_columns

SHARED_SUBJECT = "*"
"""The journal's subject for a change to a table every queue row reads: a reload."""

MOST_CHANGED = 2000
"""More changed tickets than this and a full load is as quick: the queue reloads."""

SHARED_TABLES = ("clients", "sites", "users", "contracts", "sla_targets", "closures")
"""Tables whose rows many queue rows show or whose clocks read: stamped as a whole."""

_tickets = table(
    "tickets", column("id"), column("row_version"), column("updated_at"), column("status")
)
_assessments = table(
    "assessments", column("ticket_id"), column("row_version"), column("updated_at")
)
_visits = table("visits", column("ticket_id"), column("row_version"), column("updated_at"))
_journal = table("queue_journal", column("subject"), column("seq"))


def _key(value: Any) -> str:
    """An id as the driver returns it (SQLite hex text or a UUID) in one comparable form."""
    return value.replace("-", "") if isinstance(value, str) else value.hex


@dataclass(frozen=True)
class QueueStamp:
    """Where the queue stands: the journal's last number taken in (local store), or per
    open ticket the versions of what its row and clock read, and the shared tables'."""

    tickets: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    shared: tuple[Any, ...] = ()
    journal: int | None = None


@dataclass(frozen=True)
class QueueChanges:
    """Open tickets new or changed since a stamp, tickets that left the queue, and whether
    a shared table changed (then only a reload is right)."""

    changed: frozenset[str] = frozenset()
    gone: frozenset[str] = frozenset()
    shared: bool = False

    def __bool__(self) -> bool:
        return bool(self.changed or self.gone or self.shared)


def _journaled(connection: Connection) -> bool:
    """Whether this store keeps the queue's journal (SQLite: see the module's docstring)."""
    return connection.dialect.name == "sqlite"


def queue_stamp(connection: Connection) -> QueueStamp:
    """Where the open queue stands now: the journal's last number, or a stamp of a few
    grouped reads; no row of the queue itself."""
    if _journaled(connection):
        last = connection.execute(select(func.coalesce(func.max(_journal.c.seq), 0))).scalar()
        return QueueStamp(journal=int(last or 0))
    t = _tickets.c
    is_open = t.status != TicketStatus.CLOSED.value
    # the version and the change time: a sync that settles a conflict may write a row
    # back at the version it had here, but not with the same time
    ids, versions, times = fetch_columns(
        connection, select(t.id, t.row_version, t.updated_at).where(is_open), 3
    )
    stamps = {
        _key(i): [v, at, 0, 0, None, 0, 0, None]
        for i, v, at in zip(ids, versions, times, strict=True)
    }
    open_ids = select(t.id).where(is_open).scalar_subquery()
    grouped: Sequence[tuple[Any, int]] = (
        (_assessments.c.ticket_id, 2),  # how many assessments, their versions, last change
        (_visits.c.ticket_id, 5),  # how many visits, their versions, last change
    )
    for ticket_id, at in grouped:
        c = ticket_id.table.c
        stmt = (
            select(
                ticket_id,
                func.count(),
                func.coalesce(func.sum(c.row_version), 0),
                func.max(c.updated_at),
            )
            .where(ticket_id.in_(open_ids))
            .group_by(ticket_id)
        )
        keys, counts, sums, lasts = fetch_columns(connection, stmt, 4)
        for key, count, total, last in zip(keys, counts, sums, lasts, strict=True):
            found = stamps.get(_key(key))
            if found is not None:
                found[at : at + 3] = count, total, last
    shared = []
    for name in SHARED_TABLES:
        shared_table = table(name, column("row_version"), column("updated_at"))
        c = shared_table.c
        row = connection.execute(
            select(func.count(), func.coalesce(func.sum(c.row_version), 0), func.max(c.updated_at))
        ).one()
        shared.append(tuple(row))
    return QueueStamp({k: tuple(v) for k, v in stamps.items()}, tuple(shared))


def changes_since(connection: Connection, before: QueueStamp) -> tuple[QueueChanges, QueueStamp]:
    """What changed since ``before``, and where the queue stands now."""
    if not _journaled(connection):
        now = queue_stamp(connection)
        return queue_changes(before, now), now
    if before.journal is None:  # not loaded from this journal: only a reload is right
        return QueueChanges(shared=True), queue_stamp(connection)
    j = _journal.c
    subjects, numbers = fetch_columns(
        connection, select(j.subject, j.seq).where(j.seq > before.journal), 2
    )
    now = QueueStamp(journal=max(numbers, default=before.journal))
    changed = frozenset(subjects) - {SHARED_SUBJECT}
    return QueueChanges(changed, frozenset(), SHARED_SUBJECT in subjects), now


def trim_journal(connection: Connection) -> None:
    """Forget which tickets changed before now, keeping the numbers rising: a window
    stamped before the trim sees the shared row move, and reloads. Run as a window
    starts, before it loads; the journal otherwise keeps a row per ticket ever touched
    while open."""
    if not _journaled(connection):
        return
    j = _journal.c
    last = connection.execute(select(func.max(j.seq))).scalar()
    if last is None:
        return
    clock_memo.settle(connection, last + 1)  # its numbers are the journal's
    connection.execute(_journal.delete())
    connection.execute(_journal.insert().values(subject=SHARED_SUBJECT, seq=last + 1))


def queue_changes(before: QueueStamp, now: QueueStamp) -> QueueChanges:
    """What changed between two stamps (a store without the journal)."""
    old, new = before.tickets, now.tickets
    changed = frozenset(k for k, v in new.items() if old.get(k) != v)
    gone = frozenset(old.keys() - new.keys())
    return QueueChanges(changed, gone, before.shared != now.shared)


@dataclass(frozen=True)
class RowPlan:
    """Where each row of a patched queue comes from: ``from_old[i]`` is a row of the old
    queue, or -1 - j for row j of the fresh rows."""

    from_old: list[int]
    changed: frozenset[str]  # tickets whose row is new or fresh
    removed: frozenset[str]  # tickets no longer in the queue
    old_count: int = 0  # rows of the old queue

    def take(self, old: Sequence[Any], fresh: Sequence[Any]) -> list[Any]:
        """One column (or the clocks, or the search text) of the patched queue."""
        # picked in C from the old and fresh values end to end: a queue's twenty columns
        # taken one value at a time in Python were a tenth of a refresh
        picks, values = self._picks, [*old, *fresh]
        if len(picks) < 2:  # itemgetter of one place gives the value, not a tuple
            return [values[k] for k in picks]
        return list(itemgetter(*picks)(values))

    @cached_property
    def _picks(self) -> list[int]:
        """The plan as places in the old values followed by the fresh ones."""
        n = self.old_count
        return [k if k >= 0 else n - 1 - k for k in self.from_old]


def row_plan(rows: QueueRows, fresh: QueueRows, changes: QueueChanges) -> RowPlan:
    """Keep the old rows in place, replace the changed ones by their fresh rows (a changed
    ticket with no fresh row has left the queue) and add the new ones after them."""
    fresh_at = {_key(v): j for j, v in enumerate(fresh.columns.get("id", ()))}
    plan: list[int] = []
    removed: set[str] = set()
    seen: set[str] = set()
    for i, value in enumerate(rows.columns.get("id", ())):
        key = _key(value)
        if key in changes.gone:
            removed.add(key)
        elif key in changes.changed:
            seen.add(key)
            if key in fresh_at:
                plan.append(-1 - fresh_at[key])
            else:
                removed.add(key)
        else:
            plan.append(i)
    for key, j in fresh_at.items():
        if key not in seen:
            plan.append(-1 - j)
    return RowPlan(plan, frozenset(fresh_at), frozenset(removed), len(rows))


def patched_rows(rows: QueueRows, fresh: QueueRows, plan: RowPlan) -> QueueRows:
    """The queue with the plan applied (sort keys are worked out again when asked)."""
    columns: dict[str, Sequence[Any]] = {
        name: plan.take(values, fresh.columns[name]) for name, values in rows.columns.items()
    }
    return QueueRows(columns)


@dataclass(frozen=True)
class Refreshed:
    """The queue after taking in what changed: rows, clocks, how they were patched, the
    fresh rows read, the new stamp, and the ids (as the driver gives them) read afresh."""

    rows: QueueRows
    clocks: list[Clock | None]
    plan: RowPlan
    fresh: QueueRows
    stamp: QueueStamp
    changed: frozenset[Any]
    touched: frozenset[str] = frozenset()
    """Every ticket the journal named (kept, gone or closed), as stored; empty without it."""


def refresh_rows(
    connection: Connection,
    rows: QueueRows,
    clocks: Sequence[Clock | None],
    stamp: QueueStamp,
    now: datetime,
) -> Refreshed | None:
    """Read only what changed since ``stamp`` into the queue; None when a full load is
    due instead (a shared table changed, or more than MOST_CHANGED tickets)."""
    from console.queue.clocks import queue_clocks  # the model: imported off the first screen

    changes, fresh_stamp = changes_since(connection, stamp)
    if changes.shared or len(changes.changed) > MOST_CHANGED:
        return None
    if not changes:
        kept = RowPlan(list(range(len(rows))), frozenset(), frozenset(), len(rows))
        return Refreshed(rows, list(clocks), kept, QueueRows(), fresh_stamp, frozenset())
    fresh = load_queue(connection, ids=changes.changed)
    fresh_clocks = queue_clocks(connection, fresh, now)
    plan = row_plan(rows, fresh, changes)
    patched = patched_rows(rows, fresh, plan)
    ids = patched.columns.get("id", ())
    changed = frozenset(ids[i] for i, k in enumerate(plan.from_old) if k < 0)
    touched = changes.changed | changes.gone if fresh_stamp.journal is not None else frozenset()
    return Refreshed(patched, plan.take(clocks, fresh_clocks), plan, fresh, fresh_stamp, changed,
                     touched)  # fmt: skip


@dataclass(frozen=True)
class Patch:
    """A refresh's result: the patched rows, their clocks, search and order, the tickets
    with unassigned visits, the new stamp and the ids (as the driver gives them) of the
    rows read afresh."""

    rows: QueueRows
    clocks: Sequence[Clock | None]
    search: QuickSearch
    order: UrgencyOrder
    unassigned: frozenset[Any]
    stamp: QueueStamp
    changed: frozenset[Any]
    tally: FilterCounts | None = None  # the saved filters' counts, at any minute
    alerts: list[SlaAlert] = field(default_factory=list)  # clocks newly at risk or missed
    alerting: Seen | None = None  # what is at risk or missed now (None: not looked)
    seen_at: datetime | None = None  # the instant ``alerting`` was found at
    shown: Shown | None = None  # the filtered and sorted rows, for the state asked for


@dataclass(frozen=True)
class Shown:
    """Rows filtered and sorted for one state of the filters (worked out off the thread)."""

    state: tuple[Any, ...]  # saved filter, sort, search text
    filtered: list[int]
    view: list[int]


@dataclass(frozen=True)
class PatchRequest:
    """What a refresh starts from, taken on the window's thread."""

    rows: QueueRows
    clocks: Sequence[Clock | None]
    stamp: QueueStamp
    now: datetime
    search: QuickSearch
    state: tuple[Any, ...]  # saved filter, sort, search text
    seen: Seen | None  # clocks already at risk or missed (None: clocks not ready)
    user: Any
    order: UrgencyOrder | None = None  # the default order of these rows and clocks
    unassigned: frozenset[Any] | None = None
    """The tickets with unassigned visits as of ``stamp`` (None: not known, read all)."""


def patch_queue(connection: Connection, asked: PatchRequest) -> Patch | None:
    """The queue with what changed since ``asked.stamp`` taken in, and everything that
    walks the whole queue (order, counts, alerts, the rows shown) worked out here, off
    the window's thread; None when it must load in full."""
    rows, clocks, now = asked.rows, asked.clocks, asked.now
    got = refresh_rows(connection, rows, clocks, asked.stamp, now)
    if got is None:
        return None
    if got.rows is rows:  # nothing changed: only the stamp is new
        return Patch(rows, clocks, asked.search, UrgencyOrder(), frozenset(), got.stamp,
                     frozenset())  # fmt: skip
    unassigned = _unassigned_after(connection, asked.unassigned, got)
    order = patched_order(asked.order or UrgencyOrder(), (rows, clocks), got.rows, got.clocks,
                          got.plan.from_old, now)  # fmt: skip
    search = asked.search.patched(got.plan, got.fresh)
    facts = QueueFacts(got.clocks, asked.user, unassigned)
    alerts: list[SlaAlert] = []
    alerting = None
    if asked.seen is not None:
        alerts, alerting = new_alerts(got.rows, got.clocks, now, asked.seen)
    shown = shown_rows(asked.state, got.rows, facts, order, search, now)
    return Patch(got.rows, got.clocks, search, order, unassigned, got.stamp, got.changed,
                 count_filters(got.rows, facts), alerts, alerting, now, shown)  # fmt: skip


def _unassigned_after(
    connection: Connection, before: frozenset[Any] | None, got: Refreshed
) -> frozenset[Any]:
    """The tickets with unassigned visits after a refresh. On the journal's word only the
    tickets it named are read again (a write to a ticket's visits or their engineers
    names the ticket); the whole store's visits were 17 ms of each refresh at a million
    tickets. Without the journal, or without the set before, all are read."""
    if before is None or not got.touched:
        return unassigned_visit_tickets(connection)
    return (before - got.touched) | unassigned_visit_tickets(connection, ids=got.touched)


def shown_rows(
    state: tuple[Any, ...],
    rows: QueueRows,
    facts: QueueFacts,
    order: UrgencyOrder,
    search: QuickSearch,
    now: datetime,
) -> Shown:
    """The rows a state of the filters shows, as apply_filters and _show_view work
    them out (plain data: runs off the window's thread)."""
    which, sort, text = state
    found = saved_filter(rows, which, facts, now)
    filtered = order.sort(found) if sort is None else found
    view = search.match(text, filtered)
    if sort is not None:
        view = sort_order(rows, sort[0], view, sort[1], facts.clocks)
    return Shown(state, filtered, view)
