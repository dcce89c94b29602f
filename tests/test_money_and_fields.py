"""Money, exact decimals and field checks as plain functions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.errors import ValidationError
from console.money import Money, exact_decimal
from console.rules import fields
from console.rules.schedule import BASIS_10X5, COMFORT_24X7, validate_schedule, weekly_minutes


def test_c5_source_example_in_money_terms() -> None:
    """C5: credit 5,000.00 EUR, a 4 h change at 125.00 EUR/h leaves 4,500.00 EUR."""
    credit = Money(Decimal("5000.00"), "EUR")
    used = Money(Decimal("125.00"), "EUR").times(4).rounded()
    assert (credit - used) == Money(Decimal("4500.00"), "EUR")


def test_money_refuses_floats_and_mixed_currencies() -> None:
    with pytest.raises(ValidationError, match="float"):
        Money(12.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="cannot combine"):
        Money(Decimal(1), "EUR") + Money(Decimal(1), "USD")
    with pytest.raises(ValidationError, match="ISO 4217"):
        Money(Decimal(1), "EURO")


def test_rounding_is_half_up_to_the_currency_minor_unit() -> None:
    assert Money(Decimal("2.345"), "EUR").rounded().amount == Decimal("2.35")
    assert Money(Decimal("2.5"), "JPY").rounded().amount == Decimal("3")
    assert Money(Decimal("-2.345"), "EUR").rounded().amount == Decimal("-2.35")


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9
    )
)
def test_exact_decimal_accepts_every_finite_decimal(value: Decimal) -> None:
    assert exact_decimal(value, "amount") == value
    assert exact_decimal(str(value), "amount") == value


def test_exact_decimal_names_the_field_for_garbage() -> None:
    with pytest.raises(ValidationError) as caught:
        exact_decimal("12,50", "rate")
    assert caught.value.field == "rate"


@pytest.mark.parametrize("good", ["+31201234567", "+1 212 555 0100", "0081-3-1234-5678"])
def test_d1_phone_numbers_with_country_code_pass(good: str) -> None:
    assert fields.phone_e164(good).startswith("+")


@pytest.mark.parametrize(
    "bad", ["0201234567", "+0201234567", "+31", "phone", "+31 20 123 4567 890 12"]
)
def test_d1_phone_numbers_without_valid_country_code_fail(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        fields.phone_e164(bad, "local_contact.phone")
    assert caught.value.field == "local_contact.phone" and caught.value.rule == "D1"


def test_c2_window_presets() -> None:
    """C2: Basis is 10x5 Monday-Friday 08-18, Comfort is 24x7."""
    assert weekly_minutes(BASIS_10X5) == 5 * 10 * 60
    assert weekly_minutes(COMFORT_24X7) == 7 * 24 * 60
    assert BASIS_10X5["sat"] == [] and BASIS_10X5["mon"] == [["08:00", "18:00"]]


def test_c2_schedule_with_split_shift_and_midnight_crossing() -> None:
    schedule = validate_schedule(
        {"mon": [["13:00", "19:00"], ["07:00", "12:00"]], "fri": [["22:00", "06:00"]]}
    )
    assert schedule["mon"] == [["07:00", "12:00"], ["13:00", "19:00"]]
    assert weekly_minutes(schedule) == 11 * 60 + 8 * 60


@pytest.mark.parametrize(
    "bad",
    [{"monday": []}, {"mon": [["8:00", "18:00"]]}, {"mon": [["08:00"]]}, {"mon": "08-18"}, []],
)
def test_c2_malformed_schedules_are_refused(bad: object) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_schedule(bad)
    assert caught.value.rule == "C2"


def test_time_zone_and_locale_checks() -> None:
    assert fields.time_zone("Asia/Tokyo") == "Asia/Tokyo"
    with pytest.raises(ValidationError):
        fields.time_zone("Mars/Olympus")
    assert fields.locale_code("ja_JP") == "ja_JP"
    with pytest.raises(ValidationError):
        fields.locale_code("xx_YY")
