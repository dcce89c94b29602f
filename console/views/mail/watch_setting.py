"""Whether this desk fetches mail while its window is open: a setting of the desk (QSettings),
not of the store, since each desk decides for itself."""

from __future__ import annotations

from PySide6.QtCore import QSettings

WATCH_SETTING = "mail/fetch_while_open"
"""QSettings key: this desk watches the mailboxes while its window is open."""


def wants_watching(settings: QSettings) -> bool:
    """Whether the user asked this desk to fetch mail while its window is open."""
    return str(settings.value(WATCH_SETTING, "false")).lower() == "true"
