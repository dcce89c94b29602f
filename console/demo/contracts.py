"""Demo step: contracts with their prices and credit terms, and their SLA targets."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from console.enums import (
    ContractKind,
    CreditUnit,
    Priority,
    Role,
    SlaTargetKind,
    TicketStatus,
)
from console.rules.schedule import BASIS_10X5, COMFORT_24X7

from .context import RATE_SCALE, SPLIT_SHIFT, STAMP, DemoContext, money

# Clients take the kinds in turn, so even the small demo has every kind (C1-C7).
CONTRACT_CYCLE = (
    ContractKind.RETAINER,
    ContractKind.SERVICE_DESK_BASIS,
    ContractKind.SERVICE_DESK_COMFORT,
    ContractKind.MONTHLY_PLAN,
    ContractKind.PREPAID_CREDIT,
    ContractKind.FTE_BUNDLE,
    ContractKind.ON_DEMAND,
    ContractKind.SERVICE_DESK_BASIS,
)
SLA_MINUTES = {  # (response, resolution) in business minutes per priority (T6)
    Priority.URGENT: (15, 240),
    Priority.HIGH: (60, 480),
    Priority.NORMAL: (240, 1440),
    Priority.LOW: (480, 2400),
}
CONTRACT_NAMES = {
    ContractKind.RETAINER: "Retainer remote hands",
    ContractKind.SERVICE_DESK_BASIS: "Service desk Basis 10x5",
    ContractKind.SERVICE_DESK_COMFORT: "Service desk Comfort 24x7",
    ContractKind.EXPRESS: "Express emergency help",
    ContractKind.ON_DEMAND: "On-demand support",
    ContractKind.MONTHLY_PLAN: "Monthly fixed plan",
    ContractKind.PREPAID_CREDIT: "Prepaid credit (strippenkaart)",
    ContractKind.FTE_BUNDLE: "FTE hour bundle",
}
CONTRACT_COLUMNS = (
    *STAMP,
    "client_id",
    "kind",
    "name",
    "product_area",
    "valid_from",
    "valid_until",
    "currency",
    "service_window",
    "premium",
    "standard_rate",
    "express_rate",
    "on_demand_rate",
    "after_hours_multiplier",
    "rush_fee",
    "workstation_price",
    "onsite_surcharge_pct",
    "regular_onsite_visits",
    "rounding_minutes",
    "guarantee_hours",
    "credit_unit",
    "monthly_top_up",
    "low_credit_threshold",
    "bundle_hours",
    "monthly_fee",
    "payment_terms_days",
    "tax_rate_pct",
    "tax_exemption",
    "manager_id",
)
SLA_TARGET_COLUMNS = (
    *STAMP,
    "contract_id",
    "priority",
    "kind",
    "minutes",
    "use_24x7",
    "pause_statuses",
    "at_risk_pct",
)


def add_contracts(ctx: DemoContext) -> None:
    """Write each client's contract (and express contract for some) with its SLA targets."""
    rows, targets = [], []
    valid_from = ctx.start.date()
    managers = ctx.users[Role.SERVICE_MANAGER]
    for n, client in enumerate(ctx.clients):
        scale = RATE_SCALE[client.currency]
        kinds = [CONTRACT_CYCLE[n % len(CONTRACT_CYCLE)]]
        if n % 3 == 0 or n < 2:
            kinds.append(ContractKind.EXPRESS)
        for kind in kinds:
            base = Decimal(ctx.rng.randint(85, 140))
            window = {
                ContractKind.SERVICE_DESK_COMFORT: COMFORT_24X7,
                ContractKind.EXPRESS: COMFORT_24X7,
                ContractKind.RETAINER: SPLIT_SHIFT if n % 4 == 1 else BASIS_10X5,
            }.get(kind, BASIS_10X5)
            credit_unit = None
            top_up = threshold = bundle = fee = None
            if kind is ContractKind.PREPAID_CREDIT:
                # every other prepaid client buys hours; a client buys about what it uses
                # in a month (its share of tickets, see add_tickets), so some months leave
                # credit over and busy ones run out
                credit_unit = (
                    CreditUnit.HOURS if (n // len(CONTRACT_CYCLE)) % 2 else CreditUnit.MONEY
                )
                share = 1 + n % 7
                if credit_unit is CreditUnit.MONEY:
                    top_up = money(Decimal(1600 * share) * scale, client.currency)
                    threshold = money(Decimal(240 * share) * scale, client.currency)
                else:
                    top_up, threshold = Decimal(9 * share), Decimal(2 * share)
            if kind is ContractKind.FTE_BUNDLE:
                bundle = Decimal(ctx.rng.choice([16, 32, 80]))
                fee = money(bundle * base * scale * Decimal("0.9"), client.currency)
            if kind is ContractKind.MONTHLY_PLAN:
                fee = money(Decimal(ctx.rng.choice([600, 1200, 2400])) * scale, client.currency)
            express_rate = money(base * scale * Decimal("1.5"), client.currency)
            row = ctx.stamp(ctx.start) + (
                client.id,
                kind.value,
                CONTRACT_NAMES[kind],
                "workplace",
                valid_from,
                None,
                client.currency,
                window,
                n % 10 == 0,
                money(base * scale, client.currency),
                express_rate,
                money((base + 15) * scale, client.currency),
                Decimal("1.5") + Decimal(n % 3) / 4,
                money(Decimal(150) * scale, client.currency),
                money(Decimal(12) * scale, client.currency),
                Decimal(15) if n % 5 == 0 else Decimal(0),
                n % 5 == 0,
                [0, 15, 6, 30][n % 4],
                Decimal(1 + n % 3),
                credit_unit,
                top_up,
                threshold,
                bundle,
                fee,
                30 if client.country != "JP" else 45,
                client.tax_rate,
                client.tax_exemption if client.tax_rate == 0 else None,
                # C11: a premium plan names its dedicated manager, one of the desk's
                managers[n % len(managers)] if n % 10 == 0 else None,
            )
            rows.append(row)
            if kind is ContractKind.EXPRESS:
                client.express, client.express_rate = row[0], express_rate
                for prio in Priority:
                    targets.append(_target(ctx, row[0], prio, SlaTargetKind.ASSESSMENT, 60, True))
                    targets.append(_target(ctx, row[0], prio, SlaTargetKind.ARRIVAL, 120, True))
                continue
            client.contract, client.contract_kind = row[0], kind
            client.premium = bool(row[CONTRACT_COLUMNS.index("premium")])
            client.rate, client.credit_unit = row[15], credit_unit
            if top_up is not None:  # a block bought when credit runs low: half a month's
                half = top_up / 2
                client.credit_block = (
                    half if credit_unit is CreditUnit.HOURS else money(half, client.currency)
                )
            if kind in (ContractKind.ON_DEMAND, ContractKind.PREPAID_CREDIT):
                continue  # T6: no SLA, aim for a reply within one working day
            for prio, (response, resolution) in SLA_MINUTES.items():
                comfort = kind is ContractKind.SERVICE_DESK_COMFORT
                targets.append(
                    _target(ctx, row[0], prio, SlaTargetKind.RESPONSE, response, comfort)
                )
                targets.append(
                    _target(
                        ctx,
                        row[0],
                        prio,
                        SlaTargetKind.RESOLUTION,
                        resolution,
                        False,
                        [TicketStatus.AWAITING_REPLY.value, TicketStatus.ON_HOLD.value],
                    )
                )
                if kind is ContractKind.RETAINER and prio in (Priority.URGENT, Priority.HIGH):
                    targets.append(_target(ctx, row[0], prio, SlaTargetKind.ARRIVAL, 240, False))
    ctx.insert("contracts", CONTRACT_COLUMNS, rows)
    ctx.insert("sla_targets", SLA_TARGET_COLUMNS, targets)


def _target(
    ctx: DemoContext,
    contract: uuid.UUID,
    prio: Priority,
    kind: SlaTargetKind,
    minutes: int,
    all_day: bool,
    pauses: list[str] | None = None,
) -> tuple[Any, ...]:
    return ctx.stamp(ctx.start) + (
        contract,
        prio.value,
        kind.value,
        minutes,
        all_day,
        pauses or [],
        80,
    )
