"""The VAT of a line: the contract's rate or the EU reverse charge, without a database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from console.rules.tax import (
    EU_MEMBER_STATES,
    EXEMPT,
    REVERSE_CHARGE,
    REVERSE_CHARGE_NOTE,
    STANDARD,
    TaxDecision,
    category_of,
    is_eu,
    line_tax,
)
from console.wording.labels import label_for
from console.wording.languages import LANGUAGES

TWENTY_ONE = Decimal("21")


def test_the_member_list_is_the_27_states() -> None:
    assert len(EU_MEMBER_STATES) == 27
    assert is_eu("nl") and is_eu("EL") and is_eu("GR")
    assert not is_eu("GB") and not is_eu("CH") and not is_eu("JP") and not is_eu(None)


def test_a_business_in_another_member_state_gets_the_reverse_charge() -> None:
    decision = line_tax("NL", "DE", "DE123456789", TWENTY_ONE)
    assert decision == TaxDecision(Decimal(0), REVERSE_CHARGE, REVERSE_CHARGE_NOTE)


@pytest.mark.parametrize(
    ("provider", "client", "vat_id"),
    [
        ("NL", "NL", "NL123456789B01"),  # the same country: domestic VAT
        ("NL", "DE", None),  # no VAT id: a consumer, the provider's VAT
        ("NL", "DE", "  "),
        ("NL", "JP", "T1234567890123"),  # outside the EU: the contract decides
        ("GB", "DE", "DE123456789"),  # a provider outside the EU
        (None, "DE", "DE123456789"),  # no company profile yet
    ],
)
def test_otherwise_the_contract_rate_applies(
    provider: str | None, client: str, vat_id: str | None
) -> None:
    assert line_tax(provider, client, vat_id, TWENTY_ONE) == TaxDecision(TWENTY_ONE, STANDARD)
    assert line_tax(provider, client, vat_id, Decimal(0)) == TaxDecision(Decimal(0), EXEMPT)


def test_greece_by_its_vat_prefix_is_a_member_state_too() -> None:
    assert line_tax("NL", "EL", "EL123456789", TWENTY_ONE).category == REVERSE_CHARGE


def test_the_legal_note_is_worded_in_every_language_and_read_back_as_its_category() -> None:
    notes = {label_for(language)(REVERSE_CHARGE_NOTE) for language in LANGUAGES}
    assert len(notes) == len(LANGUAGES)
    assert all("196" in note and "2006/112" in note for note in notes)
    assert "Article 196" in label_for("en")(REVERSE_CHARGE_NOTE)
    for note in notes:
        assert category_of(Decimal(0), note, notes) == REVERSE_CHARGE
    assert category_of(Decimal(0), "Medical services, exempt", notes) == EXEMPT
    assert category_of(Decimal("9"), None, notes) == STANDARD
