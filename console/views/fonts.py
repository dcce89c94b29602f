"""The shipped fallback font, so Japanese names never show as empty boxes."""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from console.resources_path import resource_root

FALLBACK_FILES = ("ipaexg.ttf",)
_installed: list[str] | None = None


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Register the shipped fonts and put them after the system font; returns their families."""
    families: list[str] = []
    for name in FALLBACK_FILES:
        # by path: Qt reads the 6 MB file itself, without a copy through Python bytes
        with as_file(resource_root().joinpath("fonts", name)) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def ensure_fallback_fonts() -> list[str]:
    """Install the fallback fonts once per process (no-op without a QApplication)."""
    global _installed
    app = QApplication.instance()
    if _installed is None and isinstance(app, QApplication):
        _installed = install_fallback_fonts(app)
    return _installed or []
