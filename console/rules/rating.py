"""Rating: turning time entries and visits into priced lines (C3, C8, C10, D2, D3, D8, E3).

Amounts are exact Decimals, rounded half-up to the currency's minor unit once per line.
What a line draws on (FTE bundle, credit, guarantee, a rate) is decided afterwards by
billing's consumption order; rating only prices.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from console.enums import DrewOn, NonBillableReason, Phase
from console.money import Money
from console.rules.calendar import BusinessCalendar
from console.rules.dispatch import MINIMUM_CHARGED_HOURS

HOUR = Decimal(3600)


@dataclass(frozen=True)
class PlanRate:
    """A monthly plan's rate and the days it is in force (C3)."""

    valid_from: date
    valid_until: date | None
    rate: Decimal


@dataclass(frozen=True)
class RateCard:
    """A contract's prices as rating needs them, in one currency."""

    currency: str
    standard_rate: Decimal  # ordinary work under the contract
    express_rate: Decimal  # C3: until service is restored
    on_demand_rate: Decimal  # C3/C4: later work, without a monthly plan
    after_hours_multiplier: Decimal  # C10: 1.5 to 2
    rush_fee: Decimal  # D2
    window: BusinessCalendar  # the contract's service window, for the C10 split
    rounding_minutes: int = 0  # 0 = exact; else each entry rounds up to this step
    monthly_plans: tuple[PlanRate, ...] = ()  # C3: the client's monthly plans of the area

    def plan_rate_on(self, day: date) -> Decimal | None:
        """C3: the rate of the monthly plan in force on a day, if one is."""
        for plan in self.monthly_plans:
            if plan.valid_from <= day and (plan.valid_until is None or day <= plan.valid_until):
                return plan.rate
        return None

    def local_day(self, moment: datetime) -> date:
        """The day a moment falls on in the client's zone: an invoice's lines are dated so."""
        return moment.astimezone(self.window.zone).date()


@dataclass(frozen=True)
class WorkItem:
    """An approved time entry to rate."""

    id: uuid.UUID
    engineer_id: uuid.UUID
    start: datetime
    end: datetime
    phase: Phase = Phase.NONE
    billable: bool = True
    non_billable_reason: NonBillableReason | None = None
    description: str = ""
    visit_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PricedLine:
    """One priced line; ``drew_on`` says which rate or balance pays for it."""

    day: date | None
    description: str
    hours: Decimal | None
    rate: Decimal | None
    multiplier: Decimal
    amount: Money
    drew_on: DrewOn
    billable: bool = True
    rule: str = ""  # the rule behind the line, for the reader
    source_id: uuid.UUID | None = None  # time entry or visit
    engineer_id: uuid.UUID | None = None
    phase: Phase = Phase.NONE

    def with_drew_on(self, drew_on: DrewOn, amount: Money | None = None) -> PricedLine:
        """The same line paid from another source (and maybe another amount)."""
        return replace(self, drew_on=drew_on, amount=self.amount if amount is None else amount)


def line_amount(hours: Decimal, rate: Decimal, multiplier: Decimal, currency: str) -> Money:
    """hours x rate x multiplier, rounded half-up once, to the currency's minor unit."""
    return Money(hours * rate * multiplier, currency).rounded()


def seconds_amount(seconds: int, rate: Decimal, multiplier: Decimal, currency: str) -> Money:
    """seconds x rate x multiplier / 3600, rounded half-up once.

    Worked time is priced from its exact duration: 20 minutes at 125.00 is 41.67, where
    hours rounded first (0.3333 h) would give 41.66.
    """
    return Money(Decimal(seconds) * rate * multiplier / HOUR, currency).rounded()


def rounded_seconds(seconds: int, step_minutes: int) -> int:
    """Round a duration up to the contract's step (0: no rounding)."""
    if step_minutes <= 0:
        return seconds
    step = step_minutes * 60
    return math.ceil(seconds / step) * step


def rate_for_phase(card: RateCard, phase: Phase, day: date) -> tuple[Decimal, DrewOn, str]:
    """C3/E3: Express while restoring; then the rate of the monthly plan in force that
    day, else On-demand."""
    if phase is Phase.RESTORE:
        return card.express_rate, DrewOn.EXPRESS, "E3"
    if phase is Phase.CAUSE:
        plan_rate = card.plan_rate_on(day)
        if plan_rate is not None:
            return plan_rate, DrewOn.MONTHLY_PLAN, "C3"
        return card.on_demand_rate, DrewOn.ON_DEMAND, "C3"
    return card.standard_rate, DrewOn.ON_DEMAND, "C4"


def _hours(seconds: int) -> Decimal:
    return (Decimal(seconds) / HOUR).quantize(Decimal("0.0001"))


