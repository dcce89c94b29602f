"""The console's log: a rotating file in the user's log folder, and stderr for warnings.

Every run (a command or the window) starts with the version and the database in use,
never its password; every error is written with its traceback. The file rotates at
`MAX_BYTES`, keeping `BACKUPS` older files, so a desk left running for months keeps the
last few megabytes and no more.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from platformdirs import user_log_path

from console import __version__
from console.paths import APP_NAME

DIR_VARIABLE = "DISPATCH_LOG_DIR"
"""Names another log folder (tests, a portable install); the user's log folder otherwise."""

FILE_NAME = "dispatch-console.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
"""Four older files beside the current one: five files of at most a megabyte."""

LEVELS = ("debug", "info", "warning", "error")
"""The values of --log-level."""
DEFAULT_LEVEL = "info"

SAID = {"said": True}
"""`extra=` of a record the user was told already (a command's error line): the file
keeps it, stderr does not repeat it."""

FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("console")
_active: Path | None = None


def log_dir() -> Path:
    """The folder the log is written in (not created here)."""
    override = os.environ.get(DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    """The log file of this run, or where it would be."""
    return _active or log_dir() / FILE_NAME


def database_label(db: str | None) -> str:
    """A --db or --url value as the log names it: a file, or a URL without its password."""
    if not db:
        from console.paths import default_database

        return str(default_database())
    if "://" not in db:
        return db
    from sqlalchemy.engine import make_url

    try:
        url = make_url(db).difference_update_query(["password"])
    except Exception:  # a malformed URL is refused by the command; never log it raw
        return "(a database URL that could not be read)"
    return url.render_as_string(hide_password=True)


class _RotatingFile(logging.handlers.RotatingFileHandler):
    """Rotates like its parent, but a rotation another process blocks (Windows keeps an
    open file from being renamed) keeps writing to the current file."""

    def doRollover(self) -> None:  # noqa: N802 - logging's API
        """Rotate the files; when that is refused, carry on in the same file."""
        try:
            super().doRollover()
        except OSError:
            self.maxBytes = 0  # no more attempts in this run: the file grows a little
            if self.stream is None:
                self.stream = self._open()


class _Stderr(logging.StreamHandler[TextIO]):
    """Warnings and errors as one line each on the current stderr, without tracebacks."""

    def __init__(self) -> None:
        super().__init__()
        self.setLevel(logging.WARNING)
        self.addFilter(lambda record: not getattr(record, "said", False))

    @property
    def stream(self) -> TextIO:  # sys.stderr now, even when it was replaced after start
        """The process's stderr at the time of writing."""
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass

    def format(self, record: logging.LogRecord) -> str:
        """`dispatch-console: warning: ...`, like the command line's own lines."""
        text = " ".join(record.getMessage().split())
        return f"{APP_NAME}: {record.levelname.lower()}: {text}"


def _open_file(path: Path) -> _RotatingFile:
    path.parent.mkdir(parents=True, exist_ok=True)
    file = _RotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    file.setFormatter(logging.Formatter(FORMAT))
    file.setLevel(logging.DEBUG)
    return file


@contextmanager
def logging_to_file(
    level: str = DEFAULT_LEVEL,
    *,
    database: str | None = None,
    server: str | None = None,
    command: str = "window",
) -> Iterator[Path | None]:
    """Log this run into the rotating file (and warnings onto stderr) while the block runs;
    yields the file, or None when its folder cannot be written.

    ``database`` is the --db value, ``server`` a shared database's --url; the log names
    both without their passwords.
    """
    global _active
    root = logging.getLogger()
    stderr = _Stderr()
    handlers: list[logging.Handler] = [stderr]
    path: Path | None = log_dir() / FILE_NAME
    try:
        file = _open_file(log_dir() / FILE_NAME)
        handlers.append(file)
    except OSError as exc:
        print(f"{APP_NAME}: warning: no log is written: {exc}", file=sys.stderr)
        path = None
    # only the console's own loggers follow --log-level: the libraries stay at warnings
    # (an IMAP library at debug would write the login into the file)
    old_level, old_active = log.level, _active
    log.setLevel(level.upper())
    for handler in handlers:
        root.addHandler(handler)
    _active = path or old_active
    try:
        log.info(
            "Dispatch Console %s, Python %s on %s",
            __version__,
            platform.python_version(),
            platform.platform(terse=True),
        )
        where = database_label(database)
        if server:
            where += f", shared database {database_label(server)}"
        log.info("%s on %s", command, where)
        yield path
    finally:
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
        log.setLevel(old_level)
        _active = old_active
