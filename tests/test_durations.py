"""Spans and hours in each language's own units, in the queue's column and on paper."""

from __future__ import annotations

from decimal import Decimal

import pytest

from console.reports.formatting import formats_for
from console.wording.durations import compact_span


@pytest.mark.parametrize(
    ("language", "late", "soon", "minutes"),
    [
        ("en", "348d 0h", "2h 05m", "45m"),
        ("nl", "348 d 0 u", "2 u 05 m", "45 m"),
        ("es", "348d 0h", "2h 05min", "45min"),
        ("ru", "348 д. 0 ч", "2 ч 05 мин", "45 мин"),
        ("ja", "348日0時間", "2時間05分", "45分"),
    ],
)
def test_a_span_reads_in_the_languages_units(
    language: str, late: str, soon: str, minutes: str
) -> None:
    assert compact_span(348 * 86400, language) == late
    assert compact_span(125 * 60, language) == soon
    assert compact_span(45 * 60 + 59, language) == minutes


@pytest.mark.parametrize(
    ("locale", "hours", "grace", "span"),
    [
        ("en_GB", "2.50h", "30 min", "2h 05m"),
        ("nl_NL", "2,50 u", "30 min", "2 u 05 m"),
        ("ru_RU", "2,50 ч", "30 мин", "2 ч 05 мин"),
        ("ja_JP", "2.50 時間", "30 分", "2時間05分"),
    ],
)
def test_documents_write_hours_and_minutes_in_the_clients_language(
    locale: str, hours: str, grace: str, span: str
) -> None:
    f = formats_for(locale, "UTC")
    assert f.hours(Decimal("2.5")) == hours
    assert f.minutes(30) == grace
    assert f.span(125) == span
    assert f.span(None) == "—"
