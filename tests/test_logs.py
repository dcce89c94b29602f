"""The log (issue 23): a rotating file in the user's log folder with the version, the
database without its password, every error with its traceback, sync and mail rounds;
--log-level on every command; an unexpected error on the command line names the file."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import Any

import pytest

from console import __version__
from console.cli import main
from console.services.logs import (
    BACKUPS,
    DIR_VARIABLE,
    FILE_NAME,
    MAX_BYTES,
    SAID,
    database_label,
    log_dir,
    log_file,
    logging_to_file,
)

SECRET = "s3cret-pw"


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A log folder of the test's own."""
    folder = tmp_path / "logs"
    monkeypatch.setenv(DIR_VARIABLE, str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """The command in this process; argparse's own exits count as return codes."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def written(logs: Path) -> str:
    return (logs / FILE_NAME).read_text(encoding="utf-8")


def test_the_log_folder_is_the_users_log_folder_unless_the_variable_names_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert "dispatch-console" in log_dir().parts
    monkeypatch.setenv(DIR_VARIABLE, str(tmp_path / "elsewhere"))
    assert log_dir() == tmp_path / "elsewhere"
    assert log_file() == tmp_path / "elsewhere" / FILE_NAME


def test_a_command_writes_the_version_and_the_database_into_the_log_folder(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "desk.sqlite3"
    code, out, _err = run(capsys, ["sync", "--status", "--db", str(store)])
    assert code == 0, out
    text = written(logs)
    first, second = text.splitlines()[:2]
    assert f"Dispatch Console {__version__}, Python " in first
    assert f"sync on {store}" in second


def test_no_password_of_a_postgresql_url_reaches_the_log(
    logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://desk:{SECRET}@127.0.0.1:1/shared?password={SECRET}"
    assert SECRET not in database_label(url)
    assert database_label(url).startswith("postgresql://desk:***@127.0.0.1:1/shared")
    code, _out, err = run(capsys, ["users", "list", "--url", url])
    assert code == 2 and err.count("\n") == 1, err  # the command refuses the URL, as before
    text = written(logs)
    assert "users on postgresql://desk:***@127.0.0.1:1/shared" in text
    assert SECRET not in text
    assert database_label(f"postgresql://desk:{SECRET}@host:port/x") == (
        "(a database URL that could not be read)"
    )


def test_the_log_rotates_at_a_megabyte_keeping_five_files(logs: Path) -> None:
    with logging_to_file("info", command="test") as path:
        assert path == logs / FILE_NAME
        (handler,) = [
            h
            for h in logging.getLogger().handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)
        ]
        assert (handler.maxBytes, handler.backupCount) == (MAX_BYTES, BACKUPS) == (1_000_000, 4)
        line = "x" * 1000
        for _ in range(7_000):  # seven megabytes
            logging.getLogger("console.test").info(line)
    files = sorted(p.name for p in logs.iterdir())
    assert files == [FILE_NAME] + [f"{FILE_NAME}.{n}" for n in range(1, 5)]
    assert all((logs / name).stat().st_size <= MAX_BYTES for name in files)


def test_log_level_applies_to_every_command_and_is_checked(
    logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(tmp_path / "desk.sqlite3")
    assert run(capsys, ["--log-level", "warning", "sync", "--status", "--db", store])[0] == 0
    assert not (logs / FILE_NAME).exists() or "Dispatch Console" not in written(logs)
    assert run(capsys, ["sync", "--status", "--db", store, "--log-level", "debug"])[0] == 0
    assert "Dispatch Console" in written(logs)
    code, _out, err = run(capsys, ["--log-level", "chatty", "sync"])
    assert code == 2 and err.startswith("dispatch-console: error: --log-level: invalid choice")


def test_a_debug_line_is_kept_only_at_debug(logs: Path) -> None:
    with logging_to_file("info"):
        logging.getLogger("console.test").debug("quiet detail")
    with logging_to_file("debug"):
        logging.getLogger("console.test").debug("loud detail")
    text = written(logs)
    assert "quiet detail" not in text and "loud detail" in text


def test_an_unexpected_error_on_the_command_line_leaves_its_traceback_in_the_log(
    logs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.cli import sync

    def broken(_args: Any) -> int:
        raise RuntimeError("the flux capacitor is cold")

    monkeypatch.setattr(sync, "run", broken)
    code, _out, err = run(capsys, ["sync"])
    lines = err.strip().splitlines()
    assert code == 2
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("dispatch-console: error: unexpected error")
    assert "the flux capacitor is cold" in lines[0]
    assert lines[0].endswith(f"details in {logs / FILE_NAME}")
    text = written(logs)
    assert "ERROR console.cli.main: sync failed" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: the flux capacitor is cold" in text


def test_a_user_error_stays_one_line_and_leaves_no_traceback(
    logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, ["sync", "--db", str(logs / "missing" / "x.sqlite3")])
    assert code == 2 and len(err.strip().splitlines()) == 1 and "unexpected" not in err
    assert "Traceback" not in written(logs)


def test_warnings_reach_stderr_as_one_line_unless_the_user_was_told_already(
    logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with logging_to_file("warning"):
        logging.getLogger("console.test").info("not even for the file")
        logging.getLogger("some.library").warning("disk almost\nfull")
        logging.getLogger("console.test").warning("already said", extra=SAID)
        try:
            raise ValueError("inner")
        except ValueError:
            logging.getLogger("console.test").exception("it broke")
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "dispatch-console: warning: disk almost full",
        "dispatch-console: error: it broke",
    ]
    text = written(logs)
    assert "already said" in text and "ValueError: inner" in text
    assert "not even for the file" not in text  # --log-level warning


def test_logging_leaves_no_handler_behind(logs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    before, level = list(root.handlers), logging.getLogger("console").level
    run(capsys, ["--log-level", "debug", "sync", "--status", "--db", str(logs.parent / "a.db")])
    assert root.handlers == before
    assert logging.getLogger("console").level == level


def test_an_unwritable_log_folder_does_not_stop_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(DIR_VARIABLE, str(blocker / "logs"))
    code, out, err = run(capsys, ["sync", "--status", "--db", str(tmp_path / "desk.sqlite3")])
    assert code == 0 and "does not sync" in out
    assert err.startswith("dispatch-console: warning: no log is written")


def test_a_sync_round_and_a_mail_round_are_one_line_each() -> None:
    from console.model.mail import MailOutcome
    from console.services.mail.fetcher import Taken, round_line
    from console.services.mail.intake import IntakeResult
    from console.sync.pull import PullReport
    from console.sync.push import PushReport
    from console.sync.replica import SyncReport

    report = SyncReport(PushReport(sent=3, answers={"applied": 2, "conflict": 1}), PullReport())
    report.pulled.upserted, report.pulled.removed = 7, 1
    assert report.summary() == (
        "pushed 3 change(s) (2 applied, 1 conflict), pulled 7 row(s), removed 1"
    )
    outcomes = (MailOutcome.TICKET, MailOutcome.TICKET, MailOutcome.NOTE)
    taken = [Taken("Support", uid, IntakeResult(o, "")) for uid, o in enumerate(outcomes)]
    assert round_line("Support", taken) == "Support: 3 message(s) taken in (1 note, 2 ticket)"
    assert round_line("Support", []) == "Support: 0 message(s) taken in"


def test_a_sync_round_is_logged(server: Any, caplog: pytest.LogCaptureFixture) -> None:
    from console.enums import Role
    from console.sync.replica import sync_once

    desk = server.replica(server.login("logdesk", Role.DISPATCHER))
    with caplog.at_level(logging.INFO, logger="console.sync"):
        sync_once(desk)
    (line,) = [r.getMessage() for r in caplog.records if r.name == "console.sync.replica"]
    assert line.startswith("sync with ") and "pushed 0 change(s) (nothing), downloaded " in line
    desk.dispose()
