"""The client's sign-off on screen: the pad takes mouse strokes, gives a trimmed PNG on white,
clears; the leave dialog keeps the pad's signature beside the picture file, and completing
a visit stores it and prints it on the work order (D7), on a local store without a server."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from test_my_day import NOW, plan_world

from console.enums import Role, VisitStatus
from console.model import Visit
from console.rules.leaving import PNG_MAGIC
from console.services.acting import Acting
from console.sync.session import store_session
from console.views.signature_pad import MARGIN, SCALE, SignaturePad

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def _stroke(widget: object, points: list[tuple[int, int]]) -> None:
    """One stroke with the mouse: press at the first point, move through, release at the last."""
    first, *rest = [QPoint(x, y) for x, y in points]
    QTest.mousePress(widget, LEFT, NONE, first)  # type: ignore[call-overload]
    for p in rest[:-1]:
        QTest.mouseMove(widget, p)  # type: ignore[call-overload]
    QTest.mouseRelease(widget, LEFT, NONE, rest[-1] if rest else first)  # type: ignore[call-overload]


def _pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 180)
    pad.show()
    return pad


def test_a_mouse_signature_gives_a_trimmed_png_on_white(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    assert pad.is_empty() and pad.png() == b"" and not pad.clear_button.isEnabled()
    with qtbot.waitSignal(pad.changed):
        _stroke(pad.canvas, [(40, 80), (60, 60), (80, 90), (100, 55), (120, 85), (140, 70)])
    _stroke(pad.canvas, [(160, 50), (165, 95)])
    assert len(pad.canvas.strokes) == 2 and pad.clear_button.isEnabled()
    data = pad.png()
    assert data.startswith(PNG_MAGIC)
    image = QImage.fromData(data)
    assert not image.isNull()
    # cut to the ink (x 40..165, y 50..95) with the margin, at twice the pad's pixels
    assert abs(image.width() - (125 + 2 * MARGIN) * SCALE) <= 2 * SCALE * 2
    assert abs(image.height() - (45 + 2 * MARGIN) * SCALE) <= 2 * SCALE * 2
    assert image.pixelColor(0, 0) == QColor(Qt.GlobalColor.white)  # paper, not transparent
    assert not image.hasAlphaChannel()
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50  # the ink is there


def test_clear_wipes_the_pad_and_a_click_is_a_dot(qtbot: QtBot) -> None:
    pad = _pad(qtbot)
    _stroke(pad.canvas, [(30, 30), (90, 90)])
    with qtbot.waitSignal(pad.changed):
        pad.clear_button.click()
    assert pad.is_empty() and pad.png() == b"" and not pad.clear_button.isEnabled()
    QTest.mouseClick(pad.canvas, LEFT, NONE, QPoint(50, 50))
    assert not pad.is_empty()
    dot = QImage.fromData(pad.png())
    assert dot.width() < 30 * SCALE and dot.height() < 30 * SCALE  # a dot, trimmed
    # only the left button signs
    pad.clear()
    QTest.mouseClick(pad.canvas, Qt.MouseButton.RightButton, NONE, QPoint(50, 50))
    assert pad.is_empty()


def test_the_leave_dialog_keeps_the_pad_beside_the_picture_file(qtbot: QtBot) -> None:
    from console.views.leave_dialog import LeaveDialog

    dialog = LeaveDialog("V-2026-000101", NOW, "Europe/Amsterdam")
    qtbot.addWidget(dialog)
    dialog.show()
    picture = b"\x89PNG\r\n\x1a\nfile"
    dialog.set_signature(picture, "sanne.png")
    assert dialog.answer().signature == picture and "sanne.png" in dialog.signature_label.text()
    _stroke(dialog.pad.canvas, [(30, 60), (90, 40), (150, 70)])
    drawn = dialog.answer().signature
    assert drawn is not None and drawn.startswith(PNG_MAGIC) and drawn != picture
    assert dialog.signature_label.text() == "Signed on the pad"
    dialog.pad.clear()
    assert dialog.answer().signature is None and dialog.signature_label.text() == "No signature"
    dialog.set_signature(picture, "sanne.png")  # a file after drawing takes the pad's place
    _stroke(dialog.pad.canvas, [(30, 60), (90, 40)])
    dialog.set_signature(picture, "again.png")
    assert dialog.pad.is_empty() and dialog.answer().signature == picture


def test_a_pad_signature_is_stored_on_completion_and_printed_on_the_work_order(
    qtbot: QtBot, store: Engine
) -> None:
    from console.reports.work_order import load_work_orders, render_work_orders
    from console.services.visits import advance_visit_to

    day = plan_world(store)
    pad = _pad(qtbot)
    _stroke(pad.canvas, [(40, 80), (70, 50), (100, 90), (130, 60)])
    signature = pad.png()
    sessions = partial(store_session, store, user_id=day.sanne_user, expire_on_commit=False)
    acting = Acting(day.sanne_user, Role.ENGINEER)
    visit_id = day.visits["V-2026-000101"]
    advance_visit_to(sessions, acting, visit_id, VisitStatus.COMPLETED, NOW,
                     approved_by="Pieter Jansen", approved_at=NOW - timedelta(minutes=5),
                     signature=signature)  # fmt: skip
    with Session(store) as session:
        visit = session.scalar(select(Visit).where(Visit.id == visit_id))
        assert visit is not None and visit.leave_signature == signature
        (order,) = load_work_orders(session, [visit_id])
    assert order.leave_signature == signature and order.leave_approved_by == "Pieter Jansen"
    pdf = render_work_orders([order])
    assert pdf.startswith(b"%PDF") and b"/Subtype /Image" in pdf
