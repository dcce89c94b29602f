"""Push (sync rule 2): send the outbox in batches and keep each answer.

The replica's half: read the outbox, hand each batch to the server's half
(`console.sync.push_server`), then, in one local transaction, drop what was answered,
file what needs the user, and store what the server wrote and numbered. A store that
turns out to be a restored or copied one pushes again under a new device id.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from json import loads
from typing import Any

import psycopg
from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from console.model import conflicts, outbox, refetch, sync_state, utcnow
from console.rules.workflow import Actor
from console.sync.hooks import Fault, no_fault
from console.sync.merge import REJECTED
from console.sync.push_server import server_round
from console.sync.push_types import Answer, DeviceReusedError, Entry, OwnWrites
from console.sync.tables import KEEP_SERVER, sync_table

BATCH = 2000
"""Outbox entries per server transaction."""


@dataclass
class PushReport:
    """What one push did."""

    sent: int = 0
    answers: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    replayed: int = 0
    new_device: bool = False
    """The store was a restored or copied one and now pushes under a new device id."""
    own: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    """Per push transaction id, the (table, key) rows the replica now holds as written."""


def push(
    local: Engine,
    server: psycopg.Connection,
    device_id: uuid.UUID,
    actor: Actor,
    *,
    batch: int = BATCH,
    fault: Fault = no_fault,
) -> PushReport:
    """Push every outbox entry written before the call, in batches."""
    report = PushReport()
    with local.connect() as connection:
        last = connection.execute(select(outbox.c.seq).order_by(outbox.c.seq.desc())).scalar()
    if last is None:
        return report
    renamed = False
    while True:
        entries = _read(local, last, batch)
        if not entries:
            return report
        fault("before_push")
        try:
            answers, replayed, written = server_round(server, device_id, entries, actor, fault)
        except DeviceReusedError:
            if renamed:
                raise
            device_id, renamed = _new_device_id(local), True
            report.new_device = True
            continue
        fault("after_server_commit")
        stored = _acknowledge(local, entries, answers, written, replayed)
        if written.xid is not None and stored:
            report.own.setdefault(written.xid, set()).update(stored)
        report.sent += len(entries)
        report.replayed += len(replayed)
        for answer in answers.values():
            report.answers[answer.answer] += 1


def _new_device_id(local: Engine) -> uuid.UUID:
    """Give a restored or copied store a device id of its own."""
    device_id = uuid.uuid4()
    with local.begin() as connection:
        connection.execute(update(sync_state).values(device_id=device_id))
    return device_id


def _read(local: Engine, last: int, batch: int) -> list[Entry]:
    # Through the DBAPI cursor with plain json.loads: SQLAlchemy's JSON result processing
    # costs several times as much for the thousands of entries of a batch.
    raw = local.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(
            "SELECT seq, mutation_id, table_name, row_key, op, base_version, base, data "
            "FROM sync_outbox WHERE seq <= ? ORDER BY seq LIMIT ?",
            (last, batch),
        )
        return [
            Entry(seq, uuid.UUID(mutation), name, key, op, version, loads(base), loads(data))
            for seq, mutation, name, key, op, version, base, data in cur.fetchall()
        ]
    finally:
        raw.close()


# ----------------------------------------------------------------------------- answers


def _acknowledge(
    local: Engine,
    entries: list[Entry],
    answers: dict[int, Answer],
    written: OwnWrites,
    replayed: set[int],
) -> set[tuple[str, str]]:
    """Drop answered entries, file what needs the user and store the server's version of
    the rows the push updated, in one local transaction; returns the rows so stored."""
    now = utcnow()
    inbox: list[dict[str, Any]] = []
    stale: list[dict[str, str]] = []
    for entry in entries:
        answer = answers[entry.seq]
        detail = answer.detail
        base = {
            "mutation_id": entry.mutation_id,
            "table_name": entry.table_name,
            "row_key": entry.row_key,
            "at": now,
            "message": detail.get("message", ""),
        }
        if entry.seq in replayed and answer.answer != REJECTED:
            # answered before, its acknowledgement lost: what the row became then (or
            # whether it changed at all) is not in the answer, so the row is fetched again
            stale.append({"table_name": entry.table_name, "row_key": entry.row_key})
        if answer.answer == REJECTED:
            inbox.append({**base, "kind": "rejected", "field": None, "mine": entry.data,
                          "theirs": None, "kept": KEEP_SERVER})  # fmt: skip
            stale.append({"table_name": entry.table_name, "row_key": entry.row_key})
        for name, mine, theirs, kept in detail.get("clashes", []):
            inbox.append({**base, "kind": "conflict", "field": name, "mine": mine,
                          "theirs": theirs, "kept": kept})  # fmt: skip
            stale.append({"table_name": entry.table_name, "row_key": entry.row_key})
        if "overdraft" in detail:
            inbox.append({**base, "kind": "overdraft", "field": "amount",
                          "mine": entry.data.get("amount"), "theirs": detail["overdraft"],
                          "kept": "mine"})  # fmt: skip
    stored: set[tuple[str, str]] = set()
    with local.connect() as connection:
        # The replica holds the user's slice: a reference to a row outside it is kept as
        # the server has it (as the pull does); the pragma only takes outside a transaction.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                connection.execute(delete(outbox).where(outbox.c.seq.in_([e.seq for e in entries])))
                if inbox:
                    connection.execute(insert(conflicts), inbox)
                if stale:
                    connection.execute(sqlite_insert(refetch).on_conflict_do_nothing(), stale)
                if written.rows:
                    # a clash or a refusal is fetched again; a later local edit is not
                    # overwritten (rule 3), so both wait for the pull as before
                    unsettled = {(s["table_name"], s["row_key"]) for s in stale}
                    unsettled.update(
                        (name, key)
                        for name, key in connection.execute(
                            select(outbox.c.table_name, outbox.c.row_key)
                        )
                    )
                    stored = _store_written(connection, written.rows, unsettled)
                numbered = [
                    (e.table_name, e.row_key, answers[e.seq].detail["reference"])
                    for e in entries
                    if "reference" in answers[e.seq].detail
                ]
                if numbered:
                    _store_numbers(connection, numbered)
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
    return stored


def _store_numbers(connection: Any, numbered: list[tuple[str, str, str]]) -> None:
    """Give rows made offline the reference the server numbered them with (rule 6).

    Only the reference is stored: the pull still fetches the row as the server has it.
    """
    connection.exec_driver_sql("UPDATE sync_state SET applying = 1")  # lifts the local guards
    for name, key, reference in numbered:
        spec = sync_table(name)
        where = " AND ".join(f"{k} = ?" for k in spec.key)
        connection.exec_driver_sql(
            f"UPDATE {name} SET reference = ? WHERE {where}", (reference, *key.split(":"))
        )
    connection.exec_driver_sql("UPDATE sync_state SET applying = 0")


def _store_written(
    connection: Any, rows: list[tuple[str, str, dict[str, Any]]], unsettled: set[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Write the server's values of the rows a push updated into the replica."""
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    stored = set()
    for name, key, values in rows:
        if (name, key) in unsettled:
            continue
        stored.add((name, key))
        columns = tuple(values)
        groups[(name, columns)].append((*values.values(), *key.split(":")))
    if not stored:
        return stored
    connection.exec_driver_sql("UPDATE sync_state SET applying = 1")  # lifts the local guards
    for (name, columns), params in groups.items():
        spec = sync_table(name)
        assignments = ", ".join(f"{c} = ?" for c in columns)
        where = " AND ".join(f"{k} = ?" for k in spec.key)
        connection.exec_driver_sql(f"UPDATE {name} SET {assignments} WHERE {where}", params)
    connection.exec_driver_sql("UPDATE sync_state SET applying = 0")
    return stored
