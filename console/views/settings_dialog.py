"""Settings, stored with QSettings: database, user, countdown refresh, colours, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from console.services import dialog_options
from console.views.context import DeskContext
from console.views.dialog_support import chosen, fill, set_chosen
from console.views.forms.ui_settings_dialog import Ui_SettingsDialog
from console.views.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP

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
        fill(self.ui.language, ((self.tr(text), value) for text, value in LANGUAGE_NAMES))
        set_chosen(self.ui.language, settings.value("language", ""))
        self.ui.reopen_days.setValue(int(str(settings.value("reopen_days", 14))))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        """Store the settings."""
        self.settings.setValue("database", self.ui.database.text().strip())
        self.settings.setValue("refresh_seconds", self.ui.refresh.value())
        self.settings.setValue("theme", chosen(self.ui.theme))
        self.settings.setValue("language", chosen(self.ui.language) or "")
        self.settings.setValue("reopen_days", self.ui.reopen_days.value())
        self.settings.sync()
        self.accept()
