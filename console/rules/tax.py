"""Which VAT an invoice line carries: the contract's rate, or the EU reverse charge.

A plain decision from four facts (the provider's country, the client's country and VAT id,
the contract's rate), so the draft's lines, the printed invoice and the e-invoice agree.
Categories are those of the e-invoice standard (UNTDID 5305 as EN 16931 uses them).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

EU_MEMBER_STATES: frozenset[str] = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})  # fmt: skip
"""The EU member states by ISO 3166 code (Greece is GR here; its VAT ids start with EL)."""

STANDARD = "S"
"""Standard (or reduced) rate: tax is charged."""
EXEMPT = "E"
"""Exempt from tax: 0 % with the reason written on the invoice."""
REVERSE_CHARGE = "AE"
"""VAT reverse charge: the buyer accounts for the VAT (a B2B service across an EU border)."""

REVERSE_CHARGE_NOTE = "reverse_charge_note"
"""The label key of the reverse-charge legal note (console.wording.labels), per language."""
REVERSE_CHARGE_CODE = "VATEX-EU-AE"
"""The exemption reason code of the reverse charge (the CEF VATEX code list)."""


@dataclass(frozen=True)
class TaxDecision:
    """The tax of a line: its rate, its category and the label key of its legal note."""

    rate_pct: Decimal
    category: str
    note_key: str | None = None
    """A label key for the exemption text; None: the contract's own exemption text (if 0 %)."""


def is_eu(country: str | None) -> bool:
    """Whether a country (ISO 3166 code; EL is read as Greece) is an EU member state."""
    code = (country or "").strip().upper()
    return (code == "EL") or code in EU_MEMBER_STATES


def line_tax(
    provider_country: str | None,
    client_country: str | None,
    client_vat_id: str | None,
    contract_rate_pct: Decimal,
) -> TaxDecision:
    """The tax of a line a provider bills a client under a contract with this rate.

    A business client (it has a VAT id) in another EU member state than an EU provider
    gets the reverse charge: 0 %, the buyer accounts for the VAT (Article 196 of Council
    Directive 2006/112/EC for services). Otherwise the contract's rate applies: above 0 it
    is charged, at 0 it is an exemption whose reason the contract gives.
    """
    provider = (provider_country or "").strip().upper()
    client = (client_country or "").strip().upper()
    business = bool((client_vat_id or "").strip())
    if is_eu(provider) and is_eu(client) and provider != client and business:
        return TaxDecision(Decimal(0), REVERSE_CHARGE, REVERSE_CHARGE_NOTE)
    if contract_rate_pct > 0:
        return TaxDecision(contract_rate_pct, STANDARD)
    return TaxDecision(Decimal(0), EXEMPT)


def category_of(rate_pct: Decimal, exemption: str | None, reverse_charge_notes: set[str]) -> str:
    """The category of a stored line: reverse charge when its note is the legal note (in
    any language), exempt at any other 0 %, standard above 0."""
    if rate_pct > 0:
        return STANDARD
    if exemption and exemption.strip() in reverse_charge_notes:
        return REVERSE_CHARGE
    return EXEMPT
