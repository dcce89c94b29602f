"""Help ▸ Open log folder: the folder of the log file, in the system's file manager."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from console.services.logs import log_file


def open_log_folder(parent: QWidget | None = None) -> bool:
    """Open the log's folder; where none can be opened, say where it is."""
    folder = log_file().parent
    with contextlib.suppress(OSError):  # a folder that cannot be made is named below
        folder.mkdir(parents=True, exist_ok=True)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("LogFolder", "Log folder"),
        QCoreApplication.translate("LogFolder", "The log is kept in %1").replace("%1", str(folder)),
    )
    return False
