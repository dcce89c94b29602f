"""The review notes dialog (V1): the desk lists, adds, changes and closes a client's
focus areas, risks and recommendations from the window; reachable from the File menu."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.model import Client, ReviewNote

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _desk(engine: Engine, username: str | None) -> Any:
    from console.views.context import DeskContext

    desk = DeskContext(engine, clock=lambda: NOW)
    desk.sign_in(username)
    return desk


def test_v1_the_desk_keeps_review_notes_in_the_window(qtbot: Any, demo_engine: Engine) -> None:
    from console.views.dialog_support import set_chosen
    from console.views.review_notes_dialog import ReviewNotesDialog

    with Session(demo_engine) as session:
        client = session.scalars(select(Client).order_by(Client.name)).first()
        assert client is not None
        client_id = client.id
    dialog = ReviewNotesDialog(_desk(demo_engine, None), client_id=client_id)
    qtbot.addWidget(dialog)
    assert dialog.client_id() == client_id and dialog.table.rowCount() == 0
    set_chosen(dialog.kind, "risk")
    dialog.text.setText("Disks of server 7 near end of life")
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "Disks of server 7 near end of life"
    assert dialog.text.text() == ""
    dialog.table.selectRow(0)
    assert dialog.close_note.isEnabled()
    set_chosen(dialog.new_status, "in_progress")
    qtbot.mouseClick(dialog.set_status, Qt.MouseButton.LeftButton)
    with Session(demo_engine) as session:
        note = session.scalars(select(ReviewNote)).one()
        assert (note.kind, note.status, note.raised_on) == ("risk", "in_progress", NOW.date())
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.close_note, Qt.MouseButton.LeftButton)
    with Session(demo_engine) as session:
        assert session.scalars(select(ReviewNote.status)).one() == "closed"
    dialog.open_only.setChecked(True)
    assert dialog.table.rowCount() == 0


def test_v1_an_engineer_is_told_review_notes_are_the_desks(
    qtbot: Any, demo_engine: Engine, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from console.views.review_notes_dialog import ReviewNotesDialog

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    dialog = ReviewNotesDialog(_desk(demo_engine, "eng001"))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert said and "desk" in said[0]


def test_v1_review_notes_are_in_the_file_menu(window: Any, monkeypatch: Any) -> None:
    from console.views.review_notes_dialog import ReviewNotesDialog

    opened: list[ReviewNotesDialog] = []
    monkeypatch.setattr(ReviewNotesDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.act_review_notes in window.menus["&File"].actions()
    window.act_review_notes.trigger()
    assert len(opened) == 1 and opened[0].client.count() > 0


def test_v1_a_focus_area_is_picked_from_the_usual_themes(qtbot: Any, demo_engine: Engine) -> None:
    """V1: writing a focus area offers the themes a kick-off usually sets; a risk or a
    recommendation is written freely."""
    from console.views.dialog_support import set_chosen
    from console.views.review_notes_dialog import ReviewNotesDialog

    dialog = ReviewNotesDialog(_desk(demo_engine, None))
    qtbot.addWidget(dialog)
    set_chosen(dialog.kind, "focus")
    completer = dialog.text.completer()
    assert completer is not None
    completer.setCompletionPrefix("back")
    assert completer.currentCompletion() == "Backups and recovery"
    completer.setCompletionPrefix("wi-fi")  # any part of a theme finds it
    assert completer.currentCompletion() == "Network and Wi-Fi"
    set_chosen(dialog.kind, "risk")
    completer.setCompletionPrefix("back")
    assert completer.completionCount() == 0
