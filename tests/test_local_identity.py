"""A desk alone has an identity: setting up the store makes its administrator (issue 18),
so every later change is made, and audited, as someone."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.cli import main
from console.enums import Role
from console.model import User, sync_state
from console.services.local_identity import ensure_first_user, login_name
from console.store.replica import mark_replica

SETUP = [
    "setup", "--legal-name", "Helpdesk Noord B.V.", "--address-line", "Stationsplein 1",
    "--postcode", "9726 AE", "--city", "Groningen", "--country", "NL",
    "--vat-id", "NL123456789B01", "--iban", "NL91 ABNA 0417 1643 00",
    "--email", "desk@helpdesk-noord.example", "--phone", "+31 50 123 4567",
    "--currency", "EUR", "--tax-rate", "21", "--invoice-prefix", "HN", "--language", "nl",
    "--time-zone", "Europe/Amsterdam", "--holiday-country", "NL",
]  # fmt: skip


def _users(engine: Engine) -> list[tuple[str, Role]]:
    with Session(engine) as session:
        return [(u.username, u.role) for u in session.scalars(select(User))]


def test_setting_up_an_empty_store_makes_its_administrator_once(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*SETUP, "--db", str(sqlite_path)]) == 0
    assert "administrator" in capsys.readouterr().out
    assert _users(store) == [(login_name(), Role.ADMIN)]
    assert main([*SETUP, "--db", str(sqlite_path)]) == 0  # setting up again changes no one
    assert _users(store) == [(login_name(), Role.ADMIN)]


def test_after_setup_a_change_on_the_command_line_is_audited_as_that_user(
    store: Engine, sqlite_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_path)
    assert main([*SETUP, "--db", db]) == 0
    client = ["--country", "NL", "--time-zone", "Europe/Amsterdam", "--locale", "nl_NL"]
    assert main(["clients", "add", "--name", "Tulp", *client, "--currency", "EUR", "--db", db]) == 0
    capsys.readouterr()
    assert main(["audit", "--client", "Tulp", "--db", db]) == 0
    out = capsys.readouterr().out
    assert login_name() in out and "client create" in out


def test_a_replica_takes_its_identity_from_the_server_not_from_setup(store: Engine) -> None:
    with store.begin() as conn:
        conn.execute(
            sync_state.insert().values(
                id=1, device_id=uuid.uuid4(), server="host=x", login="x", sees_all=True,
                applying=False,
            )
        )  # fmt: skip
    mark_replica(store)
    with Session(store) as session:
        assert ensure_first_user(session) is None
        assert session.scalar(select(func.count()).select_from(User)) == 0


def test_the_window_signs_in_as_the_replicas_login_and_settings_offer_no_pick(
    qtbot: Any, store: Engine
) -> None:
    from PySide6.QtCore import QSettings

    from console.views.context import DeskContext
    from console.views.settings_dialog import SettingsDialog

    with Session(store) as session, session.begin():
        session.add_all(
            [
                User(username="anna", display_name="Anna", role=Role.ENGINEER),
                User(username="boss", display_name="Boss", role=Role.ADMIN),
            ]
        )
    with store.begin() as conn:
        conn.execute(
            sync_state.insert().values(
                id=1, device_id=uuid.uuid4(), server="host=x", login="anna", sees_all=False,
                applying=False,
            )
        )  # fmt: skip
    desk = DeskContext(store)
    desk.sign_in_from_store()
    assert (desk.user_name, desk.role) == ("Anna", Role.ENGINEER)  # not the admin, not a pick
    dialog = SettingsDialog(desk, QSettings("dispatch-console-tests", "identity"))
    qtbot.addWidget(dialog)
    assert dialog.ui.user.currentText() == "Anna" and not dialog.ui.user.isEnabled()