def rate_work(item: WorkItem, card: RateCard) -> list[PricedLine]:
    """Price one time entry: split at the service window (C10), rounded per contract.

    Express restoration is a 24x7 service (C3) and is not split. Time that is not billable
    (C8: repairing our own defect) is priced at zero but still reported.
    """
    total = int((item.end - item.start).total_seconds())
    day = card.local_day(item.start)
    rate, drew_on, rule = rate_for_phase(card, item.phase, day)
    if not item.billable:
        reason = item.non_billable_reason or NonBillableReason.GOODWILL
        label = "own defect, not billed" if reason is NonBillableReason.OWN_DEFECT else reason
        return [
            PricedLine(
                day, f"{item.description or 'work'}: {label}", _hours(total), rate, Decimal(1),
                Money.zero(card.currency), drew_on, billable=False,
                rule="C8" if reason is NonBillableReason.OWN_DEFECT else "",
                source_id=item.id, engineer_id=item.engineer_id, phase=item.phase,
            )
        ]  # fmt: skip
    if item.phase is Phase.RESTORE:
        inside, outside = total, 0
    else:
        inside = card.window.business_seconds_between(
            int(item.start.timestamp()), int(item.end.timestamp())
        )
        outside = total - inside
    extra = rounded_seconds(total, card.rounding_minutes) - total
    if inside > 0:
        inside += extra
    else:
        outside += extra
    lines = []
    if inside > 0:
        hours = _hours(inside)
        lines.append(
            PricedLine(
                day, item.description or "work", hours, rate, Decimal(1),
                seconds_amount(inside, rate, Decimal(1), card.currency), drew_on, rule=rule,
                source_id=item.id, engineer_id=item.engineer_id, phase=item.phase,
            )
        )  # fmt: skip
    if outside > 0:
        hours = _hours(outside)
        mult = card.after_hours_multiplier
        lines.append(
            PricedLine(
                day, f"{item.description or 'work'} (outside service hours)", hours, rate, mult,
                seconds_amount(outside, rate, mult, card.currency), drew_on, rule="C10",
                source_id=item.id, engineer_id=item.engineer_id, phase=item.phase,
            )
        )  # fmt: skip
    return lines


@dataclass(frozen=True)
class VisitCharge:
    """What a visit reserved and what happened (D2, D3, D8)."""

    id: uuid.UUID
    day: date
    reserved_hours: Decimal  # after the D3 default (2 h when none were given)
    worked_hours: Decimal  # on-site time from the visit's time entries
    no_access: bool = False  # D8: could not enter, prerequisites missing
    rush: bool = False  # D2
    rush_covered: bool = False  # D2: a retainer with a suitable level covers it
    reference: str = ""
    start: datetime | None = None  # the planned start: splits the reservation at the window
    grace_hours: Decimal = Decimal(0)  # D3: the 30 min that come with a default reservation


def rate_visit(visit: VisitCharge, card: RateCard) -> list[PricedLine]:
    """Reserved hours are charged in full, at least 2 h, also without access (D3, D8).

    The part of the reservation outside the contract's service window carries the
    after-hours multiplier (C10). The visit's own time entries are covered by the
    reservation and its grace; time beyond both is a separate line. The rush fee is a line
    of its own unless a retainer covers it (D2).
    """
    reserved = max(visit.reserved_hours, MINIMUM_CHARGED_HOURS)
    rate = card.standard_rate
    rule = "D8" if visit.no_access else "D3"
    label = f"On-site visit {visit.reference}".strip()
    if visit.no_access:
        label += ": no access, full reservation charged"
    else:
        label += f": {reserved.normalize():f} h reserved"
    reserved_seconds = int(reserved * HOUR)
    inside = reserved_seconds
    if visit.start is not None:
        begin = int(visit.start.timestamp())
        inside = card.window.business_seconds_between(begin, begin + reserved_seconds)
    outside = reserved_seconds - inside
    lines = []
    if inside > 0:
        hours = reserved if outside == 0 else _hours(inside)
        lines.append(
            PricedLine(
                visit.day, label, hours, rate, Decimal(1),
                seconds_amount(inside, rate, Decimal(1), card.currency), DrewOn.ON_DEMAND,
                rule=rule, source_id=visit.id,
            )
        )  # fmt: skip
    if outside > 0:
        mult = card.after_hours_multiplier
        hours = reserved if inside == 0 else reserved - _hours(inside)
        lines.append(
            PricedLine(
                visit.day, f"{label} (outside service hours)", hours, rate, mult,
                seconds_amount(outside, rate, mult, card.currency), DrewOn.ON_DEMAND,
                rule=rule, source_id=visit.id,
            )
        )  # fmt: skip
    beyond = visit.worked_hours - reserved - visit.grace_hours
    if beyond > 0 and not visit.no_access:
        lines.append(
            PricedLine(
                visit.day, f"{label}: time beyond the reservation", beyond, rate, Decimal(1),
                line_amount(beyond, rate, Decimal(1), card.currency), DrewOn.ON_DEMAND,
                rule="D3", source_id=visit.id,
            )
        )  # fmt: skip
    if visit.rush and not visit.rush_covered and card.rush_fee > 0:
        lines.append(
            PricedLine(
                visit.day, f"Rush fee, less than 24 h notice {visit.reference}".strip(), None,
                None, Decimal(1), Money(card.rush_fee, card.currency).rounded(), DrewOn.FIXED,
                rule="D2", source_id=visit.id,
            )
        )  # fmt: skip
    return lines


def rate_all(
    items: Sequence[WorkItem], visits: Sequence[VisitCharge], card: RateCard
) -> list[PricedLine]:
    """Price a period's work: entries on a visit are covered by the visit's reservation."""
    on_visit = {v.id for v in visits}
    lines: list[PricedLine] = []
    for visit in visits:
        lines.extend(rate_visit(visit, card))
    for item in items:
        if item.visit_id in on_visit and item.billable:
            continue  # paid through the visit's reserved hours
        lines.extend(rate_work(item, card))
    return sorted(lines, key=lambda line: (line.day or date.min, line.description))


def hours_between(start: datetime, end: datetime) -> Decimal:
    """Hours from start to end, exact to the second (no rounding: callers format)."""
    return Decimal(int((end - start).total_seconds())) / HOUR


def worked_hours(items: Sequence[WorkItem]) -> Decimal:
    """Total hours of the given entries."""
    seconds = sum(int((i.end - i.start).total_seconds()) for i in items)
    return _hours(seconds)
