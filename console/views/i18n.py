"""The window's translations: Qt's own and ours, chosen by the user's or the system's locale.

Texts kept in tables (menu actions, column titles, filter names) are marked with
`QT_TRANSLATE_NOOP`, so `pyside6-lupdate` finds them, and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from console.resources_path import resource_root
from console.rules.calendar import Cause
from console.wording.catalogue import Text, sentence
from console.wording.causes import causes_in
from console.wording.date_patterns import DateNames, written
from console.wording.languages import LANGUAGES, own_name
from console.wording.phrases import Language, Phrase, Word, english
from console.wording.vocabulary import words_for


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a text for translation in a context; it is translated where it is shown."""
    return text


CATALOGUE = "dispatch_console"
"""Our translation files are translations/dispatch_console_<language>.qm."""
FOLLOW_THE_SYSTEM = QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")


def language_choices() -> list[tuple[str, str]]:
    """The settings dialog's choices, "" following the system; each language is named in
    itself."""
    return [(FOLLOW_THE_SYSTEM, ""), *((own_name(code), code) for code in LANGUAGES)]


TRANSLATOR_NAME = "dispatch-console-translator"


ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
"""The locale of the source texts, for a system whose language the window does not speak."""


def date_names(locale: QLocale) -> DateNames:
    """The names `when` writes with, asked of Qt once (see `console.wording.date_patterns`)."""
    short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
    return DateNames(
        tuple(locale.dayName(d, short) for d in range(1, 8)),
        tuple(locale.dayName(d, long) for d in range(1, 8)),
        tuple(locale.monthName(m, short) for m in range(1, 13)),
        tuple(locale.monthName(m, long) for m in range(1, 13)),
        locale.amText(),
        locale.pmText(),
        locale.zeroDigit(),
    )


class _Speech:
    """The language the window speaks (a change rebuilds the window: console.views.app).

    Everything the wording helpers need of Qt is kept here as plain Python when the
    language is chosen, so the helpers never call Qt: they run in reads off the window's
    thread, where each call into Qt starved the window (`console.wording.date_patterns`).
    """

    locale = ENGLISH
    locale_name = ENGLISH.name()  # babel's name of it ("en_GB")
    names = date_names(ENGLISH)
    hour_unit = "%1 h"
    language = "en"
    word = staticmethod(words_for("en"))
    causes = staticmethod(causes_in("en"))


def word(value: object) -> str:
    """An enum value as a word in the window's language (``in_progress``: "in behandeling")."""
    return _Speech.word(value)


def say(text: Phrase | str) -> str:
    """A sentence of the core's in the window's language: its template from the core's
    catalogue, enums as words, instants in the reader's zone, numbers as numbers."""
    if isinstance(text, str):
        return text
    language = _Speech.language
    return text.render(_shown, lambda template: sentence(language, template))


def translated(text: Text) -> str:
    """A text the core marked for translation (a document kind's name), in the window's
    language."""
    return text.to(_Speech.language)


def _shown(value: object) -> str:
    if isinstance(value, Language):
        return value.named_in(_Speech.locale_name)
    if isinstance(value, Enum | Word):  # before str: kinds and statuses are StrEnums
        return word(value)
    if isinstance(value, Phrase | str):
        return say(value)
    if isinstance(value, datetime):
        return when(value.astimezone(), "ddd dd MMM HH:mm")
    if isinstance(value, date):
        return written(value, "ddd dd MMM", _Speech.names)
    if isinstance(value, list | tuple | frozenset | set):
        return ", ".join(_shown(v) for v in value)
    return english(value)


def span(seconds: float) -> str:
    """A span in the window's language, two units at most ("1d 4h", "1 д. 4 ч", "1日4時間")."""
    from console.wording.durations import compact_span

    return compact_span(seconds, _Speech.language)


def effort(seconds: float) -> str:
    """An effort in hours and minutes in the window's language ("30h 30m"), never days."""
    from console.wording.durations import hours_span

    return hours_span(seconds, _Speech.language)


def percent(value: Decimal) -> str:
    """A share as the window's language writes a percentage ("75 %" in Dutch)."""
    from babel.numbers import format_percent

    return str(format_percent(value, locale=_Speech.locale_name))


def causes(found: Iterable[Cause]) -> str:
    """Why SLA clock time counted, paused or skipped, in the window's language."""
    return _Speech.causes(found)


