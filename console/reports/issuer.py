"""The issuing company printed on every document (C3-C8: the invoice's legal fields)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issuer:
    """Who issues work orders, reports and invoices."""

    code: str
    name: str
    address: str
    vat_id: str
    iban: str
    email: str
    phone: str


DEFAULT_ISSUER = Issuer(
    code="DC",
    name="Dispatch Console Services B.V.",
    address="Keizersgracht 100\n1015 AA Amsterdam\nNetherlands",
    vat_id="NL001234567B01",
    iban="NL91 ABNA 0417 1643 00",
    email="desk@dispatch-console.example",
    phone="+31 20 123 4567",
)
