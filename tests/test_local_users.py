"""Users of a desk that works alone: an administrator adds, lists and deactivates them."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from builders import World
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.enums import ContractKind, Role
from console.errors import ValidationError
from console.services.local_identity import ensure_first_user
from console.services.local_users import (
    add_local_user,
    deactivate_local_user,
    list_local_users,
)
from console.services.master_data.clients import edit_client
from console.sync.session import store_session


def _admin(store: Engine) -> object:
    with Session(store) as session:
        World(session, ContractKind.ON_DEMAND)
        admin = ensure_first_user(session, "anna", "Anna")
        session.commit()
        return admin


def test_an_administrator_adds_a_service_manager_who_then_looks_after_a_client(
    store: Engine,
) -> None:
    admin = _admin(store)
    sessions = partial(store_session, store)
    add_local_user(sessions, admin, username="Mara", display_name="Mara Jansen",
                   role="service_manager")  # fmt: skip
    add_local_user(sessions, admin, username="jan", display_name="Jan", role=Role.ENGINEER,
                   engineer="Jan")  # fmt: skip
    add_local_user(sessions, admin, username="kees", display_name="Kees",
                   role=Role.CLIENT_ADMIN, client="Tulp B.V.")  # fmt: skip
    shown = {u.username: u for u in list_local_users(sessions)}
    assert shown["mara"].role is Role.SERVICE_MANAGER and shown["jan"].engineer == "Jan"
    assert shown["kees"].client == "Tulp B.V."
    edit_client(sessions, admin, "Tulp B.V.", account_manager="mara")  # now nameable


def test_each_refusal_names_its_field_and_writes_nothing(store: Engine) -> None:
    admin = _admin(store)
    sessions = partial(store_session, store)
    cases = [
        (dict(username="anna", display_name="A", role="dispatcher"), "username"),
        (dict(username="Bad Name", display_name="B", role="dispatcher"), "username"),
        (dict(username="bob", display_name="Bob", role="engineer"), "engineer"),
        (dict(username="kees", display_name="Kees", role="client_admin"), "client"),
        (dict(username="zed", display_name="Z", role="boss"), "role"),
    ]
    for values, field in cases:
        with pytest.raises(ValidationError) as caught:
            add_local_user(sessions, admin, **values)  # type: ignore[arg-type]
        assert caught.value.field == field, values
    assert [u.username for u in list_local_users(sessions)] == ["anna"]


def test_only_an_administrator_manages_users_and_the_last_one_stays(store: Engine) -> None:
    admin = _admin(store)
    sessions = partial(store_session, store)
    desk = add_local_user(sessions, admin, username="desk", display_name="Desk",
                          role="dispatcher")  # fmt: skip
    with pytest.raises(ValidationError, match="dispatcher may not manage users"):
        add_local_user(sessions, desk, username="x", display_name="X", role="dispatcher")
    with pytest.raises(ValidationError, match="yourself"):
        deactivate_local_user(sessions, admin, "anna")
    deactivate_local_user(sessions, admin, "desk")
    assert [(u.username, u.active) for u in list_local_users(sessions)] == [
        ("anna", True), ("desk", False),
    ]  # fmt: skip


def test_a_replica_takes_its_users_from_the_shared_database(store: Engine) -> None:
    admin = _admin(store)
    from console.store.replica import mark_replica

    mark_replica(store)  # as `sync` marks a store that joins a server
    with pytest.raises(ValidationError) as caught:
        add_local_user(partial(store_session, store), admin, username="x", display_name="X",
                       role="dispatcher")  # fmt: skip
    assert caught.value.field == "--url"


def test_users_on_the_command_line_without_a_server(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.cli import main

    _admin(store)
    db = ["--db", str(sqlite_path)]
    args = ["users", "add", "mara", "--name", "Mara", "--role", "service_manager", *db]
    assert main(args) == 0
    assert main(["users", "list", *db]) == 0
    assert "mara" in capsys.readouterr().out
    assert main(["users", "add", "x", "--name", "X", "--role", "engineer", *db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "engineer" in err
