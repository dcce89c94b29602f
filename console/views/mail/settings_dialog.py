"""File ▸ Mail settings…: the mailboxes the desk takes tickets from, and how mail is taken
in (the reopen window, the largest attachment kept, automatic answers, whether this desk
fetches while open).

Mailboxes are added and removed at once, each in its own step; the values below them are
kept on Save, in the store, so every desk and the mail service honour them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from console.enums import Role
from console.services.mail.mailboxes import (
    MailboxInfo,
    list_mailboxes,
    mail_settings,
    remove_mailbox,
    save_mail_settings,
)
from console.services.mail.outgoing import (
    DEFAULT_SMTP_PORTS,
    SmtpSettingsInfo,
    save_smtp_settings,
    smtp_settings,
)
from console.services.mail.secrets import SecretStore, secret_store
from console.views.context import DeskContext
from console.views.dialog_support import (
    chosen,
    field_label,
    fill,
    plain_text,
    set_chosen,
    show_problems,
    show_refusal,
)
from console.views.errors import show_error
from console.views.forms.ui_mail_settings_dialog import Ui_MailSettingsDialog
from console.views.i18n import QT_TRANSLATE_NOOP
from console.views.mail.mailbox_dialog import MailboxDialog
from console.views.mail.watch_setting import WATCH_SETTING, wants_watching
from console.views.master_data.roles import acting_role
from console.views.table_fill import refilling

NAME, SERVER, USER, FOLDER, SERVES, STATE = range(6)
SMTP_SECURITY = (
    (QT_TRANSLATE_NOOP("MailSettingsDialog", "STARTTLS, certificate checked"), "starttls"),
    (QT_TRANSLATE_NOOP("MailSettingsDialog", "TLS from the start, certificate checked"), "tls"),
    (QT_TRANSLATE_NOOP("MailSettingsDialog", "Not encrypted: a server on this computer only"),
     "none"),
)  # fmt: skip
SMTP_PORTS = {mode.value: port for mode, port in DEFAULT_SMTP_PORTS.items()}
SMTP_FIELDS = {
    # the sending service's field names, and the inputs that fill them
    "security": "smtp_security",
    "port": "smtp_port",
    "from": "from_address",
    "dispatcher address": "dispatcher_address",
}


def may_set_up_mail(desk: DeskContext) -> bool:
    """Only an administrator sets mailboxes and mail settings up (the services check too)."""
    return acting_role(desk) is Role.ADMIN


class MailSettingsDialog(QDialog):
    """Mailboxes, added and removed at once; the intake's values, kept on Save."""

    def __init__(
        self,
        desk: DeskContext,
        settings: QSettings,
        parent: QWidget | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.secrets = secrets or secret_store()
        self.boxes: list[MailboxInfo] = []
        self.ui = Ui_MailSettingsDialog()
        self.ui.setupUi(self)
        self.may_change = may_set_up_mail(desk)
        header = self.ui.mailboxes.horizontalHeader()
        for column in (NAME, SERVER, USER, FOLDER, SERVES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        stored = mail_settings(desk.session)
        self.ui.reopen_days.setValue(stored.reopen_days)
        self.ui.attachment_limit.setValue(stored.attachment_limit_mb)
        self.ui.automatic_mails_per_hour.setValue(stored.auto_mails_per_hour)
        self.stored = stored
        self.ui.fetch_while_open.setChecked(wants_watching(settings))
        fill(self.ui.smtp_security, ((self.tr(text), value) for text, value in SMTP_SECURITY))
        self.smtp = smtp_settings(desk.session, self.secrets)
        self._show_smtp(self.smtp)
        self.ui.smtp_security.currentIndexChanged.connect(lambda _i: self._security_changed())
        self.ui.add.setEnabled(self.may_change)
        for widget in (self.ui.reopen_days, self.ui.attachment_limit,
                       self.ui.automatic_mails_per_hour, self.ui.smtp_host,
                       self.ui.smtp_security, self.ui.smtp_port, self.ui.smtp_username,
                       self.ui.smtp_password, self.ui.from_address, self.ui.from_name,
                       self.ui.dispatcher_address):  # fmt: skip
            widget.setEnabled(self.may_change)
        if not self.may_change:
            show_problems(
                self.ui.problems,
                [("note", self.tr("Only an administrator may set up mailboxes and change "
                                  "these settings."))],
            )  # fmt: skip
        self.ui.mailboxes.itemSelectionChanged.connect(self._selection_changed)
        self.ui.mailboxes.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.ui.add.clicked.connect(lambda _=False: self.add_mailbox())
        self.ui.edit.clicked.connect(lambda _=False: self.edit_selected())
        self.ui.remove.clicked.connect(lambda _=False: self.remove_selected())
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.reload()

    # ---------------------------------------------------------------- mailboxes

    def reload(self) -> None:
        """Read the mailboxes again and show them."""
        self.boxes = list_mailboxes(self.desk.session, self.secrets)
        table = self.ui.mailboxes
        with refilling(table, len(self.boxes)):
            for row, box in enumerate(self.boxes):
                security = self.tr("TLS") if box.tls == "tls" else self.tr("not encrypted")
                if not box.enabled:
                    state = self.tr("Switched off")
                elif not box.has_password:
                    state = self.tr("No password kept")
                else:
                    state = self.tr("On · %1 taken in").replace("%1", str(box.messages))
                cells = (
                    box.name,
                    f"{box.host}:{box.port} ({security})",
                    box.username,
                    box.folder,
                    box.client or self.tr("Shared desk address"),
                    state,
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == NAME:
                        item.setData(Qt.ItemDataRole.UserRole, box.name)
                    table.setItem(row, column, item)
        self._selection_changed()

    def selected(self) -> MailboxInfo | None:
        """The mailbox selected in the list, if any."""
        rows = self.ui.mailboxes.selectionModel().selectedRows()
        return self.boxes[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        box = self.selected()
        self.ui.edit.setEnabled(self.may_change and box is not None)
        self.ui.remove.setEnabled(self.may_change and box is not None and box.enabled)

    def _select(self, name: str) -> None:
        for row, box in enumerate(self.boxes):
            if box.name == name:
                self.ui.mailboxes.selectRow(row)

    def add_mailbox(self) -> MailboxDialog:
        """Set a new mailbox up."""
        dialog = MailboxDialog(self.desk, self.secrets, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload()
            self._select(dialog.saved.name)
        return dialog

    def edit_selected(self) -> MailboxDialog | None:
        """Change the selected mailbox: its place, whom it serves, on or off, its password."""
        box = self.selected()
        if box is None or not self.may_change:
            return None
        dialog = MailboxDialog(self.desk, self.secrets, box, self)
        if dialog.exec():
            self.reload()
            self._select(box.name)
        return dialog

    def remove_selected(self) -> None:
        """Remove the selected mailbox after asking; one that took mail in is switched off."""
        box = self.selected()
        if box is None:
            return
        question = self.tr(
            "Stop taking mail from %1? Its password is forgotten. If it took mail in, it is "
            "switched off and what it took in stays."
        ).replace("%1", box.name)
        answer = QMessageBox.question(self, self.tr("Remove mailbox"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_mailbox(self.desk.session, self.desk.user_id, self.secrets, box.name)
        except Exception as exc:  # said in words; nothing changed
            show_error(self, exc, self.tr("Could not remove the mailbox"))
            return
        self.reload()

    # ---------------------------------------------------------------- sending

    def _show_smtp(self, smtp: SmtpSettingsInfo) -> None:
        self.ui.smtp_host.setText(smtp.host or "")
        set_chosen(self.ui.smtp_security, smtp.security or "starttls")
        self.ui.smtp_port.setValue(smtp.port or SMTP_PORTS["starttls"])
        self.ui.smtp_username.setText(smtp.username or "")
        self.ui.from_address.setText(smtp.from_address or "")
        self.ui.from_name.setText(smtp.from_name or "")
        self.ui.dispatcher_address.setText(smtp.dispatcher_address or "")
        self.ui.smtp_password.clear()
        self.ui.smtp_password.setPlaceholderText(
            self.tr("kept; type a new one to change it")
            if smtp.has_password
            else self.tr("none kept")
        )

    def _security_changed(self) -> None:
        # follow the mode's usual port unless the user typed another one
        if self.ui.smtp_port.value() in SMTP_PORTS.values():
            self.ui.smtp_port.setValue(SMTP_PORTS.get(str(chosen(self.ui.smtp_security)), 587))

    def _smtp_changes(self) -> dict[str, Any]:
        """What the user changed on the Sending page, as the service takes it."""
        now = {
            "host": self.ui.smtp_host.text().strip(),
            "security": str(chosen(self.ui.smtp_security)),
            "port": self.ui.smtp_port.value(),
            "username": self.ui.smtp_username.text().strip(),
            "from_address": self.ui.from_address.text().strip(),
            "from_name": self.ui.from_name.text().strip(),
            "dispatcher_address": self.ui.dispatcher_address.text().strip(),
        }
        was = {
            "host": self.smtp.host or "",
            "security": self.smtp.security or "starttls",
            "port": self.smtp.port or SMTP_PORTS["starttls"],
            "username": self.smtp.username or "",
            "from_address": self.smtp.from_address or "",
            "from_name": self.smtp.from_name or "",
            "dispatcher_address": self.smtp.dispatcher_address or "",
        }
        changes: dict[str, Any] = {k: v for k, v in now.items() if v != was[k]}
        if changes and now["host"]:
            # the server's place is checked as a whole: send all of it with any change
            changes.update({k: now[k] for k in ("host", "security", "port")})
        if self.ui.smtp_password.text():
            changes["password"] = self.ui.smtp_password.text()
        return changes

    # ---------------------------------------------------------------- settings

    def save(self) -> None:
        """Keep the values in the store (only what changed), or say why not and stay."""
        changes = {
            "reopen_days": self.ui.reopen_days.value(),
            "attachment_limit_mb": self.ui.attachment_limit.value(),
            "auto_mails_per_hour": self.ui.automatic_mails_per_hour.value(),
        }
        stored = {
            "reopen_days": self.stored.reopen_days,
            "attachment_limit_mb": self.stored.attachment_limit_mb,
            "auto_mails_per_hour": self.stored.auto_mails_per_hour,
        }
        changed = {key: value for key, value in changes.items() if value != stored[key]}
        if changed:
            try:
                self.stored = save_mail_settings(self.desk.session, self.desk.user_id, **changed)
            except Exception as exc:  # said in the form; nothing was kept
                self.ui.pages.setCurrentWidget(self.ui.receivingPage)
                show_refusal(self.ui, exc, self._label)
                return
        sending = self._smtp_changes()
        if sending:
            try:
                self.smtp = save_smtp_settings(
                    self.desk.session,
                    self.desk.user_id,
                    self.secrets,
                    **sending,
                )
            except Exception as exc:  # said in the form; the sending values were not kept
                self.ui.pages.setCurrentWidget(self.ui.sendingPage)
                show_refusal(self.ui, exc, self._label)
                return
            self.ui.smtp_password.clear()  # the typed secret does not linger in the widget
        self.settings.setValue(WATCH_SETTING, self.ui.fetch_while_open.isChecked())
        self.settings.sync()
        self.accept()

    def _label(self, field: str) -> str:
        if field in SMTP_FIELDS:
            label = getattr(self.ui, SMTP_FIELDS[field] + "Label")
            return plain_text(str(label.text())).rstrip(":").lower()
        return field_label(self.ui, field.replace(" ", "_"))
