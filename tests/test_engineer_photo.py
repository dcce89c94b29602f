"""D7: the engineer's photo, kept with them and sent when they are proposed, for the client
to check the ID against at the door: the rule, the command line, the window and the mail.
(The mail as a real server delivers it is in test_mail_sending.py.)"""

from __future__ import annotations

import email
import uuid
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select
from sync_support import Server

from console.enums import Role
from console.errors import ValidationError
from console.model import Engineer, User
from console.rules.photo import MOST_BYTES, described, photo_kind
from console.services.mail.composing import Attached, mail_with_files
from console.sync.replica import sync_once
from console.sync.session import store_session
from console.views.context import DeskContext
from console.views.master_data.editors import PhotoEditor
from console.views.master_data.engineers_view import EngineersView
from console.views.master_data.record_dialog import RecordDialog

JPEG_START, PNG_START = b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n"


def picture(path: Path, kind: str = "JPG") -> Path:
    """A small passport-like picture saved as a real file."""
    image = QImage(QSize(60, 80), QImage.Format.Format_RGB32)
    image.fill(QColor(200, 170, 150))
    assert image.save(str(path), kind)
    return path


def test_d7_a_photo_is_a_jpeg_or_png_a_mail_carries_easily() -> None:
    assert photo_kind(JPEG_START + b"rest") == ("image/jpeg", "jpg")
    assert photo_kind(PNG_START + b"rest") == ("image/png", "png")
    for wrong, why in (
        (b"GIF89a...", "JPEG or PNG"),
        (b"hello", "JPEG or PNG"),
        (JPEG_START + bytes(MOST_BYTES), "at most 512 KB (this one: 513 KB)"),
    ):
        with pytest.raises(ValidationError, match=why.replace("(", r"\(").replace(")", r"\)")):
            photo_kind(wrong)
    assert described(JPEG_START + bytes(40_000)) == "JPEG picture, 40 KB"
    assert described(PNG_START) == "PNG picture, 1 KB"


def test_a_photo_size_reads_the_same_in_the_listing_and_the_window(qapp: Any) -> None:
    """39.07 KB: the refusal and the listing round up, and the window's table gave 39."""
    from console.views.master_data.table_model import cell_text

    photo = JPEG_START + bytes(40_000)
    assert described(photo) == "JPEG picture, 40 KB"
    assert cell_text("photo", photo) == "picture, 40 KB"
    assert cell_text("photo", PNG_START) == "picture, 1 KB"


def test_d7_the_model_refuses_anything_but_a_photo() -> None:
    with pytest.raises(ValidationError, match="JPEG or PNG"):
        Engineer(name="Jan", home_time_zone="Europe/Amsterdam", photo=b"%PDF-1.7")


def test_d7_the_command_line_keeps_shows_and_takes_away_a_photo(
    capsys: pytest.CaptureFixture[str], store: Engine, sqlite_path: Path, tmp_path: Path
) -> None:
    def cli(*argv: str) -> tuple[int, str, str]:
        return run_cli(capsys, "--db", str(sqlite_path), "engineers", *argv)

    face = picture(tmp_path / "jan.jpg")
    code, out, err = cli("add", "--name", "Jan de Vries", "--home-time-zone",
                             "Europe/Amsterdam", "--photo", str(face))  # fmt: skip
    assert code == 0, err
    code, out, _err = cli("show", "Jan de Vries")
    assert "photo" in out and "JPEG picture, 1 KB" in out
    # one line naming the field and the reason, nothing written
    (tmp_path / "notes.txt").write_text("not a picture")
    for bad, why in (
        (tmp_path / "notes.txt", "a photo is a JPEG or PNG picture"),
        (tmp_path / "gone.jpg", "cannot read"),
    ):
        code, out, err = cli("edit", "Jan de Vries", "--photo", str(bad))
        assert code == 2 and err.count("\n") == 1 and f"photo: {why}" in err, err
    assert "JPEG picture" in cli("show", "Jan de Vries")[1]
    code, _out, err = cli("edit", "Jan de Vries", "--photo", "")
    assert code == 0, err
    assert "picture" not in cli("show", "Jan de Vries")[1]


