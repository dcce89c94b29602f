"""Saved filters, quick search and sorting of the queue, over its column arrays.

The window never routes a big queue through Qt's proxy models: filtering and sorting are
index lists computed here with plain Python (a list sort or a substring scan of 100,000
rows takes milliseconds), and the item model shows rows through that list.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection

from console.enums import TicketStatus
from console.queue.rows import SHARED_NAMES, TEXT, QueueRows, load_queue
from console.queue.timeline import ClockTimeline, breaching
from console.rules.queue_order import queue_place
from console.rules.sla import Clock, ClockState
from console.store.driver import parse_stored_time

if TYPE_CHECKING:
    from console.queue.changes import RowPlan


class SavedFilter(StrEnum):
    """The filters a dispatcher switches between all day."""

    ALL = "all"
    MINE = "mine"
    BREACHING = "breaching"
    AWAITING_REPLY = "awaiting_reply"
    EMERGENCIES = "emergencies"
    UNASSIGNED_VISITS = "unassigned_visits"


@dataclass
class QueueFacts:
    """What filters need beyond the rows: clocks, the user, tickets with unassigned visits."""

    clocks: Sequence[Clock | None] = ()
    user_id: Any = None  # as the driver returns ids
    unassigned_visits: frozenset[Any] = frozenset()


def saved_filter(
    rows: QueueRows, which: SavedFilter, facts: QueueFacts, now: datetime
) -> list[int]:
    """Row indices that a saved filter keeps, in row order."""
    n = len(rows)
    cols = rows.columns
    if n == 0:  # not loaded yet (the minute timer can tick before a slow first load ends)
        return []
    if which is SavedFilter.ALL:
        return list(range(n))
    if which is SavedFilter.MINE:
        assignees = cols["assignee_id"]
        return [i for i in range(n) if facts.user_id is not None and assignees[i] == facts.user_id]
    if which is SavedFilter.BREACHING:
        clocks = facts.clocks
        return [i for i in range(min(n, len(clocks))) if breaching(clocks[i], now)]
    if which is SavedFilter.AWAITING_REPLY:
        status = cols["status"]
        waiting = TicketStatus.AWAITING_REPLY.value
        return [i for i in range(n) if status[i] == waiting]
    if which is SavedFilter.EMERGENCIES:
        flags = cols["emergency"]
        return [i for i in range(n) if flags[i]]
    ids = cols["id"]
    return [i for i in range(n) if ids[i] in facts.unassigned_visits]


@dataclass(frozen=True)
class FilterCounts:
    """How many tickets each saved filter holds, at any instant while the queue's rows
    and clocks stay as they are: only "Breaching soon" moves with time, and its count is
    read off the clocks' timeline, so the minute timer does not walk the queue."""

    fixed: dict[SavedFilter, int]
    timeline: ClockTimeline

    def at(self, now: datetime) -> dict[SavedFilter, int]:
        """The counts at ``now``, in the filters' order."""
        return {
            f: self.timeline.breaching(now) if f is SavedFilter.BREACHING else self.fixed[f]
            for f in SavedFilter
        }


def count_filters(rows: QueueRows, facts: QueueFacts) -> FilterCounts:
    """The saved filters' counts for these rows and facts (`saved_filter` decides)."""
    epoch = datetime.fromtimestamp(0, UTC)  # the fixed filters do not read the time
    fixed: dict[SavedFilter, int] = {
        f: len(saved_filter(rows, f, facts, epoch))
        for f in SavedFilter
        if f is not SavedFilter.BREACHING
    }
    return FilterCounts(fixed, ClockTimeline.of(facts.clocks[: len(rows)] if rows else ()))


def filter_counts(rows: QueueRows, facts: QueueFacts, now: datetime) -> dict[SavedFilter, int]:
    """How many tickets each saved filter holds (shown beside its name)."""
    return count_filters(rows, facts).at(now)


def with_search(rows: QueueRows) -> tuple[QueueRows, QuickSearch]:
    """The rows as the window keeps them, and their search.

    Each ticket's text is folded into the search once and not kept again beside it: the
    queue shows no text, and at a million tickets the second copy held 130 MB.
    """
    search = QuickSearch(rows)
    kept = {name: values for name, values in rows.columns.items() if name != TEXT}
    return QueueRows(kept), search


def load_with_search(
    connection: Connection,
    statuses: Sequence[TicketStatus] | None = None,
    limit: int | None = None,
) -> tuple[QueueRows, QuickSearch]:
    """`load_queue` as the window keeps it, and its search: what `with_search` gives,
    with each chunk's text folded as it is read, so no text is ever held for every row."""
    search = QuickSearch(QueueRows())
    rows = load_queue(connection, statuses, limit, fold=search.take_in)
    return rows, search


