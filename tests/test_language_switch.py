"""The window changes language without a restart: the settings' choice rebuilds it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from console.views.app import reopen_in_language
from console.views.i18n import install_translations


@pytest.fixture
def english() -> Any:
    yield
    app = QApplication.instance()
    assert app is not None
    install_translations(app, "en")


def test_choosing_a_language_rebuilds_the_window_in_it(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, english: Any
) -> None:
    from console.views import settings_dialog

    window.tabs.setCurrentIndex(window.tab_index("calendar"))
    user = window.desk.user_id

    def choose_japanese(dialog: Any) -> int:
        dialog.settings.setValue("language", "ja")
        return 1

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", choose_japanese)
    monkeypatch.setattr(settings_dialog.SettingsDialog, "accept", lambda self: None)
    with qtbot.waitSignal(window.languageChanged) as changed:
        window.open_settings()
    assert changed.args == ["ja"]
    new = reopen_in_language(window, "ja")
    qtbot.addWidget(new)
    assert new is not window and new.isVisible() and not window.isVisible()
    assert new.tabs.tabText(0) == "キュー(&Q)"
    # a date field made from now on (in any dialog) names its pop-up calendar's months in
    # the window's language, not the system's
    picker = QDateEdit()
    picker.setCalendarPopup(True)
    assert picker.locale().language() == QLocale.Language.Japanese
    assert picker.calendarWidget().locale().monthName(1) == "1月"
    assert new.tabs.currentIndex() == new.tab_index("calendar")  # the view shown stays
    assert new.desk.user_id == user  # and whoever is signed in
    back = reopen_in_language(new, "en")
    qtbot.addWidget(back)
    assert back.tabs.tabText(0) == "&Queue"
    again = QDateEdit()
    again.setCalendarPopup(True)
    assert again.calendarWidget().locale().monthName(1) == "January"


def test_the_same_language_again_leaves_the_window_alone(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.views import settings_dialog

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda dialog: 1)
    with qtbot.assertNotEmitted(window.languageChanged):
        window.open_settings()


def test_english_on_a_british_system_keeps_britains_dates() -> None:
    """Choosing the system's own language keeps its country's ways; another language
    brings its own."""
    from console.views.i18n import locale_for

    british = QLocale("en_GB")
    assert locale_for("en", british).name() == "en_GB"
    assert locale_for(None, british).name() == "en_GB"
    assert locale_for("en", british).firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert locale_for("nl", british).name() == "nl_NL"
