"""Every command-line error is one line `dispatch-console: error: ...`, status 2 (issue 17).

Malformed input across every subcommand, damaged stores, bad URLs, and output paths the
console must never write through: a device node stays a device node.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.cli import main

PREFIX = "dispatch-console: error:"


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """Run the command in this process; argparse's own exits count as return codes."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_error_line(code: int, err: str, needle: str | None = None) -> str:
    """Status 2, exactly one non-empty stderr line with the prefix, and no traceback."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, err
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX), err
    assert "Traceback" not in err
    if needle is not None:
        assert needle in lines[0], err
    return lines[0]


@pytest.fixture
def files(small_demo_path: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The paths the table names: a demo store copy, damaged stores, a text file."""
    demo = tmp_path / "demo.sqlite3"
    demo.write_bytes(small_demo_path.read_bytes())
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(20000)))
    text = tmp_path / "notes.txt"
    text.write_text("hello, this is not a database\n", encoding="utf-8")
    truncated = tmp_path / "truncated.sqlite3"
    truncated.write_bytes(small_demo_path.read_bytes()[:30000])
    yield {
        "demo": str(demo),
        "noise": str(noise),
        "text": str(text),
        "truncated": str(truncated),
        "tmp": str(tmp_path),
    }


NOT_A_STORE = "is not a Dispatch Console store"
DAY_SHEET = ["report", "day-sheet", "--day", "2026-11-22", "-o", "{tmp}/out.pdf"]
OUT = ["-o", "{tmp}/o.pdf"]
DEMO = ["--db", "{demo}"]