class QuickSearch:
    """Type-ahead search on reference, client, site, title and text.

    Each row's text is folded once. The matches of the texts typed on the way to the
    current one are kept (each is a prefix of the next): a keystroke scans the matches of
    the longest of them it extends, so narrowing gets cheaper as the dispatcher types, and
    a correction (the last letter changed, a backspace) scans what the text before that
    letter matched, not every row again.
    """

    def __init__(self, rows: QueueRows) -> None:
        self._hay = _folded(rows.columns)
        self._base: Sequence[int] | None = None
        self._typed: list[tuple[str, list[int]]] = []  # each text a prefix of the next

    def take_in(self, columns: Mapping[str, Sequence[Any]]) -> None:
        """Fold more rows (columns by name, in the queue's order) after those held."""
        self._hay.extend(_folded(columns))
        self._base, self._typed = None, []

    def patched(self, plan: RowPlan, fresh: QueueRows) -> QuickSearch:
        """The search over a patched queue (`console.queue.changes`): only the fresh rows'
        text is folded, the rest is taken as it was."""
        search = QuickSearch(fresh)
        search._hay = plan.take(self._hay, search._hay)
        return search

    def match(self, text: str, base: Sequence[int]) -> list[int]:
        """The indices of ``base`` whose text holds every word of ``text``."""
        folded = text.casefold()
        words = folded.split()
        if not words:
            self._base, self._typed = base, []
            return list(base)
        if self._base is not base:
            self._base, self._typed = base, []
        # a text that extends an earlier one matches a part of what it matched: its words
        # are each inside one of this text's words
        self._typed = [(t, found) for t, found in self._typed if folded.startswith(t)]
        scan = self._typed[-1][1] if self._typed else base
        if self._typed and self._typed[-1][0] == folded:
            return list(scan)
        hay, first = self._hay, words[0]
        # one pass a word: a test per row, without a generator per row
        found = [i for i in scan if first in hay[i]]
        for word in words[1:]:
            found = [i for i in found if word in hay[i]]
        self._typed.append((folded, found))
        return list(found)


def _folded(columns: Mapping[str, Sequence[Any]]) -> list[str]:
    """Each row's searched text, folded: reference, client, site, title and text."""
    get = columns.get
    # one f-string a row, not a join over a generator: a third less of the load's folding
    return [
        f"{reference} {client} {site or ''} {title} {text or ''}".casefold()
        for reference, client, site, title, text in zip(
            get("reference", ()), get("client", ()), get("site", ()), get("title", ()),
            get(TEXT, ()), strict=False,
        )
    ]  # fmt: skip


@dataclass
class UrgencyOrder:
    """The queue's default order: each row's place by urgency, and when it goes stale.

    The order changes with time only when a running clock is missed (it moves up to the
    missed group), so it keeps its clocks' due instants sorted to tell that in a bisect.
    It keeps each row's place key too, so a refresh of a few tickets places only theirs
    (`patched_order`).
    """

    ranks: list[int] = field(default_factory=list)  # per row, its place (0 first)
    dues: list[float] = field(default_factory=list, repr=False)  # running clocks, sorted
    missed: int = 0  # how many of ``dues`` had passed when the order was made
    keys: list[tuple[object, ...]] = field(default_factory=list, repr=False)  # per row
    row_dues: list[float | None] = field(default_factory=list, repr=False)  # per row
    sequence: list[int] = field(default_factory=list, repr=False)  # the rows, first first
    basis: tuple[object, object] | None = field(default=None, repr=False, compare=False)
    """The rows and clocks the order was worked out for (kept, compared by identity)."""

    def stale(self, now: datetime) -> bool:
        """A running clock has been missed since the order was made."""
        return bisect_left(self.dues, now.timestamp()) != self.missed

    def sort(self, indices: Sequence[int]) -> list[int]:
        """``indices`` in this order (rows it does not know go last, as they came)."""
        ranks = self.ranks
        if len(ranks) == 0:
            return list(indices)
        last = len(ranks)
        return sorted(indices, key=lambda i: ranks[i] if i < last else last)


