"""The server's half of a push (sync rule 2): register, decide, write, in one transaction.

A batch costs a handful of round trips whatever its size: one read of the register,
one locked read of the touched rows per table, then one batched write per table and
kind. The register answers an entry by its own change id, so a batch sent again after a
lost acknowledgement is answered, not applied twice; a (device, sequence) pair taken by
another change marks a restored or copied store (`DeviceReusedError`). Workflow moves
(T5, D7) and prepaid credit (C5, sync rule 5) are decided here as the console decides
them; the database's own rights and triggers hold them for raw SQL as well.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from console.enums import TicketStatus, VisitStatus
from console.rules.references import SERIES_OF_TABLE, final_reference, is_provisional, year_of
from console.rules.workflow import Actor, check_ticket_transition, check_visit_transition
from console.store.numbers import NEXT_NUMBER_PG
from console.store.types import SCALE
from console.sync.hooks import Fault, no_fault
from console.sync.merge import (
    CONFLICT,
    MERGED,
    REJECTED,
    Decision,
    Mutation,
    Op,
    StatusCheck,
    decide,
)
from console.sync.push_types import Answer, DeviceReusedError, Entry, OwnWrites
from console.sync.tables import SyncTable, is_synced, sync_table, synced_tables, uuid_array
from console.wording.phrases import phrase
from console.wording.stored_phrases import stored


def server_round(
    conn: psycopg.Connection,
    device_id: uuid.UUID,
    entries: list[Entry],
    actor: Actor,
    fault: Fault = no_fault,
) -> tuple[dict[int, Answer], set[int], OwnWrites]:
    """Answer a batch in one server transaction: replayed, decided, written, registered;
    returns the answers, the sequence numbers answered from the register, and the writes."""
    written = OwnWrites()
    with conn.transaction():
        # An entry is answered from the register only by its own change id (sync rule 2);
        # its (device, sequence) taken by another change means a restored or copied store.
        # One look-up serves both: the batch's ids, and the run of sequence numbers.
        by_id = {e.mutation_id: e.seq for e in entries}
        mine = {e.seq: e.mutation_id for e in entries}
        known: dict[int, Answer] = {}
        reused = False
        for seq, mutation, answer, detail, same_device in conn.execute(
            "SELECT seq, mutation_id, answer, detail, same_device "
            "FROM dc_register(%s, %s, %s, %s::uuid[])",
            (device_id, min(mine), max(mine), uuid_array(m.hex for m in by_id)),
        ):
            if mutation in by_id:
                known[by_id[mutation]] = Answer(answer, detail)
            elif same_device and seq in mine:
                reused = True
        if reused:
            raise DeviceReusedError
        fresh = [e for e in entries if e.seq not in known]
        decided: dict[int, Answer] = {}
        try:
            with conn.transaction():
                decided = _apply(conn, fresh, actor, written.rows)
        except psycopg.OperationalError:
            raise  # a lost connection, a lock or statement timeout: the round's, not an entry's
        except psycopg.Error:
            # One entry broke a rule of the server's; find it, keep the others.
            written.rows.clear()
            for entry in fresh:
                rows: list[tuple[str, str, dict[str, Any]]] = []
                try:
                    with conn.transaction():
                        decided.update(_apply(conn, [entry], actor, rows))
                except psycopg.OperationalError:
                    raise
                except psycopg.Error as exc:
                    decided[entry.seq] = Answer(REJECTED, {"message": _db_message(exc)})
                else:
                    written.rows.extend(rows)
        fault("mid_push")  # written, locked, not yet committed
        if written.rows:
            # inside a subtransaction this is still the top-level id the change log stamps
            xid = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
            written.xid = str(xid[0]) if xid else None
        if decided:
            # one statement for the batch, however many entries it answers
            # one JSON document: psycopg would convert a jsonb[] element by element
            answered = [
                {"seq": e.seq, "mutation_id": str(e.mutation_id),
                 "answer": decided[e.seq].answer, "detail": decided[e.seq].detail}
                for e in fresh
            ]  # fmt: skip
            conn.execute(
                "INSERT INTO sync_mutations (device_id, seq, mutation_id, answer, detail) "
                "SELECT %s, a.seq, a.mutation_id, a.answer, a.detail FROM jsonb_to_recordset(%s)"
                " AS a(seq bigint, mutation_id uuid, answer text, detail jsonb)",
                (device_id, Jsonb(answered)),
            )
    return {**known, **decided}, set(known), written


def _db_message(exc: psycopg.Error) -> str:
    """What the database said, as a kept sentence."""
    diag = exc.diag
    text = diag.message_primary or type(exc).__name__
    if "row-level security" in text or "permission denied" in text:
        return stored(phrase("outside your rights: the server refused this change"))
    return stored(phrase("the server refused this change: {reason}", reason=text))


# ----------------------------------------------------------------------------- applying


def _apply(
    conn: psycopg.Connection,
    entries: list[Entry],
    actor: Actor,
    written: list[tuple[str, str, dict[str, Any]]],
) -> dict[int, Answer]:
    """Decide every entry, write the net effect, and collect the updated rows in ``written``."""
    answers: dict[int, Answer] = {}
    runnable = []
    for entry in entries:
        if not is_synced(entry.table_name):
            answers[entry.seq] = Answer(
                REJECTED,
                {
                    "message": stored(
                        phrase(
                            "this version has no {records}",
                            records=entry.table_name.replace("_", " "),
                        )
                    )
                },
            )
        else:
            runnable.append(entry)
    keys: dict[str, set[str]] = defaultdict(set)
    fields: dict[str, set[str]] = defaultdict(set)
    changes: set[str] = set()
    for entry in runnable:
        keys[entry.table_name].add(entry.row_key)
        fields[entry.table_name].update(entry.data)
        if entry.op != Op.INSERT:
            changes.add(entry.table_name)
    before = {}
    for name, wanted in keys.items():
        spec = sync_table(name)
        # the merge reads only the fields the entries carry (and the version); rows are
        # locked only where they change (FOR UPDATE needs a right to update)
        needed = fields[name] | set(spec.key) | ({"row_version"} if spec.versioned else set())
        locked = name in changes
        for key, row in _server_rows(conn, spec, wanted, needed, lock=locked).items():
            before[(name, key)] = row
    current: dict[tuple[str, str], dict[str, Any] | None] = dict(before)
    credit = _CreditBook(conn)
    for entry in runnable:
        spec = sync_table(entry.table_name)
        where = (entry.table_name, entry.row_key)
        decision = decide(
            Mutation(Op(entry.op), entry.base_version, entry.base, entry.data),
            current.get(where),
            columns=frozenset(spec.columns),
            append_only=spec.append_only,
            keep=spec.conflict_default(),
            status_check=_status_check(spec.name, actor),
        )
        detail = _detail(decision)
        if decision.answer != REJECTED and entry.op == Op.INSERT and decision.values:
            _server_numbers(conn, spec, decision, detail)
            if spec.name == "credit_entries":
                credit.check(decision, detail, current)
        answers[entry.seq] = Answer(decision.answer, detail)
        if decision.delete:
            current[where] = None
        elif decision.values:
            current[where] = {**(current.get(where) or {}), **decision.values}
    _write(conn, before, current, written)
    return answers


def _detail(decision: Decision) -> dict[str, Any]:
    detail: dict[str, Any] = {}
    if decision.message is not None:
        detail["message"] = stored(decision.message)
    if decision.clashes:
        detail["clashes"] = [[c.field, c.mine, c.theirs, c.kept] for c in decision.clashes]
    return detail


def _status_check(table: str, actor: Actor) -> StatusCheck | None:
    if table == "tickets":
        return lambda a, b: check_ticket_transition(TicketStatus(a), TicketStatus(b), actor)
    if table == "visits":
        return lambda a, b: check_visit_transition(VisitStatus(a), VisitStatus(b), actor)
    return None


def _server_numbers(
    conn: psycopg.Connection, spec: SyncTable, decision: Decision, detail: dict[str, Any]
) -> None:
    """Rule 6: a ticket or visit made offline gets its number from the server now."""
    reference = decision.values.get("reference")
    series = SERIES_OF_TABLE.get(spec.name)
    if series is None or not isinstance(reference, str) or not is_provisional(reference):
        return
    year = year_of(reference)
    final = final_reference(series, year, take_server_number(conn, series.value, year))
    decision.values["reference"] = final
    if decision.answer != CONFLICT:
        decision.answer = MERGED
    detail["reference"] = final
    numbered = phrase(
        "numbered by the server: {reference} is now {final}", reference=reference, final=final
    )
    detail.setdefault("message", stored(numbered))


def take_server_number(conn: psycopg.Connection, series: str, year: int) -> int:
    """The next number of a series, under the row lock of this transaction (gapless)."""
    row = conn.execute(NEXT_NUMBER_PG, {"series": series, "year": year}).fetchone()
    assert row is not None
    return int(row[0])


class _CreditBook:
    """Rule 5: an offline debit is a request; beyond the balance it is kept and flagged."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.balances: dict[tuple[str, str], Decimal] = {}

    def check(
        self,
        decision: Decision,
        detail: dict[str, Any],
        current: dict[tuple[str, str], dict[str, Any] | None],
    ) -> None:
        values = decision.values
        where = (str(values["contract_id"]), str(values["unit"]))
        amount = Decimal(str(values["amount"]))
        if where not in self.balances:
            contract = uuid.UUID(where[0])
            # Debits of one contract queue here, so two laptops cannot both spend the
            # last hour unseen.
            self.conn.execute(
                "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (contract.hex,)
            )
            row = self.conn.execute(
                "SELECT coalesce(sum(amount), 0) FROM credit_entries "
                "WHERE contract_id = %s AND unit = %s",
                (contract, where[1]),
            ).fetchone()
            self.balances[where] = Decimal(int(row[0]) if row else 0) / SCALE
        after = self.balances[where] + amount
        self.balances[where] = after
        if values.get("kind") == "debit" and after < 0:
            values["overdraft"] = True
            decision.answer = MERGED
            detail["overdraft"] = str(after)
            detail["message"] = stored(
                phrase("this debit overdraws the prepaid credit: balance {balance}", balance=after)
            )


