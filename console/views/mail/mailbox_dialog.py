"""One mailbox the desk takes mail from: a new one, or one set up (its place, whom it
serves, whether it is used, a new password).

The password is typed into a password field and handed to the secret store (the keyring,
or the folder DISPATCH_MAIL_SECRETS names); the store of tickets never holds it and the
window never shows it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from console.services import dialog_options
from console.services.mail.mailboxes import (
    DEFAULT_PORTS,
    MailboxInfo,
    add_mailbox,
    edit_mailbox,
)
from console.services.mail.secrets import SecretStore
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
from console.views.forms.ui_mail_mailbox_dialog import Ui_MailboxDialog
from console.views.i18n import QT_TRANSLATE_NOOP

TLS_MODES = (
    (QT_TRANSLATE_NOOP("MailboxDialog", "Encrypted (TLS), certificate checked"), "tls"),
    (QT_TRANSLATE_NOOP("MailboxDialog", "Not encrypted: a server on this computer only"), "none"),
)
PORTS = {mode.value: port for mode, port in DEFAULT_PORTS.items()}


class MailboxDialog(QDialog):
    """Set up a mailbox, or change one set up (`existing`; its name stays)."""

    def __init__(
        self,
        desk: DeskContext,
        secrets: SecretStore,
        existing: MailboxInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.secrets = secrets
        self.existing = existing
        self.saved: MailboxInfo | None = None
        self.ui = Ui_MailboxDialog()
        self.ui.setupUi(self)
        fill(self.ui.tls, ((self.tr(text), value) for text, value in TLS_MODES))
        with desk.session() as session:
            clients = dialog_options.clients(session)
        fill(
            self.ui.client,
            ((name, name) for name, _id in clients),
            self.tr("The shared desk address (any client)"),
        )
        self.ui.tls.currentIndexChanged.connect(lambda _i: self._tls_changed())
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        if existing is None:
            self.setWindowTitle(self.tr("New mailbox"))
            self.ui.enabled.hide()  # a new mailbox is used from the start
        else:
            self._show(existing)

    def _show(self, box: MailboxInfo) -> None:
        """A mailbox set up already: everything but its name may change."""
        self.setWindowTitle(self.tr("Mailbox %1").replace("%1", box.name))
        self.ui.name.setText(box.name)
        self.ui.name.setEnabled(False)  # the keyring keeps its password under the name
        self.ui.host.setText(box.host)
        set_chosen(self.ui.tls, box.tls)
        self.ui.port.setValue(box.port)
        self.ui.username.setText(box.username)
        self.ui.folder.setText(box.folder)
        self.ui.quarantine_folder.setText(box.quarantine_folder)
        set_chosen(self.ui.client, box.client)
        self.ui.enabled.setChecked(box.enabled)
        self.ui.password.setPlaceholderText(
            self.tr("type a new password, or leave this empty to keep the current one")
            if box.has_password
            else self.tr("no password is kept yet: type it here")
        )
        self.ui.note.setText(
            self.tr(
                "Mail taken in stays taken when the server or folder changes: nothing "
                "becomes a ticket twice."
            )
        )

    def _changes(self, box: MailboxInfo) -> dict[str, object]:
        """The fields the user changed, as `edit_mailbox` takes them."""
        now: dict[str, object] = {
            "host": self.ui.host.text().strip(), "tls": str(chosen(self.ui.tls)),
            "port": self.ui.port.value(), "username": self.ui.username.text().strip(),
            "folder": self.ui.folder.text().strip(),
            "quarantine_folder": self.ui.quarantine_folder.text().strip(),
            "enabled": self.ui.enabled.isChecked(),
        }  # fmt: skip
        changes = {k: v for k, v in now.items() if v != getattr(box, k)}
        client = chosen(self.ui.client)
        if client != box.client:
            changes.update({"client": client} if client else {"shared": True})
        if self.ui.password.text():
            changes["password"] = self.ui.password.text()
        return changes

    def _tls_changed(self) -> None:
        # follow the mode's usual port unless the user typed another one
        if self.ui.port.value() in PORTS.values():
            self.ui.port.setValue(PORTS.get(str(chosen(self.ui.tls)), 993))

    def save(self) -> None:
        """Set the mailbox up (or keep its new password), or say why not and stay open."""
        missing = [
            label
            for widget, label in ((self.ui.host, self.ui.hostLabel),
                                  (self.ui.username, self.ui.usernameLabel))
            if not widget.text().strip()
        ]  # fmt: skip
        if missing:
            show_problems(
                self.ui.problems,
                [("error", self.tr("Fill in: %1").replace(
                    "%1", ", ".join(plain_text(m.text()).rstrip(":") for m in missing)))],
            )  # fmt: skip
            return
        try:
            if self.existing is not None:
                changes = self._changes(self.existing)
                if changes:
                    self.saved = edit_mailbox(
                        self.desk.session, self.desk.user_id, self.secrets,
                        self.existing.name, **changes,  # type: ignore[arg-type]
                    )  # fmt: skip
            else:
                self.saved = add_mailbox(
                    self.desk.session, self.desk.user_id, self.secrets,
                    name=self.ui.name.text(), host=self.ui.host.text(),
                    username=self.ui.username.text(), password=self.ui.password.text(),
                    tls=str(chosen(self.ui.tls)), port=self.ui.port.value(),
                    folder=self.ui.folder.text().strip(),
                    quarantine_folder=self.ui.quarantine_folder.text().strip(),
                    client=chosen(self.ui.client),
                )  # fmt: skip
        except Exception as exc:  # said in the form; nothing was kept
            show_refusal(self.ui, exc, self._label)
            return
        self.ui.password.clear()  # the typed secret does not linger in the widget
        self.accept()

    def _label(self, field: str) -> str:
        return field_label(self.ui, field.replace(" ", "_"))
