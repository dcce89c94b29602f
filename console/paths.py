"""Where the console keeps its files on this machine (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "dispatch-console"


def data_dir() -> Path:
    """The per-user data folder, created on first use."""
    path = user_data_path(APP_NAME, appauthor=False, ensure_exists=True)
    return path


def default_database() -> Path:
    """The local store used when no --db is given."""
    return data_dir() / "console.sqlite3"
