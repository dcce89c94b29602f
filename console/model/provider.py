"""The provider's own company: who issues the work orders, reports and invoices (C3-C8).

One row (``slot`` is always 1, and unique): set up with `dispatch-console setup` or the
window's first start, synced to every desk so every desk prints the same company.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column, validates

from console.errors import ValidationError
from console.money import check_currency
from console.rules import company, fields
from console.wording.phrases import phrase

from .base import Base, Entity, exact, phone_check

ADDRESS_LINES = 4
"""At most this many street lines (the postcode and city are their own fields)."""


class ProviderProfile(Entity, Base):
    """The company this console works for: names, address, tax and bank ids, defaults."""

    __tablename__ = "provider_profile"
    __table_args__ = (
        CheckConstraint("slot = 1", name="one_row"),
        CheckConstraint("length(country) = 2", name="country_iso2"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
        # exact decimals are stored scaled by 10,000: 100 % is 1,000,000
        CheckConstraint("tax_rate BETWEEN 0 AND 1000000", name="tax_rate_percent"),
        CheckConstraint(
            "reduced_tax_rate IS NULL OR reduced_tax_rate BETWEEN 0 AND 1000000",
            name="reduced_tax_rate_percent",
        ),
        CheckConstraint(phone_check(), name="phone_e164"),
    )

    slot: Mapped[int] = mapped_column(default=1, unique=True)
    legal_name: Mapped[str] = mapped_column(String(200))
    trading_name: Mapped[str | None] = mapped_column(String(200))
    address_lines: Mapped[list[str]] = mapped_column(default=list)
    postcode: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    vat_id: Mapped[str] = mapped_column(String(32))
    registration_number: Mapped[str | None] = mapped_column(String(40))
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    email: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    tax_rate: Mapped[Decimal] = mapped_column(exact())
    reduced_tax_rate: Mapped[Decimal | None] = mapped_column(exact())
    invoice_prefix: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(2))
    time_zone: Mapped[str] = mapped_column(String(64))
    holiday_country: Mapped[str] = mapped_column(String(2))
    holiday_subdivision: Mapped[str | None] = mapped_column(String(10))

    @validates("slot")
    def _slot(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 1, 1)

    @validates("legal_name")
    def _legal_name(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 200)

    @validates("trading_name", "postcode", "registration_number")
    def _optional(self, key: str, value: object) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        most = {"trading_name": 200, "postcode": 20, "registration_number": 40}[key]
        return fields.required_text(value, key, most)

    @validates("address_lines")
    def _address(self, key: str, value: object) -> list[str]:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ValidationError(key, phrase("must be lines of text"))
        lines = [line.strip() for line in value if line.strip()]
        if not 1 <= len(lines) <= ADDRESS_LINES:
            raise ValidationError(
                key,
                phrase("needs 1 to {most} lines (got {count})", most=ADDRESS_LINES,
                       count=len(lines)),
            )  # fmt: skip
        return [fields.required_text(line, key, 100) for line in lines]

    @validates("city")
    def _city(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 120)

    @validates("country")
    def _country(self, key: str, value: object) -> str:
        return fields.country_code(value, key)

    @validates("vat_id")
    def _vat(self, key: str, value: object) -> str:
        # the EU prefix is checked against the country by the service, which sees both
        return company.vat_id(value, key)

    @validates("iban")
    def _iban(self, key: str, value: object) -> str:
        return company.iban(value, key)

    @validates("bic")
    def _bic(self, key: str, value: object) -> str | None:
        return company.bic(value, key)

    @validates("email")
    def _email(self, key: str, value: object) -> str:
        found = fields.optional_email(value, key)
        if found is None:
            raise ValidationError(key, phrase("must not be empty"))
        return found

    @validates("phone")
    def _phone(self, key: str, value: object) -> str:
        return fields.phone_e164(value, key)

    @validates("currency")
    def _currency(self, key: str, value: object) -> str:
        return check_currency(value, key)

    @validates("tax_rate")
    def _tax(self, key: str, value: object) -> Decimal:
        return company.tax_rate(value, key)

    @validates("reduced_tax_rate")
    def _reduced(self, key: str, value: object) -> Decimal | None:
        return None if value is None or value == "" else company.tax_rate(value, key)

    @validates("invoice_prefix")
    def _prefix(self, key: str, value: object) -> str:
        return company.invoice_prefix(value, key)

    @validates("language")
    def _language(self, key: str, value: object) -> str:
        return company.language(value, key)

    @validates("time_zone")
    def _tz(self, key: str, value: object) -> str:
        return fields.time_zone(value, key)

    @validates("holiday_country")
    def _holiday_country(self, key: str, value: object) -> str:
        return company.holiday_country(value, key)
