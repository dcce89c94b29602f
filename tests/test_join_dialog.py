"""Joining a shared database from the window (File ▸ Join a shared database…), as
`dispatch-console sync --url` does on the command line: a desk alone becomes a replica,
takes the server's records and syncs every minute after, as its login."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import run_cli
from PySide6.QtCore import QSettings
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sync_support import Server, local_scalar

from console.enums import Role
from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade
from console.sync.joining import join_facts


def _empty_store(tmp_path: Path) -> Engine:
    engine = create_store_engine(resolve_url(str(tmp_path / "laptop.sqlite3")))
    upgrade(engine)
    return engine


def _window(qtbot: Any, engine: Engine, tmp_path: Path) -> Any:
    from console.views.context import DeskContext
    from console.views.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(engine, settings, DeskContext(engine))
    qtbot.addWidget(window)
    window.show()
    return window


def _join(qtbot: Any, window: Any, url: str, *, upload: bool = False) -> Any:
    dialog = window.open_join()
    dialog.ui.url.setText(url)
    dialog.ui.password.setText("typed-secret")
    dialog.ui.remember.setChecked(False)  # nothing goes to this machine's keyring
    dialog.ui.upload.setChecked(upload)
    dialog.join_button.click()  # no loop here: the join runs right after pending events
    if url.strip():  # the join runs: Escape does not close the dialog under it
        dialog.reject()
        assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.buttons.isEnabled(), timeout=30_000)
    return dialog


def test_an_empty_desk_joins_from_the_file_menu_and_shows_the_servers_tickets(
    server: Server, qtbot: Any, tmp_path: Path
) -> None:
    url = server.login("anna", Role.DISPATCHER)
    engine = _empty_store(tmp_path)
    window = _window(qtbot, engine, tmp_path)
    assert window.act_join.isEnabled() and not window.sync.enabled
    dialog = _join(qtbot, window, url)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.result_ is not None and dialog.result_.failed is None
    assert dialog.result_.received > 0 and not dialog.result_.sent
    assert join_facts(engine).syncs
    # the window acts as the login that syncs, and syncs every minute from now on
    assert window.desk.user_name == "Anna" and window.desk.role is Role.DISPATCHER
    assert "Anna" in window.user_label.text()
    assert window.sync.enabled and window.sync.timer.isActive()
    assert not window.sync.button.isHidden() and not window.act_join.isEnabled()
    # the password typed is the link's for this session, though not kept in the keyring
    assert window.sync.link is not None and window.sync.link._secrets
    assert set(window.sync.link._secrets.values()) == {"typed-secret"}
    tickets = local_scalar(engine, "SELECT count(*) FROM tickets WHERE status != 'closed'")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == tickets > 0, timeout=10_000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Fill in: shared database"),
        ("http://db.example.com", "shared database: not a PostgreSQL URL"),
        ("postgresql://anna:secret@db.example.com/dispatch", "shared database: a password never"),
    ],
)
def test_a_bad_address_is_named_and_nothing_is_written(
    typed: str, said: str, qtbot: Any, tmp_path: Path
) -> None:
    engine = _empty_store(tmp_path)
    window = _window(qtbot, engine, tmp_path)
    dialog = _join(qtbot, window, typed)
    assert dialog.isVisible() and said in dialog.ui.problems.text()
    assert "secret" not in dialog.ui.problems.text().replace("typed-secret", "")
    assert not join_facts(engine).syncs and window.act_join.isEnabled()
    assert dialog.ui.url.isEnabled()  # the fields open again to be corrected


def test_a_store_with_records_must_say_it_sends_them(
    demo_engine: Engine, qtbot: Any, tmp_path: Path
) -> None:
    """Nothing is sent unless asked: the choice shows only for a store holding records,
    and leaving it unticked is refused before any connection, naming it."""
    window = _window(qtbot, demo_engine, tmp_path)
    dialog = _join(qtbot, window, "postgresql://anna@127.0.0.1:1/nowhere")
    assert not dialog.ui.upload.isHidden()
    assert "send this store's records to the shared database: this store already holds records" in (
        dialog.ui.problems.text().replace("&#x27;", "'")
    )
    assert not join_facts(demo_engine).syncs


def test_a_desk_sends_its_store_when_it_joins_an_empty_server(
    pg_url: str, qtbot: Any, tmp_path: Path, demo_engine: Engine
) -> None:
    """The first desk of a new shared database sends its records as it joins."""
    from console.sync.server import init_server
    from console.sync.users import add_user

    login = f"boss_{uuid.uuid4().hex[:8]}"
    init_server(pg_url)
    add_user(pg_url, username=login, display_name="Boss", role=Role.ADMIN)
    url = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    window = _window(qtbot, demo_engine, tmp_path)
    try:
        dialog = _join(qtbot, window, url, upload=True)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
        assert dialog.result_ is not None and dialog.result_.sent
        with psycopg.connect(pg_url) as conn:
            row = conn.execute("SELECT count(*) FROM tickets").fetchone()
        assert row is not None
        assert row[0] == local_scalar(demo_engine, "SELECT count(*) FROM tickets") > 0
        qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    finally:
        window.close()
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{login}"')
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')


def test_the_command_line_names_its_option(capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.sqlite3"
    _empty_store(tmp_path).dispose()
    (tmp_path / "laptop.sqlite3").rename(store)
    code, _out, err = run_cli(capsys, "sync", "--db", str(store), "--url", "http://db.example.com")
    assert code == 2
    assert err.strip().endswith("--url: not a PostgreSQL URL (postgresql://user@host/database)")


def test_the_window_asks_for_the_password_the_server_wants(
    server: Server, qtbot: Any, tmp_path: Path
) -> None:
    """A password not kept in the keyring (or refused) is asked in the window when a sync
    needs it, used for the session; dismissed, the minute's syncs stop asking until the
    user syncs by hand."""
    from console.sync.connection import PasswordRefusedError
    from console.wording.phrases import phrase

    engine = server.replica(server.login("bert", Role.DISPATCHER), "bert")
    window = _window(qtbot, engine, tmp_path)
    refused = PasswordRefusedError(phrase("cannot reach the shared database {server}: {reason}",
                                          server="s", reason="r"))  # fmt: skip
    window.sync._failed(refused)
    ask = window.sync._asking
    assert ask is not None and ask.isVisible() and "bert_" in ask.labelText()
    ask.setTextValue("new-secret")
    ask.accept()
    assert window.sync.link is not None
    assert set(window.sync.link._secrets.values()) == {"new-secret"}
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    window.sync._failed(refused)
    ask = window.sync._asking
    assert ask is not None
    ask.reject()
    qtbot.waitUntil(lambda: window.sync._asking is None, timeout=2_000)
    window.sync._failed(refused)  # the minute's round: not asked again
    assert window.sync._asking is None
    window.act_sync.trigger()  # by hand: asked again if the server still wants it
    assert window.sync._ask_password
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)


def test_a_new_empty_desk_is_offered_to_join_its_team(qtbot: Any, tmp_path: Path) -> None:
    """The empty queue of a desk alone says where to start: enter clients, import them,
    or join the team's shared database, each a link."""
    from console.views.join_dialog import JoinDialog

    window = _window(qtbot, _empty_store(tmp_path), tmp_path)
    qtbot.waitUntil(lambda: not window.queue.loading, timeout=10_000)
    text = window.queue.empty_text()
    assert 'href="join"' in text and "File ▸ Join a shared database…" in text
    window.queue._empty_link("join")
    assert any(isinstance(w, JoinDialog) and w.isVisible() for w in window.findChildren(JoinDialog))
