"""Addresses in each country's order and phone numbers as their country writes them, on
the work order and the invoice."""

from __future__ import annotations

import pytest

from console.reports.invoice import PostalAddress
from console.wording.addresses import country_name, postal_lines, shown_phone


@pytest.mark.parametrize(
    ("parts", "language", "lines"),
    [
        (("芝公園4-2-8", "100-0005", "東京都千代田区", "JP"), "ja",
         ["〒100-0005", "東京都千代田区芝公園4-2-8", "日本"]),
        (("Dam 1", "1012 JS", "Amsterdam", "NL"), "nl",
         ["Dam 1", "1012 JS Amsterdam", "Nederland"]),
        (("Calle Mayor 1", "28001", "Madrid", "ES"), "es",
         ["Calle Mayor 1", "28001 Madrid", "España"]),
        (("ул. Тверская, 1", "125009", "Москва", "RU"), "ru",
         ["ул. Тверская, 1", "Москва", "125009", "Россия"]),
        (("350 5th Avenue", "10118", "New York", "US"), None,
         ["350 5th Avenue", "New York, 10118"]),
    ],
)  # fmt: skip
def test_an_address_is_written_in_its_countrys_order(
    parts: tuple[str, str, str, str], language: str | None, lines: list[str]
) -> None:
    assert postal_lines(*parts, language=language) == lines


def test_an_unknown_country_keeps_street_then_town() -> None:
    assert postal_lines("Main St 1", "1234", "Town", "ZZ") == ["Main St 1", "1234 Town"]
    assert country_name("JP", "es") == "Japón"


def test_an_invoice_address_runs_in_its_countrys_order_with_the_country_in_english() -> None:
    address = PostalAddress(("芝公園4-2-8",), "100-0005", "東京都千代田区", "JP")
    assert address.printed() == "〒100-0005\n東京都千代田区芝公園4-2-8\nJapan"


@pytest.mark.parametrize(
    ("raw", "country", "shown"),
    [
        ("+81312345678", "JP", "+81 3-1234-5678"),
        ("020 123 4567", "NL", "+31 20 123 4567"),
        ("+74951234567", None, "+7 495 123-45-67"),
        ("ext. reception", "NL", "ext. reception"),  # not a number: as typed
        ("", "NL", ""),
    ],
)
def test_a_phone_number_is_written_as_its_country_writes_it(
    raw: str, country: str | None, shown: str
) -> None:
    assert shown_phone(raw, country) == shown
