"""Billing: what pays for each priced line, and the invoices that follow (C5-C7, E2, E4).

Consumption order across a client's contracts: FTE bundle hours first, then prepaid
credit, then guarantee hours, then the rates. Lines drawn from prepaid credit are
deducted from it and never invoiced (C5); lines within the FTE bundle appear on the
monthly statement (C7); guarantee hours are credited against the restoration invoice (E2).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_DOWN, Decimal

from console.enums import CreditUnit, DrewOn, InvoiceKind, Phase
from console.errors import ValidationError
from console.money import Money
from console.rules.rating import PricedLine, line_amount
from console.wording.phrases import phrase

GUARANTEE_MIN_HOURS = Decimal(1)  # E2
GUARANTEE_MAX_HOURS = Decimal(8)
INVOICED = frozenset({DrewOn.ON_DEMAND, DrewOn.EXPRESS, DrewOn.MONTHLY_PLAN, DrewOn.FIXED})


@dataclass
class Balances:
    """What a client has left to draw on, changed as lines consume it."""

    fte_hours: Decimal = Decimal(0)  # C7: this month's bundle hours left
    credit: Decimal = Decimal(0)  # C5: money (in the line currency) or hours left
    credit_unit: CreditUnit | None = None
    guarantee_hours: Decimal = Decimal(0)  # E2: paid guarantee hours not yet used


@dataclass
class Consumption:
    """Lines with what each drew on, and what was taken from each balance."""

    lines: list[PricedLine] = field(default_factory=list)
    fte_hours_used: Decimal = Decimal(0)
    credit_used: Decimal = Decimal(0)
    guarantee_hours_used: Decimal = Decimal(0)

    def invoiceable(self) -> list[PricedLine]:
        """Lines paid at a rate or a fixed fee: they go on an invoice."""
        return [ln for ln in self.lines if ln.billable and ln.drew_on in INVOICED]

    def drawn(self, source: DrewOn) -> list[PricedLine]:
        """Lines paid from one source."""
        return [ln for ln in self.lines if ln.drew_on is source]


def _split_hours(line: PricedLine, hours: Decimal) -> tuple[PricedLine, PricedLine]:
    """Cut a line after ``hours``; the two amounts add up to the original exactly."""
    assert line.hours is not None and line.rate is not None
    currency = line.amount.currency
    first_amount = line_amount(hours, line.rate, line.multiplier, currency)
    first = replace(line, hours=hours, amount=first_amount)
    second = replace(line, hours=line.hours - hours, amount=line.amount - first_amount)
    return first, second


def _split_money(line: PricedLine, money: Decimal) -> tuple[PricedLine, PricedLine]:
    """Cut a line after ``money`` of its amount; hours are split in proportion."""
    assert line.hours is not None
    currency = line.amount.currency
    share = money / line.amount.amount
    hours = (line.hours * share).quantize(Decimal("0.0001"), rounding=ROUND_DOWN)
    first = replace(line, hours=hours, amount=Money(money, currency))
    second = replace(line, hours=line.hours - hours, amount=line.amount - Money(money, currency))
    return first, second


def _take(line: PricedLine, available: Decimal) -> tuple[PricedLine, PricedLine | None, Decimal]:
    """The part of a line that ``available`` hours cover, the rest, and the hours taken."""
    assert line.hours is not None
    take = min(available, line.hours)
    if take < line.hours:
        covered, rest = _split_hours(line, take)
        return covered, rest, take
    return line, None, take


def consume(lines: Iterable[PricedLine], balances: Balances) -> Consumption:
    """Draw each line from the first source that can pay it, splitting where one runs out."""
    result = Consumption()
    queue = list(lines)
    while queue:
        line = queue.pop(0)
        if not line.billable or line.hours is None or line.hours <= 0:
            result.lines.append(line)  # C8 and fixed fees: nothing to draw on
            continue
        hourly_work = line.phase is not Phase.RESTORE
        rest: PricedLine | None
        if hourly_work and balances.fte_hours > 0:
            # 1. FTE bundle hours (C7): ordinary work, not Express restoration.
            covered, rest, take = _take(line, balances.fte_hours)
            balances.fte_hours -= take
            result.fte_hours_used += take
            source = DrewOn.FTE_BUNDLE
        elif hourly_work and balances.credit > 0 and balances.credit_unit is not None:
            # 2. Prepaid credit (C5), in hours or in money.
            if balances.credit_unit is CreditUnit.HOURS:
                covered, rest, take = _take(line, balances.credit)
            elif balances.credit >= line.amount.amount:
                covered, rest, take = line, None, line.amount.amount
            else:
                take = balances.credit
                covered, rest = _split_money(line, take)
            balances.credit -= take
            result.credit_used += take
            source = DrewOn.PREPAID_CREDIT
        elif line.phase is Phase.RESTORE and balances.guarantee_hours > 0:
            # 3. Guarantee hours (E2): only restoration, which they were paid for.
            covered, rest, take = _take(line, balances.guarantee_hours)
            balances.guarantee_hours -= take
            result.guarantee_hours_used += take
            source = DrewOn.GUARANTEE
        else:
            # 4. The rate the line was priced at.
            result.lines.append(line)
            continue
        result.lines.append(covered.with_drew_on(source))
        if rest is not None:
            queue.insert(0, rest)
    return result


# -- invoices -------------------------------------------------------------------------


@dataclass(frozen=True)
class TaxLine:
    """Tax for all lines at one rate; 0 % carries its exemption text."""

    rate_pct: Decimal
    base: Money
    tax: Money
    exemption: str | None = None


@dataclass
class InvoiceDraft:
    """An invoice before it is issued: lines, tax per rate, totals that reconcile."""

    kind: InvoiceKind
    currency: str
    lines: list[PricedLine]
    taxes: list[TaxLine]
    subtotal: Money
    total: Money

    @property
    def tax_total(self) -> Money:
        """Sum of the tax lines."""
        return sum((t.tax for t in self.taxes), Money.zero(self.currency))


def build_invoice(
    kind: InvoiceKind,
    lines: Sequence[PricedLine],
    currency: str,
    tax_rate_pct: Decimal,
    tax_exemption: str | None = None,
) -> InvoiceDraft:
    """Subtotal, tax and total; tax is rounded once per rate, so totals match to the cent."""
    if tax_rate_pct == 0 and not tax_exemption:
        raise ValidationError("tax_exemption", phrase("a 0 % tax line needs its exemption text"))
    for line in lines:
        if line.amount.currency != currency:
            raise ValidationError(
                "currency",
                phrase(
                    "line in {line_currency}, invoice in {currency}",
                    line_currency=line.amount.currency,
                    currency=currency,
                ),
            )
    subtotal = sum((ln.amount for ln in lines), Money.zero(currency))
    tax = Money(subtotal.amount * tax_rate_pct / 100, currency).rounded()
    taxes = [TaxLine(tax_rate_pct, subtotal, tax, tax_exemption if tax_rate_pct == 0 else None)]
    return InvoiceDraft(kind, currency, list(lines), taxes, subtotal, subtotal + tax)


@dataclass(frozen=True)
class GuaranteeTerms:
    """E2: guarantee hours set by the expert for an emergency."""

    hours: Decimal | None = None  # None: the default of 1 Express hour
    waived: bool = False
    has_monthly_plan: bool = False


def guarantee_hours(terms: GuaranteeTerms) -> Decimal:
    """Hours paid up front: 1-8 (default 1), none when waived or on a monthly plan (E2)."""
    if terms.waived or terms.has_monthly_plan:
        return Decimal(0)
    hours = GUARANTEE_MIN_HOURS if terms.hours is None else terms.hours
    if not GUARANTEE_MIN_HOURS <= hours <= GUARANTEE_MAX_HOURS:
        raise ValidationError(
            "guarantee_hours", phrase("must be 1 to 8 hours (got {hours})", hours=hours), "E2"
        )
    return hours


def emergency_invoices(
    lines: Sequence[PricedLine],
    terms: GuaranteeTerms,
    express_rate: Decimal,
    currency: str,
    tax_rate_pct: Decimal,
    tax_exemption: str | None = None,
    guarantee_billed: bool = False,
    guarantee_credited: Decimal = Decimal(0),
) -> list[InvoiceDraft]:
    """Up to three invoices for one emergency (E4): guarantee, restoration, cause removal.

    The guarantee is non-refundable: it is credited against restoration up to the
    restoration's amount, never paid back. At a partial close only what is left of it
    (`guarantee_credited` was taken by earlier restoration invoices) can be credited, and
    a guarantee already billed is not billed again.
    """
    out: list[InvoiceDraft] = []
    hours = guarantee_hours(terms)
    guarantee_amount = line_amount(hours, express_rate, Decimal(1), currency)
    if hours > 0 and not guarantee_billed:
        what = f"Guarantee: {hours.normalize():f} Express hour(s), paid up front, non-refundable"
        g_line = PricedLine(
            None, what,
            hours, express_rate, Decimal(1), guarantee_amount, DrewOn.GUARANTEE, rule="E2",
        )  # fmt: skip
        out.append(
            build_invoice(InvoiceKind.GUARANTEE, [g_line], currency, tax_rate_pct, tax_exemption)
        )
    # a visit's reservation is on-site restoration work (D9), so unphased lines go here too
    restore = [ln for ln in lines if ln.phase is not Phase.CAUSE and ln.billable]
    if restore:
        value = sum((ln.amount for ln in restore), Money.zero(currency))
        left = max(Decimal(0), guarantee_amount.amount - guarantee_credited)
        credit = min(left, value.amount)
        billed = list(restore)
        if credit > 0:
            billed.append(
                PricedLine(
                    None, "Guarantee hours already paid", None, None, Decimal(1),
                    Money(-credit, currency), DrewOn.GUARANTEE, rule="E2",
                )
            )  # fmt: skip
        out.append(
            build_invoice(InvoiceKind.RESTORATION, billed, currency, tax_rate_pct, tax_exemption)
        )
    cause = [
        ln for ln in lines if ln.phase is Phase.CAUSE and ln.billable and ln.drew_on in INVOICED
    ]
    if cause:
        out.append(
            build_invoice(InvoiceKind.CAUSE_REMOVAL, cause, currency, tax_rate_pct, tax_exemption)
        )
    return out


@dataclass(frozen=True)
class FteStatement:
    """C7: a month's bundle against the hours used; overage goes on its own invoice."""

    bundle_hours: Decimal
    used_hours: Decimal
    remaining_hours: Decimal
    overage_hours: Decimal
    overage_lines: list[PricedLine]