# (argv with {placeholders}, a piece of the error line or None when the wording is the
# sync commands' own)
CASES: list[tuple[list[str], str | None]] = [
    # demo
    (
        ["demo", "--today", "9999-12-31", "--db", "{tmp}/new.sqlite3"],
        "--today: 9999-12-31 is out of range",
    ),
    (
        ["demo", "--today", "1969-12-31", "--db", "{tmp}/new.sqlite3"],
        "--today: 1969-12-31 is out of range",
    ),
    (
        ["demo", "--today", "2026-02-30", "--db", "{tmp}/new.sqlite3"],
        "--today: '2026-02-30' is not a date",
    ),
    (["demo", "--size", "enormous", "--db", "{tmp}/new.sqlite3"], "--size: invalid choice"),
    (["demo", "--seed", "-1", "--db", "{tmp}/new.sqlite3"], "--seed: must be zero or more"),
    (["demo", "--db", "{noise}"], f"--db: {{noise}} {NOT_A_STORE} (file is not a database)"),
    (["demo", *DEMO], "already holds"),
    # db upgrade
    (["db", "upgrade", "--db", "{text}"], f"--db: {{text}} {NOT_A_STORE}"),
    (["db", "upgrade", "--db", "{truncated}"], f"--db: {{truncated}} {NOT_A_STORE}"),
    (["db", "upgrade", "--db", "{tmp}"], "--db: {tmp} is a folder"),
    (
        ["db", "upgrade", "--db", "{tmp}/no/such/x.sqlite3"],
        "--db: folder {tmp}/no/such does not exist",
    ),
    (["db", "upgrade", "--db", "{text}/x.sqlite3"], "--db: "),
    (
        ["db", "upgrade", "--db", "postgresql://::junk::"],
        "--db: the port ':junk::' in the URL is not a number",
    ),
    (
        ["db", "upgrade", "--db", "postgresql://u@host:abc/db"],
        "--db: the port 'abc' in the URL is not a number",
    ),
    (
        ["db", "upgrade", "--db", "postgresql://u@127.0.0.1:70000/db"],
        "--db: the port 70000 in the URL is out of range",
    ),
    (
        ["db", "upgrade", "--db", "postgresql+nosuch://u@h/db"],
        "--db: no driver for 'postgresql+nosuch'",
    ),
    (["db", "upgrade", "--db", "mysql://u@h/db"], "--db: unknown database kind 'mysql'"),
    (["db", "upgrade", "--db", "://"], "--db: '://' is not a database URL"),
    (["db", "upgrade", "--db", "postgresql://u@127.0.0.1:1/db"], "--db: cannot open database"),
    (["db"], "required"),
    (["db", "downgrade"], "invalid choice"),
    # tickets list
    (["tickets", "list", "--db", "{truncated}"], f"--db: {{truncated}} {NOT_A_STORE}"),
    (["tickets", "list", *DEMO, "--limit", "-5"], "--limit: must be zero or more"),
    (
        ["tickets", "list", *DEMO, "--limit", "ten"],
        "--limit: 'ten' is not a whole number",
    ),
    (["tickets", "list", *DEMO, "--status", "resolved"], "--status: invalid choice"),
    (["tickets", "list", *DEMO, "--format", "xml"], "--format: invalid choice"),
    (["tickets", "list", "--db", "postgresql://u@host:abc/db"], "--db: the port 'abc'"),
    (["tickets"], "required"),
    # report, every kind
    (["report"], "required"),
    ([*DAY_SHEET, "--zone", "Mars/Phobos", *DEMO], "--zone: 'Mars/Phobos' is not a time zone"),
    (
        [*DAY_SHEET, "--zone", "../../etc/passwd", *DEMO],
        "--zone: '../../etc/passwd' is not a time zone",
    ),
    ([*DAY_SHEET, "--zone", "", *DEMO], "--zone: '' is not a time zone"),
    ([*DAY_SHEET, "--engineer", "Nobody Atall", *DEMO], "no engineer 'Nobody Atall'"),
    ([*DAY_SHEET, "--db", "{noise}"], f"--db: {{noise}} {NOT_A_STORE}"),
    (
        ["report", "day-sheet", "--day", "9999-12-31", *OUT, *DEMO],
        "--day: 9999-12-31 is out of range",
    ),
    (
        ["report", "day-sheet", "--day", "0001-01-01", "--zone", "Asia/Tokyo", *OUT, *DEMO],
        "--day: 0001-01-01 is out of range",
    ),
    (["report", "day-sheet", "--day", "2026-11-22", *DEMO], "required: -o/--output"),
    (
        ["report", "day-sheet", "--day", "2026-11-22", "-o", "{tmp}/missing/o.pdf", *DEMO],
        "-o: the folder {tmp}/missing does not exist",
    ),
    (["report", "day-sheet", "--day", "2026-11-22", "-o", "{tmp}", *DEMO], "-o: {tmp} is a folder"),
    (
        ["report", "day-sheet", "--day", "2026-11-22", "-o", "{text}/o.pdf", *DEMO],
        "-o: {text} is not a folder",
    ),
    (["report", "work-order", "V-1999-000001", *OUT, *DEMO], "no visit 'V-1999-000001'"),
    (["report", "incident", "T-1999-000001", *OUT, *DEMO], "no ticket 'T-1999-000001'"),
    (["report", "incident", "T-1", "--stage", "draft", *OUT], "--stage: invalid choice"),
    (["report", "invoice", "NOPE-1", *OUT, *DEMO], "no invoice 'NOPE-1'"),
    (["report", "statement", "x", "--month", "2026-13", *OUT], "--month: '2026-13' is not a month"),
    (["report", "statement", "x", "--month", "0000-01", *OUT], "--month: 0000-01 is out of range"),
    (
        ["report", "statement", "No such contract", "--month", "2026-01", *OUT, *DEMO],
        "no contract 'No such contract'",
    ),
    (["report", "review", "x", "--quarter", "9999Q4", *OUT], "--quarter: 9999Q4 is out of range"),
    (
        ["report", "review", "x", "--quarter", "2026Q5", *OUT],
        "--quarter: '2026Q5' is not a quarter",
    ),
    (
        ["report", "review", "No such client", "--quarter", "2026Q3", *OUT, *DEMO],
        "no client 'No such client'",
    ),
    (["report", "payslip", *OUT], "invalid choice"),
    # sync, server, users
    (["sync", *DEMO], None),  # a store that does not sync yet
    (["sync", "--status", "--db", "{noise}"], f"--db: {{noise}} {NOT_A_STORE}"),
    (["sync", "--url", "mysql://u@h/db", "--db", "{tmp}/replica.sqlite3"], None),
    (["server", "init", "--url", "postgresql://u@host:abc/db"], None),
    (
        ["server", "prune", "--url", "postgresql://u@h/db", "--older-than-days", "x"],
        "--older-than-days: 'x' is not a whole number",
    ),
    (
        [
            "users",
            "add",
            "--url",
            "postgresql://u@h/db",
            "bob",
            "--name",
            "Bob",
            "--role",
            "wizard",
        ],
        "--role: invalid choice",
    ),
    # the window and the top level
    (["--db", "{noise}"], f"--db: {{noise}} {NOT_A_STORE}"),
    (["frobnicate"], "invalid choice"),
    (["tickets", "list", "--no-such-option"], "unrecognized arguments"),
]


@pytest.mark.parametrize(("argv", "needle"), CASES, ids=[" ".join(argv)[:60] for argv, _ in CASES])
def test_malformed_input_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    argv: list[str],
    needle: str | None,
) -> None:
    code, _, err = run(capsys, [arg.format(**files) for arg in argv])
    assert_one_error_line(code, err, needle.format(**files) if needle else None)


def test_a_refused_demo_day_creates_no_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "new.sqlite3"
    code, _, err = run(capsys, ["demo", "--today", "9999-12-31", "--db", str(db)])
    assert_one_error_line(code, err, "(1970-01-01 to 9998-12-31)")
    assert not db.exists()


def test_a_missing_driver_package_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "asyncpg", None)  # importing it now fails
    code, _, err = run(capsys, ["db", "upgrade", "--db", "postgresql+asyncpg://u@h/db"])
    assert_one_error_line(code, err, "--db: the driver for 'postgresql+asyncpg' is not installed")