def _server_rows(
    conn: psycopg.Connection,
    spec: SyncTable,
    keys: Iterable[str],
    columns: Iterable[str],
    *,
    lock: bool = False,
) -> dict[str, dict[str, Any]]:
    """Current server rows by key, those columns only, in the JSON shape the merge compares."""
    wanted = sorted(keys)
    if not wanted:
        return {}
    wanted_columns = set(columns)
    fields = [f for f in spec.fields if f.name in wanted_columns]
    where, params = spec.pg_key_filter(wanted)
    query = sql.SQL("SELECT {} FROM {} WHERE {}{}").format(
        sql.SQL(", ").join(sql.SQL(f.pg_select) for f in fields),
        sql.Identifier(spec.name),
        where,
        sql.SQL(" FOR UPDATE" if lock and not spec.append_only else ""),
    )
    out = {}
    names = [f.name for f in fields]
    converters = [f.stored_to_json for f in fields]
    key_index = [names.index(k) for k in spec.key]
    for raw in conn.execute(query, params):
        row = {
            name: convert(value)
            for name, value, convert in zip(names, raw, converters, strict=True)
        }
        out[":".join(str(raw[i]) for i in key_index)] = row
    return out


def _write(
    conn: psycopg.Connection,
    before: dict[tuple[str, str], dict[str, Any]],
    after: dict[tuple[str, str], dict[str, Any] | None],
    written: list[tuple[str, str, dict[str, Any]]],
) -> None:
    """Write the net effect of a batch: parents inserted first, children deleted first."""
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    updates: dict[tuple[str, tuple[str, ...]], list[tuple[str, dict[str, Any], int]]] = defaultdict(
        list
    )
    deletes: dict[str, list[str]] = defaultdict(list)
    # rows an entry was answered for that the server already held as sent: the replica
    # bumped its version for its edit, the server did not, and no change-log entry will
    # bring the server's version back; the stamps go back with the answer instead
    unchanged: dict[str, list[str]] = defaultdict(list)
    for (name, key), row in after.items():
        old = before.get((name, key))
        if row is None:
            if old is not None:
                deletes[name].append(key)
        elif old is None:
            inserts[name].append(row)
        else:
            changed = tuple(sorted(c for c in row if row[c] != old.get(c) and c != "row_version"))
            if changed:
                version = int(old.get("row_version") or 0)
                updates[(name, changed)].append((key, row, version))
            elif "row_version" in old:
                unchanged[name].append(key)
    order = [t.name for t in synced_tables()]
    with conn.cursor() as cur:
        for name in order:
            if inserts.get(name):
                _insert(cur, sync_table(name), inserts[name])
        for (name, changed), rows in sorted(updates.items(), key=lambda i: order.index(i[0][0])):
            written.extend(_update(cur, sync_table(name), changed, rows))
        for name in reversed(order):
            if deletes.get(name):
                where, params = sync_table(name).pg_key_filter(deletes[name])
                cur.execute(
                    sql.SQL("DELETE FROM {} WHERE {}").format(sql.Identifier(name), where), params
                )
        for name, keys in unchanged.items():
            written.extend(_stamps(cur, sync_table(name), keys))