def fte_statement(bundle_hours: Decimal, lines: Sequence[PricedLine]) -> FteStatement:
    """The monthly statement from a month's priced lines (C7)."""
    consumption = consume(lines, Balances(fte_hours=bundle_hours))
    used = consumption.fte_hours_used
    overage = [ln for ln in consumption.invoiceable() if ln.phase is not Phase.RESTORE]
    overage_hours = sum((ln.hours or Decimal(0) for ln in overage), Decimal(0))
    return FteStatement(bundle_hours, used, bundle_hours - used, overage_hours, overage)


# -- what a contract costs per period, whatever the work -------------------------------


ONSITE_SURCHARGE = (Decimal(10), Decimal(20))
"""C9: how much more, in percent of the workstation price, regular on-site visits cost."""


def check_onsite_surcharge(regular: bool, pct: Decimal) -> None:
    """C9: a contract with regular on-site visits costs 10 to 20 % more; one without them
    has no surcharge (it would never be billed)."""
    low, high = ONSITE_SURCHARGE
    if regular and not low <= pct <= high:
        raise ValidationError(
            "onsite_surcharge_pct",
            phrase("regular on-site visits cost 10 to 20 % more (got {pct} %)",
                   pct=pct.normalize()),
            "C9",
        )  # fmt: skip
    if not regular and pct != 0:
        raise ValidationError(
            "onsite_surcharge_pct",
            phrase("only a contract with regular on-site visits has an on-site surcharge"),
            "C9",
        )


