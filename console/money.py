"""Money: an exact Decimal amount with its ISO 4217 currency, never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache, lru_cache

from babel.numbers import get_currency_precision
from babel.numbers import list_currencies as _list_currencies

from console.errors import ValidationError
from console.wording.phrases import phrase


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """ISO 4217 codes babel knows."""
    return frozenset(_list_currencies())


@cache
def minor_unit(currency: str) -> Decimal:
    """The smallest coin of a currency as a Decimal exponent (EUR 0.01, JPY 1)."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def exact_decimal(value: object, field: str) -> Decimal:
    """Turn int, str or Decimal into a finite Decimal; floats are refused by name."""
    if isinstance(value, bool | float):
        raise ValidationError(
            field,
            phrase(
                "must be an exact decimal, not {kind} {value}",
                kind=type(value).__name__,
                value=repr(value),
            ),
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int | str):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValidationError(
                field, phrase("{value} is not a number", value=repr(value))
            ) from None
    else:
        raise ValidationError(
            field, phrase("must be a decimal number, not {kind}", kind=type(value).__name__)
        )
    if not result.is_finite():
        raise ValidationError(field, phrase("{value} is not a finite number", value=repr(value)))
    return result


def check_currency(code: object, field: str = "currency") -> str:
    """Validate an ISO 4217 currency code."""
    if not isinstance(code, str) or code not in known_currencies():
        raise ValidationError(
            field, phrase("{code} is not an ISO 4217 currency code", code=repr(code))
        )
    return code


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in one currency; arithmetic across currencies is refused."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", exact_decimal(self.amount, "amount"))
        check_currency(self.currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Nothing, in the given currency."""
        return cls(Decimal(0), currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValidationError(
                "currency",
                phrase(
                    "cannot combine {currency} with {other}",
                    currency=self.currency,
                    other=other.currency,
                ),
            )

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def times(self, factor: Decimal | int) -> Money:
        """Multiply by an exact factor (hours, multiplier); not yet rounded."""
        return Money(self.amount * exact_decimal(factor, "factor"), self.currency)

    def rounded(self) -> Money:
        """Round half-up to the currency's minor unit (once per invoice line)."""
        return Money(
            self.amount.quantize(minor_unit(self.currency), rounding=ROUND_HALF_UP),
            self.currency,
        )

    def __str__(self) -> str:
        return f"{self.rounded().amount} {self.currency}"