def _stamps(
    cur: psycopg.Cursor, spec: SyncTable, keys: list[str]
) -> list[tuple[str, str, dict[str, Any]]]:
    """The version and time stamp of rows left as they were, in SQLite's stored form."""
    stamps = ("row_version", "updated_at")
    where, params = spec.pg_key_filter(keys)
    query = sql.SQL("SELECT {}, {} FROM {} WHERE {}").format(
        sql.SQL(spec.pg_key_sql()),
        sql.SQL(", ").join(sql.SQL(spec.field(c).pg_select) for c in stamps),
        sql.Identifier(spec.name),
        where,
    )
    cur.execute(query, params)
    return [(spec.name, key, dict(zip(stamps, values, strict=True))) for key, *values in cur]


def _to_pg(spec: SyncTable, name: str, value: Any) -> Any:
    f = spec.field(name)
    return f.to_pg(f.from_json(value))


def _insert(cur: psycopg.Cursor, spec: SyncTable, rows: list[dict[str, Any]]) -> None:
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_columns[tuple(c for c in spec.columns if c in row)].append(row)
    for columns, group in by_columns.items():
        query = sql.SQL("INSERT INTO {} ({}) SELECT * FROM unnest({})").format(
            sql.Identifier(spec.name),
            sql.SQL(", ").join(sql.Identifier(c) for c in columns),
            sql.SQL(", ").join(sql.SQL("%s::" + spec.field(c).pg_array) for c in columns),
        )
        cur.execute(query, [[_to_pg(spec, c, row[c]) for row in group] for c in columns])