def title_word(value: object) -> str:
    """The same word with a capital first letter, for a cell or a button."""
    text = _Speech.word(value)
    return text[:1].upper() + text[1:]


def reader_locale() -> QLocale:
    """The window's language as a Qt locale: for widgets that name months and days."""
    return _Speech.locale


def date_time_format() -> str:
    """How the window's language writes a date and time in an input ("dd-MM-yyyy HH:mm")."""
    return _Speech.locale.dateTimeFormat(QLocale.FormatType.ShortFormat)


def zone_place(zone: str) -> str:
    """A time zone as the city a reader knows it by ("New York", "東京"), not its key."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_timezone_location

    try:
        return str(get_timezone_location(zone, locale=_Speech.locale_name, return_city=True))
    except (LookupError, UnknownLocaleError, ValueError):
        return zone


def due_when(local: datetime, now: datetime) -> str:
    """A due instant ("Tue 23 Dec 10:05"), with its year when that is not the current one."""
    same_year = local.year == now.astimezone(local.tzinfo).year
    return when(local, "ddd dd MMM HH:mm" if same_year else "ddd dd MMM yyyy HH:mm")


def amount(value: Decimal | int, places: int = 2) -> str:
    """A quantity in the window's language ("4.644,07" in Dutch), exact from the Decimal."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(format_decimal(Decimal(value), format=pattern, locale=_Speech.locale_name))


def money(value: Decimal, currency: str) -> str:
    """An amount of money in the window's language ("€ 4.644,07")."""
    from babel.numbers import format_currency

    return str(format_currency(value, currency, locale=_Speech.locale_name))


def hours(value: Decimal) -> str:
    """A number of hours ("2,50 u")."""
    return _Speech.hour_unit.replace("%1", amount(value))


def credit_amount(value: Decimal, unit: object, currency: str) -> str:
    """A prepaid credit figure (C5): hours as hours, money in its currency."""
    return hours(value) if str(getattr(unit, "value", unit)) == "hours" else money(value, currency)


def day_name(weekday: int) -> str:
    """A weekday's short name in the window's language (1 = Monday)."""
    return _Speech.names.short_days[weekday - 1]


def day(value: date) -> str:
    """A calendar day as the window's language writes it in prose ("3 feb 2026", "2026/02/03")."""
    from babel.dates import format_date

    return str(format_date(value, format="medium", locale=_Speech.locale_name))


def clock(local: datetime) -> str:
    """A wall-clock time as "09:05", already in the reader's zone.

    Not ``f"{local:%H:%M}"``: strftime imports the time module on every call, and in a Qt
    process each import passes PySide's import hook (about 27 us); a week's 800 waiting
    visits spent 22 ms there.
    """
    return f"{local.hour:02d}:{local.minute:02d}"


def when(local: datetime, pattern: str) -> str:
    """A wall-clock time already in the reader's zone, in the window's language.

    ``pattern`` is Qt's ("ddd dd MMM HH:mm"), so day and month names follow the language.
    The fields are written as given, not read on this computer's clock: an engineer's
    02:30 on the night this computer's zone skips that hour stays 02:30.
    """
    return written(local, pattern, _Speech.names)


def locale_for(language: str | None, system: QLocale) -> QLocale:
    """The locale a chosen language (None: the system's) is written in.

    A language the system speaks keeps the system's country (English in Britain dates day
    first and starts the week on Monday); another is that language's own locale.
    """
    if not language or system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load Qt's and our translations for a language (default: the system's); return it."""
    locale = locale_for(language, QLocale.system())
    chosen = locale.name().split("_")[0]
    if chosen not in LANGUAGES:
        chosen = "en"
    _Speech.word = staticmethod(words_for(chosen))
    _Speech.causes = staticmethod(causes_in(chosen))
    # the chosen language is the locale's own, or English when the window lacks that one
    _Speech.locale = locale if locale.name().split("_")[0] == chosen else ENGLISH
    _Speech.language = chosen
    _Speech.locale_name = _Speech.locale.name()
    _Speech.names = date_names(_Speech.locale)
    # widgets made from now on (a date's pop-up calendar, a spin box's decimals) speak it too
    QLocale.setDefault(_Speech.locale)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    _Speech.hour_unit = "%1 h"
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
    _Speech.hour_unit = QCoreApplication.translate("i18n", "%1 h")
    return chosen
