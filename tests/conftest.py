"""Shared fixtures: throw-away SQLite stores and, when reachable, a real PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

# Qt must never try to open a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from console.store.engine import create_store_engine, resolve_url
from console.store.migrate import upgrade

PG_URL_VAR = "DISPATCH_TEST_PG_URL"
PG_REQUIRED_VAR = "DISPATCH_REQUIRE_PG"  # CI sets it: a missing server is then a failure
DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
DEMO_DAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep tests away from the user's real data folder."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _no_key_left_held() -> Iterator[None]:
    """Release any modifier a test's key click left held.

    QTest's click with Ctrl leaves Qt's keyboard state at Ctrl once a shortcut has taken
    the key: the next test's ``selectRow`` then added each row to the selection, as a
    Ctrl+click does, and a window test failed only when run right after such a test.
    """
    yield
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:  # a test without Qt
        return
    app = widgets.QApplication.instance()
    if not isinstance(app, widgets.QApplication):
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    held = app.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    target = widgets.QWidget()
    for flag, key in (
        (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
        (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
        (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
        (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
    ):
        if held & flag:
            QTest.keyRelease(target, key)
    target.deleteLater()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def store(sqlite_path: Path) -> Iterator[Engine]:
    """A migrated, empty local store."""
    engine = create_store_engine(resolve_url(str(sqlite_path)))
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def small_demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo database per test session (read-only for the tests using it)."""
    from console.demo import SIZES, build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    engine = create_store_engine(resolve_url(str(path)))
    upgrade(engine)
    build_demo(engine, SIZES["small"], seed=1, today=DEMO_DAY)
    engine.dispose()
    return path


@pytest.fixture
def demo_engine(small_demo_path: Path, tmp_path: Path) -> Iterator[Engine]:
    """A writable copy of the small demo database."""
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(small_demo_path.read_bytes())
    engine = create_store_engine(resolve_url(str(copy)))
    with engine.begin() as connection:  # as built: clocks a test remembered stay its own
        connection.execute(text("DELETE FROM clock_memo"))
    yield engine
    engine.dispose()


def _pg_admin_url() -> str | None:
    url = os.environ.get(PG_URL_VAR, DEFAULT_PG_URL)
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:
        if os.environ.get(PG_REQUIRED_VAR):
            pytest.fail(f"{PG_REQUIRED_VAR} is set but PostgreSQL at {url} is unreachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {url} (set {PG_URL_VAR}): {exc}")
    return url


@pytest.fixture(scope="session")
def stranger_transaction() -> Iterator[int]:
    """A transaction held open in another database for the whole session (issue 17).

    A busy shared server has other databases and forgotten open transactions; every
    PostgreSQL test runs beside one, so nothing of ours may wait on a stranger.
    """
    import psycopg

    admin = _pg_admin_url()
    assert admin is not None
    with psycopg.connect(admin) as conn:  # not autocommit: the transaction stays open
        row = conn.execute("SELECT pg_current_xact_id()::text::bigint").fetchone()
        assert row is not None
        yield int(row[0])
        conn.rollback()


@pytest.fixture
def pg_url(stranger_transaction: int) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import psycopg

    admin = _pg_admin_url()
    assert admin is not None
    name = f"dc_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # the database's own group roles (console.sync.server.group_role)
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"dc\\_{name}\\_%",)
            ).fetchall():
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Engine]:
    engine = create_store_engine(resolve_url(pg_url))
    upgrade(engine)
    yield engine
    engine.dispose()


def table_count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


@contextmanager
def statements_run(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements the engine sends while the block runs, in order."""
    from sqlalchemy import event

    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.fixture
def server(pg_url: str, tmp_path: Path) -> Iterator[Any]:
    """A shared PostgreSQL with the sync layer and two engineers' worlds (sync tests)."""
    import psycopg
    from sync_support import Server

    shared = Server(pg_url, tmp_path)
    yield shared
    shared.close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for login in shared.logins:
            conn.execute(f'DROP ROLE IF EXISTS "{login}"')


DEMO_NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
"""The instant the window tests see on the small demo database."""


@pytest.fixture
def window(qtbot: Any, demo_engine: Engine, tmp_path: Path) -> Any:
    """The main window on the demo store, queue and clocks loaded, the clock stopped."""
    from PySide6.QtCore import QSettings

    from console.views.context import DeskContext
    from console.views.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    desk = DeskContext(demo_engine, clock=lambda: DEMO_NOW)
    desk.sign_in(None)
    win = MainWindow(demo_engine, settings, desk)
    qtbot.addWidget(win)
    win.show()
    win.reload()
    win.queue.load_clocks()
    return win


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process: its exit status, standard output and error."""
    from console.cli import main

    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
