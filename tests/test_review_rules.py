"""The arithmetic of the service review (V1, V2), without a database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from console.rules.review import (
    ATTAINMENT_TARGET,
    attainment,
    carried,
    change,
    last_day,
    median,
    meets_target,
    months_of,
    previous_period,
    quarter_of,
    recurring_incidents,
)


def test_v2_a_quarter_and_the_one_before() -> None:
    assert quarter_of(date(2026, 8, 15)) == (date(2026, 7, 1), date(2026, 10, 1))
    assert previous_period(date(2026, 7, 1), date(2026, 10, 1)) == (
        date(2026, 4, 1),
        date(2026, 7, 1),
    )
    assert previous_period(date(2026, 1, 1), date(2026, 4, 1)) == (
        date(2025, 10, 1),
        date(2026, 1, 1),
    )
    # a half year (V1: every quarter or half year) is compared with the half before
    assert previous_period(date(2026, 7, 1), date(2027, 1, 1)) == (
        date(2026, 1, 1),
        date(2026, 7, 1),
    )
    # any other span: as many days before
    assert previous_period(date(2026, 7, 10), date(2026, 7, 20)) == (
        date(2026, 6, 30),
        date(2026, 7, 10),
    )


def test_v2_the_period_prints_with_its_last_day() -> None:
    assert last_day(date(2026, 10, 1)) == date(2026, 9, 30)
    assert months_of(date(2026, 7, 1), date(2026, 10, 1)) == [
        date(2026, 7, 1),
        date(2026, 8, 1),
        date(2026, 9, 1),
    ]
    assert months_of(date(2026, 12, 15), date(2027, 1, 2)) == [date(2026, 12, 1), date(2027, 1, 1)]


def test_v2_attainment_against_the_target() -> None:
    assert attainment(0, 0) is None
    assert attainment(19, 1) == Decimal("0.95")
    assert meets_target(attainment(19, 1)) is True
    assert meets_target(attainment(18, 2)) is False
    assert meets_target(None) is None
    assert Decimal("0.95") == ATTAINMENT_TARGET


def test_v2_medians_and_changes() -> None:
    assert median([]) is None
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([1.0, 2.0, 3.0, 10.0]) == 2.5
    assert change(12, 10).delta == 2 and change(12, 10).relative == Decimal("0.2")
    assert change(Decimal("5.5"), 0).relative is None
    assert change(8, 10).relative == Decimal("-0.2")
    assert change(-5, -10).relative == Decimal("0.5")  # less negative is up


def test_v1_notes_travel_until_done_or_closed() -> None:
    assert carried(["open", "in_progress", "done", "closed"]) == [True, True, False, False]


def test_v2_incidents_that_came_back_are_grouped_by_title() -> None:
    found = recurring_incidents(
        [
            ("VPN drops", Decimal(2)),
            ("Backup failed", Decimal(1)),
            ("vpn  drops", Decimal(3)),
            ("Printer jam", Decimal(9)),
            ("Backup failed", Decimal(4)),
            ("VPN drops", Decimal(1)),
        ]
    )
    assert found == [("VPN drops", 3, Decimal(6)), ("Backup failed", 2, Decimal(5))]


def test_v2_a_printed_change_agrees_with_the_printed_figures() -> None:
    """Each figure is rounded as printed before the change is taken (0.34 h and 0.26 h
    both print 0.3 h: no change, not "+0.1 h"; 82.44 % and 80.66 % print 82.4 and 80.7)."""
    from console.reports.formatting import formats_for
    from console.reports.review import HOURS, ReviewWords

    words = ReviewWords(formats_for("en_US", "UTC"))
    assert words.difference(Decimal("0.34"), Decimal("0.26"), 1, HOURS) == "0h"
    assert words.delta(33.04, 29.56, 1, HOURS) == "+3.4h"  # 33.0 - 29.6
    assert words.points(Decimal("0.8244"), Decimal("0.8066")) == "+1.7 pp"
