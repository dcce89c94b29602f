"""The mail channel in the window: mail settings with mailboxes (the password kept by the
secret store, never in the store of tickets), the reopen window (T8) kept where the intake
reads it, the Mail tab's list of unknown senders (T1: accepting one makes a ticket) and of
unreadable messages, a ticket's mail files, and Fetch now against the real test Dovecot.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from mailserver import support
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, select

from console.model import Ticket
from console.model.mail import Mailbox
from console.services.mail.intake import intake_settings, take_in
from console.services.mail.listings import quarantine_list, triage_list
from console.services.mail.mailboxes import add_mailbox, list_mailboxes, mail_settings
from console.services.mail.secrets import SECRETS_FOLDER, FolderSecrets
from console.services.master_data import clients
from console.sync.session import store_session
from console.views.context import DeskContext
from console.views.mail.accept_dialog import TriageAcceptDialog
from console.views.mail.mail_view import MailView
from console.views.mail.mailbox_dialog import MailboxDialog
from console.views.mail.raw_message import RawMessageDialog
from console.views.mail.settings_dialog import MailSettingsDialog
from console.views.settings_dialog import SettingsDialog

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ACME = {"country": "NL", "time_zone": "Europe/Amsterdam", "locale": "nl_NL", "currency": "EUR"}
BROKEN = (
    b"From: eva@acme.example\r\nSubject: broken\r\nMessage-ID: <broken-w1@acme.example>\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all\r\n"
)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item.text()


def _answer(dialog_type: type[QDialog], act: Callable[[Any], None]) -> list[BaseException]:
    """Act on the next dialog of this type once it shows (it runs modal); a failure rejects
    it and is handed back, so a test never hangs on it."""
    failures: list[BaseException] = []

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_type) and widget.isVisible():
                try:
                    act(widget)
                except BaseException as exc:  # handed to the test
                    failures.append(exc)
                    widget.reject()
                return
        QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)
    return failures


def _click(qtbot: QtBot, button: QPushButton, dialog_type: type[QDialog], act: Any) -> None:
    """Click a button that opens a modal dialog, and act on the dialog."""
    failures = _answer(dialog_type, act)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if failures:
        raise failures[0]


@pytest.fixture
def secrets_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Passwords in a private folder, as the command line's tests keep them."""
    folder = tmp_path / "secrets"
    monkeypatch.setenv(SECRETS_FOLDER, str(folder))
    return folder


@pytest.fixture
def desk(store: Engine, secrets_dir: Path) -> DeskContext:
    """A new desk (its owner acts before any user exists) with one client, Acme."""
    sessions = partial(store_session, store)
    clients.add_client(sessions, None, name="Acme", email_domain="acme.example", **ACME)
    clients.add_client(sessions, None, name="Tulp Logistiek", email_domain="tulp.example", **ACME)
    return DeskContext(store, clock=lambda: NOW)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _mailbox(desk: DeskContext, folder: str = "INBOX") -> None:
    add_mailbox(
        desk.session, None, FolderSecrets(Path(str(_secrets_folder()))), name="desk",
        host=support.HOST, port=support.PORT, tls="none", username=support.USER,
        password=support.PASSWORD, folder=folder, quarantine_folder=f"{folder}/Quarantine",
    )  # fmt: skip


def _secrets_folder() -> str:
    import os

    return os.environ[SECRETS_FOLDER]


def _take_in(desk: DeskContext, uid: int, raw: bytes) -> None:
    """A message taken in as the fetcher takes it, without a server."""
    with desk.session() as session, session.begin():
        mailbox = session.scalars(select(Mailbox)).one()
        take_in(session, mailbox, 1, uid, raw, NOW, intake_settings(session))


def _from_stranger(subject: str = "Our VPN is down") -> bytes:
    return (
        f"From: Max Mustermann <max@nowhere.example>\r\nTo: {support.USER}\r\n"
        f"Subject: {subject}\r\nMessage-ID: <{uuid.uuid4().hex}@nowhere.example>\r\n"
        "Date: Mon, 23 Nov 2026 08:55:00 +0000\r\n\r\nNobody can connect since 8:00.\r\n"
    ).encode()


def _mail_view(qtbot: QtBot, desk: DeskContext) -> MailView:
    view = MailView(desk)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.reload()
    return view


