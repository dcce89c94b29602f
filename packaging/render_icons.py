"""Render the application icon's PNG sizes from its SVG (run after changing the SVG).

`.venv/bin/python packaging/render_icons.py` writes console/resources/icons/
dispatch-console-<size>.png for every size a desktop asks for; the PNGs are committed,
so neither the bundle nor an install needs Qt's SVG support to show the icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "console" / "resources" / "icons"
NAME = "dispatch-console"
SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, target: Path) -> None:
    """Draw the SVG on a transparent square of ``size`` pixels and save it as PNG."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"{target}: cannot write")


def main() -> int:
    """Render every size; a QGuiApplication (offscreen) is needed for painting."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    svg = ICONS / f"{NAME}.svg"
    for size in SIZES:
        target = ICONS / f"{NAME}-{size}.png"
        render(svg, size, target)
        print(f"{target}: {size}x{size}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
