"""The window's colours: the system's, or a light or dark theme the desk chooses.

A chosen theme uses Qt's Fusion style. Fusion draws the frame of a check box, a radio
button, a field, a text box or a list a shade darker than the window, which vanishes on a
dark window: an unticked box could not be told from the background, nor a text box or a
list from the dialog around it. `ThemeStyle` draws those frames a shade lighter there.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

_SYSTEM_PALETTE: QPalette | None = None
Option = TypeVar("Option", bound=QStyleOption)

FRAME_ON_DARK = QColor("#9a9a9a")
"""What Fusion takes as the window's colour for a frame on a dark window: it draws the
frame darker than that (#6e6e6e), clear against #2b2b2b and the fields' #1f1f1f."""

_FRAMED = frozenset(
    {
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_Frame,  # text boxes, lists and tables
    }
)

_FRAMED_CONTROLS = frozenset(
    {QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox}
)  # number and choice fields: their frame is Fusion's outline too


SIGNALS: dict[str, tuple[QColor, QColor]] = {
    "late": (QColor(200, 35, 35), QColor(255, 112, 112)),
    "at_risk": (QColor(165, 92, 0), QColor(240, 170, 60)),
    "paused": (QColor(110, 110, 110), QColor(168, 168, 168)),
    "on_track": (QColor(30, 125, 55), QColor(95, 200, 125)),
}
"""What a text's colour says (a deadline missed, near, paused or kept), on a light window
and on a dark one: the light theme's own reds and greens read at barely 3:1 on the dark
one's fields. Each reads at 4.5:1 or more against its theme's fields, the contrast small
text needs; the word beside it always says the same."""


def signal_colour(name: str, palette: QPalette) -> QColor:
    """The colour of a signal (`SIGNALS`) on this palette."""
    light, dark = SIGNALS[name]
    return dark if is_dark(palette) else light


def is_dark(palette: QPalette) -> bool:
    """Whether a palette's window is dark (its text lighter than its background)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


class ThemeStyle(QProxyStyle):
    """Fusion, with the frames of boxes and fields visible on a dark window."""

    def drawPrimitive(  # noqa: N802 - Qt API
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw as Fusion does; a framed element on a dark window gets a lighter frame."""
        if element in _FRAMED:
            option = _lit(option)
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(  # noqa: N802 - Qt API
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw as Fusion does; a number or choice field on a dark window gets a lighter
        frame."""
        if control in _FRAMED_CONTROLS:
            option = _lit(option)
        super().drawComplexControl(control, option, painter, widget)


def _lit(option: Option) -> Option:
    """On a dark window, a copy of the option whose frame Fusion draws lighter (see
    `FRAME_ON_DARK`); on a light one, the option as it is."""
    if not is_dark(option.palette):
        return option
    lit = type(option)(option)  # the same kind of option, its palette our own
    palette = QPalette(option.palette)
    palette.setColor(QPalette.ColorRole.Window, FRAME_ON_DARK)
    lit.palette = palette
    return lit


def apply_theme(theme: str) -> None:
    """Follow the system palette, or force light or dark."""
    global _SYSTEM_PALETTE
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(app.palette())
    if theme == "system":
        app.setPalette(_SYSTEM_PALETTE)
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is None:
        app.setPalette(dark_palette() if theme == "dark" else _SYSTEM_PALETTE)
        return
    if theme == "dark":
        # every primitive the window draws then passes through Python: only where needed
        app.setStyle(ThemeStyle(fusion))
        app.setPalette(dark_palette())
        return
    standard = fusion.standardPalette()
    app.setStyle(fusion)
    app.setPalette(QPalette(standard))


def dark_palette() -> QPalette:
    """A dark palette for desks that ask for it."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#272727"), (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#e6e6e6"), (roles.Mid, "#555555"), (roles.PlaceholderText, "#8a8a8a"),
        (roles.Link, "#8ab4f8"), (roles.LinkVisited, "#c58af9"),
    ):  # fmt: skip
        p.setColor(role, QColor(colour))
    # greyed out where an action is not open to the user (setColor above set every group)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor("#7a7a7a"))
    p.setColor(disabled, roles.Button, QColor("#2e2e2e"))
    return p