@pytest.fixture
def desk(store: Engine) -> DeskContext:
    """An administrator's desk on an empty store."""
    with store_session(store) as session, session.begin():
        session.add(User(username="anna", display_name="Anna", role=Role.ADMIN))
    desk = DeskContext(store)
    desk.sign_in("anna")
    return desk


def test_d7_the_engineer_editor_shows_chooses_and_removes_the_photo(
    qtbot: QtBot, desk: DeskContext, store: Engine, tmp_path: Path
) -> None:
    view = EngineersView(desk)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    dialog = view.add_dialog()
    qtbot.addWidget(dialog)
    photo = dialog.editors["photo"]
    assert isinstance(photo, PhotoEditor) and photo.preview.text() == "No photo"
    assert not photo.remove.isEnabled()
    dialog.set_values(name="Jan de Vries", home_time_zone="Europe/Amsterdam",
                      photo=str(picture(tmp_path / "jan.png", "PNG")))  # fmt: skip
    assert not photo.preview.pixmap().isNull() and photo.remove.isEnabled()
    dialog.ok_button().click()
    assert not dialog.isVisible()
    view.reload()
    view.select(dialog.result_value)  # as the Add button's flow does
    with store_session(store) as session:
        stored = session.scalars(select(Engineer.photo)).one()
    assert stored is not None and stored.startswith(PNG_START)
    record = view.record
    assert record is not None and "Photo" in view.summary.toPlainText()
    # the edit dialog opens on the stored picture; removing it takes it away
    again = view.edit_dialog(record)
    qtbot.addWidget(again)
    assert again.editors["photo"].value() == stored
    assert not again.editors["photo"].preview.pixmap().isNull()
    again.editors["photo"].remove.click()
    assert again.changes() == {"photo": None}
    again.ok_button().click()
    with store_session(store) as session:
        assert session.scalars(select(Engineer.photo)).one() is None


def test_d7_a_file_that_is_no_picture_is_refused_under_its_field(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    view = EngineersView(desk)
    qtbot.addWidget(view)
    dialog: RecordDialog = view.add_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    (tmp_path / "cv.pdf").write_bytes(b"%PDF-1.7")
    dialog.set_values(name="Jan", home_time_zone="Europe/Amsterdam", photo=str(tmp_path / "cv.pdf"))
    assert dialog.editors["photo"].preview.text() == "cv.pdf"
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert dialog.errors["photo"].text() == "a photo is a JPEG or PNG picture"


def test_a_mail_with_files_is_read_back_whole_names_outside_ascii_too() -> None:
    files = [
        Attached("山田 彩.jpg", "image/jpeg", JPEG_START + bytes(3000)),
        Attached("Jan de Vries.png", "image/png", PNG_START + b"x" * 10),
    ]
    raw = mail_with_files([("Subject", "Visit"), ("Message-ID", f"<{uuid.uuid4()}@x>")],
                          "Ziet u de foto's?\nGroet\n", files)  # fmt: skip
    mail = email.message_from_bytes(raw, policy=default)
    assert mail.get_content_type() == "multipart/mixed"
    text = mail.get_body(("plain",)).get_content()
    assert text.replace("\r\n", "\n") == "Ziet u de foto's?\nGroet\n"
    got = [
        (a.get_filename(), a.get_content_type(), a.get_content()) for a in mail.iter_attachments()
    ]
    assert got == [(f.filename, f.media_type, f.data) for f in files]


@pytest.mark.postgres
def test_d7_a_photo_set_at_one_desk_reaches_the_other_and_the_engineer(server: Server) -> None:
    """The photo travels as bytes through the shared database, to the other desks and to
    the engineer's own laptop (who may see their own record)."""
    desk1 = server.replica(server.login("desk", Role.DISPATCHER))
    desk2 = server.replica(server.login("desk2", Role.DISPATCHER))
    laptop = server.replica(server.login("eng_a", Role.ENGINEER, server.ids["engineer_a"]))
    for replica in (desk1, desk2, laptop):
        sync_once(replica)
    face = JPEG_START + bytes(range(256)) * 40
    with store_session(desk1) as session, session.begin():
        session.get_one(Engineer, server.ids["engineer_a"]).photo = face
    assert dict(sync_once(desk1).pushed.answers) == {"applied": 1}
    for replica in (desk2, laptop):
        sync_once(replica)
        with store_session(replica) as session:
            assert session.get_one(Engineer, server.ids["engineer_a"]).photo == face
