"""Field checks for the provider's own company profile: bank, tax and invoice identifiers.

Each check takes a value and the field it fills and returns the value as it is stored,
or raises a `ValidationError` that names the field and the reason (as `console.rules.fields`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from console.errors import ValidationError
from console.rules.fields import decimal_between
from console.wording.languages import LANGUAGES
from console.wording.phrases import phrase

_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_BIC = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_VAT = re.compile(r"[A-Z0-9]{4,20}")
_PREFIX = re.compile(r"[A-Z][A-Z0-9]{0,9}")
_SPACING = re.compile(r"[\s.\-]")

_EU_STATES = "AT BE BG CY CZ DE DK EE ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK GR"
EU_VAT_PREFIX = {c: "EL" if c == "GR" else c for c in _EU_STATES.split()}
"""The prefix a VAT id of a company in each EU member state starts with."""


def compact(value: str) -> str:
    """An identifier without spaces, dots and dashes, in capitals (how it is stored)."""
    return _SPACING.sub("", value).upper()


def iban(value: object, field: str = "iban") -> str:
    """An IBAN with a correct check number (ISO 13616), stored without spaces."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, phrase("must not be empty"))
    code = compact(value)
    if not _IBAN.fullmatch(code):
        raise ValidationError(
            field,
            phrase("{value} is not an IBAN (country, check digits, account)", value=repr(value)),
        )
    digits = "".join(str(int(ch, 36)) for ch in code[4:] + code[:4])
    if int(digits) % 97 != 1:
        raise ValidationError(
            field,
            phrase("{value} has a wrong check number: a digit is mistyped", value=repr(value)),
        )
    return code


def grouped_iban(code: str) -> str:
    """An IBAN as it is printed: groups of four (NL91 ABNA 0417 1643 00)."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


def bic(value: object, field: str = "bic") -> str | None:
    """A bank's BIC (ISO 9362), 8 or 11 characters, or nothing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    code = compact(value) if isinstance(value, str) else ""
    if not _BIC.fullmatch(code):
        raise ValidationError(
            field, phrase("{value} is not a BIC (8 or 11 letters and digits)", value=repr(value))
        )
    return code


def vat_id(value: object, field: str = "vat_id", country: str | None = None) -> str:
    """A VAT (or tax) id; a company in an EU member state needs that state's prefix."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, phrase("must not be empty"))
    code = compact(value)
    if not _VAT.fullmatch(code) or not any(ch.isdigit() for ch in code):
        raise ValidationError(
            field, phrase("{value} is not a VAT id (4 to 20 letters and digits)", value=repr(value))
        )
    prefix = EU_VAT_PREFIX.get(country or "")
    if prefix is not None and not code.startswith(prefix):
        raise ValidationError(
            field,
            phrase("{value} must start with {prefix}, the EU prefix of {country}",
                   value=repr(value), prefix=prefix, country=country),
        )  # fmt: skip
    return code


def tax_rate(value: object, field: str) -> Decimal:
    """A tax rate as an exact percentage, 0 to 100, to at most two decimals (5.25)."""
    rate = decimal_between(value, field, Decimal(0), Decimal(100))
    if rate != rate.quantize(Decimal("0.01")):
        raise ValidationError(
            field, phrase("{value} has more than two decimals", value=repr(value))
        )
    return rate


def invoice_prefix(value: object, field: str = "invoice_prefix") -> str:
    """The code in front of invoice numbers (DC-2026-000042): a capital, then up to 9 more."""
    if not isinstance(value, str) or not _PREFIX.fullmatch(value):
        raise ValidationError(
            field,
            phrase("{value} is not an invoice prefix: 1 to 10 capitals and digits, "
                   "starting with a capital", value=repr(value)),
        )  # fmt: skip
    return value


def language(value: object, field: str = "language") -> str:
    """A language the documents are printed in."""
    if value not in LANGUAGES:
        raise ValidationError(
            field,
            phrase("{value} is not one of the languages {languages}", value=repr(value),
                   languages=", ".join(LANGUAGES)),
        )  # fmt: skip
    return str(value)


def holiday_country(value: object, field: str = "holiday_country") -> str:
    """A country whose public holidays the calendars know."""
    import holidays as holidays_lib  # loads every country's module: only when checking

    if not isinstance(value, str) or value not in holidays_lib.list_supported_countries():
        raise ValidationError(
            field, phrase("{value} is not a country with known public holidays", value=repr(value))
        )
    return value


def holiday_subdivision(
    value: object, country: str, field: str = "holiday_subdivision"
) -> str | None:
    """A subdivision (province, state) of the holiday country, or nothing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    import holidays as holidays_lib

    known = holidays_lib.list_supported_countries().get(country, [])
    if not isinstance(value, str) or value.strip() not in known:
        raise ValidationError(
            field,
            phrase("{value} is not a subdivision of {country} (known: {known})",
                   value=repr(value), country=country, known=", ".join(known) or "none"),
        )  # fmt: skip
    return value.strip()
