"""Contracts: what a client bought, its service window, SLA targets and rates (C1-C11)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from console.enums import ContractKind, CreditUnit, Priority, SlaTargetKind, TicketStatus
from console.errors import ValidationError
from console.money import check_currency
from console.rules import fields
from console.rules.review import TARGET_RANGE
from console.rules.schedule import validate_schedule
from console.wording.phrases import phrase

from .base import Base, Entity, enum_type, exact

if TYPE_CHECKING:
    from .client import Client
    from .people import User

RATE_FIELDS = ("standard_rate", "express_rate", "on_demand_rate", "rush_fee", "workstation_price")


class Contract(Entity, Base):
    """One thing a client bought; rates are in the contract's currency."""

    __tablename__ = "contracts"
    __table_args__ = (
        CheckConstraint(
            "valid_until IS NULL OR valid_until >= valid_from", name="validity_ordered"
        ),
        CheckConstraint(
            "after_hours_multiplier >= 15000 AND after_hours_multiplier <= 20000",
            name="after_hours_multiplier_c10",
        ),
        CheckConstraint(
            "onsite_surcharge_pct >= 0 AND onsite_surcharge_pct <= 200000",
            name="onsite_surcharge_c9",
        ),
        CheckConstraint(
            "standard_rate >= 0 AND express_rate >= 0 AND on_demand_rate >= 0 "
            "AND rush_fee >= 0 AND workstation_price >= 0",
            name="rates_not_negative",
        ),
        CheckConstraint(
            "rounding_minutes IN (0, 1, 5, 6, 10, 15, 30, 60)", name="rounding_minutes"
        ),
        CheckConstraint(
            "guarantee_hours >= 10000 AND guarantee_hours <= 80000", name="guarantee_hours_e2"
        ),
        CheckConstraint("bundle_hours IS NULL OR bundle_hours > 0", name="bundle_positive"),
        CheckConstraint(
            "kind <> 'fte_bundle' OR bundle_hours IS NOT NULL", name="fte_bundle_has_hours"
        ),
        CheckConstraint(
            "kind <> 'prepaid_credit' OR credit_unit IS NOT NULL", name="prepaid_has_unit"
        ),
        CheckConstraint(
            "low_credit_threshold IS NULL OR low_credit_threshold >= 0", name="threshold_positive"
        ),
        CheckConstraint("monthly_fee IS NULL OR monthly_fee >= 0", name="monthly_fee_not_negative"),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ContractKind] = mapped_column(enum_type(ContractKind, "kind"))
    name: Mapped[str] = mapped_column(String(200))
    product_area: Mapped[str | None] = mapped_column(String(80))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    # C2: weekly schedule in the client's zone; several intervals a day, may cross midnight.
    service_window: Mapped[dict[str, Any]] = mapped_column()
    premium: Mapped[bool] = mapped_column(default=False)  # C11
    # V2: the share of SLA clocks the client was promised, in percent; the review's target
    attainment_target_pct: Mapped[Decimal] = mapped_column(exact(), default=Decimal(95))
    # C11: the desk user who manages the contract; a premium contract must name one
    manager_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    standard_rate: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))
    express_rate: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))  # C3
    on_demand_rate: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))  # C4
    after_hours_multiplier: Mapped[Decimal] = mapped_column(exact(), default=Decimal("1.5"))
    rush_fee: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))  # D2
    workstation_price: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))  # C9
    onsite_surcharge_pct: Mapped[Decimal] = mapped_column(exact(), default=Decimal(0))  # C9
    regular_onsite_visits: Mapped[bool] = mapped_column(default=False)  # C9, D10
    rounding_minutes: Mapped[int] = mapped_column(Integer, default=0)
    guarantee_hours: Mapped[Decimal] = mapped_column(exact(), default=Decimal(1))  # E2
    # C5 prepaid credit: money or hours, optional monthly top-up, alert threshold.
    credit_unit: Mapped[CreditUnit | None] = mapped_column(enum_type(CreditUnit, "credit_unit"))
    monthly_top_up: Mapped[Decimal | None] = mapped_column(exact())
    low_credit_threshold: Mapped[Decimal | None] = mapped_column(exact())
    # C7 FTE bundle: hours per month with an availability guarantee.
    bundle_hours: Mapped[Decimal | None] = mapped_column(exact())
    # C4/C7: the fixed price per month of a monthly plan or an FTE bundle.
    monthly_fee: Mapped[Decimal | None] = mapped_column(exact())
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    tax_rate_pct: Mapped[Decimal] = mapped_column(exact(), default=Decimal(21))
    tax_exemption: Mapped[str | None] = mapped_column(String(200))

    client: Mapped[Client] = relationship(back_populates="contracts")
    manager: Mapped[User | None] = relationship(foreign_keys=[manager_id])
    sla_targets: Mapped[list[SlaTarget]] = relationship(
        back_populates="contract", cascade="all, delete-orphan"
    )

    @validates("kind")
    def _kind(self, key: str, value: object) -> ContractKind:
        return fields.choice(ContractKind, value, key)

    @validates("name")
    def _name(self, key: str, value: object) -> str:
        return fields.required_text(value, key, 200)

    @validates("currency")
    def _currency(self, key: str, value: object) -> str:
        return check_currency(value, key)

    @validates("service_window")
    def _window(self, key: str, value: object) -> dict[str, Any]:
        return dict(validate_schedule(value, key))

    @validates(
        *RATE_FIELDS,
        "monthly_top_up",
        "low_credit_threshold",
        "onsite_surcharge_pct",
        "monthly_fee",
    )
    def _money(self, key: str, value: object) -> Decimal | None:
        if value is None and key in ("monthly_top_up", "low_credit_threshold", "monthly_fee"):
            return None
        rule = {
            "rush_fee": "D2",
            "workstation_price": "C9",
            "onsite_surcharge_pct": "C9",
            "monthly_fee": "C4",
        }.get(key)
        return fields.non_negative(value, key, rule=rule)

    @validates("after_hours_multiplier")
    def _multiplier(self, key: str, value: object) -> Decimal:
        return fields.decimal_between(value, key, Decimal("1.5"), Decimal(2), rule="C10")

    @validates("attainment_target_pct")
    def _attainment(self, key: str, value: object) -> Decimal:
        return fields.decimal_between(value, key, *TARGET_RANGE, rule="V2")

    @validates("guarantee_hours")
    def _guarantee(self, key: str, value: object) -> Decimal:
        return fields.decimal_between(value, key, Decimal(1), Decimal(8), rule="E2")

    @validates("bundle_hours")
    def _bundle(self, key: str, value: object) -> Decimal | None:
        if value is None:
            return None
        hours = fields.non_negative(value, key, rule="C7")
        if hours == 0:
            raise ValidationError(
                key, phrase("an FTE bundle needs a positive number of hours"), "C7"
            )
        return hours

    @validates("rounding_minutes")
    def _rounding(self, key: str, value: object) -> int:
        allowed = (0, 1, 5, 6, 10, 15, 30, 60)
        if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
            raise ValidationError(
                key,
                phrase(
                    "must be one of {allowed} minutes (got {value})",
                    allowed=allowed,
                    value=repr(value),
                ),
            )
        return value

    @validates("credit_unit")
    def _unit(self, key: str, value: object) -> CreditUnit | None:
        return None if value is None else fields.choice(CreditUnit, value, key)

    def is_active_on(self, day: date) -> bool:
        """Whether the contract covers a given day."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


class SlaTarget(Entity, Base):
    """One promise of a contract for one priority: a duration on a business calendar.

    ``use_24x7`` lets a target run around the clock while others follow the window (for
    instance response 24x7, resolution 10x5). ``pause_statuses`` are the ticket statuses
    that stop this clock.
    """

    __tablename__ = "sla_targets"
    __table_args__ = (
        UniqueConstraint("contract_id", "priority", "kind"),
        CheckConstraint("minutes > 0", name="minutes_positive"),
        CheckConstraint("at_risk_pct > 0 AND at_risk_pct < 100", name="at_risk_share"),
    )

    contract_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True
    )
    priority: Mapped[Priority] = mapped_column(enum_type(Priority, "priority"))
    kind: Mapped[SlaTargetKind] = mapped_column(enum_type(SlaTargetKind, "kind"))
    minutes: Mapped[int] = mapped_column(Integer)
    use_24x7: Mapped[bool] = mapped_column(default=False)
    pause_statuses: Mapped[list[str]] = mapped_column(default=list)
    at_risk_pct: Mapped[int] = mapped_column(Integer, default=80)

    contract: Mapped[Contract] = relationship(back_populates="sla_targets")

    @validates("minutes")
    def _minutes(self, key: str, value: object) -> int:
        return fields.int_between(value, key, 1, 366 * 24 * 60, rule="T6")

    @validates("pause_statuses")
    def _pauses(self, key: str, value: object) -> list[str]:
        if not isinstance(value, list | tuple):
            raise ValidationError(key, phrase("must be a list of ticket statuses"), "T5")
        return [fields.choice(TicketStatus, v, key).value for v in value]