@dataclass(frozen=True)
class PeriodTerms:
    """A contract's fixed prices for one month (C4, C5, C7, C9)."""

    contract_name: str
    currency: str
    monthly_fee: Decimal | None = None  # C4 monthly plan, C7 FTE bundle
    workstations: int = 0  # C9: the client's count
    workstation_price: Decimal = Decimal(0)  # C9: per workstation per month
    onsite_surcharge_pct: Decimal = Decimal(0)  # C9: 10-20 % for regular on-site visits
    regular_onsite_visits: bool = False
    credit_top_up: Decimal | None = None  # C5: credit bought every month
    credit_unit: CreditUnit | None = None
    hour_price: Decimal = Decimal(0)  # C5: what a prepaid hour costs


def _price(value: Decimal, currency: str) -> str:
    """A unit price as a reader writes it: to the cent, or finer only where it is finer."""
    cents = Money(value, currency).rounded().amount
    return f"{cents}" if cents == value else f"{value.normalize():f}"


def fixed(description: str, amount: Money, rule: str) -> PricedLine:
    """A line of a fixed price, not tied to hours."""
    return PricedLine(None, description, None, None, Decimal(1), amount, DrewOn.FIXED, rule=rule)


def period_charges(terms: PeriodTerms, month: str) -> list[PricedLine]:
    """The month's fixed lines: fee, workstations and their on-site surcharge, bought credit.

    ``month`` names the period on each line (2026-11).
    """
    currency = terms.currency
    lines: list[PricedLine] = []
    if terms.monthly_fee:
        lines.append(
            fixed(
                f"{terms.contract_name}: monthly fee {month}",
                Money(terms.monthly_fee, currency).rounded(),
                "C4",
            )
        )
    if terms.workstation_price > 0 and terms.workstations > 0:
        base = Money(terms.workstation_price * terms.workstations, currency).rounded()
        lines.append(
            fixed(
                f"{terms.contract_name}: {terms.workstations} workstations at "
                f"{_price(terms.workstation_price, currency)} {currency}, {month}",
                base,
                "C9",
            )
        )
        if terms.regular_onsite_visits and terms.onsite_surcharge_pct > 0:
            surcharge = Money(base.amount * terms.onsite_surcharge_pct / 100, currency).rounded()
            lines.append(
                fixed(
                    f"{terms.contract_name}: regular on-site visits, "
                    f"{terms.onsite_surcharge_pct.normalize():f} % on the workstation price",
                    surcharge,
                    "C9",
                )
            )
    if terms.credit_top_up and terms.credit_unit is not None:
        lines.append(
            credit_purchase(
                terms.contract_name, currency, terms.credit_top_up, terms.credit_unit,
                terms.hour_price, when=month,
            )
        )  # fmt: skip
    return lines


