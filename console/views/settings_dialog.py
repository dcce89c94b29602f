"""Settings, stored with QSettings: database, user, countdown refresh, colours, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from console.services import dialog_options
from console.services.mail.mailboxes import mail_settings, save_mail_settings
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, set_chosen, show_refusal
from console.views.forms.ui_settings_dialog import Ui_SettingsDialog
from console.views.i18n import QT_TRANSLATE_NOOP, language_choices
from console.views.mail.settings_dialog import may_set_up_mail

THEMES = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"), "system"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Light"), "light"),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Dark"), "dark"),
)


class SettingsDialog(QDialog):
    """Edit the user's settings; they apply at once (the database at the next start)."""

    def __init__(
        self, desk: DeskContext, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        fill(self.ui.user, dialog_options.user_choices(desk.session))
        # who is signed in comes from the store's identity (its sync login, or the desk's
        # administrator), never from a pick here
        self.ui.user.setCurrentIndex(max(0, self.ui.user.findText(desk.user_name or "")))
        self.ui.user.setEnabled(False)
        fill(self.ui.theme, ((self.tr(text), value) for text, value in THEMES))
        self.ui.database.setText(str(settings.value("database", "")))
        self.ui.refresh.setValue(int(str(settings.value("refresh_seconds", 60))))
        set_chosen(self.ui.theme, settings.value("theme", "system"))
        fill(self.ui.language, ((self.tr(text), value) for text, value in language_choices()))
        set_chosen(self.ui.language, settings.value("language", ""))
        # the reopen window is the desk's mail setting in the store, which the intake reads
        self.desk = desk
        self.reopen_days = mail_settings(desk.session).reopen_days
        self.ui.reopen_days.setValue(self.reopen_days)
        if not may_set_up_mail(desk):
            self.ui.reopen_days.setEnabled(False)
            self.ui.reopen_days.setToolTip(
                self.tr("Only an administrator may change the mail settings.")
            )
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        """Store the settings; a refused reopen window is said here and nothing is kept."""
        if self.ui.reopen_days.value() != self.reopen_days:
            try:
                save_mail_settings(
                    self.desk.session, self.desk.user_id, reopen_days=self.ui.reopen_days.value()
                )
            except Exception as exc:  # said in the form; the dialog stays open
                show_refusal(self.ui, exc, lambda _field: self.tr("Reopen window"))
                return
            self.reopen_days = self.ui.reopen_days.value()
        self.settings.setValue("database", self.ui.database.text().strip())
        self.settings.setValue("refresh_seconds", self.ui.refresh.value())
        self.settings.setValue("theme", chosen(self.ui.theme))
        self.settings.setValue("language", chosen(self.ui.language) or "")
        self.settings.sync()
        self.accept()
