"""Prepaid credit, the strippenkaart (C5, V2): the balance is always the ledger's sum."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from console.enums import CreditEntryKind, CreditUnit
from console.money import Money


@dataclass(frozen=True)
class LedgerEntry:
    """One movement: positive adds to the credit, negative uses it."""

    kind: CreditEntryKind
    amount: Decimal


class CreditAlert(StrEnum):
    """What the account manager is told (C5)."""

    LOW = "low"  # nearly used up
    EXHAUSTED = "exhausted"


def balance(entries: Iterable[LedgerEntry]) -> Decimal:
    """The credit left: the sum of every movement; never stored, always derived."""
    return sum((e.amount for e in entries), Decimal(0))


def alert(current: Decimal, low_threshold: Decimal | None) -> CreditAlert | None:
    """Exhausted at zero or below; low at or below the contract's threshold."""
    if current <= 0:
        return CreditAlert.EXHAUSTED
    if low_threshold is not None and current <= low_threshold:
        return CreditAlert.LOW
    return None


def debit_value(hours: Decimal, rate: Decimal, unit: CreditUnit, currency: str) -> Decimal:
    """What work costs the credit: hours x rate in money (rounded once), or plain hours."""
    if unit is CreditUnit.HOURS:
        return hours
    return Money(hours * rate, currency).rounded().amount


@dataclass(frozen=True)
class DebitCheck:
    """The outcome of applying a debit: it is always recorded, an overdraft is flagged."""

    balance_after: Decimal
    overdraft: bool
    alert: CreditAlert | None


def apply_debit(current: Decimal, value: Decimal, low_threshold: Decimal | None) -> DebitCheck:
    """Apply a debit (an offline one too): never refused, flagged when it overdraws."""
    after = current - value
    return DebitCheck(after, after < 0, alert(after, low_threshold))
