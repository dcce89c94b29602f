"""The window's translations: Qt's own and ours, chosen by the user's or the system's locale.

Texts kept in tables (menu actions, column titles, filter names) are marked with
`QT_TRANSLATE_NOOP`, so `pyside6-lupdate` finds them, and translated where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.resources_path import resource_root


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a text for translation in a context; it is translated where it is shown."""
    return text


CATALOGUE = "dispatch_console"
"""Our translation files are translations/dispatch_console_<language>.qm."""
LANGUAGE_NAMES = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"), ""),
    ("English", "en"),
    ("Nederlands", "nl"),
)
"""The settings dialog's choices; each language is named in itself."""
LANGUAGES = tuple(code for _, code in LANGUAGE_NAMES if code)
"""Languages the window speaks; English is the source text."""
TRANSLATOR_NAME = "dispatch-console-translator"


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load Qt's and our translations for a language (default: the system's); return it."""
    locale = QLocale(language) if language else QLocale.system()
    chosen = locale.name().split("_")[0]
    if chosen not in LANGUAGES:
        chosen = "en"
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    if chosen == "en":
        return chosen
    folder = resource_root().joinpath("translations")
    catalogues = (
        (CATALOGUE, str(folder)),
        # Qt's own words: standard buttons, file and print dialogs
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, directory in catalogues:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(QLocale(chosen), name, "_", directory):
            app.installTranslator(translator)
    return chosen
