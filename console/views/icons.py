"""The window's own icons, shipped as SVG under console/resources/icons.

A glyph such as an emoji shows as an empty box where the desk's fonts lack it; an SVG
drawn by Qt looks the same on every machine, light or dark.
"""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtGui import QIcon

from console.resources_path import resource_root

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """A shipped icon by name ("emergency", "premium"), loaded once per process."""
    found = _cache.get(name)
    if found is None:
        # drawn when first painted, at the size asked: nothing is rendered at start-up
        with as_file(resource_root().joinpath("icons", f"{name}.svg")) as path:
            found = QIcon(str(path))
        _cache[name] = found
    return found
