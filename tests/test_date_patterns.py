"""Dates written in plain Python as Qt writes them, in every language the window speaks.

The wording helpers run in reads off the window's thread, where calls into Qt starved the
window (`console.wording.date_patterns`); they now write Qt's patterns themselves, with the
names Qt gave once. Here every pattern the console uses is compared with Qt's own output.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QApplication

from console.enums import TicketStatus
from console.views import i18n
from console.views.i18n import date_names, install_translations
from console.wording.date_patterns import DateNames, tokens, written
from console.wording.languages import LANGUAGES

CONSOLE = Path(__file__).resolve().parents[1] / "console"
EXTRA = (
    "ddd dd MMM yyyy HH:mm",
    "MMMM yyyy",
    "h:mm ap",
    "hh:mm AP",
    "d/M/yy",
    "'week' d 'of' MMMM",
    "dd.MM.yyyy 'o''clock' H",
)
"""Patterns the console does not use today, for the fields and quotes it may come to."""


def used_patterns() -> set[str]:
    """Every literal pattern the console hands `when`."""
    found = set()
    for path in CONSOLE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r"\bwhen\([^()]*(?:\([^()]*\))?[^()]*?,\s*\"([^\"]*)\"", text))
    return found


def qt_written(locale: QLocale, moment: datetime, pattern: str) -> str:
    """What Qt writes for the moment's fields as given."""
    at = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.utc(),
    )
    return locale.toString(at, pattern)


def test_the_console_hands_when_the_patterns_this_test_checks() -> None:
    patterns = used_patterns()
    assert {"ddd dd MMM HH:mm", "HH:mm", "dddd d MMMM yyyy"} <= patterns, patterns


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_each_pattern_is_written_as_qt_writes_it(language: str) -> None:
    locale = QLocale(language) if language != "en" else QLocale("en_GB")
    names = date_names(locale)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    moments = [
        start + timedelta(days=d, hours=(d * 7) % 24, minutes=d % 60) for d in range(0, 400, 3)
    ]
    for pattern in sorted(used_patterns() | set(EXTRA)):
        for moment in moments:
            assert written(moment, pattern, names) == qt_written(locale, moment, pattern), (
                language, pattern, moment,
            )  # fmt: skip


def test_a_date_alone_and_digits_of_another_script() -> None:
    names = DateNames(("Mo",) * 7, ("Monday",) * 7, ("Jan",) * 12, ("January",) * 12, zero="\u0660")
    assert written(date(2026, 3, 9), "dd/MM/yyyy", names) == "٠٩/٠٣/٢٠٢٦"
    assert written(date(2026, 3, 9), "HH:mm", names) == "٠٠:٠٠"  # a date has no time of day
    assert tokens("'it''s' d") == (("it's", 0), (" ", 0), ("d", 1))


def _qt_calls(work: Callable[[], object]) -> list[str]:
    """The calls into Qt (PySide6) that ``work`` makes."""
    calls: list[str] = []

    def watch(_frame: object, event: str, arg: object) -> None:
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        home = owner if isinstance(owner, type) else type(owner)
        where = getattr(arg, "__module__", None) or home.__module__
        # a static method of a Qt class names no owner, only its kind of class
        if str(where).startswith(("PySide6", "shiboken6")) or "Shiboken" in repr(arg):
            calls.append(getattr(arg, "__qualname__", repr(arg)))

    sys.setprofile(watch)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("language", ["nl", "ja"])
def test_the_wording_helpers_call_no_qt(qapp: QApplication, language: str) -> None:
    before = i18n.reader_locale().name()  # British English: later tests read dates in it
    install_translations(qapp, language)
    try:
        moment = datetime(2026, 11, 16, 9, 5, tzinfo=UTC)
        helpers = [
            lambda: i18n.when(moment, "ddd dd MMM HH:mm"), lambda: i18n.day_name(3),
            lambda: i18n.amount(Decimal("4644.07")), lambda: i18n.money(Decimal(5), "EUR"),
            lambda: i18n.percent(Decimal("0.75")), lambda: i18n.hours(Decimal("2.5")),
            lambda: i18n.day(moment.date()), lambda: i18n.zone_place("Asia/Tokyo"),
            lambda: i18n.due_when(moment, moment), lambda: i18n.span(5400),
            lambda: i18n.word(TicketStatus.ON_HOLD), lambda: i18n._shown([moment.date(), moment]),
        ]  # fmt: skip
        assert [_qt_calls(helper) for helper in helpers] == [[]] * len(helpers)
        assert i18n.hours(Decimal("2.5")) != "2.50 h"  # the unit was asked of Qt once
    finally:
        install_translations(qapp, before)