def _places(
    rows: QueueRows, clocks: Sequence[Clock | None], at: float, indices: Sequence[int]
) -> tuple[list[tuple[object, ...]], list[float | None]]:
    """The place keys (`queue_place`) and next due instants of these rows at ``at``."""
    cols = rows.columns
    priority, emergency = cols["priority"], cols["emergency"]
    premium = cols.get("premium")
    opened = cols["opened_at"]
    keys = []
    dues: list[float | None] = []
    for i in indices:
        clock = clocks[i] if i < len(clocks) else None
        due = left = None
        if clock is not None and clock.met_at is None:  # a met target places nothing
            if clock.due_at is not None:
                due = clock.due_at.timestamp()
            else:
                left = clock.remaining.total_seconds()
        dues.append(due)
        keys.append(
            queue_place(priority[i], bool(emergency[i]), bool(premium and premium[i]), due,
                        left, at, str(opened[i] or ""))
        )  # fmt: skip
    return keys, dues


def _ordered(
    sequence: list[int],
    keys: list[tuple[object, ...]],
    row_dues: list[float | None],
    dues: list[float],
    at: float,
    basis: tuple[object, object],
) -> UrgencyOrder:
    """The order of rows sorted into ``sequence``, with each row's rank."""
    ranks = [0] * len(sequence)
    for place, i in enumerate(sequence):
        ranks[i] = place
    return UrgencyOrder(ranks, dues, bisect_left(dues, at), keys, row_dues, sequence, basis)


def urgency_order(rows: QueueRows, clocks: Sequence[Clock | None], now: datetime) -> UrgencyOrder:
    """The queue's default order (`console.rules.queue_order.queue_place`) at ``now``;
    without clocks yet, by urgency alone."""
    n = len(rows)
    if n == 0:
        return UrgencyOrder()
    at = now.timestamp()
    keys, row_dues = _places(rows, clocks, at, range(n))
    sequence = sorted(range(n), key=keys.__getitem__)
    dues = sorted(d for d in row_dues if d is not None)
    return _ordered(sequence, keys, row_dues, dues, at, (rows, clocks))


def patched_order(
    old: UrgencyOrder,
    before: tuple[QueueRows, Sequence[Clock | None]],
    rows: QueueRows,
    clocks: Sequence[Clock | None],
    from_old: Sequence[int],
    now: datetime,
) -> UrgencyOrder:
    """The default order of a patched queue, as `urgency_order` gives it: the rows kept
    keep their keys and their order, and only the fresh rows (``from_old`` < 0, see
    `console.queue.changes.RowPlan`) are placed among them.

    Sorting every row again was the largest part of a refresh of a few tickets. The old
    order must be the one of ``before`` (its rows and clocks) and must hold at ``now``
    (no running clock missed since); otherwise the whole order is worked out again.
    """
    before_rows, before_clocks = before
    if (
        old.basis is None
        or old.basis[0] is not before_rows
        or old.basis[1] is not before_clocks
        or len(old.keys) != len(before_rows)
        or len(before_clocks) != len(before_rows)
        or len(clocks) != len(rows)
        or old.stale(now)
    ):
        return urgency_order(rows, clocks, now)
    at = now.timestamp()
    kept_at = [-1] * len(old.keys)  # each old row's place in the patched queue, if kept
    fresh = []
    for j, k in enumerate(from_old):
        if k >= 0:
            kept_at[k] = j
        else:
            fresh.append(j)
    old_keys, old_dues = old.keys, old.row_dues
    keys = [old_keys[k] if k >= 0 else () for k in from_old]
    row_dues = [old_dues[k] if k >= 0 else None for k in from_old]
    fresh_keys, fresh_dues = _places(rows, clocks, at, fresh)
    for j, key, due in zip(fresh, fresh_keys, fresh_dues, strict=True):
        keys[j], row_dues[j] = key, due
    # the kept rows stay in their order (the plan keeps them in theirs); the fresh ones
    # go in by key, ties by row as the full sort would leave them
    sequence = [kept_at[i] for i in old.sequence if kept_at[i] >= 0]
    for j in fresh:
        sequence.insert(bisect_right(sequence, (keys[j], j), key=lambda r: (keys[r], r)), j)
    dues = list(old.dues)
    for k, j in enumerate(kept_at):
        gone = old_dues[k] if j < 0 else None
        if gone is not None:
            del dues[bisect_left(dues, gone)]
    for due in fresh_dues:
        if due is not None:
            insort(dues, due)
    return _ordered(sequence, keys, row_dues, dues, at, (rows, clocks))