def credit_purchase(
    contract_name: str,
    currency: str,
    amount: Decimal,
    unit: CreditUnit,
    hour_price: Decimal,
    when: str,
) -> PricedLine:
    """C5: the line that sells prepaid credit: money at face value, hours at the contract's
    hour price (the line then states the hours and their price)."""
    if amount <= 0:
        raise ValidationError("amount", phrase("credit bought must be more than zero"))
    if unit is CreditUnit.HOURS:
        price = Money(amount * hour_price, currency).rounded()
        return PricedLine(
            None, f"{contract_name}: prepaid credit {amount.normalize():f} hours, {when}",
            amount, hour_price, Decimal(1), price, DrewOn.FIXED, rule="C5",
        )  # fmt: skip
    price = Money(amount, currency).rounded()
    return fixed(f"{contract_name}: prepaid credit {price.amount} {currency}, {when}", price, "C5")


def settled_status(
    total: Decimal, credited: Decimal, paid: Decimal, every_line_taken_back: bool
) -> str:
    """What an issued invoice has become: "cancelled" once credit notes took back every line
    or all of its total, "paid" once payments cover what they left, else "issued"."""
    if every_line_taken_back or (credited > 0 and credited >= total):
        return "cancelled"
    if paid > 0 and total - credited <= paid:
        return "paid"
    return "issued"