def _update(
    cur: psycopg.Cursor,
    spec: SyncTable,
    changed: tuple[str, ...],
    rows: list[tuple[str, dict[str, Any], int]],
) -> list[tuple[str, str, dict[str, Any]]]:
    """One UPDATE for the whole group: the change-log trigger and row security run once.

    It returns what it wrote (the changed columns and the stamps, in SQLite's stored
    form), so the replica can store the server's version of its own edit.
    """
    stamps = ("row_version",) if spec.versioned else ()
    returned = (*changed, *stamps, *(("updated_at",) if spec.versioned else ()))
    names = (*changed, *stamps, *spec.key)
    fields = [spec.field(n) for n in names]
    columns: list[Any] = [[] for _ in (*changed, *stamps)]
    for _key, row, version in rows:
        values = [_to_pg(spec, c, row[c]) for c in changed]
        if spec.versioned:
            values.append(version + 1)
        for column, value in zip(columns, values, strict=True):
            column.append(value)
    columns += spec.key_arrays([key for key, _row, _version in rows])
    assignments: list[sql.Composable] = [
        sql.SQL("{0} = v.{1}").format(sql.Identifier(c), sql.Identifier("v_" + c))
        for c in (*changed, *stamps)
    ]
    if spec.versioned:
        assignments.append(sql.SQL("updated_at = now()"))
    # The unnest columns are named v_*, so the RETURNING list's plain names are the table's.
    query = sql.SQL(
        "UPDATE {} AS t SET {} FROM unnest({}) AS v({}) WHERE {} RETURNING {}, {}"
    ).format(
        sql.Identifier(spec.name),
        sql.SQL(", ").join(assignments),
        sql.SQL(", ").join(sql.SQL("%s::" + f.pg_array) for f in fields),
        sql.SQL(", ").join(sql.Identifier("v_" + n) for n in names),
        sql.SQL(" AND ").join(
            sql.SQL("t.{0} = v.{1}").format(sql.Identifier(k), sql.Identifier("v_" + k))
            for k in spec.key
        ),
        sql.SQL(spec.pg_key_sql()),
        sql.SQL(", ").join(sql.SQL(spec.field(c).pg_select) for c in returned),
    )
    cur.execute(query, columns)
    return [(spec.name, key, dict(zip(returned, values, strict=True))) for key, *values in cur]