# Output paths: never through a device, a pipe, or anything but a regular file.


def _devices(tmp_path: Path) -> list[Path]:
    """/dev/full and /dev/null, and a private copy of /dev/full where mknod is allowed."""
    found = [Path(p) for p in ("/dev/full", "/dev/null") if Path(p).exists()]
    own = tmp_path / "full"
    try:
        os.mknod(own, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        found.append(own)
    except (OSError, AttributeError):
        pass
    return [p for p in found if stat.S_ISCHR(p.stat().st_mode)]


def test_output_to_a_character_device_is_refused_and_the_device_stays(
    capsys: pytest.CaptureFixture[str], files: dict[str, str], tmp_path: Path
) -> None:
    devices = _devices(tmp_path)
    if not devices:
        pytest.skip("no character device to try")
    for device in devices:
        before = device.stat()
        code, _, err = run(capsys, [*DAY_SHEET[:-1], str(device), "--db", files["demo"]])
        assert_one_error_line(code, err, f"-o: {device} is a character device")
        after = device.stat()
        assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
        assert after.st_ino == before.st_ino, f"{device} was replaced"
        assert not [p for p in device.parent.glob(f".{device.name}*partial")], "left a partial"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_link_to_a_device_and_a_named_pipe_are_refused(
    capsys: pytest.CaptureFixture[str], files: dict[str, str], tmp_path: Path
) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to("/dev/null")
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)  # opening it for writing would hang: it must not be opened at all
    for target, kind in ((link, "a character device"), (pipe, "a named pipe")):
        code, _, err = run(capsys, [*DAY_SHEET[:-1], str(target), "--db", files["demo"]])
        assert_one_error_line(code, err, f"-o: {target} is {kind}")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")
def test_a_device_is_not_a_store(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.sqlite3"
    os.mkfifo(pipe)
    for db, kind in (
        ("/dev/null", "a character device"),
        ("sqlite:////dev/null", "a character device"),
        (str(pipe), "a named pipe"),
    ):
        code, _, err = run(capsys, ["tickets", "list", "--db", db])
        path = db.removeprefix("sqlite:///")
        assert_one_error_line(code, err, f"--db: {path} is {kind}, not a database file")
    assert not Path("/dev/null-wal").exists() and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_report_replaces_a_regular_file_through_a_link_keeping_its_mode(
    capsys: pytest.CaptureFixture[str], files: dict[str, str], tmp_path: Path
) -> None:
    old = tmp_path / "old.pdf"
    old.write_bytes(b"old")
    old.chmod(0o640)
    link = tmp_path / "latest.pdf"
    link.symlink_to(old.name)
    code, _, err = run(capsys, [*DAY_SHEET[:-1], str(link), "--db", files["demo"]])
    assert code == 0, err
    assert link.is_symlink() and old.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_output_into_proc_is_one_line(
    capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    for target in ("/proc/x.pdf", "/proc/version"):
        code, _, err = run(capsys, [*DAY_SHEET[:-1], target, "--db", files["demo"]])
        assert_one_error_line(code, err, f"-o: {target}: cannot create a file in /proc")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write a read-only folder"
)
def test_output_into_a_read_only_folder_is_permission_denied(
    capsys: pytest.CaptureFixture[str], files: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = run(capsys, [*DAY_SHEET[:-1], str(folder / "x.pdf"), "--db", files["demo"]])
    finally:
        folder.chmod(0o755)
    assert_one_error_line(code, err, f"-o: {folder / 'x.pdf'}: permission denied")


def test_refused_writes_name_the_reason_and_leave_no_partial_file(
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Permission denied (as a non-root user sees it) and a full disk, whoever runs the tests."""
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"kept")
    real_open = os.open

    def denied(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".partial"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    for name, fake, reason in (("open", denied, "permission denied"),
                               ("fsync", full, "no space left on device")):  # fmt: skip
        with monkeypatch.context() as patch:
            patch.setattr(os, name, fake)
            code, _, err = run(capsys, [*DAY_SHEET[:-1], str(target), "--db", files["demo"]])
        assert_one_error_line(code, err, f"-o: {target}: {reason}")
        assert target.read_bytes() == b"kept"
        assert not list(tmp_path.glob("*.partial"))


# PostgreSQL: a role running a command it may not.


def test_permission_errors_from_postgresql_are_one_line(
    capsys: pytest.CaptureFixture[str], server: object
) -> None:
    """A dispatcher's login may read the shared database, but not run its owner's commands."""
    from console.enums import Role

    url = server.login("clerk", Role.DISPATCHER)  # type: ignore[attr-defined]
    for argv, needle in (
        (["server", "prune", "--url", url], "--url: permission denied for table"),
        (["server", "init", "--url", url], "--url: permission denied for schema public"),
        (["users", "add", "--url", url, "bob", "--name", "Bob", "--role", "dispatcher"], None),
    ):
        code, _, err = run(capsys, argv)
        assert_one_error_line(code, err, needle)
