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
