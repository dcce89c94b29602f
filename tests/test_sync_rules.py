"""Sync rules without a server: the per-field merge (rule 4) and the outbox (rule 1)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from console.errors import UserError
from console.model import Client, outbox, sync_state
from console.store.replica import mark_replica
from console.sync.merge import APPLIED, CONFLICT, MERGED, REJECTED, Mutation, Op, decide
from console.sync.session import store_session

COLUMNS = frozenset({"title", "priority", "status", "row_version"})
SERVER = {"title": "a", "priority": "normal", "status": "open", "row_version": 3}


def _update(base: dict[str, str], data: dict[str, str], version: int = 3) -> Mutation:
    return Mutation(Op.UPDATE, version, base, data)


def _decide(m: Mutation, server: dict[str, object] | None = SERVER, **kw: object):  # type: ignore[no-untyped-def]
    options = {"columns": COLUMNS, "append_only": False, "keep": "server", **kw}
    return decide(m, server, **options)  # type: ignore[arg-type]


def test_an_edit_on_an_unchanged_row_is_applied() -> None:
    d = _decide(_update({"title": "a"}, {"title": "b"}))
    assert (d.answer, d.values) == (APPLIED, {"title": "b"})


def test_edits_to_different_fields_merge() -> None:
    server = {**SERVER, "priority": "high", "row_version": 4}
    d = _decide(_update({"title": "a"}, {"title": "b"}), server)
    assert (d.answer, d.values) == (MERGED, {"title": "b"})


def test_the_same_field_changed_on_both_sides_is_a_conflict_with_both_values() -> None:
    server = {**SERVER, "title": "theirs", "row_version": 4}
    d = _decide(_update({"title": "a"}, {"title": "mine"}), server)
    assert d.answer == CONFLICT and d.values == {}
    assert [(c.field, c.mine, c.theirs, c.kept) for c in d.clashes] == [
        ("title", "mine", "theirs", "server")
    ]
    kept_mine = _decide(_update({"title": "a"}, {"title": "mine"}), server, keep="mine")
    assert kept_mine.answer == CONFLICT and kept_mine.values == {"title": "mine"}


def test_a_status_change_must_pass_the_workflow_check() -> None:
    def refuse(a: str, b: str) -> None:
        raise UserError(f"a ticket cannot go from {a} to {b} (T5)")

    d = _decide(_update({"status": "open"}, {"status": "closed"}), status_check=refuse)
    assert d.answer == REJECTED and "(T5)" in str(d.message)


def test_append_only_rows_are_never_changed_or_deleted() -> None:
    assert _decide(_update({"title": "a"}, {"title": "b"}), append_only=True).answer == REJECTED
    assert _decide(Mutation(Op.DELETE, 3, {}, {}), append_only=True).answer == REJECTED


def test_an_entry_from_another_version_naming_an_unknown_field_is_rejected() -> None:
    d = _decide(_update({"fax": None}, {"fax": "+31"}))  # type: ignore[dict-item]
    assert d.answer == REJECTED and "fax" in str(d.message)


def test_a_delete_of_a_row_changed_meanwhile_keeps_it_as_a_conflict() -> None:
    assert _decide(Mutation(Op.DELETE, 3, {}, {})).delete
    d = _decide(Mutation(Op.DELETE, 2, {}, {}))
    assert d.answer == CONFLICT and not d.delete


@given(
    base=st.sampled_from(["a", "b"]),
    mine=st.sampled_from(["a", "b", "c"]),
    theirs=st.sampled_from(["a", "b", "c"]),
)
def test_no_edit_is_ever_lost_silently(base: str, mine: str, theirs: str) -> None:
    """Whatever both sides did, my value is applied, already there, or in a conflict."""
    server = {**SERVER, "title": theirs}
    d = _decide(_update({"title": base}, {"title": mine}), server)
    outcome = d.values.get("title", theirs)
    assert outcome == mine or any(c.mine == mine for c in d.clashes)
    if theirs != base and theirs != mine:
        assert d.answer == CONFLICT


def _make_replica(store: Engine) -> None:
    """Give a store a sync state, as joining a server does."""
    with store.begin() as conn:
        conn.execute(
            sync_state.insert().values(
                id=1, device_id=uuid.uuid4(), server="host=x", login="x", sees_all=True,
                applying=False,
            )
        )  # fmt: skip
    mark_replica(store)


def _tulp() -> Client:
    return Client(name="Tulp", country="NL", time_zone="Europe/Amsterdam", locale="nl_NL",
                  currency="EUR")  # fmt: skip


def test_a_replica_writes_its_outbox_in_the_same_transaction(store: Engine) -> None:
    _make_replica(store)

    with pytest.raises(RuntimeError), store_session(store) as session, session.begin():
        session.add(_tulp())
        session.flush()
        raise RuntimeError("the action fails after its flush")
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(outbox)).scalar_one() == 0
    with store_session(store, expire_on_commit=False) as session, session.begin():
        client = _tulp()
        session.add(client)
    with store_session(store) as session, session.begin():
        stored = session.get(Client, client.id)
        assert stored is not None
        stored.name = "Tulp B.V."
    with store.connect() as conn:
        rows = conn.execute(select(outbox).order_by(outbox.c.seq)).all()
    assert [r.op for r in rows] == ["insert", "update"]
    assert rows[1].base == {"name": "Tulp"} and rows[1].data == {"name": "Tulp B.V."}
    assert rows[1].base_version == 1 and rows[0].data["name"] == "Tulp"


def test_stored_values_reach_the_merge_in_the_outbox_json_shape(small_demo_path) -> None:  # type: ignore[no-untyped-def]
    """Rule 4 compares JSON values: the shortcut for ids and text must agree with the model."""
    import sqlite3

    from console.sync.tables import _json_of, synced_tables

    with sqlite3.connect(small_demo_path) as lite:
        for spec in synced_tables():
            rows = lite.execute(f"SELECT {', '.join(spec.columns)} FROM {spec.name} LIMIT 50")
            for row in rows:
                for f, value in zip(spec.fields, row, strict=True):
                    assert f.stored_to_json(value) == _json_of(f.from_sqlite(value)), (
                        spec.name,
                        f.name,
                    )


def test_row_keys_travel_as_one_uuid_array_and_a_malformed_key_is_refused() -> None:
    from console.sync.tables import sync_table, uuid_array

    a, b = uuid.uuid4().hex, uuid.uuid4().hex
    assert uuid_array([a, b]) == "{" + f"{a},{b}" + "}"
    assert uuid_array([]) == "{}"
    # a key smuggling a second id (or any other text) must not widen a lock or a delete
    for bad in (f"{a},{b}", f"{a}}}", a.upper(), a[:-1], f"{a} "):
        with pytest.raises(ValueError):
            uuid_array([bad])
    _where, params = sync_table("visit_engineers").pg_key_filter([f"{a}:{b}"])
    assert params == ("{" + a + "}", "{" + b + "}")


def test_a_replicas_change_outside_a_store_session_is_refused_not_lost(store: Engine) -> None:
    from sqlalchemy.orm import Session

    from console.store.replica import MissingOutboxError

    _make_replica(store)
    client = _tulp()
    with pytest.raises(MissingOutboxError), Session(store) as session, session.begin():
        session.add(client)  # rule 1: a plain session would write the row without its entry
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Client)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(outbox)).scalar_one() == 0