def _sort_value(rows: QueueRows, key: str, clocks: Sequence[Clock | None]) -> Callable[[int], Any]:
    if key == "sla":
        far = datetime.max.timestamp()

        def due(i: int) -> Any:
            clock = clocks[i] if i < len(clocks) else None
            if clock is None:
                return (2, far)
            if clock.due_at is None:
                return (1, clock.remaining.total_seconds())
            return (0, clock.due_at.timestamp())

        return due
    if key == "priority":
        order = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
        values = rows.columns["priority"]
        return lambda i: order.get(values[i], 9)
    if key == "age":
        values = rows.columns["opened_at"]
        return lambda i: values[i] or ""
    if key == "emergency":  # emergencies first
        flags = rows.columns["emergency"]
        return lambda i: 0 if flags[i] else 1
    raise KeyError(key)  # a plain column: see _plain_keys


def _plain_keys(values: Sequence[Any], shared: bool = False) -> list[str | None]:
    """A plain column's sort keys: its text folded for caseless order, None when empty.

    Plain strings, not (empty, text) pairs: comparing tuples and calling a function per
    row made the first click on a column half again as slow as sorting its values.
    """
    if shared:
        # a value many rows share (`rows.SHARED_NAMES`) is folded once, and its rows'
        # keys are then one object, which the sort compares at once
        folded = {
            v: None if v is None else (v if isinstance(v, str) else str(v)).casefold()
            for v in dict.fromkeys(values)
        }
        return list(map(folded.__getitem__, values))
    return [None if v is None else (v if isinstance(v, str) else str(v)).casefold() for v in values]


_SPECIAL = frozenset({"sla", "priority", "age", "emergency"})
"""Columns sorted by a key of their own; the others by their folded text."""


def sort_order(
    rows: QueueRows,
    key: str,
    indices: Sequence[int],
    descending: bool = False,
    clocks: Sequence[Clock | None] = (),
) -> list[int]:
    """``indices`` sorted by a column (stable; 'sla' sorts by the next due instant).

    A column's sort keys are computed once per load and kept with the rows, so sorting
    again (another direction, after a filter) is a plain list sort.
    """
    if key == "sla":  # clocks arrive after the rows: never cached
        value = _sort_value(rows, key, clocks)
        keys: list[Any] = [value(i) for i in range(len(rows))]
    else:
        cached = rows.sort_keys.get(key)
        if cached is None:
            if key in _SPECIAL:
                value = _sort_value(rows, key, clocks)
                cached = [value(i) for i in range(len(rows))]
            else:
                cached = _plain_keys(rows.columns[key], key in SHARED_NAMES)
            rows.sort_keys[key] = cached
        keys = cached
    if key == "age":  # oldest ticket has the greatest age
        descending = not descending
    if key in _SPECIAL:
        return sorted(indices, key=keys.__getitem__, reverse=descending)
    # empty values go last, and first when descending, each in the order they came
    present = [i for i in indices if keys[i] is not None]
    empty = [i for i in indices if keys[i] is None]
    ordered = sorted(present, key=keys.__getitem__, reverse=descending)
    return empty + ordered if descending else ordered + empty


def age_text(opened: Any, now: datetime) -> str:
    """A ticket's age as a dispatcher reads it: 45m, 5h, 3d."""
    instant = parse_stored_time(opened)
    if instant is None:
        return ""
    seconds = max(0, int((now - instant).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400 * 2:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


class Countdown(NamedTuple):
    """A clock's next deadline as the queue shows it; the window puts it into words."""

    kind: str  # the SLA target's value, e.g. "resolution"
    span: str  # '2h 05m', '1d 4h', '45m': time left, or how late (the command line's words)
    late: bool
    paused: bool
    at_risk: bool
    seconds: float = 0.0  # the same span, for the window to word in its language


def countdown(clock: Clock | None, now: datetime) -> Countdown | None:
    """The countdown of a clock: time left (or late), paused or at risk."""
    if clock is None:
        return None
    kind = clock.target.kind.value
    if clock.state is ClockState.MET:  # met in time: nothing counts down any more
        return None
    if clock.due_at is None:
        left = clock.remaining
        return Countdown(kind, span_text(left), False, True, False, left.total_seconds())
    if clock.met_at is not None:  # met late: it stopped being later when it was met
        late = clock.met_at - clock.due_at
        return Countdown(kind, span_text(late), True, False, False, late.total_seconds())
    delta = clock.due_at - now
    if delta.total_seconds() < 0:
        return Countdown(kind, span_text(-delta), True, False, False, -delta.total_seconds())
    at_risk = clock.state_at(now) is ClockState.AT_RISK
    return Countdown(kind, span_text(delta), False, False, at_risk, delta.total_seconds())


def span_text(delta: timedelta) -> str:
    """A span as a dispatcher reads it: '1d 4h', '2h 05m', '45m'."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {mins:02d}m"
    return f"{mins}m"
