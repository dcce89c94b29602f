"""The dark theme: the frame of an unticked box stands out from the window around it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from console.views.theme import ThemeStyle, apply_theme, dark_palette, is_dark


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The application's style and palette as they were, once the test is over."""
    style = qapp.style().name()
    yield
    apply_theme("system")
    qapp.setStyle(style)


def _frame_contrast(qtbot, widget: QCheckBox | QRadioButton, element) -> int:
    """How far the lightest pixel on the indicator's edge is from the window's colour."""
    qtbot.addWidget(widget)
    widget.resize(200, 40)
    widget.show()
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    box = widget.style().subElementRect(element, option, widget)
    image = widget.grab().toImage()
    window = widget.palette().color(widget.backgroundRole()).lightness()
    ratio = image.devicePixelRatio()
    edge = [(x, box.top()) for x in range(box.left(), box.right() + 1)]
    edge += [(box.left(), y) for y in range(box.top(), box.bottom() + 1)]
    return max(
        abs(QColor(image.pixel(int(x * ratio), int(y * ratio))).lightness() - window)
        for x, y in edge
    )


@pytest.mark.parametrize(
    ("kind", "element"),
    [
        (QCheckBox, QStyle.SubElement.SE_CheckBoxIndicator),
        (QRadioButton, QStyle.SubElement.SE_RadioButtonIndicator),
    ],
)
def test_an_unticked_box_shows_its_frame_on_the_dark_theme(qtbot, themed, kind, element) -> None:
    apply_theme("dark")
    assert is_dark(QApplication.palette())
    # Fusion alone drew the frame about 20 steps of lightness from the window: unseen
    assert _frame_contrast(qtbot, kind("Send the records"), element) >= 40


def test_the_light_theme_is_fusions_own(qtbot, themed) -> None:
    apply_theme("dark")
    apply_theme("light")  # switched back in the settings
    assert not is_dark(QApplication.palette())
    assert not isinstance(QApplication.style(), ThemeStyle)
    assert QApplication.style().name().lower() == "fusion"
    assert (
        _frame_contrast(
            qtbot, QCheckBox("Send the records"), QStyle.SubElement.SE_CheckBoxIndicator
        )
        >= 40
    )


def test_the_dark_palette_is_dark() -> None:
    assert is_dark(dark_palette())


def test_a_text_box_shows_its_frame_on_the_dark_theme(qtbot, themed) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    apply_theme("dark")
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    box.resize(200, 80)
    box.show()
    image = box.grab().toImage()
    window = box.palette().color(box.backgroundRole()).lightness()
    edge = QColor(image.pixel(image.width() // 2, 0)).lightness()
    assert abs(edge - QApplication.palette().window().color().lightness()) >= 40
    assert abs(edge - window) >= 40  # and from the box's own background


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_signal_colour_reads_on_the_fields_of_both_themes(qapp, themed) -> None:
    from PySide6.QtGui import QPalette

    from console.views.theme import SIGNALS, signal_colour

    for theme in ("light", "dark"):
        apply_theme(theme)
        palette = QApplication.palette()
        for name in SIGNALS:
            colour = signal_colour(name, palette)
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
                assert _contrast(colour, palette.color(role)) >= 4.5, (theme, name, role)


def test_the_queues_late_countdown_takes_the_themes_colour(window, themed) -> None:
    """The red of the light theme read at about 3:1 on the dark theme's fields."""
    from PySide6.QtCore import Qt

    from console.views.queue_model import KEYS
    from console.views.theme import SIGNALS

    model, sla = window.queue.model, KEYS.index("sla")
    rows = [r for r in range(model.rowCount()) if str(model.index(r, sla).data()).endswith("late")]
    assert rows

    def colour() -> QColor:
        return model.index(rows[0], sla).data(Qt.ItemDataRole.ForegroundRole).color()

    apply_theme("dark")
    QApplication.processEvents()
    assert colour() == SIGNALS["late"][1]
    apply_theme("light")
    QApplication.processEvents()
    assert colour() == SIGNALS["late"][0]


def test_the_hours_an_engineer_works_stand_out_on_both_themes(qapp, themed) -> None:
    """The board shaded the hours off work in the window's colour: 1.1:1 beside the
    working hours on the dark theme, next to invisible."""
    from console.views.calendar_widget import off_hours_colour

    for theme in ("light", "dark"):
        apply_theme(theme)
        palette = QApplication.palette()
        assert _contrast(off_hours_colour(palette), palette.base().color()) >= 1.3, theme
        # and a label on it still reads
        assert _contrast(off_hours_colour(palette), palette.text().color()) >= 7, theme
