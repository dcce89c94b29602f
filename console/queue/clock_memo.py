"""The queue's remembered clocks: answers kept in the local store, taken while still true.

A clock is worked out from its ticket's history, assessments and visits, its contract's
targets and its client's calendar (`console.queue.clocks`): about fifty due times' worth
of work a ticket. Its answer stays true until one of those changes, and the queue's
journal (`console.queue.changes`) gives every such change a number in commit order. So
each answer is kept with the journal's last number at the time its facts were read
(``seq``), and read back while neither its ticket's journal row nor the shared tables'
row has a later number.

Three more things keep an answer honest:

- it is taken only at or after its ticket's latest event (``valid_from``): a clock asked
  about an earlier instant is worked out, since events after that instant do not count;
- a running clock's state is derived at the instant asked from its due and at-risk
  instants, which do not move while nothing changes (see `Clock.state_at`); its ``used``
  and ``remaining`` are those measured when it was worked out (`Clock.as_of`);
- a new edition of the clock rules, a new release or new holiday tables (``rules``)
  retires them all.

Only the local store (SQLite, a file) keeps them: its journal numbers follow commit order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from sqlalchemy import Connection, exc, text

from console import __version__
from console.enums import SlaTargetKind
from console.queue.timeline import micros
from console.rules.sla import Clock, ClockState
from console.store.engine import BUSY_TIMEOUT_MS

EDITION = 2
"""Raise when the clock rules change what they answer: every remembered clock is retired."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)
_WAIT_MS = 100
"""How long a batch waits for another writer before it leaves its answers unremembered."""


@cache
def rules_edition() -> str:
    """The edition the remembered clocks were worked out under: our rules', the release's
    and the holiday tables' (a new holidays release may move a due time)."""
    try:
        tables = version("holidays")
    except PackageNotFoundError:  # a frozen bundle without package metadata: the release
        tables = "bundled"
    return f"{EDITION}/{__version__}/{tables}"[:40]


@dataclass(frozen=True)
class Remembered:
    """The target of a remembered clock: its kind and length (no calendar: the queue
    shows the answer and does not work it out again)."""

    kind: SlaTargetKind
    minutes: int


def _instant(value: int | None) -> datetime | None:
    return None if value is None else _EPOCH + value * _MICRO


def keeps(connection: Connection) -> bool:
    """Whether this store keeps remembered clocks: a local SQLite file (the journal's
    numbers follow commit order there, and another connection can write them)."""
    if connection.dialect.name != "sqlite":
        return False
    return connection.engine.url.database not in (None, "", ":memory:")


def journal_mark(connection: Connection) -> int:
    """The journal's last number: read before a batch reads the facts it works from."""
    return int(
        connection.execute(text("SELECT coalesce(max(seq), 0) FROM queue_journal")).scalar() or 0
    )


_VALID = (
    "SELECT m.ticket_id, m.kind, m.state, m.minutes, m.started_at, m.due_at, m.at_risk_at,"
    " m.met_at, m.used_s, m.as_of FROM clock_memo m"
    " WHERE m.rules = ? AND m.valid_from <= ?"
    " AND m.seq >= coalesce((SELECT seq FROM queue_journal WHERE subject = '*'), 0)"
    " AND NOT EXISTS (SELECT 1 FROM queue_journal j"
    " WHERE j.subject = m.ticket_id AND j.seq > m.seq)"
)

FEW = 900
"""Up to this many tickets their rows are read by id (SQLite's variable limit); more, and
every row still true is read and picked from."""


def recall(connection: Connection, ids: Sequence[str], now: datetime) -> dict[str, Clock | None]:
    """The remembered clocks of these tickets (ids as stored) still true at ``now``."""
    at = micros(now)
    statement, params = _VALID, [rules_edition(), at]
    few = len(ids) <= FEW
    if few:
        statement += f" AND m.ticket_id IN ({', '.join('?' * len(ids))})"
        params += ids
    cursor = connection.exec_driver_sql(statement, tuple(params))
    found: dict[str, Clock | None] = {}
    wanted = None if few else set(ids)
    targets: dict[tuple[str, int], Remembered] = {}
    instant = _instant
    running, at_risk, breached = ClockState.RUNNING, ClockState.AT_RISK, ClockState.BREACHED
    states = {s.value: s for s in ClockState}
    for key, kind, state, minutes, started, due, risk, met, used, as_of in cursor.fetchall():
        if wanted is not None and key not in wanted:
            continue
        if kind is None:
            found[key] = None
            continue
        target = targets.get((kind, minutes))
        if target is None:
            target = targets[(kind, minutes)] = Remembered(SlaTargetKind(kind), minutes)
        if risk is not None:  # a running clock: its state at ``now``, as `Clock.state_at`
            now_state = breached if at > due else at_risk if at >= risk else running
        else:
            now_state = states[state]
        found[key] = Clock(
            target,
            now_state,
            instant(started),
            instant(due),
            timedelta(seconds=used),
            timedelta(seconds=minutes * 60 - used),
            instant(met),
            at_risk_at=instant(risk),
            as_of=instant(as_of),
        )
    return found


def remember(
    connection: Connection,
    mark: int,
    answers: Sequence[tuple[str, Clock | None, datetime]],
) -> None:
    """Keep these answers (ticket id as stored, its clock, its latest event), worked out
    from facts read after the journal stood at ``mark``.

    On a connection of its own, so a caller's transaction stays its own; when another
    writer holds the store the answers are left unremembered, and worked out next time.
    """
    if not answers:
        return
    edition = rules_edition()
    rows: list[tuple[object, ...]] = []
    for key, clock, valid_from in answers:
        if clock is None:
            rows.append((key, mark, edition, micros(valid_from), micros(valid_from))
                        + (None,) * 8)  # fmt: skip
            continue
        rows.append(
            (
                key,
                mark,
                edition,
                micros(valid_from),
                micros(clock.as_of or valid_from),
                clock.target.kind.value,
                clock.state.value,
                clock.target.minutes,
                _micros(clock.started_at),
                _micros(clock.due_at),
                _micros(clock.at_risk_at),
                _micros(clock.met_at),
                int(clock.used.total_seconds()),
            )
        )
    with connection.engine.connect() as writer:
        writer.exec_driver_sql(f"PRAGMA busy_timeout={_WAIT_MS}")
        try:
            writer.exec_driver_sql(
                "INSERT OR REPLACE INTO clock_memo (ticket_id, seq, rules, valid_from, as_of,"
                " kind, state, minutes, started_at, due_at, at_risk_at, met_at, used_s)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            writer.commit()
        except exc.OperationalError:  # busy, or a store opened read-only
            writer.rollback()
        finally:
            writer.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _micros(at: datetime | None) -> int | None:
    return None if at is None else micros(at)


def settle(connection: Connection, next_seq: int) -> None:
    """Before the journal forgets its rows: drop what is no longer true (or no longer of
    an open ticket) and mark the rest true as of ``next_seq``, the number the journal
    goes on from."""
    connection.execute(
        text(
            "DELETE FROM clock_memo WHERE rules != :rules"
            " OR seq < coalesce((SELECT seq FROM queue_journal WHERE subject = '*'), 0)"
            " OR EXISTS (SELECT 1 FROM queue_journal j"
            " WHERE j.subject = clock_memo.ticket_id AND j.seq > clock_memo.seq)"
            " OR NOT EXISTS (SELECT 1 FROM tickets t"
            " WHERE t.id = clock_memo.ticket_id AND t.status != 'closed')"
        ),
        {"rules": rules_edition()},
    )
    connection.execute(text("UPDATE clock_memo SET seq = :seq"), {"seq": next_seq})