# ------------------------------------------------------------------ settings


def test_mail_settings_add_a_mailbox_whose_password_stays_out_of_the_store(
    qtbot: QtBot, desk: DeskContext, settings: QSettings, secrets_dir: Path, store: Engine
) -> None:
    dialog = MailSettingsDialog(desk, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.mailboxes.rowCount() == 0 and not dialog.ui.remove.isEnabled()

    def refused_then_fixed(box: MailboxDialog) -> None:
        ui = box.ui
        assert ui.password.echoMode() == ui.password.EchoMode.Password
        ui.name.setText("desk")
        ui.host.setText("mail.example.com")
        ui.tls.setCurrentIndex(ui.tls.findData("none"))
        assert ui.port.value() == 143  # the mode's usual port follows the choice
        ui.username.setText(support.USER)
        ui.password.setText("s3cret-of-the-desk")
        ui.folder.setText("INBOX")
        ui.client.setCurrentIndex(ui.client.findText("Acme"))
        ui.buttons.accepted.emit()
        # refused in words, naming the field as the form does; the dialog stays
        assert box.isVisible() and "security" in ui.problems.text().lower()
        assert "needs TLS" in ui.problems.text()
        ui.host.setText("127.0.0.1")
        ui.buttons.accepted.emit()

    _click(qtbot, dialog.ui.add, MailboxDialog, refused_then_fixed)
    (box,) = list_mailboxes(desk.session, FolderSecrets(secrets_dir))
    assert (box.name, box.host, box.port, box.tls, box.client) == (
        "desk", "127.0.0.1", 143, "none", "Acme",
    )  # fmt: skip
    assert box.has_password and (secrets_dir / "mail-desk").read_text() == "s3cret-of-the-desk"
    assert (secrets_dir / "mail-desk").stat().st_mode & 0o077 == 0
    with store.connect() as connection:  # the password never reaches the store
        dump = "\n".join(connection.connection.iterdump())
    assert "s3cret-of-the-desk" not in dump
    table = dialog.ui.mailboxes
    assert table.rowCount() == 1 and _cell(table, 0, 4) == "Acme"
    assert "s3cret" not in " ".join(_cell(table, 0, c) for c in range(6))

    # edit: everything but the name may change; a new password replaces the kept one
    table.selectRow(0)

    def moved(box: MailboxDialog) -> None:
        assert not box.ui.name.isEnabled() and box.ui.host.isEnabled()
        assert box.ui.password.text() == ""  # a kept password is never shown
        assert box.ui.enabled.isVisible() and box.ui.enabled.isChecked()
        box.ui.folder.setText("INBOX/Support")
        box.ui.client.setCurrentIndex(0)  # the shared desk address
        box.ui.enabled.setChecked(False)
        box.ui.password.setText("rotated-secret")
        box.ui.buttons.accepted.emit()

    _click(qtbot, dialog.ui.edit, MailboxDialog, moved)
    assert (secrets_dir / "mail-desk").read_text() == "rotated-secret"
    (box,) = list_mailboxes(desk.session, FolderSecrets(secrets_dir))
    assert (box.folder, box.client, box.enabled) == ("INBOX/Support", None, False)
    assert _cell(table, 0, 5) == "Switched off"

    def switched_on(box: MailboxDialog) -> None:  # re-enabled, nothing else touched
        box.ui.enabled.setChecked(True)
        box.ui.buttons.accepted.emit()

    table.selectRow(0)
    _click(qtbot, dialog.ui.edit, MailboxDialog, switched_on)
    (box,) = list_mailboxes(desk.session, FolderSecrets(secrets_dir))
    assert box.enabled and box.folder == "INBOX/Support"
    assert (secrets_dir / "mail-desk").read_text() == "rotated-secret"


def test_removing_a_mailbox_forgets_its_password(
    qtbot: QtBot,
    desk: DeskContext,
    settings: QSettings,
    secrets_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _mailbox(desk)
    dialog = MailSettingsDialog(desk, settings)
    qtbot.addWidget(dialog)
    dialog.ui.mailboxes.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ui.remove, Qt.MouseButton.LeftButton)
    assert dialog.ui.mailboxes.rowCount() == 0
    assert not (secrets_dir / "mail-desk").exists()


def test_t8_the_reopen_window_is_the_stored_mail_setting_in_both_dialogs(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    assert mail_settings(desk.session).reopen_days == 14
    dialog = MailSettingsDialog(desk, settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.reopen_days.value() == 14 and dialog.ui.attachment_limit.value() == 25
    dialog.ui.reopen_days.setValue(7)
    dialog.ui.attachment_limit.setValue(10)
    dialog.ui.fetch_while_open.setChecked(True)
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = mail_settings(desk.session)
    assert (stored.reopen_days, stored.attachment_limit_mb) == (7, 10)
    assert settings.value("mail/fetch_while_open") in (True, "true")

    # File ▸ Settings shows and keeps the same stored value, not a QSettings copy of it
    general = SettingsDialog(desk, settings)
    qtbot.addWidget(general)
    assert general.ui.reopen_days.value() == 7
    general.ui.reopen_days.setValue(21)
    general.ui.buttons.accepted.emit()
    assert general.result() == QDialog.DialogCode.Accepted
    assert mail_settings(desk.session).reopen_days == 21
    assert settings.value("reopen_days") is None
    again = MailSettingsDialog(desk, settings)
    qtbot.addWidget(again)
    assert again.ui.reopen_days.value() == 21


def test_a_dispatcher_sees_the_mail_settings_but_may_not_change_them(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    from console.enums import Role
    from console.services.local_identity import ensure_first_user
    from console.services.local_users import add_local_user

    with desk.session() as session, session.begin():
        admin = ensure_first_user(session, "anna", "Anna")
    user = add_local_user(desk.session, admin, username="dirk", display_name="Dirk",
                          role=Role.DISPATCHER)  # fmt: skip
    desk.user_id, desk.role = user, Role.DISPATCHER
    dialog = MailSettingsDialog(desk, settings)
    qtbot.addWidget(dialog)
    assert not dialog.ui.add.isEnabled() and not dialog.ui.reopen_days.isEnabled()
    assert "administrator" in dialog.ui.problems.text()
    general = SettingsDialog(desk, settings)
    qtbot.addWidget(general)
    assert not general.ui.reopen_days.isEnabled()


# ------------------------------------------------------------------ the Mail tab


def test_t1_an_unknown_sender_waits_in_triage_and_accept_makes_a_ticket(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mailbox(desk)
    _take_in(desk, 1, _from_stranger())
    _take_in(desk, 2, _from_stranger("Please unsubscribe me"))
    view = _mail_view(qtbot, desk)
    table = view.triage_table
    assert table.rowCount() == 2
    assert view.sections.tabText(0) == "Unknown senders (2)"
    rows = {_cell(table, r, 2): r for r in range(2)}
    assert _cell(table, rows["Our VPN is down"], 1) == "Max Mustermann <max@nowhere.example>"
    assert not view.accept_button.isEnabled()
    table.selectRow(rows["Our VPN is down"])

    def for_tulp(dialog: TriageAcceptDialog) -> None:
        assert "Our VPN is down" in dialog.ui.message.text()
        dialog.choose_client("Tulp Logistiek")
        dialog.ui.buttons.accepted.emit()

    _click(qtbot, view.accept_button, TriageAcceptDialog, for_tulp)
    with desk.session() as session:
        (ticket,) = session.scalars(select(Ticket)).all()
        assert ticket.title and "VPN" in ticket.title
        requester = ticket.requester
        assert requester is not None and requester.email == "max@nowhere.example"
    assert table.rowCount() == 1 and view.sections.tabText(0) == "Unknown senders (1)"

    table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.dismiss_triage_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0 and triage_list(desk.session) == []
    settled = sorted(r.resolution or "" for r in triage_list(desk.session, open_only=False))
    assert settled == ["dismissed", "ticket"]  # both kept in the store


def test_an_unreadable_message_shows_as_it_came_and_is_dismissed(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    _mailbox(desk)
    _take_in(desk, 1, BROKEN)
    view = _mail_view(qtbot, desk)
    view.show_quarantine()
    table = view.quarantine_table
    assert table.rowCount() == 1 and view.sections.tabText(1) == "Could not be read (1)"
    assert "boundary" in _cell(table, 0, 3)
    table.selectRow(0)
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    (shown,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, RawMessageDialog)]
    qtbot.addWidget(shown)
    assert shown.text.isReadOnly()
    assert "no boundary at all" in shown.text.toPlainText()
    assert shown.text.toPlainText() == BROKEN.decode().replace("\r\n", "\n")
    target = tmp_path / "broken.eml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown.save()
    assert target.read_bytes() == BROKEN  # Save… keeps the message byte for byte
    shown.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.dismiss_quarantine_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0 and quarantine_list(desk.session) == []
    assert len(quarantine_list(desk.session, open_only=False)) == 1  # kept in the store


def test_a_refused_action_is_one_sentence_without_a_rule_id(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.views.mail import mail_view

    _mailbox(desk)
    _take_in(desk, 1, _from_stranger())
    view = _mail_view(qtbot, desk)
    view.triage_table.selectRow(0)
    row = view.selected_triage()
    assert row is not None
    mail_view.dismiss_triage(desk.session, None, row.id)  # another desk settled it meanwhile
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    qtbot.mouseClick(view.dismiss_triage_button, Qt.MouseButton.LeftButton)
    assert said == ["triage: this message was settled already"]
    assert view.triage_table.rowCount() == 0  # and the list shows what is true now


def test_a_ticket_pane_lists_the_files_that_came_by_mail(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from email.message import EmailMessage

    from PySide6.QtWidgets import QFileDialog

    from console.views.ticket_pane import TicketPane

    _mailbox(desk)
    mail = EmailMessage()
    mail["From"] = "Eva <eva@acme.example>"
    mail["Subject"] = "Scanner log"
    mail["Message-ID"] = "<log-1@acme.example>"
    mail.set_content("The log is attached.")
    mail.add_attachment(b"line 1\nline 2\n", maintype="text", subtype="plain",
                        filename="scanner.log")  # fmt: skip
    _take_in(desk, 1, mail.as_bytes())
    with desk.session() as session:
        ticket_id = session.scalars(select(Ticket.id)).one()
    pane = TicketPane(desk)
    qtbot.addWidget(pane)
    pane.show()
    files_tab = pane.tabs.indexOf(pane.attachments)
    assert not pane.tabs.isTabVisible(files_tab)  # a ticket without mail files has no tab
    pane.show_ticket(ticket_id)
    assert pane.tabs.isTabVisible(files_tab)
    pane.tabs.setCurrentWidget(pane.attachments)
    table = pane.attachments.table
    assert table.rowCount() == 1 and _cell(table, 0, 0) == "scanner.log"
    table.selectRow(0)
    target = tmp_path / "saved.log"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(pane.attachments.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"line 1\nline 2\n"


# ------------------------------------------------------------------ Fetch now, end to end


def test_fetch_now_takes_mail_in_from_the_test_dovecot_off_the_window_thread(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    from qt_loop import on_the_loop

    from console.views.main_window import MainWindow

    support.require_server()
    folder = support.new_folder()
    try:
        _mailbox(desk, folder)
        support.append(folder, _from_stranger("Printer on fire"))
        support.append(folder, BROKEN)
        window = MainWindow(desk.engine, settings, desk)
        qtbot.addWidget(window)
        window.show()
        view = window.view_of("mail")
        assert isinstance(view, MailView)
        messages: list[str] = []
        window.statusBar().messageChanged.connect(messages.append)
        seen: dict[str, Any] = {}

        async def fetch() -> None:
            window.mail.act_fetch.trigger()  # File ▸ Fetch mail now
            seen["thread"] = view.fetcher.running  # running in the executor, not yet done
            seen["button"] = view.fetch_button.isEnabled()
            for _ in range(1000):
                if not view.fetcher.running:
                    break
                await asyncio.sleep(0.01)

        on_the_loop(fetch)
        assert seen == {"thread": True, "button": False}
        assert not view.fetcher.running and view.fetch_button.isEnabled()
        assert "Fetching mail…" in messages
        assert any("1 from unknown senders" in m and "1 unreadable" in m for m in messages)
        view.reload()
        assert view.triage_table.rowCount() == 1 and view.quarantine_table.rowCount() == 1
        assert _cell(view.triage_table, 0, 2) == "Printer on fire"
        assert support.count(f"{folder}/Quarantine") == 1
    finally:
        support.drop_folder(folder)


def test_fetch_now_says_why_it_cannot_reach_the_server(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    empty = _mail_view(qtbot, desk)
    assert not empty.fetch_button.isEnabled()
    assert "File ▸ Mail settings…" in empty.fetch_state.text()  # where to start
    add_mailbox(
        desk.session, None, FolderSecrets(Path(_secrets_folder())), name="nowhere",
        host="127.0.0.1", port=9, tls="none", username="x", password="y",
    )  # fmt: skip
    view = _mail_view(qtbot, desk)
    failed: list[str] = []
    view.fetcher.failed.connect(failed.append)
    assert view.fetch_now()
    qtbot.waitUntil(lambda: bool(failed), timeout=10000)
    assert failed[0].startswith("cannot reach the mail server 127.0.0.1:9")
    assert view.fetch_button.isEnabled() and failed[0] in view.fetch_state.text()


def _sent_to(desk: DeskContext, address: str) -> bool:
    from console.services.mail.outgoing import outbox_list

    rows = outbox_list(desk.session, None, ("sent",))
    return any(r.recipient == address for r in rows)


def test_a_desk_that_fetches_while_open_holds_the_lease_until_its_window_closes(
    qtbot: QtBot, desk: DeskContext, settings: QSettings, secrets_dir: Path
) -> None:
    from console.services.mail.lease import lease_holder
    from console.services.mail.outgoing import save_smtp_settings
    from console.views.mail.fetching import MailFetcher, watching
    from console.views.mail.watch_setting import WATCH_SETTING
    from console.views.main_window import MainWindow

    support.require_server()
    folder = support.new_folder()
    try:
        _mailbox(desk, folder)
        with desk.session() as session:
            mailbox_id = session.scalars(select(Mailbox.id)).one()
        save_smtp_settings(
            desk.session, None, FolderSecrets(secrets_dir), host=support.HOST,
            port=support.SMTP_PORT, security="none", from_address="desk@dispatch.test",
        )  # fmt: skip
        clients.add_contact(desk.session, None, "Acme", name="Eva Smit", role="requester",
                            phone="+31201234567", email="eva@acme.example")  # fmt: skip
        settings.setValue(WATCH_SETTING, True)
        window = MainWindow(desk.engine, settings, desk)
        qtbot.addWidget(window)
        window.show()
        window.mail.apply()  # what the window does a moment after it opened
        watcher = window.mail.watcher
        assert watcher is not None and watcher.running and watching()
        qtbot.waitUntil(lambda: lease_holder(desk.session, mailbox_id, NOW) == watcher.holder)
        arrived: list[int] = []
        watcher.arrived.connect(arrived.append)
        support.append(folder, _from_stranger("Arrived while watched"))
        qtbot.waitUntil(lambda: bool(arrived), timeout=20000)  # IDLE told of it at once
        (row,) = triage_list(desk.session)
        assert row.subject == "Arrived while watched"
        # a known sender's mail is a ticket, and its confirmation goes out from this desk
        support.append(folder, _from_acme("Printer broken while watched"))
        qtbot.waitUntil(lambda: _sent_to(desk, "eva@acme.example"), timeout=30000)
        # a pass on demand defers to the watcher instead of queueing behind its lease
        fetcher = MailFetcher(desk)
        refused: list[str] = []
        fetcher.failed.connect(refused.append)
        assert not fetcher.fetch_now() and "already takes mail in" in refused[0]
        window.close()
        assert not watcher.running and not watching()
        assert lease_holder(desk.session, mailbox_id, NOW) is None  # given up at once
    finally:
        support.drop_folder(folder)


def test_the_outbox_lists_what_is_not_sent_with_why_and_sends_it_again(
    qtbot: QtBot, desk: DeskContext, secrets_dir: Path
) -> None:
    from console.services.mail.outgoing import outbox_list, save_smtp_settings, set_opt_out

    _mailbox(desk)
    save_smtp_settings(
        desk.session, None, FolderSecrets(secrets_dir), host="127.0.0.1", port=2525,
        security="none", from_address="desk@dispatch.test",
    )  # fmt: skip
    eva = clients.add_contact(desk.session, None, "Acme", name="Eva Smit", role="requester",
                              phone="+31201234567", email="eva@acme.example")  # fmt: skip
    set_opt_out(desk.session, None, eva, True, "asked on the phone")
    _take_in(desk, 1, _from_acme("Printer broken"))  # T2: its confirmation is held back
    view = _mail_view(qtbot, desk)
    view.show_outbox()
    table = view.outbox_table
    assert table.rowCount() == 1 and view.sections.tabText(2) == "Outbox (1)"
    assert _cell(table, 0, 1) == "eva@acme.example" and "T-" in _cell(table, 0, 3)
    assert _cell(table, 0, 4) == "Not sent"
    assert "asked for no mail" in _cell(table, 0, 5)
    table.selectRow(0)
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)  # the desk's own decision
    (row,) = outbox_list(desk.session, None)
    assert row.state == "queued" and row.last_error is None
    assert _cell(table, 0, 4) == "Waiting"
    assert "next" in _cell(table, 0, 5)  # the round it goes with (the desk's clock stands)


def _from_acme(subject: str) -> bytes:
    return (
        f"From: Eva Smit <eva@acme.example>\r\nTo: {support.USER}\r\nSubject: {subject}\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@acme.example>\r\n\r\nIt prints nothing.\r\n"
    ).encode()


def test_the_sending_page_keeps_the_outgoing_server_and_its_password_apart(
    qtbot: QtBot, desk: DeskContext, settings: QSettings, secrets_dir: Path
) -> None:
    from console.services.mail.outgoing import smtp_settings
    from console.services.mail.sender import SMTP_SECRET

    dialog = MailSettingsDialog(desk, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.pages.setCurrentWidget(ui.sendingPage)
    ui.smtp_host.setText("smtp.example.com")
    ui.smtp_security.setCurrentIndex(ui.smtp_security.findData("none"))
    assert ui.smtp_port.value() == 25  # the mode's usual port
    ui.from_address.setText("desk@dispatch.test")
    ui.smtp_password.setText("smtp-secret")
    ui.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "security:" in ui.problems.text() and "needs TLS or STARTTLS" in ui.problems.text()
    ui.smtp_host.setText("127.0.0.1")
    ui.smtp_port.setValue(2525)
    ui.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = smtp_settings(desk.session, FolderSecrets(secrets_dir))
    assert (kept.host, kept.port, kept.security, kept.from_address) == (
        "127.0.0.1", 2525, "none", "desk@dispatch.test",
    )  # fmt: skip
    assert kept.has_password and (secrets_dir / SMTP_SECRET).read_text() == "smtp-secret"
    again = MailSettingsDialog(desk, settings)
    qtbot.addWidget(again)
    assert again.ui.smtp_password.text() == "" and again.ui.smtp_host.text() == "127.0.0.1"


def test_a_sync_reads_the_mail_lists_off_the_window_thread_and_keeps_the_selection(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a sync that brought changes the tab reads its lists off the window's thread:
    what is shown stays until then, and the message the desk selected stays selected."""
    import threading

    from qt_loop import on_the_loop, threads_reading, until

    from console.views.mail import mail_view

    _mailbox(desk)
    _take_in(desk, 1, _from_stranger("Printer on fire"))
    _take_in(desk, 2, _from_stranger("Our VPN is down"))
    view = _mail_view(qtbot, desk)
    table = view.triage_table
    chosen = next(r for r in range(2) if _cell(table, r, 2) == "Printer on fire")
    table.selectRow(chosen)
    selected = view.selected_triage()
    assert selected is not None
    _take_in(desk, 3, _from_stranger("A third one"))  # as another desk's intake, synced here
    threads = threads_reading(monkeypatch, mail_view, "triage_list")
    shown = view.triage
    seen: dict[str, Any] = {}

    async def body() -> None:
        view.refresh()
        seen["at_once"] = view.triage
        await until(lambda: view.triage is not shown)

    on_the_loop(body)
    assert seen["at_once"] is shown
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert table.rowCount() == 3 and view.sections.tabText(0) == "Unknown senders (3)"
    now = view.selected_triage()
    assert now is not None and now.id == selected.id and now.subject == "Printer on fire"
